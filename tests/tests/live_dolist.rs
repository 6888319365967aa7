//! The generated `dolist` crate against a real HTTP server on loopback: the `X-API-Key` header,
//! the `AccountID` query parameter and the client's `Accept-Language` on every call,
//! `offset`/`limit` pagination over `{Count, Total, ItemList}`, ServiceStack `ResponseStatus`
//! error bodies, retries, redirects and redaction.

mod live;

use dolist::{
    Client, ContactField, ContactFields, Error, Language, ListApplicationsParams,
    ListCampaignsParams, UpsertContactRequest,
};
use futures::StreamExt;
use live::{assert_hides, fast_retry, header, query, query_value, query_values, received};
use serde_json::{json, Value};
use wiremock::matchers::{header as header_is, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const API_KEY: &str = "dolist-api-key-0123456789abcdef";
const ACCOUNT: u32 = 987_654;

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .api_key(API_KEY)
        .account_id(ACCOUNT)
        .language(Language::FrFr)
        .retry(fast_retry!(dolist))
        .build()
        .expect("client")
}

/// Asserts the credentials and language every Dolist request must carry.
#[track_caller]
fn assert_auth(request: &Request) {
    let what = format!("{} {}", request.method, request.url);
    assert_eq!(
        header(request, "x-api-key").as_deref(),
        Some(API_KEY),
        "{what}"
    );
    assert_eq!(query_value(request, "AccountID"), "987654", "{what}");
    assert_eq!(
        header(request, "accept-language").as_deref(),
        Some("fr-FR"),
        "{what}"
    );
    assert_eq!(
        header(request, "accept").as_deref(),
        Some("application/json"),
        "{what}"
    );
    assert_eq!(header(request, "authorization"), None, "{what}");
}

fn campaign(n: i64) -> Value {
    json!({ "ID": n, "Name": format!("Campaign {n}"), "Status": "Draft" })
}

fn offset_of(request: &Request) -> i64 {
    live::query_int(request, "offset", 0)
}

fn limit_of(request: &Request) -> i64 {
    live::query_int(request, "limit", 1_000)
}

/// `total` campaigns (IDs 1..=total), served by `offset`/`limit`.
fn campaigns(total: i64) -> impl Fn(&Request) -> ResponseTemplate {
    move |request: &Request| {
        let (offset, limit) = (offset_of(request), limit_of(request));
        let items: Vec<Value> = (offset + 1..=(offset + limit).min(total))
            .map(campaign)
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({
            "Count": items.len(), "Total": total, "ItemList": items
        }))
    }
}

fn response_status(code: &str, message: &str) -> Value {
    json!({ "ResponseStatus": {
        "ErrorCode": code,
        "Message": message,
        "Errors": [{ "ErrorCode": "NotEmpty", "FieldName": "Name", "Message": "'Name' must not be empty." }]
    } })
}

#[tokio::test]
async fn every_call_carries_the_key_the_account_and_the_language() {
    let server = live::server().await;
    let key = || header_is("x-api-key", API_KEY);
    let account = || query_param("AccountID", "987654");
    Mock::given(method("GET"))
        .and(path("/applications"))
        .and(key())
        .and(account())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Count": 1, "Total": 1, "ItemList": [{ "ID": 3, "Name": "Main" }]
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts"))
        .and(key())
        .and(account())
        .and(header_is("content-type", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "ID": 555 })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/contacts/555"))
        .and(key())
        .and(account())
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/campaigns/12"))
        .and(key())
        .and(account())
        .respond_with(ResponseTemplate::new(200).set_body_json(campaign(12)))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let apps = client
        .list_applications(&ListApplicationsParams::default())
        .await
        .unwrap();
    assert_eq!((apps.count, apps.total, apps.item_list[0].id), (1, 1, 3));
    let body = UpsertContactRequest::new(ContactFields::new(vec![
        ContactField::new(7).with_value("jean@example.org".into())
    ]));
    assert_eq!(client.upsert_contact(&body).await.unwrap().id, 555);
    client.delete_contact(555).await.unwrap();
    assert_eq!(
        client.get_campaign(12).await.unwrap().name.as_deref(),
        Some("Campaign 12")
    );

    let requests = received(&server).await;
    assert_eq!(requests.len(), 4);
    for request in &requests {
        assert_auth(request);
        // The account id is the only default query parameter.
        assert_eq!(
            query(request),
            [("AccountID".to_owned(), "987654".to_owned())]
        );
    }
    assert_eq!(
        live::json_body(&requests[1]),
        json!({ "Contact": { "FieldList": [{ "ID": 7, "Value": "jean@example.org" }] } })
    );
}

