#![forbid(unsafe_code)]
#![allow(dead_code)] // Not every API uses every helper (cookies, forms, multipart, styles...).
//! The HTTP runtime of generated API clients: client configuration, OpenAPI parameter
//! serialization, sending requests (retries, redirects within the API's origin, size limits) and
//! decoding responses, and the types users handle across clients: [`Error`], [`RetryPolicy`],
//! [`FilePart`], [`Redirect`].
//!
//! Generic entry points convert their argument to a `serde_json::Value` or bytes right away and
//! hand over to non-generic code, so crates with hundreds of operations stay quick to compile.
//! Generated crates depend on this crate, or embed this file as their `runtime` module (it names
//! no other item of its crate, so it works both ways). Items marked `#[doc(hidden)]` are for
//! generated code; they follow this crate's versions like the rest.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, COOKIE};
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

// ----------------------------------------------------------------------------------------------
// Errors

/// Errors of one operation; `E` is the typed body of the operation's documented error responses.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = ()> {
    /// The request could not be built (bad base URL, invalid header value, body not serializable...).
    InvalidRequest(String),
    /// The responses make no sense for the request (e.g. a paged list whose server sends the same
    /// page again and again).
    InvalidResponse(String),
    /// Connection, TLS or body-read failure. It carries no URL, since query strings can hold
    /// API keys.
    Transport(reqwest::Error),
    /// The request or the connection took longer than the client's timeout.
    Timeout(reqwest::Error),
    /// HTTP 429 after the retries the client's [`RetryPolicy`] allows.
    RateLimited {
        /// How long the server asked to wait (`Retry-After`), when it said.
        retry_after: Option<Duration>,
        /// The response headers.
        headers: HeaderMap,
        /// The raw response body.
        body: Bytes,
    },
    /// HTTP 401 or 403 without a documented body: missing, wrong or expired credentials.
    Unauthorized {
        /// The response status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The raw response body.
        body: Bytes,
    },
    /// A documented error status, with its decoded body.
    Api {
        /// The response status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The decoded error body.
        body: E,
        /// The body as the server sent it.
        raw: Bytes,
    },
    /// A status the API document does not describe, or one without a typed body; the raw body is
    /// kept.
    UnexpectedStatus {
        /// The response status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The raw response body.
        body: Bytes,
    },
    /// The response body is longer than the client accepts
    /// (its builder's `max_response_size`); reading stopped there.
    ResponseTooLarge {
        /// The response status.
        status: StatusCode,
        /// The most bytes the client reads of a body.
        limit: u64,
    },
    /// The body did not decode into the documented type.
    Decode {
        /// The response status.
        status: StatusCode,
        /// JSON path of the failing field, e.g. `data[0].email` (`.` for the whole body).
        path: String,
        /// serde's message.
        message: String,
        /// The raw response body.
        body: Bytes,
    },
}

impl<E> Error<E> {
    /// The HTTP status of the response, if one was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::InvalidRequest(_) | Error::InvalidResponse(_) => None,
            Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport(error) | Error::Timeout(error) => error.status(),
            Error::RateLimited { .. } => Some(StatusCode::TOO_MANY_REQUESTS),
            Error::Api { status, .. }
            | Error::Unauthorized { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Decode { status, .. } => Some(*status),
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }

    /// Whether the server refused the request for its rate (HTTP 429).
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Error::RateLimited { .. })
    }

    /// Whether the credentials were refused (HTTP 401 or 403, whatever the body).
    pub fn is_auth(&self) -> bool {
        matches!(self.status(), Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN))
    }

    /// The documented error body, for `Api` errors.
    pub fn api_body(&self) -> Option<&E> {
        match self {
            Error::Api { body, .. } => Some(body),
            _ => None,
        }
    }

    /// The same error without its typed body (`Api` keeps its status, headers and raw body):
    /// errors of operations with different error types then go in one `Error`.
    pub fn into_untyped(self) -> Error {
        match self {
            Error::InvalidRequest(message) => Error::InvalidRequest(message),
            Error::InvalidResponse(message) => Error::InvalidResponse(message),
            Error::Transport(error) => Error::Transport(error),
            Error::Timeout(error) => Error::Timeout(error),
            Error::RateLimited { retry_after, headers, body } => Error::RateLimited { retry_after, headers, body },
            Error::Unauthorized { status, headers, body } => Error::Unauthorized { status, headers, body },
            Error::Api { status, headers, raw, .. } => Error::Api { status, headers, body: (), raw },
            Error::UnexpectedStatus { status, headers, body } => Error::UnexpectedStatus { status, headers, body },
            Error::ResponseTooLarge { status, limit } => Error::ResponseTooLarge { status, limit },
            Error::Decode { status, path, message, body } => Error::Decode { status, path, message, body },
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::InvalidResponse(message) => write!(f, "invalid response: {message}"),
            Error::Transport(error) => {
                write!(f, "transport error: {error}")?;
                if error.is_timeout() {
                    f.write_str(" (timed out)")?;
                } else if error.is_connect() {
                    f.write_str(" (could not connect)")?;
                }
                Ok(())
            }
            Error::Timeout(_) => f.write_str("the request timed out"),
            Error::RateLimited { retry_after, .. } => {
                f.write_str("rate limited (HTTP 429)")?;
                match retry_after {
                    Some(wait) => write!(f, "; retry after {} s", wait.as_secs()),
                    None => Ok(()),
                }
            }
            Error::Unauthorized { status, .. } => {
                write!(f, "credentials refused (HTTP {status})")
            }
            Error::Api { status, raw, .. } => {
                write!(f, "API error: HTTP {status}")?;
                match server_message(raw) {
                    Some(message) => write!(f, ": {message}"),
                    None => Ok(()),
                }
            }
            Error::ResponseTooLarge { status, limit } => write!(
                f,
                "the HTTP {status} response body is longer than the client accepts ({limit} bytes)"
            ),
            Error::UnexpectedStatus { status, body, .. } => {
                write!(f, "unexpected HTTP status {status}")?;
                let text = String::from_utf8_lossy(body);
                let text = text.trim();
                match text.char_indices().nth(200) {
                    _ if text.is_empty() => Ok(()),
                    Some((end, _)) => write!(f, ": {}...", &text[..end]),
                    None => write!(f, ": {text}"),
                }
            }
            Error::Decode {
                status,
                path,
                message,
                ..
            } => write!(
                f,
                "could not decode the HTTP {status} response body at `{path}`: {message}"
            ),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(error) | Error::Timeout(error) => Some(error),
            _ => None,
        }
    }
}

/// A short extract of an error body's message for `Display`: the first of the fields APIs put it
/// in (`message`, `error_description`, `detail`, `title`, `error`, ServiceStack's
/// `ResponseStatus`, the first of `errors`), at
/// most 200 characters, control characters removed. Only what the server wrote; never the
/// request.
fn server_message(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    fn text(value: &Value) -> Option<&str> {
        match value {
            Value::String(text) if !text.trim().is_empty() => Some(text),
            // Keys in any case (`Message` in ServiceStack's `ResponseStatus`); objects inside
            // the usual ones are looked into (`{"error": {"message": ...}}`).
            Value::Object(map) => ["message", "error_description", "detail", "title", "error", "responsestatus"]
                .iter()
                .find_map(|key| {
                    let (_, found) = map.iter().find(|(name, _)| name.eq_ignore_ascii_case(key))?;
                    text(found)
                }),
            Value::Array(items) => items.first().and_then(text),
            _ => None,
        }
    }
    let found = text(&value).or_else(|| value.get("errors").and_then(text))?;
    let clean: String = found.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let clean = clean.trim();
    Some(match clean.char_indices().nth(200) {
        Some((end, _)) => format!("{}...", &clean[..end]),
        None => clean.to_owned(),
    })
}

/// What building, sending and decoding a request can fail with: the variants of [`Error`] that
/// do not depend on `E` (`Api` and `UnexpectedStatus` come from [`RawResponse`] directly). Converts
/// into any `Error<E>`, so `?` works in operation methods. Kept small for cheap `Result`s.
#[derive(Debug)]
#[doc(hidden)]
pub enum RequestError {
    /// See [`Error::InvalidRequest`].
    InvalidRequest(String),
    /// See [`Error::InvalidResponse`].
    InvalidResponse(String),
    /// See [`Error::Transport`].
    Transport(reqwest::Error),
    /// See [`Error::Timeout`].
    Timeout(reqwest::Error),
    /// See [`Error::ResponseTooLarge`].
    ResponseTooLarge { status: StatusCode, limit: u64 },
    /// See [`Error::Decode`].
    Decode {
        status: StatusCode,
        path: String,
        message: String,
        body: Bytes,
    },
}

