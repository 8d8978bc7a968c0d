//! The "Contact the store" link: the merchant's `data-contact` with the order's facts, so the
//! store knows which parcel the buyer means without asking.

use waymark_shared::percent::encode;

/// What the link tells the store: the order, the parcel's numbers, its status in the buyer's
/// words, and the order's read-only view for the support agent.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The order id.
    pub order_id: &'a str,
    /// The parcel's tracking numbers (every leg).
    pub numbers: &'a [String],
    /// The current status label.
    pub status: &'a str,
    /// The support view's link, when the edge gives one.
    pub support_url: Option<&'a str>,
    /// The message's subject (`words.contact_subject`).
    pub subject: &'a str,
}

/// The merchant's contact link carrying `facts`: a `mailto:` gets the subject and a body with
/// the facts one per line; an `https:` link gets them as query parameters (before any
/// fragment). Anything else — `javascript:`, `data:`, plain `http:` — is refused.
pub fn href(contact: &str, facts: &Facts) -> Option<String> {
    let c = contact.trim();
    let scheme = |s: &str| c.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s));
    let numbers = facts.numbers.iter().map(String::as_str);
    if scheme("mailto:") {
        let address = c["mailto:".len()..].split('?').next().unwrap_or("");
        if address.is_empty() || address.contains(['<', '>', '"', '\r', '\n']) {
            return None;
        }
        let mut body: Vec<&str> = vec![facts.order_id];
        body.extend(numbers);
        body.push(facts.status);
        body.extend(facts.support_url);
        let mut out = String::from("mailto:");
        out.push_str(address);
        out.push_str("?subject=");
        out.push_str(&encode(facts.subject));
        out.push_str("&body=");
        out.push_str(&encode(&body.join("\r\n")));
        return Some(out);
    }
    if scheme("https://") && c.len() > "https://".len() {
        let (base, fragment) = c.split_at(c.find('#').unwrap_or(c.len()));
        let mut out = String::from(base);
        let tracking = numbers.collect::<Vec<_>>().join(",");
        let params = [
            ("order", Some(facts.order_id)),
            ("tracking", Some(tracking.as_str())),
            ("status", Some(facts.status)),
            ("support", facts.support_url),
        ];
        let mut sep = if base.contains('?') { '&' } else { '?' };
        for (k, v) in params {
            if let Some(v) = v {
                out.push(sep);
                out.push_str(k);
                out.push('=');
                out.push_str(&encode(v));
                sep = '&';
            }
        }
        out.push_str(fragment);
        return Some(out);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(numbers: &'a [String], support: Option<&'a str>) -> Facts<'a> {
        Facts {
            order_id: "1042-C",
            numbers,
            status: "Delivery attempted",
            support_url: support,
            subject: "Order 1042-C: question about my parcel",
        }
    }

    #[test]
    fn mailto_has_subject_and_facts_one_per_line() {
        let n = ["LP1".to_string(), "9400".to_string()];
        assert_eq!(
            href("mailto:help@shop.example?subject=ignored", &facts(&n, Some("https://edge/s/x"))).unwrap(),
            "mailto:help@shop.example?subject=Order%201042-C%3A%20question%20about%20my%20parcel\
             &body=1042-C%0D%0ALP1%0D%0A9400%0D%0ADelivery%20attempted%0D%0Ahttps%3A%2F%2Fedge%2Fs%2Fx"
        );
        assert!(href("MAILTO:help@shop.example", &facts(&n, None))
            .unwrap()
            .ends_with("attempted"));
    }

    #[test]
    fn https_gets_query_parameters_before_the_fragment() {
        let n = ["LP 1".to_string()];
        assert_eq!(
            href("https://shop.example/help?x=1#form", &facts(&n, None)).unwrap(),
            "https://shop.example/help?x=1&order=1042-C&tracking=LP%201&status=Delivery%20attempted#form"
        );
        assert_eq!(
            href(" https://shop.example/help ", &facts(&n, Some("https://e/s"))).unwrap(),
            "https://shop.example/help?order=1042-C&tracking=LP%201&status=Delivery%20attempted&support=https%3A%2F%2Fe%2Fs"
        );
    }

    #[test]
    fn refuses_other_schemes() {
        let n = ["1".to_string()];
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "http://shop.example",
            "mailto:",
            "mailto:a@b\r\nBcc:x",
            "https://",
            "",
        ] {
            assert!(href(bad, &facts(&n, None)).is_none(), "{bad}");
        }
    }
}
