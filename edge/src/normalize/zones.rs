//! Offsets inferred from a country (and region), with the daylight-saving rules that matter
//! for parcels. A compact table instead of `chrono-tz`, which is too large for the worker.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday,
};

/// A daylight-saving rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dst {
    /// No daylight saving.
    None,
    /// EU/UK: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
    Europe,
    /// US/Canada: second Sunday of March 02:00 local to first Sunday of November 02:00 local.
    NorthAmerica,
    /// South-east Australia: first Sunday of October to first Sunday of April (02:00/03:00).
    AustraliaSouth,
    /// New Zealand: last Sunday of September to first Sunday of April.
    NewZealand,
}

/// A time zone reduced to its standard offset and its DST rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    /// Standard (winter) offset from UTC in minutes.
    pub standard_minutes: i32,
    /// The daylight-saving rule.
    pub dst: Dst,
}

impl Zone {
    /// A zone from its standard offset in minutes and its rule.
    pub const fn new(standard_minutes: i32, dst: Dst) -> Zone {
        Zone {
            standard_minutes,
            dst,
        }
    }

    /// China Standard Time (Cainiao, 4PX, Yanwen home zone).
    pub const CHINA: Zone = Zone::new(8 * 60, Dst::None);
    /// UK time (Royal Mail, Landmark GB).
    pub const UK: Zone = Zone::new(0, Dst::Europe);
    /// Central European Time.
    pub const CENTRAL_EUROPE: Zone = Zone::new(60, Dst::Europe);
    /// US Eastern.
    pub const US_EASTERN: Zone = Zone::new(-5 * 60, Dst::NorthAmerica);
    /// US Central.
    pub const US_CENTRAL: Zone = Zone::new(-6 * 60, Dst::NorthAmerica);
    /// US Mountain.
    pub const US_MOUNTAIN: Zone = Zone::new(-7 * 60, Dst::NorthAmerica);
    /// US Pacific.
    pub const US_PACIFIC: Zone = Zone::new(-8 * 60, Dst::NorthAmerica);
    /// Australian Eastern (Sydney/Melbourne).
    pub const AUSTRALIA_EASTERN: Zone = Zone::new(10 * 60, Dst::AustraliaSouth);
    /// New Zealand.
    pub const NEW_ZEALAND: Zone = Zone::new(12 * 60, Dst::NewZealand);

    /// The offset in force at a local wall-clock time (boundary hours resolve to standard
    /// time; such an hour is ambiguous by nature).
    pub fn offset_at_local(&self, local: NaiveDateTime) -> FixedOffset {
        let standard = minutes(self.standard_minutes);
        let as_utc = local - Duration::minutes(self.standard_minutes as i64);
        let utc = Utc.from_utc_datetime(&as_utc);
        if self.in_dst(utc) {
            minutes(self.standard_minutes + 60)
        } else {
            standard
        }
    }

    /// The offset in force at a UTC instant.
    pub fn offset_at_utc(&self, at: DateTime<Utc>) -> FixedOffset {
        if self.in_dst(at) {
            minutes(self.standard_minutes + 60)
        } else {
            minutes(self.standard_minutes)
        }
    }

    fn in_dst(&self, at: DateTime<Utc>) -> bool {
        let year = at.year();
        let std = self.standard_minutes as i64;
        let naive = at.naive_utc();
        match self.dst {
            Dst::None => false,
            Dst::Europe => {
                let start = last_weekday(year, 3, Weekday::Sun).and_hms_opt(1, 0, 0);
                let end = last_weekday(year, 10, Weekday::Sun).and_hms_opt(1, 0, 0);
                matches!((start, end), (Some(s), Some(e)) if naive >= s && naive < e)
            }
            Dst::NorthAmerica => {
                // 02:00 local standard time, and 02:00 local daylight time, in UTC.
                let start = nth_weekday(year, 3, Weekday::Sun, 2).and_hms_opt(2, 0, 0);
                let end = nth_weekday(year, 11, Weekday::Sun, 1).and_hms_opt(2, 0, 0);
                match (start, end) {
                    (Some(s), Some(e)) => {
                        let s = s - Duration::minutes(std);
                        let e = e - Duration::minutes(std + 60);
                        naive >= s && naive < e
                    }
                    _ => false,
                }
            }
            Dst::AustraliaSouth | Dst::NewZealand => {
                let (start_month, start_day) = match self.dst {
                    Dst::AustraliaSouth => (10, nth_weekday(year, 10, Weekday::Sun, 1)),
                    _ => (9, last_weekday(year, 9, Weekday::Sun)),
                };
                let _ = start_month;
                let end_day = nth_weekday(year, 4, Weekday::Sun, 1);
                match (start_day.and_hms_opt(2, 0, 0), end_day.and_hms_opt(3, 0, 0)) {
                    (Some(s), Some(e)) => {
                        let s = s - Duration::minutes(std);
                        let e = e - Duration::minutes(std + 60);
                        // Southern hemisphere: summer spans the new year.
                        naive >= s || naive < e
                    }
                    _ => false,
                }
            }
        }
    }
}

