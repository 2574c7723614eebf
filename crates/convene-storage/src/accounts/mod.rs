//! Organiser accounts: the account row (`user.rs`), managing accounts (`users.rs`), one-time
//! password links (`password_links.rs`), and signing in with back-office sessions
//! (`logins.rs`).

pub(crate) mod logins;
pub(crate) mod password_links;
pub(crate) mod user;
pub(crate) mod users;
