//! How long a timeline stays fresh, by status: minutes while out for delivery, about half an
//! hour in transit, days once delivered.

use waymark_shared::Status;

/// Seconds a timeline in `status` may be served from the hot cache without asking carriers.
pub fn fresh_seconds(status: Status) -> u64 {
    match status {
        Status::OutForDelivery | Status::AvailableForPickup | Status::FailedAttempt => 5 * 60,
        Status::Exception => 15 * 60,
        Status::Pending | Status::InfoReceived => 60 * 60,
        Status::InTransit | Status::ReturningToSender => 30 * 60,
        Status::Delivered | Status::ReturnedToSender | Status::Cancelled | Status::Expired => {
            3 * 24 * 3600
        }
    }
}

/// Seconds the last good timeline is kept in KV for stale fallback: long for live parcels,
/// a month after a terminal state.
pub fn keep_seconds(status: Status) -> u64 {
    if status.is_terminal() {
        30 * 24 * 3600
    } else {
        90 * 24 * 3600
    }
}

/// The freshness of an order: its least fresh parcel decides, capped by configuration.
pub fn order_fresh_seconds(statuses: impl IntoIterator<Item = Status>, cap: Option<u64>) -> u64 {
    let ttl = statuses.into_iter().map(fresh_seconds).min().unwrap_or(60);
    cap.map_or(ttl, |c| ttl.min(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_status() {
        assert!(fresh_seconds(Status::OutForDelivery) < fresh_seconds(Status::InTransit));
        assert!(fresh_seconds(Status::InTransit) < fresh_seconds(Status::Delivered));
        assert_eq!(fresh_seconds(Status::InTransit), 1800);
        assert_eq!(
            order_fresh_seconds([Status::Delivered, Status::OutForDelivery], None),
            300
        );
        assert_eq!(order_fresh_seconds([Status::Delivered], Some(5)), 5);
        assert!(keep_seconds(Status::InTransit) > keep_seconds(Status::Delivered));
    }
}
