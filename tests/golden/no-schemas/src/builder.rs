//! The crate's [`ClientBuilder`]: the runtime's, under this crate's name, so that the auth and
//! settings templates can add their methods to it.

use std::time::Duration;

/// Configures a [`Client`](crate::Client): server URL, timeouts, retries, user agent and headers
/// sent with every request.
pub struct ClientBuilder {
    inner: crate::runtime::ClientBuilder,
}

impl ClientBuilder {
    /// The builder [`Client::builder`](crate::Client::builder) returns.
    pub(crate) fn with_defaults(default_server: &'static str, user_agent: &'static str) -> Self {
        ClientBuilder {
            inner: crate::runtime::ClientBuilder::with_defaults(default_server, user_agent),
        }
    }

    fn with(self, change: impl FnOnce(crate::runtime::ClientBuilder) -> crate::runtime::ClientBuilder) -> Self {
        ClientBuilder { inner: change(self.inner) }
    }

    /// Sets the server URL (e.g. `https://api.example.com/v2`), overriding the document's. When it
    /// is an origin only (`https://example.com`) and the document's server URL is relative
    /// (`/api/v1`), that path is appended (`https://example.com/api/v1`).
    pub fn base_url(self, url: impl Into<String>) -> Self {
        self.with(|inner| inner.base_url(url))
    }

    /// Builds the HTTP client from this `reqwest::ClientBuilder` (proxies, TLS settings, root
    /// certificates, a client identity...). What keeps credentials safe is set on it whatever it
    /// holds: redirects are not followed by reqwest but by this client, within the API's origin
    /// only, and no `Referer` is sent; this builder's [`timeout`](Self::timeout),
    /// [`connect_timeout`](Self::connect_timeout) and [`user_agent`](Self::user_agent) are
    /// applied to it too.
    pub fn http_client_builder(self, builder: reqwest::ClientBuilder) -> Self {
        self.with(|inner| inner.http_client_builder(builder))
    }

    /// Limits the whole request, from connecting to reading the last body byte (default 30 s).
    pub fn timeout(self, timeout: Duration) -> Self {
        self.with(|inner| inner.timeout(timeout))
    }

    /// Limits connecting, TLS handshake included (default 10 s).
    pub fn connect_timeout(self, timeout: Duration) -> Self {
        self.with(|inner| inner.connect_timeout(timeout))
    }

    /// Sets the `User-Agent` header (default: the crate's name and version).
    pub fn user_agent(self, user_agent: impl Into<String>) -> Self {
        self.with(|inner| inner.user_agent(user_agent))
    }

    /// A header sent with every request (e.g. an API key); its value is marked sensitive and
    /// redacted from `Debug`. An invalid name or value is reported by [`build`](Self::build).
    /// Setting the same name again replaces the value.
    pub fn default_header(self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(|inner| inner.default_header(name, value))
    }

    /// A query parameter sent with every request (e.g. an API key or an account id); its value is
    /// redacted from `Debug` and never appears in errors. Setting the same name again replaces it.
    pub fn default_query(self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(|inner| inner.default_query(name, value))
    }

    /// How requests answered with 429 or 503, or that could not connect, are retried (default:
    /// [`RetryPolicy::default`](crate::RetryPolicy::default)).
    pub fn retry(self, policy: crate::RetryPolicy) -> Self {
        self.with(|inner| inner.retry(policy))
    }

    /// The most bytes the client reads of a response body (default 64 MiB): past it, reading
    /// stops and the call fails with [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge),
    /// so a server cannot make the client's memory grow without bound.
    pub fn max_response_size(self, bytes: u64) -> Self {
        self.with(|inner| inner.max_response_size(bytes))
    }

    /// Allows plain `http` to hosts other than loopback. Credentials then travel in clear text:
    /// only for test servers on a trusted network.
    pub fn allow_insecure_http(self, allow: bool) -> Self {
        self.with(|inner| inner.allow_insecure_http(allow))
    }

    /// Adds middleware: code run before every attempt of every request (it may change the
    /// request) and after every response (see [`Hook`](crate::Hook)). Hooks run in the order
    /// added.
    pub fn hook(self, hook: impl crate::Hook) -> Self {
        self.with(|inner| inner.hook(hook))
    }

    /// Installs the auth module's session (headers that change over time).
    #[allow(dead_code)] // Only the sign-in template has a session.
    pub(crate) fn session(self, session: std::sync::Arc<dyn crate::runtime::Session>) -> Self {
        self.with(|inner| inner.session(session))
    }

    /// Builds the client. Fails with [`Error::InvalidRequest`](crate::Error::InvalidRequest)
    /// when no usable base URL is known (see [`base_url`](Self::base_url)) or a default header or
    /// the user agent is invalid.
    #[allow(clippy::result_large_err)] // `Error` keeps response headers inline, by design.
    pub fn build(self) -> Result<crate::Client, crate::Error> {
        self.inner.build().map(crate::Client::from_runtime)
    }
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}
