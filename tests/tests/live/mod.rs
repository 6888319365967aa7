//! Helpers shared by the live-server tests (`tests/tests/live_*.rs`): each of them drives one
//! generated client crate against a real HTTP server on loopback (wiremock) and asserts on the
//! requests that server received.
#![allow(dead_code)] // Each test crate uses a different part of this module.

use std::time::Duration;

use wiremock::{MockServer, Request};

/// A wiremock server of its own (not taken from wiremock's shared pool), so that nothing another
/// test left behind can be seen in its recorded requests.
pub async fn server() -> MockServer {
    MockServer::builder().start().await
}

/// Every request the server received, in order.
pub async fn received(server: &MockServer) -> Vec<Request> {
    server
        .received_requests()
        .await
        .expect("request recording is on")
}

/// The requests the server received for one path, in order.
pub async fn received_on(server: &MockServer, path: &str) -> Vec<Request> {
    received(server)
        .await
        .into_iter()
        .filter(|request| request.url.path() == path)
        .collect()
}

/// The one value of a request header (panics when it was sent more than once), as text.
pub fn header(request: &Request, name: &str) -> Option<String> {
    let mut values = request.headers.get_all(name).iter();
    let value = values
        .next()
        .map(|value| value.to_str().expect("ASCII header").to_owned());
    assert!(
        values.next().is_none(),
        "header `{name}` sent more than once to {}",
        request.url.path()
    );
    value
}

/// The query of a request, form-urldecoded, in order.
pub fn query(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// The values of one query parameter.
pub fn query_values(request: &Request, name: &str) -> Vec<String> {
    query(request)
        .into_iter()
        .filter(|(n, _)| n == name)
        .map(|(_, value)| value)
        .collect()
}

/// The one value of a query parameter (panics when it is missing or repeated).
pub fn query_value(request: &Request, name: &str) -> String {
    let values = query_values(request, name);
    assert_eq!(
        values.len(),
        1,
        "query parameter `{name}` of {}: {values:?}",
        request.url
    );
    values.into_iter().next().unwrap()
}

/// An integer query parameter, or `default` when the request has none (pagers omit the first
/// page's number).
pub fn query_int<T: std::str::FromStr>(request: &Request, name: &str, default: T) -> T
where
    T::Err: std::fmt::Debug,
{
    match query_values(request, name).first() {
        Some(value) => value.parse().unwrap(),
        None => default,
    }
}

/// The request body as JSON.
pub fn json_body(request: &Request) -> serde_json::Value {
    serde_json::from_slice(&request.body).expect("a JSON request body")
}

/// Retries that wait little, for tests where waiting is not the point.
#[allow(unused_macros)] // Not every live test retries.
macro_rules! fast_retry {
    ($krate:ident) => {
        $krate::RetryPolicy {
            max_attempts: 3,
            max_elapsed: std::time::Duration::from_secs(5),
            initial_backoff: std::time::Duration::from_millis(5),
            max_backoff: std::time::Duration::from_millis(20),
            retry_non_idempotent: false,
        }
    };
}
#[allow(unused_imports)]
pub(crate) use fast_retry;

/// Panics when `text` (a `Debug` or `Display` rendering) shows any of the secrets.
#[track_caller]
pub fn assert_hides(what: &str, text: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(
            !text.contains(secret),
            "{what} shows the secret `{secret}`: {text}"
        );
    }
}

/// A delay longer than any client timeout the tests set, short enough to keep tests quick.
pub const SLOW: Duration = Duration::from_millis(1_000);
/// The client timeout the timeout tests set.
pub const SHORT_TIMEOUT: Duration = Duration::from_millis(200);
