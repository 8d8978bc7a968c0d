//! Fuzzes the LaPoste adapter: any bytes give a typed error or shipments that hold every invariant.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    waymark_edge_fuzz::check(waymark_shared::Carrier::LaPoste, data);
});
