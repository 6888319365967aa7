//! The generated `faire-simple` crate against a real HTTP server on loopback: the `key` query
//! parameter and HTTP Basic credentials on every request, untyped error statuses, retries,
//! redirects and redaction (the key travels in the URL, so no error may show a URL).

mod live;

use faire_simple::{Client, Error, RetryPolicy, Semester, StatusAction, StatusRequest};
use live::{assert_hides, fast_retry, header, query, query_value, received};
use serde_json::json;
use wiremock::matchers::{basic_auth, body_json, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const KEY: &str = "6bb16ea35b02a9cbeec697d2e81bfd7d";
const USER: &str = "partner-login";
const PASSWORD: &str = "p@ss w0rd!";
/// base64("partner-login:p@ss w0rd!")
const BASIC: &str = "Basic cGFydG5lci1sb2dpbjpwQHNzIHcwcmQh";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .api_key(KEY)
        .basic_auth(USER, PASSWORD)
        .retry(fast_retry!(faire_simple))
        .build()
        .expect("client")
}

#[track_caller]
fn assert_auth(request: &Request) {
    let what = format!("{} {}", request.method, request.url.path());
    assert_eq!(query_value(request, "key"), KEY, "{what}");
    assert_eq!(
        header(request, "authorization").as_deref(),
        Some(BASIC),
        "{what}"
    );
    assert_eq!(
        header(request, "user-agent").as_deref(),
        Some(faire_simple::USER_AGENT),
        "{what}"
    );
}

#[tokio::test]
async fn every_request_carries_the_key_and_basic_credentials() {
    let server = live::server().await;
    let key = || query_param("key", KEY);
    let basic = || basic_auth(USER, PASSWORD);
    Mock::given(method("POST"))
        .and(path("/users/u-42/statut"))
        .and(key())
        .and(basic())
        .and(body_json(json!({ "action": 1 })))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users/u-42"))
        .and(key())
        .and(basic())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({ "uid": "u-42", "nom": "Mairie" })),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users"))
        .and(key())
        .and(basic())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!([{ "uid": "a" }, { "uid": "b" }])),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/actualisation/semestre"))
        .and(key())
        .and(basic())
        .and(query_param("annee", "2016"))
        .and(query_param("semestre", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "total": 3 })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let status = StatusRequest::new(StatusAction::Subscribe);
    client.set_partner_status("u-42", status).await.unwrap();
    let partner = client.get_partner("u-42").await.unwrap();
    assert_eq!(partner["nom"], "Mairie");
    assert_eq!(client.list_partners().await.unwrap().len(), 2);
    let refresh = client
        .get_semester_refresh(2016, Semester::Second)
        .await
        .unwrap();
    assert_eq!(refresh["total"], 3);

    let requests = received(&server).await;
    assert_eq!(requests.len(), 4);
    requests.iter().for_each(assert_auth);
    assert_eq!(
        header(&requests[0], "content-type").as_deref(),
        Some("application/json")
    );
    // The key is sent once, next to the operation's own parameters.
    let names: Vec<String> = query(&requests[3])
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(names, ["annee", "semestre", "key"]);
}

#[tokio::test]
async fn a_path_parameter_cannot_reach_another_path_or_inject_a_query() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let client = client(&server);
    client.get_partner("a/b?key=stolen#x").await.unwrap();
    let requests = received(&server).await;
    assert_eq!(requests[0].url.path(), "/users/a%2Fb%3Fkey%3Dstolen%23x");
    assert_auth(&requests[0]);
    let error = client.get_partner("..").await.unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn undocumented_statuses_keep_their_raw_body() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/users/nobody"))
        .respond_with(ResponseTemplate::new(404).set_body_string("Utilisateur inconnu"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users/locked"))
        .respond_with(
            ResponseTemplate::new(401)
                .insert_header("WWW-Authenticate", "Basic realm=\"faire-simple\"")
                .set_body_string("Bad credentials"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!([{ "uid": "a" }, "not an object"])),
        )
        .mount(&server)
        .await;
    let client = client(&server);

    let error = client.get_partner("nobody").await.unwrap_err();
    match &error {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(status.as_u16(), 404);
            assert_eq!(&body[..], b"Utilisateur inconnu");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "unexpected HTTP status 404 Not Found: Utilisateur inconnu"
    );

    let error = client.get_partner("locked").await.unwrap_err();
    assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
    assert!(error.is_auth());
    assert_hides(
        "401 error",
        &format!("{error:?} {error}"),
        &[KEY, PASSWORD, BASIC],
    );

    let error = client.list_partners().await.unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "[1]"),
        "{error:?}"
    );
}

#[tokio::test]
async fn retries_follow_the_policy_for_this_api_too() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/thematiques"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/thematiques"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{ "id": 1 }])))
        .expect(1)
        .mount(&server)
        .await;
    // The status flow is a POST: not retried.
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    assert_eq!(client.list_themes().await.unwrap().len(), 1);
    let status = StatusRequest::new(StatusAction::Unsubscribe);
    let error = client.set_partner_status("u-1", status).await.unwrap_err();
    assert!(matches!(error, Error::RateLimited { retry_after: Some(wait), .. } if wait.is_zero()));
    let requests = received(&server).await;
    requests.iter().for_each(assert_auth);
    assert_eq!(live::json_body(&requests[3]), json!({ "action": 0 }));
    assert_eq!(RetryPolicy::none().max_attempts, 1);
}

#[tokio::test]
async fn a_cross_origin_redirect_carries_neither_key_nor_credentials() {
    let elsewhere = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&elsewhere)
        .await;
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/users/u-1"))
        .respond_with(
            ResponseTemplate::new(301)
                .insert_header("Location", format!("{}/users/u-1", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    // `localhost` is another origin than `127.0.0.1`, even on the same port.
    let port = server.address().port();
    Mock::given(method("GET"))
        .and(path("/users/u-2"))
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("Location", format!("http://localhost:{port}/users/u-3")),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.get_partner("u-1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(301));
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin was contacted"
    );
    let error = client.get_partner("u-2").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(302));
    let requests = received(&server).await;
    assert_eq!(requests.len(), 2, "the localhost redirect was followed");
    requests.iter().for_each(assert_auth);
}

#[tokio::test]
async fn debug_and_errors_never_show_the_key_or_the_credentials() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({}))
                .set_delay(live::SLOW),
        )
        .mount(&server)
        .await;
    let secrets = [KEY, PASSWORD, BASIC, "cGFydG5lci1sb2dpbjpwQHNzIHcwcmQh"];
    let builder = Client::builder()
        .base_url(server.uri())
        .api_key(KEY)
        .basic_auth(USER, PASSWORD)
        .timeout(live::SHORT_TIMEOUT);
    assert_hides(
        "ClientBuilder Debug",
        &format!("{builder:?} {builder:#?}"),
        &secrets,
    );
    let client = builder.build().unwrap();
    assert_hides("Client Debug", &format!("{client:?} {client:#?}"), &secrets);
    let error = client.get_partner("u-1").await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    let mut text = format!("{error:?} {error}");
    let mut source = std::error::Error::source(&error);
    while let Some(inner) = source {
        text.push_str(&format!(" {inner} {inner:?}"));
        source = inner.source();
    }
    assert_hides("timeout error and its sources", &text, &secrets);

    // Connecting nowhere: a transport error, without the URL and its key either.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .api_key(KEY)
        .basic_auth(USER, PASSWORD)
        .build()
        .unwrap();
    let error = client.list_partners().await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(error.to_string().contains("could not connect"), "{error}");
    assert_hides("transport error", &format!("{error:?} {error}"), &secrets);
}
