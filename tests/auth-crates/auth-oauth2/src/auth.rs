//! Authentication, from the API document's security schemes: the crate's [`ClientBuilder`] takes their credentials, and each operation sends those its `security` requirement asks for.

use std::sync::Arc;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};
use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION};
use reqwest::header::HeaderMap;
use crate::runtime::{BoxFuture, ParamStyle, Request, RequestError, Session};

/// Security scheme `oauth` in the requirement sets operations pass to `authorize`.
pub(crate) const OAUTH: u64 = 1;

/// Each scheme: its bit, its name in the document, and how its credential travels.
const SCHEMES: [(u64, &str, Sends); 1] = [(OAUTH, "oauth", Sends::ClientCredentials)];

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

/// The client credentials scheme (`oauth`).
const TOKEN_SCHEME: u64 = OAUTH;

/// The document's token URL (absolute, or relative to the base URL).
const TOKEN_URL: &str = "https://auth.example.com/oauth/token";

/// The scopes the document's requirements ask of the client credentials scheme, space separated.
const SCOPE: &str = "reports:read reports:write";

/// A token is renewed this long before it expires (at most half its lifetime before).
const RENEW_MARGIN: Duration = Duration::from_secs(30);

/// Limit of a whole token request.
const TOKEN_TIMEOUT: Duration = Duration::from_secs(30);

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
/// - `oauth`: OAuth2 client credentials: the client requests `Authorization: Bearer` tokens itself; [`client_credentials`](Self::client_credentials).
///
/// Each operation sends the credentials its `security` requirement asks for: of its alternatives, the first whose credentials were all given here (the schemes of one alternative are sent together); an operation that needs none sends none. Credentials are redacted from `Debug` and never appear in errors.
///
/// For `oauth`, the client requests a token from the token URL (`grant_type=client_credentials`, the scopes the document asks for; the client id and secret by HTTP Basic authentication), caches it for the client and its clones, renews it shortly before it expires and once when the API answers 401, and makes one token request at a time however many calls wait for it. The secret goes to the token URL only (no redirect is followed there), the token to the API's base URL only.
pub struct ClientBuilder {
    inner: crate::runtime::ClientBuilder,
    secrets: Vec<Option<Secret>>,
    client_credentials: Option<(Secret, Secret)>,
    token_url: Option<String>,
}

/// The builder `Client::builder()` returns: the runtime's, with no credentials yet.
pub(crate) fn builder(inner: crate::runtime::ClientBuilder) -> ClientBuilder {
    ClientBuilder {
        inner,
        secrets: vec![None; SCHEMES.len()],
        client_credentials: None,
        token_url: None,
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
    /// Requests OAuth2 tokens with these client credentials (scheme `oauth`) and sends them as `Authorization: Bearer` with the operations that accept the scheme. Redacted from `Debug` output; never in errors.
    ///
    /// Machine-to-machine access.
    pub fn client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.client_credentials = Some((
            Secret(client_id.into()),
            Secret(client_secret.into()),
        ));
        self
    }

    /// Requests tokens from this URL (absolute, or a path relative to the base URL) instead of the document's `https://auth.example.com/oauth/token`. It must use https, or http to loopback.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
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
            tokens: match self.client_credentials {
                Some((id, secret)) => Some(TokenSource::new(id, secret, self.token_url)?),
                None => None,
            },
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
            .field(
                "client_credentials",
                &self.client_credentials.as_ref().map(|(id, _)| id),
            )
            .field("token_url", &self.token_url)
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
    tokens: Option<TokenSource>,
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
        if self.tokens.is_some() {
            set |= TOKEN_SCHEME;
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
            .field("client_credentials", &self.tokens)
            .finish()
    }
}

impl Session for Credentials {
    fn apply(&self, headers: &mut HeaderMap) {
        if let Some(tokens) = &self.tokens {
            tokens.apply(headers);
        }
    }

    fn observe(&self, _headers: &mut HeaderMap) {}
    fn expired(&self) -> bool {
        self.tokens.as_ref().is_some_and(TokenSource::due)
    }

    fn renew<'a>(
        &'a self,
        client: &'a crate::runtime::Client,
    ) -> BoxFuture<'a, Result<bool, RequestError>> {
        Box::pin(async move {
            match &self.tokens {
                Some(tokens) => tokens.renew(client).await,
                None => Ok(false),
            }
        })
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

    if chosen & TOKEN_SCHEME != 0 {
        if let Some(tokens) = &credentials.tokens {
            tokens.ensure(&client.inner).await?;
        }
        return Ok(request);
    }

    Ok(request.without_session())
}

/// OAuth2 client credentials: the token of the client and its clones.
struct TokenSource {
    client_id: Secret,
    client_secret: Secret,
    token_url: Option<String>,
    /// Without redirects: the secret goes to the token URL only.
    http: reqwest::Client,
    token: Mutex<Option<Token>>,
    /// Held while a token is requested: concurrent callers wait for that one request.
    flight: tokio::sync::Mutex<()>,
}

struct Token {
    /// `Bearer <access token>`, marked sensitive.
    header: HeaderValue,
    obtained: Instant,
    /// When to renew it (shortly before it expires), if the token endpoint said when it expires.
    renew_at: Option<Instant>,
}

