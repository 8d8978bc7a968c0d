//! CORS: only the merchant's configured origins (and the token's own origin) may read.

/// The `Access-Control-Allow-Origin` value for a request from `origin`, or `None` to refuse.
/// `allowed` is the merchant's comma-separated list; `*` is deliberately not honoured.
pub fn allow_origin(
    origin: Option<&str>,
    allowed: &str,
    token_origin: Option<&str>,
) -> Option<String> {
    let origin = origin?.trim();
    if origin.is_empty() || origin == "null" {
        return None;
    }
    let listed = allowed
        .split(',')
        .map(str::trim)
        .any(|a| !a.is_empty() && a != "*" && a == origin);
    let token_ok = token_origin.is_none_or(|t| t == origin);
    (listed && token_ok).then(|| origin.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_configured_origins() {
        let allowed = "https://shop.example.com, http://127.0.0.1:8080";
        assert_eq!(
            allow_origin(Some("https://shop.example.com"), allowed, None).as_deref(),
            Some("https://shop.example.com")
        );
        assert_eq!(
            allow_origin(Some("https://evil.example"), allowed, None),
            None
        );
        assert_eq!(allow_origin(None, allowed, None), None);
        assert_eq!(
            allow_origin(Some("https://evil.example"), "*", None),
            None,
            "no wildcard"
        );
        assert_eq!(
            allow_origin(
                Some("http://127.0.0.1:8080"),
                allowed,
                Some("https://shop.example.com")
            ),
            None
        );
    }
}
