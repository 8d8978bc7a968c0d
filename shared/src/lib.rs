//! Waymark's shared vocabulary: the normalized tracking timeline and the pure rules that
//! belong to it. No I/O lives here, so the same code runs natively, in the edge worker and in
//! the widget (`wasm32-unknown-unknown`).
//!
//! The JSON shape of every type is the contract in `DESIGN.md` ("Contracts"): snake_case names,
//! instants as RFC 3339 UTC with a `Z`, the scan's local offset kept beside them.

pub mod carrier;
pub mod carrier_page;
pub mod detect;
pub mod estimate;
pub mod eta;
pub mod event;
pub mod evidence;
pub mod exception;
pub mod exception_rules;
pub mod fold;
pub mod lanes;
pub mod leg;
pub mod location;
pub mod milestone;
pub mod order;
pub mod percent;
pub mod phase;
pub mod phase_infer;
pub mod pickup;
pub mod reason;
pub mod serde_time;
pub mod shipment;
pub mod status;
pub mod timeline;
pub mod words;

pub use carrier::Carrier;
pub use eta::{Eta, EtaBasis};
pub use event::Event;
pub use exception::{BuyerAction, ExceptionFacts, ExceptionKind, ShipmentException};
pub use leg::Leg;
pub use location::Location;
pub use phase::Phase;
pub use pickup::PickupPoint;
pub use reason::Reason;
pub use shipment::Shipment;
pub use status::Status;
