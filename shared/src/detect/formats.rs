//! The tracking-number formats Waymark recognises, hand-written (no regex engine in the wasm
//! crates). Each format says whether a normalized number has its shape and, if the format has
//! one, whether its check digit holds.

use super::checksum::{luhn, mod10, mod7, mod_37_36, s10, sum_product};
use super::countries::is_iso_country;
use super::CheckDigit;
use crate::Carrier;

/// One number format.
pub struct Format {
    /// Human name of the format ("UPU S10", "UPS 1Z", …).
    pub name: &'static str,
    /// Confidence when the shape matches and the check digit holds (or there is none).
    pub confidence: f32,
    /// The carrier a matching number belongs to.
    pub carrier: fn(&str) -> Carrier,
    /// `None` when the number does not have this shape; otherwise the check-digit verdict.
    pub check: fn(&str) -> Option<CheckDigit>,
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn letters(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn alnum(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn verdict(ok: bool) -> Option<CheckDigit> {
    Some(if ok {
        CheckDigit::Valid
    } else {
        CheckDigit::Invalid
    })
}

/// The last character, for check digits.
fn last(s: &str) -> char {
    s.chars().last().unwrap_or(' ')
}

fn head(s: &str) -> &str {
    &s[..s.len().saturating_sub(1)]
}

fn s10_shape(n: &str) -> bool {
    n.len() == 13 && letters(&n[..2]) && digits(&n[2..11]) && letters(&n[11..])
}

fn ups(_: &str) -> Carrier {
    Carrier::Ups
}
fn usps(_: &str) -> Carrier {
    Carrier::Usps
}
fn fedex(_: &str) -> Carrier {
    Carrier::Fedex
}
fn dhl(_: &str) -> Carrier {
    Carrier::Dhl
}

/// The national post named by an S10 number's country suffix.
fn s10_carrier(n: &str) -> Carrier {
    match &n[n.len().saturating_sub(2)..] {
        "US" => Carrier::Usps,
        "CA" => Carrier::CanadaPost,
        "AU" => Carrier::AustraliaPost,
        "FR" => Carrier::LaPoste,
        "GB" => Carrier::RoyalMail,
        "CN" => Carrier::Other("china post".into()),
        cc => Carrier::Other(format!("{} post", cc.to_ascii_lowercase())),
    }
}

/// USPS Intelligent Mail package barcodes, with or without the `420` + ZIP routing prefix.
fn usps_impb(n: &str) -> Option<CheckDigit> {
    if !digits(n) {
        return None;
    }
    let mut bodies = vec![n];
    if n.starts_with("420") {
        bodies.extend([8, 12].iter().filter_map(|cut| n.get(*cut..)));
    }
    bodies
        .into_iter()
        .find(|b| matches!(b.len(), 22 | 26) && matches!(&b[..2], "91" | "92" | "93" | "94" | "95"))
        .map(|b| {
            if mod10(head(b), last(b), 3, 1, false) {
                CheckDigit::Valid
            } else {
                CheckDigit::Invalid
            }
        })
}

const FEDEX_12: [u32; 11] = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];
const FEDEX_13: [u32; 13] = [1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];

/// Every format, strongest first.
pub static FORMATS: &[Format] = &[
    Format {
        name: "UPU S10",
        confidence: 0.9,
        carrier: s10_carrier,
        check: |n| {
            s10_shape(n).then_some(())?;
            verdict(is_iso_country(&n[11..]) && s10(&n[2..10], n.as_bytes()[10] as char))
        },
    },
    Format {
        name: "UPS 1Z",
        confidence: 0.95,
        carrier: ups,
        check: |n| {
            (n.len() == 18 && n.starts_with("1Z") && alnum(&n[2..17]) && digits(&n[17..]))
                .then_some(())?;
            verdict(mod10(&n[2..17], last(n), 1, 2, false))
        },
    },
    Format {
        name: "UPS waybill",
        confidence: 0.4,
        carrier: ups,
        check: |n| {
            (n.len() == 11 && "AHJKTV".contains(&n[..1]) && digits(&n[1..])).then_some(())?;
            verdict(mod10(&n[1..10], last(n), 1, 2, false))
        },
    },
    Format {
        name: "USPS IMpb",
        confidence: 0.8,
        carrier: usps,
        check: usps_impb,
    },
    Format {
        name: "USPS 20-digit",
        confidence: 0.5,
        carrier: usps,
        check: |n| {
            (n.len() == 20 && digits(n)).then_some(())?;
            // Legacy numbers are checked with the "91" application identifier they omit.
            verdict(
                mod10(head(n), last(n), 3, 1, false)
                    || mod10(&format!("91{}", head(n)), last(n), 3, 1, false),
            )
        },
    },
    Format {
        name: "FedEx 12-digit",
        confidence: 0.5,
        carrier: fedex,
        check: |n| {
            (n.len() == 12 && digits(n)).then_some(())?;
            verdict(sum_product(head(n), last(n), &FEDEX_12, 11, 10))
        },
    },
    Format {
        name: "FedEx Ground 15-digit",
        confidence: 0.4,
        carrier: fedex,
        check: |n| {
            (n.len() == 15 && digits(n)).then_some(())?;
            verdict(mod10(head(n), last(n), 1, 3, false))
        },
    },
    Format {
        name: "FedEx Ground SSCC-18",
        confidence: 0.4,
        carrier: fedex,
        check: |n| {
            (n.len() == 18 && digits(n)).then_some(())?;
            verdict(mod10(&n[2..17], last(n), 3, 1, false))
        },
    },
    Format {
        name: "FedEx Ground 96",
        confidence: 0.7,
        carrier: fedex,
        check: |n| {
            (n.len() == 22 && n.starts_with("96") && digits(n)).then_some(())?;
            verdict(mod10(&n[7..21], last(n), 1, 3, false))
        },
    },
    Format {
        name: "FedEx 34-digit",
        confidence: 0.6,
        carrier: fedex,
        check: |n| {
            (n.len() == 34 && digits(n)).then_some(())?;
            verdict(sum_product(&n[20..33], last(n), &FEDEX_13, 11, 10))
        },
    },
    Format {
        name: "FedEx 32-digit",
        confidence: 0.6,
        carrier: fedex,
        check: |n| {
            (n.len() == 32 && n.starts_with('3') && digits(n)).then_some(())?;
            verdict(sum_product(
                &n[16..27],
                n.as_bytes()[27] as char,
                &FEDEX_12,
                11,
                10,
            ))
        },
    },
    Format {
        name: "DHL Express",
        confidence: 0.5,
        carrier: dhl,
        check: |n| {
            (matches!(n.len(), 10 | 11) && digits(n)).then_some(())?;
            verdict(mod7(head(n), last(n)))
        },
    },
    Format {
        name: "DHL piece id",
        confidence: 0.6,
        carrier: dhl,
        check: |n| {
            let letters_end = n.bytes().take_while(u8::is_ascii_uppercase).count();
            (n.starts_with('J')
                && matches!(letters_end, 3 | 4)
                && matches!(n.len() - letters_end, 9 | 10)
                && digits(&n[letters_end..]))
            .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "DHL eCommerce",
        confidence: 0.45,
        carrier: dhl,
        check: |n| {
            let prefixes = ["GM", "LX", "RX", "UV", "CN", "SG", "TH", "IN", "HK", "MY"];
            (n.len() >= 12
                && n.len() <= 41
                && prefixes.contains(&&n[..2])
                && alnum(&n[2..])
                && n[2..].bytes().any(|b| b.is_ascii_digit()))
            .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "DHL eCommerce 14-digit",
        confidence: 0.3,
        carrier: dhl,
        check: |n| (n.len() == 14 && digits(n)).then_some(CheckDigit::NotApplicable),
    },
    Format {
        name: "Canada Post 16-digit",
        confidence: 0.5,
        carrier: |_| Carrier::CanadaPost,
        check: |n| {
            (n.len() == 16 && digits(n)).then_some(())?;
            verdict(mod10(head(n), last(n), 3, 1, false))
        },
    },
    Format {
        name: "Landmark LTN",
        confidence: 0.95,
        carrier: |_| Carrier::Landmark,
        check: |n| {
            (n.starts_with("LTN")
                && n.ends_with("N1")
                && matches!(n.len(), 13 | 14)
                && digits(&n[3..n.len() - 2]))
            .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "Cainiao LP",
        confidence: 0.8,
        carrier: |_| Carrier::Cainiao,
        check: |n| {
            (n.starts_with("LP") && (13..=18).contains(&n.len()) && digits(&n[2..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "4PX",
        confidence: 0.9,
        carrier: |_| Carrier::FourPx,
        check: |n| {
            let body = n.strip_prefix("4PX")?;
            let body = body.strip_suffix("CN").unwrap_or(body);
            ((10..=18).contains(&body.len()) && digits(body)).then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "Yanwen",
        confidence: 0.85,
        carrier: |_| Carrier::Yanwen,
        check: |n| (s10_shape(n) && n.ends_with("YW")).then_some(CheckDigit::NotApplicable),
    },
    Format {
        name: "YunExpress YT",
        confidence: 0.9,
        carrier: |_| Carrier::Other("yunexpress".into()),
        check: |n| {
            (n.len() == 18 && n.starts_with("YT") && digits(&n[2..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "SEKO DG",
        confidence: 0.6,
        carrier: |_| Carrier::Seko,
        check: |n| {
            (n.len() == 13 && n.starts_with("DG") && digits(&n[2..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "EasyPost test",
        confidence: 0.9,
        carrier: |_| Carrier::EasyPost,
        check: |n| {
            (n.len() == 12 && n.starts_with("EZ") && digits(&n[2..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "Amazon Logistics",
        confidence: 0.9,
        carrier: |_| Carrier::Other("amazon".into()),
        check: |n| {
            (n.len() == 15 && matches!(&n[..3], "TBA" | "TBC" | "TBM") && digits(&n[3..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "Amazon international",
        confidence: 0.3,
        carrier: |_| Carrier::Other("amazon".into()),
        check: |n| {
            (n.len() == 11 && "AFC".contains(&n[..1]) && digits(&n[1..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "LaserShip L",
        confidence: 0.6,
        carrier: |_| Carrier::Other("lasership".into()),
        check: |n| {
            (n.len() == 10
                && n.starts_with('L')
                && "AIEHNX".contains(&n[1..2])
                && "123".contains(&n[2..3])
                && digits(&n[3..]))
            .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "LaserShip 1LS7",
        confidence: 0.8,
        carrier: |_| Carrier::Other("lasership".into()),
        check: |n| {
            (n.len() == 15 && n.starts_with("1LS7") && "12".contains(&n[4..5]) && digits(&n[5..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "LaserShip 1LS7 suffixed",
        confidence: 0.8,
        carrier: |_| Carrier::Other("lasership".into()),
        check: |n| {
            // "1LS7119013618127-1": the "-1" suffix survives normalization as a final "1".
            (n.len() == 17
                && n.starts_with("1LS7")
                && "12".contains(&n[4..5])
                && digits(&n[5..])
                && &n[7..9] == "01"
                && "1234".contains(&n[9..10])
                && n.ends_with('1'))
            .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "LaserShip 1LSCX",
        confidence: 0.8,
        carrier: |_| Carrier::Other("lasership".into()),
        check: |n| {
            (n.len() == 15 && n.starts_with("1LSCX") && alnum(&n[5..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "OnTrac",
        confidence: 0.7,
        carrier: |_| Carrier::Other("ontrac".into()),
        check: |n| {
            (n.len() == 15 && (n.starts_with('C') || n.starts_with('D')) && digits(&n[1..]))
                .then_some(())?;
            let lead = if n.starts_with('C') { "4" } else { "5" };
            verdict(mod10(&format!("{lead}{}", &n[1..14]), last(n), 1, 2, false))
        },
    },
    Format {
        name: "Old Dominion",
        confidence: 0.3,
        carrier: |_| Carrier::Other("old dominion".into()),
        check: |n| {
            let prefixed =
                matches!(n.get(..3), Some("777" | "778" | "072" | "780")) || n.starts_with("80");
            (n.len() == 11 && digits(n) && prefixed).then_some(())?;
            verdict(luhn(head(n), last(n)))
        },
    },
    Format {
        name: "Purolator",
        confidence: 0.3,
        carrier: |_| Carrier::Other("purolator".into()),
        check: |n| {
            (n.len() == 12 && digits(n) && n.as_bytes()[0] <= b'5').then_some(())?;
            verdict(luhn(head(n), last(n)))
        },
    },
    Format {
        name: "Purolator alpha",
        confidence: 0.5,
        carrier: |_| Carrier::Other("purolator".into()),
        check: |n| {
            (n.len() == 12 && letters(&n[..3]) && digits(&n[3..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "Speedee",
        confidence: 0.9,
        carrier: |_| Carrier::Other("speedee".into()),
        check: |n| {
            (n.len() == 20 && n.starts_with("SP") && digits(&n[2..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "Yodel",
        confidence: 0.7,
        carrier: |_| Carrier::Other("yodel".into()),
        check: |n| {
            let body = n.strip_prefix("JJD").or_else(|| n.strip_prefix("JD"))?;
            (body.len() == 16 && digits(body)).then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "GOFO",
        confidence: 0.9,
        carrier: |_| Carrier::Other("gofo".into()),
        check: |n| {
            (n.len() == 18 && n.starts_with("GFUS") && digits(&n[4..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
    Format {
        name: "DPD 28",
        confidence: 0.6,
        carrier: |_| Carrier::Other("dpd".into()),
        check: |n| {
            (n.len() == 28 && digits(head(n)) && alnum(&n[27..])).then_some(())?;
            verdict(mod_37_36(head(n), last(n)))
        },
    },
    Format {
        name: "DPD 14",
        confidence: 0.4,
        carrier: |_| Carrier::Other("dpd".into()),
        check: |n| {
            (n.len() == 15 && digits(head(n)) && alnum(&n[14..])).then_some(())?;
            verdict(mod_37_36(head(n), last(n)))
        },
    },
    Format {
        name: "Canpar",
        confidence: 0.6,
        carrier: |_| Carrier::Other("canpar".into()),
        check: |n| {
            (n.len() == 22 && "CDKLSUXZ".contains(&n[..1]) && digits(&n[1..]))
                .then_some(CheckDigit::NotApplicable)
        },
    },
];
