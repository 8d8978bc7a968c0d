//! Carrier identities: the contract's slugs, plus any other carrier a leg is handed to.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A carrier, named by its slug in JSON (`"dhl"`, `"4px"`, …).
///
/// The fifteen carriers Waymark has adapters for are variants; a hand-off to any other carrier
/// (say a Cainiao parcel passed to bpost) keeps the name the upstream gave, lower-cased, in
/// [`Carrier::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Carrier {
    /// DHL (Shipment Tracking – Unified).
    #[serde(rename = "dhl")]
    Dhl,
    /// UPS.
    #[serde(rename = "ups")]
    Ups,
    /// FedEx.
    #[serde(rename = "fedex")]
    Fedex,
    /// United States Postal Service.
    #[serde(rename = "usps")]
    Usps,
    /// Canada Post.
    #[serde(rename = "canadapost")]
    CanadaPost,
    /// Australia Post.
    #[serde(rename = "australiapost")]
    AustraliaPost,
    /// La Poste / Colissimo.
    #[serde(rename = "laposte")]
    LaPoste,
    /// Royal Mail.
    #[serde(rename = "royalmail")]
    RoyalMail,
    /// Cainiao.
    #[serde(rename = "cainiao")]
    Cainiao,
    /// 4PX.
    #[serde(rename = "4px")]
    FourPx,
    /// Yanwen.
    #[serde(rename = "yanwen")]
    Yanwen,
    /// Landmark Global.
    #[serde(rename = "landmark")]
    Landmark,
    /// SEKO Omniparcel.
    #[serde(rename = "seko")]
    Seko,
    /// EasyPost (aggregator).
    #[serde(rename = "easypost")]
    EasyPost,
    /// 17TRACK (aggregator).
    #[serde(rename = "17track")]
    SeventeenTrack,
    /// Any other carrier, by the lower-case name its upstream gave.
    #[serde(untagged)]
    Other(String),
}

impl Carrier {
    /// The fifteen carriers with adapters, in the contract's order.
    pub const KNOWN: [Carrier; 15] = [
        Carrier::Dhl,
        Carrier::Ups,
        Carrier::Fedex,
        Carrier::Usps,
        Carrier::CanadaPost,
        Carrier::AustraliaPost,
        Carrier::LaPoste,
        Carrier::RoyalMail,
        Carrier::Cainiao,
        Carrier::FourPx,
        Carrier::Yanwen,
        Carrier::Landmark,
        Carrier::Seko,
        Carrier::EasyPost,
        Carrier::SeventeenTrack,
    ];

    /// The slug used in JSON, URLs and the CLI.
    pub fn slug(&self) -> &str {
        match self {
            Carrier::Dhl => "dhl",
            Carrier::Ups => "ups",
            Carrier::Fedex => "fedex",
            Carrier::Usps => "usps",
            Carrier::CanadaPost => "canadapost",
            Carrier::AustraliaPost => "australiapost",
            Carrier::LaPoste => "laposte",
            Carrier::RoyalMail => "royalmail",
            Carrier::Cainiao => "cainiao",
            Carrier::FourPx => "4px",
            Carrier::Yanwen => "yanwen",
            Carrier::Landmark => "landmark",
            Carrier::Seko => "seko",
            Carrier::EasyPost => "easypost",
            Carrier::SeventeenTrack => "17track",
            Carrier::Other(name) => name,
        }
    }

    /// A carrier from free text an upstream gave ("USPS", "An Post", "dhl"): a known slug when
    /// the text names one, otherwise [`Carrier::Other`] with the text trimmed and lower-cased.
    pub fn from_name(name: &str) -> Carrier {
        let lowered = name.trim().to_ascii_lowercase();
        let compact: String = lowered
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let known = match compact.as_str() {
            "dhl" | "dhlecommerce" | "dhlexpress" | "dhlparcel" => Some(Carrier::Dhl),
            "ups" | "upsmailinnovations" => Some(Carrier::Ups),
            "fedex" => Some(Carrier::Fedex),
            "usps" | "unitedstatespostalservice" => Some(Carrier::Usps),
            "canadapost" | "postescanada" => Some(Carrier::CanadaPost),
            "australiapost" | "auspost" => Some(Carrier::AustraliaPost),
            "laposte" | "colissimo" => Some(Carrier::LaPoste),
            "royalmail" => Some(Carrier::RoyalMail),
            "cainiao" => Some(Carrier::Cainiao),
            "4px" => Some(Carrier::FourPx),
            "yanwen" => Some(Carrier::Yanwen),
            "landmark" | "landmarkglobal" => Some(Carrier::Landmark),
            "seko" | "omniparcel" => Some(Carrier::Seko),
            "easypost" => Some(Carrier::EasyPost),
            "17track" => Some(Carrier::SeventeenTrack),
            _ => None,
        };
        known.unwrap_or(Carrier::Other(lowered))
    }

    /// Whether Waymark has an adapter for this carrier.
    pub fn is_known(&self) -> bool {
        !matches!(self, Carrier::Other(_))
    }
}

/// The error for a string that is not one of the fifteen slugs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown carrier slug `{0}` (expected one of: dhl, ups, fedex, usps, canadapost, australiapost, laposte, royalmail, cainiao, 4px, yanwen, landmark, seko, easypost, 17track)")]
pub struct UnknownCarrier(pub String);

impl FromStr for Carrier {
    type Err = UnknownCarrier;

    /// Parses one of the fifteen slugs exactly; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Carrier::KNOWN
            .iter()
            .find(|c| c.slug() == s)
            .cloned()
            .ok_or_else(|| UnknownCarrier(s.to_string()))
    }
}

/// Read from the slug; a name that is not one of the fifteen stays as given, lower-cased
/// (a hand-written impl: the derived one for an untagged variant buffers every value).
impl<'de> Deserialize<'de> for Carrier {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(name
            .parse()
            .unwrap_or_else(|_| Carrier::Other(name.to_ascii_lowercase())))
    }
}

impl fmt::Display for Carrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Carrier::Dhl => "DHL",
            Carrier::Ups => "UPS",
            Carrier::Fedex => "FedEx",
            Carrier::Usps => "USPS",
            Carrier::CanadaPost => "Canada Post",
            Carrier::AustraliaPost => "Australia Post",
            Carrier::LaPoste => "La Poste",
            Carrier::RoyalMail => "Royal Mail",
            Carrier::Cainiao => "Cainiao",
            Carrier::FourPx => "4PX",
            Carrier::Yanwen => "Yanwen",
            Carrier::Landmark => "Landmark Global",
            Carrier::Seko => "SEKO",
            Carrier::EasyPost => "EasyPost",
            Carrier::SeventeenTrack => "17TRACK",
            Carrier::Other(name) => name,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_through_json_and_from_str() {
        for c in Carrier::KNOWN {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.slug()));
            assert_eq!(serde_json::from_str::<Carrier>(&json).unwrap(), c);
            assert_eq!(c.slug().parse::<Carrier>().unwrap(), c);
        }
    }

    #[test]
    fn other_carriers_keep_their_name() {
        let c: Carrier = serde_json::from_str("\"bpost\"").unwrap();
        assert_eq!(c, Carrier::Other("bpost".into()));
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"bpost\"");
        assert!("bpost".parse::<Carrier>().is_err());
        assert_eq!(
            Carrier::from_name(" An Post "),
            Carrier::Other("an post".into())
        );
        assert_eq!(Carrier::from_name("USPS"), Carrier::Usps);
        assert_eq!(Carrier::from_name("Royal Mail"), Carrier::RoyalMail);
    }
}
