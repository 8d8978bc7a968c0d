//! The edge API's pure logic — tokens, errors, cache lifetimes, CORS, rate limits, query
//! strings, upstream requests and the timeline response — kept free of the Workers runtime so
//! it is tested natively. `crate::worker_entry` wires it to the runtime.

pub mod carrier_choice;
pub mod circuit;
pub mod cors;
pub mod error;
pub mod evidence_page;
pub mod helpdesk;
pub mod hex;
pub mod hot_memory;
pub mod legs;
pub mod mcp;
pub mod order;
pub mod query;
pub mod rate_limit;
pub mod routes;
pub mod settings;
pub mod token;
pub mod ttl;
pub mod upstream;
pub mod validate;
pub mod webhook;
pub mod webhook_url;
pub mod words;
