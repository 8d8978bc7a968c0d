//! The buyer's words on the edge's answers: which language and zone a request asks for, the
//! response shapes that put each parcel's [`ShipmentAnswer`] beside its fields and the order's
//! [`OrderWords`] beside the order, the merchant's brand-voice overrides, and the support link.
//!
//! Answers are composed at serve time from the cached timeline, so one cached timeline serves
//! every language and zone.

use super::error::ApiError;
use chrono::{DateTime, Utc};
use waymark_shared::order::OrderTimeline;
use waymark_shared::words::{Catalog, Composer, Lang, OrderWords, ShipmentAnswer};
use waymark_shared::{serde_time, Shipment};

/// The longest `lang` accepted (BCP 47 tags in practice are far shorter).
pub const MAX_LANG_LEN: usize = 35;
/// The longest `tz` accepted (the longest IANA name is 32 characters).
pub const MAX_TZ_LEN: usize = 64;
/// How long a support link stays valid.
pub const SUPPORT_LINK_DAYS: i64 = 30;
/// The zone when a request names none.
pub const DEFAULT_TZ: &str = "UTC";

/// Whether `tag` has the shape of a BCP 47 tag: `[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*` (`_`
/// accepted for `-`), at most [`MAX_LANG_LEN`] characters.
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let first = parts.next().unwrap_or("");
    tag.len() <= MAX_LANG_LEN
        && (1..=8).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The language of a request: its `lang` parameter when given (a language Waymark does not
/// speak is English), else negotiated from `Accept-Language`. A `lang` that is not a BCP 47
/// tag is a 400.
pub fn request_lang(param: Option<&str>, accept_language: Option<&str>) -> Result<Lang, ApiError> {
    match param {
        Some(tag) if is_lang_tag(tag) => Ok(Lang::from_tag(tag).unwrap_or(Lang::En)),
        Some(_) => Err(ApiError::BadRequest(format!(
            "lang must be a BCP 47 language tag (at most {MAX_LANG_LEN} characters)"
        ))),
        None => Ok(Lang::negotiate(accept_language.unwrap_or(""))),
    }
}

/// The zone of a request: its `tz` parameter (default `UTC`) when it has the shape of an IANA
/// name. Whether the runtime knows the zone is checked when its formatter is built; both
/// failures are `invalid_tz`.
pub fn request_tz(param: Option<&str>) -> Result<String, ApiError> {
    let tz = param.unwrap_or(DEFAULT_TZ);
    let shaped = (1..=MAX_TZ_LEN).contains(&tz.len())
        && tz
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'));
    if shaped {
        Ok(tz.to_string())
    } else {
        Err(invalid_tz(tz))
    }
}

/// The 400 for a zone the runtime does not know.
pub fn invalid_tz(tz: &str) -> ApiError {
    let shown: String = tz.chars().take(MAX_TZ_LEN).collect();
    ApiError::InvalidTz(format!(
        "tz {shown:?} is not an IANA time zone (e.g. Europe/Paris)"
    ))
}

/// A parcel as served: every field of the timeline's shipment, plus the buyer's answer.
#[derive(Debug)]
pub struct AnsweredShipment<'a> {
    /// The shipment's own fields.
    pub shipment: &'a Shipment,
    /// The words about it.
    pub answer: ShipmentAnswer,
}

/// An order as served: the timeline's fields, each parcel answered, and the order's words.
#[derive(Debug)]
pub struct AnsweredOrder<'a> {
    /// The merchant's order id (absent on tracking answers, which have none).
    pub order_id: &'a str,
    /// One entry per parcel.
    pub shipments: Vec<AnsweredShipment<'a>>,
    /// When carriers last answered.
    pub updated_at: DateTime<Utc>,
    /// True when any parcel is served from the last good copy.
    pub stale: bool,
    /// The words of the order.
    pub words: OrderWords,
}

