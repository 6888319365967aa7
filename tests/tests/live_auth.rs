//! Auth derived from the document (no auth template configured): the crates of
//! `tests/specs/auth/*.yaml` (committed in `tests/auth-crates/`) against loopback servers,
//! asserting on the exact requests received: each scheme kind, `security: []`, alternatives,
//! AND-combinations, and the OAuth2 client credentials flow (one token request, cached, renewed
//! on expiry and once on 401, shared by concurrent calls, secrets never shown).

mod live;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use live::{assert_hides, fast_retry, header, query, query_value, received, received_on};
use serde_json::json;
use wiremock::matchers::{header as has_header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Every request the server got carried none of the credential places.
#[track_caller]
fn assert_no_credentials(request: &Request, query_names: &[&str], headers: &[&str]) {
    let what = format!("{} {}", request.method, request.url.path());
    assert_eq!(header(request, "authorization"), None, "{what}");
    for name in headers {
        assert_eq!(header(request, name), None, "{what}: header {name}");
    }
    for name in query_names {
        assert!(query(request).iter().all(|(n, _)| n != name), "{what}: query {name}");
    }
}

/// No API key of the mixed document.
#[track_caller]
fn assert_no_credentials_but_bearer(request: &Request) {
    assert_eq!(header(request, "x-app-key"), None);
    assert!(query(request).iter().all(|(n, _)| n != "tenant"));
}

async fn ok(server: &MockServer, verb: &str, at: &str, body: serde_json::Value) {
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

async fn no_content(server: &MockServer, at: &str) {
    Mock::given(method("GET")).and(path(at)).respond_with(ResponseTemplate::new(204)).mount(server).await;
}

// ---------------------------------------------------------------------------------------------
// http bearer, with `security: []` on one operation

#[tokio::test]
async fn bearer_token_goes_to_operations_that_need_it_and_not_to_security_none() {
    let server = live::server().await;
    ok(&server, "GET", "/me", json!({ "id": 7 })).await;
    no_content(&server, "/health").await;
    let client = auth_bearer::Client::builder().base_url(server.uri()).bearer_token("tok-123").build().unwrap();
    assert_eq!(client.get_me().await.unwrap().id, 7);
    client.health().await.unwrap();
    let me = &received_on(&server, "/me").await[0];
    assert_eq!(header(me, "authorization").as_deref(), Some("Bearer tok-123"));
    let health = &received_on(&server, "/health").await[0];
    assert_no_credentials(health, &[], &[]);
    assert_hides("Debug of the client", &format!("{client:?}"), &["tok-123"]);
    let builder = auth_bearer::Client::builder().bearer_token("tok-123");
    assert_hides("Debug of the builder", &format!("{builder:?}"), &["tok-123"]);
}

#[tokio::test]
async fn without_a_token_nothing_is_sent_and_the_refusal_is_unauthorized() {
    let server = live::server().await;
    Mock::given(method("GET")).and(path("/me")).respond_with(ResponseTemplate::new(401)).mount(&server).await;
    let client = auth_bearer::Client::builder().base_url(server.uri()).build().unwrap();
    let error = client.get_me().await.unwrap_err();
    assert!(matches!(error, auth_bearer::Error::Unauthorized { .. }), "{error:?}");
    assert_no_credentials(&received(&server).await[0], &[], &[]);
}

// ---------------------------------------------------------------------------------------------
// http basic (Swagger 2.0 `securityDefinitions`, upgraded by the loader)

#[tokio::test]
async fn basic_credentials_from_swagger2_security_definitions() {
    let server = live::server().await;
    ok(&server, "GET", "/things", json!(["a"])).await;
    let client =
        auth_basic::Client::builder().base_url(server.uri()).basic_auth("partner", "p@ss w0rd!").build().unwrap();
    assert_eq!(client.list_things().await.unwrap(), ["a"]);
    let request = &received(&server).await[0];
    // base64("partner:p@ss w0rd!")
    assert_eq!(header(request, "authorization").as_deref(), Some("Basic cGFydG5lcjpwQHNzIHcwcmQh"));
    assert_hides("Debug of the client", &format!("{client:?}"), &["p@ss w0rd!", "cGFydG5lcjpwQHNzIHcwcmQh"]);
}

// ---------------------------------------------------------------------------------------------
// apiKey in a header, a query parameter, a cookie

#[tokio::test]
async fn api_key_header_replaces_the_declared_parameter() {
    let server = live::server().await;
    ok(&server, "GET", "/items", json!([])).await;
    let client = auth_api_key_header::Client::builder().base_url(server.uri()).api_key("key-1").build().unwrap();
    // The document declares X-API-Key as a parameter too: the client sets it, so it is no argument.
    client.list_items().limit(5).await.unwrap();
    let request = &received(&server).await[0];
    assert_eq!(header(request, "x-api-key").as_deref(), Some("key-1"));
    assert_eq!(query_value(request, "limit"), "5");
    assert_eq!(header(request, "authorization"), None);
    assert_hides("Debug of the client", &format!("{client:?}"), &["key-1"]);
}

#[tokio::test]
async fn api_key_query_parameter_beside_the_operations_own() {
    let server = live::server().await;
    ok(&server, "GET", "/search", json!(["x"])).await;
    let client =
        auth_api_key_query::Client::builder().base_url(server.uri()).api_key("k&y=1 2").build().unwrap();
    client.search("rust").await.unwrap();
    let request = &received(&server).await[0];
    assert_eq!(query_value(request, "q"), "rust");
    assert_eq!(query_value(request, "api_key"), "k&y=1 2");
    assert_hides("Debug of the client", &format!("{client:?}"), &["k&y=1 2"]);
    // Errors carry no URL, so no key either.
    let server = live::server().await;
    Mock::given(method("GET")).and(path("/search")).respond_with(ResponseTemplate::new(500).set_body_string("boom")).mount(&server).await;
    let client = auth_api_key_query::Client::builder()
        .base_url(server.uri())
        .api_key("secret-query-key")
        .retry(fast_retry!(auth_api_key_query))
        .build()
        .unwrap();
    let error = client.search("rust").await.unwrap_err();
    assert_hides("the error", &format!("{error} {error:?}"), &["secret-query-key"]);
}

#[tokio::test]
async fn api_key_cookie_joins_the_operations_cookies() {
    let server = live::server().await;
    ok(&server, "GET", "/cart", json!({ "apples": 3 })).await;
    let client = auth_api_key_cookie::Client::builder().base_url(server.uri()).api_key("s3ss;on").build().unwrap();
    let cart = client.get_cart().theme("dark").await.unwrap();
    assert_eq!(cart.get("apples"), Some(&3));
    let request = &received(&server).await[0];
    // `;` is no cookie-octet: percent-encoded.
    assert_eq!(header(request, "cookie").as_deref(), Some("theme=dark; SESSION_ID=s3ss%3Bon"));
    assert_hides("Debug of the client", &format!("{client:?}"), &["s3ss;on"]);
}

// ---------------------------------------------------------------------------------------------
// Several schemes: default requirement, `security: []`, alternatives (OR), AND, optional auth

async fn mixed_server() -> MockServer {
    let server = live::server().await;
    for at in ["/default", "/public", "/either", "/both", "/optional", "/unhonoured"] {
        no_content(&server, at).await;
    }
    server
}

fn mixed(server: &MockServer) -> auth_mixed::ClientBuilder {
    auth_mixed::Client::builder().base_url(server.uri())
}

async fn only(server: &MockServer, at: &str) -> Request {
    let requests = received_on(server, at).await;
    assert_eq!(requests.len(), 1, "{at}");
    requests.into_iter().next().unwrap()
}

#[tokio::test]
async fn every_credential_configured_each_operation_sends_what_it_asks_for() {
    let server = mixed_server().await;
    let client = mixed(&server).user_token("user-tok").app_key("app-k").tenant_key("tenant-k").build().unwrap();
    client.by_default().await.unwrap();
    client.public().await.unwrap();
    client.either().await.unwrap();
    client.both().await.unwrap();
    client.optional().await.unwrap();
    client.unhonoured().await.unwrap();
    // The document's default requirement.
    let request = only(&server, "/default").await;
    assert_eq!(header(&request, "authorization").as_deref(), Some("Bearer user-tok"));
    assert_no_credentials_but_bearer(&request);
    // `security: []`: nothing at all.
    assert_no_credentials(&only(&server, "/public").await, &["tenant"], &["x-app-key", "cookie"]);
    // Alternatives: the first one configured (the bearer token), and only it.
    let request = only(&server, "/either").await;
    assert_eq!(header(&request, "authorization").as_deref(), Some("Bearer user-tok"));
    assert_eq!(header(&request, "x-app-key"), None);
    // AND: both schemes of the one requirement.
    let request = only(&server, "/both").await;
    assert_eq!(header(&request, "x-app-key").as_deref(), Some("app-k"));
    assert_eq!(query_value(&request, "tenant"), "tenant-k");
    assert_eq!(header(&request, "authorization"), None);
    // `[{}, {appKey: []}]`: anonymous allowed, the key sent when there is one.
    let request = only(&server, "/optional").await;
    assert_eq!(header(&request, "x-app-key").as_deref(), Some("app-k"));
    // Only unhonourable alternatives (mutual TLS, an undefined scheme): nothing sent.
    assert_no_credentials(&only(&server, "/unhonoured").await, &["tenant"], &["x-app-key"]);
    assert_hides("Debug of the client", &format!("{client:?}"), &["user-tok", "app-k", "tenant-k"]);
}

#[tokio::test]
async fn alternatives_fall_back_to_the_configured_one_and_and_needs_all() {
    let server = mixed_server().await;
    let client = mixed(&server).app_key("app-k").build().unwrap();
    client.by_default().await.unwrap();
    client.either().await.unwrap();
    client.both().await.unwrap();
    client.optional().await.unwrap();
    // The default needs the bearer token, not given: nothing sent.
    assert_no_credentials(&only(&server, "/default").await, &["tenant"], &["x-app-key"]);
    // The second alternative is the one configured.
    let request = only(&server, "/either").await;
    assert_eq!(header(&request, "x-app-key").as_deref(), Some("app-k"));
    assert_eq!(header(&request, "authorization"), None);
    // Half of an AND is not sent.
    assert_no_credentials(&only(&server, "/both").await, &["tenant"], &["x-app-key"]);
    assert_eq!(header(&only(&server, "/optional").await, "x-app-key").as_deref(), Some("app-k"));

    let server = mixed_server().await;
    let client = mixed(&server).build().unwrap();
    client.optional().await.unwrap();
    assert_no_credentials(&only(&server, "/optional").await, &["tenant"], &["x-app-key"]);
}

// ---------------------------------------------------------------------------------------------
// OAuth2 client credentials

const CLIENT_ID: &str = "my client";
const CLIENT_SECRET: &str = "s3cr:t/+";
/// base64(form("my client") + ":" + form("s3cr:t/+")) = base64("my+client:s3cr%3At%2F%2B")
const CLIENT_BASIC: &str = "Basic bXkrY2xpZW50OnMzY3IlM0F0JTJGJTJC";

/// A token endpoint handing out `token-1`, `token-2`... and counting its requests.
struct Tokens {
    issued: Arc<AtomicUsize>,
    expires_in: Option<u64>,
    delay: Duration,
}

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let mut body = json!({ "access_token": format!("token-{n}"), "token_type": "Bearer" });
        if let Some(seconds) = self.expires_in {
            body["expires_in"] = json!(seconds);
        }
        ResponseTemplate::new(200).set_body_json(body).set_delay(self.delay)
    }
}

