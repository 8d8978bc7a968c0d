//! JSON forms of instants and offsets: `2024-03-01T08:15:00Z` and `+08:00`.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// Formats an instant as RFC 3339 in UTC with a `Z`, to the second (tracking instants carry
/// no meaningful sub-second part; constructors truncate them so JSON round-trips exactly).
pub fn format_utc(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An instant truncated to whole seconds.
pub fn whole_seconds(at: DateTime<Utc>) -> DateTime<Utc> {
    chrono::SubsecRound::trunc_subsecs(at, 0)
}

/// Formats an offset as `+08:00` / `-05:00`.
pub fn format_offset(offset: &FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", secs / 3600, (secs % 3600) / 60)
}

/// Parses `+08:00`, `-0500`, `+8`, `Z` or `UTC` into an offset; `None` when it is none of them.
pub fn parse_offset(text: &str) -> Option<FixedOffset> {
    let t = text.trim();
    let t = t
        .strip_prefix("GMT")
        .or_else(|| t.strip_prefix("UTC"))
        .unwrap_or(t)
        .trim();
    if t.is_empty() || t == "Z" {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match t.as_bytes()[0] {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => return None,
    };
    let (hours, minutes) = match rest.split_once(':') {
        Some((h, m)) => (h, m),
        None if rest.len() == 4 => rest.split_at(2),
        None => (rest, "0"),
    };
    if hours.is_empty() || hours.len() > 2 || minutes.len() > 2 {
        return None;
    }
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if hours > 14 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Serde for `DateTime<Utc>` fields, always written with a `Z`.
pub mod utc {
    use super::*;

    /// Writes the instant as RFC 3339 UTC.
    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_utc(at))
    }

    /// Reads any RFC 3339 instant and converts it to UTC.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(serde::de::Error::custom)
    }
}

/// Serde for `Option<DateTime<Utc>>` fields.
pub mod utc_opt {
    use super::*;

    /// Writes the instant as RFC 3339 UTC, or `null`.
    pub fn serialize<S: Serializer>(at: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => s.serialize_str(&format_utc(at)),
            None => s.serialize_none(),
        }
    }

    /// Reads an RFC 3339 instant or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        let text = Option::<String>::deserialize(d)?;
        text.map(|t| {
            DateTime::parse_from_rfc3339(&t)
                .map(|t| t.with_timezone(&Utc))
                .map_err(serde::de::Error::custom)
        })
        .transpose()
    }
}

/// Serde for `Option<FixedOffset>` fields as `"+08:00"` or `null`.
pub mod offset_opt {
    use super::*;

    /// Writes `+hh:mm`, or `null`.
    pub fn serialize<S: Serializer>(offset: &Option<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        match offset {
            Some(o) => s.serialize_str(&format_offset(o)),
            None => s.serialize_none(),
        }
    }

    /// Reads `+hh:mm` (or the other forms [`parse_offset`] accepts), or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<FixedOffset>, D::Error> {
        let text = Option::<String>::deserialize(d)?;
        text.map(|t| {
            parse_offset(&t).ok_or_else(|| serde::de::Error::custom(format!("bad offset `{t}`")))
        })
        .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn offsets() {
        assert_eq!(
            format_offset(&FixedOffset::east_opt(8 * 3600).unwrap()),
            "+08:00"
        );
        assert_eq!(
            format_offset(&FixedOffset::west_opt(5 * 3600 + 1800).unwrap()),
            "-05:30"
        );
        assert_eq!(format_offset(&FixedOffset::east_opt(0).unwrap()), "+00:00");
        for (text, secs) in [
            ("+08:00", 8 * 3600),
            ("+8", 8 * 3600),
            ("-0500", -5 * 3600),
            ("GMT+08:00", 8 * 3600),
            ("Z", 0),
            ("+0530", 5 * 3600 + 1800),
        ] {
            assert_eq!(
                parse_offset(text).unwrap().local_minus_utc(),
                secs,
                "{text}"
            );
        }
        for bad in ["EST", "+25:00", "8", "+08:99", "+"] {
            assert!(parse_offset(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn utc_is_written_with_z() {
        let at = Utc.with_ymd_and_hms(2024, 3, 1, 8, 15, 0).unwrap();
        assert_eq!(format_utc(&at), "2024-03-01T08:15:00Z");
    }
}
