//! The typed errors an adapter returns.

/// Why a payload could not become a timeline. Every variant reads as one line naming the
/// problem; the carrier is named by whoever reports it (the CLI prefixes the slug).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdapterError {
    /// No adapter exists for the carrier.
    #[error("no adapter for carrier `{0}`")]
    UnsupportedCarrier(String),
    /// The body was empty or only white space.
    #[error("empty response body")]
    Empty,
    /// The body was an HTML page (a proxy, login or maintenance page), not API data.
    #[error("got an HTML page instead of API data")]
    HtmlPage,
    /// The body could not be parsed, or had the wrong shape.
    #[error("malformed response: {0}")]
    Malformed(String),
    /// The body was larger than an adapter accepts.
    #[error("response too large: {0} bytes")]
    TooLarge(usize),
    /// The carrier does not know the tracking number (an explicit "not found" reply).
    #[error("tracking number not found: {0}")]
    NotFound(String),
    /// The carrier rejected the request (invalid number, authentication, quota, …).
    #[error("carrier error {code}: {message}")]
    Carrier {
        /// The carrier's error code.
        code: String,
        /// The carrier's message, as text.
        message: String,
    },
}

impl AdapterError {
    /// A `Malformed` error from anything displayable, kept to one line.
    pub fn malformed(detail: impl std::fmt::Display) -> AdapterError {
        AdapterError::Malformed(one_line(&detail.to_string()))
    }

    /// A `NotFound` naming the number (or the carrier's words for it) on one line.
    pub fn not_found(what: impl std::fmt::Display) -> AdapterError {
        AdapterError::NotFound(one_line(&what.to_string()))
    }

    /// A `Carrier` error with code and message kept to one line each.
    pub fn carrier(code: impl std::fmt::Display, message: impl std::fmt::Display) -> AdapterError {
        AdapterError::Carrier {
            code: one_line(&code.to_string()),
            message: one_line(&message.to_string()),
        }
    }
}

fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 300 {
        let cut: String = flat.chars().take(300).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_one_line() {
        let e = AdapterError::carrier("E1", "bad\nthing\r\n  here");
        assert_eq!(e.to_string(), "carrier error E1: bad thing here");
        let long = AdapterError::malformed("x".repeat(1000)).to_string();
        assert!(long.len() < 400 && !long.contains('\n'));
    }
}
