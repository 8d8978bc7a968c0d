//! The buyer's words: every buyer-facing sentence, composed once from structured facts in the
//! buyer's language (`locales/*.ftl`, compiled and checked by `build.rs`).
//!
//! A channel asks a [`Composer`] — built from a language's [`Catalog`], a [`Formatter`] for the
//! buyer's time zone and the current instant — for an order's [`OrderWords`] and each parcel's
//! [`ShipmentAnswer`], and shows those fields as they are. Language negotiation: [`Lang`].

pub mod answer;
pub mod args;
pub mod catalog;
pub mod compose;
pub mod console;
pub mod format;
pub mod lang;
pub mod plural;
pub mod progress;
pub mod text;

/// Message ids and the widget's fallback words, generated from `locales/en.ftl`.
pub mod ids {
    include!(concat!(env!("OUT_DIR"), "/words_ids.rs"));
}

pub use answer::{OrderWords, ShipmentAnswer};
pub use args::{Arg, Args};
pub use catalog::{Catalog, Form, WordsError};
pub use compose::Composer;
pub use format::{Formatter, PlainFormatter};
pub use ids::MsgId;
pub use lang::{Dir, Lang};

/// The widget's fallback words (loading, error) in `lang`, for when the edge cannot answer.
pub fn fallback(lang: Lang) -> [&'static str; 2] {
    ids::FALLBACK
        .iter()
        .find(|(tag, _)| *tag == lang.tag())
        .or_else(|| ids::FALLBACK.iter().find(|(tag, _)| *tag == "en"))
        .map(|(_, w)| *w)
        .unwrap_or(["", ""])
}