impl<E> From<RequestError> for Error<E> {
    fn from(error: RequestError) -> Self {
        match error {
            RequestError::InvalidRequest(message) => Error::InvalidRequest(message),
            RequestError::InvalidResponse(message) => Error::InvalidResponse(message),
            RequestError::Transport(error) => Error::Transport(error),
            RequestError::Timeout(error) => Error::Timeout(error),
            RequestError::ResponseTooLarge { status, limit } => {
                Error::ResponseTooLarge { status, limit }
            }
            RequestError::Decode {
                status,
                path,
                message,
                body,
            } => Error::Decode {
                status,
                path,
                message,
                body,
            },
        }
    }
}

fn invalid(message: impl Into<String>) -> RequestError {
    RequestError::InvalidRequest(message.into())
}

fn transport(error: reqwest::Error) -> RequestError {
    if error.is_timeout() {
        RequestError::Timeout(error.without_url())
    } else {
        RequestError::Transport(error.without_url())
    }
}

// ----------------------------------------------------------------------------------------------
// Client and builder

/// A client of this API. Cheap to clone: clones share the connection pool and settings.
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

struct ClientInner {
    http: reqwest::Client,
    /// Absolute http(s) URL without trailing slash, query or fragment.
    base_url: String,
    /// Sent with every request; values are marked sensitive.
    headers: HeaderMap,
    /// Query parameters sent with every request (e.g. an API key or account id); secret.
    query: Vec<(String, String)>,
    retry: RetryPolicy,
    /// The most bytes read of a response body.
    max_response_size: u64,
    /// Credentials that change over time (a sign-in session), from the auth module.
    session: Option<Arc<dyn Session>>,
    /// The user's middleware, in the order added.
    hooks: Vec<Arc<dyn Hook>>,
}

impl Client {
    /// The URL every operation path is appended to (without trailing slash).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Starts a request; `path` is already encoded and starts with '/' (e.g.
    /// `format!("/contacts/{}", path_param(&id)?)`). It is appended to the base URL as text, so
    /// a base URL with a path (`https://host/api/v1`) keeps it.
    #[doc(hidden)]
    pub fn request(&self, method: Method, path: String) -> Request<'_> {
        Request {
            client: self,
            method,
            path,
            query: Vec::new(),
            followed_query: Vec::new(),
            headers: self.inner.headers.clone(),
            cookies: Vec::new(),
            body: None,
            error: None,
            with_session: true,
            keep_redirects: false,
            path_template: None,
            stream_success: false,
            timeout: None,
            retry: None,
        }
    }

    /// The session installed by the auth module, if any.
    #[doc(hidden)]
    pub fn session(&self) -> Option<&Arc<dyn Session>> {
        self.inner.session.as_ref()
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &redact_user_info(&self.inner.base_url))
            .field("default_headers", &RedactedHeaders(&self.inner.headers))
            .field("default_query", &RedactedQuery(&self.inner.query))
            .field("retry", &self.inner.retry)
            .field("max_response_size", &self.inner.max_response_size)
            .field("session", &self.inner.session)
            .field("hooks", &self.inner.hooks.len())
            .finish_non_exhaustive()
    }
}

/// Configures a [`Client`]: server URL, timeouts, user agent and headers sent with every request.
pub struct ClientBuilder {
    default_server: &'static str,
    base_url: Option<String>,
    http: Option<reqwest::ClientBuilder>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    headers: HeaderMap,
    query: Vec<(String, String)>,
    retry: RetryPolicy,
    max_response_size: u64,
    allow_insecure_http: bool,
    session: Option<Arc<dyn Session>>,
    hooks: Vec<Arc<dyn Hook>>,
    /// The first invalid default header, reported by `build`.
    error: Option<String>,
}

impl ClientBuilder {
    /// `default_server` is the document's first server URL ("" when none); it may be relative
    /// ("/api/v1"). `user_agent` is e.g. "cocoapp-core/0.1.0".
    #[doc(hidden)]
    pub fn with_defaults(default_server: &'static str, user_agent: &'static str) -> Self {
        ClientBuilder {
            default_server,
            base_url: None,
            http: None,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: user_agent.to_owned(),
            headers: HeaderMap::new(),
            query: Vec::new(),
            retry: RetryPolicy::default(),
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            allow_insecure_http: false,
            session: None,
            hooks: Vec::new(),
            error: None,
        }
    }

    /// Sets the server URL (e.g. `https://api.example.com/v2`), overriding the document's. When it
    /// is an origin only (`https://example.com`) and the document's server URL is relative
    /// (`/api/v1`), that path is appended (`https://example.com/api/v1`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Builds the HTTP client from this `reqwest::ClientBuilder` (proxies, TLS settings, root
    /// certificates, a client identity...). What keeps credentials safe is set on it whatever it
    /// holds: redirects are not followed by reqwest but by this client, within the API's origin
    /// only, and no `Referer` is sent; this builder's [`timeout`](Self::timeout),
    /// [`connect_timeout`](Self::connect_timeout) and [`user_agent`](Self::user_agent) are
    /// applied to it too.
    pub fn http_client_builder(mut self, builder: reqwest::ClientBuilder) -> Self {
        self.http = Some(builder);
        self
    }

    /// Limits the whole request, from connecting to reading the last body byte (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limits connecting, TLS handshake included (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the `User-Agent` header (default: the one the generated crate passes, e.g. its name and
    /// version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// A header sent with every request (e.g. an API key); its value is marked sensitive and
    /// redacted from `Debug`. An invalid name or value is reported by [`build`](Self::build).
    /// Setting the same name again replaces the value.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let (name, value) = (name.into(), value.into());
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            (Ok(name), Ok(mut value)) => {
                value.set_sensitive(true);
                self.headers.insert(name, value);
            }
            (Err(_), _) => {
                let message = format!("invalid default header name `{}`", name.escape_debug());
                self.error.get_or_insert(message);
            }
            // The value may be a secret: never echo it.
            (Ok(name), Err(_)) => {
                let message = format!(
                    "invalid value for default header `{name}` (only visible ASCII is allowed)"
                );
                self.error.get_or_insert(message);
            }
        }
        self
    }

    /// A query parameter sent with every request (e.g. an API key or an account id); its value is
    /// redacted from `Debug` and never appears in errors. Setting the same name again replaces it.
    pub fn default_query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into();
        self.query.retain(|(existing, _)| *existing != name);
        self.query.push((name, value.into()));
        self
    }

    /// How requests answered with 429 or 503, or that could not connect, are retried (default:
    /// [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The most bytes the client reads of a response body (default 64 MiB): past it, reading
    /// stops and the call fails with [`Error::ResponseTooLarge`], so a server cannot make the
    /// client's memory grow without bound.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// Allows plain `http` to hosts other than loopback. Credentials then travel in clear text:
    /// only for test servers on a trusted network.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Adds middleware: code run before every attempt of every request (it may change the
    /// request) and after every response (see [`Hook`]). Hooks run in the order added.
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }

    /// Installs the auth module's session (headers that change over time).
    #[doc(hidden)]
    pub fn session(mut self, session: Arc<dyn Session>) -> Self {
        self.session = Some(session);
        self
    }

    /// Builds the client. Fails with [`Error::InvalidRequest`] when no usable base URL is known
    /// (see [`base_url`](Self::base_url)) or a default header or the user agent is invalid.
    #[allow(clippy::result_large_err)] // `Error` keeps response headers inline, by design.
    pub fn build(self) -> Result<Client, Error> {
        if let Some(message) = self.error {
            return Err(Error::InvalidRequest(message));
        }
        let base_url = resolve_base_url(self.base_url.as_deref(), self.default_server)
            .map_err(Error::InvalidRequest)?;
        let origin = Url::parse(&base_url)
            .map_err(|error| Error::InvalidRequest(format!("invalid base URL: {error}")))?;
        if origin.scheme() == "http" && !self.allow_insecure_http && !is_loopback(&origin) {
            return Err(Error::InvalidRequest(
                "the base URL uses plain http to a host that is not loopback: credentials would \
                 travel in clear text (use https, or ClientBuilder::allow_insecure_http(true))"
                    .to_owned(),
            ));
        }
        let user_agent = HeaderValue::from_str(&self.user_agent).map_err(|_| {
            Error::InvalidRequest(format!(
                "invalid user agent `{}`",
                self.user_agent.escape_debug()
            ))
        })?;
        // Set whatever the user's builder holds: `send` follows redirects itself, within the
        // origin, and a `Referer` could carry query credentials elsewhere.
        let http = self
            .http
            .unwrap_or_default()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .user_agent(user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .build()
            .map_err(|error| Error::Transport(error.without_url()))?;
        let inner = ClientInner {
            http,
            base_url,
            headers: self.headers,
            query: self.query,
            retry: self.retry,
            max_response_size: self.max_response_size,
            session: self.session,
            hooks: self.hooks,
        };
        Ok(Client {
            inner: Arc::new(inner),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("default_server", &self.default_server)
            .field("base_url", &self.base_url.as_deref().map(redact_user_info))
            .field("http_client", &self.http.is_some())
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("default_headers", &RedactedHeaders(&self.headers))
            .field("default_query", &RedactedQuery(&self.query))
            .field("retry", &self.retry)
            .field("max_response_size", &self.max_response_size)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("hooks", &self.hooks.len())
            .field("session", &self.session)
            .finish()
    }
}

/// The default of [`ClientBuilder::max_response_size`]: far above any JSON page an API sends,
/// far below what would strain a client's memory.
const DEFAULT_MAX_RESPONSE_SIZE: u64 = 64 * 1024 * 1024;

/// Redirects followed for one request, at most.
const MAX_REDIRECTS: usize = 10;

/// Where a 3xx response sends the request, when `send` follows it: within the API's origin only
/// (a redirect elsewhere would carry the API's credentials, custom headers such as `X-API-Key`
/// included, to another host, so it is not followed and the 3xx response is returned).
fn redirect_target(status: StatusCode, headers: &HeaderMap, from: &Url) -> Option<Url> {
    if !matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = headers.get(reqwest::header::LOCATION)?.to_str().ok()?;
    let target = from.join(location).ok()?;
    (target.origin() == from.origin()).then_some(target)
}

fn is_loopback(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host.ends_with(".localhost")
        || ip.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Debug-prints query parameter names only.
struct RedactedQuery<'a>(&'a [(String, String)]);

impl fmt::Debug for RedactedQuery<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|(name, _)| name)).finish()
    }
}

