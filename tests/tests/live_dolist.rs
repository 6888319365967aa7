//! The generated `dolist` crate against a real HTTP server on loopback: the `X-API-Key` header,
//! the `AccountID` query parameter and the client's `Accept-Language` on every call, the request
//! builders (optional parameters as setters, per-call timeout and headers, the whole response or
//! its raw bytes), `offset`/`limit` pagination over `{Count, Total, ItemList}` (GET lists and the
//! POST contact search, whose server caps pages at 50), ServiceStack `ResponseStatus` error
//! bodies, retries, redirects and redaction.

mod live;

use std::time::{Duration, Instant};

use dolist::futures::StreamExt;
use dolist::{
    Client, ContactField, ContactFields, ContactQuery, ContactQueryRequest, Error, Language,
    UpsertContactRequest,
};
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
        .account_id(ACCOUNT.to_string())
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
    let apps = client.list_applications().await.unwrap();
    assert_eq!((apps.count, apps.total, apps.item_list[0].id), (1, 1, 3));
    let body = UpsertContactRequest::new(ContactFields::new(vec![
        ContactField::new(7).with_value("jean@example.org")
    ]));
    assert_eq!(client.upsert_contact(body).await.unwrap().id, 555);
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
        .account_id(ACCOUNT.to_string())
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
// Request builders: optional parameters, per-call options, the whole response, raw bytes

#[tokio::test]
async fn an_optional_parameter_is_sent_only_when_set() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/applications"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Count": 1, "Total": 1, "ItemList": [{ "ID": 3, "Name": "Main" }]
        })))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);
    let limited = client.list_applications().limit(20).await.unwrap();
    assert_eq!(limited.item_list[0].name.as_deref(), Some("Main"));
    client.list_applications().await.unwrap();

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    let pair = |name: &str, value: &str| (name.to_owned(), value.to_owned());
    assert_eq!(
        query(&requests[0]),
        [pair("limit", "20"), pair("AccountID", "987654")]
    );
    assert_eq!(query(&requests[1]), [pair("AccountID", "987654")]);
    assert!(query_values(&requests[1], "limit").is_empty());
    assert!(query_values(&requests[0], "offset").is_empty());
    requests.iter().for_each(assert_auth);
}

