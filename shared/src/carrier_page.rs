//! Each carrier's public tracking page for a number, so the buyer can check at the source.

use crate::percent::encode;
use crate::Carrier;

/// The carrier's own tracking page for `number`, when it has a public one. Aggregators
/// (EasyPost) and unknown carriers have none.
pub fn url(carrier: &Carrier, number: &str) -> Option<String> {
    let n = encode(number.trim());
    if n.is_empty() {
        return None;
    }
    Some(match carrier {
        Carrier::Dhl => format!("https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={n}"),
        Carrier::Ups => format!("https://www.ups.com/track?tracknum={n}"),
        Carrier::Fedex => format!("https://www.fedex.com/fedextrack/?trknbr={n}"),
        Carrier::Usps => format!("https://tools.usps.com/go/TrackConfirmAction?tLabels={n}"),
        Carrier::CanadaPost => format!("https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}"),
        Carrier::AustraliaPost => format!("https://auspost.com.au/mypost/track/details/{n}"),
        Carrier::LaPoste => format!("https://www.laposte.fr/outils/suivre-vos-envois?code={n}"),
        Carrier::RoyalMail => format!("https://www.royalmail.com/track-your-item#/tracking-results/{n}"),
        Carrier::Cainiao => format!("https://global.cainiao.com/newDetail.htm?mailNoList={n}"),
        Carrier::FourPx => format!("https://track.4px.com/#/result/0/{n}"),
        Carrier::Yanwen => format!("https://track.yw56.com.cn/en/querydel?nums={n}"),
        Carrier::Landmark => format!("https://track.landmarkglobal.com/?search={n}"),
        Carrier::SeventeenTrack => format!("https://t.17track.net/en#nums={n}"),
        Carrier::Seko | Carrier::EasyPost | Carrier::Other(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_carry_the_number_encoded() {
        assert_eq!(
            url(&Carrier::Ups, "1Z5R89390357567127").unwrap(),
            "https://www.ups.com/track?tracknum=1Z5R89390357567127"
        );
        assert!(url(&Carrier::Usps, "94 00")
            .unwrap()
            .ends_with("tLabels=94%2000"));
        assert!(url(&Carrier::EasyPost, "EZ1").is_none());
        assert!(url(&Carrier::Ups, " ").is_none());
    }
}
