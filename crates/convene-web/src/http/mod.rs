//! HTTP plumbing shared by pages and the API: the error type and its statuses, cookies,
//! form reading and defences, the render cache, static assets and health probes.

pub(crate) mod assets;
pub(crate) mod cache;
pub(crate) mod cookies;
pub mod error;
pub(crate) mod extract;
pub(crate) mod forms;
pub(crate) mod health;
pub(crate) mod query;
pub(crate) mod security;
