//! Waymark's storefront widget: a renderer of the buyer's answer, which the edge composes in
//! the buyer's language and zone (`waymark_shared::words`). The widget picks the language and
//! zone, asks for the answer, and shows its strings as they are; its only words of its own are
//! `waymark_shared::words::fallback` (loading, error). Leptos components mount into a host
//! element's shadow root; the pure parts (the view's shape, language choice, contact links) are
//! tested natively.

pub mod contact;
pub mod data;
pub mod lang;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod mount;
#[cfg(target_arch = "wasm32")]
pub mod style;
