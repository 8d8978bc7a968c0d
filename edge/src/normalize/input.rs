//! Guarded parsing of carrier bodies: size, emptiness, HTML pages, JSON and XML.

use crate::carriers::AdapterError;
use serde::de::DeserializeOwned;

/// The largest body an adapter accepts (real replies are far smaller).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// The body as text, after the checks every carrier needs: not too large, not empty, not an
/// HTML page, valid UTF-8 (a leading byte-order mark is dropped).
pub fn text(body: &[u8]) -> Result<&str, AdapterError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(AdapterError::TooLarge(body.len()));
    }
    let text = std::str::from_utf8(body)
        .map_err(|e| AdapterError::malformed(format!("not UTF-8: {e}")))?;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(AdapterError::Empty);
    }
    if looks_like_html(text) {
        return Err(AdapterError::HtmlPage);
    }
    Ok(text)
}

/// Whether a body is an HTML page rather than JSON or XML data.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<')
            && (head.contains("<html") || head.contains("<body") || head.contains("<head>")))
}

/// Parses a JSON body into `T`. A `null` body, a truncated one or one of the wrong shape is a
/// `Malformed` error; serde_json's recursion limit turns absurd nesting into an error too.
pub fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, AdapterError> {
    let text = text(body)?;
    if text == "null" {
        return Err(AdapterError::malformed("body is JSON null"));
    }
    match serde_json::from_str(text) {
        Ok(v) => Ok(v),
        // Some carriers put raw control characters (a TAB between a label and a number) inside
        // string values, which JSON forbids: escape them and read the body once more.
        Err(e) if e.is_syntax() => match escape_raw_controls(text) {
            Some(fixed) => serde_json::from_str(&fixed).map_err(AdapterError::malformed),
            None => Err(AdapterError::malformed(e)),
        },
        Err(e) => Err(AdapterError::malformed(e)),
    }
}

/// The body with control characters inside JSON strings escaped (`\t` → `\u0009`); `None`
/// when there were none, so the first error stands.
fn escape_raw_controls(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 16);
    let (mut in_string, mut escaped, mut changed) = (false, false, false);
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if (c as u32) < 0x20 {
                out.push_str(&format!("\\u{:04x}", c as u32));
                changed = true;
                continue;
            }
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    changed.then_some(out)
}

/// The deepest element nesting an XML body may have (carrier replies nest under 20).
pub const MAX_XML_DEPTH: usize = 256;

/// Parses an XML body. DTDs are refused (roxmltree's default), so entity expansion cannot blow
/// up; absurd nesting is refused before parsing, so it cannot exhaust the stack.
pub fn xml(text: &str) -> Result<roxmltree::Document<'_>, AdapterError> {
    if xml_depth(text) > MAX_XML_DEPTH {
        return Err(AdapterError::malformed(format!(
            "XML nested deeper than {MAX_XML_DEPTH} elements"
        )));
    }
    roxmltree::Document::parse(text).map_err(AdapterError::malformed)
}

/// An upper bound of the element nesting depth, from a single pass over the tags.
fn xml_depth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    for (i, b) in bytes.iter().enumerate() {
        match (*b, bytes.get(i + 1)) {
            (b'<', Some(b'/')) => depth = depth.saturating_sub(1),
            (b'<', Some(b'?' | b'!')) => {}
            (b'<', Some(_)) => {
                depth += 1;
                max = max.max(depth);
            }
            (b'/', Some(b'>')) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Shape {
        #[allow(dead_code)]
        a: u32,
    }

    #[test]
    fn rejects_bad_bodies_with_typed_errors() {
        assert_eq!(json::<Shape>(b"").unwrap_err(), AdapterError::Empty);
        assert_eq!(json::<Shape>(b"  \n").unwrap_err(), AdapterError::Empty);
        assert_eq!(
            json::<Shape>(b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>").unwrap_err(),
            AdapterError::HtmlPage
        );
        assert!(matches!(
            json::<Shape>(b"null"),
            Err(AdapterError::Malformed(_))
        ));
        assert!(matches!(
            json::<Shape>(b"{\"a\": 1"),
            Err(AdapterError::Malformed(_))
        ));
        assert!(matches!(
            json::<Shape>(&[0xff, 0xfe]),
            Err(AdapterError::Malformed(_))
        ));
        let deep = "[".repeat(100_000);
        assert!(matches!(
            json::<serde_json::Value>(deep.as_bytes()),
            Err(AdapterError::Malformed(_))
        ));
        assert_eq!(json::<Shape>(b"\xef\xbb\xbf{\"a\": 1}").unwrap().a, 1);
        // A raw TAB inside a string (label and number in one value) is read, not refused.
        let v: serde_json::Value =
            json(b"{\"realMailNo\": \"Tracking No.:\tLX123456789DE\"}").unwrap();
        assert_eq!(v["realMailNo"], "Tracking No.:\tLX123456789DE");
        assert!(matches!(
            json::<Shape>(b"{\"a\": \"x\ty"),
            Err(AdapterError::Malformed(_))
        ));
    }

    #[test]
    fn xml_is_parsed_and_errors_are_typed() {
        assert!(xml("<a><b>1</b></a>").is_ok());
        assert!(matches!(xml("<a><b>"), Err(AdapterError::Malformed(_))));
        assert!(matches!(
            xml(&"<a>".repeat(100_000)),
            Err(AdapterError::Malformed(_))
        ));
        assert_eq!(xml_depth("<a><b/><c>t</c></a>"), 2);
        let bomb = "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>";
        assert!(xml(bomb).is_err() || xml(bomb).is_ok(), "never panics");
    }
}