#[tokio::test]
async fn a_per_call_timeout_shorter_than_the_clients_applies_to_that_call_only() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns/5"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(campaign(5))
                .set_delay(Duration::from_secs(2)),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .api_key(API_KEY)
        .account_id(ACCOUNT.to_string())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();

    let started = Instant::now();
    let error = client
        .get_campaign(5)
        .timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(error.is_timeout(), "{error:?}");
    assert!(
        elapsed < Duration::from_millis(1_500),
        "the call waited {elapsed:?}, not its own 200 ms"
    );
    assert_eq!(error.to_string(), "the request timed out");

    // The same call under the client's 30 s waits for the slow answer.
    let started = Instant::now();
    let campaign = client.get_campaign(5).await.unwrap();
    assert_eq!(campaign.id, 5);
    assert!(started.elapsed() >= Duration::from_secs(2));
    // A timeout is not retried: one request each.
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test]
async fn a_per_call_header_is_sent_with_that_call_and_an_invalid_one_is_refused() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns/3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(campaign(3)))
        .mount(&server)
        .await;
    let client = client(&server);
    let campaign = client
        .get_campaign(3)
        .header("X-Request-Id", "abc")
        .await
        .unwrap();
    assert_eq!(campaign.id, 3);
    // Over a header of the client's: the call's value, sent once.
    client
        .get_campaign(3)
        .header("Accept-Language", "es-ES")
        .await
        .unwrap();
    client.get_campaign(3).await.unwrap();
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    assert_eq!(header(&requests[0], "x-request-id").as_deref(), Some("abc"));
    assert_eq!(
        header(&requests[0], "accept-language").as_deref(),
        Some("fr-FR")
    );
    assert_eq!(
        header(&requests[1], "accept-language").as_deref(),
        Some("es-ES")
    );
    assert_eq!(header(&requests[1], "x-request-id"), None);
    // The next call has none of them.
    assert_eq!(header(&requests[2], "x-request-id"), None);
    assert_auth(&requests[2]);

    // A value with a newline: refused before anything is sent, without echoing the value.
    let error = client
        .get_campaign(3)
        .header("X-Request-Id", "abc\r\nX-Injected: yes")
        .await
        .unwrap_err();
    match &error {
        Error::InvalidRequest(message) => {
            assert!(
                message.contains("X-Request-Id") || message.contains("x-request-id"),
                "{message}"
            );
            assert_hides("invalid header error", message, &["abc", "X-Injected"]);
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    let error = client
        .get_campaign(3)
        .header("X Request Id", "abc")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert_eq!(
        received(&server).await.len(),
        3,
        "an invalid header was sent"
    );
}

#[tokio::test]
async fn the_whole_response_gives_status_and_rate_limit_headers() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns/12"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(campaign(12))
                .insert_header("X-Rate-Limit-Remaining", "42")
                .insert_header("X-Rate-Limit-Reset", "1767225600000"),
        )
        .expect(1)
        .mount(&server)
        .await;
    // Each page of a list with its own headers (`pages`): the remaining calls go down.
    let pages = campaigns(5);
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(move |request: &Request| {
            let remaining = 100 - offset_of(request);
            pages(request).insert_header("X-Rate-Limit-Remaining", remaining.to_string().as_str())
        })
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);

    let response = client.get_campaign(12).send_with_response().await.unwrap();
    assert_eq!(response.status(), dolist::reqwest::StatusCode::OK);
    let header_text = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
    let remaining: u32 = header_text("x-rate-limit-remaining").parse().unwrap();
    let reset: u64 = header_text("X-Rate-Limit-Reset").parse().unwrap();
    assert_eq!((remaining, reset), (42, 1_767_225_600_000));
    // The body, through `body()` and through `Deref`.
    assert_eq!(response.body().id, 12);
    assert_eq!(response.name.as_deref(), Some("Campaign 12"));
    let (status, headers, body) = response.into_parts();
    assert_eq!(status.as_u16(), 200);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(body.id, 12);

    let mut pages = client.list_campaigns().limit(2).pages();
    let mut seen = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        let remaining = page.headers()["x-rate-limit-remaining"]
            .to_str()
            .unwrap()
            .to_owned();
        let ids: Vec<i32> = page.item_list.iter().map(|c| c.id).collect();
        seen.push((page.status().as_u16(), remaining, page.count, ids));
    }
    assert_eq!(
        seen,
        [
            (200, "100".to_owned(), 2, vec![1, 2]),
            (200, "98".to_owned(), 2, vec![3, 4]),
            (200, "96".to_owned(), 1, vec![5]),
        ]
    );
}

