//! Authentication, from the API document's security schemes: the crate's [`ClientBuilder`] takes their credentials, and each operation sends those its `security` requirement asks for.

use std::sync::Arc;
use reqwest::header::HeaderMap;
use crate::runtime::{BoxFuture, ParamStyle, Request, RequestError, Session};

/// Security scheme `ApiKeyAuth` in the requirement sets operations pass to `authorize`.
pub(crate) const API_KEY_AUTH: u64 = 1;

/// Each scheme: its bit, its name in the document, and how its credential travels.
const SCHEMES: [(u64, &str, Sends); 1] = [
    (API_KEY_AUTH, "ApiKeyAuth", Sends::Header("X-API-Key")),
];

/// How a credential travels. Only the kinds this API's schemes use are built.
#[allow(dead_code)]
enum Sends {
    Bearer,
    Basic,
    Header(&'static str),
    Query(&'static str),
    Cookie(&'static str),
    ClientCredentials,
}

/// A credential: `Debug` never shows it.
#[derive(Clone)]
struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Configures a [`Client`](crate::Client): the server URL, timeouts, retries and headers of every request, and the credentials of the API's security schemes:
///
/// - `ApiKeyAuth`: an API key in the `X-API-Key` header; [`api_key`](Self::api_key).
///
/// Each operation sends the credentials its `security` requirement asks for: of its alternatives, the first whose credentials were all given here (the schemes of one alternative are sent together); an operation that needs none sends none. Credentials are redacted from `Debug` and never appear in errors.
pub struct ClientBuilder {
    inner: crate::runtime::ClientBuilder,
    secrets: Vec<Option<Secret>>,
}

/// The builder `Client::builder()` returns: the runtime's, with no credentials yet.
pub(crate) fn builder(inner: crate::runtime::ClientBuilder) -> ClientBuilder {
    ClientBuilder {
        inner,
        secrets: vec![None; SCHEMES.len()],
    }
}

/// A change of the runtime's settings.
fn with(
    builder: ClientBuilder,
    change: impl FnOnce(crate::runtime::ClientBuilder) -> crate::runtime::ClientBuilder,
) -> ClientBuilder {
    ClientBuilder {
        inner: change(builder.inner),
        ..builder
    }
}

impl ClientBuilder {
    /// Sends an API key in the `X-API-Key` header (scheme `ApiKeyAuth`) with the operations that accept the scheme. Redacted from `Debug` output; never in errors.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.secrets[0] = Some(Secret(key.into()));
        self
    }

    /// Sets the server URL (e.g. `https://api.example.com/v2`), overriding the document's. When it
    /// is an origin only (`https://example.com`) and the document's server URL is relative
    /// (`/api/v1`), that path is appended (`https://example.com/api/v1`).
    pub fn base_url(self, url: impl Into<String>) -> Self {
        with(self, |inner| inner.base_url(url))
    }

    /// Builds the HTTP client from this `reqwest::ClientBuilder` (proxies, TLS settings, root
    /// certificates, a client identity...). What keeps credentials safe is set on it whatever it
    /// holds: redirects are not followed by reqwest but by this client, within the API's origin
    /// only, and no `Referer` is sent; this builder's [`timeout`](Self::timeout),
    /// [`connect_timeout`](Self::connect_timeout) and [`user_agent`](Self::user_agent) are
    /// applied to it too.
    pub fn http_client_builder(self, builder: reqwest::ClientBuilder) -> Self {
        with(self, |inner| inner.http_client_builder(builder))
    }

    /// Limits the whole request, from connecting to reading the last body byte (default 30 s).
    pub fn timeout(self, timeout: std::time::Duration) -> Self {
        with(self, |inner| inner.timeout(timeout))
    }

    /// Limits connecting, TLS handshake included (default 10 s).
    pub fn connect_timeout(self, timeout: std::time::Duration) -> Self {
        with(self, |inner| inner.connect_timeout(timeout))
    }

    /// Sets the `User-Agent` header (default: the crate's name and version).
    pub fn user_agent(self, user_agent: impl Into<String>) -> Self {
        with(self, |inner| inner.user_agent(user_agent))
    }

    /// A header sent with every request, whatever the operation's security requirement; its
    /// value is marked sensitive and redacted from `Debug`. An invalid name or value is reported
    /// by [`build`](Self::build). Setting the same name again replaces the value.
    pub fn default_header(
        self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        with(self, |inner| inner.default_header(name, value))
    }

    /// A query parameter sent with every request, whatever the operation's security requirement;
    /// its value is redacted from `Debug` and never appears in errors. Setting the same name
    /// again replaces it.
    pub fn default_query(
        self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        with(self, |inner| inner.default_query(name, value))
    }

    /// How requests answered with 429 or 503, or that could not connect, are retried (default:
    /// [`RetryPolicy::default`](crate::RetryPolicy::default)).
    pub fn retry(self, policy: crate::RetryPolicy) -> Self {
        with(self, |inner| inner.retry(policy))
    }

    /// The most bytes the client reads of a response body (default 64 MiB): past it, reading
    /// stops and the call fails with [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge),
    /// so a server cannot make the client's memory grow without bound.
    pub fn max_response_size(self, bytes: u64) -> Self {
        with(self, |inner| inner.max_response_size(bytes))
    }

    /// Allows plain `http` to hosts other than loopback. Credentials then travel in clear text:
    /// only for test servers on a trusted network.
    pub fn allow_insecure_http(self, allow: bool) -> Self {
        with(self, |inner| inner.allow_insecure_http(allow))
    }

    /// Adds middleware: code run before every attempt of every request (it may change the
    /// request) and after every response (see [`Hook`](crate::Hook)). Hooks run in the order
    /// added.
    pub fn hook(self, hook: impl crate::Hook) -> Self {
        with(self, |inner| inner.hook(hook))
    }

    /// Builds the client. Fails with [`Error::InvalidRequest`](crate::Error::InvalidRequest)
    /// when no usable base URL is known (see [`base_url`](Self::base_url)) or a default header or
    /// the user agent is invalid.
    #[allow(clippy::result_large_err)]
    pub fn build(self) -> Result<crate::Client, crate::Error> {
        let credentials = Credentials {
            secrets: self.secrets,
        };
        self.inner
            .session(Arc::new(credentials))
            .build()
            .map(crate::Client::from_runtime)
    }
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secrets = SCHEMES
            .iter()
            .zip(&self.secrets)
            .filter_map(|((_, name, _), secret)| Some((name, secret.as_ref()?)));
        f.debug_struct("ClientBuilder")
            .field("settings", &self.inner)
            .field("credentials", &DebugMap(secrets.collect()))
            .finish()
    }
}

/// Scheme names and redacted credentials, for `Debug`.
struct DebugMap<'a>(Vec<(&'a &'static str, &'a Secret)>);

