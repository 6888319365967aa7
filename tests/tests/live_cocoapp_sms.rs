//! The generated `cocoapp-sms` crate against a real HTTP server on loopback: its one operation
//! (`POST /messages`) with the Bearer key and JSON:API headers, JSON:API `errors[]` bodies, no
//! retry of the POST by default, redirects and redaction.

mod live;

use cocoapp_sms::{
    Client, Error, MessageCreateDocument, MessageType, NewMessage, NewMessageAttributes,
    RetryPolicy,
};
use live::{assert_hides, fast_retry, header, received};
use serde_json::json;
use wiremock::matchers::{body_json, header as header_is, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "sms-secret-token-abcdef";
const JSON_API: &str = "application/vnd.api+json";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(fast_retry!(cocoapp_sms))
        .build()
        .expect("client")
}

fn message() -> MessageCreateDocument {
    MessageCreateDocument::new(NewMessage::new(
        MessageType::Messages,
        NewMessageAttributes::new("33612345678", "Bonjour"),
    ))
}

fn created() -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_raw(
        json!({ "data": { "type": "messages", "id": "m-1", "attributes": { "to": "33612345678", "status": "queued" } } })
            .to_string(),
        JSON_API,
    )
}

#[tokio::test]
async fn a_message_is_posted_with_the_bearer_key_and_json_api_headers() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/messages"))
        .and(header_is("authorization", "Bearer sms-secret-token-abcdef"))
        .and(header_is("accept", JSON_API))
        .and(header_is("content-type", JSON_API))
        .and(body_json(json!({
            "data": { "type": "messages", "attributes": { "to": "33612345678", "content": "Bonjour" } }
        })))
        .respond_with(created())
        .expect(1)
        .mount(&server)
        .await;
    let sent = client(&server).send_message(message()).await.unwrap();
    assert_eq!(sent.data.id, "m-1");
    let attributes = sent.data.attributes.unwrap();
    assert_eq!(attributes.to.as_deref(), Some("33612345678"));
    // Undocumented attributes are kept.
    assert_eq!(attributes.additional_properties["status"], "queued");
    let requests = received(&server).await;
    assert_eq!(
        header(&requests[0], "user-agent").as_deref(),
        Some(cocoapp_sms::USER_AGENT)
    );
}

#[tokio::test]
async fn json_api_errors_are_decoded() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(422).set_body_raw(
                json!({ "errors": [{
                "status": "422", "title": "Invalid attribute", "detail": "to is not a phone number",
                "source": { "pointer": "/data/attributes/to" }
            }] })
                .to_string(),
                JSON_API,
            ),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_raw(
            json!({ "errors": [{ "status": "401", "title": "Unauthenticated" }] }).to_string(),
            JSON_API,
        ))
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.send_message(message()).await.unwrap_err();
    match &error {
        Error::Api { status, body, .. } => {
            assert_eq!(status.as_u16(), 422);
            let pointer = body.errors[0]
                .source
                .as_ref()
                .and_then(|s| s.pointer.as_deref());
            assert_eq!(pointer, Some("/data/attributes/to"));
        }
        other => panic!("expected Api, got {other:?}"),
    }
    let error = client.send_message(message()).await.unwrap_err();
    assert!(error.is_auth());
    assert_eq!(
        error.api_body().unwrap().errors[0].title.as_deref(),
        Some("Unauthenticated")
    );
    assert_hides("401 error", &format!("{error:?} {error}"), &[TOKEN]);
}

#[tokio::test]
async fn the_post_is_not_retried_unless_the_policy_says_so() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server).send_message(message()).await.unwrap_err();
    assert!(error.is_rate_limited(), "{error:?}");
    drop(server);

    let server = live::server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(created())
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(RetryPolicy {
            retry_non_idempotent: true,
            ..fast_retry!(cocoapp_sms)
        })
        .build()
        .unwrap();
    assert_eq!(
        client.send_message(message()).await.unwrap().data.id,
        "m-1"
    );
    let requests = received(&server).await;
    assert_eq!(requests[0].body, requests[1].body);
    for request in &requests {
        assert_eq!(
            header(request, "authorization").as_deref(),
            Some("Bearer sms-secret-token-abcdef")
        );
    }
}

#[tokio::test]
async fn a_cross_origin_redirect_carries_no_token() {
    let elsewhere = live::server().await;
    Mock::given(method("POST"))
        .respond_with(created())
        .mount(&elsewhere)
        .await;
    Mock::given(method("GET"))
        .respond_with(created())
        .mount(&elsewhere)
        .await;
    let server = live::server().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("Location", format!("{}/messages", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    let error = client(&server).send_message(message()).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin was contacted"
    );
}

#[tokio::test]
async fn debug_never_shows_the_token() {
    let builder = Client::builder().bearer_token(TOKEN);
    assert_hides("ClientBuilder Debug", &format!("{builder:?}"), &[TOKEN]);
    let client = builder.build().unwrap();
    assert_eq!(client.base_url(), cocoapp_sms::DEFAULT_SERVER);
    assert_hides("Client Debug", &format!("{client:?} {client:#?}"), &[TOKEN]);
}
