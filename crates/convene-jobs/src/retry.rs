//! When to try a failed message again.

use std::time::Duration;

/// After this many failed attempts a message is given up and reported.
///
/// With [`retry_delay`] that tolerates about five hours of SMTP outage, long enough for an
/// operator to notice, short enough that a reminder is not delivered after the session.
pub const MAX_ATTEMPTS: u32 = 12;

const FIRST_DELAY_SECS: u64 = 30;
const MAX_DELAY_SECS: u64 = 60 * 60;

/// Delay before retry number `attempt` (1-based): 30 s, 1 min, 2 min, 4 min, ... capped at 1 h; deterministic (no jitter) so tests can advance a clock past it.
pub fn retry_delay(attempt: u32) -> Duration {
    // Clamping the exponent first keeps the shift from overflowing for absurd attempt numbers;
    // 30 s << 7 already exceeds the cap. Attempt 0 is treated like 1 rather than panicking.
    let doublings = attempt.saturating_sub(1).min(7);
    Duration::from_secs((FIRST_DELAY_SECS << doublings).min(MAX_DELAY_SECS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_from_thirty_seconds() {
        let secs: Vec<u64> = (1..=9).map(|a| retry_delay(a).as_secs()).collect();
        assert_eq!(secs, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }

    #[test]
    fn delays_are_capped_at_an_hour() {
        for attempt in [8, 12, 40, 1000, u32::MAX] {
            assert_eq!(retry_delay(attempt), Duration::from_secs(3600), "attempt {attempt}");
        }
        assert_eq!(retry_delay(0), Duration::from_secs(30));
    }

    #[test]
    fn giving_up_takes_hours_not_days() {
        let total: u64 = (1..MAX_ATTEMPTS).map(|a| retry_delay(a).as_secs()).sum();
        assert!((4 * 3600..8 * 3600).contains(&total), "{total} s");
    }
}
