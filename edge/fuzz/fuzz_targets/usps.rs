//! Fuzzes the Usps adapter: any bytes give a typed error or shipments that hold every invariant.
#![no_main]

waymark_edge_fuzz::carrier_target!(Usps);
