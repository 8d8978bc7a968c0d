//! Fixed-window rate limiting per key (an IP's network, a verified token's signature). The
//! counters live in the isolate and are bounded ([`MAX_KEYS`], the oldest window evicted
//! first, without scanning): each Workers isolate limits on its own, which bounds abuse per
//! isolate. Where deployed, Cloudflare's Rate Limiting binding adds a limit across isolates
//! (docs/deploy.md says what it does and does not stop).

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;

/// Keys one limiter tracks at most.
pub const MAX_KEYS: usize = 10_000;

/// Counters for one kind of key.
#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: HashMap<String, (i64, u32)>,
    /// Keys in the order their windows started (a key may appear more than once: only the
    /// entry matching its current window start counts).
    order: VecDeque<(String, i64)>,
}

/// The verdict for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Go ahead.
    Allowed,
    /// Refuse; retry after this many seconds.
    Limited {
        /// Seconds until the window resets.
        retry_after: u64,
    },
}

impl RateLimiter {
    /// Counts a request for `key` at `now` (Unix seconds) against `limit` per `window` seconds.
    pub fn check(&mut self, key: &str, limit: u32, window: i64, now: i64) -> Verdict {
        let started = match self.windows.get_mut(key) {
            Some(entry) if now - entry.0 < window => None,
            Some(entry) => {
                *entry = (now, 0);
                Some(())
            }
            None => {
                self.windows.insert(key.to_string(), (now, 0));
                Some(())
            }
        };
        if started.is_some() {
            self.order.push_back((key.to_string(), now));
            self.evict();
        }
        let entry = self.windows.get_mut(key).expect("inserted above");
        if entry.1 >= limit {
            return Verdict::Limited {
                retry_after: (window - (now - entry.0)).max(1) as u64,
            };
        }
        entry.1 += 1;
        Verdict::Allowed
    }

    /// Drops the oldest windows past [`MAX_KEYS`]; each step is O(1) amortized.
    fn evict(&mut self) {
        while self.windows.len() > MAX_KEYS || self.order.len() > 2 * MAX_KEYS {
            let Some((key, start)) = self.order.pop_front() else {
                break;
            };
            if self.windows.get(&key).is_some_and(|(s, _)| *s == start) {
                self.windows.remove(&key);
            }
        }
    }

    /// Keys tracked now.
    pub fn len(&self) -> usize {
        self.windows.len()
    }

    /// Whether nothing is tracked.
    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }
}

/// The rate-limit key of a client address: an IPv4 address as is, an IPv6 address by its /64
/// (one subscriber's network: an address within it is free to rotate), anything unreadable
/// as one shared key.
pub fn ip_key(ip: &str) -> String {
    match ip.trim().parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Err(_) => "unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_window() {
        let mut r = RateLimiter::default();
        assert_eq!(r.check("ip", 2, 60, 100), Verdict::Allowed);
        assert_eq!(r.check("ip", 2, 60, 110), Verdict::Allowed);
        assert_eq!(
            r.check("ip", 2, 60, 120),
            Verdict::Limited { retry_after: 40 }
        );
        assert_eq!(r.check("other", 2, 60, 120), Verdict::Allowed);
        assert_eq!(r.check("ip", 2, 60, 160), Verdict::Allowed, "new window");
    }

    #[test]
    fn memory_is_bounded_and_the_oldest_go_first() {
        let mut r = RateLimiter::default();
        r.check("first", 1, 60, 0);
        for i in 0..(3 * MAX_KEYS) {
            r.check(&format!("k{i}"), 1, 60, 1);
        }
        assert!(r.len() <= MAX_KEYS, "{} keys", r.len());
        assert!(r.order.len() <= 2 * MAX_KEYS + 1);
        // "first" was evicted: it starts a new window rather than being remembered.
        assert_eq!(r.check("first", 1, 60, 2), Verdict::Allowed);
        // A recent key is still limited.
        let recent = format!("k{}", 3 * MAX_KEYS - 1);
        assert!(matches!(
            r.check(&recent, 1, 60, 2),
            Verdict::Limited { .. }
        ));
    }

    #[test]
    fn ipv6_is_limited_by_its_64() {
        assert_eq!(
            ip_key("2001:db8:1:2:aaaa::1"),
            ip_key("2001:db8:1:2:ffff:1:2:3")
        );
        assert_ne!(ip_key("2001:db8:1:2::1"), ip_key("2001:db8:1:3::1"));
        assert_eq!(ip_key("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_eq!(ip_key(" 203.0.113.7 "), "203.0.113.7");
        assert_eq!(ip_key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(ip_key("not an ip"), "unknown");
    }
}