/// Debug-prints header names only.
struct RedactedHeaders<'a>(&'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Redacted;
        impl fmt::Debug for Redacted {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("<redacted>")
            }
        }
        f.debug_map()
            .entries(self.0.keys().map(|name| (name.as_str(), Redacted)))
            .finish()
    }
}

/// A URL for `Debug`, with its user name and password (either may be a token) replaced.
fn redact_user_info(url: &str) -> String {
    match Url::parse(url) {
        Ok(mut parsed) if !parsed.username().is_empty() || parsed.password().is_some() => {
            let _ = parsed.set_username("redacted");
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("redacted"));
            }
            parsed.as_str().trim_end_matches('/').to_owned()
        }
        Ok(_) => url.to_owned(),
        // Not a URL `build` would accept; what it holds is not shown.
        Err(_) => "<unparsable URL>".to_owned(),
    }
}

/// The base URL rules: an explicit URL wins (an origin-only one gets a relative default server's
/// path appended); without one the document's server must be absolute.
fn resolve_base_url(explicit: Option<&str>, default_server: &str) -> Result<String, String> {
    let relative_default = !default_server.contains("://") && !default_server.starts_with("//");
    let url = match explicit {
        Some(url) => {
            let url = parse_base_url(url.trim(), "the base URL")?;
            let default_path = default_server.trim_matches('/');
            if relative_default && url.path() == "/" && !default_path.is_empty() {
                let joined = format!("{}/{default_path}", url.as_str().trim_end_matches('/'));
                parse_base_url(
                    &joined,
                    "the base URL joined with the document's server path",
                )?
            } else {
                url
            }
        }
        None if !relative_default => {
            parse_base_url(default_server.trim(), "the API document's server URL")?
        }
        None if default_server.is_empty() => {
            return Err("the API document declares no server URL: \
                        set one with ClientBuilder::base_url(...)"
                .to_owned())
        }
        None => {
            return Err(format!(
                "the API document gives no absolute server URL (only `{default_server}`): \
                 set one with ClientBuilder::base_url(...)"
            ))
        }
    };
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn parse_base_url(url: &str, what: &str) -> Result<Url, String> {
    // The URL itself is not echoed: it may hold credentials.
    if url.contains(['{', '}']) {
        return Err(format!(
            "{what} has unsubstituted `{{variables}}`: set one with ClientBuilder::base_url(...)"
        ));
    }
    let parsed =
        Url::parse(url).map_err(|error| format!("{what} is not a valid absolute URL: {error}"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!(
            "{what} must use http or https, not `{}`",
            parsed.scheme()
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(format!("{what} must not have a query or fragment"));
    }
    Ok(parsed)
}

/// `application/x-www-form-urlencoded` encoding of one value (a space as `+`), as RFC 6749 asks
/// of OAuth2 client credentials sent as HTTP Basic ones.
#[doc(hidden)]
pub fn form_encode(text: &str) -> String {
    /// What the WHATWG URL standard's form encoding leaves as it is: `*-._` and alphanumerics.
    const FORM: &AsciiSet = &NON_ALPHANUMERIC.remove(b'*').remove(b'-').remove(b'.').remove(b'_');
    utf8_percent_encode(text, FORM).to_string().replace("%20", "+")
}

/// Standard base64 (with padding), for HTTP Basic credentials.
#[doc(hidden)]
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

// ----------------------------------------------------------------------------------------------
// Parameter serialization

/// Serialization styles of OpenAPI parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[doc(hidden)]
pub enum ParamStyle {
    /// `a,b` (path and header parameters).
    Simple,
    /// `name=a,b`, or `name=a&name=b` when exploded (query and cookie parameters).
    Form,
    /// `name=a b` (query arrays).
    SpaceDelimited,
    /// `name=a|b` (query arrays).
    PipeDelimited,
    /// `name[key]=value` (query objects).
    DeepObject,
    /// `.a,b`, or `.a.b` when exploded (path parameters).
    Label,
    /// `;name=a,b`, or `;name=a;name=b` when exploded (path parameters).
    Matrix,
}

fn serialize_error(what: &str, error: serde_json::Error) -> RequestError {
    invalid(format!("could not serialize {what}: {error}"))
}

/// The text of one value: strings as-is, numbers and booleans as JSON text, null empty, nested
/// arrays and objects as compact JSON.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The items of a non-exploded value: a scalar alone, array items, or object keys and values in
/// turn (`k1, v1, k2, v2`). Null items and members are skipped.
fn flat_items(value: &Value) -> Vec<String> {
    match value {
        Value::Null => Vec::new(),
        Value::Array(items) => items
            .iter()
            .filter(|v| !v.is_null())
            .map(scalar_text)
            .collect(),
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
            .collect(),
        scalar => vec![scalar_text(scalar)],
    }
}

/// Bytes encoded in path parameter items: all but RFC 3986 unreserved characters.
const PATH_ITEM: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Bytes encoded in cookie values: all but RFC 6265 cookie-octets, and `%` (so that a decoding
/// server gets the value back).
const COOKIE_VALUE: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b',').add(b';').add(b'\\').add(b'%');

fn percent_encode(text: &str, set: &'static AsciiSet) -> String {
    utf8_percent_encode(text, set).to_string()
}

/// Percent-encodes the value of path parameter `name` (style simple, explode false): strings
/// as-is, numbers and booleans as text, arrays joined by ',', objects as `k,v` pairs. Every byte
/// outside RFC 3986 unreserved is %XX-encoded in each item (the joining commas are not). An
/// empty value (`""`, null, `[]`) is refused: `/items/{id}` with an empty `id` is another route.
#[doc(hidden)]
pub fn path_param<T: Serialize + ?Sized>(name: &str, value: &T) -> Result<String, RequestError> {
    path_param_styled(name, value, ParamStyle::Simple, false)
}

/// A path parameter in any path style (RFC 6570 as OpenAPI uses it): simple `a,b` (exploded
/// objects `k=v,k2=v2`), label `.a,b` / `.a.b`, matrix `;name=a,b` / `;name=a;name=b`; other
/// styles are treated as simple. Items are encoded as in [`path_param`].
#[doc(hidden)]
pub fn path_param_styled<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: ParamStyle,
    explode: bool,
) -> Result<String, RequestError> {
    let value = serde_json::to_value(value).map_err(|e| serialize_error("a path parameter", e))?;
    if flat_items(&value).iter().all(String::is_empty) {
        return Err(invalid(format!(
            "path parameter `{}` is empty, which would send the request to another route",
            name.escape_debug()
        )));
    }
    Ok(styled_path(name, &value, style, explode))
}

fn styled_path(name: &str, value: &Value, style: ParamStyle, explode: bool) -> String {
    let encode = |text: &str| percent_encode(text, PATH_ITEM);
    let name = encode(name);
    let (prefix, named) = match style {
        ParamStyle::Label => (".", false),
        ParamStyle::Matrix => (";", true),
        _ => ("", false),
    };
    let mut out = prefix.to_owned();
    let exploded_object = explode && value.is_object();
    if named && flat_items(value).is_empty() {
        out.push_str(&name); // RFC 6570: an empty matrix value is `;name`
    } else if (explode && !prefix.is_empty()) || exploded_object {
        let separator = if prefix.is_empty() { "," } else { prefix };
        let items: Vec<String> = match value {
            Value::Object(map) => map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{}={}", encode(k), encode(&scalar_text(v))))
                .collect(),
            other => flat_items(other)
                .iter()
                .map(|item| {
                    if named {
                        format!("{name}={}", encode(item))
                    } else {
                        encode(item)
                    }
                })
                .collect(),
        };
        out.push_str(&items.join(separator));
    } else {
        if named {
            out.push_str(&name);
            out.push('=');
        }
        let items: Vec<String> = flat_items(value).iter().map(|item| encode(item)).collect();
        out.push_str(&items.join(","));
    }
    out
}

/// A text form of a value for multipart text parts: strings as-is, numbers and booleans as text,
/// null as `None`, arrays and objects as compact JSON.
#[doc(hidden)]
pub fn text_value<T: Serialize + ?Sized>(value: &T) -> Result<Option<String>, RequestError> {
    match serde_json::to_value(value).map_err(|e| serialize_error("a multipart field", e))? {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text)),
        other => Ok(Some(other.to_string())),
    }
}

