//! Tolerant access to JSON payloads: carriers send numbers as strings and strings as numbers,
//! omit fields, send `null` and OpenAPI placeholders. These helpers read what is there.

use serde_json::Value;

/// The value at a path of object keys, if every step exists.
pub fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |cur, key| cur.get(*key))
}

/// Text at a path: strings trimmed, numbers and booleans as written; blank, `null` and the
/// OpenAPI placeholder `"string"` are absent.
pub fn text(v: &Value, path: &[&str]) -> Option<String> {
    let s = match at(v, path)? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    (!s.is_empty() && s != "string" && !s.eq_ignore_ascii_case("null")).then_some(s)
}

/// The array at a path (empty when absent or not an array).
pub fn list<'a>(v: &'a Value, path: &[&str]) -> &'a [Value] {
    at(v, path)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// An integer at a path, from a number or a numeric string.
pub fn int(v: &Value, path: &[&str]) -> Option<i64> {
    match at(v, path)? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tolerant_reads() {
        let v =
            json!({"a": {"b": [1, 2], "n": 7, "s": " x ", "p": "string", "z": null, "q": "12"}});
        assert_eq!(text(&v, &["a", "s"]).as_deref(), Some("x"));
        assert_eq!(text(&v, &["a", "n"]).as_deref(), Some("7"));
        assert_eq!(text(&v, &["a", "p"]), None);
        assert_eq!(text(&v, &["a", "z"]), None);
        assert_eq!(text(&v, &["a", "missing", "deeper"]), None);
        assert_eq!(list(&v, &["a", "b"]).len(), 2);
        assert!(list(&v, &["a", "s"]).is_empty());
        assert_eq!(int(&v, &["a", "q"]), Some(12));
    }
}
