//! convene's domain core: the words of PRODUCT.md as types, and the rules between them.
//!
//! Nothing here performs I/O. Values that come from outside (forms, URLs, config, the
//! database) are parsed into these types once, at the edge, so everything past the edge can
//! trust them.

pub mod demo;
mod model;
mod types;

pub use model::*;
pub use types::*;
