//! Dates and times in the buyer's language and time zone, through the browser's `Intl`
//! (no bundled locale data). Natively (tests) a plain chrono rendering stands in.

use crate::i18n::Lang;
use chrono::{DateTime, FixedOffset, Utc};

/// How much of an instant to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "Mar 8" in the buyer's zone.
    Day,
    /// "Mar 8, 14:05" in the buyer's zone.
    DayTime,
}

#[cfg(target_arch = "wasm32")]
fn intl(ms: f64, lang: Lang, style: Style, zone: Option<&str>) -> String {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let options = Object::new();
    let set = |k: &str, v: &str| {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    set("month", "short");
    set("day", "numeric");
    if style == Style::DayTime {
        set("hour", "2-digit");
        set("minute", "2-digit");
    }
    if let Some(z) = zone {
        set("timeZone", z);
    }
    let locales = Array::of1(&JsValue::from_str(lang.tag()));
    let format = Intl::DateTimeFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::UNDEFINED, &Date::new(&JsValue::from_f64(ms)))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// An instant in the buyer's own time zone.
pub fn format(at: DateTime<Utc>, lang: Lang, style: Style) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        intl(at.timestamp_millis() as f64, lang, style, None)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        match style {
            Style::Day => at.format("%b %-d").to_string(),
            Style::DayTime => at.format("%b %-d, %H:%M").to_string(),
        }
    }
}

/// The wall-clock time where the scan happened, with its offset ("Mar 8, 09:30 (UTC+08:00)").
pub fn format_local(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let shifted = at + chrono::Duration::seconds(offset.local_minus_utc() as i64);
    let offset_text = format!("UTC{}", waymark_shared::serde_time::format_offset(&offset));
    #[cfg(target_arch = "wasm32")]
    {
        format!(
            "{} ({offset_text})",
            intl(
                shifted.timestamp_millis() as f64,
                lang,
                Style::DayTime,
                Some("UTC")
            )
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        format!("{} ({offset_text})", shifted.format("%b %-d, %H:%M"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn local_time_of_a_scan() {
        let at = Utc.with_ymd_and_hms(2026, 3, 8, 1, 30, 0).unwrap();
        let text = format_local(at, FixedOffset::east_opt(8 * 3600).unwrap(), Lang::En);
        assert_eq!(text, "Mar 8, 09:30 (UTC+08:00)");
    }
}
