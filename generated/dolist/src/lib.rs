//! # Dolist Campaign API
//!
//! Async Rust client for Dolist Campaign API (API version 9), generated from its OpenAPI document.
//!
//! The Campaign API (API v9) of Dolist's Campaign platform: e-mail and SMS messaging and
//! marketing automation. This document is the project's own description of the part of the API a
//! client needs (applications, contacts, campaigns, statistics, transactional e-mail, sender and
//! reply-to addresses), written in the Swagger 2.0 / ServiceStack style Dolist publishes its API in.
//!
//! Sources: Dolist's general rules ("Pour commencer", <https://api.dolist.com/pour-commencer>), two
//! pages of Dolist's detailed reference (transactional e-mail sending, e-mail messages), and an
//! open-source client of the API (a French public-sector Rails application). Where none of them
//! says how an endpoint or a field looks, the document models what a client needs and says
//! "Inferred" in the description; those operations also carry `x-dolist-inferred: true`.
//!
//! **Requests.** HTTPS only (TLS). Every call carries the API key in the `X-API-Key` header and the
//! account number in the `AccountID` query parameter; bodies are JSON (`application/json`), and
//! `Accept: application/json` is expected. A 403 `Unauthorized request blocked.` means a wrong
//! `AccountID`, a key not bound to that account, or a caller IP address that the account's
//! administrator has not declared in Dolist's customer portal.
//!
//! **Languages.** `Accept-Language` chooses the language of the data sent and received: French
//! (`fr-FR`), English (`en-US`, the default when the header is absent) or Spanish (`es-ES`). The
//! API also reads a full preference list (`fr-FR,fr;q=0.9,en-US;q=0.8`); this document lets a
//! client send one of the three tags.
//!
//! **Dates.** ISO-8601. All dates are stored and returned in UTC. The API returns only two shapes:
//! `YYYY-MM-DDTHH:MM:ss.nnnnnnn+hh:mm` (seven fractional digits and an offset) for system and
//! event dates, e.g. `2021-03-22T05:06:07.0000000+01:00`, and the same without an offset,
//! `2021-03-22T05:06:07.0000000`, for dates held in contact fields (which this document types as
//! strings, since contact field values are strings). In query parameters the API accepts
//! `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYYMMDD`, with or without a time, with or without the seven
//! fractional digits, with `Z` or a `+hh:mm` / `-hh:mm` offset (no offset means UTC); a date alone
//! is read as `T00:00:00.0000000`. In JSON bodies it also accepts the regional formats of the
//! `Accept-Language` locale (e.g. `22/03/2021` in fr-FR, `03/22/2021` in en-US); a client that
//! sends RFC 3339 never depends on that.
//!
//! **Responses.** 200, 201 and 204 are success; a successful update may answer with an empty body.
//! 403: insufficient rights or access refused. 404: a functional error of the operation (POST and
//! PUT). 500 and 503: an unexpected exception (contact Dolist's support). Errors carry a
//! ServiceStack `ResponseStatus`. Some error codes come back undocumented (e.g. `458`, `402`).
//!
//! **Pagination.** Every response with several results starts with `Count` (results in this
//! response), `Total` (results of the query) and `ItemList`. The API has no limit on the number of
//! results it returns, except `POST /contacts/search` (at most 50); `offset` (index of the first
//! result) and `limit` (number of results) page through them: offset 0 / limit 20, then offset 20,
//! 40, 60 for a total of 62.
//!
//! **Rate limit.** Every answer carries `X-Rate-Limit-Remaining` (calls left) and
//! `X-Rate-Limit-Reset` (when the window resets, epoch time in milliseconds).
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = dolist::Client::builder()
//!     .api_key("<api key>")
//!     .account_id("12345")
//!     .language(dolist::Language::FrFr)
//!     .build()?;
//! // Required inputs are arguments; awaiting the request sends it.
//! let answer = client.get_campaign(1).await?;
//! println!("{answer:?}");
//! // Optional parameters are setters. Every item of every page, each page fetched
//! // when the loop reaches it.
//! let mut items = client.list_applications().limit(20).stream();
//! while let Some(item) = items.try_next().await? {
//!     println!("{item:?}");
//! }
//! // The whole response (status, headers, typed body), with a per-call timeout.
//! let response = client.list_applications()
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
mod client_header;
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
pub use client_header::Language;

/// The document's first server URL (may be relative; then a base URL must be given).
pub const DEFAULT_SERVER: &str = "https://apiv9.dolist.net/v1";

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
