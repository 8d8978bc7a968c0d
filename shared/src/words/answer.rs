//! The composed answer: the words a buyer reads about an order, in one language, ready to show.
//! Every channel (widget, email, WhatsApp, LINE, SMS, webhook, support API) formats these
//! fields and never rewords them. The JSON shape is the contract in `DESIGN.md`.

use super::lang::{Dir, Lang};
use crate::{BuyerAction, ExceptionKind, Phase, Status};
use serde::{Deserialize, Serialize};

/// The words of an order that are not about one parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderWords {
    /// The language served (BCP 47).
    pub lang: Lang,
    /// Its direction.
    pub dir: Dir,
    /// The buyer's IANA time zone the dates are in.
    pub tz: String,
    /// "Tracking history".
    pub history: String,
    /// "Show fewer updates".
    pub show_less: String,
    /// "Contact the store".
    pub contact: String,
    /// The contact message's subject ("Order 1042: question about my parcel").
    pub contact_subject: String,
    /// "Estimated delivery".
    pub eta_label: String,
    /// "No updates from the carrier yet."
    pub no_events: String,
    /// A signed, expiring link to the order's read-only view for the store's support agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_url: Option<String>,
}

/// The words about one parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentAnswer {
    /// The parcel's status (for styling; `status_label` is the words).
    pub status: Status,
    /// The status in words.
    pub status_label: String,
    /// A few words on the parcel's state.
    pub headline: String,
    /// One whole sentence: where it is now, what comes next, when, and anything to do.
    pub sentence: String,
    /// The delivery window ("Expected 5–8 Dec"); `null` once delivered or unknown-and-final.
    pub eta_text: Option<String>,
    /// What the window rests on.
    pub eta_basis: Option<String>,
    /// "Delivered on 3 Dec", once delivered.
    pub delivered_text: Option<String>,
    /// The progress bar.
    pub progress: ProgressAnswer,
    /// What needs attention, each with what the buyer can do.
    pub exceptions: Vec<ExceptionAnswer>,
    /// Every scan, oldest first, in our words beside the carrier's.
    pub events: Vec<EventAnswer>,
    /// "Show all 12 updates".
    pub show_all: String,
    /// "Last updated …; the carrier is not answering right now" when served stale.
    pub stale_text: Option<String>,
    /// "Parcel 1 of 2" when the order has several.
    pub parcel_label: Option<String>,
    /// The carrier's own tracking page for this number.
    pub carrier_page: Option<Link>,
    /// "Not received?" and what to do, once delivered.
    pub not_received: Option<NotReceived>,
}

/// The progress bar over the phases that apply to the parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressAnswer {
    /// The steps, in path order.
    pub steps: Vec<Step>,
    /// The current step's index, `null` before the first scan.
    pub current: Option<usize>,
    /// Percent complete (0–100), for `aria-valuenow`.
    pub percent: u8,
    /// "Import customs: step 4 of 6", for `aria-valuetext`.
    pub valuetext: String,
    /// "Now: Import customs", shown under the bar where step labels do not fit.
    pub now_label: Option<String>,
}

/// One step of the progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The phase.
    pub phase: Phase,
    /// Its name.
    pub label: String,
    /// Done, now, or still to come.
    pub state: StepState,
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepState {
    /// Passed.
    Done,
    /// The parcel is here.
    Now,
    /// Still ahead.
    Todo,
}

/// One exception in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionAnswer {
    /// The kind (for styling and channels' templates).
    pub kind: ExceptionKind,
    /// A short title.
    pub title: String,
    /// What happened.
    pub explanation: String,
    /// What the buyer can do (as a fact, for channels).
    pub action_kind: BuyerAction,
    /// What the buyer can do, in words ("Nothing to do for now" included).
    pub action: String,
    /// The deadline, formatted, when there is one.
    pub deadline: Option<String>,
    /// The pickup point's opening hours, when the carrier gives them.
    pub hours: Option<String>,
}

/// One scan in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventAnswer {
    /// Our label for it (status, phase or reason in the buyer's language).
    pub label: String,
    /// The carrier's own words, as text.
    pub carrier_text: String,
    /// When, in the buyer's zone.
    pub when: String,
    /// The instant (RFC 3339 UTC), for `<time datetime>`.
    pub at: String,
    /// "Local time at the scan: …", when the carrier gave the scan's offset.
    pub local_time: Option<String>,
    /// Where ("Oakland, CA, United States").
    pub place: Option<String>,
}

/// A link with its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// The link's words.
    pub label: String,
    /// Where it goes.
    pub url: String,
}

/// "Not received?" after a delivery scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotReceived {
    /// "Not received?"
    pub question: String,
    /// Where and when the carrier recorded the delivery, and the claim window.
    pub help: String,
    /// Days after delivery within which the store can open a claim.
    pub claim_days: u32,
}