async fn token_endpoint(server: &MockServer, expires_in: Option<u64>, delay: Duration) -> Arc<AtomicUsize> {
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(Tokens { issued: issued.clone(), expires_in, delay })
        .mount(server)
        .await;
    issued
}

fn oauth(server: &MockServer) -> auth_oauth2::Client {
    auth_oauth2::Client::builder()
        .base_url(server.uri())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .token_url(format!("{}/oauth/token", server.uri()))
        .build()
        .unwrap()
}

fn bearer_of(request: &Request) -> Option<String> {
    header(request, "authorization").and_then(|value| value.strip_prefix("Bearer ").map(str::to_owned))
}

#[tokio::test]
async fn the_token_is_requested_once_as_rfc_6749_says_and_cached() {
    let server = live::server().await;
    let issued = token_endpoint(&server, Some(3600), Duration::ZERO).await;
    ok(&server, "GET", "/reports", json!(["r1"])).await;
    Mock::given(method("GET")).and(path("/status")).respond_with(ResponseTemplate::new(200)).mount(&server).await;
    let client = oauth(&server);
    assert_eq!(client.list_reports().await.unwrap(), ["r1"]);
    client.list_reports().await.unwrap();
    client.clone().list_reports().await.unwrap();
    client.status().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1, "one token for every call and clone");
    let token_request = &received_on(&server, "/oauth/token").await[0];
    assert_eq!(header(token_request, "authorization").as_deref(), Some(CLIENT_BASIC));
    assert_eq!(header(token_request, "content-type").as_deref(), Some("application/x-www-form-urlencoded"));
    let form: Vec<(String, String)> = url_form(&token_request.body);
    assert_eq!(
        form,
        [("grant_type".to_owned(), "client_credentials".to_owned()), ("scope".to_owned(), "reports:read reports:write".to_owned())]
    );
    for request in received_on(&server, "/reports").await {
        assert_eq!(bearer_of(&request).as_deref(), Some("token-1"));
    }
    // No security requirement: neither a token nor the client's secret.
    assert_no_credentials(&received_on(&server, "/status").await[0], &[], &[]);
}

