//! Waymark's storefront widget: leptos components mounted into a host element's shadow root.
//! Pure logic (language, progress, the summary sentence, contact links) is in small modules
//! tested natively; components only render it.

pub mod contact;
pub mod data;
pub mod i18n;
pub mod intl;
pub mod progress;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod mount;
#[cfg(target_arch = "wasm32")]
pub mod style;
