//! Mounting into a storefront's host element, inside a shadow root so the store's CSS and
//! the widget's never meet.

use crate::components::{start, Settings};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

fn attr(host: &HtmlElement, name: &str) -> Option<String> {
    host.get_attribute(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The buyer's IANA time zone, as the browser knows it.
fn time_zone() -> String {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|z| z.as_string())
        .unwrap_or_default()
}

/// Mounts a widget into `host` (a `[data-waymark]` element), talking to the edge at `edge`.
/// Host attributes: `data-token`, `data-lang`, `data-theme` (`light`, `dark`, `auto`),
/// `data-contact` (`mailto:` or `https://` link). The language is the first Waymark speaks of
/// `data-lang`, the page's `<html lang>` and the browser's languages.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, edge: String) -> Result<(), JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host has no document"))?;
    let page_lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    let host_lang = attr(&host, "data-lang");
    let lang = crate::lang::pick(
        host_lang
            .iter()
            .chain(page_lang.iter())
            .chain(browser.iter())
            .map(String::as_str),
    );
    let theme = match attr(&host, "data-theme").as_deref() {
        Some("dark") => "dark",
        Some("light") => "light",
        _ => "auto",
    };
    // The page reserved this height for the widget (loader or store CSS): the skeleton keeps
    // it, and the host lets go of it, so once the answer renders the host is as tall as it is.
    let reserved = host.get_bounding_client_rect().height().round() as u32;
    let root = match host.shadow_root() {
        Some(existing) => existing,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let style = document.create_element("style")?;
    style.set_text_content(Some(crate::style::CSS));
    root.append_child(&style)?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    root.append_child(&container)?;
    let settings = Settings {
        edge,
        token: attr(&host, "data-token").unwrap_or_default(),
        lang,
        tz: time_zone(),
        contact: attr(&host, "data-contact"),
        theme,
        reserved,
    };
    start(container, settings);
    host.style().set_property("min-height", "0")?;
    host.set_attribute("data-waymark-mounted", "")?;
    Ok(())
}
