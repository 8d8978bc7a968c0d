//! Plural categories of whole numbers, for native builds (the CLI and tests). The workers and
//! the widget ask the runtime's `Intl.PluralRules` instead; these are the CLDR rules for
//! integers in Waymark's 20 languages, hand-written because the `intl_pluralrules` crate
//! carries every locale's data and the wasm builds must not.

use super::lang::Lang;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// CLDR "zero".
    Zero,
    /// CLDR "one".
    One,
    /// CLDR "two".
    Two,
    /// CLDR "few".
    Few,
    /// CLDR "many".
    Many,
    /// CLDR "other".
    Other,
}

impl Plural {
    /// The category's name as Fluent variant keys use it.
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category of a CLDR name (as `Intl.PluralRules.select` answers).
    pub fn from_name(name: &str) -> Plural {
        match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
}

/// The CLDR category of the whole number `n` in `lang`.
pub fn category(lang: Lang, n: i64) -> Plural {
    let n = n.unsigned_abs();
    let (i10, i100) = (n % 10, n % 100);
    match lang {
        Lang::ZhHans
        | Lang::ZhHant
        | Lang::Ja
        | Lang::Ko
        | Lang::Th
        | Lang::Vi
        | Lang::Id
        | Lang::Ms => Plural::Other,
        Lang::Fr => {
            if n <= 1 {
                Plural::One
            } else if n != 0 && n % 1_000_000 == 0 {
                Plural::Many
            } else {
                Plural::Other
            }
        }
        Lang::PtBr => {
            if n <= 1 {
                Plural::One
            } else if n % 1_000_000 == 0 {
                Plural::Many
            } else {
                Plural::Other
            }
        }
        Lang::Es | Lang::It => {
            if n == 1 {
                Plural::One
            } else if n != 0 && n % 1_000_000 == 0 {
                Plural::Many
            } else {
                Plural::Other
            }
        }
        Lang::En | Lang::De | Lang::Nl | Lang::Tr => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Ru => {
            if i10 == 1 && i100 != 11 {
                Plural::One
            } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
        Lang::Pl => {
            if n == 1 {
                Plural::One
            } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
        Lang::Ar => match n {
            0 => Plural::Zero,
            1 => Plural::One,
            2 => Plural::Two,
            _ if (3..=10).contains(&i100) => Plural::Few,
            _ if (11..=99).contains(&i100) => Plural::Many,
            _ => Plural::Other,
        },
        Lang::He => match n {
            1 => Plural::One,
            2 => Plural::Two,
            _ => Plural::Other,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cldr_integer_rules() {
        assert_eq!(category(Lang::En, 1), Plural::One);
        assert_eq!(category(Lang::En, 0), Plural::Other);
        assert_eq!(category(Lang::Fr, 0), Plural::One);
        assert_eq!(category(Lang::Ru, 21), Plural::One);
        assert_eq!(category(Lang::Ru, 11), Plural::Many);
        assert_eq!(category(Lang::Ru, 23), Plural::Few);
        assert_eq!(category(Lang::Pl, 22), Plural::Few);
        assert_eq!(category(Lang::Pl, 25), Plural::Many);
        assert_eq!(category(Lang::Ar, 0), Plural::Zero);
        assert_eq!(category(Lang::Ar, 2), Plural::Two);
        assert_eq!(category(Lang::Ar, 7), Plural::Few);
        assert_eq!(category(Lang::Ar, 12), Plural::Many);
        assert_eq!(category(Lang::Ar, 100), Plural::Other);
        assert_eq!(category(Lang::He, 2), Plural::Two);
        assert_eq!(category(Lang::Ja, 1), Plural::Other);
    }
}
