//! # Cocoapp SMS API
//!
//! Async Rust client for Cocoapp SMS API (API version 1.0.0), generated from its OpenAPI document.
//!
//! API of Cocoapp's SMS connector, version 1 (1.0.0): sending SMS messages (*envoi
//! seulement*: messages cannot be listed or read back).
//!
//! **Access.** API keys are issued on request: write to info@cocoapp.com with the e-mail
//! address of your Cocoapp account, the name of the workspace (*espace de travail*) the key is
//! for, and what you will use the API for.
//!
//! **Authorization.** Every request carries the key as `Authorization: Bearer <key>`.
//!
//! **Documents.** The API follows the [JSON:API](https://jsonapi.org/) specification: requests
//! send `Accept: application/vnd.api+json` and `Content-Type: application/vnd.api+json`.
//!
//! **Versions.** `v1` in the URL is the major version: releases within it never break clients;
//! a breaking change ships under a new major version.
//!
//! Written for this project from Cocoapp's public integration guide
//! and the request examples Cocoapp publishes with it (`Examples/SMS/Messages/Send Message.*`
//! in appwapp/cocoapp.api.docs). The SwaggerHub document of this API was not available to the
//! project, so the response is modelled on the JSON:API specification and on the Core API's
//! conventions; such places are marked *inferred*.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = cocoapp_sms::Client::builder()
//!     .bearer_token("<token>")
//!     .build()?;
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
use openapi_client_runtime as runtime;
mod builder;
pub mod requests;

#[doc(hidden)]
pub mod operations;
pub mod types;
mod auth;
pub use runtime::{
    Attempt, Download, Error, FilePart, Hook, Paged, Redirect, Response, RetryPolicy,
};

/// The HTTP library the client runs on (its `ClientBuilder` for
/// `ClientBuilder::http_client_builder`, header types), at the version the client uses.
pub use reqwest;

/// The `Stream` traits and adapters of paged lists ([`Paged`]), at the version the client
/// uses.
pub use futures;
pub use builder::ClientBuilder;
pub use types::*;

/// The document's first server URL (may be relative; then a base URL must be given).
pub const DEFAULT_SERVER: &str = "https://api.cocoapp.com/api/connectors/sms/external/v1";

/// `User-Agent` sent by default: the crate's name and version (from its manifest, so the
/// sources do not change when only the version does).
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);

/// A client of the API: one method per operation. Cheap to clone: clones share the
/// connection pool, the settings and the credentials.
#[derive(Clone)]
pub struct Client {
    inner: runtime::Client,
}

impl Client {
    /// A builder starting from the document's first server and default settings.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::with_defaults(DEFAULT_SERVER, USER_AGENT)
    }

    /// A client for the default server with default settings.
    pub fn new() -> Result<Self, Error> {
        Self::builder().build()
    }

    /// The URL every operation path is appended to (without trailing slash).
    pub fn base_url(&self) -> &str {
        self.inner.base_url()
    }

    fn from_runtime(inner: runtime::Client) -> Self {
        Client { inner }
    }

    /// Starts an operation's request.
    #[allow(dead_code)]
    fn request(&self, method: reqwest::Method, path: String) -> runtime::Request<'_> {
        self.inner.request(method, path)
    }

    /// The session the auth module installed, if any.
    #[allow(dead_code)]
    fn session(&self) -> Option<&std::sync::Arc<dyn runtime::Session>> {
        self.inner.session()
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}
