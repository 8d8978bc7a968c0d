//! The OpenAPI document describes exactly the routes the worker registers, and the JSON
//! shapes it promises match what the types serialize.

use std::collections::BTreeSet;

fn spec() -> serde_json::Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.json"))
            .unwrap();
    serde_json::from_str(&text).expect("docs/openapi.json is valid JSON")
}

#[test]
fn every_route_is_documented_and_nothing_else() {
    let router = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/worker_entry/mod.rs"
    ))
    .unwrap();
    let routes: BTreeSet<String> = router
        .lines()
        .filter_map(|l| l.split("(\"").nth(1)?.split('"').next().map(str::to_string))
        .filter(|r| r.starts_with("/v1/"))
        .map(|r| {
            r.split('/')
                .map(|seg| {
                    seg.strip_prefix(':')
                        .map_or(seg.to_string(), |p| format!("{{{p}}}"))
                })
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    let documented: BTreeSet<String> = spec()["paths"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(routes, documented);
}

#[test]
fn enums_match_the_shared_types() {
    let s = spec();
    let statuses: Vec<String> = s["components"]["schemas"]["Status"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let ours: Vec<String> = waymark_shared::Status::ALL
        .iter()
        .map(|st| st.as_str().to_string())
        .collect();
    assert_eq!(statuses, ours);
    let reasons = s["components"]["schemas"]["Reason"]["enum"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(reasons, waymark_shared::Reason::ALL.len());
}
