//! Street lines in place fields: "Oderweg 2, AMSTERDAM" is a street and a city; only the city
//! is a place the buyer needs (and the street may be someone's home).

/// Words of street names in the carriers' languages (lower case; matched as whole words, or
/// as endings for the German and Dutch compounds).
const STREET_WORDS: &[&str] = &[
    "st",
    "st.",
    "street",
    "rd",
    "rd.",
    "road",
    "ave",
    "ave.",
    "avenue",
    "blvd",
    "boulevard",
    "lane",
    "ln",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "place",
    "pl",
    "square",
    "sq",
    "highway",
    "hwy",
    "rue",
    "chemin",
    "allée",
    "impasse",
    "via",
    "viale",
    "piazza",
    "calle",
    "avenida",
    "av.",
    "rua",
    "travessa",
    "ulica",
    "ul.",
    "cadde",
    "sokak",
    "sk.",
    "jalan",
    "jl.",
    "jln",
    "đường",
    "phố",
    "улица",
    "ул.",
    "проспект",
    "пр.",
];
const STREET_ENDINGS: &[&str] = &[
    "straße", "strasse", "str.", "weg", "laan", "gracht", "plein", "gasse", "allee", "ring", "damm",
];
/// Scripts that write the street and number as one word.
/// Words of carrier facilities: a part holding one ("Leipzig Hub 2", "Gateway 3") is a
/// facility's name, not an address.
const FACILITY_WORDS: &[&str] = &[
    "hub",
    "terminal",
    "depot",
    "facility",
    "gateway",
    "center",
    "centre",
    "station",
    "airport",
    "dc",
    "zone",
    "gate",
    "office",
    "branch",
    "sort",
    "sortation",
    "unit",
    "bay",
    "dock",
];
const STREET_SIGNS: &[&str] = &[
    "路",
    "街",
    "号",
    "號",
    "丁目",
    "番地",
    "번지",
    "로 ",
    "길 ",
    "ถนน",
    "ซอย",
    "شارع",
    "רחוב",
];

/// Whether one comma-separated part of a place field is a street line: it holds a digit and a
/// street word, or starts or ends with a house number beside words ("12 High St",
/// "Oderweg 2"). A postcode with a city ("75008 PARIS") is not: it has no street word and its
/// number is a postcode (4–6 digits, or letters and digits).
pub fn is_street_line(part: &str) -> bool {
    street_line(part, false)
}

/// The stricter test for free text, where numbers beside words are common ("at 1:58 pm on
/// November 22", "60 day(s)"): a digit and a street word or sign are both needed.
pub fn is_street_line_in_text(part: &str) -> bool {
    street_line(part, true)
}

fn street_line(part: &str, strict: bool) -> bool {
    let lower = waymark_shared::fold::lower(part.trim());
    if STREET_SIGNS.iter().any(|s| lower.contains(s)) && lower.chars().any(|c| c.is_numeric()) {
        return true;
    }
    if !lower.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words
        .iter()
        .any(|w| FACILITY_WORDS.contains(&w.trim_end_matches(',')))
    {
        return false;
    }
    let street_word = words.iter().any(|w| {
        STREET_WORDS.contains(w)
            || STREET_ENDINGS
                .iter()
                .any(|e| w.ends_with(e) && w.len() > e.len())
    });
    let house = |w: &&str| {
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        (1..=4).contains(&digits) && w.chars().skip(digits).all(|c| c.is_ascii_alphabetic())
    };
    let numbered =
        words.len() >= 2 && (words.first().is_some_and(house) || words.last().is_some_and(house));
    street_word || (!strict && numbered && !postcode_and_city(&words))
}

/// "75008 paris", "sw1a 1aa london", "10115 berlin": a postcode before a city name.
fn postcode_and_city(words: &[&str]) -> bool {
    let first = words.first().copied().unwrap_or_default();
    let digits = first.chars().filter(char::is_ascii_digit).count();
    (4..=6).contains(&digits) && first.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streets_and_not_streets() {
        for street in [
            "Oderweg 2",
            "12 High St",
            "221B Baker Street",
            "Hauptstraße 5",
            "5 rue de Rivoli",
            "Calle Mayor 10",
            "朝阳路88号",
            "ถนนสุขุมวิท 21",
        ] {
            assert!(is_street_line(street), "{street}");
        }
        for text in [
            "delivered at 1:58 pm on November 22",
            "60 day(s)",
            "Suite 999",
        ] {
            assert!(!is_street_line_in_text(text), "{text}");
        }
        assert!(is_street_line_in_text("12 Private Street"));
        for place in [
            "AMSTERDAM",
            "75008 PARIS",
            "10115 Berlin",
            "LOS ANGELES",
            "Leipzig Hub 2",
            "上海",
            "Gateway 3",
        ] {
            assert!(!is_street_line(place), "{place}");
        }
    }
}
