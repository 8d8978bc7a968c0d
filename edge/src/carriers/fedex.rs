//! Fedex adapter — not written yet: every payload is refused with a typed error.

use super::{Adapter, AdapterError, Context};
use waymark_shared::{Carrier, Shipment};

/// The Fedex adapter.
pub struct Fedex;

impl Adapter for Fedex {
    fn carrier(&self) -> Carrier {
        Carrier::Fedex
    }

    fn normalize(&self, _body: &[u8], _ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        Err(AdapterError::UnsupportedCarrier(
            self.carrier().slug().to_string(),
        ))
    }
}
