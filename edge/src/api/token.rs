//! Merchant-signed embed tokens: `base64url(payload JSON) "." base64url(HMAC-SHA256)`.
//! The format is documented in `docs/embed-token-and-timeline.md`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Most tracking numbers one token may name.
pub const MAX_NUMBERS: usize = 10;

/// One tracking number in a token, with an optional carrier hint (a slug).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenNumber {
    /// The tracking number.
    pub t: String,
    /// The carrier slug, when the merchant knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
}

/// What a token grants: one order's tracking, from one origin, until it expires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmbedToken {
    /// Format version (1).
    pub v: u8,
    /// The merchant's order id.
    pub o: String,
    /// The order's tracking numbers.
    pub n: Vec<TokenNumber>,
    /// The storefront origin allowed to use it (`https://shop.example.com`).
    pub org: String,
    /// Expiry, Unix seconds.
    pub exp: i64,
}

/// Why a token was refused (all map to 401).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Not two base64url parts.
    #[error("token is malformed")]
    Malformed,
    /// The signature does not match.
    #[error("token signature is invalid")]
    BadSignature,
    /// The payload is not a valid token.
    #[error("token payload is invalid: {0}")]
    BadPayload(String),
    /// Past its expiry.
    #[error("token has expired")]
    Expired,
    /// Used from an origin it was not issued for.
    #[error("token is not valid for this origin")]
    WrongOrigin,
}

fn mac(secret: &[u8], payload: &str) -> HmacSha256 {
    let mut m = HmacSha256::new_from_slice(secret).expect("HMAC accepts any key length");
    m.update(payload.as_bytes());
    m
}

/// Signs a token with the merchant's embed secret.
pub fn sign(token: &EmbedToken, secret: &[u8]) -> String {
    let json = serde_json::to_vec(token).unwrap_or_default();
    let payload = URL_SAFE_NO_PAD.encode(json);
    let sig = URL_SAFE_NO_PAD.encode(mac(secret, &payload).finalize().into_bytes());
    format!("{payload}.{sig}")
}

/// Verifies a token: signature (constant-time), payload shape, expiry at `now` (Unix
/// seconds) and, when the request names one, its origin. Nothing else is trusted before this.
pub fn verify(
    raw: &str,
    secret: &[u8],
    now: i64,
    origin: Option<&str>,
) -> Result<EmbedToken, TokenError> {
    let (payload, sig) = raw.trim().split_once('.').ok_or(TokenError::Malformed)?;
    let sig = URL_SAFE_NO_PAD
        .decode(sig)
        .map_err(|_| TokenError::Malformed)?;
    mac(secret, payload)
        .verify_slice(&sig)
        .map_err(|_| TokenError::BadSignature)?;
    let json = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| TokenError::Malformed)?;
    let token: EmbedToken =
        serde_json::from_slice(&json).map_err(|e| TokenError::BadPayload(e.to_string()))?;
    if token.v != 1
        || token.n.is_empty()
        || token.n.len() > MAX_NUMBERS
        || token
            .n
            .iter()
            .any(|n| n.t.trim().is_empty() || n.t.len() > 64)
    {
        return Err(TokenError::BadPayload(
            "expected v=1 and 1–10 tracking numbers".into(),
        ));
    }
    if token.exp <= now {
        return Err(TokenError::Expired);
    }
    if let Some(origin) = origin {
        if origin != token.org {
            return Err(TokenError::WrongOrigin);
        }
    }
    Ok(token)
}

/// A support link's grant: one order's read-only view for the store's agent, until it
/// expires. The order id and its numbers only; no personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportGrant {
    /// The merchant's order id.
    pub o: String,
    /// The order's tracking numbers.
    pub n: Vec<TokenNumber>,
    /// Expiry, Unix seconds.
    pub exp: i64,
}

/// What a support link's MAC covers besides the payload, so an embed token is never a support
/// link nor the other way round, though both are signed with the embed secret.
const SUPPORT_DOMAIN: &str = "waymark-support.";

/// Signs a support link (same format as an embed token, in its own MAC domain).
pub fn sign_support(grant: &SupportGrant, secret: &[u8]) -> String {
    let json = serde_json::to_vec(grant).unwrap_or_default();
    let payload = URL_SAFE_NO_PAD.encode(json);
    let sig = URL_SAFE_NO_PAD.encode(
        mac(secret, &format!("{SUPPORT_DOMAIN}{payload}"))
            .finalize()
            .into_bytes(),
    );
    format!("{payload}.{sig}")
}

