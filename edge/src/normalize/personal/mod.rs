//! Keeping personal data out of carrier text: who signed or received the parcel (after a
//! marker, in the 20 buyer languages and the carriers' own — see `markers`), email addresses
//! and phone numbers (`contact`), and street lines in place fields (`street`). Carrier text
//! stays the carrier's words otherwise; what is removed is replaced by "recipient" in English
//! text and by "…" elsewhere, so the buyer sees that something was there.

mod contact;
mod markers;
mod street;

use markers::{Marker, MARKERS, NOT_A_NAME};
use waymark_shared::fold;

/// What stands in for a removed name, email or phone number outside English.
const REMOVED: &str = "…";

/// Carrier text without names after signature / receipt / delivered-to markers, emails and
/// phone numbers.
pub fn scrub(text: &str) -> String {
    let mut out = text.to_string();
    // Each pass removes the earliest name; a text has few markers (bounded for safety).
    for _ in 0..8 {
        match remove_first_name(&out) {
            Some(next) => out = next,
            None => break,
        }
    }
    remove_street_lines(&remove_contacts(&out))
}

/// `text` with comma-separated clauses that are street lines replaced by "…" (a carrier that
/// writes "Left at front door, 12 High St").
fn remove_street_lines(text: &str) -> String {
    if !text.contains(',') && !street::is_street_line_in_text(text) {
        return text.to_string();
    }
    let parts: Vec<&str> = text.split(',').collect();
    if parts.len() == 1 {
        return REMOVED.to_string();
    }
    parts
        .iter()
        .map(|p| {
            if street::is_street_line_in_text(p) {
                let lead = if p.starts_with(' ') { " " } else { "" };
                format!("{lead}{REMOVED}")
            } else {
                p.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A place field (a city or free-text location) scrubbed like text, and without street
/// lines: comma-separated parts that are street lines are dropped; `None` when nothing is
/// left.
pub fn place(raw: &str) -> Option<String> {
    let raw = scrub(raw);
    let kept: Vec<&str> = raw
        .split(',')
        .map(|p| p.trim().trim_matches(['…', ' ']))
        .filter(|p| !p.is_empty() && !street::is_street_line(p))
        .collect();
    let joined = kept.join(", ");
    (!joined.is_empty()).then_some(joined)
}

/// A place with its free-text fields cleaned: city and region as [`place`], the postal code
/// reduced to its code ("1043 AG", "SW1A 1AA", "98101"; nothing after it).
pub fn location(mut loc: waymark_shared::Location) -> waymark_shared::Location {
    loc.city = loc.city.as_deref().and_then(place);
    loc.region = loc.region.as_deref().and_then(place);
    loc.postal_code = loc.postal_code.as_deref().and_then(postal_code);
    loc
}

/// The code at the start of a postal-code field: ASCII letters, digits, spaces and `-`, at
/// most 10 characters, ending at a word boundary.
fn postal_code(raw: &str) -> Option<String> {
    let head: String = raw
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
        .collect();
    let mut out = String::new();
    for word in head.split_whitespace() {
        let next = if out.is_empty() {
            word.len()
        } else {
            out.len() + 1 + word.len()
        };
        if next > 10 || (!out.is_empty() && word.len() > 4) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// Every free-text field of a normalized shipment cleaned, whatever adapter made it: event
/// texts and places, the pickup point's name, hours and place, and the names of other
/// carriers in its legs. `carriers::normalize` runs it on every adapter's output.
pub fn shipment(s: &mut waymark_shared::Shipment) {
    use waymark_shared::Carrier;
    for e in &mut s.events {
        if let Carrier::Other(name) = &e.carrier {
            e.carrier = Carrier::Other(carrier_name(&scrub(name)));
        }
        e.description = scrub(&e.description);
        e.location = e.location.take().map(location).and_then(|l| l.non_empty());
    }
    if let Some(p) = &mut s.pickup {
        p.name = scrub(&p.name);
        p.hours = p.hours.as_deref().map(scrub);
        p.location = p.location.take().map(location).and_then(|l| l.non_empty());
    }
    if let Carrier::Other(name) = &s.carrier {
        s.carrier = Carrier::Other(carrier_name(&scrub(name)));
    }
    for leg in &mut s.legs {
        if let Carrier::Other(name) = &leg.carrier {
            leg.carrier = Carrier::Other(carrier_name(&scrub(name)));
        }
    }
}

/// Another carrier's name as text: lower case, ASCII letters, digits, spaces, `-`, `&` and
/// `.` up to the first other character, at most 40 characters.
fn carrier_name(raw: &str) -> String {
    let name: String = raw
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || " -&.".contains(*c))
        .take(40)
        .collect();
    name.trim().to_ascii_lowercase()
}

/// A city from a locality field that may carry a street line ("Oderweg 2, AMSTERDAM" →
/// "AMSTERDAM"): the last part that is not a street line.
pub fn city_from_locality(raw: &str) -> Option<String> {
    raw.split(',')
        .map(str::trim)
        .rfind(|p| {
            !p.is_empty() && !street::is_street_line(p) && !p.chars().all(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
}

/// The earliest marker in `text` followed by a name, as (byte offset, marker).
fn first_marker(text: &str) -> Option<(usize, &'static Marker)> {
    let lower = fold::lower(text);
    let mut best: Option<(usize, &'static Marker)> = None;
    for m in MARKERS {
        let mut from = 0;
        while let Some(found) = lower[from..].find(m.text) {
            let at = from + found;
            from = at + m.text.len();
            // A Latin marker starts a word ("resigned by" is not "signed by").
            let starts_word = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if !starts_word || !text.is_char_boundary(at) || !text.is_char_boundary(from) {
                continue;
            }
            if name_span(text, from).is_some() {
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, m));
                }
                break;
            }
        }
    }
    best
}

/// The byte range of the name after a marker ending at `from`, if one follows: separators
/// skipped, then name words up to the end of the clause. `None` when nothing follows or the
/// first word names a place or an organisation.
fn name_span(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = &text[from..];
    let skipped = rest.len()
        - rest
            .trim_start_matches([' ', ':', '：', '-', '–', '—', '\t'])
            .len();
    let start = from + skipped;
    let body = &text[start..];
    let first_word: String = body
        .split(|c: char| c.is_whitespace() || ",.;:()".contains(c))
        .next()
        .unwrap_or_default()
        .to_string();
    if !first_word.chars().any(char::is_alphabetic)
        || NOT_A_NAME.contains(&fold::lower(&first_word).as_str())
    {
        return None;
    }
    // In Latin scripts a name starts with a capital ("remis à notre transporteur" names no one).
    let initial = first_word.chars().next().unwrap_or(' ');
    if fold::is_lower_latin(initial) {
        return None;
    }
    let mut end = start;
    let mut words = 0;
    let mut pos = start;
    for word in body.split_inclusive(' ') {
        let w = word.trim_end();
        let clean = w.trim_end_matches([',', ';', '.', ')', '。', '，', '；', '、']);
        let particle = matches!(
            clean,
            "van"
                | "von"
                | "de"
                | "der"
                | "den"
                | "da"
                | "di"
                | "du"
                | "le"
                | "la"
                | "bin"
                | "binti"
                | "al"
                | "el"
                | "del"
                | "dos"
        );
        let capital = clean.chars().next().is_some_and(|c| {
            fold::is_upper_latin(c)
                || !c.is_ascii_alphabetic() && !c.is_ascii_digit() && c.is_alphabetic()
        });
        let lower_start = clean.chars().next().is_some_and(fold::is_lower_latin);
        if words > 0 && (lower_start && !particle || clean.is_empty()) {
            break;
        }
        if words > 0 && !capital && !particle && !lower_start {
            break;
        }
        // The clause ends at punctuation (a single-letter initial's full stop does not end it).
        let stop = clause_end(w);
        end = pos + stop.unwrap_or(w.len());
        words += 1;
        pos += word.len();
        if stop.is_some() || words >= 5 {
            break;
        }
    }
    (end > start).then_some((start, end))
}

/// Where a word ends its clause, if it does: before `,` `;` `(` `)` `。` `，` `；` `、` `|`, or
/// before a full stop that is not an initial's ("J.").
fn clause_end(word: &str) -> Option<usize> {
    for (i, c) in word.char_indices() {
        match c {
            ',' | ';' | '(' | ')' | '。' | '，' | '；' | '、' | '|' | '[' | ']' => {
                return Some(i)
            }
            '.' => {
                let before = word[..i].chars().count();
                if before != 1 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `text` with the earliest name after a marker removed, if there is one.
fn remove_first_name(text: &str) -> Option<String> {
    let (at, marker) = first_marker(text)?;
    let (start, end) = name_span(text, at + marker.text.len())?;
    let tail = &text[end..];
    if marker.english {
        let head = text[..at]
            .trim_end_matches([' ', '-', ',', ':', '('])
            .trim();
        let said = text[at..at + marker.text.len()].trim_end_matches(':');
        Some(if head.is_empty() {
            format!("{said} recipient{tail}")
        } else {
            format!("{head} ({said} recipient){tail}")
        })
    } else {
        Some(format!("{} {REMOVED}{tail}", text[..start].trim_end()))
    }
}

/// `text` without email addresses and phone numbers.
fn remove_contacts(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|w| {
            if contact::is_email(w) {
                REMOVED.to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    let text = words.join(" ");
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (a, b) in contact::phone_ranges(&text) {
        out.push_str(&text[last..a]);
        out.push_str(REMOVED);
        last = b;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_signatures_are_removed() {
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
        assert_eq!(
            scrub("Received by Mary-Jane Watson"),
            "Received by recipient"
        );
        assert_eq!(
            scrub("Delivered to John van der Berg at 10:30"),
            "Delivered to recipient at 10:30"
        );
        assert_eq!(
            scrub("Delivered, signature: Jane Doe. Thank you"),
            "Delivered (signature recipient). Thank you"
        );
        assert_eq!(scrub("Left with neighbour"), "Left with neighbour");
        assert_eq!(scrub("Accepted by USPS"), "Accepted by USPS");
        assert_eq!(
            scrub("Delivered to the front door"),
            "Delivered to the front door"
        );
    }

    #[test]
    fn markers_in_other_languages() {
        for (text, name) in [
            ("Colis remis à Jean Dupont", "Dupont"),
            ("Zugestellt an Herrn Müller", "Müller"),
            ("Sendung zugestellt an: Anna Schmidt.", "Schmidt"),
            ("Entregado a María García", "García"),
            ("Objeto entregue a João Silva", "Silva"),
            ("Consegnato a Giulia Rossi", "Rossi"),
            ("Afgeleverd bij Jan de Vries", "Vries"),
            ("已签收，签收人：王小明", "王小明"),
            ("簽收人: 陳大文", "陳大文"),
            ("受取人：山田太郎 様", "山田"),
            ("수령인: 김민수", "김민수"),
            ("ผู้รับ: สมชาย ใจดี", "สมชาย"),
            ("تم التسليم إلى محمد أحمد", "محمد"),
            ("נמסר ל דוד כהן", "דוד"),
            ("Paket diterima oleh Budi Santoso", "Budi"),
            ("Teslim alan: Ahmet Yılmaz", "Ahmet"),
            ("Odebrał: Jan Kowalski", "Kowalski"),
            ("Получатель: Иван Петров", "Иван"),
            ("Người nhận: Nguyễn Văn An", "Nguyễn"),
        ] {
            let out = scrub(text);
            assert!(!out.contains(name), "{text} → {out}");
            assert!(out.contains(REMOVED), "{text} → {out}");
        }
    }

    #[test]
    fn emails_and_phones() {
        assert_eq!(
            scrub("Contact jane.doe@example.com or +44 20 7946 0958"),
            "Contact … or …"
        );
        assert_eq!(
            scrub("Handed to USPS 9400111899223100000048"),
            "Handed to USPS 9400111899223100000048"
        );
    }

    #[test]
    fn street_lines_are_dropped_from_places() {
        assert_eq!(
            city_from_locality("Oderweg 2, AMSTERDAM").as_deref(),
            Some("AMSTERDAM")
        );
        assert_eq!(city_from_locality("Leipzig").as_deref(), Some("Leipzig"));
        assert_eq!(city_from_locality("12 High St"), None);
        assert_eq!(
            place("221B Baker Street, London").as_deref(),
            Some("London")
        );
        assert_eq!(place("75008 PARIS").as_deref(), Some("75008 PARIS"));
        assert_eq!(place("Hauptstraße 5"), None);
        assert_eq!(
            place("SHANGHAI, 021-5555 1234").as_deref(),
            Some("SHANGHAI")
        );
        assert_eq!(
            place("SHANGHAI +86 21 5555 1234").as_deref(),
            Some("SHANGHAI")
        );
    }
}