fn minutes(m: i32) -> FixedOffset {
    FixedOffset::east_opt(m * 60).unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n).unwrap_or(NaiveDate::MIN)
}

fn last_weekday(year: i32, month: u32, weekday: Weekday) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, 4))
        .unwrap_or(NaiveDate::MIN)
}

/// The zone of a country (ISO alpha-2), refined by region for countries that span several
/// zones (US states, Canadian provinces, Australian states, by their postal abbreviations).
/// Multi-zone countries without a known region get their most populous zone.
pub fn zone_for(country: &str, region: Option<&str>) -> Option<Zone> {
    let country = country.trim().to_ascii_uppercase();
    let region = region.map(|r| r.trim().to_ascii_uppercase());
    let region = region.as_deref();
    use Dst::*;
    let z = |h: f32, d: Dst| Some(Zone::new((h * 60.0) as i32, d));
    match country.as_str() {
        "US" => Some(us_state_zone(region.unwrap_or(""))),
        "CA" => Some(canada_zone(region.unwrap_or(""))),
        "AU" => Some(australia_zone(region.unwrap_or(""))),
        "GB" | "IE" | "PT" | "IS" | "FO" | "IM" | "JE" | "GG" => {
            if country == "IS" {
                z(0.0, None)
            } else {
                z(0.0, Europe)
            }
        }
        "FR" | "DE" | "BE" | "NL" | "LU" | "ES" | "IT" | "AT" | "CH" | "LI" | "PL" | "CZ"
        | "SK" | "HU" | "SI" | "HR" | "BA" | "RS" | "ME" | "MK" | "AL" | "DK" | "SE" | "NO"
        | "MT" | "MC" | "SM" | "VA" | "AD" | "XK" => z(1.0, Europe),
        "FI" | "EE" | "LV" | "LT" | "RO" | "BG" | "GR" | "CY" | "UA" | "MD" | "IL" | "LB" => {
            z(2.0, Europe)
        }
        "CN" | "HK" | "MO" | "TW" | "SG" | "MY" | "PH" | "BN" => z(8.0, None),
        "JP" | "KR" => z(9.0, None),
        "TH" | "VN" | "KH" | "LA" | "ID" => z(7.0, None),
        "IN" | "LK" => z(5.5, None),
        "NP" => Some(Zone::new(5 * 60 + 45, None)),
        "BD" => z(6.0, None),
        "PK" | "UZ" | "MV" => z(5.0, None),
        "AE" | "OM" => z(4.0, None),
        "SA" | "QA" | "KW" | "BH" | "TR" | "BY" | "IQ" | "KE" | "ET" | "TZ" | "UG" => z(3.0, None),
        "RU" => z(3.0, None),
        "EG" | "ZA" | "LY" | "ZW" | "ZM" | "MZ" => z(2.0, None),
        "NG" | "DZ" | "TN" | "MA" | "CM" | "AO" => z(1.0, None),
        "GH" | "SN" | "CI" => z(0.0, None),
        "NZ" => Some(Zone::NEW_ZEALAND),
        "BR" | "AR" | "UY" => z(-3.0, None),
        "CL" | "PY" | "BO" | "VE" | "DO" | "PR" => z(-4.0, None),
        "CO" | "PE" | "EC" | "PA" | "JM" => z(-5.0, None),
        "MX" | "GT" | "CR" | "SV" | "HN" | "NI" => z(-6.0, None),
        _ => Option::None,
    }
}