fn url_form(body: &[u8]) -> Vec<(String, String)> {
    reqwest::Url::parse(&format!("http://x/?{}", String::from_utf8_lossy(body)))
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[tokio::test]
async fn the_token_is_renewed_shortly_before_it_expires() {
    let server = live::server().await;
    // Renewal starts at most half a lifetime early: after 0.5 s here.
    let issued = token_endpoint(&server, Some(1), Duration::ZERO).await;
    ok(&server, "GET", "/reports", json!([])).await;
    let client = oauth(&server);
    client.list_reports().await.unwrap();
    client.list_reports().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(700)).await;
    client.list_reports().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 2);
    let tokens: Vec<Option<String>> = received_on(&server, "/reports").await.iter().map(bearer_of).collect();
    assert_eq!(tokens, [Some("token-1".into()), Some("token-1".into()), Some("token-2".into())]);
}

#[tokio::test]
async fn a_401_renews_the_token_once_and_retries() {
    let server = live::server().await;
    let issued = token_endpoint(&server, None, Duration::ZERO).await;
    Mock::given(method("GET"))
        .and(path("/reports"))
        .and(has_header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/reports"))
        .and(has_header("authorization", "Bearer token-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!(["fresh"])))
        .mount(&server)
        .await;
    let client = oauth(&server);
    assert_eq!(client.list_reports().await.unwrap(), ["fresh"]);
    assert_eq!(issued.load(Ordering::SeqCst), 2);
    assert_eq!(received_on(&server, "/reports").await.len(), 2);
    // The new token is kept.
    client.list_reports().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_lasting_401_is_renewed_once_then_returned() {
    let server = live::server().await;
    let issued = token_endpoint(&server, None, Duration::ZERO).await;
    Mock::given(method("GET")).and(path("/reports")).respond_with(ResponseTemplate::new(401)).mount(&server).await;
    let client = oauth(&server);
    let error = client.list_reports().await.unwrap_err();
    assert!(matches!(error, auth_oauth2::Error::Unauthorized { .. }), "{error:?}");
    assert_eq!(issued.load(Ordering::SeqCst), 2, "the first token, one renewal");
    assert_eq!(received_on(&server, "/reports").await.len(), 2, "the call, one retry");
    assert_hides("the error", &format!("{error} {error:?}"), &["token-1", "token-2", CLIENT_SECRET, "s3cr"]);
}

#[tokio::test]
async fn concurrent_calls_share_one_token_request() {
    let server = live::server().await;
    let issued = token_endpoint(&server, Some(3600), Duration::from_millis(300)).await;
    ok(&server, "GET", "/reports", json!([])).await;
    let client = oauth(&server);
    let calls = (0..12).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_reports().await.map(|_| ()) })
    });
    for call in futures::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    let requests = received_on(&server, "/reports").await;
    assert_eq!(requests.len(), 12);
    assert!(requests.iter().all(|r| bearer_of(r).as_deref() == Some("token-1")));
}

