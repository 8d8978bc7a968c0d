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
    /// The signing key's id ([`key_id`]), so a rotation knows which secret to check; tokens
    /// signed before key ids existed have none and are checked against both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
}

/// The longest a token may live: a year and a day from the moment it is used (the mint route
/// clamps to 365 days; a token minted elsewhere for longer is refused).
pub const MAX_LIFETIME_SECONDS: i64 = 366 * 86_400;

/// A raw token longer than this is refused before anything is decoded.
pub const MAX_TOKEN_BYTES: usize = 4096;

/// The embed secrets: `current` signs; `previous`, during a rotation (docs/deploy.md), still
/// verifies what was signed before. Set `EMBED_SECRET_PREVIOUS` to the old secret and
/// `EMBED_SECRET` to the new one; remove the previous one once its tokens have expired.
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    /// The secret that signs.
    pub current: &'a [u8],
    /// The secret being rotated out, if any.
    pub previous: Option<&'a [u8]>,
}

impl<'a> Keys<'a> {
    /// One secret, no rotation under way.
    pub fn one(secret: &'a [u8]) -> Self {
        Keys {
            current: secret,
            previous: None,
        }
    }

    /// The secrets to check a payload naming key id `kid` against, in order.
    fn candidates(&self, kid: Option<&str>) -> Vec<&'a [u8]> {
        let all: Vec<&'a [u8]> = std::iter::once(self.current).chain(self.previous).collect();
        match kid {
            Some(k) => {
                let named: Vec<&'a [u8]> = all.iter().copied().filter(|s| key_id(s) == k).collect();
                if named.is_empty() {
                    all
                } else {
                    named
                }
            }
            None => all,
        }
    }
}

/// A secret's public id: 8 base64url characters of an HMAC of a fixed label. It names the key
/// without revealing anything about it.
pub fn key_id(secret: &[u8]) -> String {
    let digest = mac(secret, "waymark-key-id").finalize().into_bytes();
    URL_SAFE_NO_PAD.encode(&digest[..6])
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
    /// Used from an origin it was not issued for (or from a browser that sent none).
    #[error("token is not valid for this origin")]
    WrongOrigin,
    /// Its expiry is further away than [`MAX_LIFETIME_SECONDS`].
    #[error("token lifetime exceeds 366 days")]
    TooLong,
}

/// The MAC of `payload` (in `domain`) checked against each candidate secret in constant time.
fn check_mac(keys: &Keys, domain: &str, payload: &str, sig: &str) -> Result<Vec<u8>, TokenError> {
    let sig = URL_SAFE_NO_PAD
        .decode(sig)
        .map_err(|_| TokenError::Malformed)?;
    let json = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| TokenError::Malformed)?;
    // Only the key id is read before the MAC holds, to pick the secret.
    #[derive(Deserialize)]
    struct KeyOnly {
        #[serde(default)]
        k: Option<String>,
    }
    let kid = serde_json::from_slice::<KeyOnly>(&json)
        .ok()
        .and_then(|p| p.k);
    let signed = format!("{domain}{payload}");
    keys.candidates(kid.as_deref())
        .into_iter()
        .any(|secret| mac(secret, &signed).verify_slice(&sig).is_ok())
        .then_some(json)
        .ok_or(TokenError::BadSignature)
}

fn mac(secret: &[u8], payload: &str) -> HmacSha256 {
    let mut m = HmacSha256::new_from_slice(secret).expect("HMAC accepts any key length");
    m.update(payload.as_bytes());
    m
}

/// Signs a token with the merchant's embed secret (its key id set in the payload).
pub fn sign(token: &EmbedToken, secret: &[u8]) -> String {
    let mut token = token.clone();
    token.k = Some(key_id(secret));
    let json = serde_json::to_vec(&token).unwrap_or_default();
    let payload = URL_SAFE_NO_PAD.encode(json);
    let sig = URL_SAFE_NO_PAD.encode(mac(secret, &payload).finalize().into_bytes());
    format!("{payload}.{sig}")
}

