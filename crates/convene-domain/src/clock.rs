//! The clock: the one place the current time is read, so that tests can fix and advance it.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use jiff::{SignedDuration, Timestamp};

/// Where "now" comes from.
#[derive(Debug, Clone)]
pub enum Clock {
    /// The system clock.
    System,
    /// A clock that stands still until a test moves it (Unix seconds).
    Manual(Arc<AtomicI64>),
}

impl Clock {
    /// A manual clock set to `at`.
    pub fn manual(at: Timestamp) -> Self {
        Clock::Manual(Arc::new(AtomicI64::new(at.as_second())))
    }

    /// The current instant.
    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Manual(s) => {
                Timestamp::from_second(s.load(Ordering::SeqCst)).unwrap_or(Timestamp::UNIX_EPOCH)
            }
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: SignedDuration) {
        if let Clock::Manual(s) = self {
            s.fetch_add(by.as_secs(), Ordering::SeqCst);
        }
    }
}
