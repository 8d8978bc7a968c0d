//! Fuzzes the inbound push readers (17TRACK, EasyPost): signature checks never panic on any
//! header, and whatever a push unwraps to normalizes into shipments that hold every invariant.
#![no_main]

use waymark_edge::proactive::inbound::{from_17track, from_easypost, PushSource};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (header, body) = data.split_at(split);
    let header = String::from_utf8_lossy(header);
    for source in [PushSource::SeventeenTrack, PushSource::EasyPost] {
        // A forged signature is refused; checking it must never panic, whatever the header.
        let _ = source.accept(body, Some(&header), "fuzz-secret");
    }
    if let Ok(Some(reply)) = from_17track(body) {
        waymark_edge_fuzz::check(waymark_shared::Carrier::SeventeenTrack, &reply);
    }
    if let Ok(Some(reply)) = from_easypost(body) {
        waymark_edge_fuzz::check(waymark_shared::Carrier::EasyPost, &reply);
    }
});
