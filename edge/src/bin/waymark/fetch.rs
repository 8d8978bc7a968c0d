//! `waymark fetch`: the carrier request the worker would make, made from the operator's own
//! terminal. The requests — OAuth token step included — are built by the worker's sans-IO code
//! (`waymark_edge::api::upstream`) from the same variable names the worker's configuration
//! reads; only the blocking I/O lives here.

use std::time::Duration;
use waymark_edge::api::upstream::{
    carrier_config, env_prefix, needs_oauth, oauth_request, oauth_token, required_credentials,
    track_request, CarrierConfig, OAuthReplyError, UpstreamRequest,
};
use waymark_edge::carriers::{self, AdapterError, Context};
use waymark_shared::{Carrier, Shipment};

/// How long each request (the token and the tracking request alike) may take.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// Which of the worker's requests a failure happened on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The OAuth client-credentials token request (UPS, FedEx, USPS).
    Token,
    /// The tracking request for the number.
    Tracking,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Step::Token => "OAuth token request",
            Step::Tracking => "tracking request",
        })
    }
}

/// Why `fetch` printed no timeline. Each reads as one line; the caller names the carrier.
/// None carries a credential's value.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Credentials the carrier's requests are built from are not in the environment.
    #[error("missing credential{}: {} (environment)", if .missing.len() == 1 { "" } else { "s" }, .missing.join(", "))]
    MissingCredential {
        /// The variable names, e.g. `UPS_CLIENT_ID`.
        missing: Vec<String>,
    },
    /// The worker has no request shape for this carrier.
    #[error("no API request for this carrier")]
    Unsupported,
    /// The request could not be made (connection, TLS, name resolution, …).
    #[error("{0} to {1} failed: {2}")]
    Network(Step, String, String),
    /// No whole answer within [`TIMEOUT`].
    #[error("no answer to the {0} within {1} s")]
    Timeout(Step, u64),
    /// The carrier answered with a status that is not a success; `detail` is what the
    /// carrier's reply says, when the adapter can read it.
    #[error("the carrier answered HTTP {status} to the {step}{}", .detail.as_ref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Status {
        /// Which request.
        step: Step,
        /// The HTTP status.
        status: u16,
        /// The carrier's own words for the failure, one line.
        detail: Option<String>,
    },
    /// The OAuth reply (a success status) gave no token.
    #[error("{0}")]
    Token(String),
    /// The tracking reply could not be read as a timeline.
    #[error("unreadable reply: {0}")]
    Unreadable(AdapterError),
}

/// The carrier's answer to the tracking request.
pub struct Reply {
    /// The HTTP status (2xx unless the caller asked for the body whatever it is).
    pub status: u16,
    /// The body as received.
    pub body: Vec<u8>,
}

/// The configuration the worker would use for `carrier`, read from this process's
/// environment (a blank variable counts as unset, as in the worker).
pub fn config_from_env(carrier: &Carrier) -> CarrierConfig {
    carrier_config(carrier, |name| {
        std::env::var(name).ok().filter(|v| !v.trim().is_empty())
    })
}

/// The variables naming the credentials `carrier`'s requests need, those unset first checked.
fn check_credentials(carrier: &Carrier, cfg: &CarrierConfig) -> Result<(), FetchError> {
    let prefix = env_prefix(carrier);
    let missing: Vec<String> = required_credentials(carrier)
        .iter()
        .filter(|name| !cfg.credentials.contains_key(**name))
        .map(|name| format!("{prefix}_{name}"))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(FetchError::MissingCredential { missing })
    }
}

/// Makes the worker's request(s) for `number`: the OAuth token first where the worker gets
/// one, then the tracking request. A non-2xx tracking status is an error unless `any_status`
/// (then the body comes back with it, for `--raw`).
pub fn fetch(carrier: &Carrier, number: &str, any_status: bool) -> Result<Reply, FetchError> {
    let cfg = config_from_env(carrier);
    check_credentials(carrier, &cfg)?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .into();
    let bearer = if needs_oauth(carrier) {
        let req = oauth_request(carrier, &cfg).ok_or(FetchError::Unsupported)?;
        let (status, body) = send(&agent, &req, Step::Token)?;
        if !(200..300).contains(&status) {
            return Err(FetchError::Status {
                step: Step::Token,
                status,
                detail: None,
            });
        }
        let token = oauth_token(status, &body).map_err(|e| {
            FetchError::Token(match e {
                OAuthReplyError::Unreadable(why) => format!("unreadable OAuth reply: {why}"),
                OAuthReplyError::NoToken(_) => "the OAuth reply holds no access_token".into(),
            })
        })?;
        Some(token.token)
    } else {
        None
    };
    let req =
        track_request(carrier, number, &cfg, bearer.as_deref()).ok_or(FetchError::Unsupported)?;
    let (status, body) = send(&agent, &req, Step::Tracking)?;
    if !(200..300).contains(&status) && !any_status {
        // The adapter often reads the carrier's error reply (its code and message).
        let detail = match carriers::normalize(carrier, &body, &context()) {
            Err(e @ (AdapterError::Carrier { .. } | AdapterError::NotFound(_))) => {
                Some(redact(&e.to_string(), &cfg))
            }
            _ => None,
        };
        return Err(FetchError::Status {
            step: Step::Tracking,
            status,
            detail,
        });
    }
    Ok(Reply { status, body })
}

