//! "Contact the store" links that carry the order's context.

use waymark_shared::percent::encode;

/// The merchant's contact link with the order id and tracking number: a `mailto:` gets a
/// subject; a web link gets `order` and `tracking` query parameters. Anything else (including
/// `javascript:`) is refused.
pub fn href(contact: &str, order_id: &str, tracking_number: &str) -> Option<String> {
    let c = contact.trim();
    if let Some(address) = c.strip_prefix("mailto:") {
        let address = address.split('?').next().unwrap_or("");
        let subject = format!("Order {order_id} – parcel {tracking_number}");
        return (!address.is_empty())
            .then(|| format!("mailto:{address}?subject={}", encode(&subject)));
    }
    if c.starts_with("https://") || c.starts_with("http://") {
        let sep = if c.contains('?') { '&' } else { '?' };
        return Some(format!(
            "{c}{sep}order={}&tracking={}",
            encode(order_id),
            encode(tracking_number)
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(
            href("mailto:help@shop.example", "1042", "LP1").unwrap(),
            "mailto:help@shop.example?subject=Order%201042%20%E2%80%93%20parcel%20LP1"
        );
        assert_eq!(
            href("https://shop.example/help?x=1", "1 2", "LP1").unwrap(),
            "https://shop.example/help?x=1&order=1%202&tracking=LP1"
        );
        assert!(href("javascript:alert(1)", "1", "2").is_none());
        assert!(href("mailto:", "1", "2").is_none());
    }
}
