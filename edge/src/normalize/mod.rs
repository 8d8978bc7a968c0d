//! Building blocks every adapter shares: safe parsing of bodies, carrier text, time-zone
//! inference and classification of carrier wording.

pub mod input;
pub mod keywords;
pub mod text;
pub mod time;
pub mod zones;
