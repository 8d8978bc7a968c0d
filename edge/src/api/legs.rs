//! `POST /v1/legs`: the carrier legs of an order fetched and normalized, without words — the
//! one call that reaches carriers. `waymark-updates` answers it (it holds the carrier code and
//! credentials); the storefront-facing `waymark` asks it through a service binding on a cache
//! miss, so the worker on the buyer's path carries no carrier code and no carrier secret.

use super::error::ApiError;
use serde::{Deserialize, Serialize};
use waymark_shared::{Carrier, Shipment};

/// Legs per request at most: an embed token's numbers (`token::MAX_NUMBERS`) and more.
pub const MAX_LEGS: usize = 20;

/// One leg asked for: a number at a carrier (a slug, e.g. `ups`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegRef {
    /// The carrier's slug.
    pub carrier: String,
    /// The tracking number.
    pub number: String,
}

/// The request body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegsRequest {
    /// The legs, 1–[`MAX_LEGS`].
    pub legs: Vec<LegRef>,
}

/// The answer: every shipment of the legs and of their hand-offs, each marked `stale` when it
/// is the last good copy of a carrier that failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LegsReply {
    /// Normalized shipments.
    pub shipments: Vec<Shipment>,
}

impl LegsRequest {
    /// The request for these legs.
    pub fn of(wanted: &[(Carrier, String)]) -> Self {
        LegsRequest {
            legs: wanted
                .iter()
                .map(|(c, n)| LegRef {
                    carrier: c.slug().to_string(),
                    number: n.clone(),
                })
                .collect(),
        }
    }

    /// The legs as carriers and trimmed numbers; a 400 for an empty or oversized list, an
    /// unknown carrier or a number outside 1–64 characters.
    pub fn wanted(&self) -> Result<Vec<(Carrier, String)>, ApiError> {
        if self.legs.is_empty() || self.legs.len() > MAX_LEGS {
            return Err(ApiError::BadRequest(format!(
                "1–{MAX_LEGS} legs per request"
            )));
        }
        self.legs
            .iter()
            .map(|l| {
                let carrier = l
                    .carrier
                    .parse::<Carrier>()
                    .map_err(|e| ApiError::BadRequest(e.to_string()))?;
                let number = super::validate::number(&l.number)?;
                Ok((carrier, number.to_string()))
            })
            .collect()
    }
}

/// The hand-off legs named inside `found` (a later carrier's number in a shipment's `legs`)
/// that are neither among `wanted` nor without an adapter here, each once: the second round
/// of an order's fetch.
pub fn handoffs(wanted: &[(Carrier, String)], found: &[Shipment]) -> Vec<(Carrier, String)> {
    let mut out: Vec<(Carrier, String)> = Vec::new();
    for l in found.iter().flat_map(|s| s.legs.iter().skip(1)) {
        let fetched = wanted
            .iter()
            .any(|(c, n)| *c == l.carrier && n.eq_ignore_ascii_case(&l.tracking_number));
        let queued = out
            .iter()
            .any(|(c, n)| *c == l.carrier && *n == l.tracking_number);
        if !fetched && !queued && crate::carriers::has_adapter(&l.carrier) {
            out.push((l.carrier.clone(), l.tracking_number.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_validates() {
        let wanted = vec![
            (Carrier::Ups, "1Z5R89390357567127".to_string()),
            (Carrier::Cainiao, "LP00412345678CN".to_string()),
        ];
        let req = LegsRequest::of(&wanted);
        let json = serde_json::to_string(&req).unwrap();
        let back: LegsRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(back.wanted().unwrap(), wanted);

        let bad = |legs: Vec<LegRef>| LegsRequest { legs }.wanted().unwrap_err().status();
        assert_eq!(bad(vec![]), 400);
        let leg = |c: &str, n: &str| LegRef {
            carrier: c.into(),
            number: n.into(),
        };
        assert_eq!(bad(vec![leg("ups", "  ")]), 400);
        assert_eq!(bad(vec![leg("ups", &"9".repeat(65))]), 400);
        assert_eq!(bad(vec![leg("ups", "1"); MAX_LEGS + 1]), 400);
        assert_eq!(
            LegsRequest {
                legs: vec![leg("ups", " 1Z ")]
            }
            .wanted()
            .unwrap(),
            vec![(Carrier::Ups, "1Z".to_string())]
        );
    }
}
