//! The one domain error of the API, mapped to status codes in one place.

use serde_json::json;

/// Everything a request can fail with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The request is malformed.
    #[error("{0}")]
    BadRequest(String),
    /// The buyer's time zone is not one the runtime knows.
    #[error("{0}")]
    InvalidTz(String),
    /// The carrier could not be told and was not given.
    #[error("no carrier given and none could be detected for {0}")]
    CarrierRequired(String),
    /// Missing or bad credentials or token.
    #[error("{0}")]
    Unauthorized(String),
    /// The origin may not use this API.
    #[error("origin not allowed")]
    Forbidden,
    /// No such route or resource.
    #[error("{0}")]
    NotFound(String),
    /// The path exists, not with this method; the methods it has.
    #[error("method not allowed here (allowed: {})", .0.join(", "))]
    MethodNotAllowed(Vec<&'static str>),
    /// The request body is larger than the route takes (bytes).
    #[error("request body larger than {0} bytes")]
    TooLarge(usize),
    /// The resource exists already.
    #[error("{0}")]
    Conflict(String),
    /// Too many requests; retry after the given seconds.
    #[error("rate limit exceeded")]
    RateLimited {
        /// Seconds until a retry may succeed.
        retry_after: u64,
    },
    /// No carrier answered and nothing was cached.
    #[error("{0}")]
    Upstream(String),
    /// A fault of ours.
    #[error("internal error")]
    Internal,
    /// Storage did not answer; nothing was written, the request may be retried.
    #[error("storage is unavailable; try again shortly")]
    Unavailable,
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            ApiError::BadRequest(_) | ApiError::InvalidTz(_) | ApiError::CarrierRequired(_) => 400,
            ApiError::Unauthorized(_) => 401,
            ApiError::Forbidden => 403,
            ApiError::NotFound(_) => 404,
            ApiError::MethodNotAllowed(_) => 405,
            ApiError::TooLarge(_) => 413,
            ApiError::Conflict(_) => 409,
            ApiError::RateLimited { .. } => 429,
            ApiError::Upstream(_) => 502,
            ApiError::Internal => 500,
            ApiError::Unavailable => 503,
        }
    }

    /// The machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::InvalidTz(_) => "invalid_tz",
            ApiError::CarrierRequired(_) => "carrier_required",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::MethodNotAllowed(_) => "method_not_allowed",
            ApiError::TooLarge(_) => "too_large",
            ApiError::Conflict(_) => "conflict",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::Upstream(_) => "upstream_unavailable",
            ApiError::Internal => "internal",
            ApiError::Unavailable => "unavailable",
        }
    }

    /// The JSON body: `{"error":{"code","message"}}`.
    pub fn body(&self) -> serde_json::Value {
        json!({"error": {"code": self.code(), "message": self.to_string()}})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_bodies() {
        assert_eq!(ApiError::Unauthorized("bad token".into()).status(), 401);
        assert_eq!(ApiError::RateLimited { retry_after: 5 }.status(), 429);
        let body = ApiError::CarrierRequired("123".into()).body();
        assert_eq!(body["error"]["code"], "carrier_required");
        assert_eq!(ApiError::Upstream("x".into()).status(), 502);
        assert_eq!(ApiError::Conflict("x".into()).status(), 409);
    }
}