#[tokio::test]
async fn secrets_and_tokens_never_show_in_debug_or_errors() {
    let server = live::server().await;
    token_endpoint(&server, Some(3600), Duration::ZERO).await;
    ok(&server, "GET", "/reports", json!([])).await;
    let builder = auth_oauth2::Client::builder()
        .base_url(server.uri())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .token_url(format!("{}/oauth/token", server.uri()));
    assert_hides("Debug of the builder", &format!("{builder:?}"), &[CLIENT_SECRET, "s3cr", CLIENT_ID]);
    let client = builder.build().unwrap();
    client.list_reports().await.unwrap();
    let shown = format!("{client:?}");
    assert_hides("Debug of the client", &shown, &[CLIENT_SECRET, "s3cr", CLIENT_ID, "token-1", CLIENT_BASIC]);
    assert!(shown.contains("<redacted>"), "{shown}");

    // The token endpoint refuses the client: the error says so, without the secret.
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({ "error": "invalid_client", "error_description": "s3cr:t/+ is wrong" })))
        .mount(&server)
        .await;
    let error = oauth(&server).list_reports().await.unwrap_err();
    let text = format!("{error} / {error:?}");
    assert!(text.contains("HTTP 401") && text.contains("invalid_client"), "{text}");
    assert_hides("the error", &text, &[CLIENT_SECRET, "s3cr", CLIENT_BASIC]);
    assert!(received_on(&server, "/reports").await.is_empty(), "no API call without a token");
}

