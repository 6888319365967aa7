//! # Cookie API key test API
//!
//! Async Rust client for Cookie API key test API (API version 1.0), generated from its OpenAPI document.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = auth_api_key_cookie::Client::builder()
//!     .api_key("<api key>")
//!     .build()?;
//! // Required inputs are arguments; awaiting the request sends it.
//! let answer = client.get_cart().await?;
//! println!("{answer:?}");
//! // The whole response (status, headers, typed body), with a per-call timeout.
//! let response = client.get_cart()
//!     .timeout(std::time::Duration::from_secs(10))
//!     .send_with_response()
//!     .await?;
//! println!("{} {:?}", response.status(), response.headers().get("content-type"));
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
pub use auth::ClientBuilder;

/// The document's first server URL (may be relative; then a base URL must be given).
pub const DEFAULT_SERVER: &str = "https://api.example.com";

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
        auth::builder(runtime::ClientBuilder::with_defaults(DEFAULT_SERVER, USER_AGENT))
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
