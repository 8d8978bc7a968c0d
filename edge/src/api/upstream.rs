//! What each carrier's tracking API expects: URL, method, headers, body — pure functions of
//! the number and the merchant's configuration, so they are tested without a network.

use super::query::encode;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::collections::HashMap;
use waymark_shared::Carrier;

/// A carrier's base URL and credentials (`API_KEY`, `CLIENT_ID`, `CLIENT_SECRET`, `USERNAME`,
/// `PASSWORD`, `ACCOUNT`), as read from Worker vars and secrets.
#[derive(Debug, Clone, Default)]
pub struct CarrierConfig {
    /// Base URL without a trailing slash.
    pub base_url: String,
    /// Credentials by name.
    pub credentials: HashMap<String, String>,
}

impl CarrierConfig {
    fn cred(&self, name: &str) -> &str {
        self.credentials.get(name).map(String::as_str).unwrap_or("")
    }
}

/// The credential names a carrier's vars and secrets may carry, each read as
/// `<PREFIX>_<NAME>` (`UPS_CLIENT_ID`, `DHL_API_KEY`, …).
pub const CREDENTIAL_NAMES: [&str; 6] = [
    "API_KEY",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "USERNAME",
    "PASSWORD",
    "ACCOUNT",
];

/// The sandbox's base URL, under which each carrier answers at `/<slug>`.
pub const SANDBOX_URL_VAR: &str = "CARRIER_SANDBOX_URL";

/// A carrier's base URL and credentials from named settings (`lookup` gives a set, non-blank
/// value): `<PREFIX>_BASE_URL` when set; otherwise the sandbox (`CARRIER_SANDBOX_URL/<slug>`)
/// when configured; otherwise the carrier's production URL. The worker reads its vars and
/// secrets through this; the command line reads its environment.
pub fn carrier_config(carrier: &Carrier, lookup: impl Fn(&str) -> Option<String>) -> CarrierConfig {
    let prefix = env_prefix(carrier);
    let base_url = lookup(&format!("{prefix}_BASE_URL"))
        .or_else(|| {
            lookup(SANDBOX_URL_VAR)
                .map(|s| format!("{}/{}", s.trim_end_matches('/'), carrier.slug()))
        })
        .unwrap_or_else(|| default_base_url(carrier).to_string());
    let credentials = CREDENTIAL_NAMES
        .into_iter()
        .filter_map(|k| lookup(&format!("{prefix}_{k}")).map(|v| (k.to_string(), v)))
        .collect();
    CarrierConfig {
        base_url: base_url.trim_end_matches('/').to_string(),
        credentials,
    }
}

/// The credentials a carrier's requests (the OAuth token request included) are built from;
/// the worker sends blanks for unset ones, the command line refuses to.
pub fn required_credentials(carrier: &Carrier) -> &'static [&'static str] {
    match carrier {
        Carrier::Ups | Carrier::Fedex | Carrier::Usps | Carrier::RoyalMail => {
            &["CLIENT_ID", "CLIENT_SECRET"]
        }
        Carrier::CanadaPost | Carrier::Landmark => &["USERNAME", "PASSWORD"],
        Carrier::AustraliaPost => &["ACCOUNT", "API_KEY", "PASSWORD"],
        Carrier::Dhl
        | Carrier::LaPoste
        | Carrier::Yanwen
        | Carrier::Seko
        | Carrier::EasyPost
        | Carrier::SeventeenTrack => &["API_KEY"],
        Carrier::Cainiao | Carrier::FourPx | Carrier::Other(_) => &[],
    }
}

/// An HTTP request to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpstreamRequest {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// Full URL.
    pub url: String,
    /// Headers (credentials among them: never logged, never returned).
    pub headers: Vec<(String, String)>,
    /// Body, for POST.
    pub body: Option<String>,
}

impl UpstreamRequest {
    fn get(url: String) -> Self {
        UpstreamRequest {
            method: "GET",
            url,
            headers: vec![("Accept".into(), "application/json".into())],
            body: None,
        }
    }