/// The reply as the worker reads it: its shipments, or — for a number the carrier does not
/// know yet (an empty list, or an explicit "not found") — one pending shipment, as the worker
/// serves it. The flag says which.
pub fn shipments(
    carrier: &Carrier,
    number: &str,
    body: &[u8],
) -> Result<(Vec<Shipment>, bool), FetchError> {
    let ctx = context();
    match carriers::normalize(carrier, body, &ctx) {
        Ok(found) if !found.is_empty() => Ok((found, false)),
        Ok(_) | Err(AdapterError::NotFound(_)) => Ok((
            vec![Shipment::from_events(
                carrier.clone(),
                number,
                vec![],
                ctx.fetched_at,
            )],
            true,
        )),
        Err(e) => Err(FetchError::Unreadable(e)),
    }
}

fn context() -> Context {
    Context {
        fetched_at: chrono::Utc::now(),
    }
}

/// Sends one described request; `(status, body)` for any answer.
fn send(
    agent: &ureq::Agent,
    req: &UpstreamRequest,
    step: Step,
) -> Result<(u16, Vec<u8>), FetchError> {
    let target = without_userinfo(&req.url);
    let net = |e: String| FetchError::Network(step, target.clone(), e);
    let mut builder = ureq::http::Request::builder()
        .method(req.method)
        .uri(&req.url);
    for (name, value) in &req.headers {
        builder = builder.header(name, value);
    }
    let answer = match &req.body {
        Some(body) => builder.body(body.clone()).map(|r| agent.run(r)),
        None => builder.body(()).map(|r| agent.run(r)),
    }
    // The http crate's errors name what was wrong, never a header's value.
    .map_err(|e| net(format!("cannot build the request: {e}")))?;
    let timeout = |e: ureq::Error| match e {
        ureq::Error::Timeout(_) => FetchError::Timeout(step, TIMEOUT.as_secs()),
        e => net(e.to_string()),
    };
    let mut resp = answer.map_err(timeout)?;
    let status = resp.status().as_u16();
    let body = resp.body_mut().read_to_vec().map_err(timeout)?;
    Ok((status, body))
}

/// A URL fit for an error line: any `user:password@` dropped.
fn without_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://{}", &rest[at + 1..]),
        None => url.to_string(),
    }
}

/// `text` with every configured credential value masked (a carrier's error may echo one).
fn redact(text: &str, cfg: &CarrierConfig) -> String {
    cfg.credentials
        .values()
        .filter(|v| v.len() >= 4)
        .fold(text.to_string(), |t, v| t.replace(v.as_str(), "***"))
}

/// The `--help` text on configuration: every carrier's variables, from the same names the
/// worker reads.
pub fn env_help() -> String {
    let mut out = String::from(
        "Environment (the worker's own variable names; a blank value counts as unset):\n  \
         <PREFIX>_BASE_URL     the carrier's API base URL (PREFIX: the slug in capitals, FOURPX\n                        \
         for 4px, SEVENTEENTRACK for 17track); when unset, CARRIER_SANDBOX_URL/<slug>;\n                        \
         when that is unset too, the carrier's production URL\n  \
         CARRIER_SANDBOX_URL   e.g. http://127.0.0.1:8080/carriers (node sandbox/server.mjs)\n\
         Credentials, per carrier:\n",
    );
    for carrier in Carrier::KNOWN {
        let prefix = env_prefix(&carrier);
        let creds: Vec<String> = required_credentials(&carrier)
            .iter()
            .map(|c| format!("{prefix}_{c}"))
            .collect();
        let creds = if creds.is_empty() {
            "none".to_string()
        } else {
            creds.join(", ")
        };
        let oauth = if needs_oauth(&carrier) {
            " (OAuth token first)"
        } else {
            ""
        };
        out.push_str(&format!("  {:<14}{creds}{oauth}\n", carrier.slug()));
    }
    out.push_str(&format!(
        "Each request times out after {} s. Credentials are sent to the carrier only, never printed.\n\
         Example: DHL_API_KEY=... waymark fetch --carrier dhl 7777777770",
        TIMEOUT.as_secs()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_never_reaches_an_error_line() {
        assert_eq!(
            without_userinfo("https://u:p@api.test/x?a=b@c"),
            "https://api.test/x?a=b@c"
        );
        assert_eq!(without_userinfo("http://h/a@b"), "http://h/a@b");
    }

    #[test]
    fn credentials_are_masked() {
        let mut cfg = CarrierConfig::default();
        cfg.credentials
            .insert("API_KEY".into(), "s3cret-key".into());
        assert_eq!(redact("bad key s3cret-key", &cfg), "bad key ***");
    }
}
