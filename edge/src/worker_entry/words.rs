//! The buyer's words on the edge: each language's compiled catalog, loaded once per isolate
//! from the static assets (`/_words/<tag>.json`, written by `waymark words export` in
//! scripts/build.sh, see `assets`) with the merchant's `WORDS_OVERRIDES` applied, and kept
//! here. A language whose asset cannot be read is served in English.
//!
//! English is an asset too, not compiled in: embedding it costs the
//! public worker 4.2 KB gzip, which its budget does not have, and it would only guard against
//! a deployment without its assets (Workers deploy the assets with the code, as one version).

use super::intl::IntlFormatter;
use super::{assets, config};
use crate::api::error::ApiError;
use crate::api::words::{apply_overrides, invalid_tz, parse_overrides};
use std::cell::RefCell;
use std::rc::Rc;
use waymark_shared::words::{Catalog, Lang};
use worker::{console_log, Env};

thread_local! {
    /// The catalogs loaded in this isolate (a few at most: a list beats a hash map in size).
    static CATALOGS: RefCell<Vec<(Lang, Rc<Catalog>)>> = const { RefCell::new(Vec::new()) };
}

fn cached(lang: Lang) -> Option<Rc<Catalog>> {
    CATALOGS.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| c.clone())
    })
}

fn cache(lang: Lang, catalog: Rc<Catalog>) {
    CATALOGS.with(|c| c.borrow_mut().push((lang, catalog)));
}

fn with_overrides(env: &Env, mut catalog: Catalog) -> Catalog {
    if let Some(json) = config::settings(env).words_overrides.clone() {
        match parse_overrides(&json) {
            Ok(o) => {
                for why in apply_overrides(&mut catalog, &o) {
                    console_log!("waymark: {why}; ignored");
                }
            }
            Err(e) => console_log!("waymark: {e}; ignored"),
        }
    }
    catalog
}

async fn fetch_catalog(env: &Env, lang: Lang) -> Result<Catalog, String> {
    let text = assets::text(env, &format!("/_words/{}.json", lang.tag())).await?;
    Catalog::from_json(lang, &text).map_err(|e| e.to_string())
}

async fn load(env: &Env, lang: Lang) -> Result<Rc<Catalog>, String> {
    if let Some(c) = cached(lang) {
        return Ok(c);
    }
    let loaded = Rc::new(with_overrides(env, fetch_catalog(env, lang).await?));
    cache(lang, loaded.clone());
    Ok(loaded)
}

/// The catalog for `lang`, loaded once per isolate; English when its asset cannot be read
/// (for the isolate's life: a deployment's assets do not change). `Err` only when English
/// cannot be read either — a build without its assets (scripts/build.sh writes them).
pub async fn catalog(env: &Env, lang: Lang) -> Result<Rc<Catalog>, ApiError> {
    let problem = match load(env, lang).await {
        Ok(c) => return Ok(c),
        Err(e) => e,
    };
    console_log!(
        "waymark: words for {} not loaded ({problem}); serving English",
        lang.tag()
    );
    match load(env, Lang::En).await {
        Ok(en) => {
            cache(lang, en.clone());
            Ok(en)
        }
        Err(e) => {
            console_log!("waymark: no words at all ({e}): were the assets built and deployed?");
            Err(ApiError::Internal)
        }
    }
}

/// The request's formatter: `Intl` in the catalog's language and the buyer's zone; a zone the
/// runtime does not know is `invalid_tz`.
pub fn formatter(catalog: &Catalog, tz: &str) -> Result<IntlFormatter, ApiError> {
    IntlFormatter::new(catalog.lang(), tz).map_err(|_| invalid_tz(tz))
}
