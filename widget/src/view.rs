//! What the widget reads of `GET /v1/timeline?lang=&tz=`: the order's words, each parcel's
//! composed answer (`waymark_shared::words`), and the facts the contact link carries (order id,
//! tracking numbers). Every other field of the timeline is ignored, and nothing here is
//! reworded: the components show these strings as they are.

use serde::Deserialize;

/// An order as the widget shows it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct OrderView {
    /// The merchant's order id (for the contact link).
    pub order_id: String,
    /// The words that are not about one parcel.
    pub words: Words,
    /// The parcels, in order.
    pub shipments: Vec<ParcelView>,
}

/// The order's words (`OrderWords`), in the buyer's language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Words {
    /// The language served (BCP 47).
    pub lang: String,
    /// Its direction: `ltr` or `rtl` (a string, not `Dir`: an enum's deserializer costs more
    /// bundle than the comparison).
    pub dir: String,
    /// "Tracking history".
    pub history: String,
    /// "Show fewer updates".
    pub show_less: String,
    /// "Contact the store".
    pub contact: String,
    /// The contact message's subject.
    pub contact_subject: String,
    /// "Estimated delivery".
    pub eta_label: String,
    /// "No updates from the carrier yet."
    pub no_events: String,
    /// The order's read-only view for the store's support agent.
    #[serde(default)]
    pub support_url: Option<String>,
}

/// One parcel: its numbers and its answer.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ParcelView {
    /// The parcel's tracking number.
    pub tracking_number: String,
    /// Its legs (hand-off numbers), for the contact link.
    #[serde(default)]
    pub legs: Vec<Leg>,
    /// The words about it.
    pub answer: Answer,
}

impl Words {
    /// Whether the words run right to left.
    pub fn rtl(&self) -> bool {
        self.dir == "rtl"
    }
}

impl ParcelView {
    /// Every tracking number of the parcel, the first leg's first, each once.
    pub fn numbers(&self) -> Vec<String> {
        let mut out = vec![self.tracking_number.clone()];
        for l in &self.legs {
            if !out
                .iter()
                .any(|n| n.eq_ignore_ascii_case(&l.tracking_number))
            {
                out.push(l.tracking_number.clone());
            }
        }
        out
    }
}

/// A leg's number.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Leg {
    /// The number on that leg.
    pub tracking_number: String,
}

/// A parcel's answer (`ShipmentAnswer`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Answer {
    /// The status in words.
    pub status_label: String,
    /// The one whole sentence.
    pub sentence: String,
    /// The delivery window, while not delivered.
    #[serde(default)]
    pub eta_text: Option<String>,
    /// What the window rests on.
    #[serde(default)]
    pub eta_basis: Option<String>,
    /// "Delivered on …", once delivered.
    #[serde(default)]
    pub delivered_text: Option<String>,
    /// The progress bar.
    pub progress: Progress,
    /// What needs attention.
    #[serde(default)]
    pub exceptions: Vec<Exception>,
    /// Every scan, oldest first.
    #[serde(default)]
    pub events: Vec<EventView>,
    /// "Show all 12 updates".
    pub show_all: String,
    /// Shown when the edge served its last good copy.
    #[serde(default)]
    pub stale_text: Option<String>,
    /// "Parcel 1 of 2".
    #[serde(default)]
    pub parcel_label: Option<String>,
    /// The carrier's own tracking page.
    #[serde(default)]
    pub carrier_page: Option<Link>,
    /// "Not received?", once delivered.
    #[serde(default)]
    pub not_received: Option<NotReceived>,
}

/// The progress bar.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Progress {
    /// The steps, in path order.
    pub steps: Vec<Step>,
    /// Percent complete, for `aria-valuenow`.
    pub percent: u8,
    /// For `aria-valuetext`.
    pub valuetext: String,
    /// "Now: Import customs", shown where the step names do not fit.
    #[serde(default)]
    pub now_label: Option<String>,
}

/// One step of the bar.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Step {
    /// Its name.
    pub label: String,
    /// `done`, `now` or `todo`.
    pub state: String,
}

