//! # Hostile Names
//!
//! Async Rust client for Hostile Names (API version 1), generated from its OpenAPI document.
//!
//! Operations and schemas named like what the runtime and the templates add to a crate
//! (`session`, `sign_in`, `builder`, `<op>_stream`, `Language`...), statuses in runs, and
//! `self`/`Self` everywhere a name can stand. Generated under every template (see
//! `hostile-names.toml`); each crate must compile and pass clippy.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = hostile_names_session_page_meta::Client::builder()
//!     .build()?;
//! client.sign_in("<email>", "<password>").await?;
//! // Required inputs are arguments; awaiting the request sends it.
//! let answer = client.api_key("id", 1, "id").await?;
//! println!("{answer:?}");
//! // Optional parameters are setters. Every item of every page, each page fetched
//! // when the loop reaches it.
//! let mut items = client.list_pets().per_page(20).stream();
//! while let Some(item) = items.try_next().await? {
//!     println!("{item:?}");
//! }
//! // The whole response (status, headers, typed body), with a per-call timeout.
//! let response = client.list_pets()
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
mod runtime;
mod builder;
pub mod requests;

#[doc(hidden)]
pub mod operations;
pub mod types;
mod auth;
mod pagination;
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
pub const DEFAULT_SERVER: &str = "https://api.example.com/v1";

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
            .session(auth::SignInSession::shared())
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
