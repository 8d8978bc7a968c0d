//! The workers' static assets (wrangler.toml `[assets]`, written by scripts/build.sh into
//! `edge/build-assets/`): the buyer's words per language (`/_words/<tag>.json`) and the OpenAPI
//! document (`/_docs/openapi.json`). Read through the `ASSETS` binding with a two-method
//! binding of our own: the worker crate's `Fetcher::fetch` links its whole `RequestInit`
//! conversion (cf properties, image resizing options) for a plain GET.

use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use worker::Env;

/// The static-assets binding (wrangler.toml, wrangler.updates.toml).
const BINDING: &str = "ASSETS";

#[wasm_bindgen]
extern "C" {
    /// The `ASSETS` binding (a `Fetcher`).
    type Assets;
    #[wasm_bindgen(method, catch)]
    fn fetch(this: &Assets, url: &str) -> Result<Promise, JsValue>;

    /// The asset's `Response`.
    type AssetResponse;
    #[wasm_bindgen(method, getter)]
    fn status(this: &AssetResponse) -> u16;
    #[wasm_bindgen(method, catch)]
    fn text(this: &AssetResponse) -> Result<Promise, JsValue>;
}

fn js_error(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| "JavaScript error".into())
}

/// The text of the asset at `path` (`/_words/fr.json`).
pub async fn text(env: &Env, path: &str) -> Result<String, String> {
    let binding = Reflect::get(env, &JsValue::from_str(BINDING)).map_err(js_error)?;
    if binding.is_undefined() {
        return Err(format!("no {BINDING} binding"));
    }
    let assets: Assets = binding.unchecked_into();
    // The host is ignored: the binding serves the deployment's own assets.
    let url = format!("https://assets.invalid{path}");
    let resp: AssetResponse = JsFuture::from(assets.fetch(&url).map_err(js_error)?)
        .await
        .map_err(js_error)?
        .unchecked_into();
    if resp.status() != 200 {
        return Err(format!("{path}: HTTP {}", resp.status()));
    }
    JsFuture::from(resp.text().map_err(js_error)?)
        .await
        .map_err(js_error)?
        .as_string()
        .ok_or_else(|| format!("{path}: not text"))
}
