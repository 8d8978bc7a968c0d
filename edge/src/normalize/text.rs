//! Carrier text, cleaned but kept as text: control characters out, white space folded,
//! markup left exactly as written (the widget renders it as text, never as HTML).

/// The longest description kept, in characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// Cleans carrier text: control characters become spaces, runs of white space fold to one,
/// the ends are trimmed and overlong text is cut (with an ellipsis). Markup is not touched.
pub fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len().min(MAX_TEXT_CHARS * 4));
    let mut pending_space = false;
    let mut count = 0;
    for c in raw.chars() {
        if c.is_whitespace() || c.is_control() || c == '\u{feff}' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            count += 1;
            pending_space = false;
        }
        if count >= MAX_TEXT_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out
}

/// `clean` for optional fields: blank results and the placeholder `"string"` of OpenAPI
/// examples are `None`.
pub fn clean_opt(raw: Option<&str>) -> Option<String> {
    raw.map(clean)
        .filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("null"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_but_keeps_markup() {
        assert_eq!(
            clean("  Arrived\tat\u{0}\u{7}  <b>hub</b>\r\n"),
            "Arrived at <b>hub</b>"
        );
        assert_eq!(
            clean("<script>alert(1)</script>"),
            "<script>alert(1)</script>"
        );
        assert_eq!(clean(&"x".repeat(2000)).chars().count(), MAX_TEXT_CHARS + 1);
        assert_eq!(clean_opt(Some("   ")), None);
        assert_eq!(clean_opt(Some(" ok ")), Some("ok".into()));
    }
}
