//! The buyer's dates, numbers, plurals and country names from the runtime's `Intl` (workerd
//! carries the IANA zones and CLDR data, so no locale data is compiled into the wasm).
//!
//! One [`IntlFormatter`] serves one request (one language, one zone); each `Intl` object it
//! needs is built once, on first use, and reused for every date of the answer.

use chrono::{DateTime, FixedOffset, Utc};
use js_sys::{Object, Reflect};
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;
use waymark_shared::serde_time::format_offset;
use waymark_shared::words::plural::Plural;
use waymark_shared::words::{Formatter, Lang};

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
    fn new(locale: &str, options: &Object) -> Result<DateTimeFormat, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn format(this: &DateTimeFormat, ms: f64) -> Result<String, JsValue>;
    /// Missing on old runtimes: calling it then throws, and the caller joins two dates.
    #[wasm_bindgen(method, catch, js_name = formatRange)]
    fn format_range(this: &DateTimeFormat, from: f64, to: f64) -> Result<String, JsValue>;

    /// `Intl.NumberFormat`.
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
    fn new(locale: &str) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn format(this: &NumberFormat, n: f64) -> Result<String, JsValue>;

    /// `Intl.PluralRules`.
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn select(this: &PluralRules, n: f64) -> Result<String, JsValue>;

    /// `Intl.DisplayNames`.
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
    fn new(locale: &str, options: &Object) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<Option<String>, JsValue>;
}

/// The time zone was not one `Intl` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidZone;

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn date_format(lang: &str, zone: &str, with_time: bool) -> Result<DateTimeFormat, JsValue> {
    let mut pairs = vec![("timeZone", zone), ("month", "short"), ("day", "numeric")];
    if with_time {
        pairs.extend([("hour", "2-digit"), ("minute", "2-digit")]);
    }
    DateTimeFormat::new(lang, &options(&pairs))
}

fn ms(at: DateTime<Utc>) -> f64 {
    at.timestamp_millis() as f64
}

/// `Intl`-backed [`Formatter`] for one language and one IANA zone.
pub struct IntlFormatter {
    lang: Lang,
    zone: String,
    date: DateTimeFormat,
    date_time: OnceCell<Option<DateTimeFormat>>,
    scan: OnceCell<Option<DateTimeFormat>>,
    number: OnceCell<Option<NumberFormat>>,
    plural: OnceCell<Option<PluralRules>>,
    regions: OnceCell<Option<DisplayNames>>,
}

impl IntlFormatter {
    /// A formatter for `lang` in `zone`; `Err` when the runtime does not know the zone (the
    /// constructor throws a `RangeError`, caught here).
    pub fn new(lang: Lang, zone: &str) -> Result<IntlFormatter, InvalidZone> {
        let date = date_format(lang.tag(), zone, false).map_err(|_| InvalidZone)?;
        Ok(IntlFormatter {
            lang,
            zone: zone.to_string(),
            date,
            date_time: OnceCell::new(),
            scan: OnceCell::new(),
            number: OnceCell::new(),
            plural: OnceCell::new(),
            regions: OnceCell::new(),
        })
    }

    /// A formatter for `lang` in `zone`, or in UTC when the zone is not known (for channels
    /// where there is nobody to answer 400 to, such as a scheduled refresh).
    #[cfg(feature = "updates")]
    pub fn or_utc(lang: Lang, zone: Option<&str>) -> Option<IntlFormatter> {
        zone.and_then(|z| IntlFormatter::new(lang, z).ok())
            .or_else(|| IntlFormatter::new(lang, "UTC").ok())
    }

    fn date_time_format(&self) -> Option<&DateTimeFormat> {
        self.date_time
            .get_or_init(|| date_format(self.lang.tag(), &self.zone, true).ok())
            .as_ref()
    }
}

impl Formatter for IntlFormatter {
    fn date(&self, at: DateTime<Utc>) -> String {
        self.date.format(ms(at)).unwrap_or_default()
    }

    fn date_range(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> String {
        let (a, b) = (self.date(from), self.date(to));
        if a == b {
            return a;
        }
        match self.date.format_range(ms(from), ms(to)) {
            Ok(range) => range,
            Err(_) => format!("{a} – {b}"),
        }
    }

    fn date_time(&self, at: DateTime<Utc>) -> String {
        match self.date_time_format() {
            Some(f) => f.format(ms(at)).unwrap_or_default(),
            None => self.date(at),
        }
    }

    fn scan_time(&self, at: DateTime<Utc>, offset: FixedOffset) -> String {
        // The wall clock at the scan: the instant shifted by its offset, read in UTC.
        let shifted = ms(at) + offset.local_minus_utc() as f64 * 1000.0;
        let wall = self
            .scan
            .get_or_init(|| date_format(self.lang.tag(), "UTC", true).ok())
            .as_ref()
            .and_then(|f| f.format(shifted).ok())
            .unwrap_or_default();
        format!("{wall} UTC{}", format_offset(&offset))
    }

    fn number(&self, n: i64) -> String {
        self.number
            .get_or_init(|| NumberFormat::new(self.lang.tag()).ok())
            .as_ref()
            .and_then(|f| f.format(n as f64).ok())
            .unwrap_or_else(|| n.to_string())
    }

    fn plural(&self, n: i64) -> Plural {
        self.plural
            .get_or_init(|| PluralRules::new(self.lang.tag()).ok())
            .as_ref()
            .and_then(|p| p.select(n as f64).ok())
            .map(|name| Plural::from_name(&name))
            .unwrap_or_else(|| waymark_shared::words::plural::category(self.lang, n))
    }

    fn country(&self, code: &str) -> String {
        self.regions
            .get_or_init(|| {
                DisplayNames::new(self.lang.tag(), &options(&[("type", "region")])).ok()
            })
            .as_ref()
            .and_then(|d| d.of(&code.to_ascii_uppercase()).ok().flatten())
            .unwrap_or_else(|| code.to_ascii_uppercase())
    }
}
