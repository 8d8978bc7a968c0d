//! The buyer's language: the first tag Waymark speaks among the host's `data-lang`, the
//! page's `<html lang>` and the browser's preferences (BCP 47 matching in `Lang::from_tag`).

use waymark_shared::words::Lang;

/// The first candidate tag Waymark speaks, in order of preference; English when none is.
pub fn pick<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Lang {
    candidates
        .into_iter()
        .find_map(Lang::from_tag)
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_then_page_then_browser() {
        assert_eq!(pick(["fr", "en", "ar"]), Lang::Fr);
        assert_eq!(
            pick(["sw", "pt-PT", "en"]),
            Lang::PtBr,
            "an unknown host tag falls through"
        );
        assert_eq!(pick(["zh-TW"]), Lang::ZhHant);
        assert_eq!(pick(["", "tlh"]), Lang::En);
        assert_eq!(pick([]), Lang::En);
    }
}
