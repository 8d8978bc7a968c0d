//! Ups adapter — not written yet: every payload is refused with a typed error.

use super::{Adapter, AdapterError, Context};
use waymark_shared::{Carrier, Shipment};

/// The Ups adapter.
pub struct Ups;

impl Adapter for Ups {
    fn carrier(&self) -> Carrier {
        Carrier::Ups
    }

    fn normalize(&self, _body: &[u8], _ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        Err(AdapterError::UnsupportedCarrier(
            self.carrier().slug().to_string(),
        ))
    }
}
