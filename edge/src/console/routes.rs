//! The console's paths (HTML pages, outside the JSON API's `ROUTES` and its OpenAPI document).

/// An action on one order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Fetch its parcels now.
    Refresh,
    /// Stop watching it.
    Stop,
    /// Queue its undelivered notifications again.
    Resend,
}

/// What a console request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `GET /console`: the attention list (or the sign-in page).
    Home,
    /// `POST /console/login`.
    Login,
    /// `POST /console/logout`.
    Logout,
    /// `GET /console/lang/{tag}`: the console's language.
    Lang(String),
    /// `GET /console/attention.csv`.
    Csv,
    /// `GET /console/lanes`: how the merchant's lanes perform.
    Lanes,
    /// `GET /console/orders/{id}`.
    Order(String),
    /// `GET /console/orders/{id}/evidence`.
    Evidence(String),
    /// `POST /console/orders/{id}/{action}`.
    Act(String, Action),
    /// A console path with another method: 405 with these methods in `Allow`.
    WrongMethod(&'static str),
    /// Nothing here.
    NotFound,
}

/// Whether a path belongs to the console.
pub fn is_console(path: &str) -> bool {
    path == "/console" || path.starts_with("/console/")
}

/// The page for `method` (upper case) and `path`.
pub fn route(method: &str, path: &str) -> Page {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let (page, allow) = match parts.as_slice() {
        ["console"] => (Page::Home, "GET"),
        ["console", "login"] => (Page::Login, "POST"),
        ["console", "logout"] => (Page::Logout, "POST"),
        ["console", "attention.csv"] => (Page::Csv, "GET"),
        ["console", "lanes"] => (Page::Lanes, "GET"),
        ["console", "lang", tag] if matches!(*tag, "en" | "zh-Hans") => {
            (Page::Lang(tag.to_string()), "GET")
        }
        ["console", "orders", id] if !id.is_empty() => (Page::Order(id.to_string()), "GET"),
        ["console", "orders", id, "evidence"] if !id.is_empty() => {
            (Page::Evidence(id.to_string()), "GET")
        }
        ["console", "orders", id, action] if !id.is_empty() => {
            let action = match *action {
                "refresh" => Action::Refresh,
                "stop" => Action::Stop,
                "resend" => Action::Resend,
                _ => return Page::NotFound,
            };
            (Page::Act(id.to_string(), action), "POST")
        }
        _ => return Page::NotFound,
    };
    let method_ok = method == allow || (allow == "GET" && method == "HEAD");
    if method_ok {
        page
    } else {
        Page::WrongMethod(if allow == "GET" { "GET, HEAD" } else { allow })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_by_method_and_path() {
        assert_eq!(route("GET", "/console"), Page::Home);
        assert_eq!(route("POST", "/console/login"), Page::Login);
        assert_eq!(route("GET", "/console/login"), Page::WrongMethod("POST"));
        assert_eq!(route("POST", "/console"), Page::WrongMethod("GET, HEAD"));
        assert_eq!(
            route("GET", "/console/orders/1042"),
            Page::Order("1042".into())
        );
        assert_eq!(
            route("POST", "/console/orders/1042/stop"),
            Page::Act("1042".into(), Action::Stop)
        );
        assert_eq!(
            route("GET", "/console/orders/1042/stop"),
            Page::WrongMethod("POST")
        );
        assert_eq!(
            route("GET", "/console/orders/1042/evidence"),
            Page::Evidence("1042".into())
        );
        assert_eq!(route("POST", "/console/orders/1042/launch"), Page::NotFound);
        assert_eq!(route("GET", "/console/lang/fr"), Page::NotFound);
        assert_eq!(route("GET", "/console/orders/"), Page::NotFound);
        assert!(is_console("/console/x") && !is_console("/consoles"));
    }
}