impl std::fmt::Debug for DebugMap<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(name, secret)| (name, secret)))
            .finish()
    }
}

/// The credentials given to the builder, installed as the client's session.
struct Credentials {
    secrets: Vec<Option<Secret>>,
}

impl Credentials {
    /// The schemes whose credentials were given, as bits.
    fn configured(&self) -> u64 {
        let mut set = 0;
        for ((bit, _, _), secret) in SCHEMES.iter().zip(&self.secrets) {
            if secret.is_some() {
                set |= bit;
            }
        }
        set
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secrets = SCHEMES
            .iter()
            .zip(&self.secrets)
            .filter_map(|((_, name, _), secret)| Some((name, secret.as_ref()?)));
        f.debug_struct("Credentials")
            .field("schemes", &DebugMap(secrets.collect()))
            .finish()
    }
}

impl Session for Credentials {
    fn apply(&self, headers: &mut HeaderMap) {
        let _ = headers;
    }

    fn observe(&self, _headers: &mut HeaderMap) {}
    fn expired(&self) -> bool {
        false
    }

    fn renew<'a>(
        &'a self,
        client: &'a crate::runtime::Client,
    ) -> BoxFuture<'a, Result<bool, RequestError>> {
        let _ = client;
        Box::pin(async { Ok(false) })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Adds to `request` the credentials an operation's security requirement asks for: `alternatives` are sets of scheme bits in the document's order (`0`: none needed); the first set whose credentials were all given is sent. When that set holds the client credentials scheme, a token is obtained first (or the current one renewed when it is about to expire), and the session stays on so that a 401 renews it once; otherwise the request goes without the session.
pub(crate) async fn authorize<'a>(
    client: &'a crate::Client,
    mut request: Request<'a>,
    alternatives: &[u64],
) -> Result<Request<'a>, RequestError> {
    let Some(credentials) = client
        .session()
        .and_then(|session| session.as_any().downcast_ref::<Credentials>()) else {
        return Ok(request.without_session());
    };
    let configured = credentials.configured();
    let chosen = alternatives
        .iter()
        .copied()
        .find(|&set| set != 0 && set & configured == set)
        .unwrap_or(0);
    for ((bit, _, sends), secret) in SCHEMES.iter().zip(&credentials.secrets) {
        let Some(secret) = secret.as_ref().filter(|_| chosen & bit != 0) else {
            continue;
        };
        match sends {
            Sends::Bearer => {
                request.header("authorization", &format!("Bearer {}", secret.0))
            }
            Sends::Basic => {
                request.header("authorization", &format!("Basic {}", secret.0))
            }
            Sends::Header(name) => request.header(name, &secret.0),
            Sends::Query(name) => request.query(name, &secret.0, ParamStyle::Form, false),
            Sends::Cookie(name) => request.cookie(name, &secret.0),
            Sends::ClientCredentials => {}
        }
    }

    Ok(request.without_session())
}
