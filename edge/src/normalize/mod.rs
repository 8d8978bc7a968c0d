//! Building blocks every adapter shares: safe parsing of bodies, tolerant JSON access, carrier
//! text, personal-data scrubbing, countries, time-zone inference and classification of wording.

pub mod build;
pub mod country;
pub mod handoff;
pub mod input;
pub mod json;
pub mod keywords;
pub mod personal;
pub mod text;
pub mod time;
pub mod xml;
pub mod zones;
