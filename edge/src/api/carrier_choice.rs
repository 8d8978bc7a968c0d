//! Which upstream answers for a number: the merchant's hint, else detection from the number,
//! else — for carriers Waymark has no adapter for — the configured aggregator (17TRACK or
//! EasyPost).

use super::error::ApiError;
use crate::carriers::has_adapter;
use waymark_shared::detect::{detect, CheckDigit};
use waymark_shared::Carrier;

/// The aggregator named by the `AGGREGATOR` var, if it is one.
pub fn aggregator(name: Option<&str>) -> Option<Carrier> {
    match name?.trim() {
        "17track" => Some(Carrier::SeventeenTrack),
        "easypost" => Some(Carrier::EasyPost),
        _ => None,
    }
}

/// The carrier to ask about `number`.
pub fn carrier_for(
    number: &str,
    hint: Option<&str>,
    aggregator: Option<&Carrier>,
) -> Result<Carrier, ApiError> {
    if let Some(h) = hint
        .map(str::trim)
        .filter(|h| !h.is_empty() && *h != "auto")
    {
        return match h.parse::<Carrier>() {
            Ok(c) => Ok(c),
            Err(e) => aggregator
                .cloned()
                .ok_or_else(|| ApiError::BadRequest(e.to_string())),
        };
    }
    let candidates: Vec<Carrier> = detect(number)
        .into_iter()
        .filter(|c| c.check_digit != CheckDigit::Invalid && c.confidence >= 0.5)
        .map(|c| c.carrier)
        .collect();
    if let Some(c) = candidates.iter().find(|c| has_adapter(c)) {
        return Ok(c.clone());
    }
    aggregator
        .cloned()
        .ok_or_else(|| ApiError::CarrierRequired(number.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_detection_aggregator() {
        assert_eq!(carrier_for("X", Some("ups"), None).unwrap(), Carrier::Ups);
        assert_eq!(
            carrier_for("1Z5R89390357567127", None, None).unwrap(),
            Carrier::Ups
        );
        assert_eq!(
            carrier_for("1Z5R89390357567127", Some("auto"), None).unwrap(),
            Carrier::Ups
        );
        // YunExpress has no adapter: without an aggregator the merchant must say.
        assert!(matches!(
            carrier_for("YT2229521272164446", None, None),
            Err(ApiError::CarrierRequired(_))
        ));
        let agg = aggregator(Some("17track"));
        assert_eq!(
            carrier_for("YT2229521272164446", None, agg.as_ref()).unwrap(),
            Carrier::SeventeenTrack
        );
        assert_eq!(
            carrier_for("123", Some("postnl"), agg.as_ref()).unwrap(),
            Carrier::SeventeenTrack
        );
        assert!(matches!(
            carrier_for("123", Some("postnl"), None),
            Err(ApiError::BadRequest(_))
        ));
        assert_eq!(aggregator(Some("easypost")), Some(Carrier::EasyPost));
        assert_eq!(aggregator(Some("nope")), None);
    }
}
