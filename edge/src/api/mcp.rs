//! A Model Context Protocol server (streamable HTTP transport, JSON responses, no sessions) so
//! a store's support assistant can answer "where is my order" with the buyer's own words. The
//! JSON-RPC parts live here (parsing, `initialize`, `tools/list`, the tools' arguments and
//! results); `crate::worker_entry::helpdesk` looks the orders up. Tools: `find_order` (by order
//! id, tracking number or hashed e-mail) and `explain_order` (the composed answer in a
//! language). Hand-written rather than an SDK: the only Rust MCP SDK (rmcp) brings tokio and a
//! transport stack the worker cannot use; the protocol surface needed is four methods.

use super::helpdesk::{Lookup, MAX_FOUND};
use serde_json::{json, Value};

/// Protocol versions this server speaks, newest first.
pub const VERSIONS: [&str; 4] = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

/// JSON-RPC error codes.
pub mod code {
    /// The body is not JSON.
    pub const PARSE: i64 = -32700;
    /// Not a JSON-RPC 2.0 request.
    pub const INVALID_REQUEST: i64 = -32600;
    /// No such method.
    pub const METHOD_NOT_FOUND: i64 = -32601;
    /// Wrong or missing parameters.
    pub const INVALID_PARAMS: i64 = -32602;
}

/// One message the client sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// A request: answer it.
    Request {
        /// Its id (a string or a number).
        id: Value,
        /// The method.
        method: String,
        /// Its parameters (`{}` when absent).
        params: Value,
    },
    /// A notification or a response to us: accepted, nothing to answer (202).
    Notification,
}

/// A JSON-RPC error answer.
pub fn error(id: Value, code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

/// A JSON-RPC result answer.
pub fn result(id: Value, result: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "result": result})
}

/// Reads one message; the error is the JSON-RPC error to answer with.
pub fn parse(body: &[u8]) -> Result<Incoming, Value> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|_| error(Value::Null, code::PARSE, "the body is not JSON"))?;
    let obj = v.as_object().ok_or_else(|| {
        error(
            Value::Null,
            code::INVALID_REQUEST,
            "one JSON-RPC 2.0 message per request (batches are not part of this protocol version)",
        )
    })?;
    if obj.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err(error(
            Value::Null,
            code::INVALID_REQUEST,
            "jsonrpc must be \"2.0\"",
        ));
    }
    let id = obj.get("id").cloned();
    let valid_id = |id: &Value| id.is_string() || id.is_i64() || id.is_u64();
    if obj.get("params").is_some_and(|p| !p.is_object()) {
        return Err(error(
            Value::Null,
            code::INVALID_PARAMS,
            "params must be an object (MCP names every parameter)",
        ));
    }
    match (obj.get("method").and_then(Value::as_str), id) {
        (Some(method), Some(id)) if valid_id(&id) => Ok(Incoming::Request {
            id,
            method: method.to_string(),
            params: obj.get("params").cloned().unwrap_or_else(|| json!({})),
        }),
        (Some(_), Some(_)) => Err(error(
            Value::Null,
            code::INVALID_REQUEST,
            "id must be a string or an integer",
        )),
        (Some(_), None) => Ok(Incoming::Notification),
        // Responses are not taken either: this server never asks the client anything.
        _ => Err(error(
            Value::Null,
            code::INVALID_REQUEST,
            "a request needs a method",
        )),
    }
}

/// Whether a `MCP-Protocol-Version` header names a version this server speaks.
pub fn supported(version: &str) -> bool {
    VERSIONS.contains(&version)
}

/// The `initialize` result: the client's version when this server speaks it, else the newest.
pub fn initialize(params: &Value) -> Value {
    let asked = params
        .get("protocolVersion")
        .and_then(Value::as_str)
        .unwrap_or("");
    let version = if supported(asked) { asked } else { VERSIONS[0] };
    json!({
        "protocolVersion": version,
        "capabilities": {"tools": {"listChanged": false}},
        "serverInfo": {"name": "waymark", "title": "Waymark shipment tracking", "version": env!("CARGO_PKG_VERSION")},
        "instructions": "Look an order up with find_order (by order id, tracking number or the SHA-256 of the buyer's trimmed, lower-cased e-mail address), then explain_order for what the buyer sees, in the buyer's language. Read-only: nothing here changes an order."
    })
}

/// The tools.
pub fn tools() -> Value {
    let lookup = json!({
        "order_id": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$", "description": "The store's order id"},
        "tracking_number": {"type": "string", "minLength": 1, "maxLength": 64, "description": "A tracking number of the order"},
        "email_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 (hex) of the buyer's e-mail address, trimmed and lower-cased"}
    });
    json!({"tools": [
        {
            "name": "find_order",
            "title": "Find an order",
            "description": format!("Finds orders (at most {MAX_FOUND}) by exactly one of order id, tracking number or hashed buyer e-mail. Returns each order's id, watch state, what needs the merchant, and each parcel's status."),
            "inputSchema": {"type": "object", "properties": lookup, "additionalProperties": false},
            "annotations": {"readOnlyHint": true, "openWorldHint": false}
        },
        {
            "name": "explain_order",
            "title": "Explain an order",
            "description": "What the buyer sees for an order, in the buyer's language (or `lang`): where each parcel is, what comes next, when it should arrive, and anything the buyer must do.",
            "inputSchema": {"type": "object", "required": ["order_id"], "additionalProperties": false, "properties": {
                "order_id": lookup["order_id"],
                "lang": {"type": "string", "maxLength": 64, "description": "A BCP 47 language tag; the buyer's own when absent"}
            }},
            "annotations": {"readOnlyHint": true, "openWorldHint": false}
        }
    ]})
}

