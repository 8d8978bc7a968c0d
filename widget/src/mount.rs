//! Mounting into a storefront's host element, inside a shadow root so the store's CSS and
//! the widget's never meet.

use crate::components::{Settings, Widget};
use crate::i18n::Lang;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

fn attr(host: &HtmlElement, name: &str) -> Option<String> {
    host.get_attribute(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Mounts a widget into `host` (a `[data-waymark]` element), talking to the edge at `edge`.
/// Host attributes: `data-token`, `data-lang`, `data-theme` (`light`, `dark`, `auto`),
/// `data-contact` (`mailto:` or `https://` link).
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
    let lang = Lang::pick(
        attr(&host, "data-lang").as_deref(),
        page_lang.as_deref(),
        &browser,
    );
    let theme = match attr(&host, "data-theme").as_deref() {
        Some("dark") => "dark",
        Some("light") => "light",
        _ => "auto",
    };
    let root = match host.shadow_root() {
        Some(existing) => existing,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let style = document.create_element("style")?;
    style.set_text_content(Some(crate::style::CSS));
    root.append_child(&style)?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("wm");
    container.set_attribute("data-theme", theme)?;
    container.set_attribute("lang", lang.tag())?;
    container.set_attribute("dir", if lang.is_rtl() { "rtl" } else { "ltr" })?;
    root.append_child(&container)?;
    let settings = Settings {
        edge,
        token: attr(&host, "data-token").unwrap_or_default(),
        lang,
        contact: attr(&host, "data-contact"),
    };
    let handle = leptos::mount::mount_to(
        container,
        move || view! { <Widget settings=settings.clone() /> },
    );
    handle.forget();
    host.set_attribute("data-waymark-mounted", "")?;
    Ok(())
}
