//! # RDV-Solidarités API
//!
//! Async Rust client for RDV-Solidarités API (API version v1), generated from its OpenAPI document.
//!
//! Agent-facing REST API of RDV-Solidarités (betagouv/rdv-service-public), the appointment
//! ("rendez-vous", RDV) booking platform of French social services. Hand-written for this
//! project from the RDV-Solidarités API documentation and the rswag document the project publishes
//! (OpenAPI 3.0.1, `swagger/v1/api.json`); differences from the published document are noted
//! where they occur.
//!
//! **Conventions.** JSON only: every response carries `Content-Type: application/json`.
//! `GET` parameters go in the query string; `POST` and `PATCH` parameters go in a JSON body sent
//! with `Content-Type: application/json` (the published rswag document lists them as query
//! parameters, which the Rails server also accepts; this document follows the written API
//! documentation). Formats: `DATE` is `YYYY-MM-DD` (e.g. `2021-10-21`), `TIME` is `H:m[:s]`
//! (e.g. `10:30`). Timestamps in responses (`starts_at`, `created_at`, ...) are written by the
//! server as `YYYY-MM-DD HH:MM:SS +ZZZZ` (e.g. `2022-01-01 08:45:00 +0100`), which is not
//! RFC 3339; they are therefore typed as plain strings here.
//!
//! **Authentication** (devise_token_auth). Call `POST /api/v1/auth/sign_in` with the agent's
//! email and password; the response body describes the agent and the response headers carry
//! `access-token`, `client` and `uid`. The access token is valid 24 hours; after that, sign in
//! again. The three headers must be sent together with every other request, whatever the HTTP
//! method. Every action made through the API is attributed to the signed-in agent, with the
//! same roles and permissions as in the web interface: basic agents see their service only,
//! secretariat agents see the agendas of other services, admins see their whole organisation.
//! Reads apply no filter by default and return every resource the agent may see.
//!
//! **Pagination.** Lists take an optional `page` parameter (1-based) and return at most 100
//! items per page, with a `meta` object (`current_page`, `next_page`, `prev_page`,
//! `total_count`, `total_pages`). The older API documentation says pagination is not
//! implemented and lists are capped at 100 items; the published document and the server's
//! `render_collection` paginate. `GET /api/v1/public_links` is not paginated.
//!
//! **Rate limiting.** Endpoints without authentication are limited to 50 calls per minute;
//! past that the API answers `429` with a `Retry-After` header giving the seconds to wait.
//!
//! **Errors.** `401` bodies are `{"errors": ["..."]}`. Errors the system recognises (e.g.
//! `422`) carry `errors` (machine-readable, grouped by attribute) and `error_messages`
//! (human-readable). `400` means a malformed request (e.g. invalid JSON body), `403` an
//! authenticated agent without the rights for the action, `500` an internal error (the team
//! is notified automatically).
//!
//! **Instances.** Production is `https://www.rdv-solidarites.fr` (address requests to `www.`,
//! not to the bare domain). A demo instance runs at `https://demo.rdv-solidarites.fr`, and the
//! same software (RDV Service Public) runs other instances under their own domains with the
//! same API; set the client's base URL accordingly.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = rdv_solidarites::Client::builder()
//!     .build()?;
//! client.sign_in("<email>", "<password>").await?;
//! // Required inputs are arguments; awaiting the request sends it.
//! let answer = client.get_absence(12).await?;
//! println!("{answer:?}");
//! // Optional parameters are setters. Every item of every page, each page fetched
//! // when the loop reaches it.
//! let mut items = client.get_absences().stream();
//! while let Some(item) = items.try_next().await? {
//!     println!("{item:?}");
//! }
//! // The whole response (status, headers, typed body), with a per-call timeout.
//! let response = client.get_absences()
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
pub const DEFAULT_SERVER: &str = "https://www.rdv-solidarites.fr";

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