/// One exception in words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Exception {
    /// A short title.
    pub title: String,
    /// What happened.
    pub explanation: String,
    /// What the buyer can do.
    pub action: String,
    /// The deadline, formatted.
    #[serde(default)]
    pub deadline: Option<String>,
    /// The pickup point's opening hours.
    #[serde(default)]
    pub hours: Option<String>,
}

/// One scan in words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EventView {
    /// Our label.
    pub label: String,
    /// The carrier's words (text, never markup).
    pub carrier_text: String,
    /// When, in the buyer's zone.
    pub when: String,
    /// The instant (RFC 3339), for `<time datetime>`.
    pub at: String,
    /// The scan's own local time, when known.
    #[serde(default)]
    pub local_time: Option<String>,
    /// Where.
    #[serde(default)]
    pub place: Option<String>,
}

/// A link with its words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Link {
    /// The words.
    pub label: String,
    /// Where it goes.
    pub url: String,
}

/// "Not received?" after a delivery scan.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NotReceived {
    /// "Not received?"
    pub question: String,
    /// What to do.
    pub help: String,
}

/// Parses a timeline body (the native path, for tests; the browser lets `JSON.parse` do it).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(body: &str) -> Result<OrderView, serde_json::Error> {
    serde_json::from_str(body)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A timeline as the edge serves it: the normalized fields (ignored here) plus the words.
    pub const BODY: &str = r#"{
      "order_id": "1042-A", "updated_at": "2026-03-01T00:00:00Z", "stale": false,
      "words": {"lang": "en", "dir": "ltr", "tz": "America/New_York", "history": "Tracking history",
        "show_less": "Show fewer updates", "contact": "Contact the store",
        "contact_subject": "Order 1042-A: question about my parcel", "eta_label": "Estimated delivery",
        "no_events": "No updates from the carrier yet."},
      "shipments": [{
        "carrier": "cainiao", "tracking_number": "LP1", "status": "delivered", "phase": "last_mile",
        "legs": [{"carrier": "cainiao", "tracking_number": "LP1"}, {"carrier": "usps", "tracking_number": "9400"}],
        "events": [{"at": "2026-03-01T00:00:00Z", "status": "delivered", "description": "x"}],
        "eta": null, "exceptions": [], "stale": false,
        "answer": {"status": "delivered", "status_label": "Delivered", "headline": "Your parcel was delivered on 3 Mar",
          "sentence": "Your parcel was delivered in Brooklyn on 3 Mar.", "eta_text": null, "eta_basis": null,
          "delivered_text": "Delivered on 3 Mar",
          "progress": {"steps": [{"phase": "origin", "label": "Shipped", "state": "done"}], "current": 0,
            "percent": 100, "valuetext": "Delivery: step 6 of 6", "now_label": "Now: Delivery"},
          "exceptions": [], "events": [{"label": "Delivered", "carrier_text": "Delivered, In/At Mailbox",
            "when": "3 Mar, 09:00", "at": "2026-03-03T14:00:00Z", "local_time": null, "place": "Brooklyn, NY"}],
          "show_all": "Show all 1 updates", "stale_text": null, "parcel_label": null,
          "carrier_page": {"label": "Track it on the USPS website", "url": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400"},
          "not_received": {"question": "Not received?", "help": "USPS recorded…", "claim_days": 14},
          "a_field_from_the_future": [1, 2, 3]}
      }]
    }"#;

    #[test]
    fn reads_only_what_it_renders() {
        let o = parse(BODY).unwrap();
        assert_eq!(o.order_id, "1042-A");
        assert!(!o.words.rtl());
        let p = &o.shipments[0];
        assert_eq!(p.numbers(), ["LP1", "9400"]);
        assert_eq!(
            p.answer.delivered_text.as_deref(),
            Some("Delivered on 3 Mar")
        );
        assert_eq!(p.answer.progress.steps[0].state, "done");
        assert!(p.answer.eta_text.is_none());
        assert_eq!(
            p.answer.not_received.as_ref().unwrap().question,
            "Not received?"
        );
        // A timeline without words (an edge that does not compose yet) is not an answer.
        assert!(parse(r#"{"order_id":"1","shipments":[]}"#).is_err());
        assert!(parse("<html>").is_err());
    }
}
