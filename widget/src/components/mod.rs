//! The widget's components: one concern each. They show the answer's strings as they are.

pub mod eta_line;
pub mod links;
pub mod notices;
pub mod progress_bar;
pub mod shipment_card;
pub mod timeline_list;
pub mod widget;

pub use widget::{start, OrderCtx, Settings};
