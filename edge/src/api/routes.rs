//! The worker's routes: which handler answers a method and a path, and the path's parameters.
//! A table of a dozen shapes, matched segment by segment, rather than a router crate, whose
//! radix tree and boxed handler per route cost upload size for nothing.

/// The handler a request goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// `GET /v1/health`.
    Health,
    /// `GET /v1/openapi.json`.
    OpenApi,
    /// `GET /v1/timeline`.
    Timeline,
    /// `OPTIONS /v1/timeline` (CORS preflight).
    Preflight,
    /// `GET /v1/track/{carrier}/{number}`.
    TrackOne,
    /// `POST /v1/track`.
    TrackBatch,
    /// `POST /v1/tokens`.
    MintToken,
    /// `POST /v1/legs`: legs fetched and normalized, without words (merchant; `waymark-updates`).
    Legs,
    /// `GET /v1/support/{link}`: the order's read-only view for the store's support agent.
    Support,
    /// `POST /v1/shipments`.
    CreateShipment,
    /// `GET /v1/shipments/{id}`.
    ReadShipment,
    /// `DELETE /v1/shipments/{id}`.
    StopShipment,
    /// `GET /v1/shipments/{id}/evidence`.
    Evidence,
    /// `POST /v1/inbound/17track`.
    Inbound17Track,
    /// `POST /v1/inbound/easypost`.
    InboundEasyPost,
    /// `POST /v1/maintenance/kv-import`: registrations of an earlier version copied from KV to D1.
    KvImport,
    /// `GET /v1/helpdesk/orders`: an order in the buyer's words, for a helpdesk (merchant).
    HelpdeskOrders,
    /// `POST /v1/mcp`: the Model Context Protocol server (merchant).
    Mcp,
    /// Anything else (404).
    NotFound,
}

/// A matched route and its path parameters, as they appear in the path (still
/// percent-encoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// The handler.
    pub route: Route,
    /// `(name, raw segment)` for each `{name}` in the route's path.
    pub params: Vec<(&'static str, String)>,
}

impl Matched {
    /// The raw value of the path parameter `name`.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every route: method, path pattern (`{name}` is one non-empty segment) and handler. The
/// OpenAPI document lists exactly these (edge/tests/openapi.rs).
pub const ROUTES: &[(&str, &str, Route)] = &[
    ("GET", "/v1/health", Route::Health),
    ("GET", "/v1/openapi.json", Route::OpenApi),
    ("GET", "/v1/timeline", Route::Timeline),
    ("OPTIONS", "/v1/timeline", Route::Preflight),
    ("GET", "/v1/track/{carrier}/{number}", Route::TrackOne),
    ("POST", "/v1/track", Route::TrackBatch),
    ("POST", "/v1/tokens", Route::MintToken),
    ("POST", "/v1/legs", Route::Legs),
    ("GET", "/v1/support/{link}", Route::Support),
    ("POST", "/v1/shipments", Route::CreateShipment),
    ("GET", "/v1/shipments/{id}", Route::ReadShipment),
    ("DELETE", "/v1/shipments/{id}", Route::StopShipment),
    ("GET", "/v1/shipments/{id}/evidence", Route::Evidence),
    ("POST", "/v1/inbound/17track", Route::Inbound17Track),
    ("POST", "/v1/inbound/easypost", Route::InboundEasyPost),
    ("POST", "/v1/maintenance/kv-import", Route::KvImport),
    ("GET", "/v1/helpdesk/orders", Route::HelpdeskOrders),
    ("POST", "/v1/mcp", Route::Mcp),
];

/// The parameters of `path` if it has the shape of `pattern`.
fn parameters(pattern: &'static str, path: &str) -> Option<Vec<(&'static str, String)>> {
    let (mut want, mut have) = (pattern.split('/'), path.split('/'));
    let mut params = Vec::new();
    loop {
        match (want.next(), have.next()) {
            (None, None) => return Some(params),
            (Some(w), Some(h)) => match w.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
                Some(name) if !h.is_empty() => params.push((name, h.to_string())),
                Some(_) => return None,
                None if w == h => {}
                None => return None,
            },
            _ => return None,
        }
    }
}

