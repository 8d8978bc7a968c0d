//! The request fields' rules, exactly as docs/openapi.json states them (schemathesis checks
//! both ways: what the document allows is accepted, what it forbids is refused), in one place
//! for every route that takes them.

use super::error::ApiError;
use waymark_shared::Carrier;

/// White space as the document's `\S` pattern means it (Unicode white space and the four
/// ASCII separators U+001C–U+001F, which regular expressions count as space).
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// A tracking number or an order id: 1–64 characters with at least one ASCII letter or
/// digit (the document's pattern `[A-Za-z0-9]`, which every regular-expression engine reads
/// alike); trimmed.
pub fn text_id<'a>(raw: &'a str, what: &str) -> Result<&'a str, ApiError> {
    let n = raw.chars().count();
    if !(1..=64).contains(&n) || !raw.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return Err(ApiError::BadRequest(format!(
            "{what} must be 1–64 characters with a letter or digit"
        )));
    }
    Ok(raw.trim_matches(is_space))
}

/// A tracking number (see [`text_id`]).
pub fn number(raw: &str) -> Result<&str, ApiError> {
    text_id(raw, "tracking number")
}

/// An optional carrier slug: one of the fifteen.
pub fn carrier(raw: Option<&str>) -> Result<Option<Carrier>, ApiError> {
    raw.map(|c| {
        c.parse::<Carrier>()
            .map_err(|e| ApiError::BadRequest(e.to_string()))
    })
    .transpose()
}

/// A storefront origin: `http(s)://host[:port]`, no path, at most 255 characters.
pub fn origin(raw: &str) -> Result<&str, ApiError> {
    let bad = || {
        ApiError::BadRequest(
            "origin must be scheme://host[:port], e.g. https://shop.example.com".into(),
        )
    };
    if raw.len() > 255 {
        return Err(bad());
    }
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let (host, port) = match rest.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    if host_ok && port_ok {
        Ok(raw)
    } else {
        Err(bad())
    }
}

/// For an optional field that may be absent but not `null` (the document gives it a type,
/// not `nullable`): `#[serde(default, deserialize_with = "not_null")]`.
pub fn not_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_documented() {
        assert_eq!(number(" 1Z 5R8 ").unwrap(), "1Z 5R8");
        assert!(number("").is_err());
        assert!(number("   ").is_err());
        assert!(number("\u{1c}\u{1f}").is_err(), "separators count as space");
        assert!(number("\u{85}-").is_err(), "no letter or digit");
        assert!(number(&"9".repeat(64)).is_ok());
        assert!(number(&"9".repeat(65)).is_err());
        assert!(
            number(&format!("9{}", " ".repeat(64))).is_err(),
            "too long before trimming"
        );
        assert!(
            number(&format!("1{}", "é".repeat(63))).is_ok(),
            "characters, not bytes"
        );
    }

    #[test]
    fn carriers_and_origins() {
        assert_eq!(carrier(Some("ups")).unwrap(), Some(Carrier::Ups));
        assert_eq!(carrier(None).unwrap(), None);
        assert!(carrier(Some("UPS ")).is_err());
        for ok in [
            "https://shop.example.com",
            "http://127.0.0.1:8080",
            "https://a-b.c",
        ] {
            assert!(origin(ok).is_ok(), "{ok}");
        }
        for bad in [
            "shop.example.com",
            "https://",
            "https://shop.example.com/",
            "https://a:b",
            "https://a:123456",
            "ftp://a",
        ] {
            assert!(origin(bad).is_err(), "{bad}");
        }
    }
}
