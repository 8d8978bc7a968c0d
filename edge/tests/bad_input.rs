//! Every adapter, fed hostile bodies: a typed error or a valid result, never a panic, quickly.

mod common;

use std::time::{Duration, Instant};
use waymark_edge::carriers::{AdapterError, ADAPTERS};

fn hostile_bodies() -> Vec<(String, Vec<u8>)> {
    let mut bodies: Vec<(String, Vec<u8>)> = vec![
        ("empty".into(), b"".to_vec()),
        ("whitespace".into(), b" \n\t ".to_vec()),
        ("json null".into(), b"null".to_vec()),
        (
            "html page".into(),
            b"<!DOCTYPE html><html><head><title>502</title></head><body>Bad gateway</body></html>"
                .to_vec(),
        ),
        (
            "truncated json".into(),
            b"{\"trackResponse\": {\"shipment\": [{\"package\": [".to_vec(),
        ),
        (
            "truncated xml".into(),
            b"<?xml version=\"1.0\"?><tracking-detail><significant-events><occurrence>".to_vec(),
        ),
        ("number".into(), b"42".to_vec()),
        ("string".into(), b"\"ok\"".to_vec()),
        ("empty object".into(), b"{}".to_vec()),
        ("empty array".into(), b"[]".to_vec()),
        ("binary".into(), vec![0, 159, 146, 150, 255, 0, 1]),
        (
            "control characters".into(),
            "{\"a\":\"\u{1}\u{2}<script>x</script>\"}"
                .as_bytes()
                .to_vec(),
        ),
    ];
    // Found by fuzzing: a carrier's "not found" words spanning lines must still make a
    // one-line error.
    bodies.push((
        "multi-line carrier message".into(),
        b"<?xml version=\"1.0\"?><messages xmlns=\"http://www.canadapost.ca/ws/track\"><message><code>004</code><description>No\n  Pin History</description></message></messages>".to_vec(),
    ));
    bodies.push(("deep json arrays".into(), "[".repeat(200_000).into_bytes()));
    bodies.push((
        "deep json objects".into(),
        "{\"a\":".repeat(100_000).into_bytes(),
    ));
    bodies.push(("deep xml".into(), "<a>".repeat(100_000).into_bytes()));
    bodies.push((
        "xml entity bomb".into(),
        b"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>".to_vec(),
    ));
    bodies
}

#[test]
fn hostile_bodies_give_typed_errors_quickly() {
    for adapter in ADAPTERS {
        for (name, body) in hostile_bodies() {
            let slug = adapter.carrier().slug().to_string();
            let started = Instant::now();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                adapter.normalize(&body, &common::ctx())
            }));
            let took = started.elapsed();
            let result = result.unwrap_or_else(|_| panic!("{slug} panicked on {name}"));
            assert!(
                took < Duration::from_secs(1),
                "{slug} took {took:?} on {name}"
            );
            match (name.as_str(), &result) {
                ("empty" | "whitespace", r) => {
                    assert_eq!(r, &Err(AdapterError::Empty), "{slug} {name}")
                }
                ("html page", r) => assert_eq!(r, &Err(AdapterError::HtmlPage), "{slug} {name}"),
                (_, Ok(shipments)) => {
                    for s in shipments {
                        common::assert_invariants(s);
                    }
                }
                (_, Err(e)) => {
                    assert!(
                        !e.to_string().contains('\n'),
                        "{slug}: error must be one line"
                    );
                }
            }
        }
    }
}