/// Verifies a token: signature (constant-time, against the secret its key id names, or both
/// during a rotation), payload shape, expiry at `now` (Unix seconds) and lifetime, and its
/// origin — which a browser request must send (`browser`), and any request that sends one must
/// match. Nothing else is trusted before this.
pub fn verify(
    raw: &str,
    keys: &Keys,
    now: i64,
    origin: Option<&str>,
    browser: bool,
) -> Result<EmbedToken, TokenError> {
    let raw = raw.trim();
    if raw.len() > MAX_TOKEN_BYTES {
        return Err(TokenError::Malformed);
    }
    let (payload, sig) = raw.split_once('.').ok_or(TokenError::Malformed)?;
    let json = check_mac(keys, "", payload, sig)?;
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
    if token.exp - now > MAX_LIFETIME_SECONDS {
        return Err(TokenError::TooLong);
    }
    match origin {
        Some(o) if o != token.org => return Err(TokenError::WrongOrigin),
        None if browser => return Err(TokenError::WrongOrigin),
        _ => {}
    }
    Ok(token)
}

/// The rate-limit key of a verified token: its signature, which no padding or re-encoding of
/// the raw value can vary.
pub fn rate_key(raw: &str) -> &str {
    raw.trim().rsplit_once('.').map_or("", |(_, sig)| sig)
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

/// Verifies a support link: signature (constant-time, either secret during a rotation), shape,
/// expiry at `now`.
pub fn verify_support(raw: &str, keys: &Keys, now: i64) -> Result<SupportGrant, TokenError> {
    let raw = raw.trim();
    if raw.len() > MAX_TOKEN_BYTES {
        return Err(TokenError::Malformed);
    }
    let (payload, sig) = raw.split_once('.').ok_or(TokenError::Malformed)?;
    let json = check_mac(keys, SUPPORT_DOMAIN, payload, sig)?;
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

    const NOW: i64 = 1_999_000_000;
    const SHOP: &str = "https://shop.example.com";

    fn token() -> EmbedToken {
        EmbedToken {
            v: 1,
            o: "1042".into(),
            n: vec![TokenNumber {
                t: "LP00123456789CN".into(),
                c: Some("cainiao".into()),
            }],
            org: SHOP.into(),
            exp: 2_000_000_000,
            k: None,
        }
    }

    fn keys(s: &[u8]) -> Keys<'_> {
        Keys::one(s)
    }

    #[test]
    fn round_trip_with_the_key_id() {
        let raw = sign(&token(), b"secret");
        let got = verify(&raw, &keys(b"secret"), NOW, Some(SHOP), true).unwrap();
        assert_eq!(got.k.as_deref(), Some(key_id(b"secret").as_str()));
        assert_eq!(EmbedToken { k: None, ..got }, token());
        // A server-side caller (no browser headers) may send no Origin.
        assert!(verify(&raw, &keys(b"secret"), NOW, None, false).is_ok());
    }

    #[test]
    fn refusals() {
        let raw = sign(&token(), b"secret");
        let k = keys(b"secret");
        assert_eq!(
            verify(&raw, &keys(b"other"), NOW, None, false),
            Err(TokenError::BadSignature)
        );
        assert_eq!(
            verify(&raw, &k, 2_000_000_000, None, false),
            Err(TokenError::Expired)
        );
        assert_eq!(
            verify(&raw, &k, NOW, Some("https://evil.example"), true),
            Err(TokenError::WrongOrigin)
        );
        assert_eq!(
            verify(&raw, &k, NOW, None, true),
            Err(TokenError::WrongOrigin),
            "a browser request must say where it comes from"
        );
        assert_eq!(
            verify("garbage", &k, NOW, None, false),
            Err(TokenError::Malformed)
        );
        assert_eq!(
            verify(&"a.".repeat(3000), &k, NOW, None, false),
            Err(TokenError::Malformed)
        );
        // A payload changed after signing fails the signature.
        let (payload, sig) = raw.split_once('.').unwrap();
        let mut forged = token();
        forged.n[0].t = "SOMEONE-ELSES".into();
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
        assert_ne!(payload, forged_payload);
        assert_eq!(
            verify(&format!("{forged_payload}.{sig}"), &k, NOW, None, false),
            Err(TokenError::BadSignature)
        );
    }

    #[test]
    fn the_lifetime_is_bounded_at_verify() {
        let forever = EmbedToken {
            exp: NOW + MAX_LIFETIME_SECONDS + 1,
            ..token()
        };
        let raw = sign(&forever, b"secret");
        assert_eq!(
            verify(&raw, &keys(b"secret"), NOW, None, false),
            Err(TokenError::TooLong)
        );
        let year = EmbedToken {
            exp: NOW + 365 * 86_400,
            ..token()
        };
        assert!(verify(&sign(&year, b"secret"), &keys(b"secret"), NOW, None, false).is_ok());
    }

    #[test]
    fn rotation_keeps_old_tokens_working_until_the_previous_secret_goes() {
        let old = sign(&token(), b"old-secret");
        let new = sign(&token(), b"new-secret");
        let rotating = Keys {
            current: b"new-secret",
            previous: Some(b"old-secret"),
        };
        assert!(verify(&old, &rotating, NOW, None, false).is_ok());
        assert!(verify(&new, &rotating, NOW, None, false).is_ok());
        assert_eq!(
            verify(&old, &keys(b"new-secret"), NOW, None, false),
            Err(TokenError::BadSignature),
            "once the previous secret is removed, its tokens stop"
        );
        // A token from before key ids (no `k`) is checked against both secrets.
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&token()).unwrap());
        let sig = URL_SAFE_NO_PAD.encode(mac(b"old-secret", &payload).finalize().into_bytes());
        assert!(verify(&format!("{payload}.{sig}"), &rotating, NOW, None, false).is_ok());
        assert_ne!(key_id(b"old-secret"), key_id(b"new-secret"));
        assert_eq!(key_id(b"new-secret").len(), 8);
    }

    #[test]
    fn the_rate_key_is_the_signature_whatever_the_padding() {
        let raw = sign(&token(), b"secret");
        let padded = format!("  {raw}\t ");
        assert!(verify(&padded, &keys(b"secret"), NOW, None, false).is_ok());
        assert_eq!(rate_key(&padded), rate_key(&raw));
        assert_eq!(rate_key(&raw), raw.split_once('.').unwrap().1);
    }

    #[test]
    fn matches_the_documented_node_signing() {
        // Computed with node:crypto as in docs/embed-token-and-timeline.md.
        let payload = "eyJ2IjoxfQ";
        let expected = URL_SAFE_NO_PAD.encode(mac(b"k", payload).finalize().into_bytes());
        assert_eq!(expected.len(), 43);
        assert!(matches!(
            verify(
                &format!("{payload}.{expected}"),
                &keys(b"k"),
                0,
                None,
                false
            ),
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
        let k = keys(b"secret");
        let link = sign_support(&grant, b"secret");
        assert_eq!(verify_support(&link, &k, NOW), Ok(grant.clone()));
        assert_eq!(
            verify_support(&link, &k, 2_000_000_000),
            Err(TokenError::Expired)
        );
        assert_eq!(
            verify_support(&link, &keys(b"other"), 0),
            Err(TokenError::BadSignature)
        );
        let (payload, sig) = link.split_once('.').unwrap();
        let mut other = grant.clone();
        other.o = "1043".into();
        let forged = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).unwrap());
        assert_ne!(payload, forged);
        assert_eq!(
            verify_support(&format!("{forged}.{sig}"), &k, 0),
            Err(TokenError::BadSignature)
        );
        // An embed token is not a support link, nor the other way round.
        let embed = sign(&token(), b"secret");
        assert!(verify_support(&embed, &k, 0).is_err());
        assert!(verify(&link, &k, 0, None, false).is_err());
    }
}