#[tokio::test]
async fn without_a_language_no_accept_language_is_sent() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(campaign(1)))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .api_key(API_KEY)
        .account_id(ACCOUNT)
        .language(Language::EsEs)
        .language(Language::EnUs) // the last one wins
        .build()
        .unwrap();
    client.get_campaign(1).await.unwrap();
    let plain = Client::builder()
        .base_url(server.uri())
        .api_key(API_KEY)
        .build()
        .unwrap();
    plain.get_campaign(1).await.unwrap();
    let requests = received(&server).await;
    assert_eq!(
        header(&requests[0], "accept-language").as_deref(),
        Some("en-US")
    );
    assert_eq!(header(&requests[1], "accept-language"), None);
    assert!(query_values(&requests[1], "AccountID").is_empty());
    assert_eq!(Language::FrFr.to_string(), "fr-FR");
}

// ----------------------------------------------------------------------------------------------
// Pagination (`offset`/`limit`, `{Count, Total, ItemList}`)

#[tokio::test]
async fn pages_follow_offset_and_total_across_three_pages() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(campaigns(6))
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);
    let params = ListCampaignsParams::new().with_limit(2);
    let ids: Vec<i32> = client
        .list_campaigns_stream(params)
        .map(|c| c.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
    let requests = received(&server).await;
    let offsets: Vec<Vec<String>> = requests.iter().map(|r| query_values(r, "offset")).collect();
    // The first page is asked for without an offset (the server's default: 0).
    assert_eq!(
        offsets,
        [vec![], vec!["2".to_owned()], vec!["4".to_owned()]]
    );
    for request in &requests {
        assert_auth(request);
        assert_eq!(query_value(request, "limit"), "2");
    }
}

#[tokio::test]
async fn a_short_page_an_empty_page_and_a_repeated_page_end_the_stream() {
    // Short: 3 asked for, 1 received, though `Total` claims 10.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(|request: &Request| {
            let items: Vec<Value> = match offset_of(request) {
                0 => (1..=3).map(campaign).collect(),
                _ => vec![campaign(4)],
            };
            ResponseTemplate::new(200)
                .set_body_json(json!({ "Count": items.len(), "Total": 10, "ItemList": items }))
        })
        .expect(2)
        .mount(&server)
        .await;
    let params = ListCampaignsParams::new().with_limit(3);
    let items = client(&server)
        .list_campaigns_all(params, 100)
        .await
        .unwrap();
    assert_eq!(items.len(), 4);
    drop(server);

    // Empty: no limit asked, page 2 empty though `Total` claims more.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(|request: &Request| {
            let items: Vec<Value> = match offset_of(request) {
                0 => (1..=2).map(campaign).collect(),
                _ => vec![],
            };
            ResponseTemplate::new(200)
                .set_body_json(json!({ "Count": items.len(), "Total": 10, "ItemList": items }))
        })
        .expect(2)
        .mount(&server)
        .await;
    let items = client(&server)
        .list_campaigns_all(ListCampaignsParams::default(), 100)
        .await
        .unwrap();
    assert_eq!(items.len(), 2);
    drop(server);

    // Looping: the server ignores `offset`.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Count": 2, "Total": 100, "ItemList": [campaign(1), campaign(2)]
        })))
        .expect(2)
        .mount(&server)
        .await;
    let params = ListCampaignsParams::new().with_limit(2);
    let result = client(&server).list_campaigns_all(params, 1_000).await;
    assert!(
        matches!(result, Err(Error::InvalidResponse(_))),
        "{result:?}"
    );
}

#[tokio::test]
async fn all_stops_at_the_cap_without_fetching_further() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(campaigns(100))
        .expect(2)
        .mount(&server)
        .await;
    let params = ListCampaignsParams::new().with_offset(10).with_limit(5);
    let items = client(&server).list_campaigns_all(params, 7).await.unwrap();
    assert_eq!(
        items.iter().map(|c| c.id).collect::<Vec<_>>(),
        (11..=17).collect::<Vec<_>>()
    );
    let offsets: Vec<String> = received(&server)
        .await
        .iter()
        .map(|r| query_value(r, "offset"))
        .collect();
    assert_eq!(offsets, ["10", "15"]);
}

// ----------------------------------------------------------------------------------------------
// Errors and retries