impl AnsweredOrder<'_> {
    /// The JSON body: the timeline's own JSON with `answer` added to each shipment object and
    /// `words` to the order. Written by splicing the serialized parts rather than through
    /// `#[serde(flatten)]`, which would compile a second copy of the whole shipment
    /// serializer into the worker (flattening serializes through another serializer type).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut out = String::with_capacity(4096);
        out.push('{');
        if !self.order_id.is_empty() {
            out.push_str("\"order_id\":");
            out.push_str(&serde_json::to_string(self.order_id)?);
            out.push(',');
        }
        out.push_str("\"shipments\":[");
        for (i, s) in self.shipments.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let shipment = serde_json::to_string(s.shipment)?;
            // A struct serializes as an object: everything up to its closing brace, then ours.
            out.push_str(shipment.strip_suffix('}').unwrap_or(&shipment));
            out.push_str(",\"answer\":");
            out.push_str(&serde_json::to_string(&s.answer)?);
            out.push('}');
        }
        out.push_str("],\"updated_at\":\"");
        out.push_str(&serde_time::format_utc(&self.updated_at));
        out.push_str("\",\"stale\":");
        out.push_str(if self.stale { "true" } else { "false" });
        out.push_str(",\"words\":");
        out.push_str(&serde_json::to_string(&self.words)?);
        out.push('}');
        Ok(out)
    }
}

/// Answers an order: `reference` names it in the words (the order id, or the tracking number
/// on tracking answers), `tz` is the zone the formatter is in.
pub fn answer_order<'a>(
    timeline: &'a OrderTimeline,
    composer: &Composer,
    reference: &str,
    tz: &str,
    support_url: Option<String>,
) -> AnsweredOrder<'a> {
    let answers = composer.order(timeline);
    AnsweredOrder {
        order_id: &timeline.order_id,
        shipments: timeline
            .shipments
            .iter()
            .zip(answers)
            .map(|(shipment, answer)| AnsweredShipment { shipment, answer })
            .collect(),
        updated_at: timeline.updated_at,
        stale: timeline.stale,
        words: composer.order_words(reference, tz, support_url),
    }
}

/// The merchant's own words (`WORDS_OVERRIDES`): language tag → message id → text, read as
/// a JSON value (whose reader the worker has anyway) rather than a typed map of its own.
pub type Overrides = serde_json::Value;

/// Reads `WORDS_OVERRIDES` (`{"fr":{"headline-delivered":"…{ $date }…"}}`).
pub fn parse_overrides(json: &str) -> Result<Overrides, String> {
    const SHAPE: &str = "WORDS_OVERRIDES is not {lang: {message id: text}}";
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("{SHAPE}: {e}"))?;
    let well_formed = v.as_object().is_some_and(|langs| {
        langs.values().all(|m| {
            m.as_object()
                .is_some_and(|m| m.values().all(|t| t.is_string()))
        })
    });
    if well_formed {
        Ok(v)
    } else {
        Err(SHAPE.into())
    }
}

/// Applies the overrides for `catalog`'s language; returns why each refused one was refused
/// (it is left out, the catalog's own words stay).
pub fn apply_overrides(catalog: &mut Catalog, overrides: &Overrides) -> Vec<String> {
    let lang = catalog.lang();
    let mut refused = Vec::new();
    let Some(langs) = overrides.as_object() else {
        return refused;
    };
    for (tag, messages) in langs {
        if Lang::from_tag(tag) != Some(lang) {
            continue;
        }
        for (id, text) in messages.as_object().into_iter().flatten() {
            if let Err(e) = catalog.override_message(id, text.as_str().unwrap_or_default()) {
                refused.push(format!("WORDS_OVERRIDES {tag}: {e}"));
            }
        }
    }
    refused
}

/// `scheme://host[:port]` of a full request URL (without parsing it as a URL).
pub fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    (!scheme.is_empty() && host_len > 0).then(|| &url[..scheme.len() + 3 + host_len])
}

