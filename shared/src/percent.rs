//! Percent-encoding for the URLs the edge and the widget build (no URL parser needed).

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes() {
        assert_eq!(super::encode("LP 1/2–"), "LP%201%2F2%E2%80%93");
        assert_eq!(super::encode("a-b_c.d~"), "a-b_c.d~");
    }
}