/// `name[key]=value` pairs: nested objects give `name[key][sub]=value`, arrays
/// `name[key][]=item` (the bracket conventions of Rails, PHP and qs); null members are skipped.
fn deep_object(pairs: &mut Vec<(String, String)>, name: &str, value: &Value) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (key, member) in map {
                deep_object(pairs, &format!("{name}[{key}]"), member);
            }
        }
        Value::Array(items) => {
            let name = format!("{name}[]");
            for item in items {
                deep_object(pairs, &name, item);
            }
        }
        scalar => pairs.push((name.to_owned(), scalar_text(scalar))),
    }
}

// ----------------------------------------------------------------------------------------------
// Multipart files

/// A file to upload in a multipart request.
#[derive(Clone)]
pub struct FilePart {
    bytes: Bytes,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl FilePart {
    /// A file with these contents, no file name and type `application/octet-stream`.
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        FilePart {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// Sets the file name sent in the part's `Content-Disposition` (many servers only treat parts
    /// with a file name as files).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Sets the part's media type, e.g. `image/png` (default `application/octet-stream`).
    pub fn content_type(mut self, mime: impl Into<String>) -> Self {
        self.content_type = Some(mime.into());
        self
    }

    /// The reqwest part; fails if the media type is invalid.
    #[doc(hidden)]
    pub fn into_part(self) -> Result<reqwest::multipart::Part, RequestError> {
        let mime = self
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        let length = self.bytes.len() as u64;
        let mut part = reqwest::multipart::Part::stream_with_length(self.bytes, length)
            .mime_str(mime)
            .map_err(|_| {
                invalid(format!(
                    "invalid media type `{}` for a file part",
                    mime.escape_debug()
                ))
            })?;
        if let Some(name) = self.file_name {
            part = part.file_name(name);
        }
        Ok(part)
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("len", &self.bytes.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

// ----------------------------------------------------------------------------------------------
// Requests

/// One operation's request being built. Parameter and body errors are remembered and returned by
/// [`send`](Request::send), so building needs no `?` at each step.
#[doc(hidden)]
pub struct Request<'a> {
    client: &'a Client,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    /// The query of a followed next-page URL (see [`follow`](Request::follow)).
    followed_query: Vec<(String, String)>,
    /// Starts as the client's default headers.
    headers: HeaderMap,
    /// `name=value` items of the `Cookie` header.
    cookies: Vec<String>,
    body: Option<RequestBody>,
    error: Option<RequestError>,
    /// Whether the client's session applies (not to the sign-in request itself).
    with_session: bool,
    /// Whether 3xx responses are returned rather than followed (the operation documents them).
    keep_redirects: bool,
    /// The operation's path template, for tracing and hooks (never the values).
    path_template: Option<&'static str>,
    /// A 2xx body is left unread, for [`RawResponse::download`].
    stream_success: bool,
    /// A call's own timeout and retry policy, over the client's ([`CallOptions`]).
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

enum RequestBody {
    /// Content type set in `headers`.
    Raw(reqwest::Body),
    Form(Vec<(String, String)>),
    Multipart(reqwest::multipart::Form),
}

impl Request<'_> {
    /// Sends this request without the session's credentials, and without renewing the session
    /// (for the sign-in request itself).
    pub fn without_session(mut self) -> Self {
        self.with_session = false;
        self
    }

    fn fail(&mut self, error: RequestError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// Adds a query parameter; `None`/null values, null items and empty arrays/objects are
    /// skipped. Scalars give `name=value`. Arrays: exploded `name=a&name=b`; otherwise `name=a,b`,
    /// `name=a b` (SpaceDelimited) or `name=a|b` (PipeDelimited). Objects: exploded `k1=v1&k2=v2`;
    /// otherwise `name=k1,v1,k2,v2`; DeepObject `name[k]=v` (see [`deep_object`]). Label, Matrix
    /// and Simple are treated as Form. Names are kept literally (`filter[email]`); the URL is
    /// form-urlencoded (a space becomes `+`, brackets `%5B`/`%5D`).
    pub fn query<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: ParamStyle,
        explode: bool,
    ) {
        self.query_value(name, serde_json::to_value(value), style, explode);
    }

    fn query_value(
        &mut self,
        name: &str,
        value: serde_json::Result<Value>,
        style: ParamStyle,
        explode: bool,
    ) {
        let value = match value {
            Ok(value) => value,
            Err(e) => return self.fail(serialize_error(&format!("query parameter `{name}`"), e)),
        };
        let (value, pairs) = (&value, &mut self.query);
        match value {
            Value::Object(_) if style == ParamStyle::DeepObject => deep_object(pairs, name, value),
            Value::Object(map) if explode => {
                for (key, member) in map.iter().filter(|(_, v)| !v.is_null()) {
                    pairs.push((key.clone(), scalar_text(member)));
                }
            }
            Value::Array(_) if explode => {
                pairs.extend(
                    flat_items(value)
                        .into_iter()
                        .map(|item| (name.to_owned(), item)),
                );
            }
            _ => {
                let items = flat_items(value);
                if !items.is_empty() {
                    let delimiter = match style {
                        ParamStyle::SpaceDelimited => " ",
                        ParamStyle::PipeDelimited => "|",
                        _ => ",",
                    };
                    pairs.push((name.to_owned(), items.join(delimiter)));
                }
            }
        }
    }

    /// Adds a header parameter (style simple: arrays `a,b`, objects `k,v`); `None` is skipped.
    /// An invalid name or value (e.g. a line break) is an `InvalidRequest` at `send`.
    pub fn header<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.header_value(name, serde_json::to_value(value));
    }

    fn header_value(&mut self, name: &str, value: serde_json::Result<Value>) {
        match value {
            Ok(Value::Null) => {}
            Ok(value) => self.set_header(name, &flat_items(&value).join(",")),
            Err(e) => self.fail(serialize_error(&format!("header `{name}`"), e)),
        }
    }

    fn set_header(&mut self, name: &str, value: &str) {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(name), Ok(value)) => {
                self.headers.insert(name, value);
            }
            (Err(_), _) => self.fail(invalid(format!(
                "invalid header name `{}`",
                name.escape_debug()
            ))),
            // The value may be a secret: never echo it.
            (Ok(name), Err(_)) => self.fail(invalid(format!(
                "invalid value for header `{name}` (only visible ASCII is allowed)"
            ))),
        }
    }

    /// Adds a cookie parameter; `None` is skipped, arrays are `a,b`. Bytes that are not RFC 6265
    /// cookie-octets (space, `"`, `,`, `;`, `\`, `%`, controls, non-ASCII) are %XX-encoded in each
    /// item. All cookies go in one `Cookie: a=1; b=2` header, after a default `Cookie` header's.
    pub fn cookie<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.cookie_value(name, serde_json::to_value(value));
    }

