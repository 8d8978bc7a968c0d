//! The merchant console's words (`locales/console/<tag>.ftl`): compiled and checked at build
//! time with the buyer's words' parser and rules, rendered by the same walker. The console
//! speaks English and Simplified Chinese (the sellers these stores belong to); any other
//! preference gets English.

use super::args::Args;
use super::catalog::{pattern_of, walk, WordsError};
use super::format::Formatter;
use super::lang::Lang;

/// Console message ids and catalogs, generated from `locales/console/en.ftl`.
pub mod ids {
    include!(concat!(env!("OUT_DIR"), "/console_ids.rs"));
}

pub use ids::ConsoleId;

/// One console language's messages.
#[derive(Debug, Clone)]
pub struct ConsoleWords {
    lang: Lang,
    messages: Vec<Option<Vec<super::catalog::Piece>>>,
}

/// The console's language for an `Accept-Language` list (or a `lang` choice): Simplified
/// Chinese when preferred (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`), else English.
pub fn console_lang(list: &str) -> Lang {
    match Lang::negotiate(list) {
        Lang::ZhHans => Lang::ZhHans,
        _ => Lang::En,
    }
}

impl ConsoleWords {
    /// The compiled words of `lang` (English for a language the console does not speak).
    pub fn new(lang: Lang) -> ConsoleWords {
        let lang = if lang == Lang::ZhHans { lang } else { Lang::En };
        let json = ids::CONSOLE_CATALOGS
            .iter()
            .find(|(tag, _)| *tag == lang.tag())
            .map(|(_, j)| *j)
            .unwrap_or_default();
        let compiled: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        let listed = compiled.get("messages").and_then(|m| m.as_object());
        let messages = ConsoleId::ALL
            .iter()
            .map(|id| {
                listed
                    .and_then(|l| l.get(id.as_str()))
                    .and_then(|forms| forms.get("full"))
                    .and_then(|p| pattern_of(p).ok())
            })
            .collect();
        ConsoleWords { lang, messages }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message with its variables.
    pub fn render(
        &self,
        id: ConsoleId,
        args: &Args,
        fmt: &dyn Formatter,
    ) -> Result<String, WordsError> {
        let pattern = self.messages[id as usize]
            .as_ref()
            .ok_or(WordsError::Missing(id.as_str()))?;
        let mut out = String::new();
        walk(pattern, id.as_str(), args, fmt, &mut out)?;
        Ok(out)
    }

    /// A message without variables (empty if it has some: a bug the tests catch).
    pub fn t(&self, id: ConsoleId, fmt: &dyn Formatter) -> String {
        self.render(id, &Args::new(), fmt).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::PlainFormatter;

    #[test]
    fn every_message_renders_in_both_languages() {
        for lang in [Lang::En, Lang::ZhHans] {
            let w = ConsoleWords::new(lang);
            let fmt = PlainFormatter::utc(lang);
            let args = Args::new()
                .number("count", 3)
                .number("days", 2)
                .number("minutes", 15)
                .text("id", "1042")
                .text("number", "LP00123")
                .text("kind", "x")
                .text("p50", "4.5")
                .text("p90", "9.0")
                .number("on", 3)
                .number("of", 4);
            for id in ConsoleId::ALL {
                let text = w.render(id, &args, &fmt).unwrap();
                assert!(!text.trim().is_empty(), "{lang:?} {id:?}");
            }
        }
    }

    #[test]
    fn chinese_is_chosen_only_when_preferred() {
        assert_eq!(console_lang("zh-CN,zh;q=0.9,en;q=0.8"), Lang::ZhHans);
        assert_eq!(console_lang("en-US,zh;q=0.5"), Lang::En);
        assert_eq!(console_lang("fr"), Lang::En);
        assert_eq!(console_lang("zh-TW"), Lang::En);
        assert_eq!(ConsoleWords::new(Lang::Fr).lang(), Lang::En);
    }
}