/// Verifies a support link: signature (constant-time), shape, expiry at `now`.
pub fn verify_support(raw: &str, secret: &[u8], now: i64) -> Result<SupportGrant, TokenError> {
    let (payload, sig) = raw.trim().split_once('.').ok_or(TokenError::Malformed)?;
    let sig = URL_SAFE_NO_PAD
        .decode(sig)
        .map_err(|_| TokenError::Malformed)?;
    mac(secret, &format!("{SUPPORT_DOMAIN}{payload}"))
        .verify_slice(&sig)
        .map_err(|_| TokenError::BadSignature)?;
    let json = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| TokenError::Malformed)?;
    let grant: SupportGrant =
        serde_json::from_slice(&json).map_err(|e| TokenError::BadPayload(e.to_string()))?;
    if grant.o.is_empty()
        || grant.n.is_empty()
        || grant.n.len() > MAX_NUMBERS
        || grant
            .n
            .iter()
            .any(|n| n.t.trim().is_empty() || n.t.len() > 64)
    {
        return Err(TokenError::BadPayload(
            "expected an order id and 1–10 tracking numbers".into(),
        ));
    }
    if grant.exp <= now {
        return Err(TokenError::Expired);
    }
    Ok(grant)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token() -> EmbedToken {
        EmbedToken {
            v: 1,
            o: "1042".into(),
            n: vec![TokenNumber {
                t: "LP00123456789CN".into(),
                c: Some("cainiao".into()),
            }],
            org: "https://shop.example.com".into(),
            exp: 2_000_000_000,
        }
    }

    #[test]
    fn round_trip() {
        let raw = sign(&token(), b"secret");
        assert_eq!(
            verify(
                &raw,
                b"secret",
                1_900_000_000,
                Some("https://shop.example.com")
            )
            .unwrap(),
            token()
        );
        assert_eq!(
            verify(&raw, b"secret", 1_900_000_000, None).unwrap(),
            token()
        );
    }

    #[test]
    fn refusals() {
        let raw = sign(&token(), b"secret");
        assert_eq!(
            verify(&raw, b"other", 0, None),
            Err(TokenError::BadSignature)
        );
        assert_eq!(
            verify(&raw, b"secret", 2_000_000_000, None),
            Err(TokenError::Expired)
        );
        assert_eq!(
            verify(&raw, b"secret", 0, Some("https://evil.example")),
            Err(TokenError::WrongOrigin)
        );
        assert_eq!(
            verify("garbage", b"secret", 0, None),
            Err(TokenError::Malformed)
        );
        // A payload changed after signing fails the signature.
        let (payload, sig) = raw.split_once('.').unwrap();
        let mut forged = token();
        forged.n[0].t = "SOMEONE-ELSES".into();
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
        assert_ne!(payload, forged_payload);
        assert_eq!(
            verify(&format!("{forged_payload}.{sig}"), b"secret", 0, None),
            Err(TokenError::BadSignature)
        );
    }

    #[test]
    fn matches_the_documented_node_signing() {
        // Computed with node:crypto as in docs/embed-token-and-timeline.md.
        let payload = "eyJ2IjoxfQ";
        let expected = URL_SAFE_NO_PAD.encode(mac(b"k", payload).finalize().into_bytes());
        assert_eq!(expected.len(), 43);
        assert!(matches!(
            verify(&format!("{payload}.{expected}"), b"k", 0, None),
            Err(TokenError::BadPayload(_))
        ));
    }

    #[test]
    fn support_links_are_their_own_kind() {
        let grant = SupportGrant {
            o: "1042".into(),
            n: token().n,
            exp: 2_000_000_000,
        };
        let link = sign_support(&grant, b"secret");
        assert_eq!(
            verify_support(&link, b"secret", 1_900_000_000),
            Ok(grant.clone())
        );
        assert_eq!(
            verify_support(&link, b"secret", 2_000_000_000),
            Err(TokenError::Expired)
        );
        assert_eq!(
            verify_support(&link, b"other", 0),
            Err(TokenError::BadSignature)
        );
        let (payload, sig) = link.split_once('.').unwrap();
        let mut other = grant.clone();
        other.o = "1043".into();
        let forged = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).unwrap());
        assert_ne!(payload, forged);
        assert_eq!(
            verify_support(&format!("{forged}.{sig}"), b"secret", 0),
            Err(TokenError::BadSignature)
        );
        // An embed token is not a support link, nor the other way round.
        let embed = sign(&token(), b"secret");
        assert!(verify_support(&embed, b"secret", 0).is_err());
        assert!(verify(&link, b"secret", 0, None).is_err());
    }
}
