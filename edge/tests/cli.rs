//! The `waymark` command line, run as a process.

use std::process::Command;

fn waymark(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn own(path: &str) -> String {
    format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn normalize_prints_shipments_in_contract_order() {
    let (code, out, err) = waymark(&[
        "normalize",
        "--carrier",
        "ups",
        &own("ups/two_packages.json"),
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["shipments"].as_array().unwrap().len(), 2);
    assert_eq!(v["shipments"][0]["carrier"], "ups");
    let first_keys: Vec<&str> = [
        "\"carrier\"",
        "\"tracking_number\"",
        "\"status\"",
        "\"phase\"",
        "\"legs\"",
        "\"events\"",
    ]
    .into_iter()
    .collect();
    let positions: Vec<usize> = first_keys.iter().map(|k| out.find(k).unwrap()).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "fields in contract order"
    );
}

#[test]
fn bad_input_is_one_line_naming_the_carrier() {
    let dir = std::env::temp_dir().join(format!("waymark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("page.html");
    std::fs::write(&html, "<!DOCTYPE html><html><body>503</body></html>").unwrap();
    let (code, out, err) = waymark(&["normalize", "--carrier", "fedex", html.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("fedex") && err.contains("HTML"), "{err}");

    let (code, _, err) = waymark(&["normalize", "--carrier", "nope", html.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(err.contains("unknown carrier slug"), "{err}");

    let (code, _, err) = waymark(&["normalize", "--carrier", "dhl", "/nonexistent/file.json"]);
    assert_ne!(code, 0);
    assert!(err.contains("dhl") && err.contains("cannot read"), "{err}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn detect_ranks_candidates() {
    let (code, out, _) = waymark(&["detect", "1Z5R 8939 0357 5671 27"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["number"], "1Z5R89390357567127");
    assert_eq!(v["candidates"][0]["carrier"], "ups");
    assert_eq!(v["candidates"][0]["check_digit"], "valid");

    let (code, out, _) = waymark(&["detect", "not a number"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["candidates"].as_array().unwrap().is_empty());

    let (code, _, err) = waymark(&["detect", "  "]);
    assert_ne!(code, 0);
    assert_eq!(err.trim().lines().count(), 1);
}
