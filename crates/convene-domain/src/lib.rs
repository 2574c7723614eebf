//! convene's domain core: the words of PRODUCT.md as types, and the rules between them.
//!
//! Nothing here performs I/O. Values that come from outside (forms, URLs, config, the
//! database) are parsed into these types once, at the edge, so everything past the edge can
//! trust them.

#[macro_use]
mod types;
mod account;
mod clock;
mod country;
pub mod demo;
mod model;
mod oversight;
pub mod reach;
mod registrant;
mod registration;
pub mod synthetic;
mod tokens;

pub use account::*;
pub use clock::Clock;
pub use country::*;
pub use model::*;
pub use oversight::*;
pub use registrant::*;
pub use registration::*;
pub use tokens::*;
pub use types::*;