fn us_state_zone(state: &str) -> Zone {
    use Dst::*;
    match state {
        "AL" | "AR" | "IL" | "IA" | "KS" | "LA" | "MN" | "MS" | "MO" | "NE" | "ND" | "OK"
        | "SD" | "TN" | "TX" | "WI" => Zone::US_CENTRAL,
        "CO" | "ID" | "MT" | "NM" | "UT" | "WY" => Zone::US_MOUNTAIN,
        "AZ" => Zone::new(-7 * 60, None),
        "CA" | "NV" | "OR" | "WA" => Zone::US_PACIFIC,
        "AK" => Zone::new(-9 * 60, NorthAmerica),
        "HI" => Zone::new(-10 * 60, None),
        "PR" | "VI" => Zone::new(-4 * 60, None),
        "GU" | "MP" => Zone::new(10 * 60, None),
        _ => Zone::US_EASTERN,
    }
}

fn canada_zone(province: &str) -> Zone {
    use Dst::*;
    match province {
        "NL" => Zone::new(-(3 * 60 + 30), NorthAmerica),
        "NS" | "NB" | "PE" => Zone::new(-4 * 60, NorthAmerica),
        "MB" => Zone::new(-6 * 60, NorthAmerica),
        "SK" => Zone::new(-6 * 60, None),
        "AB" | "NT" => Zone::new(-7 * 60, NorthAmerica),
        "YT" => Zone::new(-7 * 60, None),
        "BC" => Zone::new(-8 * 60, NorthAmerica),
        _ => Zone::new(-5 * 60, NorthAmerica),
    }
}

fn australia_zone(state: &str) -> Zone {
    use Dst::*;
    match state {
        "QLD" => Zone::new(10 * 60, None),
        "SA" => Zone::new(9 * 60 + 30, AustraliaSouth),
        "NT" => Zone::new(9 * 60 + 30, None),
        "WA" => Zone::new(8 * 60, None),
        _ => Zone::AUSTRALIA_EASTERN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn off(z: Zone, s: &str) -> i32 {
        z.offset_at_local(local(s)).local_minus_utc() / 60
    }

    #[test]
    fn europe_switches_on_the_last_sundays() {
        let fr = zone_for("FR", None).unwrap();
        assert_eq!(off(fr, "2024-01-15 12:00"), 60);
        assert_eq!(off(fr, "2024-03-30 12:00"), 60);
        assert_eq!(off(fr, "2024-03-31 12:00"), 120);
        assert_eq!(off(fr, "2024-10-26 12:00"), 120);
        assert_eq!(off(fr, "2024-10-27 12:00"), 60);
        assert_eq!(off(zone_for("gb", None).unwrap(), "2024-07-01 12:00"), 60);
    }

    #[test]
    fn north_america_by_state() {
        let ny = zone_for("US", Some("NY")).unwrap();
        assert_eq!(off(ny, "2024-03-09 12:00"), -300);
        assert_eq!(off(ny, "2024-03-10 12:00"), -240);
        assert_eq!(off(ny, "2024-11-02 12:00"), -240);
        assert_eq!(off(ny, "2024-11-03 12:00"), -300);
        assert_eq!(
            off(zone_for("US", Some("az")).unwrap(), "2024-07-01 12:00"),
            -420
        );
        assert_eq!(
            off(zone_for("US", Some("CA")).unwrap(), "2024-07-01 12:00"),
            -420
        );
        assert_eq!(
            off(zone_for("CA", Some("BC")).unwrap(), "2024-01-01 12:00"),
            -480
        );
    }

    #[test]
    fn southern_hemisphere_summer_spans_new_year() {
        let syd = zone_for("AU", Some("NSW")).unwrap();
        assert_eq!(off(syd, "2024-01-10 12:00"), 660);
        assert_eq!(off(syd, "2024-06-10 12:00"), 600);
        assert_eq!(off(syd, "2024-10-07 12:00"), 660);
        assert_eq!(
            off(zone_for("AU", Some("QLD")).unwrap(), "2024-01-10 12:00"),
            600
        );
        let nz = zone_for("NZ", None).unwrap();
        assert_eq!(off(nz, "2024-01-10 12:00"), 780);
        assert_eq!(off(nz, "2024-07-10 12:00"), 720);
    }

    #[test]
    fn fixed_zones_and_unknowns() {
        assert_eq!(off(zone_for("CN", None).unwrap(), "2024-07-01 12:00"), 480);
        assert_eq!(off(zone_for("IN", None).unwrap(), "2024-07-01 12:00"), 330);
        assert!(zone_for("ZZ", None).is_none());
    }
}