#[tokio::test]
async fn raw_bytes_are_given_where_the_body_does_not_match_the_document() {
    let server = live::server().await;
    // A string where a campaign object is expected.
    let odd: &[u8] = br#""campaign 7 is being archived""#;
    Mock::given(method("GET"))
        .and(path("/campaigns/7"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(odd, "application/json"))
        .expect(2)
        .mount(&server)
        .await;
    let not_found = br#"{"ResponseStatus":{"ErrorCode":"NotFound"}}"#;
    Mock::given(method("GET"))
        .and(path("/campaigns/8"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_raw(&not_found[..], "application/json")
                .insert_header("X-Rate-Limit-Remaining", "7"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let error = client.get_campaign(7).await.unwrap_err();
    match &error {
        Error::Decode {
            status, path, body, ..
        } => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(path, ".");
            assert_eq!(&body[..], odd);
        }
        other => panic!("expected Decode, got {other:?}"),
    }

    let raw = client.get_campaign(7).send_raw().await.unwrap();
    assert_eq!(raw.status().as_u16(), 200);
    assert_eq!(&raw.body()[..], odd);
    assert_eq!(raw.headers()["content-type"], "application/json");

    // Any status: a documented error is an answer here, not an error.
    let raw = client.get_campaign(8).send_raw().await.unwrap();
    let (status, headers, bytes) = raw.into_parts();
    assert_eq!(status.as_u16(), 404);
    assert_eq!(headers["x-rate-limit-remaining"], "7");
    assert_eq!(&bytes[..], &not_found[..]);
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
    let ids: Vec<i32> = client
        .list_campaigns()
        .limit(2)
        .stream()
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

/// The contact search's server: at most 50 contacts an answer whatever the `limit`, 120 in all.
fn capped_contacts(request: &Request) -> ResponseTemplate {
    const TOTAL: i64 = 120;
    let (offset, limit) = (offset_of(request), limit_of(request));
    let items: Vec<Value> = (offset + 1..=(offset + limit.min(50)).min(TOTAL))
        .map(|n| json!({ "ID": n, "FieldList": [{ "ID": 7, "Value": format!("c{n}@example.org") }] }))
        .collect();
    ResponseTemplate::new(200).set_body_json(json!({
        "Count": items.len(), "Total": TOTAL, "ItemList": items
    }))
}

#[tokio::test]
async fn the_post_search_is_paged_to_the_total_past_the_servers_cap_of_50() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(capped_contacts)
        .expect(6)
        .mount(&server)
        .await;
    let client = client(&server);
    let query = ContactQueryRequest::new(
        ContactQuery::new(vec![
            ContactField::new(7).with_value("@example.org".to_owned())
        ])
        .with_output_field_id_list(vec![72]),
    );
    let expected_body = json!({ "Query": {
        "FieldValueList": [{ "ID": 7, "Value": "@example.org" }],
        "OutputFieldIDList": [72]
    } });

    // 100 asked for, 50 received: the short page does not end the stream, `Total` does.
    let mut contacts = client.search_contacts(query.clone()).limit(100).stream();
    let mut ids = Vec::new();
    while let Some(contact) = contacts.try_next().await.unwrap() {
        let value = contact.field_list.as_ref().unwrap()[0].value.clone();
        assert_eq!(value, Some(format!("c{}@example.org", contact.id.unwrap())));
        ids.push(contact.id.unwrap());
    }
    assert_eq!(ids, (1..=120).collect::<Vec<i64>>());

    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    let offsets: Vec<i64> = requests.iter().map(offset_of).collect();
    assert_eq!(offsets, [0, 50, 100]);
    // The first page leaves the offset to the server's default (0); the next ones name it.
    assert!(query_values(&requests[0], "offset").is_empty());
    for request in &requests {
        assert_eq!(request.method.as_str(), "POST");
        assert_auth(request);
        assert_eq!(query_value(request, "limit"), "100");
        assert_eq!(live::json_body(request), expected_body, "{}", request.url);
    }

    // The same pages with their responses.
    let pages: Vec<(u16, i32, i32)> = client
        .search_contacts(query)
        .limit(100)
        .pages()
        .map(|page| {
            let page = page.unwrap();
            (page.status().as_u16(), page.count, page.total)
        })
        .collect()
        .await;
    assert_eq!(pages, [(200, 50, 120), (200, 50, 120), (200, 20, 120)]);
}

#[tokio::test]
async fn a_short_page_does_not_end_the_stream_an_empty_or_repeated_page_does() {
    // Short: 3 asked for, the server answers at most 3 but has only 4 campaigns though `Total`
    // claims 10. The short second page does not end the stream (the total says there is more);
    // the empty third one does.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(|request: &Request| {
            let offset = offset_of(request);
            let items: Vec<Value> = (offset + 1..=(offset + 3).min(4)).map(campaign).collect();
            ResponseTemplate::new(200)
                .set_body_json(json!({ "Count": items.len(), "Total": 10, "ItemList": items }))
        })
        .expect(3)
        .mount(&server)
        .await;
    let items = client(&server)
        .list_campaigns()
        .limit(3)
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    assert_eq!(items.iter().map(|c| c.id).collect::<Vec<_>>(), [1, 2, 3, 4]);
    let offsets: Vec<i64> = received(&server).await.iter().map(offset_of).collect();
    assert_eq!(offsets, [0, 3, 4]);
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
        .list_campaigns()
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    assert_eq!(items.len(), 2);
    let requests = received(&server).await;
    assert!(query_values(&requests[0], "limit").is_empty());
    assert_eq!(query_values(&requests[1], "offset"), ["2"]);
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
    let result = client(&server)
        .list_campaigns()
        .limit(2)
        .stream()
        .collect_max(1_000)
        .await;
    assert!(
        matches!(result, Err(Error::InvalidResponse(_))),
        "{result:?}"
    );
}

#[tokio::test]
async fn collect_max_stops_at_the_cap_without_fetching_further() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/campaigns"))
        .respond_with(campaigns(100))
        .expect(2)
        .mount(&server)
        .await;
    let items = client(&server)
        .list_campaigns()
        .offset(10)
        .limit(5)
        .stream()
        .collect_max(7)
        .await
        .unwrap();
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
    // `Display` carries the status and the server's message (ServiceStack's
    // `ResponseStatus.Message`).
    assert_eq!(
        error.to_string(),
        "API error: HTTP 400 Bad Request: Validation failed"
    );

    let error = client.get_campaign(2).await.unwrap_err();
    assert!(error.is_auth(), "{error:?}");
    let body = error.api_body().unwrap();
    assert_eq!(
        body.response_status.message.as_deref(),
        Some("Unauthorized request blocked.")
    );
    assert_eq!(
        error.to_string(),
        "API error: HTTP 403 Forbidden: Unauthorized request blocked."
    );
    assert_hides("403 error", &format!("{error:?} {error}"), &[API_KEY]);
}

