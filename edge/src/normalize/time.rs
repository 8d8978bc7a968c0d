//! Turning carrier timestamps into true UTC instants, keeping the scan's local offset.
//!
//! Order of trust: an epoch or UTC field; an explicit offset; an offset inferred from the
//! event's country (and region); the carrier's home zone. Local time is never read as UTC.

use super::zones::{zone_for, Zone};
use crate::normalize::text;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// An instant with the local offset the scan happened at (when known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The true instant.
    pub at: DateTime<Utc>,
    /// The scan's local offset, if known or inferred.
    pub offset: Option<FixedOffset>,
}

/// Years a tracking scan (or a delivery estimate) can plausibly carry; anything else is
/// garbage, not a date: a negative or five-digit year would not even survive an RFC 3339
/// round trip.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

fn plausible_date(d: NaiveDate) -> bool {
    PLAUSIBLE_YEARS.contains(&chrono::Datelike::year(&d))
}

/// Whether an instant may be emitted: its UTC year (what the RFC 3339 text shows) is in
/// [`PLAUSIBLE_YEARS`]. The last guard before an event or an ETA bound leaves an adapter, so
/// it holds whatever path the timestamp took (epoch, offset, naive local time, a date alone).
pub fn plausible(at: &DateTime<Utc>) -> bool {
    plausible_date(at.date_naive())
}

/// An epoch in milliseconds; `None` if out of range.
pub fn from_epoch_millis(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms).filter(|t| plausible_date(t.date_naive()))
}

/// An RFC 3339 / ISO 8601 timestamp that carries its own offset (`Z`, `+08:00`, `+0800`).
pub fn parse_with_offset(raw: &str) -> Option<Stamp> {
    // Real offsets lie within ±14:00; anything else is garbage (and would not round-trip).
    parse_with_offset_any(raw).filter(|s| {
        plausible_date(s.at.date_naive())
            && s.offset
                .is_none_or(|o| o.local_minus_utc().abs() <= 14 * 3600)
    })
}

fn parse_with_offset_any(raw: &str) -> Option<Stamp> {
    let s = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(Stamp {
            at: t.with_timezone(&Utc),
            offset: Some(*t.offset()),
        });
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
        "%Y-%m-%dT%H:%M:%S%.f%:z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(Stamp {
                at: t.with_timezone(&Utc),
                offset: Some(*t.offset()),
            });
        }
    }
    None
}

/// Formats for naive local timestamps seen in carrier payloads.
pub const NAIVE_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y%m%d %H%M%S",
    "%Y%m%d%H%M%S",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
];

/// A naive local timestamp in one of [`NAIVE_FORMATS`] (or `extra` formats tried first).
pub fn parse_naive(raw: &str, extra: &[&str]) -> Option<NaiveDateTime> {
    let s = text::clean(raw);
    extra
        .iter()
        .chain(NAIVE_FORMATS)
        .find_map(|f| NaiveDateTime::parse_from_str(&s, f).ok())
        .filter(|t| plausible_date(t.date()))
}

/// A date alone (`2024-03-01`, `20240301`, `03/01/2024`).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    ["%Y-%m-%d", "%Y%m%d", "%m/%d/%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        .filter(|d| plausible_date(*d))
}

/// A promised or estimated delivery time as carriers write it, as a window: an instant with
/// its own offset is itself; a naive local time is placed in `zone` (the destination's); a
/// date alone is that whole day in `zone`. `None` when nothing parses, when the zone is needed
/// but unknown (never read as UTC), or when the year is implausible.
pub fn window(raw: &str, zone: Option<Zone>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    if let Some(s) = parse_with_offset(raw) {
        return Some((s.at, s.at));
    }
    if let Some(local) = parse_naive(raw, &[]) {
        let at = in_zone(local, zone?).at;
        return Some((at, at));
    }
    let day = parse_date(raw)?;
    let start = in_zone(day.and_hms_opt(0, 0, 0)?, zone?).at;
    let end = in_zone(day.and_hms_opt(23, 59, 59)?, zone?).at;
    Some((start, end)).filter(|(a, b)| plausible(a) && plausible(b))
}

/// A naive local time placed at a known offset.
pub fn at_offset(local: NaiveDateTime, offset: FixedOffset) -> Stamp {
    let at = offset
        .from_local_datetime(&local)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&(local - offset)));
    Stamp {
        at,
        offset: Some(offset),
    }
}

