//! Shared body of every fuzz target: the targets in `fuzz_targets/` are one macro call each.

use chrono::{DateTime, Datelike, TimeZone, Utc};
use waymark_edge::carriers::Context;
use waymark_shared::{Carrier, Shipment};

pub use libfuzzer_sys;
pub use waymark_shared;

/// The years an emitted instant may fall in (what its RFC 3339 text shows).
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// Declares the fuzz target of one carrier adapter: any bytes give a typed error or
/// shipments that hold every invariant ([`check`]). Use in a `#![no_main]` target file:
/// `waymark_edge_fuzz::carrier_target!(CanadaPost);`
#[macro_export]
macro_rules! carrier_target {
    ($carrier:ident) => {
        $crate::libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            $crate::check($crate::waymark_shared::Carrier::$carrier, data);
        });
    };
}

/// The fixed fetch time every target normalizes at.
pub fn context() -> Context {
    Context {
        fetched_at: Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("fixed instant"),
    }
}

/// Normalizes `data` as `carrier` at a fixed fetch time and panics on any broken invariant:
/// the adapter's own ([`waymark_edge::invariants`]) and every emitted instant's
/// ([`check_instants`]).
pub fn check(carrier: Carrier, data: &[u8]) {
    let shipments = waymark_edge::invariants::assert_normalize_holds(&carrier, data, &context());
    for s in &shipments {
        if let Err(problem) = check_instants(s) {
            panic!("{}: {problem}", carrier.slug());
        }
    }
}

/// Checks, on the shipment's JSON, that every instant it carries — each event's `at`, the
/// ETA's and the promise's bounds, the pickup's `collect_by`, `updated_at`, each exception's
/// `since`, `deadline` and `facts.promised_by` — is RFC 3339 text in UTC (with a `Z`) that
/// chrono reads back, in a year of [`PLAUSIBLE_YEARS`]. Returns the first that is not.
pub fn check_instants(s: &Shipment) -> Result<(), String> {
    let json = serde_json::to_value(s).map_err(|e| format!("cannot serialize: {e}"))?;
    let mut paths = vec!["/updated_at".to_string()];
    for (window, eta) in [("eta", &s.eta), ("promised", &s.promised)] {
        if eta.is_some() {
            paths.push(format!("/{window}/earliest"));
            paths.push(format!("/{window}/latest"));
        }
    }
    if s.pickup.as_ref().is_some_and(|p| p.collect_by.is_some()) {
        paths.push("/pickup/collect_by".into());
    }
    paths.extend((0..s.events.len()).map(|i| format!("/events/{i}/at")));
    for (i, e) in s.exceptions.iter().enumerate() {
        paths.push(format!("/exceptions/{i}/since"));
        if e.deadline.is_some() {
            paths.push(format!("/exceptions/{i}/deadline"));
        }
        if e.facts.promised_by.is_some() {
            paths.push(format!("/exceptions/{i}/facts/promised_by"));
        }
    }
    for path in &paths {
        let value = json.pointer(path).ok_or(format!("{path} is absent"))?;
        let text = value
            .as_str()
            .ok_or_else(|| format!("{path} is not a string: {value}"))?;
        check_instant(text).map_err(|problem| format!("{path} = {text:?}: {problem}"))?;
    }
    Ok(())
}

/// Whether one JSON instant is RFC 3339 UTC text with a `Z`, in a plausible year.
pub fn check_instant(text: &str) -> Result<(), String> {
    if !text.ends_with('Z') {
        return Err("not UTC (no Z)".into());
    }
    let at = DateTime::parse_from_rfc3339(text).map_err(|e| format!("not RFC 3339: {e}"))?;
    if at.offset().local_minus_utc() != 0 {
        return Err("not UTC".into());
    }
    let year = at.with_timezone(&Utc).year();
    if !PLAUSIBLE_YEARS.contains(&year) {
        return Err(format!("implausible year {year}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_instant, check_instants, context};
    use chrono::{TimeZone, Utc};
    use waymark_shared::Carrier;

    #[test]
    fn every_instant_of_a_shipment_is_checked() {
        let body = include_bytes!("../../tests/fixtures/usps/expected_window.json");
        let shipments = waymark_edge::carriers::normalize(&Carrier::Usps, body, &context())
            .expect("fixture normalizes");
        let mut s = shipments.into_iter().next().expect("one shipment");
        assert!(s.eta.is_some() && !s.events.is_empty());
        assert_eq!(check_instants(&s), Ok(()));
        let far = Utc.with_ymd_and_hms(2150, 1, 1, 0, 0, 0).unwrap();
        let last = s.events.len() - 1;
        s.events[last].at = far;
        let problem = check_instants(&s).unwrap_err();
        assert!(
            problem.starts_with(&format!("/events/{last}/at")),
            "{problem}"
        );
        s.events[last].at = s.updated_at;
        s.eta.as_mut().unwrap().latest = far;
        assert!(check_instants(&s).unwrap_err().starts_with("/eta/latest"));
    }

    #[test]
    fn instants() {
        assert!(check_instant("2026-03-02T02:00:00Z").is_ok());
        assert!(check_instant("2026-03-02T02:00:00+00:00").is_err());
        assert!(check_instant("2026-03-02T10:00:00+08:00").is_err());
        assert!(check_instant("-2011-02-03T16:59:59Z").is_err());
        assert!(check_instant("1989-12-31T23:59:59Z").is_err());
        assert!(check_instant("2101-01-01T00:00:00Z").is_err());
        assert!(check_instant("2100-12-31T23:59:59Z").is_ok());
    }
}
