//! Signed merchant webhooks: `Waymark-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
//! `"<t>.<body>"`, verified in constant time within a replay window. (The delivery queue and
//! the scheduled refresh that send them are not built yet.)

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// How far a signature's timestamp may be from the receiver's clock.
pub const REPLAY_WINDOW_SECONDS: i64 = 300;

fn mac(secret: &[u8], timestamp: i64, body: &[u8]) -> HmacSha256 {
    let mut m = HmacSha256::new_from_slice(secret).expect("HMAC accepts any key length");
    m.update(timestamp.to_string().as_bytes());
    m.update(b".");
    m.update(body);
    m
}

/// The `Waymark-Signature` header value for `body` sent at `timestamp`.
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let digest = mac(secret, timestamp, body).finalize().into_bytes();
    format!("t={timestamp},v1={}", super::hex::encode(&digest))
}

/// Why a received webhook was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    /// The header is not `t=…,v1=…`.
    #[error("malformed signature header")]
    Malformed,
    /// Outside the replay window.
    #[error("signature timestamp outside the replay window")]
    Stale,
    /// The HMAC does not match.
    #[error("signature does not match")]
    Mismatch,
}

/// Verifies a header against `body` at `now` (what a merchant's receiver does).
pub fn verify(secret: &[u8], header: &str, body: &[u8], now: i64) -> Result<(), WebhookError> {
    let mut timestamp = None;
    let mut signature = None;
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => timestamp = v.parse::<i64>().ok(),
            Some(("v1", v)) => signature = super::hex::decode(v),
            _ => {}
        }
    }
    let (Some(t), Some(sig)) = (timestamp, signature) else {
        return Err(WebhookError::Malformed);
    };
    if (now - t).abs() > REPLAY_WINDOW_SECONDS {
        return Err(WebhookError::Stale);
    }
    mac(secret, t, body)
        .verify_slice(&sig)
        .map_err(|_| WebhookError::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify() {
        let body = br#"{"event":"milestone","kind":"delivered"}"#;
        let header = sign(b"whsec", 1_700_000_000, body);
        assert!(header.starts_with("t=1700000000,v1="));
        assert_eq!(verify(b"whsec", &header, body, 1_700_000_100), Ok(()));
        assert_eq!(
            verify(b"whsec", &header, body, 1_700_000_400),
            Err(WebhookError::Stale)
        );
        assert_eq!(
            verify(b"other", &header, body, 1_700_000_000),
            Err(WebhookError::Mismatch)
        );
        assert_eq!(
            verify(b"whsec", &header, b"{}", 1_700_000_000),
            Err(WebhookError::Mismatch)
        );
        assert_eq!(
            verify(b"whsec", "v1=zz", body, 0),
            Err(WebhookError::Malformed)
        );
    }
}