    fn post_json(url: String, body: serde_json::Value) -> Self {
        UpstreamRequest {
            method: "POST",
            url,
            headers: vec![
                ("Accept".into(), "application/json".into()),
                ("Content-Type".into(), "application/json".into()),
            ],
            body: Some(body.to_string()),
        }
    }

    fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// The name prefix of a carrier's vars and secrets (`UPS_BASE_URL`, `FOURPX_API_KEY`, …).
pub fn env_prefix(carrier: &Carrier) -> String {
    match carrier {
        Carrier::FourPx => "FOURPX".into(),
        Carrier::SeventeenTrack => "SEVENTEENTRACK".into(),
        other => other.slug().to_ascii_uppercase(),
    }
}

/// The production base URL of a carrier's API.
pub fn default_base_url(carrier: &Carrier) -> &'static str {
    match carrier {
        Carrier::Dhl => "https://api-eu.dhl.com",
        Carrier::Ups => "https://onlinetools.ups.com",
        Carrier::Fedex => "https://apis.fedex.com",
        Carrier::Usps => "https://apis.usps.com",
        Carrier::CanadaPost => "https://soa-gw.canadapost.ca",
        Carrier::AustraliaPost => "https://digitalapi.auspost.com.au",
        Carrier::LaPoste => "https://api.laposte.fr",
        Carrier::RoyalMail => "https://api.royalmail.net",
        Carrier::Cainiao => "https://global.cainiao.com",
        Carrier::FourPx => "https://track.4px.com",
        Carrier::Yanwen => "https://trackapi.yanwentech.com",
        Carrier::Landmark => "https://api.landmarkglobal.com",
        Carrier::Seko => "https://api.omniparcel.com",
        Carrier::EasyPost => "https://api.easypost.com",
        Carrier::SeventeenTrack => "https://api.17track.net",
        Carrier::Other(_) => "",
    }
}

/// Whether a carrier wants an OAuth client-credentials token first.
pub fn needs_oauth(carrier: &Carrier) -> bool {
    matches!(carrier, Carrier::Ups | Carrier::Fedex | Carrier::Usps)
}

fn basic(user: &str, password: &str) -> String {
    format!("Basic {}", STANDARD.encode(format!("{user}:{password}")))
}

/// The OAuth token request of UPS, FedEx or USPS.
pub fn oauth_request(carrier: &Carrier, cfg: &CarrierConfig) -> Option<UpstreamRequest> {
    let (id, secret) = (cfg.cred("CLIENT_ID"), cfg.cred("CLIENT_SECRET"));
    let form = |url: String, body: String| UpstreamRequest {
        method: "POST",
        url,
        headers: vec![
            (
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            ),
            ("Accept".into(), "application/json".into()),
        ],
        body: Some(body),
    };
    Some(match carrier {
        Carrier::Ups => form(
            format!("{}/security/v1/oauth/token", cfg.base_url),
            "grant_type=client_credentials".into(),
        )
        .header("Authorization", basic(id, secret)),
        Carrier::Fedex => form(
            format!("{}/oauth/token", cfg.base_url),
            format!(
                "grant_type=client_credentials&client_id={}&client_secret={}",
                encode(id),
                encode(secret)
            ),
        ),
        Carrier::Usps => form(
            format!("{}/oauth2/v3/token", cfg.base_url),
            format!(
                "grant_type=client_credentials&client_id={}&client_secret={}",
                encode(id),
                encode(secret)
            ),
        ),
        _ => return None,
    })
}

/// A bearer token from an OAuth token reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthToken {
    /// The `access_token`.
    pub token: String,
    /// Seconds it is valid for (`expires_in`; an hour when the reply does not say).
    pub expires_in: u64,
}

/// Why an OAuth token reply gave no token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OAuthReplyError {
    /// The reply is not JSON.
    #[error("OAuth reply: {0}")]
    Unreadable(String),
    /// A JSON reply without a token, or a refusal: the HTTP status it came with.
    #[error("OAuth reply without a token (HTTP {0})")]
    NoToken(u16),
}