    fn cookie_value(&mut self, name: &str, value: serde_json::Result<Value>) {
        match value {
            Ok(Value::Null) => {}
            Ok(value) => {
                let items: Vec<String> = flat_items(&value)
                    .iter()
                    .map(|item| percent_encode(item, COOKIE_VALUE))
                    .collect();
                self.cookies.push(format!("{name}={}", items.join(",")));
            }
            Err(e) => self.fail(serialize_error(&format!("cookie `{name}`"), e)),
        }
    }

    /// Sends this request to `next`, a URL the server gave for the next page (in a `Link` or
    /// `Next-Page` header), instead: its path and query replace the operation's. Query
    /// parameters the client adds itself afterwards (credentials, default query parameters) are
    /// sent once, in place of those the server echoed in the URL. It must lie under the client's base
    /// URL, so that the client's credentials never go to another place; otherwise `send` fails
    /// with `InvalidResponse`.
    pub fn follow(&mut self, next: &Url) {
        let base = match Url::parse(&self.client.inner.base_url) {
            Ok(base) => base,
            Err(_) => return self.fail(invalid("the base URL does not parse")),
        };
        let base_path = base.path().trim_end_matches('/');
        let rest = next.path().strip_prefix(base_path).unwrap_or("//");
        if next.origin() != base.origin() || !(rest.is_empty() || rest.starts_with('/')) || rest.starts_with("//") {
            // The URL is not echoed: the server chose it, and it may carry credentials.
            return self.fail(RequestError::InvalidResponse(
                "the server's next-page URL lies outside the API's base URL; not followed"
                    .to_owned(),
            ));
        }
        self.path = rest.to_owned();
        self.query.clear();
        self.followed_query = next
            .query_pairs()
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
    }

    /// Sets the `Accept` header.
    pub fn accept(&mut self, media_types: &str) {
        self.set_header("accept", media_types);
    }

    /// A JSON body with this exact content type (`application/json`, `application/vnd.api+json`...).
    pub fn json<T: Serialize + ?Sized>(&mut self, content_type: &str, body: &T) {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.bytes(content_type, bytes.into()),
            Err(e) => self.fail(serialize_error("the request body", e)),
        }
    }

    /// An `application/x-www-form-urlencoded` body from an object: scalars `k=v`, arrays `k=a&k=b`,
    /// null members skipped; nested objects (or arrays of them) are an `InvalidRequest` at `send`.
    pub fn form<T: Serialize + ?Sized>(&mut self, body: &T) {
        self.form_value(serde_json::to_value(body));
    }

    fn form_value(&mut self, body: serde_json::Result<Value>) {
        match body
            .map_err(|e| serialize_error("the form body", e))
            .and_then(|v| form_pairs(&v))
        {
            Ok(pairs) => self.body = Some(RequestBody::Form(pairs)),
            Err(error) => self.fail(error),
        }
    }

    /// A `multipart/form-data` body (reqwest sets the content type with its boundary).
    pub fn multipart(&mut self, form: reqwest::multipart::Form) {
        self.body = Some(RequestBody::Multipart(form));
    }

    /// A raw body with this content type.
    pub fn bytes(&mut self, content_type: &str, body: reqwest::Body) {
        self.set_header("content-type", content_type);
        self.body = Some(RequestBody::Raw(body));
    }

    /// A text body with this content type.
    pub fn text(&mut self, content_type: &str, body: String) {
        self.bytes(content_type, body.into());
    }

    /// The operation documents 3xx responses: they are returned, not followed.
    pub fn keep_redirects(&mut self) {
        self.keep_redirects = true;
    }

    /// The operation answers a binary body: a 2xx body is left unread, for
    /// [`RawResponse::download`] to stream.
    pub fn stream_success(&mut self) {
        self.stream_success = true;
    }

    /// The operation's path template (`/pets/{petId}`), named in tracing spans and shown to
    /// hooks instead of the path, whose values are the caller's.
    pub fn path_template(&mut self, template: &'static str) {
        self.path_template = Some(template);
    }

    /// A call's own options: its headers (over the client's default ones and the operation's
    /// parameters), timeout and retry policy.
    pub fn options(&mut self, options: &CallOptions) {
        for (name, value) in &options.headers {
            match (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
                (Ok(name), Ok(mut value)) => {
                    value.set_sensitive(true);
                    self.headers.insert(name, value);
                }
                (Err(_), _) => self.fail(invalid(format!("invalid header name `{}`", name.escape_debug()))),
                // The value may be a secret: never echo it.
                (Ok(name), Err(_)) => self.fail(invalid(format!(
                    "invalid value for header `{name}` (only visible ASCII is allowed)"
                ))),
            }
        }
        if options.timeout.is_some() {
            self.timeout = options.timeout;
        }
        if options.retry.is_some() {
            self.retry.clone_from(&options.retry);
        }
    }

    /// Sends the request and reads the whole response body. Non-2xx statuses are not errors here:
    /// the operation matches on the status. On the way:
    /// - the client's default query parameters and session headers are added;
    /// - 429 and 503, and failures to connect, are retried as the client's [`RetryPolicy`]
    ///   allows (idempotent methods and bodies that can be sent again only, unless the policy
    ///   says otherwise);
    /// - a 401, or a session known to be expired, makes the session sign in again, once;
    /// - redirects within the API's origin are followed (at most [`MAX_REDIRECTS`]), unless the
    ///   operation documents them; others are returned as they are;
    /// - the body is read up to the client's `max_response_size`.
    pub async fn send(self) -> Result<RawResponse, RequestError> {
        #[cfg(feature = "tracing")]
        {
            use tracing::Instrument;
            let span = tracing::info_span!(
                "http_request",
                method = %self.method,
                path = self.path_template.unwrap_or(""),
                status = tracing::field::Empty,
                attempts = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            return self.send_attempts().instrument(span).await;
        }
        #[cfg(not(feature = "tracing"))]
        self.send_attempts().await
    }

    async fn send_attempts(self) -> Result<RawResponse, RequestError> {
        let Request {
            client,
            mut method,
            path,
            mut query,
            followed_query,
            mut headers,
            cookies,
            body,
            error,
            with_session,
            keep_redirects,
            path_template,
            stream_success,
            timeout,
            retry,
        } = self;
        if let Some(error) = error {
            return Err(error);
        }
        let inner = &client.inner;
        query.extend(inner.query.iter().cloned());
        if !followed_query.is_empty() {
            let own = |name: &str| query.iter().any(|(added, _)| added == name);
            let echoed: Vec<_> = followed_query.into_iter().filter(|(name, _)| !own(name)).collect();
            query.splice(0..0, echoed);
        }
        let mut url = request_url(&inner.base_url, &path, &query)?;
        if !cookies.is_empty() {
            let mut cookie = cookies.join("; ");
            if let Some(Ok(existing)) = headers.get(COOKIE).map(|value| value.to_str()) {
                cookie = format!("{existing}; {cookie}");
            }
            let mut value =
                HeaderValue::from_str(&cookie).map_err(|_| invalid("invalid cookie name"))?;
            value.set_sensitive(true);
            headers.insert(COOKIE, value);
        }
        let session = inner.session.as_ref().filter(|_| with_session);
        let mut body = SendableBody::new(body);
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
        );
        let retry = retry.as_ref().unwrap_or(&inner.retry);
        let started = Instant::now();
        let mut attempt: u32 = 1;
        let mut renewed = false;
        let mut redirects = 0;
        loop {
            if let Some(session) = session.filter(|s| !renewed && s.expired()) {
                session.renew(client).await?;
                renewed = true;
            }
            let mut attempt_headers = headers.clone();
            if let Some(session) = session {
                session.apply(&mut attempt_headers);
            }
            let mut builder = inner.http.request(method.clone(), url.clone()).headers(attempt_headers);
            if let Some(timeout) = timeout {
                builder = builder.timeout(timeout);
            }
            let may_retry = (idempotent || retry.retry_non_idempotent)
                && body.can_resend()
                && attempt < retry.max_attempts;
            let mut request = body.attach(builder).build().map_err(transport)?;
            for hook in &inner.hooks {
                hook.before(&mut request);
            }
            let mut response = match inner.http.execute(request).await {
                Ok(response) => response,
                // Nothing reached the server: trying again is safe for what may be retried.
                Err(error) if error.is_connect() && may_retry => {
                    if let Some(wait) = retry.wait(started, retry.backoff(attempt)) {
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(transport(error));
                }
                Err(error) => return Err(transport(error)),
            };
            let status = response.status();
            let response_url = response.url().clone();
            let mut response_headers = std::mem::take(response.headers_mut());
            #[cfg(feature = "tracing")]
            tracing::debug!(
                attempt,
                status = status.as_u16(),
                elapsed_ms = started.elapsed().as_millis() as u64,
                "response"
            );
            let seen = Attempt {
                method: &method,
                path_template,
                attempt,
                status,
                headers: &response_headers,
                elapsed: started.elapsed(),
            };
            for hook in &inner.hooks {
                hook.after(&seen);
            }
            // A binary success is streamed by the caller; any other body is read here, within
            // the limit.
            let (response_body, stream) = if stream_success && status.is_success() {
                (Bytes::new(), Some(response))
            } else {
                (read_body(response, status, inner.max_response_size).await?, None)
            };
            if let Some(session) = session {
                session.observe(&mut response_headers);
                if status == StatusCode::UNAUTHORIZED && !renewed && body.can_resend() {
                    renewed = true;
                    if session.renew(client).await? {
                        continue;
                    }
                }
            }
            let followed = (!keep_redirects && redirects < MAX_REDIRECTS)
                .then(|| redirect_target(status, &response_headers, &url))
                .flatten();
            {
                if let Some(target) = followed {
                    // 303, and 301/302 after anything but GET or HEAD, continue as a GET without
                    // the body (as browsers do); 307 and 308 repeat the request as it was.
                    let to_get = status == StatusCode::SEE_OTHER
                        || (matches!(status.as_u16(), 301 | 302)
                            && !matches!(method, Method::GET | Method::HEAD));
                    if to_get || body.can_resend() {
                        if to_get {
                            method = Method::GET;
                            body = SendableBody::None;
                            headers.remove(reqwest::header::CONTENT_TYPE);
                        }
                        url = target;
                        redirects += 1;
                        continue;
                    }
                }
            }
            let retryable = matches!(status, StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE)
                && may_retry;
            if retryable {
                let asked = retry_after(&response_headers).unwrap_or_else(|| retry.backoff(attempt));
                if let Some(wait) = retry.wait(started, asked) {
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                    continue;
                }
            }
            #[cfg(feature = "tracing")]
            {
                let span = tracing::Span::current();
                span.record("status", status.as_u16());
                span.record("attempts", attempt);
                span.record("duration_ms", started.elapsed().as_millis() as u64);
            }
            return Ok(RawResponse {
                status,
                url: response_url,
                headers: response_headers,
                body: response_body,
                stream,
                limit: inner.max_response_size,
            });
        }
    }
}

