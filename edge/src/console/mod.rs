//! The merchant's console, served by `waymark-updates` at `/console`: which orders need the
//! merchant, each order as the buyer sees it with its scans and notifications, and the
//! actions (refresh, resend, stop, evidence).
//!
//! Server-rendered HTML rather than a second leptos bundle: the console is a list, a detail
//! page and a few forms, so it needs no client code at all. It works with scripts blocked
//! (`script-src` is not even allowed by its CSP), every change is a plain form `POST` carrying
//! the session's CSRF token, and the updates worker already holds the composer that words
//! every answer — the buyer's view on the order page is the very text the widget shows. The
//! pages are composed here (pure, tested natively); `crate::worker_entry::console` does the
//! I/O: D1, sessions, cookies.

pub mod csv;
pub mod digest;
pub mod filter;
pub mod html;
pub mod lanes_page;
pub mod list;
pub mod login;
pub mod order_page;
pub mod routes;
pub mod session;