/// A naive local time placed in a zone.
pub fn in_zone(local: NaiveDateTime, zone: Zone) -> Stamp {
    at_offset(local, zone.offset_at_local(local))
}

/// A naive local time resolved by the event's country (and region), else the carrier's home
/// zone; `None` when neither is known, so the caller can say so rather than guess UTC.
pub fn infer(
    local: NaiveDateTime,
    country: Option<&str>,
    region: Option<&str>,
    home: Option<Zone>,
) -> Option<Stamp> {
    country
        .and_then(|c| zone_for(c, region))
        .or(home)
        .map(|zone| in_zone(local, zone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_offsets_win() {
        let s = parse_with_offset("2023-02-27T17:42:13+01:00").unwrap();
        assert_eq!(s.at.to_rfc3339(), "2023-02-27T16:42:13+00:00");
        assert_eq!(s.offset.unwrap().local_minus_utc(), 3600);
        let s = parse_with_offset("2019-08-15T18:52:19+0800").unwrap();
        assert_eq!(s.at.to_rfc3339(), "2019-08-15T10:52:19+00:00");
        assert!(parse_with_offset("2018-03-02T07:53:47").is_none());
        // Found by the fuzzer: a negative year is garbage, not an instant.
        assert!(parse_with_offset("-2021-01-27T08:24:41+11:00").is_none());
        assert!(parse_with_offset("2021-01-20T11:55:37+22:00").is_none());
        assert!(parse_naive("99999-01-01T00:00:00", &[]).is_none());
        assert!(from_epoch_millis(i64::MAX / 2).is_none());
    }

    #[test]
    fn naive_times_are_placed_by_country_never_as_utc() {
        let local = parse_naive("2018-03-02T07:53:47", &[]).unwrap();
        let s = infer(local, Some("DE"), None, None).unwrap();
        assert_eq!(s.at.to_rfc3339(), "2018-03-02T06:53:47+00:00");
        let s = infer(local, None, None, Some(Zone::CHINA)).unwrap();
        assert_eq!(s.at.to_rfc3339(), "2018-03-01T23:53:47+00:00");
        assert!(infer(local, Some("ZZ"), None, None).is_none());
        assert!(infer(local, None, None, None).is_none());
        let us = parse_naive("11/05/2024 10:30 AM", &[]).unwrap();
        let s = infer(us, Some("US"), Some("IL"), None).unwrap();
        assert_eq!(s.at.to_rfc3339(), "2024-11-05T16:30:00+00:00");
        assert_eq!(
            parse_naive("20240115 143000", &[]).unwrap().to_string(),
            "2024-01-15 14:30:00"
        );
    }

    #[test]
    fn windows_from_instants_local_times_and_dates() {
        let paris = zone_for("FR", None);
        let (a, b) = window("2026-03-10", paris).unwrap();
        assert_eq!(a.to_rfc3339(), "2026-03-09T23:00:00+00:00");
        assert_eq!(b.to_rfc3339(), "2026-03-10T22:59:59+00:00");
        let (a, b) = window("2026-03-10T18:00:00", paris).unwrap();
        assert_eq!((a, b), (a, a));
        assert_eq!(a.to_rfc3339(), "2026-03-10T17:00:00+00:00");
        let (a, _) = window("2026-03-10T18:00:00Z", None).unwrap();
        assert_eq!(a.to_rfc3339(), "2026-03-10T18:00:00+00:00");
        assert!(window("2026-03-10", None).is_none(), "never UTC by default");
        assert!(window("-2026-03-10", paris).is_none());
        assert!(window("soon", paris).is_none());
    }

    #[test]
    fn implausible_years_are_refused_on_every_path() {
        assert!(parse_date("-2011-02-03").is_none());
        assert!(parse_naive("-2011-02-03 16:59:59", &[]).is_none());
        assert!(parse_naive("2101-01-01 00:00:00", &[]).is_none());
        assert!(parse_with_offset("1970-01-01T00:00:00Z").is_none());
        assert!(from_epoch_millis(0).is_none());
        assert!(plausible(
            &Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
        ));
        assert!(!plausible(
            &Utc.with_ymd_and_hms(-2011, 2, 3, 0, 0, 0).unwrap()
        ));
    }

    #[test]
    fn epoch_and_dates() {
        assert_eq!(
            from_epoch_millis(1_700_000_000_000).unwrap().to_rfc3339(),
            "2023-11-14T22:13:20+00:00"
        );
        assert_eq!(parse_date("20240301").unwrap().to_string(), "2024-03-01");
        assert!(parse_date("soon").is_none());
    }
}
