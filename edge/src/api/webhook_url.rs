//! Where the merchant's webhooks may go: `https` to a public DNS name, nothing else. A
//! registration names the URL and the worker POSTs to it from inside Cloudflare, so a URL that
//! reaches an IP literal, a reserved or internal name, or carries credentials is refused — the
//! webhook must not become a way to probe networks behind the worker. Plain `http` to this
//! machine is accepted only where local development turns it on (`WEBHOOK_ALLOW_LOOPBACK`).

/// Why a webhook URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WebhookUrlError {
    /// Longer than 2048 bytes, or with spaces or control characters.
    #[error("webhook_url must be at most 2048 characters with no spaces or control characters")]
    Malformed,
    /// Not `https://` (or `http://` to loopback in local development).
    #[error("webhook_url must be https")]
    NotHttps,
    /// `user:password@` in the URL.
    #[error("webhook_url must not carry credentials")]
    Credentials,
    /// An IPv4 or IPv6 literal instead of a name.
    #[error("webhook_url must name a host, not an IP address")]
    IpLiteral,
    /// `localhost`, a single-label name, or a special-use or internal domain.
    #[error("webhook_url must name a public host (not localhost, .local, .internal, .test or another reserved name)")]
    ReservedName,
}

/// Top-level names that never reach a public receiver: RFC 6761 special-use names, mDNS,
/// `.onion`, `.arpa` (home.arpa, reverse zones), `.internal` (ICANN's private-use TLD) and the
/// names ICANN lists as private-network collisions.
const RESERVED_TLDS: &[&str] = &[
    "localhost",
    "local",
    "internal",
    "test",
    "example",
    "invalid",
    "onion",
    "arpa",
    "lan",
    "home",
    "corp",
    "intranet",
    "private",
    "localdomain",
];

/// Checks `url` for webhook delivery; `allow_loopback` admits `http://127.0.0.1`,
/// `http://localhost` and `http://[::1]` (local development only).
pub fn check(url: &str, allow_loopback: bool) -> Result<(), WebhookUrlError> {
    if url.len() > 2048 || url.bytes().any(|b| b.is_ascii_control() || b == b' ') {
        return Err(WebhookUrlError::Malformed);
    }
    if allow_loopback && is_loopback_http(url) {
        return Ok(());
    }
    let rest = url
        .strip_prefix("https://")
        .ok_or(WebhookUrlError::NotHttps)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(WebhookUrlError::Credentials);
    }
    if authority.starts_with('[') {
        return Err(WebhookUrlError::IpLiteral);
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    if port.is_some_and(|p| p.is_empty() || p.parse::<u16>().map_or(true, |n| n == 0)) {
        return Err(WebhookUrlError::Malformed);
    }
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.is_empty() {
        return Err(WebhookUrlError::Malformed);
    }
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels[labels.len() - 1];
    // A numeric last label is an address in one of its spellings (dotted, decimal, octal,
    // hex: `127.0.0.1`, `2130706433`, `0x7f.1`); no top-level domain is numeric.
    let numeric = |l: &str| {
        !l.is_empty()
            && (l.bytes().all(|b| b.is_ascii_digit())
                || l.strip_prefix("0x")
                    .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit())))
    };
    if numeric(tld) {
        return Err(WebhookUrlError::IpLiteral);
    }
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) || RESERVED_TLDS.contains(&tld) {
        return Err(WebhookUrlError::ReservedName);
    }
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b >= 0x80)
    {
        return Err(WebhookUrlError::Malformed);
    }
    Ok(())
}

fn is_loopback_http(url: &str) -> bool {
    ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            url.strip_prefix(p)
                .is_some_and(|r| r.is_empty() || r.starts_with([':', '/']))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use WebhookUrlError::*;

    #[test]
    fn public_https_names_only() {
        for ok in [
            "https://shop.example.com/hooks",
            "https://hooks.shop.co.uk:8443/waymark?x=1",
            "https://xn--bcher-kva.de/h",
            "https://shop.example.com./h",
        ] {
            assert_eq!(check(ok, false), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("http://shop.example.com/h", NotHttps),
            ("ftp://x.example.com", NotHttps),
            ("https://user:pw@shop.example.com/h", Credentials),
            ("https://127.0.0.1/h", IpLiteral),
            ("https://10.0.0.7:8443/h", IpLiteral),
            ("https://169.254.169.254/latest/meta-data", IpLiteral),
            ("https://2130706433/h", IpLiteral),
            ("https://0x7f.0x1/h", IpLiteral),
            ("https://[::1]/h", IpLiteral),
            ("https://[fd00::1]:443/h", IpLiteral),
            ("https://localhost/h", ReservedName),
            ("https://printer.local/h", ReservedName),
            ("https://db.internal/h", ReservedName),
            ("https://router.home.arpa/h", ReservedName),
            ("https://intranet/h", ReservedName),
            ("https://shop.test/h", ReservedName),
            ("https://a..b.com/h", ReservedName),
            ("https:///nohost", Malformed),
            ("https://shop.example.com:0/h", Malformed),
            ("https://shop.example.com:99999/h", Malformed),
            ("https://sh_op.example.com/h", Malformed),
            ("https://shop.example.com/a b", Malformed),
        ] {
            assert_eq!(check(bad, false), Err(why), "{bad}");
        }
    }

    #[test]
    fn loopback_http_only_when_local_development_allows_it() {
        for local in [
            "http://127.0.0.1:8787/hook",
            "http://localhost:9000",
            "http://[::1]/h",
        ] {
            assert_eq!(check(local, true), Ok(()), "{local}");
            assert!(check(local, false).is_err(), "{local} in production");
        }
        assert_eq!(check("http://127.0.0.1.evil.example/", true), Err(NotHttps));
        assert_eq!(check("http://localhost.evil.example/", true), Err(NotHttps));
    }
}
