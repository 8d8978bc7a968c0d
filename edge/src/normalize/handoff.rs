//! Hand-off numbers: another carrier's tracking number for the same parcel, as carriers write
//! it (sometimes with label text inside the value).

use super::country;
use waymark_shared::{Carrier, Leg};

/// The national post (last-mile carrier) of a destination country, when Waymark knows it.
pub fn national_post(country: &str) -> Option<Carrier> {
    Some(match country {
        "US" => Carrier::Usps,
        "CA" => Carrier::CanadaPost,
        "AU" => Carrier::AustraliaPost,
        "FR" => Carrier::LaPoste,
        "GB" => Carrier::RoyalMail,
        "BE" => Carrier::Other("bpost".into()),
        "NL" => Carrier::Other("postnl".into()),
        "DE" => Carrier::Other("deutsche post".into()),
        "IE" => Carrier::Other("an post".into()),
        "ES" => Carrier::Other("correos".into()),
        "IT" => Carrier::Other("poste italiane".into()),
        _ => return None,
    })
}

/// The number in a hand-off value that may also hold label text and control characters
/// (`"Tracking No.:\tLX123456789DE"`, `"LX123456789DE\t(DHL)"`): the longest token of letters
/// and digits with at least six digits. `None` when the value holds no such number.
pub fn number(raw: &str) -> Option<String> {
    tokens(raw)
        .into_iter()
        .filter(|t| is_number(t))
        .max_by_key(|t| t.len())
        .map(str::to_string)
}

fn tokens(raw: &str) -> Vec<&str> {
    raw.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect()
}

fn is_number(t: &str) -> bool {
    t.len() >= 8 && t.chars().filter(char::is_ascii_digit).count() >= 6
}

/// Reads a hand-off value such as `"9400111899223100000000"`, `"bpost: CD123456789BE"` or
/// `"Last mile number: LX123456789US (USPS)"`: the number is the longest token with at least
/// six digits; the carrier is the label's carrier name when one is recognised, else the
/// national post of the number's S10 country or of `destination`, else `fallback`.
pub fn parse(raw: &str, destination: Option<&str>, fallback: Option<Carrier>) -> Option<Leg> {
    // Label text, punctuation and control characters (a TAB inside the value) all separate
    // tokens: only letters and digits can be part of a number.
    let tokens = tokens(raw);
    let number = tokens
        .iter()
        .filter(|t| is_number(t))
        .max_by_key(|t| t.len())?;
    let named = tokens
        .iter()
        .filter(|t| *t != number)
        .map(|t| Carrier::from_name(t))
        .find(Carrier::is_known);
    let carrier = named
        .or_else(|| country::from_s10(number).and_then(|c| national_post(&c)))
        .or_else(|| destination.and_then(national_post))
        .or(fallback)?;
    Some(Leg::new(carrier, number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_with_labels() {
        let leg = parse("9400111899223100000000", Some("US"), None).unwrap();
        assert_eq!(
            (leg.carrier, leg.tracking_number.as_str()),
            (Carrier::Usps, "9400111899223100000000")
        );
        let leg = parse("bpost: CD123456789BE", None, None).unwrap();
        assert_eq!(leg.carrier, Carrier::Other("bpost".into()));
        assert_eq!(leg.tracking_number, "CD123456789BE");
        let leg = parse("Last mile: LX123456789US (USPS)", None, None).unwrap();
        assert_eq!(leg.carrier, Carrier::Usps);
        assert!(parse("n/a", Some("US"), None).is_none());
        let leg = parse("Tracking No.:\tLX123456789DE", Some("FR"), None).unwrap();
        assert_eq!(leg.tracking_number, "LX123456789DE");
        assert_eq!(leg.carrier, Carrier::Other("deutsche post".into()));
        let leg = parse("LX123456789DE\t(DHL)", None, None).unwrap();
        assert_eq!(
            (leg.carrier, leg.tracking_number.as_str()),
            (Carrier::Dhl, "LX123456789DE")
        );
        assert_eq!(
            number("\u{0}Tracking No.:\t1Z999AA10123456784\r\n").as_deref(),
            Some("1Z999AA10123456784")
        );
        assert_eq!(number("To Be Routed"), None);
        assert!(
            parse("12345678901", None, None).is_none(),
            "no carrier can be told"
        );
    }
}