/// A tool call, its arguments checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolCall {
    /// `find_order`.
    Find(Lookup),
    /// `explain_order`.
    Explain {
        /// The order.
        order_id: String,
        /// The language asked for.
        lang: Option<String>,
    },
}

/// The call in `tools/call` params; the error is the message for `INVALID_PARAMS`.
pub fn tool_call(params: &Value) -> Result<ToolCall, String> {
    let name = params
        .get("name")
        .and_then(Value::as_str)
        .ok_or("tools/call needs a name")?;
    let args = params
        .get("arguments")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let args = args.as_object().ok_or("arguments must be an object")?;
    let text = |k: &str| args.get(k).and_then(Value::as_str).map(str::to_string);
    let allowed: &[&str] = match name {
        "find_order" => &["order_id", "tracking_number", "email_sha256"],
        "explain_order" => &["order_id", "lang"],
        other => {
            return Err(format!(
                "no tool \"{other}\"; the tools are find_order and explain_order"
            ))
        }
    };
    if let Some(extra) = args.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(format!("{name} takes no argument \"{extra}\""));
    }
    if args.values().any(|v| !v.is_string()) {
        return Err("every argument is a string".into());
    }
    match name {
        "find_order" => Lookup::from_parts(
            text("order_id"),
            text("tracking_number"),
            text("email_sha256"),
        )
        .map(ToolCall::Find)
        .map_err(|e| e.to_string()),
        _ => match Lookup::from_parts(text("order_id"), None, None) {
            Ok(Lookup::OrderId(order_id)) => Ok(ToolCall::Explain {
                order_id,
                lang: text("lang").filter(|l| l.len() <= 64),
            }),
            _ => Err("explain_order needs order_id (1–64 letters, digits, '-', '_' or '.')".into()),
        },
    }
}

/// A tool's result: text for the model, the same as structured content.
pub fn tool_result(text: String, structured: Value, is_error: bool) -> Value {
    json!({"content": [{"type": "text", "text": text}], "structuredContent": structured, "isError": is_error})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_notifications_and_garbage() {
        let r = parse(br#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#).unwrap();
        assert_eq!(
            r,
            Incoming::Request {
                id: json!(1),
                method: "tools/list".into(),
                params: json!({})
            }
        );
        assert_eq!(
            parse(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#).unwrap(),
            Incoming::Notification
        );
        for (body, code) in [
            (&b"{"[..], code::PARSE),
            (&b"[]"[..], code::INVALID_REQUEST),
            (
                &br#"{"jsonrpc":"1.0","id":1,"method":"x"}"#[..],
                code::INVALID_REQUEST,
            ),
            (
                &br#"{"jsonrpc":"2.0","id":{},"method":"x"}"#[..],
                code::INVALID_REQUEST,
            ),
            (&br#"{"jsonrpc":"2.0","id":0}"#[..], code::INVALID_REQUEST),
            (
                &br#"{"jsonrpc":"2.0","id":0,"method":"x","params":[1]}"#[..],
                code::INVALID_PARAMS,
            ),
        ] {
            assert_eq!(parse(body).unwrap_err()["error"]["code"], json!(code));
        }
    }

    #[test]
    fn the_clients_version_is_kept_when_spoken() {
        assert_eq!(
            initialize(&json!({"protocolVersion": "2025-06-18"}))["protocolVersion"],
            "2025-06-18"
        );
        assert_eq!(
            initialize(&json!({"protocolVersion": "1999-01-01"}))["protocolVersion"],
            VERSIONS[0]
        );
        assert_eq!(tools()["tools"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn tool_arguments_are_checked() {
        assert_eq!(
            tool_call(&json!({"name": "find_order", "arguments": {"tracking_number": "LP1"}})),
            Ok(ToolCall::Find(Lookup::TrackingNumber("LP1".into())))
        );
        assert_eq!(
            tool_call(
                &json!({"name": "explain_order", "arguments": {"order_id": "1042", "lang": "fr"}})
            ),
            Ok(ToolCall::Explain {
                order_id: "1042".into(),
                lang: Some("fr".into())
            })
        );
        for bad in [
            json!({"name": "delete_order", "arguments": {}}),
            json!({"name": "find_order", "arguments": {}}),
            json!({"name": "find_order", "arguments": {"order_id": "1", "tracking_number": "2"}}),
            json!({"name": "find_order", "arguments": {"order_id": 1042}}),
            json!({"name": "explain_order", "arguments": {"order_id": "1", "sql": "x"}}),
            json!({"arguments": {}}),
        ] {
            assert!(tool_call(&bad).is_err(), "{bad}");
        }
    }
}
