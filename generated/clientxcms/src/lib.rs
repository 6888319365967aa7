//! # CLIENTXCMS Application API
//!
//! Async Rust client for CLIENTXCMS Application API (API version 1.0.2), generated from its OpenAPI document.
//!
//! Administration ("application") API of a CLIENTXCMS installation, the hosting billing and
//! client-area software. Every CLIENTXCMS instance serves this API under its own domain, at `https://<your-instance>/api`,
//! and publishes its OpenAPI document with a Swagger UI at `/api/documentation`.
//!
//! This document covers the resources named by the project: customers, products (with `?pricing=1`), product groups,
//! pricings, services (including expire, suspend and unsuspend), invoices, health and license. It keeps the published
//! paths and operationIds (the invoice operations have md5-hash operationIds, as published) and corrects the published
//! document where it disagrees with itself or with the CLIENTXCMS source; each correction is said in the operation or
//! schema it touches. The customer-area (`/client/...`), support, server, coupon, subdomain and log operations of the
//! published document are out of this document's scope.
//!
//! ## Authentication
//! Send an API key on every request: `Authorization: Bearer <token>`. A key is created on the instance with
//! `php artisan clientxcms:create-api-key {name} {email} {--permissions=*}` (name of the key, the administrator account it
//! belongs to, and its permissions). Without a valid key the API answers 401; with a key that lacks the operation's
//! permission, 403.
//!
//! ## Permissions
//! `*` grants everything. General: `health`, `statitics` (the API's spelling), `license`. Then per resource
//! `customers:`, `products:`, `groups:`, `pricings:` with `index`, `create`, `update`, `delete`; `services:` with `index`,
//! `update`, `delete`, `expire`, `suspend`, `unsuspend`; `invoices:` with the same four as customers. Each operation names
//! its permission in `x-permission`. The documented names are used here; the route file of some CLIENTXCMS releases checks
//! `<resource>:store` for creation and `<resource>:show` for single reads, so a key restricted to named permissions may
//! need those names too.
//!
//! ## Formats
//! Answers are JSON or XML depending on the `Accept` header; this document describes JSON, so send
//! `Accept: application/json` (Laravel then also answers errors as JSON). Listings are Laravel paginators
//! (`data`, `links`, `meta`) driven by `page` and `per_page`; filters use `filter[field]=value`, sorting `sort=field` or
//! `sort=-field`, relations `include=a,b` (Spatie query builder). Updates of customers, products, groups and pricings use
//! POST on the item's path.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = clientxcms::Client::builder()
//!     .bearer_token("<token>")
//!     .build()?;
//! // Every item of every page, each page fetched when the loop reaches it.
//! use futures::TryStreamExt;
//! let params = clientxcms::GetCustomersParams::new().with_per_page(20);
//! let mut items = client.get_customers_stream(params);
//! while let Some(item) = items.try_next().await? {
//!     println!("{item:?}");
//! }
//! #     Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::result_large_err,
    clippy::enum_variant_names
)]
#![allow(
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
mod client;
mod runtime;
pub mod types;
mod auth;
mod pagination;
mod decode;
pub use runtime::{Client, ClientBuilder, Error, FilePart, RetryPolicy};
pub use types::*;
/// The document's first server URL (may be relative; then a base URL must be given).
pub const DEFAULT_SERVER: &str = "https://clientxcms.app/api";
/// `User-Agent` sent by default: the crate's name and version (from its manifest, so the
/// sources do not change when only the version does).
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
impl Client {
    /// A builder starting from the document's first server and default settings.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::with_defaults(DEFAULT_SERVER, USER_AGENT)
    }

    /// A client for the default server with default settings.
    pub fn new() -> Result<Self, Error> {
        Self::builder().build()
    }
}
