//! convene's domain core: the words of PRODUCT.md as types, and the rules between them.
//!
//! Nothing here performs I/O. Values that come from outside (forms, URLs, config, the
//! database) are parsed into these types once, at the edge, so everything past the edge can
//! trust them.

#[macro_use]
mod types;
mod account;
pub mod agenda_csv;
mod audit;
mod clock;
mod country;
pub mod csv_cell;
pub mod demo;
pub mod diff;
mod editing;
mod lang;
pub mod markup;
pub mod markup_check;
mod model;
mod outbox;
mod oversight;
pub mod reach;
mod registrant;
mod registration;
mod session_settings;
pub mod synthetic;
pub mod text_scan;
mod tokens;

pub use account::*;
pub use audit::AuditAction;
pub use clock::Clock;
pub use country::*;
pub use editing::*;
pub use lang::Lang;
pub use model::*;
pub use outbox::email_wanted;
pub use oversight::*;
pub use registrant::*;
pub use registration::*;
pub use session_settings::*;
pub use tokens::*;
pub use types::*;
