//! Carrier names of places as a buyer should read them.

/// Title case for a place the carrier wrote in capitals ("OAKLAND" → "Oakland", "SAINT-DENIS"
/// → "Saint-Denis"); anything with a lowercase letter, or in a script without case, is kept.
pub fn title_case_if_shouting(place: &str) -> String {
    let place = place.trim();
    let has_upper = place.chars().any(|c| c.is_uppercase());
    let has_lower = place.chars().any(|c| c.is_lowercase());
    if !has_upper || has_lower {
        return place.to_string();
    }
    let mut out = String::with_capacity(place.len());
    let mut start = true;
    for c in place.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            // A new word after a space, hyphen or slash; not after an apostrophe ("L'HAY").
            start = !matches!(c, '\'' | '’');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouting_places_in_title_case() {
        assert_eq!(title_case_if_shouting("OAKLAND"), "Oakland");
        assert_eq!(
            title_case_if_shouting("SAINT-DENIS CEDEX"),
            "Saint-Denis Cedex"
        );
        assert_eq!(
            title_case_if_shouting("ISC NEW YORK NY(USPS)"),
            "Isc New York Ny(Usps)"
        );
        assert_eq!(title_case_if_shouting("L'HAY-LES-ROSES"), "L'hay-Les-Roses");
        assert_eq!(title_case_if_shouting("Brooklyn"), "Brooklyn");
        assert_eq!(title_case_if_shouting("深圳"), "深圳");
        assert_eq!(title_case_if_shouting("  PARIS "), "Paris");
    }
}
