//! `waymark fetch` against the local sandbox carriers (`node sandbox/server.mjs`): the worker's
//! own requests, OAuth token step included, made from the command line.

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A sandbox on a free loopback port, stopped when dropped.
struct Sandbox {
    child: Child,
    url: String,
}

impl Sandbox {
    fn start() -> Sandbox {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let child = Command::new("node")
            .args(["sandbox/server.mjs", "--port", &port.to_string()])
            .current_dir(root)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node starts (the sandbox needs Node.js)");
        let mut sandbox = Sandbox {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = sandbox.child.try_wait() {
                panic!("the sandbox exited: {status}");
            }
            assert!(Instant::now() < deadline, "the sandbox did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        sandbox
    }

    /// The base of every sandbox carrier, as `CARRIER_SANDBOX_URL` names it.
    fn carriers(&self) -> String {
        format!("{}/carriers", self.url)
    }

    fn post(&self, path_and_query: &str) {
        ureq::post(format!("{}{path_and_query}", self.url))
            .send_empty()
            .expect("sandbox control call");
    }

    fn hits(&self) -> serde_json::Value {
        let body = ureq::get(format!("{}/_sandbox/hits", self.url))
            .call()
            .expect("hits")
            .body_mut()
            .read_to_string()
            .expect("hits body");
        serde_json::from_str(&body).expect("hits JSON")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the CLI with exactly these environment variables (nothing inherited, so no real
/// credential or proxy of the machine takes part).
fn waymark(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

const USPS_SECRET: &str = "usps-secret-value-0042";
const DHL_KEY: &str = "dhl-key-value-0042";

#[test]
fn usps_with_its_oauth_token_step_prints_the_normalized_timeline() {
    let sandbox = Sandbox::start();
    let carriers = sandbox.carriers();
    let (code, out, err) = waymark(
        &["fetch", "--carrier", "usps", "9400111899223100000048"],
        &[
            ("CARRIER_SANDBOX_URL", &carriers),
            ("USPS_CLIENT_ID", "usps-id"),
            ("USPS_CLIENT_SECRET", USPS_SECRET),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let shipments = v["shipments"].as_array().expect("shipments");
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    assert_eq!(s["carrier"], "usps");
    assert_eq!(s["tracking_number"], "9400111899223100000048");
    assert_eq!(s["status"], "delivered");
    let events = s["events"].as_array().expect("events");
    assert_eq!(events.len(), 4);
    assert_eq!(events[0]["code"], "10", "oldest first");
    assert_eq!(events[3]["status"], "delivered");
    assert_eq!(events[3]["location"]["city"], "BROOKLYN");
    assert!(!out.contains(USPS_SECRET) && !err.contains(USPS_SECRET));
    assert_eq!(sandbox.hits()["usps:9400111899223100000048"], 1);
}

#[test]
fn dhl_with_its_own_base_url_variable_and_the_answer_in_french() {
    let sandbox = Sandbox::start();
    let base = format!("{}/dhl", sandbox.carriers());
    let (code, out, err) = waymark(
        &[
            "fetch",
            "--carrier",
            "dhl",
            "7777777770",
            "--lang",
            "fr",
            "--tz",
            "Europe/Paris",
        ],
        &[("DHL_BASE_URL", &base), ("DHL_API_KEY", DHL_KEY)],
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let s = &v["shipments"][0];
    assert_eq!(s["carrier"], "dhl");
    assert_eq!(s["tracking_number"], "7777777770");
    assert_eq!(s["status"], "in_transit");
    let events = s["events"].as_array().expect("events");
    assert_eq!(events.len(), 3);
    assert_eq!(events[0]["description"], "Shipment picked up");
    assert_eq!(events[0]["location"]["country"], "DE");
    assert_eq!(events[2]["location"]["country"], "US");
    let headline = s["answer"]["headline"]
        .as_str()
        .expect("the buyer's answer");
    assert!(!headline.is_empty());
    assert!(!out.contains(DHL_KEY) && !err.contains(DHL_KEY));

    // --raw: the carrier's body as it came.
    let (code, out, err) = waymark(
        &["fetch", "--carrier", "dhl", "7777777770", "--raw"],
        &[("DHL_BASE_URL", &base), ("DHL_API_KEY", DHL_KEY)],
    );
    assert_eq!(code, 0, "{err}");
    let raw = json(&out);
    assert_eq!(raw["shipments"][0]["id"], "7777777770");
    assert_eq!(raw["shipments"][0]["service"], "express");
}

#[test]
fn a_missing_credential_is_named_and_nothing_is_sent() {
    let sandbox = Sandbox::start();
    let carriers = sandbox.carriers();
    let (code, out, err) = waymark(
        &["fetch", "--carrier", "ups", "1Z999AA10123456784"],
        &[("CARRIER_SANDBOX_URL", &carriers)],
    );
    assert_ne!(code, 0);
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("ups") && err.contains("UPS_CLIENT_ID") && err.contains("UPS_CLIENT_SECRET"),
        "{err}"
    );

    // One of two set (a blank value counts as unset, as in the worker): only the other named,
    // and the value that is set never printed.
    let (code, out, err) = waymark(
        &["fetch", "--carrier", "usps", "9400111899223100000048"],
        &[
            ("CARRIER_SANDBOX_URL", &carriers),
            ("USPS_CLIENT_ID", " "),
            ("USPS_CLIENT_SECRET", USPS_SECRET),
        ],
    );
    assert_ne!(code, 0);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("USPS_CLIENT_ID") && !err.contains("USPS_CLIENT_SECRET"),
        "{err}"
    );
    assert!(!err.contains(USPS_SECRET), "{err}");
    assert_eq!(sandbox.hits(), serde_json::json!({}), "no request was made");
}

#[test]
fn carrier_failures_are_one_typed_line_and_a_non_zero_exit() {
    let sandbox = Sandbox::start();
    let carriers = sandbox.carriers();
    let dhl = [
        ("CARRIER_SANDBOX_URL", carriers.as_str()),
        ("DHL_API_KEY", DHL_KEY),
    ];

    sandbox.post("/_sandbox/fault?carrier=dhl&mode=500");
    let (code, out, err) = waymark(&["fetch", "--carrier", "dhl", "7777777770"], &dhl);
    assert_ne!(code, 0);
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("dhl") && err.contains("HTTP 500"), "{err}");

    sandbox.post("/_sandbox/fault?carrier=dhl&mode=garbage");
    let (code, _, err) = waymark(&["fetch", "--carrier", "dhl", "7777777770"], &dhl);
    assert_ne!(code, 0);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("unreadable reply"), "{err}");
    assert!(!err.contains(DHL_KEY));

    // The token step comes first: a base URL where no OAuth endpoint answers fails there.
    let nowhere = format!("{}/nowhere", sandbox.url);
    let (code, _, err) = waymark(
        &["fetch", "--carrier", "usps", "9400111899223100000048"],
        &[
            ("USPS_BASE_URL", &nowhere),
            ("USPS_CLIENT_ID", "usps-id"),
            ("USPS_CLIENT_SECRET", USPS_SECRET),
        ],
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("HTTP 404") && err.contains("OAuth token request"),
        "{err}"
    );
    assert!(!err.contains(USPS_SECRET), "{err}");

    // Nothing listening: a network error, still one line.
    let closed = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{closed}");
    let (code, _, err) = waymark(
        &["fetch", "--carrier", "cainiao", "LP00412345678CN"],
        &[("CAINIAO_BASE_URL", &base)],
    );
    assert_ne!(code, 0);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("cainiao") && err.contains("failed"), "{err}");
}

#[test]
fn help_names_the_variables() {
    let (code, out, _) = waymark(&["fetch", "--help"], &[]);
    assert_eq!(code, 0);
    for name in [
        "CARRIER_SANDBOX_URL",
        "_BASE_URL",
        "UPS_CLIENT_ID",
        "UPS_CLIENT_SECRET",
        "DHL_API_KEY",
        "SEVENTEENTRACK_API_KEY",
        "--raw",
    ] {
        assert!(out.contains(name), "{name} in --help:\n{out}");
    }
}
