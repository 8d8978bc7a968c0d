//! Carrier detection from a tracking number: ranked candidates with a confidence.
//!
//! Formats and check digits are public facts (UPU S10 mod 11, UPS 1Z mod 10, USPS mod 10,
//! FedEx, DHL mod 7, …). A failed check digit lowers a candidate's confidence; it never drops
//! it — a mistyped digit is still most likely that carrier's number.

mod checksum;
mod countries;
mod formats;

use crate::Carrier;
use serde::Serialize;

/// What the check digit says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckDigit {
    /// The check digit holds.
    Valid,
    /// The check digit (or a checked field such as an S10 country) fails.
    Invalid,
    /// The format has no check digit.
    NotApplicable,
}

/// A carrier a number may belong to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// The carrier.
    pub carrier: Carrier,
    /// 0 to 1: how sure the match is.
    pub confidence: f32,
    /// The check-digit verdict.
    pub check_digit: CheckDigit,
    /// The format that matched.
    pub format: &'static str,
}

/// A failed check digit multiplies the confidence by this.
pub const FAILED_CHECK_FACTOR: f32 = 0.3;

/// The number as formats see it: spaces, dashes and dots removed, upper case.
pub fn normalize_number(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '_'))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Ranked candidates for a tracking number (best first; empty when no format matches).
pub fn detect(raw: &str) -> Vec<Candidate> {
    let n = normalize_number(raw);
    if n.is_empty() || n.len() > 64 || !n.is_ascii() {
        return Vec::new();
    }
    let mut out: Vec<Candidate> = formats::FORMATS
        .iter()
        .filter_map(|f| {
            let check = (f.check)(&n)?;
            let confidence = match check {
                CheckDigit::Invalid => f.confidence * FAILED_CHECK_FACTOR,
                _ => f.confidence,
            };
            Some(Candidate {
                carrier: (f.carrier)(&n),
                confidence,
                check_digit: check,
                format: f.name,
            })
        })
        .collect();
    out.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    out
}

/// The best candidate with a check digit that holds (or none to check) and a confidence of at
/// least `min`: what the edge uses when a merchant leaves the carrier out.
pub fn best(raw: &str, min: f32) -> Option<Candidate> {
    detect(raw)
        .into_iter()
        .find(|c| c.check_digit != CheckDigit::Invalid && c.confidence >= min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_numbers() {
        let c = detect("1Z5R89390357567127");
        assert_eq!(
            (c[0].carrier.clone(), c[0].check_digit),
            (Carrier::Ups, CheckDigit::Valid)
        );
        let c = detect("rb 123 456 785 gb");
        assert_eq!(c[0].carrier, Carrier::RoyalMail);
        assert_eq!(c[0].format, "UPU S10");
        let bad = detect("RB123456786GB");
        assert_eq!(
            bad[0].check_digit,
            CheckDigit::Invalid,
            "kept, with lower confidence"
        );
        assert!(bad[0].confidence < 0.5);
        assert!(detect("hello").is_empty());
        assert!(detect("").is_empty());
        assert_eq!(
            best("LTN74207623N1", 0.5).unwrap().carrier,
            Carrier::Landmark
        );
        assert!(best("RB123456786GB", 0.5).is_none());
    }

    fn top(n: &str) -> (Carrier, &'static str, CheckDigit) {
        let c = detect(n);
        (c[0].carrier.clone(), c[0].format, c[0].check_digit)
    }

    #[test]
    fn families_beyond_the_data_set() {
        // FedEx Ground Economy shows the IMpb without its "92": FedEx first, USPS's check fails.
        let c = detect("6129 9998 6203 4151 5252");
        assert_eq!(
            (c[0].carrier.clone(), c[0].check_digit),
            (Carrier::Fedex, CheckDigit::Valid)
        );
        assert!(c
            .iter()
            .any(|x| x.carrier == Carrier::Usps && x.check_digit == CheckDigit::Invalid));
        // A USPS legacy 20-digit number stays USPS.
        assert_eq!(top("7196 9010 7560 0307 7385").0, Carrier::Usps);
        // DHL Paket: 00 + SSCC under a German GS1 prefix; USPS stays a lower candidate.
        let c = detect("00340434292135100124");
        assert_eq!(
            (c[0].carrier.clone(), c[0].check_digit),
            (Carrier::Dhl, CheckDigit::Valid)
        );
        assert!(c.iter().any(|x| x.carrier == Carrier::Usps));
        assert!(detect("00340434292135100125")
            .iter()
            .any(|x| x.format == "DHL Paket 20 (SSCC)" && x.check_digit == CheckDigit::Invalid));
        // DHL Paket 12-digit Identcode (4-9 weights) when FedEx's check fails.
        assert_eq!(
            top("201298452283"),
            (Carrier::Dhl, "DHL Paket 12 (Identcode)", CheckDigit::Valid)
        );
        // Colissimo 2 + 11 with its control key.
        assert_eq!(
            top("6A15602676300"),
            (Carrier::LaPoste, "Colissimo", CheckDigit::Valid)
        );
        assert_eq!(top("6A15602676301").2, CheckDigit::Invalid);
        // Australia Post eParcel article id, Cainiao, DHL licence plates, FedEx door tags.
        assert_eq!(top("7XX1000634011427").0, Carrier::AustraliaPost);
        assert_eq!(top("LP00123456789012").0, Carrier::Cainiao);
        assert_eq!(top("CNUSUP00016597663").0, Carrier::Cainiao);
        assert_eq!(top("JJD1410302937991").0, Carrier::Dhl);
        assert_eq!(top("DT771613423732").0, Carrier::Fedex);
        // An S10 number is the issuing post's even with a DHL eCommerce prefix.
        assert_eq!(top("LX123456785US").0, Carrier::Usps);
    }
}