/// Reads a response body, at most `limit` bytes: a longer one (by its `Content-Length`, or as
/// it arrives) stops reading with `ResponseTooLarge`, so memory stays bounded.
async fn read_body(
    mut response: reqwest::Response,
    status: StatusCode,
    limit: u64,
) -> Result<Bytes, RequestError> {
    let too_large = RequestError::ResponseTooLarge { status, limit };
    if response.content_length().is_some_and(|length| length > limit) {
        return Err(too_large);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(transport)? {
        if (body.len() + chunk.len()) as u64 > limit {
            return Err(too_large);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

/// A request body that can be sent again when it is held in memory (JSON, forms, text, bytes);
/// streams and multipart forms go out once.
enum SendableBody {
    None,
    Bytes(Bytes),
    Form(Vec<(String, String)>),
    Once(Option<RequestBody>),
}

impl SendableBody {
    fn new(body: Option<RequestBody>) -> Self {
        match body {
            None => SendableBody::None,
            Some(RequestBody::Form(pairs)) => SendableBody::Form(pairs),
            Some(RequestBody::Raw(raw)) => match raw.as_bytes() {
                Some(bytes) => SendableBody::Bytes(Bytes::copy_from_slice(bytes)),
                None => SendableBody::Once(Some(RequestBody::Raw(raw))),
            },
            Some(other) => SendableBody::Once(Some(other)),
        }
    }

    fn can_resend(&self) -> bool {
        !matches!(self, SendableBody::Once(_))
    }

    fn attach(&mut self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self {
            SendableBody::None => builder,
            SendableBody::Bytes(bytes) => builder.body(bytes.clone()),
            SendableBody::Form(pairs) => builder.form(pairs),
            SendableBody::Once(body) => match body.take() {
                Some(RequestBody::Raw(raw)) => builder.body(raw),
                Some(RequestBody::Form(pairs)) => builder.form(&pairs),
                Some(RequestBody::Multipart(form)) => builder.multipart(form),
                None => builder,
            },
        }
    }
}

// ----------------------------------------------------------------------------------------------
// Retries

/// How requests answered with 429 (Too Many Requests) or 503 (Service Unavailable) are retried:
/// after the server's `Retry-After` (seconds or HTTP date) when it gives one, else after an
/// exponential backoff with jitter, within a bounded number of attempts and total time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = no retry). Default 3.
    pub max_attempts: u32,
    /// No retry starts once this much time has passed since the first attempt, nor when the
    /// wait would end after it. Default 60 s.
    pub max_elapsed: Duration,
    /// Wait before the first retry when the server gives no `Retry-After`; doubled each time.
    /// Default 500 ms.
    pub initial_backoff: Duration,
    /// Longest backoff wait. Default 10 s.
    pub max_backoff: Duration,
    /// Retry POST and PATCH too (they may not be idempotent: the server may have acted on the
    /// first attempt). Default false.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            max_elapsed: Duration::from_secs(60),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(10),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// How long to wait before retrying, `asked` being the server's or the backoff's wait:
    /// `None` when the retry would start after `max_elapsed` from `started`.
    fn wait(&self, started: Instant, asked: Duration) -> Option<Duration> {
        let retry_at = started.elapsed().checked_add(asked)?;
        (retry_at <= self.max_elapsed).then_some(asked)
    }

    /// The wait after attempt `attempt` (1-based): the exponential step, with "full jitter" (a
    /// random share of it) so that many clients do not retry in lockstep.
    fn backoff(&self, attempt: u32) -> Duration {
        let step = self
            .initial_backoff
            .saturating_mul(1u32.checked_shl(attempt.saturating_sub(1)).unwrap_or(u32::MAX))
            .min(self.max_backoff);
        step.mul_f64(0.5 + jitter() / 2.0)
    }
}

/// A number in [0, 1) from the standard library's per-process random hashing keys.
fn jitter() -> f64 {
    use std::hash::BuildHasher;
    let bits = std::collections::hash_map::RandomState::new().hash_one(Instant::now());
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// The `Retry-After` header: delay-seconds or an HTTP date (any of the three formats HTTP
/// requires clients to read; a date in the past is no wait).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

// ----------------------------------------------------------------------------------------------
// Sessions

/// A boxed future, for the one async method of [`Session`].
#[doc(hidden)]
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Credentials that change over time, such as a sign-in session whose tokens the server rotates.
/// The crate's auth module implements it; every request goes through it.
#[doc(hidden)]
pub trait Session: Send + Sync + fmt::Debug {
    /// Adds the current credentials to a request's headers.
    fn apply(&self, headers: &mut HeaderMap);
    /// Sees every response's headers (to take up rotated tokens), and marks the session's own
    /// headers there sensitive: errors keep the response headers, and their `Debug` must not show
    /// the tokens.
    fn observe(&self, headers: &mut HeaderMap);
    /// Whether the credentials are known to have expired (then the session signs in again
    /// before sending).
    fn expired(&self) -> bool;
    /// Signs in again with the credentials it keeps; `Ok(false)` when it has none.
    fn renew<'a>(&'a self, client: &'a Client) -> BoxFuture<'a, Result<bool, RequestError>>;
    /// For the auth module to reach its own type.
    fn as_any(&self) -> &dyn std::any::Any;
}

fn form_pairs(value: &Value) -> Result<Vec<(String, String)>, RequestError> {
    let map = match value {
        Value::Object(map) => map,
        Value::Null => return Ok(Vec::new()),
        _ => return Err(invalid("a form body must be an object")),
    };
    let mut pairs = Vec::new();
    for (key, member) in map {
        let values = match member {
            Value::Array(items) => items.as_slice(),
            other => std::slice::from_ref(other),
        };
        for value in values.iter().filter(|v| !v.is_null()) {
            if value.is_object() || value.is_array() {
                return Err(invalid(format!(
                    "form field `{key}` is nested, which application/x-www-form-urlencoded cannot encode"
                )));
            }
            pairs.push((key.clone(), scalar_text(value)));
        }
    }
    Ok(pairs)
}

/// Joins base URL and path as text, then appends the query, form-urlencoded.
fn request_url(
    base_url: &str,
    path: &str,
    query: &[(String, String)],
) -> Result<Url, RequestError> {
    // The URL parser resolves `.` and `..` segments (percent-encoded ones too), which would let a
    // path parameter value climb out of its position.
    let path_part = path.split(['?', '#']).next().unwrap_or_default();
    let dot_segment = path_part.split('/').any(|segment| {
        matches!(
            segment.to_ascii_lowercase().replace("%2e", ".").as_str(),
            "." | ".."
        )
    });
    if dot_segment {
        return Err(invalid(
            "a path parameter is `.` or `..`, which would change the request path",
        ));
    }
    let mut url = Url::parse(&format!("{base_url}{path}"))
        .map_err(|error| invalid(format!("invalid request URL: {error}")))?;
    if !query.is_empty() {
        url.query_pairs_mut().extend_pairs(query);
    }
    Ok(url)
}

/// The options of one call, set on an operation's request builder (`timeout`, `header`,
/// `retry`); what is not set is the client's.
#[doc(hidden)]
#[derive(Clone, Default)]
pub struct CallOptions {
    timeout: Option<Duration>,
    headers: Vec<(String, String)>,
    retry: Option<RetryPolicy>,
}

impl CallOptions {
    /// This call's timeout, from sending to the whole response read, for each attempt.
    pub fn timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// A header sent with this call only, over the client's default headers and the operation's
    /// parameters. Its value is handled as a secret (never in `Debug` or errors); an invalid
    /// name or value is an [`Error::InvalidRequest`] when the call is sent.
    pub fn header(&mut self, name: String, value: String) {
        self.headers.retain(|(existing, _)| !existing.eq_ignore_ascii_case(&name));
        self.headers.push((name, value));
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(&mut self, policy: RetryPolicy) {
        self.retry = Some(policy);
    }
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("headers", &RedactedQuery(&self.headers))
            .field("retry", &self.retry)
            .finish()
    }
}

// ----------------------------------------------------------------------------------------------
// Responses

/// A response with its whole body, before the operation interprets its status.
#[derive(Debug)]
#[doc(hidden)]
pub struct RawResponse {
    status: StatusCode,
    /// The URL that answered (after same-origin redirects).
    url: Url,
    headers: HeaderMap,
    body: Bytes,
    /// The unread body of a binary success ([`Request::stream_success`]).
    stream: Option<reqwest::Response>,
    /// The client's `max_response_size`.
    limit: u64,
}

/// A binary response body, read as it arrives: [`chunk`](Download::chunk) after `chunk` keeps
/// memory to one chunk however large the file; [`bytes`](Download::bytes) reads it whole,
/// within the client's `max_response_size`.
pub struct Download {
    status: StatusCode,
    headers: HeaderMap,
    body: DownloadBody,
    limit: u64,
}

enum DownloadBody {
    /// Still with the server.
    Unread(reqwest::Response),
    /// Read already (`None` once given out by `chunk`).
    Read(Option<Bytes>),
}

impl Download {
    /// The response status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers (`Content-Type`, `Content-Disposition`...).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body's length, when the server declared it.
    pub fn content_length(&self) -> Option<u64> {
        match &self.body {
            DownloadBody::Unread(response) => response.content_length(),
            DownloadBody::Read(bytes) => bytes.as_ref().map(|bytes| bytes.len() as u64),
        }
    }

    /// The next chunk of the body, `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        match &mut self.body {
            DownloadBody::Unread(response) => response.chunk().await.map_err(|error| transport(error).into()),
            DownloadBody::Read(bytes) => Ok(bytes.take().filter(|bytes| !bytes.is_empty())),
        }
    }

    /// The whole body, within the client's `max_response_size` (past it,
    /// [`Error::ResponseTooLarge`]).
    pub async fn bytes(self) -> Result<Bytes, Error> {
        match self.body {
            DownloadBody::Unread(response) => Ok(read_body(response, self.status, self.limit).await?),
            DownloadBody::Read(bytes) => Ok(bytes.unwrap_or_default()),
        }
    }
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("content_length", &self.content_length())
            .finish_non_exhaustive()
    }
}

/// A documented 3xx response (a redirect endpoint, a download link, `304 Not Modified`): the
/// operation returns it rather than following it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Redirect {
    /// The response status.
    pub status: StatusCode,
    /// The `Location` header as the server sent it (absolute or relative), if any.
    pub location: Option<String>,
}

