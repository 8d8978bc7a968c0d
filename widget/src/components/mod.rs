//! The widget's components: one concern each.

pub mod eta_line;
pub mod notices;
pub mod progress_bar;
pub mod shipment_card;
pub mod timeline_list;
pub mod widget;

pub use widget::{Settings, Widget};
