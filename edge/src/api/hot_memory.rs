//! A small bounded map of hot order timelines kept in an isolate's memory, in front of the
//! Cache API: entries expire with the freshness they were stored with, and the oldest goes first
//! when it is full.

use std::collections::HashMap;

/// Hot timelines by order key: JSON, fetched at, fresh until (Unix seconds).
#[derive(Debug, Default)]
pub struct HotMemory {
    entries: HashMap<String, (String, i64, i64)>,
}

impl HotMemory {
    /// Keeps `json` (fetched at `fetched_at`) until `until`, within `capacity` entries.
    pub fn remember(
        &mut self,
        key: &str,
        json: &str,
        fetched_at: i64,
        until: i64,
        capacity: usize,
    ) {
        if self.entries.len() >= capacity.max(1) && !self.entries.contains_key(key) {
            if let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, e)| e.1)
                .map(|(k, _)| k.clone())
            {
                self.entries.remove(&oldest);
            }
        }
        self.entries
            .insert(key.to_string(), (json.to_string(), fetched_at, until));
    }

    /// The JSON and fetch time of a still-fresh entry at `now`; an expired one is forgotten.
    pub fn recall(&mut self, key: &str, now: i64) -> Option<(String, i64)> {
        match self.entries.get(key) {
            Some((json, fetched, until)) if now < *until => Some((json.clone(), *fetched)),
            Some(_) => {
                self.entries.remove(key);
                None
            }
            None => None,
        }
    }

    /// How many entries are held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_entries_are_recalled_and_expired_ones_forgotten() {
        let mut m = HotMemory::default();
        m.remember("a", "{\"a\":1}", 100, 160, 8);
        assert_eq!(m.recall("a", 159), Some(("{\"a\":1}".to_string(), 100)));
        assert_eq!(m.recall("a", 160), None, "not served past its freshness");
        assert!(m.is_empty(), "an expired entry is dropped");
        assert_eq!(m.recall("missing", 0), None);
    }

    #[test]
    fn the_oldest_fetch_goes_first_when_full() {
        let mut m = HotMemory::default();
        m.remember("old", "1", 10, 1000, 2);
        m.remember("new", "2", 20, 1000, 2);
        m.remember("newer", "3", 30, 1000, 2);
        assert_eq!(m.len(), 2);
        assert_eq!(m.recall("old", 50), None);
        assert!(m.recall("new", 50).is_some() && m.recall("newer", 50).is_some());
        m.remember("new", "2b", 40, 1000, 2);
        assert_eq!(m.len(), 2, "updating a key evicts nothing");
        assert_eq!(m.recall("new", 50), Some(("2b".to_string(), 40)));
    }
}
