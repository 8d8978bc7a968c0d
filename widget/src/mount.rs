//! Mounting into a storefront's host element, inside a shadow root so styles stay isolated.

use crate::widget::Widget;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

/// Mounts a widget into `host` (a `[data-waymark]` element), talking to the edge at `edge`.
/// The host's `data-token` names the order. The widget renders inside the host's shadow root,
/// so the store's CSS and the widget's never meet.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, edge: String) -> Result<(), JsValue> {
    let _ = edge;
    let token = host.get_attribute("data-token").unwrap_or_default();
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host has no document"))?;
    let root = match host.shadow_root() {
        Some(existing) => existing,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("waymark-root");
    root.append_child(&container)?;
    let handle =
        leptos::mount::mount_to(container, move || view! { <Widget token=token.clone() /> });
    handle.forget();
    Ok(())
}