/// Middleware of a client (its builder's `hook`): code run around every attempt of every
/// request, retries and followed redirects included.
pub trait Hook: Send + Sync + 'static {
    /// Before an attempt is sent: it may change the request (add a header, sign it). The
    /// request holds the client's credentials; what the hook does with them is the hook's
    /// responsibility.
    fn before(&self, request: &mut reqwest::Request) {
        let _ = request;
    }

    /// After a response arrives, before its body is read.
    fn after(&self, attempt: &Attempt<'_>) {
        let _ = attempt;
    }
}

/// One attempt's response, as a [`Hook`] sees it.
#[derive(Debug)]
#[non_exhaustive]
pub struct Attempt<'a> {
    pub method: &'a Method,
    /// The operation's path template (`/pets/{petId}`), when the request is an operation's.
    pub path_template: Option<&'static str>,
    /// 1 for the first attempt.
    pub attempt: u32,
    pub status: StatusCode,
    pub headers: &'a HeaderMap,
    /// Since the request's first attempt started.
    pub elapsed: Duration,
}

/// A whole response: its status, its headers and its body, typed as the operation documents it
/// (a request builder's `send_with_response`), or as the server sent it (`send_raw`, a
/// [`Response<Bytes>`]). It dereferences to the body.
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// The response status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers (rate limits, `ETag`, `Location`...).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The body, without status and headers.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Status, headers and body.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }

    /// The same response with its body changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response { status: self.status, headers: self.headers, body: f(self.body) }
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// Header values are left out: a response may set credentials (a session's rotating tokens).
impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &self.body)
            .finish()
    }
}

/// The items of a paged list (a request builder's `stream`), or its pages with their responses
/// (`pages`), each page fetched when the stream reaches it. [`try_next`](Paged::try_next) takes
/// the next one with no trait to import; it is also a [`futures::Stream`], for its adapters.
#[must_use = "a stream does nothing until it is polled"]
pub struct Paged<'a, T, E> {
    inner: futures::stream::BoxStream<'a, Result<T, Error<E>>>,
}

impl<'a, T, E> Paged<'a, T, E> {
    /// Wraps the stream a pagination module drives.
    #[doc(hidden)]
    pub fn new(inner: futures::stream::BoxStream<'a, Result<T, Error<E>>>) -> Self {
        Paged { inner }
    }

    /// The next item, `None` after the last one.
    pub async fn try_next(&mut self) -> Result<Option<T>, Error<E>> {
        futures::TryStreamExt::try_next(&mut self.inner).await
    }

    /// The items until the end of the list, at most `max_items` of them.
    pub async fn collect_max(self, max_items: usize) -> Result<Vec<T>, Error<E>> {
        use futures::{StreamExt, TryStreamExt};
        self.inner.take(max_items).try_collect().await
    }
}

