//! Carrier adapters: one module per carrier behind the [`Adapter`] trait.
//!
//! Adding a carrier is a new file here and one line in [`ADAPTERS`].

mod error;

pub mod australiapost;
pub mod cainiao;
pub mod canadapost;
pub mod dhl;
pub mod easypost;
pub mod fedex;
pub mod fourpx;
pub mod landmark;
pub mod laposte;
pub mod royalmail;
pub mod seko;
pub mod seventeentrack;
pub mod ups;
pub mod usps;
pub mod yanwen;

pub use error::AdapterError;

use chrono::{DateTime, Utc};
use waymark_shared::{Carrier, Shipment};

/// What an adapter is told besides the payload.
#[derive(Debug, Clone)]
pub struct Context {
    /// When the payload was fetched: becomes each shipment's `updated_at`.
    pub fetched_at: DateTime<Utc>,
}

/// Turns one carrier's tracking reply into normalized shipments.
pub trait Adapter: Sync {
    /// The carrier this adapter speaks for.
    fn carrier(&self) -> Carrier;

    /// Parses a reply body. One shipment per distinct parcel in the payload (never two
    /// parcels interleaved); an empty list when the carrier knows no such number; a typed
    /// error for error replies and malformed bodies. Must not panic on any input.
    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError>;
}

/// Every adapter, one line each.
pub static ADAPTERS: &[&dyn Adapter] = &[
    &dhl::Dhl,
    &ups::Ups,
    &fedex::Fedex,
    &usps::Usps,
    &canadapost::CanadaPost,
    &australiapost::AustraliaPost,
    &laposte::LaPoste,
    &royalmail::RoyalMail,
    &cainiao::Cainiao,
    &fourpx::FourPx,
    &yanwen::Yanwen,
    &landmark::Landmark,
    &seko::Seko,
    &easypost::EasyPost,
    &seventeentrack::SeventeenTrack,
];

/// The adapter for a carrier, if Waymark has one.
pub fn adapter_for(carrier: &Carrier) -> Option<&'static dyn Adapter> {
    ADAPTERS.iter().copied().find(|a| &a.carrier() == carrier)
}

/// Normalizes a payload with the named carrier's adapter.
/// Whether `carrier` has an adapter here, decided from the carrier alone: code that only
/// needs to know (the storefront-facing worker, which asks `waymark-updates` for the legs)
/// then links none of the adapters.
pub fn has_adapter(carrier: &Carrier) -> bool {
    Carrier::KNOWN.contains(carrier)
}

pub fn normalize(
    carrier: &Carrier,
    body: &[u8],
    ctx: &Context,
) -> Result<Vec<Shipment>, AdapterError> {
    let mut found = adapter_for(carrier)
        .ok_or_else(|| AdapterError::UnsupportedCarrier(carrier.slug().to_string()))?
        .normalize(body, ctx)?;
    // One privacy pass over every adapter's output (docs/privacy.md).
    found
        .iter_mut()
        .for_each(crate::normalize::personal::shipment);
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_carrier_has_exactly_one_adapter() {
        for c in Carrier::KNOWN {
            let n = ADAPTERS.iter().filter(|a| a.carrier() == c).count();
            assert_eq!(n, 1, "{c:?}");
        }
        assert!(adapter_for(&Carrier::Other("bpost".into())).is_none());
        for c in Carrier::KNOWN
            .into_iter()
            .chain([Carrier::Other("bpost".into()), Carrier::Other("".into())])
        {
            assert_eq!(has_adapter(&c), adapter_for(&c).is_some(), "{c:?}");
        }
    }
}