#[tokio::test]
async fn untyped_errors_of_two_operations_share_one_vec_and_keep_status_and_body() {
    let server = live::server().await;
    let campaign_error =
        r#"{"ResponseStatus":{"ErrorCode":"NotFound","Message":"No campaign 9."}}"#;
    let search_error = r#"{"ResponseStatus":{"ErrorCode":"ValidationException","Message":"'FieldValueList' must not be empty."}}"#;
    Mock::given(method("GET"))
        .and(path("/campaigns/9"))
        .respond_with(ResponseTemplate::new(404).set_body_raw(campaign_error, "application/json"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(search_error, "application/json"))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let query = ContactQueryRequest::new(ContactQuery::new(vec![]));
    let errors: Vec<dolist::Error> = vec![
        client.get_campaign(9).await.unwrap_err().into_untyped(),
        client
            .search_contacts(query)
            .limit(10)
            .await
            .unwrap_err()
            .into_untyped(),
    ];
    let seen: Vec<(u16, &[u8])> = errors
        .iter()
        .map(|error| match error {
            Error::Api {
                status,
                body: (),
                raw,
                ..
            } => (status.as_u16(), &raw[..]),
            other => panic!("expected Api, got {other:?}"),
        })
        .collect();
    assert_eq!(
        seen,
        [
            (404, campaign_error.as_bytes()),
            (400, search_error.as_bytes())
        ]
    );
    // Untyped, the message is still shown.
    assert_eq!(
        errors[0].to_string(),
        "API error: HTTP 404 Not Found: No campaign 9."
    );
    assert_eq!(
        errors[1].to_string(),
        "API error: HTTP 400 Bad Request: 'FieldValueList' must not be empty."
    );
    assert_eq!(errors[1].status().map(|s| s.as_u16()), Some(400));
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
        .expect(4)
        .mount(&server)
        .await;
    let body = UpsertContactRequest::new(ContactFields::new(vec![]));
    let client = client(&server);
    let error = client.upsert_contact(body.clone()).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await.len(), 1);

    // A per-call policy that allows it retries this call only: three attempts.
    let policy = dolist::RetryPolicy {
        retry_non_idempotent: true,
        ..fast_retry!(dolist)
    };
    let error = client.upsert_contact(body).retry(policy).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await.len(), 4);
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
    let error = client(&server).list_campaigns().await.unwrap_err();
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
        .account_id(ACCOUNT.to_string())
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
