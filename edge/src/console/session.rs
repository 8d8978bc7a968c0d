//! Console sessions, the parts without I/O: the cookie (HttpOnly, Secure, SameSite=Strict,
//! `__Host-` prefixed so no subdomain can set it), reading it back, the CSRF comparison and
//! the same-origin check every `POST` passes.

use crate::api::hex;

/// The session cookie's name.
pub const COOKIE: &str = "__Host-waymark_console";
/// The language choice's cookie (not a secret).
pub const LANG_COOKIE: &str = "waymark_console_lang";
/// How long a session lasts, in seconds.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// Failed logins allowed per client network per window.
pub const LOGIN_FAILURES_ALLOWED: u32 = 10;
/// The failed-login window, in seconds.
pub const LOGIN_WINDOW_SECONDS: i64 = 15 * 60;

/// The `Set-Cookie` value that starts a session.
pub fn start_cookie(value: &str) -> String {
    format!(
        "{COOKIE}={value}; Path=/; Max-Age={SESSION_SECONDS}; HttpOnly; Secure; SameSite=Strict"
    )
}

/// The `Set-Cookie` value that ends it.
pub fn end_cookie() -> String {
    format!("{COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict")
}

/// A cookie's value in a `Cookie` header.
pub fn cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name && !v.is_empty()).then_some(v)
    })
}

/// A session cookie value is 64 lower-case hex digits (32 random bytes).
pub fn well_formed(value: &str) -> bool {
    value.len() == 64
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether a form's CSRF token is the session's (constant time).
pub fn csrf_matches(given: Option<&str>, session: &str) -> bool {
    given.is_some_and(|g| !session.is_empty() && hex::same(g.as_bytes(), session.as_bytes()))
}

/// Whether a `POST` comes from a page of this origin: the browser's `Sec-Fetch-Site` says
/// `same-origin`, or (older browsers) `Origin` is this worker's own.
pub fn same_origin(origin: Option<&str>, fetch_site: Option<&str>, own: &str) -> bool {
    match (fetch_site, origin) {
        (Some(site), _) => site == "same-origin",
        (None, Some(o)) => o == own,
        (None, None) => false,
    }
}

/// The client network a failed login counts against: the IPv4 address, or an IPv6 /64.
pub fn network(ip: &str) -> String {
    crate::api::rate_limit::ip_key(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_host_only_http_only_secure_and_strict() {
        let c = start_cookie(&"a".repeat(64));
        for part in [
            "__Host-",
            "Path=/",
            "HttpOnly",
            "Secure",
            "SameSite=Strict",
            "Max-Age=43200",
        ] {
            assert!(c.contains(part), "{c} lacks {part}");
        }
        assert!(!c.contains("Domain"), "a __Host- cookie names no domain");
        assert!(end_cookie().contains("Max-Age=0"));
    }

    #[test]
    fn cookies_are_read_by_exact_name() {
        let h = "a=1; __Host-waymark_console=abc; waymark_console_lang=zh-Hans";
        assert_eq!(cookie(h, COOKIE), Some("abc"));
        assert_eq!(cookie(h, LANG_COOKIE), Some("zh-Hans"));
        assert_eq!(cookie("x__Host-waymark_console=1", COOKIE), None);
        assert_eq!(cookie("__Host-waymark_console=", COOKIE), None);
    }

    #[test]
    fn only_well_formed_values_are_looked_up() {
        assert!(well_formed(&"0f".repeat(32)));
        assert!(!well_formed(&"0F".repeat(32)));
        assert!(!well_formed("abc"));
    }

    #[test]
    fn csrf_needs_the_sessions_token() {
        assert!(csrf_matches(Some("t0k"), "t0k"));
        assert!(!csrf_matches(Some("t0K"), "t0k"));
        assert!(!csrf_matches(None, "t0k"));
        assert!(!csrf_matches(Some(""), ""));
    }

    #[test]
    fn cross_site_posts_are_refused() {
        let own = "https://w.example.com";
        assert!(same_origin(None, Some("same-origin"), own));
        assert!(!same_origin(Some(own), Some("cross-site"), own));
        assert!(!same_origin(Some(own), Some("same-site"), own));
        assert!(same_origin(Some(own), None, own));
        assert!(!same_origin(Some("https://evil.example"), None, own));
        assert!(!same_origin(None, None, own));
    }
}
