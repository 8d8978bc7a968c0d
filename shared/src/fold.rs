//! Case folding for matching carrier text, without Unicode case tables (they cost the worker
//! and the widget kilobytes): ASCII plus the Latin-1 and Latin Extended-A capitals that
//! European carriers write (É, Ç, Ü, Ł, …). Other scripts (Chinese, Arabic, …) have no case
//! and pass through unchanged.

/// The lower-case form of `c` within ASCII, Latin-1 and Latin Extended-A; `c` otherwise.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let folded = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// Whether `c` is a lower-case letter of ASCII, Latin-1 or Latin Extended-A (the letters
/// [`lower_char`] folds to).
pub fn is_lower_latin(c: char) -> bool {
    let u = c as u32;
    match u {
        0x61..=0x7A => true,
        0xDF..=0xFF => u != 0xF7,
        0x101..=0x137 | 0x14B..=0x177 => u % 2 == 1,
        0x13A..=0x148 | 0x17A..=0x17E => u % 2 == 0,
        _ => false,
    }
}

/// Whether `c` is a capital letter [`lower_char`] folds.
pub fn is_upper_latin(c: char) -> bool {
    lower_char(c) != c
}

/// `s` lower-cased with [`lower_char`].
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// Whether `c` counts as a letter or digit for loose matching: ASCII letters and digits, and
/// every non-ASCII character that is not white space or punctuation-like.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !c.is_whitespace()
            && !matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}'))
}

/// Letters and digits only, lower-cased: "JFK ISC, New-York" → "jfkiscnewyork".
pub fn key(s: &str) -> String {
    s.chars()
        .filter(|c| is_word_char(*c))
        .map(lower_char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_european_text() {
        assert_eq!(lower("LIVRÉ À PARIS"), "livré à paris");
        assert_eq!(lower("ŁÓDŹ"), "łódź");
        assert_eq!(lower("ÜBERGABE"), "übergabe");
        assert_eq!(lower("已签收 OK"), "已签收 ok");
        assert_eq!(key("JFK ISC, New-York"), "jfkiscnewyork");
        assert_eq!(key("Mainland China"), "mainlandchina");
        assert_eq!(lower_char('×'), '×');
    }
}
