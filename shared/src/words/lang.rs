//! The buyer's languages and how a request's language tag is matched to one (BCP 47).

use serde::{Deserialize, Serialize};

/// A language Waymark speaks. Each has a locale file `shared/locales/<tag>.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Chinese, simplified script.
    #[serde(rename = "zh-Hans")]
    ZhHans,
    /// Chinese, traditional script.
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// Korean.
    #[serde(rename = "ko")]
    Ko,
    /// Thai.
    #[serde(rename = "th")]
    Th,
    /// Vietnamese.
    #[serde(rename = "vi")]
    Vi,
    /// Indonesian.
    #[serde(rename = "id")]
    Id,
    /// Malay.
    #[serde(rename = "ms")]
    Ms,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Portuguese (Brazil).
    #[serde(rename = "pt-BR")]
    PtBr,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// German.
    #[serde(rename = "de")]
    De,
    /// Italian.
    #[serde(rename = "it")]
    It,
    /// Dutch.
    #[serde(rename = "nl")]
    Nl,
    /// Polish.
    #[serde(rename = "pl")]
    Pl,
    /// Turkish.
    #[serde(rename = "tr")]
    Tr,
    /// Russian.
    #[serde(rename = "ru")]
    Ru,
    /// Arabic (right to left).
    #[serde(rename = "ar")]
    Ar,
    /// Hebrew (right to left).
    #[serde(rename = "he")]
    He,
}

/// The direction a language is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 20] = [
        Lang::En,
        Lang::ZhHans,
        Lang::ZhHant,
        Lang::Ja,
        Lang::Ko,
        Lang::Th,
        Lang::Vi,
        Lang::Id,
        Lang::Ms,
        Lang::Es,
        Lang::PtBr,
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::Nl,
        Lang::Pl,
        Lang::Tr,
        Lang::Ru,
        Lang::Ar,
        Lang::He,
    ];

    /// The BCP 47 tag it is served as (and its locale file's name).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Th => "th",
            Lang::Vi => "vi",
            Lang::Id => "id",
            Lang::Ms => "ms",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Tr => "tr",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::He => "he",
        }
    }

    /// The direction its script runs.
    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar | Lang::He => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The language for one BCP 47 tag, or `None` when Waymark does not speak it. Matching is
    /// case-insensitive and accepts `_`: the primary language decides, except Chinese, where the
    /// script (or, without one, the region: TW, HK, MO) picks traditional or simplified. `pt`
    /// in any region is served as pt-BR; the deprecated `iw` and `in` are Hebrew and Indonesian.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        Some(match primary {
            "en" => Lang::En,
            "zh" => {
                if rest.contains(&"hant") {
                    Lang::ZhHant
                } else if rest.contains(&"hans") {
                    Lang::ZhHans
                } else if rest.iter().any(|r| matches!(*r, "tw" | "hk" | "mo")) {
                    Lang::ZhHant
                } else {
                    Lang::ZhHans
                }
            }
            "ja" => Lang::Ja,
            "ko" => Lang::Ko,
            "th" => Lang::Th,
            "vi" => Lang::Vi,
            "id" | "in" => Lang::Id,
            "ms" => Lang::Ms,
            "es" => Lang::Es,
            "pt" => Lang::PtBr,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "it" => Lang::It,
            "nl" => Lang::Nl,
            "pl" => Lang::Pl,
            "tr" => Lang::Tr,
            "ru" => Lang::Ru,
            "ar" => Lang::Ar,
            "he" | "iw" => Lang::He,
            _ => return None,
        })
    }

    /// The first language of a preference list Waymark speaks: a comma-separated list as in
    /// `Accept-Language` (`q` weights respected, `*` ignored), English when none matches.
    /// Weights are read as whole thousandths, so the workers link no float parser for it.
    pub fn negotiate(list: &str) -> Lang {
        let mut prefs: Vec<(u16, usize, &str)> = list
            .split(',')
            .enumerate()
            .filter_map(|(i, item)| {
                let mut bits = item.split(';');
                let tag = bits.next()?.trim();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q="))
                    .map_or(1000, quality);
                (!tag.is_empty() && tag != "*" && q > 0).then_some((q, i, tag))
            })
            .collect();
        prefs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        prefs
            .iter()
            .find_map(|(_, _, t)| Lang::from_tag(t))
            .unwrap_or(Lang::En)
    }
}

/// A `q` value (`0`, `0.8`, `1.000`) in thousandths; an unreadable one counts as 1.
fn quality(q: &str) -> u16 {
    let q = q.trim();
    let (whole, frac) = q.split_once('.').unwrap_or((q, ""));
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1,
        _ => return 1000,
    };
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return 1000;
    }
    let thousandths = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'));
    (whole * 1000 + thousandths).min(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcp47_negotiation() {
        assert_eq!(Lang::from_tag("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh_TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant-CN"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("iw-IL"), Some(Lang::He));
        assert_eq!(Lang::from_tag("FR-ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("sw"), None);
        assert_eq!(Lang::negotiate("sw, de;q=0.5, fr;q=0.8"), Lang::Fr);
        assert_eq!(Lang::negotiate("sw, *"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("de;q=0.2, ja;q=0.25, fr;q=0"), Lang::Ja);
        assert_eq!(
            Lang::negotiate("ko;q=x, th"),
            Lang::Ko,
            "an unreadable weight counts as 1"
        );
        for (list, want) in [
            ("de-CH,de;q=0.9", Lang::De),
            ("fr;q=0, de", Lang::De),
            ("fr;q=0.000, de;q=0.001", Lang::De),
            ("ja;q=0.5, ko;q=0.50, zh-TW;q=0.500", Lang::Ja),
            ("pt-PT;q=0.3,es;q=0.25", Lang::PtBr),
            ("fr;q=0.8, de;q=1.5", Lang::De),
            (" zh-Hant ; q=0.7 , he;q=0.71", Lang::He),
        ] {
            assert_eq!(Lang::negotiate(list), want, "{list:?}");
        }
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l), "{l:?}");
            assert_eq!(
                serde_json::to_string(&l).unwrap(),
                format!("\"{}\"", l.tag())
            );
        }
        assert_eq!(Lang::Ar.dir(), Dir::Rtl);
        assert_eq!(Lang::He.dir(), Dir::Rtl);
        assert_eq!(Lang::Th.dir(), Dir::Ltr);
    }
}
