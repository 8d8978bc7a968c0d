//! Query strings without a URL parser (the worker avoids the URL/IDNA tables).

/// The decoded value of `name` in a raw query string (`a=1&b=x%20y`).
pub fn param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k)? == name).then(|| decode(v)).flatten()
    })
}

/// The query part of a full request URL.
pub fn of_url(url: &str) -> &str {
    let without_fragment = url.split('#').next().unwrap_or("");
    without_fragment.split_once('?').map_or("", |(_, q)| q)
}

/// Percent-decoding with `+` as space; `None` for invalid escapes or UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

pub use waymark_shared::percent::encode;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params() {
        let q = of_url("http://x/v1/timeline?token=a%2Bb.c&x=1#frag");
        assert_eq!(param(q, "token").as_deref(), Some("a+b.c"));
        assert_eq!(param(q, "x").as_deref(), Some("1"));
        assert_eq!(param(q, "missing"), None);
        assert_eq!(param("a=%zz", "a"), None);
        assert_eq!(encode("LP 1/2"), "LP%201%2F2");
        assert_eq!(of_url("http://x/path"), "");
    }
}
