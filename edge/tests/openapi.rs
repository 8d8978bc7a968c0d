//! The OpenAPI document describes exactly the worker's routes (methods included), and the JSON
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
    let routes: BTreeSet<(String, String)> = waymark_edge::api::routes::ROUTES
        .iter()
        .map(|(method, path, _)| (path.to_string(), method.to_ascii_lowercase()))
        .collect();
    let documented: BTreeSet<(String, String)> = spec()["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |method| (path.clone(), method.clone()))
        })
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