#[tokio::test]
async fn the_secret_never_follows_a_redirect_from_the_token_endpoint() {
    let server = live::server().await;
    let elsewhere = live::server().await;
    token_endpoint(&elsewhere, Some(3600), Duration::ZERO).await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(307).insert_header("location", format!("{}/oauth/token", elsewhere.uri())))
        .mount(&server)
        .await;
    let error = oauth(&server).list_reports().await.unwrap_err();
    assert!(format!("{error}").contains("HTTP 307"), "{error}");
    assert!(received(&elsewhere).await.is_empty(), "the other origin got a request");
}

#[tokio::test]
async fn the_documents_token_url_must_be_https_and_a_relative_one_follows_the_base_url() {
    // The document's token URL is https://auth.example.com/...: an override to plain http off
    // loopback is refused before anything is sent.
    let server = live::server().await;
    ok(&server, "GET", "/reports", json!([])).await;
    let client = auth_oauth2::Client::builder()
        .base_url(server.uri())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .token_url("http://auth.example.com/oauth/token")
        .build()
        .unwrap();
    let error = client.list_reports().await.unwrap_err();
    assert!(format!("{error}").contains("https"), "{error}");
    // A path is relative to the base URL.
    let issued = token_endpoint(&server, Some(3600), Duration::ZERO).await;
    let client = auth_oauth2::Client::builder()
        .base_url(server.uri())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .token_url("/oauth/token")
        .build()
        .unwrap();
    client.list_reports().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}
