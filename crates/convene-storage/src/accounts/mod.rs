//! Organiser accounts: the account row (`user.rs`), managing accounts (`users.rs`), one-time
//! password links (`password_links.rs`), signing in with back-office sessions
//! (`logins.rs`), and door staff's sessions opened with the check-in token (`door.rs`).

pub(crate) mod door;
pub(crate) mod logins;
pub(crate) mod password_links;
pub(crate) mod user;
pub(crate) mod users;