/// The support link for a signed support token, on the worker at `origin`.
pub fn support_url(origin: &str, signed: &str) -> String {
    format!("{}/v1/support/{signed}", origin.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use waymark_shared::words::{Form, PlainFormatter};
    use waymark_shared::{Carrier, Event, Phase, Status};

    #[test]
    fn language_and_zone_of_a_request() {
        assert_eq!(request_lang(Some("fr"), Some("de")), Ok(Lang::Fr));
        assert_eq!(request_lang(Some("pt_BR"), None), Ok(Lang::PtBr));
        assert_eq!(
            request_lang(Some("sw"), None),
            Ok(Lang::En),
            "unknown is English"
        );
        assert_eq!(
            request_lang(None, Some("de-CH,de;q=0.9,fr;q=0.5")),
            Ok(Lang::De)
        );
        assert!(
            request_lang(Some(""), Some("fr")).is_err(),
            "an empty lang is not absent"
        );
        assert!(
            request_lang(Some(" fr "), None).is_err(),
            "spaces are not part of a tag"
        );
        assert_eq!(request_lang(None, None), Ok(Lang::En));
        for bad in ["fr;q=1", "123", "fr-", "a-verylongsubtag", "<script>"] {
            assert!(request_lang(Some(bad), None).is_err(), "{bad}");
        }
        assert_eq!(request_tz(None).as_deref(), Ok("UTC"));
        assert_eq!(
            request_tz(Some("Europe/Paris")).as_deref(),
            Ok("Europe/Paris")
        );
        assert_eq!(request_tz(Some("Etc/GMT+8")).as_deref(), Ok("Etc/GMT+8"));
        let e = request_tz(Some("Mars/Olympus Mons")).unwrap_err();
        assert_eq!((e.status(), e.code()), (400, "invalid_tz"));
        assert!(request_tz(Some(&"A".repeat(65))).is_err());
    }

    #[test]
    fn origin_and_support_link() {
        assert_eq!(
            origin_of("http://127.0.0.1:8787/v1/timeline?token=x"),
            Some("http://127.0.0.1:8787")
        );
        assert_eq!(
            origin_of("https://w.example.workers.dev?x"),
            Some("https://w.example.workers.dev")
        );
        assert_eq!(origin_of("/v1/timeline"), None);
        assert_eq!(
            support_url("https://w.example.com/", "a.b"),
            "https://w.example.com/v1/support/a.b"
        );
    }

    fn timeline() -> OrderTimeline {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        let e = Event::new(at, Status::InTransit, Carrier::Cainiao, "Departed")
            .with_phase(Some(Phase::Linehaul));
        let s = Shipment::from_events(Carrier::Cainiao, "LP1", vec![e], at);
        crate::api::order::assemble("1042", vec![s], at)
    }

    #[test]
    fn answered_order_keeps_every_field_and_adds_the_words() {
        let t = timeline();
        let catalog = Catalog::builtin(Lang::En);
        let fmt = PlainFormatter::utc(Lang::En);
        let composer = Composer::new(&catalog, &fmt);
        let json = answer_order(&t, &composer, "1042", "UTC", Some("https://x/s".into()))
            .to_json()
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let plain = serde_json::to_value(&t).unwrap();
        assert_eq!(
            v.as_object().unwrap().len(),
            plain.as_object().unwrap().len() + 1
        );
        for (k, val) in plain.as_object().unwrap() {
            if k != "shipments" {
                assert_eq!(&v[k], val, "{k}");
            }
        }
        for (k, val) in plain["shipments"][0].as_object().unwrap() {
            assert_eq!(&v["shipments"][0][k], val, "shipment.{k}");
        }
        let answer = composer.shipment(&t.shipments[0], None);
        assert_eq!(
            v["shipments"][0]["answer"],
            serde_json::to_value(&answer).unwrap()
        );
        assert!(
            v["shipments"][0]["answer"]["sentence"]
                .as_str()
                .unwrap()
                .len()
                > 10
        );
        assert_eq!(v["words"]["lang"], "en");
        assert_eq!(v["words"]["tz"], "UTC");
        assert_eq!(v["words"]["support_url"], "https://x/s");
        let _ = Form::Full;
    }

    #[test]
    fn overrides_apply_to_their_language_only_and_bad_ones_are_refused() {
        let o = parse_overrides(
            r#"{"en":{"headline-delivered":"Here since { $date }!","no-such-id":"x","ui-history":"{ $nope }"},"fr":{"ui-history":"Historique"}}"#,
        )
        .unwrap();
        let mut catalog = Catalog::builtin(Lang::En);
        let refused = apply_overrides(&mut catalog, &o);
        assert_eq!(refused.len(), 2, "{refused:?}");
        let fmt = PlainFormatter::utc(Lang::En);
        let text = catalog
            .render(
                waymark_shared::words::MsgId::HeadlineDelivered,
                Form::Full,
                &waymark_shared::words::Args::new().text("date", "2026-03-01"),
                &fmt,
            )
            .unwrap();
        assert_eq!(text, "Here since 2026-03-01!");
        assert!(parse_overrides("[1]").is_err());
        assert!(parse_overrides(r#"{"fr":{"ui-history":1}}"#).is_err());
    }
}