#[tokio::test]
async fn response_status_bodies_are_decoded_for_400_and_403() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns/1"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_json(response_status("ValidationException", "Validation failed")),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/campaigns/2"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "ResponseStatus": { "ErrorCode": "Forbidden", "Message": "Unauthorized request blocked." }
        })))
        .mount(&server)
        .await;
    let client = client(&server);

    let error = client.get_campaign(1).await.unwrap_err();
    match &error {
        Error::Api { status, body, .. } => {
            assert_eq!(status.as_u16(), 400);
            let status = &body.response_status;
            assert_eq!(status.error_code, "ValidationException");
            assert_eq!(status.message.as_deref(), Some("Validation failed"));
            let field = &status.errors.as_ref().unwrap()[0];
            assert_eq!(field.field_name.as_deref(), Some("Name"));
            assert_eq!(field.error_code, "NotEmpty");
        }
        other => panic!("expected Api, got {other:?}"),
    }
    assert!(!error.is_auth());

    let error = client.get_campaign(2).await.unwrap_err();
    assert!(error.is_auth(), "{error:?}");
    let body = error.api_body().unwrap();
    assert_eq!(
        body.response_status.message.as_deref(),
        Some("Unauthorized request blocked.")
    );
    assert_hides("403 error", &format!("{error:?} {error}"), &[API_KEY]);
}

#[tokio::test]
async fn a_503_is_retried_then_decoded_and_a_429_then_succeeds() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns/1"))
        .respond_with(
            ResponseTemplate::new(503)
                .set_body_json(response_status("ServiceUnavailable", "Maintenance")),
        )
        .expect(3)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/campaigns/2"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/campaigns/2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(campaign(2)))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.get_campaign(1).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        error.api_body().unwrap().response_status.error_code,
        "ServiceUnavailable"
    );
    assert_eq!(client.get_campaign(2).await.unwrap().id, 2);
    received(&server).await.iter().for_each(assert_auth);
}

#[tokio::test]
async fn a_post_is_not_retried_by_default() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_json(response_status("Busy", "Busy")))
        .expect(1)
        .mount(&server)
        .await;
    let body = UpsertContactRequest::new(ContactFields::new(vec![]));
    let error = client(&server).upsert_contact(&body).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn a_field_of_the_wrong_type_gives_a_decode_error_naming_it() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Count": 2, "Total": 2, "ItemList": [campaign(1), { "ID": "two" }]
        })))
        .mount(&server)
        .await;
    let error = client(&server)
        .list_campaigns(&ListCampaignsParams::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "ItemList[1].ID"),
        "{error:?}"
    );
    assert!(error.to_string().contains("ItemList[1].ID"));
}

// ----------------------------------------------------------------------------------------------
// Redirects and redaction

#[tokio::test]
async fn a_cross_origin_redirect_carries_no_api_key() {
    let elsewhere = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(campaign(1)))
        .mount(&elsewhere)
        .await;
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns/1"))
        .respond_with(ResponseTemplate::new(302).insert_header(
            "Location",
            format!("{}/campaigns/1?AccountID=987654", elsewhere.uri()),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/campaigns/2"))
        .respond_with(
            ResponseTemplate::new(308)
                .insert_header("Location", "/v2/campaigns/2?AccountID=987654"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/campaigns/2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(campaign(2)))
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.get_campaign(1).await.unwrap_err();
    assert!(
        matches!(&error, Error::UnexpectedStatus { status, .. } if status.as_u16() == 302),
        "{error:?}"
    );
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin was contacted"
    );

    // Same origin: followed, with the key and the language.
    assert_eq!(client.get_campaign(2).await.unwrap().id, 2);
    let followed = live::received_on(&server, "/v2/campaigns/2").await;
    assert_eq!(followed.len(), 1);
    assert_auth(&followed[0]);
}

#[tokio::test]
async fn debug_and_errors_never_show_the_api_key_or_the_account() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(campaign(1))
                .set_delay(live::SLOW),
        )
        .mount(&server)
        .await;
    let secrets = [API_KEY, "987654"];
    let builder = Client::builder()
        .base_url(server.uri())
        .api_key(API_KEY)
        .account_id(ACCOUNT)
        .timeout(live::SHORT_TIMEOUT);
    let debug = format!("{builder:?}");
    assert!(
        debug.contains("x-api-key") && debug.contains("AccountID"),
        "{debug}"
    );
    assert_hides("ClientBuilder Debug", &debug, &secrets);
    let client = builder.build().unwrap();
    assert_hides("Client Debug", &format!("{client:?} {client:#?}"), &secrets);
    // A timeout error carries no URL (whose query holds the account).
    let error = client.get_campaign(1).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_hides("timeout error", &format!("{error:?} {error}"), &secrets);
}
