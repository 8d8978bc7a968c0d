//! Loading an order's answer from the edge: `GET /v1/timeline?lang=&tz=` with the token as
//! `Authorization: Bearer` (kept out of URLs, server logs and HAR files).

/// Why the answer could not be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadError {
    /// The edge could not be reached (or the fetch was aborted).
    Network,
    /// The edge answered with an error status.
    Status,
    /// The answer was not an order with words.
    Invalid,
    /// The host has no token.
    NoToken,
}

/// The request's URL: the buyer's language and zone for the edge to word in.
pub fn url(edge: &str, lang: &str, tz: &str) -> String {
    use waymark_shared::percent::encode;
    let mut url = String::from(edge.trim_end_matches('/'));
    url.push_str("/v1/timeline?lang=");
    url.push_str(&encode(lang));
    if !tz.is_empty() {
        url.push_str("&tz=");
        url.push_str(&encode(tz));
    }
    url
}

/// Fetches the order's answer.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(
    edge: &str,
    token: &str,
    lang: waymark_shared::words::Lang,
    tz: &str,
) -> Result<crate::view::OrderView, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if token.is_empty() {
        return Err(LoadError::NoToken);
    }
    let window = web_sys::window().ok_or(LoadError::Network)?;
    // Headers as a plain object (`{Authorization: …}`): the `Headers` class would add its
    // bindings to the bundle for one header.
    let headers = js_sys::Object::new();
    js_sys::Reflect::set(
        &headers,
        &"Authorization".into(),
        &format!("Bearer {token}").into(),
    )
    .map_err(|_| LoadError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_headers(&headers);
    let resp: web_sys::Response =
        JsFuture::from(window.fetch_with_str_and_init(&url(edge, lang.tag(), tz), &init))
            .await
            .map_err(|_| LoadError::Network)?
            .unchecked_into();
    if !resp.ok() {
        return Err(LoadError::Status);
    }
    // The browser parses the JSON; serde-wasm-bindgen reads only the fields the view has.
    let promise = resp.json().map_err(|_| LoadError::Invalid)?;
    let value = JsFuture::from(promise)
        .await
        .map_err(|_| LoadError::Invalid)?;
    serde_wasm_bindgen::from_value(value).map_err(|_| LoadError::Invalid)
}

#[cfg(test)]
mod tests {
    #[test]
    fn asks_in_the_buyers_language_and_zone() {
        assert_eq!(
            super::url("https://edge.example/", "pt-BR", "America/Sao_Paulo"),
            "https://edge.example/v1/timeline?lang=pt-BR&tz=America%2FSao_Paulo"
        );
        assert_eq!(
            super::url("https://e", "en", ""),
            "https://e/v1/timeline?lang=en"
        );
    }
}