/// Reads the token out of an OAuth reply of UPS, FedEx or USPS.
pub fn oauth_token(status: u16, body: &[u8]) -> Result<OAuthToken, OAuthReplyError> {
    let v: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| OAuthReplyError::Unreadable(e.to_string()))?;
    let token = v["access_token"]
        .as_str()
        .filter(|_| status < 300)
        .ok_or(OAuthReplyError::NoToken(status))?
        .to_string();
    let expires_in = v["expires_in"]
        .as_u64()
        .or_else(|| v["expires_in"].as_str().and_then(|s| s.parse().ok()))
        .unwrap_or(3600);
    Ok(OAuthToken { token, expires_in })
}

/// The tracking request for one number. `bearer` is the OAuth token for carriers that need one.
pub fn track_request(
    carrier: &Carrier,
    number: &str,
    cfg: &CarrierConfig,
    bearer: Option<&str>,
) -> Option<UpstreamRequest> {
    let base = &cfg.base_url;
    let n = encode(number);
    let bearer = format!("Bearer {}", bearer.unwrap_or(""));
    Some(match carrier {
        Carrier::Dhl => UpstreamRequest::get(format!("{base}/track/shipments?trackingNumber={n}&language=en"))
            .header("DHL-API-Key", cfg.cred("API_KEY")),
        Carrier::Ups => UpstreamRequest::get(format!("{base}/api/track/v1/details/{n}?locale=en_US&returnMilestones=true"))
            .header("Authorization", bearer)
            .header("transId", format!("waymark-{n}"))
            .header("transactionSrc", "waymark"),
        Carrier::Fedex => UpstreamRequest::post_json(
            format!("{base}/track/v1/trackingnumbers"),
            serde_json::json!({"includeDetailedScans": true, "trackingInfo": [{"trackingNumberInfo": {"trackingNumber": number}}]}),
        )
        .header("Authorization", bearer),
        Carrier::Usps => UpstreamRequest::get(format!("{base}/tracking/v3/tracking/{n}?expand=DETAIL")).header("Authorization", bearer),
        Carrier::CanadaPost => UpstreamRequest::get(format!("{base}/vis/track/pin/{n}/detail"))
            .header("Accept", "application/vnd.cpc.track-v2+xml")
            .header("Authorization", basic(cfg.cred("USERNAME"), cfg.cred("PASSWORD"))),
        Carrier::AustraliaPost => UpstreamRequest::get(format!("{base}/shipping/v1/track?tracking_ids={n}"))
            .header("Account-Number", cfg.cred("ACCOUNT"))
            .header("Authorization", basic(cfg.cred("API_KEY"), cfg.cred("PASSWORD"))),
        Carrier::LaPoste => UpstreamRequest::get(format!("{base}/suivi/v2/idships/{n}?lang=en_GB")).header("X-Okapi-Key", cfg.cred("API_KEY")),
        Carrier::RoyalMail => UpstreamRequest::get(format!("{base}/mailpieces/v2/{n}/events"))
            .header("X-IBM-Client-Id", cfg.cred("CLIENT_ID"))
            .header("X-IBM-Client-Secret", cfg.cred("CLIENT_SECRET"))
            .header("X-Accept-RMG-Terms", "yes"),
        Carrier::Cainiao => UpstreamRequest::get(format!("{base}/global/detail.json?mailNos={n}&lang=en-US")),
        Carrier::FourPx => UpstreamRequest::post_json(
            format!("{base}/track/v2/front/listTrackV3"),
            serde_json::json!({"queryCodes": [number], "language": "en-us", "translateLanguage": ""}),
        ),
        Carrier::Yanwen => UpstreamRequest::get(format!("{base}/api/tracking?nums={n}")).header("Authorization", cfg.cred("API_KEY")),
        Carrier::Landmark => UpstreamRequest {
            method: "POST",
            url: format!("{base}/v2/Track.php"),
            headers: vec![("Content-Type".into(), "text/xml".into())],
            body: Some(format!(
                "<?xml version=\"1.0\"?><TrackRequest><Login><Username>{}</Username><Password>{}</Password></Login><Test>false</Test><TrackingNumber>{}</TrackingNumber></TrackRequest>",
                xml_escape(cfg.cred("USERNAME")),
                xml_escape(cfg.cred("PASSWORD")),
                xml_escape(number)
            )),
        },
        Carrier::Seko => UpstreamRequest::get(format!("{base}/api/v1/Tracking/StatusV2?connote={n}")).header("Access_Key", cfg.cred("API_KEY")),
        Carrier::EasyPost => UpstreamRequest::post_json(format!("{base}/v2/trackers"), serde_json::json!({"tracker": {"tracking_code": number}}))
            .header("Authorization", basic(cfg.cred("API_KEY"), "")),
        Carrier::SeventeenTrack => {
            UpstreamRequest::post_json(format!("{base}/track/v2.2/gettrackinfo"), serde_json::json!([{"number": number}]))
                .header("17token", cfg.cred("API_KEY"))
        }
        Carrier::Other(_) => return None,
    })
}

