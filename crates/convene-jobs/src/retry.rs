//! When to try a failed job again: each job kind declares its own policy.

use std::time::Duration;

/// How a job kind retries: at most `max_attempts` attempts in all, the n-th retry after
/// `first_delay` doubled n-1 times, capped at `max_delay`. Deterministic (no jitter), so tests
/// can advance a clock past a delay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; after the last failure the job is given up.
    pub max_attempts: u32,
    /// The pause after the first failure.
    pub first_delay: Duration,
    /// The longest pause.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// One attempt only: a failure is final.
    pub const ONCE: Self =
        Self { max_attempts: 1, first_delay: Duration::ZERO, max_delay: Duration::ZERO };

    /// Emails: 30 s, 1 min, 2 min, ... capped at 1 h, twelve attempts. That tolerates about
    /// five hours of SMTP outage, long enough for an operator to notice, short enough that a
    /// reminder is not delivered after the session.
    pub const EMAIL: Self = Self {
        max_attempts: 12,
        first_delay: Duration::from_secs(30),
        max_delay: Duration::from_secs(60 * 60),
    };

    /// The pause before the attempt after failed attempt number `attempt` (1-based; 0 is
    /// treated like 1).
    pub fn delay(&self, attempt: u32) -> Duration {
        // Doubling saturates rather than overflowing for absurd attempt numbers.
        let factor = 1u32.checked_shl(attempt.saturating_sub(1)).unwrap_or(u32::MAX);
        self.first_delay.saturating_mul(factor).min(self.max_delay)
    }

    /// Whether failed attempt number `attempt` leaves another one.
    pub fn retries_after(&self, attempt: u32) -> bool {
        attempt < self.max_attempts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_from_thirty_seconds() {
        let secs: Vec<u64> = (1..=9).map(|a| RetryPolicy::EMAIL.delay(a).as_secs()).collect();
        assert_eq!(secs, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }

    #[test]
    fn delays_are_capped_at_an_hour() {
        for attempt in [8, 12, 40, 1000, u32::MAX] {
            assert_eq!(
                RetryPolicy::EMAIL.delay(attempt),
                Duration::from_secs(3600),
                "attempt {attempt}"
            );
        }
        assert_eq!(RetryPolicy::EMAIL.delay(0), Duration::from_secs(30));
    }

    #[test]
    fn giving_up_takes_hours_not_days() {
        let p = RetryPolicy::EMAIL;
        let total: u64 = (1..p.max_attempts).map(|a| p.delay(a).as_secs()).sum();
        assert!((4 * 3600..8 * 3600).contains(&total), "{total} s");
        assert!(p.retries_after(p.max_attempts - 1));
        assert!(!p.retries_after(p.max_attempts));
        assert!(!RetryPolicy::ONCE.retries_after(1));
    }
}