impl TokenSource {
    #[allow(clippy::result_large_err)]
    fn new(
        client_id: Secret,
        client_secret: Secret,
        token_url: Option<String>,
    ) -> Result<Self, crate::Error> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(TOKEN_TIMEOUT)
            .user_agent(crate::USER_AGENT)
            .build()
            .map_err(|error| crate::Error::Transport(error.without_url()))?;
        Ok(TokenSource {
            client_id,
            client_secret,
            token_url,
            http,
            token: Mutex::new(None),
            flight: tokio::sync::Mutex::new(()),
        })
    }

    fn state(&self) -> MutexGuard<'_, Option<Token>> {
        self.token.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// No token yet, or one to renew now.
    fn due(&self) -> bool {
        match &*self.state() {
            Some(token) => token.renew_at.is_some_and(|at| Instant::now() >= at),
            None => true,
        }
    }

    fn apply(&self, headers: &mut HeaderMap) {
        if let Some(token) = &*self.state() {
            headers.insert(AUTHORIZATION, token.header.clone());
        }
    }

    /// A token that is not about to expire: the current one, or a new one when it is due.
    async fn ensure(&self, client: &crate::runtime::Client) -> Result<(), RequestError> {
        if !self.due() {
            return Ok(());
        }
        let _turn = self.flight.lock().await;
        if self.due() {
            let token = self.request(client).await?;
            *self.state() = Some(token);
        }
        Ok(())
    }

    /// A new token after a 401, unless another caller got one while this one waited for its turn.
    async fn renew(
        &self,
        client: &crate::runtime::Client,
    ) -> Result<bool, RequestError> {
        let asked = Instant::now();
        let _turn = self.flight.lock().await;
        let fresh = match &*self.state() {
            Some(token) => token.obtained >= asked && ahead(token.renew_at),
            None => false,
        };
        if !fresh {
            let token = self.request(client).await?;
            *self.state() = Some(token);
        }
        Ok(true)
    }

    async fn request(
        &self,
        client: &crate::runtime::Client,
    ) -> Result<Token, RequestError> {
        let url = token_url(
            self.token_url.as_deref().unwrap_or(TOKEN_URL),
            client.base_url(),
        )?;
        let pair = format!(
            "{}:{}", crate ::runtime::form_encode(& self.client_id.0), crate
            ::runtime::form_encode(& self.client_secret.0)
        );
        let mut authorization = HeaderValue::from_str(
                &format!("Basic {}", crate ::runtime::base64(pair.as_bytes())),
            )
            .map_err(|_| invalid("the client credentials cannot be sent"))?;
        authorization.set_sensitive(true);
        let mut form = vec![("grant_type", "client_credentials")];
        if !SCOPE.is_empty() {
            form.push(("scope", SCOPE));
        }
        let response = self
            .http
            .post(url)
            .header(AUTHORIZATION, authorization)
            .header(ACCEPT, "application/json")
            .form(&form)
            .send()
            .await
            .map_err(transport)?;
        let status = response.status();
        let body = response.bytes().await.map_err(transport)?;
        if !status.is_success() {
            return Err(
                invalid(
                    format!(
                        "the token endpoint refused the client credentials (HTTP {status}{})",
                        error_code(& body)
                    ),
                ),
            );
        }
        let answer: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|_| invalid("the token endpoint's answer is not JSON"))?;
        let access = answer
            .get("access_token")
            .and_then(serde_json::Value::as_str)
            .filter(|token| !token.is_empty())
            .ok_or_else(|| invalid(
                "the token endpoint's answer has no `access_token`",
            ))?;
        let kind = answer.get("token_type").and_then(serde_json::Value::as_str);
        if kind.is_some_and(|kind| !kind.eq_ignore_ascii_case("bearer")) {
            return Err(
                invalid("the token endpoint issued a token that is not a bearer token"),
            );
        }
        let mut header = HeaderValue::from_str(&format!("Bearer {access}"))
            .map_err(|_| invalid(
                "the access token has characters a header cannot carry",
            ))?;
        header.set_sensitive(true);
        let obtained = Instant::now();
        let lifetime = answer
            .get("expires_in")
            .and_then(|value| {
                value
                    .as_u64()
                    .or_else(|| value.as_str().and_then(|text| text.trim().parse().ok()))
            });
        let renew_at = lifetime
            .and_then(|seconds| {
                let lifetime = Duration::from_secs(seconds);
                obtained.checked_add(lifetime - RENEW_MARGIN.min(lifetime / 2))
            });
        Ok(Token {
            header,
            obtained,
            renew_at,
        })
    }
}

/// Whether a renewal time is absent or still ahead.
fn ahead(at: Option<Instant>) -> bool {
    match at {
        Some(at) => Instant::now() < at,
        None => true,
    }
}

impl std::fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.state();
        f.debug_struct("ClientCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("token", &state.as_ref().map(|_| Secret(String::new())))
            .field(
                "renew_in",
                &state
                    .as_ref()
                    .and_then(|token| token.renew_at)
                    .map(|at| at.saturating_duration_since(Instant::now())),
            )
            .finish_non_exhaustive()
    }
}

/// The token URL to request: absolute, or relative to the base URL; https, or http to loopback.
fn token_url(url: &str, base_url: &str) -> Result<reqwest::Url, RequestError> {
    let parsed = if url.contains("://") {
        reqwest::Url::parse(url)
    } else {
        reqwest::Url::parse(&format!("{base_url}/")).and_then(|base| base.join(url))
    };
    let url = parsed.map_err(|_| invalid("the token URL is not a valid URL"))?;
    let host = url.host_str().unwrap_or_default();
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host == "localhost" || host.ends_with(".localhost")
        || ip.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" => Ok(url),
        "http" if loopback => Ok(url),
        _ => Err(invalid("the token URL must use https (or plain http to loopback)")),
    }
}

/// The RFC 6749 `error` code of a token endpoint's refusal (`: invalid_client`), when it is one.
fn error_code(body: &[u8]) -> String {
    let answer: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    match answer
        .as_ref()
        .and_then(|answer| answer.get("error"))
        .and_then(serde_json::Value::as_str)
    {
        Some(
            code,
        ) if !code.is_empty() && code.len() <= 64
            && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') => {
            format!(": {code}")
        }
        _ => String::new(),
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
