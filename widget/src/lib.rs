//! Waymark's storefront widget: leptos components mounted into a host element's shadow root.

pub mod mount;
pub mod widget;
