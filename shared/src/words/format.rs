//! Dates, numbers, plurals and country names in the buyer's language and time zone.
//!
//! The workers and the widget implement [`Formatter`] with the runtime's `Intl` (workerd has
//! the IANA zones and CLDR data; the browser too), so no locale data is bundled into wasm.
//! Native builds use [`PlainFormatter`]: ISO 8601 dates in a fixed offset, CLDR plural rules
//! for integers, and country codes — exact and language-neutral, for the CLI and tests.

use super::lang::Lang;
use super::plural::{category, Plural};
use chrono::{DateTime, FixedOffset, Utc};

/// Formats facts for one language and time zone.
pub trait Formatter {
    /// A calendar day in the buyer's zone ("5 Dec").
    fn date(&self, at: DateTime<Utc>) -> String;
    /// A range of days in the buyer's zone ("5–8 Dec"); one day when both fall on it.
    fn date_range(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> String;
    /// A day and time in the buyer's zone ("5 Dec, 14:05").
    fn date_time(&self, at: DateTime<Utc>) -> String;
    /// The wall-clock time where a scan happened, with its offset ("5 Dec, 09:30 UTC+08:00").
    fn scan_time(&self, at: DateTime<Utc>, offset: FixedOffset) -> String;
    /// A whole number.
    fn number(&self, n: i64) -> String;
    /// The plural category of a whole number.
    fn plural(&self, n: i64) -> Plural;
    /// A country's name from its ISO 3166-1 alpha-2 code.
    fn country(&self, code: &str) -> String;
    /// Whether two instants fall on the same day in the buyer's zone.
    fn same_day(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> bool {
        self.date(a) == self.date(b)
    }
}

/// The native formatter: ISO 8601 dates (`2026-12-05`) in the buyer's offset at each instant.
pub struct PlainFormatter {
    lang: Lang,
    offset: Box<dyn Fn(DateTime<Utc>) -> FixedOffset>,
}

impl PlainFormatter {
    /// A formatter for `lang` whose zone is `offset(at)` at each instant (the CLI resolves an
    /// IANA zone to it with chrono-tz; tests give a fixed one).
    pub fn new(
        lang: Lang,
        offset: impl Fn(DateTime<Utc>) -> FixedOffset + 'static,
    ) -> PlainFormatter {
        PlainFormatter {
            lang,
            offset: Box::new(offset),
        }
    }

    /// A formatter for `lang` in UTC.
    pub fn utc(lang: Lang) -> PlainFormatter {
        PlainFormatter::new(lang, |_| FixedOffset::east_opt(0).expect("zero offset"))
    }

    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        at.with_timezone(&(self.offset)(at))
    }
}

impl Formatter for PlainFormatter {
    fn date(&self, at: DateTime<Utc>) -> String {
        self.local(at).format("%Y-%m-%d").to_string()
    }

    fn date_range(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> String {
        let (a, b) = (self.date(from), self.date(to));
        if a == b {
            a
        } else {
            format!("{a} – {b}")
        }
    }

    fn date_time(&self, at: DateTime<Utc>) -> String {
        self.local(at).format("%Y-%m-%d %H:%M").to_string()
    }

    fn scan_time(&self, at: DateTime<Utc>, offset: FixedOffset) -> String {
        let local = at.with_timezone(&offset);
        format!(
            "{} UTC{}",
            local.format("%Y-%m-%d %H:%M"),
            crate::serde_time::format_offset(&offset)
        )
    }

    fn number(&self, n: i64) -> String {
        n.to_string()
    }

    fn plural(&self, n: i64) -> Plural {
        category(self.lang, n)
    }

    fn country(&self, code: &str) -> String {
        code.to_ascii_uppercase()
    }
}
