//! Typical transit times per lane and phase: the defaults behind Waymark's own ETA and its
//! "longer than normal" exception rules. Ranges are whole days, deliberately wide.

use crate::Phase;

/// A range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    /// Fewest days.
    pub min: u32,
    /// Most days in the normal case.
    pub max: u32,
}

const fn d(min: u32, max: u32) -> Days {
    Days { min, max }
}

/// Where a country sits for lane purposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// Mainland China and Hong Kong.
    China,
    /// United States.
    UnitedStates,
    /// Canada.
    Canada,
    /// United Kingdom.
    UnitedKingdom,
    /// The EU single market (and EFTA).
    Europe,
    /// Australia and New Zealand.
    Oceania,
    /// Anywhere else.
    Other,
}

/// The region of an ISO alpha-2 country code.
pub fn region(country: &str) -> Region {
    const EUROPE: &[&str] = &[
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "CH", "IS",
        "LI",
    ];
    match country {
        "CN" | "HK" => Region::China,
        "US" | "PR" => Region::UnitedStates,
        "CA" => Region::Canada,
        "GB" => Region::UnitedKingdom,
        "AU" | "NZ" => Region::Oceania,
        c if EUROPE.contains(&c) => Region::Europe,
        _ => Region::Other,
    }
}

/// Days per forward phase for one lane. `destination` covers the destination network and the
/// last mile together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lane {
    /// The lane's name, for messages ("CN→US").
    pub name: &'static str,
    /// Origin handling.
    pub origin: Days,
    /// Export clearance.
    pub export_customs: Days,
    /// International transport.
    pub linehaul: Days,
    /// Import clearance.
    pub import_customs: Days,
    /// Destination network and last mile.
    pub destination: Days,
}

impl Lane {
    /// The days of one phase on this lane (`LastMile` shares `destination`; `Return` has none).
    pub fn days(&self, phase: Phase) -> Days {
        match phase {
            Phase::Origin => self.origin,
            Phase::ExportCustoms => self.export_customs,
            Phase::Linehaul => self.linehaul,
            Phase::ImportCustoms => self.import_customs,
            Phase::Destination | Phase::LastMile => self.destination,
            Phase::Return => d(0, 0),
        }
    }

    /// Whether the lane crosses a border (customs phases apply).
    pub fn is_cross_border(&self) -> bool {
        self.linehaul.max > 0
    }
}

const fn lane(name: &'static str, o: Days, e: Days, l: Days, i: Days, dst: Days) -> Lane {
    Lane {
        name,
        origin: o,
        export_customs: e,
        linehaul: l,
        import_customs: i,
        destination: dst,
    }
}

/// A generic international lane, for pairs Waymark has no specific figures for.
pub const INTERNATIONAL: Lane = lane(
    "international",
    d(1, 3),
    d(1, 3),
    d(3, 10),
    d(1, 7),
    d(2, 7),
);
/// A generic domestic lane.
pub const DOMESTIC: Lane = lane("domestic", d(0, 2), d(0, 0), d(0, 0), d(0, 0), d(1, 5));

/// The lane from `origin` to `destination` (ISO alpha-2); unknown ends give the generic lanes.
pub fn lane_for(origin: Option<&str>, destination: Option<&str>) -> Lane {
    use Region::*;
    let (Some(o), Some(dst)) = (origin, destination) else {
        return INTERNATIONAL;
    };
    if o == dst {
        return DOMESTIC;
    }
    match (region(o), region(dst)) {
        (China, UnitedStates) => lane("CN→US", d(1, 3), d(1, 2), d(2, 6), d(1, 4), d(2, 5)),
        (China, Europe) => lane("CN→EU", d(1, 3), d(1, 2), d(3, 8), d(1, 5), d(2, 6)),
        (China, UnitedKingdom) => lane("CN→GB", d(1, 3), d(1, 2), d(2, 7), d(1, 4), d(1, 4)),
        (China, Canada) => lane("CN→CA", d(1, 3), d(1, 2), d(3, 7), d(1, 5), d(2, 6)),
        (China, Oceania) => lane("CN→AU", d(1, 3), d(1, 2), d(2, 6), d(1, 4), d(2, 5)),
        (UnitedKingdom, Europe) => lane("GB→EU", d(1, 2), d(1, 2), d(1, 3), d(1, 4), d(1, 4)),
        (Europe, UnitedKingdom) => lane("EU→GB", d(1, 2), d(1, 2), d(1, 3), d(1, 4), d(1, 3)),
        (Europe, Europe) => lane("EU→EU", d(1, 2), d(0, 0), d(1, 3), d(0, 0), d(1, 3)),
        (UnitedStates, Canada) => lane("US→CA", d(1, 2), d(0, 1), d(1, 3), d(1, 3), d(1, 4)),
        (Canada, UnitedStates) => lane("CA→US", d(1, 2), d(0, 1), d(1, 3), d(1, 3), d(1, 4)),
        _ => INTERNATIONAL,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes() {
        assert_eq!(lane_for(Some("CN"), Some("US")).name, "CN→US");
        assert_eq!(lane_for(Some("CN"), Some("FR")).name, "CN→EU");
        assert_eq!(lane_for(Some("GB"), Some("DE")).name, "GB→EU");
        assert_eq!(lane_for(Some("US"), Some("US")).name, "domestic");
        assert_eq!(lane_for(Some("BR"), Some("JP")).name, "international");
        assert_eq!(lane_for(None, Some("US")).name, "international");
        assert!(!DOMESTIC.is_cross_border());
        assert_eq!(
            lane_for(Some("FR"), Some("DE"))
                .days(Phase::ImportCustoms)
                .max,
            0,
            "no customs inside the EU"
        );
    }
}
