//! The widget's components: one concern each.

mod eta_line;
mod notices;
mod progress_bar;
mod shipment_card;
mod timeline_list;
mod widget;

pub use widget::{Settings, Widget};