/// The methods `path` has (empty when no route has its shape): the `Allow` header of a 405.
pub fn allowed_methods(path: &str) -> Vec<&'static str> {
    let mut methods: Vec<&'static str> = ROUTES
        .iter()
        .filter(|(_, pattern, _)| parameters(pattern, path).is_some())
        .map(|(m, _, _)| *m)
        .collect();
    methods.dedup();
    methods
}

/// The route for `method` (upper case) and `path` (without the query string). A trailing
/// slash or an extra segment is another path (404).
pub fn route(method: &str, path: &str) -> Matched {
    ROUTES
        .iter()
        .filter(|(m, _, _)| *m == method)
        .find_map(|(_, pattern, route)| {
            parameters(pattern, path).map(|params| Matched {
                route: *route,
                params,
            })
        })
        .unwrap_or(Matched {
            route: Route::NotFound,
            params: Vec::new(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(method: &str, path: &str) -> Route {
        route(method, path).route
    }

    #[test]
    fn fixed_routes_by_method() {
        assert_eq!(r("GET", "/v1/health"), Route::Health);
        assert_eq!(r("GET", "/v1/openapi.json"), Route::OpenApi);
        assert_eq!(r("GET", "/v1/timeline"), Route::Timeline);
        assert_eq!(r("OPTIONS", "/v1/timeline"), Route::Preflight);
        assert_eq!(r("POST", "/v1/track"), Route::TrackBatch);
        assert_eq!(r("POST", "/v1/tokens"), Route::MintToken);
        assert_eq!(r("POST", "/v1/legs"), Route::Legs);
        assert_eq!(r("GET", "/v1/support/a.b"), Route::Support);
        assert_eq!(r("POST", "/v1/shipments"), Route::CreateShipment);
        assert_eq!(r("POST", "/v1/inbound/17track"), Route::Inbound17Track);
        assert_eq!(r("POST", "/v1/inbound/easypost"), Route::InboundEasyPost);
        // The right path with the wrong method is not a route.
        assert_eq!(r("POST", "/v1/timeline"), Route::NotFound);
        assert_eq!(r("GET", "/v1/tokens"), Route::NotFound);
        assert_eq!(r("PUT", "/v1/shipments"), Route::NotFound);
    }

    #[test]
    fn parameters_are_single_non_empty_segments() {
        let m = route("GET", "/v1/track/ups/1Z%20X");
        assert_eq!(m.route, Route::TrackOne);
        assert_eq!(m.param("carrier"), Some("ups"));
        assert_eq!(m.param("number"), Some("1Z%20X"));
        assert_eq!(m.param("id"), None);
        let m = route("GET", "/v1/shipments/order-1/evidence");
        assert_eq!((m.route, m.param("id")), (Route::Evidence, Some("order-1")));
        assert_eq!(r("GET", "/v1/shipments/order-1"), Route::ReadShipment);
        assert_eq!(r("DELETE", "/v1/shipments/order-1"), Route::StopShipment);
        assert_eq!(r("GET", "/v1/track/ups/"), Route::NotFound);
        assert_eq!(r("GET", "/v1/track//1Z"), Route::NotFound);
        assert_eq!(r("GET", "/v1/track/ups/1Z/more"), Route::NotFound);
        assert_eq!(r("GET", "/v1/shipments/"), Route::NotFound);
    }

    #[test]
    fn a_known_path_lists_its_methods() {
        assert_eq!(allowed_methods("/v1/timeline"), ["GET", "OPTIONS"]);
        assert_eq!(allowed_methods("/v1/shipments/o-1"), ["GET", "DELETE"]);
        assert_eq!(allowed_methods("/v1/tokens"), ["POST"]);
        assert!(allowed_methods("/v1/nothing").is_empty());
    }

    #[test]
    fn other_paths_are_not_found() {
        for path in [
            "/",
            "",
            "/v1",
            "/v1/",
            "/v2/health",
            "/v1/health/",
            "/health",
            "/v1/HEALTH",
        ] {
            assert_eq!(r("GET", path), Route::NotFound, "{path}");
        }
    }
}
