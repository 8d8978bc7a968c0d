//! Email addresses and phone numbers in carrier text, found without a regex engine (its
//! tables would cost the upload more than these few rules).

/// Whether a whitespace-separated word is (or holds) an email address: a local part, `@`,
/// and a domain with a dot.
pub fn is_email(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    match w.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        }
        None => false,
    }
}

/// The byte ranges of phone numbers in `text`: a run of digits with phone punctuation
/// (spaces, `-`, `.`, `/`, parentheses) holding 7–15 digits that is either introduced by `+`
/// or split into groups ("(555) 123-4567", "+44 20 7946 0958", "06-1234 5678"). One unbroken
/// run of digits is not a phone: that is how tracking numbers look.
pub fn phone_ranges(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts = bytes[i] == b'+' || bytes[i] == b'(' || bytes[i].is_ascii_digit();
        let after_word = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
        if !starts || after_word {
            i += 1;
            continue;
        }
        let (mut j, mut digits, mut groups, mut in_group) = (i, 0, 0, false);
        let plus = bytes[i] == b'+';
        if plus {
            j += 1;
        }
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                digits += 1;
                if !in_group {
                    groups += 1;
                    in_group = true;
                }
            } else if matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')') {
                // A separator only counts between digits.
                if j + 1 >= bytes.len()
                    || !(bytes[j + 1].is_ascii_digit()
                        || bytes[j + 1] == b'('
                        || bytes[j + 1] == b' ')
                {
                    break;
                }
                in_group = false;
            } else {
                break;
            }
            j += 1;
        }
        let end = text[..j].trim_end_matches([' ', '-', '.', '/', '(']).len();
        if (7..=15).contains(&digits)
            && (plus || groups >= 2)
            && !looks_like_date_or_time(&text[i..end], bytes.get(j).copied())
        {
            out.push((i, end));
            i = j;
        } else {
            i = j.max(i + 1);
        }
    }
    out
}

/// Dates and times are digit groups too: "2026-12-04 13" (before ":12:42"), "04.12.2026",
/// "12/04", "10.30". A run shaped like a date (a 4-digit year first or last beside 1–2 digit
/// groups), one a `:` follows (an hour), or one of at most 8 digits in at most 3 short groups
/// without `+` or `(` is not a phone.
fn looks_like_date_or_time(run: &str, next: Option<u8>) -> bool {
    let groups: Vec<usize> = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect();
    let digits: usize = groups.iter().sum();
    let short = |g: &usize| (1..=2).contains(g);
    let dated = groups.len() >= 3
        && ((groups[0] == 4 && short(&groups[1]) && short(&groups[2]))
            || (short(&groups[0]) && short(&groups[1]) && groups[2] == 4));
    let plain = !run.starts_with('+') && !run.contains('(');
    plain && (dated || next == Some(b':') || (digits <= 8 && groups.len() <= 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(is_email("jane.doe@example.com"));
        assert!(is_email("(jane@mail.co.uk)"));
        assert!(!is_email("@home"));
        assert!(!is_email("a@b"));
    }

    #[test]
    fn phones_but_not_tracking_numbers_or_dates() {
        let found = |t: &str| -> Vec<String> {
            phone_ranges(t)
                .into_iter()
                .map(|(a, b)| t[a..b].to_string())
                .collect()
        };
        assert_eq!(found("call +44 20 7946 0958 now"), ["+44 20 7946 0958"]);
        assert_eq!(found("Tel (555) 123-4567."), ["(555) 123-4567"]);
        assert_eq!(found("06-1234 5678"), ["06-1234 5678"]);
        assert_eq!(found("+8613812345678"), ["+8613812345678"]);
        assert!(found("Handed to USPS 9400111899223100000048").is_empty());
        assert!(found("1Z5R89390357567127").is_empty());
        assert!(found("on 2026-12-04 at 10.30").is_empty());
        assert!(found("04.12.2026").is_empty());
        assert!(found("2026-04-29 13:12:42").is_empty());
        assert!(found("10/01/2025 03:02 PM").is_empty());
        assert!(found("2024-11-15 11:09:19.000000").is_empty());
        assert!(found("Depot 12, bay 3").is_empty());
    }
}