/// One 17TRACK `gettrackinfo` request for up to 40 numbers (its batch limit).
pub fn seventeentrack_batch_request(numbers: &[String], cfg: &CarrierConfig) -> UpstreamRequest {
    let items: Vec<serde_json::Value> = numbers
        .iter()
        .take(crate::proactive::schedule::SEVENTEENTRACK_BATCH)
        .map(|n| serde_json::json!({"number": n}))
        .collect();
    UpstreamRequest::post_json(
        format!("{}/track/v2.2/gettrackinfo", cfg.base_url),
        serde_json::Value::Array(items),
    )
    .header("17token", cfg.cred("API_KEY"))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(creds: &[(&str, &str)]) -> CarrierConfig {
        CarrierConfig {
            base_url: "https://sandbox.test/x".into(),
            credentials: creds
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn every_known_carrier_has_a_request() {
        for c in Carrier::KNOWN {
            let r = track_request(&c, "AB 12/3", &cfg(&[]), Some("tok")).unwrap();
            assert!(r.url.starts_with("https://sandbox.test/x/"), "{c:?}");
            assert!(
                !r.url.contains(' ') && !r.url.contains("12/3"),
                "number encoded: {}",
                r.url
            );
        }
        assert!(track_request(&Carrier::Other("bpost".into()), "1", &cfg(&[]), None).is_none());
    }

    #[test]
    fn shapes() {
        let ups = track_request(&Carrier::Ups, "1Z999", &cfg(&[]), Some("tok")).unwrap();
        assert_eq!(
            ups.url,
            "https://sandbox.test/x/api/track/v1/details/1Z999?locale=en_US&returnMilestones=true"
        );
        assert!(ups
            .headers
            .contains(&("Authorization".into(), "Bearer tok".into())));
        let fedex = track_request(&Carrier::Fedex, "1234", &cfg(&[]), Some("t")).unwrap();
        assert_eq!(fedex.method, "POST");
        assert!(fedex.body.unwrap().contains("\"trackingNumber\":\"1234\""));
        let dhl = track_request(&Carrier::Dhl, "1", &cfg(&[("API_KEY", "k")]), None).unwrap();
        assert!(dhl.headers.contains(&("DHL-API-Key".into(), "k".into())));
        let lm =
            track_request(&Carrier::Landmark, "<x>", &cfg(&[("USERNAME", "u&")]), None).unwrap();
        let body = lm.body.unwrap();
        assert!(
            body.contains("<Username>u&amp;</Username>")
                && body.contains("<TrackingNumber>&lt;x&gt;</TrackingNumber>"),
            "{body}"
        );
    }

    #[test]
    fn oauth() {
        assert!(needs_oauth(&Carrier::Ups) && !needs_oauth(&Carrier::Dhl));
        let r = oauth_request(
            &Carrier::Ups,
            &cfg(&[("CLIENT_ID", "id"), ("CLIENT_SECRET", "s")]),
        )
        .unwrap();
        assert_eq!(r.url, "https://sandbox.test/x/security/v1/oauth/token");
        assert!(r.headers.contains(&(
            "Authorization".into(),
            format!("Basic {}", STANDARD.encode("id:s"))
        )));
        assert!(oauth_request(&Carrier::Dhl, &cfg(&[])).is_none());
        assert_eq!(env_prefix(&Carrier::FourPx), "FOURPX");
    }

    #[test]
    fn required_credentials_are_exactly_those_the_requests_use() {
        let all: Vec<(&str, String)> = CREDENTIAL_NAMES
            .iter()
            .map(|n| (*n, format!("value-of-{n}")))
            .collect();
        let requests = |c: &Carrier, skip: Option<&str>| {
            let creds: Vec<(&str, &str)> = all
                .iter()
                .filter(|(n, _)| Some(*n) != skip)
                .map(|(n, v)| (*n, v.as_str()))
                .collect();
            let cfg = cfg(&creds);
            format!(
                "{:?}{:?}",
                oauth_request(c, &cfg),
                track_request(c, "N1", &cfg, Some("tok"))
            )
        };
        for c in Carrier::KNOWN {
            let full = requests(&c, None);
            for name in CREDENTIAL_NAMES {
                let used = requests(&c, Some(name)) != full;
                assert_eq!(
                    used,
                    required_credentials(&c).contains(&name),
                    "{c:?} {name}"
                );
            }
        }
    }

    #[test]
    fn configuration_from_named_settings() {
        let vars: HashMap<&str, &str> = [
            ("UPS_BASE_URL", "https://ups.test/"),
            ("UPS_CLIENT_ID", "id"),
            ("CARRIER_SANDBOX_URL", "http://127.0.0.1:9/carriers/"),
            ("FOURPX_API_KEY", "k"),
        ]
        .into_iter()
        .collect();
        let lookup = |n: &str| vars.get(n).map(|v| v.to_string());
        let ups = carrier_config(&Carrier::Ups, lookup);
        assert_eq!(ups.base_url, "https://ups.test");
        assert_eq!(ups.credentials.len(), 1);
        assert_eq!(ups.cred("CLIENT_ID"), "id");
        let fourpx = carrier_config(&Carrier::FourPx, lookup);
        assert_eq!(fourpx.base_url, "http://127.0.0.1:9/carriers/4px");
        assert_eq!(fourpx.cred("API_KEY"), "k");
        let dhl = carrier_config(&Carrier::Dhl, |_| None);
        assert_eq!(dhl.base_url, "https://api-eu.dhl.com");
        assert!(dhl.credentials.is_empty());
    }

    #[test]
    fn oauth_replies() {
        assert_eq!(
            oauth_token(200, br#"{"access_token":"t","expires_in":"1799"}"#),
            Ok(OAuthToken {
                token: "t".into(),
                expires_in: 1799
            })
        );
        assert_eq!(
            oauth_token(200, br#"{"access_token":"t"}"#)
                .unwrap()
                .expires_in,
            3600
        );
        assert_eq!(
            oauth_token(401, br#"{"access_token":"t"}"#),
            Err(OAuthReplyError::NoToken(401))
        );
        assert!(matches!(
            oauth_token(200, b"<html>"),
            Err(OAuthReplyError::Unreadable(_))
        ));
    }

    #[test]
    fn seventeentrack_batches_hold_at_most_forty_numbers() {
        let numbers: Vec<String> = (0..45).map(|i| format!("RB{i:03}CN")).collect();
        let req = seventeentrack_batch_request(&numbers, &cfg(&[("API_KEY", "k17")]));
        let body: serde_json::Value = serde_json::from_str(req.body.as_deref().unwrap()).unwrap();
        assert_eq!(body.as_array().unwrap().len(), 40);
        assert_eq!(body[0]["number"], "RB000CN");
        assert!(req.url.ends_with("/track/v2.2/gettrackinfo"));
        assert!(req.headers.contains(&("17token".into(), "k17".into())));
    }
}
