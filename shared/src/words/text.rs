//! Carrier names of places as a buyer should read them.

use crate::fold::{is_lower_latin, is_upper_latin, is_word_char, lower_char};

/// Title case for a place the carrier wrote in capitals ("OAKLAND" → "Oakland", "SAINT-DENIS"
/// → "Saint-Denis"); anything with a lowercase letter, or in a script without case, is kept.
/// Case is judged and folded within ASCII, Latin-1 and Latin Extended-A (`crate::fold`): the
/// Unicode case tables would cost the workers kilobytes, and carriers shout in Latin letters.
pub fn title_case_if_shouting(place: &str) -> String {
    let place = place.trim();
    let has_upper = place.chars().any(is_upper_latin);
    let has_lower = place.chars().any(is_lower_latin);
    if !has_upper || has_lower {
        return place.to_string();
    }
    let mut out = String::with_capacity(place.len());
    let mut start = true;
    for c in place.chars() {
        if is_word_char(c) {
            out.push(if start { c } else { lower_char(c) });
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
        assert_eq!(
            title_case_if_shouting("ÉVRY-COURCOURONNES"),
            "Évry-Courcouronnes"
        );
        assert_eq!(title_case_if_shouting("ŁÓDŹ"), "Łódź");
    }
}