impl<T, E> futures::Stream for Paged<'_, T, E> {
    type Item = Result<T, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T, E> fmt::Debug for Paged<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paged").finish_non_exhaustive()
    }
}

/// What a pagination stream reads of a page's response besides its decoded body: the URL that
/// answered (relative next-page links resolve against it), the headers, and the body as the
/// server sent it (metadata the document does not model included).
#[doc(hidden)]
pub struct PageInfo {
    pub url: Url,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    /// The response's status and headers around the body `decode` gives, for the operation's
    /// `send_with_response`.
    #[allow(clippy::result_large_err)] // The operation's own error type.
    pub fn typed<T, E>(self, decode: impl FnOnce(Self) -> Result<T, Error<E>>) -> Result<Response<T>, Error<E>> {
        let (status, headers) = (self.status, self.headers.clone());
        decode(self).map(|body| Response { status, headers, body })
    }

    /// The response as the server sent it, whatever its status, for the operation's `send_raw`:
    /// a streamed body is read whole here, within the client's `max_response_size`.
    pub async fn into_raw<E>(self) -> Result<Response<Bytes>, Error<E>> {
        let body = match self.stream {
            Some(stream) => read_body(stream, self.status, self.limit).await?,
            None => self.body,
        };
        Ok(Response { status: self.status, headers: self.headers, body })
    }

    /// The URL, headers and raw body, for a pagination stream.
    pub fn page_info(&self) -> PageInfo {
        PageInfo {
            url: self.url.clone(),
            headers: self.headers.clone(),
            body: self.body.clone(),
        }
    }

    /// The status code.
    pub fn status(&self) -> u16 {
        self.status.as_u16()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Decodes the JSON body; an empty body decodes as `null` (so `Option<T>`, `()` and
    /// `serde_json::Value` accept it). Failure is a `Decode` error with the failing field's path.
    pub fn json<T: DeserializeOwned>(self) -> Result<T, RequestError> {
        decode_json(self.status, &self.body)
    }

    /// The body as text (invalid UTF-8 is replaced).
    pub fn text(self) -> Result<String, RequestError> {
        Ok(String::from_utf8_lossy(&self.body).into_owned())
    }

    /// The raw body.
    pub fn bytes(self) -> Bytes {
        self.body
    }

    /// A binary success, its body streamed as it arrives (read whole already when the request
    /// did not ask for streaming).
    pub fn download(self) -> Download {
        let body = match self.stream {
            Some(response) => DownloadBody::Unread(response),
            None => DownloadBody::Read(Some(self.body)),
        };
        Download { status: self.status, headers: self.headers, body, limit: self.limit }
    }

    /// A documented 3xx: its status and `Location`.
    pub fn redirect(self) -> Redirect {
        let location = self.headers.get(reqwest::header::LOCATION);
        Redirect {
            status: self.status,
            location: location.map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned()),
        }
    }

    /// A documented error: decodes the body as `T` and wraps it (`wrap` is an enum variant
    /// constructor or `identity`); a decode failure is `Error::Decode`.
    pub fn api_error<T: DeserializeOwned, E>(self, wrap: impl FnOnce(T) -> E) -> Error<E> {
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            return self.unexpected();
        }
        match decode_json(self.status, &self.body) {
            Ok(body) => Error::Api {
                status: self.status,
                headers: self.headers,
                body: wrap(body),
                raw: self.body,
            },
            Err(error) => error.into(),
        }
    }

    /// A status without a typed body: `RateLimited` (429), `Unauthorized` (401, 403) or
    /// `UnexpectedStatus`, each with the raw body.
    pub fn unexpected<E>(self) -> Error<E> {
        let RawResponse {
            status,
            headers,
            body,
            ..
        } = self;
        match status {
            StatusCode::TOO_MANY_REQUESTS => Error::RateLimited {
                retry_after: retry_after(&headers),
                headers,
                body,
            },
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Error::Unauthorized {
                status,
                headers,
                body,
            },
            _ => Error::UnexpectedStatus {
                status,
                headers,
                body,
            },
        }
    }
}

fn decode_json<T: DeserializeOwned>(status: StatusCode, body: &Bytes) -> Result<T, RequestError> {
    let input: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    };
    // The plain decoder first: tracking the path costs on every value, and only a failure needs
    // it, so a failure is decoded again to say where.
    if let Ok(value) = serde_json::from_slice(input) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(input);
    match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => match deserializer.end() {
            Ok(()) => Ok(value),
            Err(error) => Err(decode_error(status, ".".to_owned(), &error, body)),
        },
        Err(error) => Err(decode_error(
            status,
            error.path().to_string(),
            error.inner(),
            body,
        )),
    }
}

fn decode_error(
    status: StatusCode,
    path: String,
    error: &serde_json::Error,
    body: &Bytes,
) -> RequestError {
    RequestError::Decode {
        status,
        path,
        message: error.to_string(),
        body: body.clone(),
    }
}

// ----------------------------------------------------------------------------------------------
// Decoding generated structs

/// How the document's object types are read: each struct implements [`FromMap`](decode::FromMap) with a short
/// loop over the object's keys, instead of `#[derive(serde::Deserialize)]`, whose expansion
/// (about 180 lines a struct) was most of the crate's compile time. (Their `Serialize` is written
/// out beside them for the same reason.) Behaviour is the derive's:
/// undeclared keys are skipped (or kept in `additional_properties`), a missing required key or a
/// repeated key is an error naming it, and `null` reads as `None` for optional fields.
#[doc(hidden)]
pub mod decode {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, Visitor};
    use serde::Deserialize;

    /// A struct read from an object, key by key.
    pub trait FromMap: Sized {
        /// The type's name, for "expected struct Pet" errors.
        const NAME: &'static str;
        /// Wire names of the declared properties; a key's position here selects its field.
        const FIELDS: &'static [&'static str];
        /// Whether undeclared keys are kept (`additional_properties`) rather than skipped.
        const KEEPS_OTHERS: bool = false;

        fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
    }

    /// `Deserialize::deserialize` of a [`FromMap`] type.
    pub fn deserialize<'de, T: FromMap, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_map(MapVisitor(PhantomData))
    }

    struct MapVisitor<T>(PhantomData<T>);

    impl<'de, T: FromMap> Visitor<'de> for MapVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "struct {}", T::NAME)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::from_map(map)
        }
    }

    /// An object's key: the position of a declared property, or another name (kept only when the
    /// type keeps undeclared properties).
    pub enum Key {
        Field(usize),
        Other(Option<String>),
    }

    /// The next key of `map`, read without allocating for declared names.
    pub fn next_key<'de, T: FromMap, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key>, A::Error> {
        map.next_key_seed(KeySeed { fields: T::FIELDS, keep_others: T::KEEPS_OTHERS })
    }

    struct KeySeed {
        fields: &'static [&'static str],
        keep_others: bool,
    }

    impl<'de> DeserializeSeed<'de> for KeySeed {
        type Value = Key;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
            deserializer.deserialize_identifier(self)
        }
    }

    impl Visitor<'_> for KeySeed {
        type Value = Key;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a property name")
        }

        fn visit_str<E: Error>(self, name: &str) -> Result<Key, E> {
            Ok(match self.fields.iter().position(|field| *field == name) {
                Some(index) => Key::Field(index),
                None => Key::Other(self.keep_others.then(|| name.to_owned())),
            })
        }

        fn visit_bytes<E: Error>(self, name: &[u8]) -> Result<Key, E> {
            match std::str::from_utf8(name) {
                Ok(name) => self.visit_str(name),
                Err(_) => Ok(Key::Other(None)),
            }
        }
    }

    /// Reads the value of a declared property into its slot; a second value for it is an error.
    pub fn value<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        slot: &mut Option<T>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(name));
        }
        *slot = Some(map.next_value()?);
        Ok(())
    }

    /// Skips the value of an undeclared property.
    pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
        map.next_value::<IgnoredAny>().map(|_| ())
    }

    /// An optional property's value: absent and `null` are both `None`.
    pub fn optional<T>(slot: Option<Option<T>>) -> Option<T> {
        slot.flatten()
    }

    /// A required property's value, or serde's "missing field" error.
    pub fn required<T, E: Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
        slot.ok_or_else(|| E::missing_field(name))
    }
}
