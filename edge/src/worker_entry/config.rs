//! Reading vars and secrets. Credentials are secrets; they never leave this module except
//! inside the upstream request they authenticate.

use crate::api::settings::Settings;
#[cfg(feature = "updates")]
use crate::api::upstream::{carrier_config, CarrierConfig};
#[cfg(feature = "updates")]
use waymark_shared::Carrier;
use worker::Env;

thread_local! {
    static SETTINGS: std::cell::OnceCell<std::rc::Rc<Settings>> = const { std::cell::OnceCell::new() };
}

/// The settings, read from the vars once per isolate (a var that does not parse is logged and
/// keeps its default).
pub fn settings(env: &Env) -> std::rc::Rc<Settings> {
    SETTINGS.with(|cell| {
        cell.get_or_init(|| {
            let s = Settings::read(|name| text(env, name));
            for (name, value) in &s.problems {
                worker::console_log!(
                    "waymark: {name}=\"{value}\" does not parse; its default is used"
                );
            }
            std::rc::Rc::new(s)
        })
        .clone()
    })
}

/// A var or secret as text, `None` when unset or blank.
pub fn text(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .map(|s| s.to_string())
        .or_else(|_| env.var(name).map(|v| v.to_string()))
        .ok()
        .filter(|s| !s.trim().is_empty())
}

/// A carrier's base URL and credentials from the vars and secrets (see
/// [`upstream::carrier_config`](crate::api::upstream::carrier_config), which the command line's
/// `fetch` shares).
#[cfg(feature = "updates")]
pub fn carrier(env: &Env, carrier: &Carrier) -> CarrierConfig {
    carrier_config(carrier, |name| text(env, name))
}
