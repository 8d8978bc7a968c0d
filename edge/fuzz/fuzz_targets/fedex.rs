//! Fuzzes the Fedex adapter: any bytes give a typed error or shipments that hold every invariant.
#![no_main]

waymark_edge_fuzz::carrier_target!(Fedex);
