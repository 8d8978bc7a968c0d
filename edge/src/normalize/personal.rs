//! Keeping personal data out of carrier text: signatures, recipients' names, street lines.

/// Removes "signed for by NAME"-style clauses from carrier text (the rest is kept).
pub fn scrub(text: &str) -> String {
    let lower = waymark_shared::fold::lower(text);
    let markers = [
        "signed for by",
        "signed by",
        "left with",
        "collected by",
        "delivered to:",
        "signatory",
    ];
    let cut = markers
        .iter()
        .filter_map(|m| lower.find(m).map(|i| (i, m.len())))
        .min_by_key(|(i, _)| *i);
    match cut {
        Some((i, len)) if text.is_char_boundary(i) && text.is_char_boundary(i + len) => {
            let head = text[..i].trim_end_matches([' ', '-', ',', ':', '(']).trim();
            let marker = text[i..i + len].trim_end_matches(':');
            if head.is_empty() {
                format!("{marker} recipient")
            } else {
                format!("{head} ({marker} recipient)")
            }
        }
        _ => text.to_string(),
    }
}

/// A city from a locality field that may carry a street line ("Oderweg 2, AMSTERDAM" →
/// "AMSTERDAM"): comma-separated parts holding digits are dropped, the last remaining part is
/// the city.
pub fn city_from_locality(raw: &str) -> Option<String> {
    raw.split(',')
        .map(str::trim)
        .rfind(|p| !p.is_empty() && !p.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_removed() {
        assert_eq!(
            scrub("Delivered - Signed for by: JOHN DOE"),
            "Delivered (Signed for by recipient)"
        );
        assert_eq!(scrub("Arrived at hub"), "Arrived at hub");
        assert_eq!(scrub("Left with J. Smith"), "Left with recipient");
        assert_eq!(
            scrub("Received by Australia Post"),
            "Received by Australia Post"
        );
    }

    #[test]
    fn street_lines_are_dropped_from_localities() {
        assert_eq!(
            city_from_locality("Oderweg 2, AMSTERDAM").as_deref(),
            Some("AMSTERDAM")
        );
        assert_eq!(city_from_locality("Leipzig").as_deref(), Some("Leipzig"));
        assert_eq!(city_from_locality("12 High St"), None);
    }
}
