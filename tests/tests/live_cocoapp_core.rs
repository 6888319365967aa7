//! The generated `cocoapp-core` crate against a real HTTP server on loopback: Bearer auth and
//! JSON:API headers on every request, JSON:API pagination (`page[number]`, `meta.page.last-page`,
//! `links.next`), retries, timeouts, typed `errors[]` bodies, decode paths, redirects and
//! redaction. Most runtime behaviour (retries, timeouts, redirects, base URLs) is shared by every
//! generated crate and is tested in depth here; the other `live_*` files check it per API.

mod live;

use std::time::{Duration, Instant};

use cocoapp_core::{
    Client, ContactCreateDocument, ContactType, ContactUpdate, ContactUpdateDocument,
    ContactWriteAttributes, Error, NewContact, RetryPolicy,
};
use futures::StreamExt;
use live::{assert_hides, fast_retry, header, query_value, received, received_on};
use serde_json::{json, Value};
use wiremock::matchers::{header as header_is, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "cocoapp-secret-token-1234";
const JSON_API: &str = "application/vnd.api+json";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(fast_retry!(cocoapp_core))
        .build()
        .expect("client")
}

fn id(n: u64) -> uuid::Uuid {
    format!("00000000-0000-4000-8000-{n:012}").parse().unwrap()
}

fn contact(n: u64) -> Value {
    json!({
        "type": "contacts",
        "id": id(n),
        "attributes": {
            "email": format!("person{n}@example.org"),
            "name": format!("Person {n}"),
            "phone-number": "33600000000",
            "created-at": "2024-01-02T03:04:05Z",
            "updated-at": "2024-01-02T03:04:05Z"
        }
    })
}

fn json_api(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.to_string(), JSON_API)
}

fn page_number(request: &Request) -> u64 {
    live::query_int(request, "page[number]", 1)
}

fn write_attributes() -> ContactWriteAttributes {
    ContactWriteAttributes::new(
        "new@example.org",
        "New Person",
        "33611111111",
    )
}

fn create_document() -> ContactCreateDocument {
    ContactCreateDocument::new(NewContact::new(ContactType::Contacts, write_attributes()))
}

/// Asserts the headers every Cocoapp request must carry.
#[track_caller]
fn assert_auth(request: &Request) {
    let what = format!("{} {}", request.method, request.url.path());
    assert_eq!(
        header(request, "authorization").as_deref(),
        Some("Bearer cocoapp-secret-token-1234"),
        "{what}"
    );
    assert_eq!(
        header(request, "accept").as_deref(),
        Some(JSON_API),
        "{what}"
    );
    assert_eq!(
        header(request, "user-agent").as_deref(),
        Some(cocoapp_core::USER_AGENT),
        "{what}"
    );
    // The crate's name and the version its manifest has now (codegen bumps it).
    let manifest = include_str!("../../generated/cocoapp-core/Cargo.toml");
    let version = manifest.lines().find_map(|l| l.strip_prefix("version = ")).unwrap_or_default().trim_matches('"');
    assert_eq!(cocoapp_core::USER_AGENT, format!("cocoapp-core/{version}"));
}

// ----------------------------------------------------------------------------------------------
// Auth and headers

#[tokio::test]
async fn every_request_carries_the_bearer_token_and_json_api_headers() {
    let server = live::server().await;
    let auth = || header_is("authorization", "Bearer cocoapp-secret-token-1234");
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .and(auth())
        .and(header_is("accept", JSON_API))
        .respond_with(json_api(json!({ "data": [contact(1)] })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/contacts/{}", id(1))))
        .and(auth())
        .and(query_param("include", "notes"))
        .respond_with(json_api(json!({ "data": contact(1) })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts"))
        .and(auth())
        .and(header_is("content-type", JSON_API))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_raw(json!({ "data": contact(2) }).to_string(), JSON_API),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path(format!("/contacts/{}", id(2))))
        .and(auth())
        .and(header_is("content-type", JSON_API))
        .respond_with(json_api(json!({ "data": contact(2) })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(format!("/contacts/{}/profile-picture", id(2))))
        .and(auth())
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let list = client
        .list_contacts()
        .await
        .unwrap();
    assert_eq!(list.data.len(), 1);
    assert_eq!(list.data[0].attributes.email, "person1@example.org");
    let one = client.get_contact(id(1)).include("notes").await.unwrap();
    assert_eq!(one.data.id, id(1));
    let created = client.create_contact(create_document()).await.unwrap();
    assert_eq!(created.data.id, id(2));
    let update = ContactUpdateDocument::new(ContactUpdate::new(
        ContactType::Contacts,
        id(2),
        write_attributes(),
    ));
    client.update_contact(id(2), update).await.unwrap();
    client.delete_contact_profile_picture(id(2)).await.unwrap();

    let requests = received(&server).await;
    assert_eq!(requests.len(), 5);
    for request in &requests {
        assert_auth(request);
        let has_body = matches!(request.method.as_str(), "POST" | "PATCH");
        assert_eq!(
            header(request, "content-type").as_deref(),
            has_body.then_some(JSON_API),
            "{} {}",
            request.method,
            request.url
        );
    }
    // The body is the JSON:API document, with the wire names.
    let body = live::json_body(&requests[2]);
    assert_eq!(body["data"]["type"], "contacts");
    assert_eq!(body["data"]["attributes"]["phone-number"], "33611111111");
}

// ----------------------------------------------------------------------------------------------
// Pagination

/// A JSON:API list of `total` contacts in pages of `size`, with `meta.page`.
fn paged_by_meta(total: u64, size: u64) -> impl Fn(&Request) -> ResponseTemplate {
    move |request: &Request| {
        let number = page_number(request);
        let last = total.div_ceil(size);
        let first = (number - 1) * size + 1;
        let data: Vec<Value> = (first..=(number * size).min(total)).map(contact).collect();
        json_api(json!({
            "data": data,
            "meta": { "page": {
                "current-page": number, "per-page": size, "last-page": last, "total": total
            } }
        }))
    }
}

#[tokio::test]
async fn pages_follow_meta_last_page_across_three_pages() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(paged_by_meta(6, 2))
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);
    let items: Vec<_> = client
        .list_contacts()
        .page_size(2)
        .filter_email("a+b@example.org")
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    assert_eq!(items, (1..=6).map(id).collect::<Vec<_>>());

    let requests = received(&server).await;
    let pages: Vec<Vec<String>> = requests
        .iter()
        .map(|r| live::query_values(r, "page[number]"))
        .collect();
    // The first page is asked for without a number (the server's default: 1), then 2 and 3.
    assert_eq!(pages, [vec![], vec!["2".to_owned()], vec!["3".to_owned()]]);
    for request in &requests {
        assert_auth(request);
        // The other parameters are kept for every page.
        assert_eq!(query_value(request, "page[size]"), "2");
        assert_eq!(query_value(request, "filter[email]"), "a+b@example.org");
    }
}

#[tokio::test]
async fn pages_expose_each_pages_status_and_headers() {
    let server = live::server().await;
    // Five contacts in pages of two (the last one short), each page with headers of its own.
    let body = paged_by_meta(5, 2);
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(move |request: &Request| {
            let number = page_number(request);
            body(request)
                .insert_header("X-Page-Tag", format!("page-{number}-of-3"))
                .insert_header("X-RateLimit-Remaining", (100 - number).to_string())
        })
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);
    let mut pages = client.list_contacts().page_size(2).pages();
    let mut seen = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        assert_eq!(page.status().as_u16(), 200);
        let one = |name: &str| {
            let values: Vec<_> = page.headers().get_all(name).iter().collect();
            assert_eq!(values.len(), 1, "header `{name}`: {values:?}");
            values[0].to_str().unwrap().to_owned()
        };
        let tag = one("x-page-tag");
        let remaining = one("x-ratelimit-remaining");
        assert_eq!(one("content-type"), JSON_API);
        // The page derefs to its body, and its items are the page's own.
        let ids: Vec<_> = page.data.iter().map(|c| c.id).collect();
        seen.push((tag, remaining, ids));
    }
    assert_eq!(
        seen,
        [
            ("page-1-of-3".to_owned(), "99".to_owned(), vec![id(1), id(2)]),
            ("page-2-of-3".to_owned(), "98".to_owned(), vec![id(3), id(4)]),
            ("page-3-of-3".to_owned(), "97".to_owned(), vec![id(5)]),
        ]
    );
    // Exhausted: nothing more is fetched.
    assert!(pages.try_next().await.unwrap().is_none());
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_auth(request);
        assert_eq!(query_value(request, "page[size]"), "2");
    }
}

#[tokio::test]
async fn pages_follow_links_next_until_it_is_null() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(|request: &Request| {
            let number = page_number(request);
            let next = (number < 3).then(|| format!("/contacts?page%5Bnumber%5D={}", number + 1));
            json_api(json!({
                "data": [contact(number * 10 + 1), contact(number * 10 + 2)],
                "links": { "self": "/contacts", "next": next }
            }))
        })
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);
    let items = client
        .list_contacts()
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    let ids: Vec<_> = items.iter().map(|c| c.id).collect();
    assert_eq!(ids, [11, 12, 21, 22, 31, 32].map(id));
    let pages: Vec<_> = received(&server)
        .await
        .iter()
        .map(|r| live::query_values(r, "page[number]"))
        .collect();
    // The first page is asked for without a number (the server's default), then 2 and 3.
    assert_eq!(pages, [vec![], vec!["2".to_owned()], vec!["3".to_owned()]]);
}

#[tokio::test]
async fn a_page_shorter_than_the_size_asked_for_ends_the_stream_when_the_server_says_nothing() {
    // No metadata: the short page is the last.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(|request: &Request| {
            let data: Vec<Value> = match page_number(request) {
                1 => (1..=3).map(contact).collect(),
                _ => vec![contact(4)],
            };
            json_api(json!({ "data": data }))
        })
        .expect(2)
        .mount(&server)
        .await;
    let items = client(&server)
        .list_contacts()
        .page_size(3)
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    assert_eq!(items.len(), 4);
    drop(server); // verifies `expect(2)`

    // The metadata says there are more pages: it wins over a short page (a server capping its
    // page size), and the stream goes on to the last page it gives.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(|request: &Request| {
            let number = page_number(request);
            let data: Vec<Value> = match number {
                1 => (1..=3).map(contact).collect(),
                2 => vec![contact(4)],
                _ => vec![contact(5), contact(6)],
            };
            json_api(json!({ "data": data, "meta": { "page": { "last-page": 3 } } }))
        })
        .expect(3)
        .mount(&server)
        .await;
    let items = client(&server)
        .list_contacts()
        .page_size(3)
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    let ids: Vec<_> = items.iter().map(|c| c.id).collect();
    assert_eq!(ids, (1..=6).map(id).collect::<Vec<_>>());
}

#[tokio::test]
async fn an_empty_page_ends_the_stream() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(|request: &Request| {
            let data: Vec<Value> = match page_number(request) {
                1 => (1..=2).map(contact).collect(),
                _ => vec![],
            };
            json_api(json!({
                "data": data,
                "meta": { "page": { "last-page": 9 } },
                "links": { "next": "/contacts?page%5Bnumber%5D=99" }
            }))
        })
        .expect(2)
        .mount(&server)
        .await;
    let items = client(&server)
        .list_contacts()
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    assert_eq!(items.len(), 2);

    // An empty first page: no items, one request.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(json_api(
            json!({ "data": [], "meta": { "page": { "last-page": 9 } } }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let mut stream = client.list_contacts().stream();
    assert!(stream.try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn page_cycles_of_any_period_end_the_stream_after_each_page_once() {
    for period in 1..=5u64 {
        let server = live::server().await;
        // Page n answers as page ((n - 1) % period) + 1 would, always claiming 50 pages.
        Mock::given(method("GET"))
            .and(path("/contacts"))
            .respond_with(move |request: &Request| {
                let asked: u64 = live::query_int(request, "page[number]", 1);
                let page = (asked - 1) % period + 1;
                json_api(json!({
                    "data": [contact(page * 10), contact(page * 10 + 1)],
                    "meta": { "page": { "current-page": page, "last-page": 50 } }
                }))
            })
            .mount(&server)
            .await;
        let client = client(&server);
        let results: Vec<_> = client.list_contacts().page_size(2).stream().collect().await;
        let items = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(items as u64, 2 * period, "period {period}: each page's items once");
        assert!(matches!(results.last(), Some(Err(Error::InvalidResponse(_)))), "period {period}");
        assert_eq!(received(&server).await.len() as u64, period + 1, "period {period}");
    }
}

#[tokio::test]
async fn a_server_sending_the_same_page_again_ends_the_stream_with_an_error() {
    let server = live::server().await;
    // Ignores page[number]: page 1 again and again, always claiming more.
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(json_api(json!({
            "data": [contact(1), contact(2)],
            "meta": { "page": { "current-page": 1, "last-page": 50 } }
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let results: Vec<_> = tokio::time::timeout(
        Duration::from_secs(5),
        client.list_contacts().page_size(2).stream().collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends");
    assert_eq!(results.len(), 3, "two items, then the error: {results:?}");
    assert!(results[0].is_ok() && results[1].is_ok());
    match &results[2] {
        Err(Error::InvalidResponse(message)) => assert!(message.contains("sent before"), "{message}"),
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
    assert_eq!(received(&server).await.len(), 2);

    // `collect_max` returns the error too, rather than looping.
    let all = client
        .list_contacts()
        .page_size(2)
        .stream()
        .collect_max(1_000)
        .await;
    assert!(matches!(all, Err(Error::InvalidResponse(_))), "{all:?}");
}

#[tokio::test]
async fn collect_max_respects_the_cap_and_fetches_no_page_beyond_it() {
    for (cap, expected_items, expected_requests) in [(3, 3, 2), (4, 4, 2), (1, 1, 1), (100, 6, 3)] {
        let server = live::server().await;
        Mock::given(method("GET"))
            .and(path("/contacts"))
            .respond_with(paged_by_meta(6, 2))
            .mount(&server)
            .await;
        let items = client(&server)
            .list_contacts()
            .page_size(2)
            .stream()
            .collect_max(cap)
            .await
            .unwrap();
        assert_eq!(items.len(), expected_items, "cap {cap}");
        assert_eq!(items[0].id, id(1));
        let requests = received(&server).await;
        assert_eq!(requests.len(), expected_requests, "cap {cap}");
    }
    // A cap of zero sends nothing.
    let server = live::server().await;
    let items = client(&server)
        .list_contacts()
        .stream()
        .collect_max(0)
        .await
        .unwrap();
    assert!(items.is_empty());
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn an_error_on_a_later_page_ends_the_stream_with_that_error() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .and(query_param("page[number]", "2"))
        .respond_with(ResponseTemplate::new(500).set_body_raw(
            json!({ "errors": [{ "status": "500", "title": "Internal error" }] }).to_string(),
            JSON_API,
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(paged_by_meta(6, 2))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .list_contacts()
        .page_size(2)
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 3);
    let error = results[2].as_ref().unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(
        error.api_body().unwrap().errors[0].title.as_deref(),
        Some("Internal error")
    );
}

// ----------------------------------------------------------------------------------------------
// Retries and timeouts

#[tokio::test]
async fn a_429_with_retry_after_is_retried_after_the_wait() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(json_api(json!({ "data": [contact(1)] })))
        .expect(1)
        .mount(&server)
        .await;
    // Default policy: the server's Retry-After gives the wait.
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    let started = Instant::now();
    let list = client
        .list_contacts()
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(list.data.len(), 1);
    assert!(
        elapsed >= Duration::from_millis(950),
        "waited only {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(5), "waited {elapsed:?}");
    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    requests.iter().for_each(assert_auth);
}

#[tokio::test]
async fn a_503_is_tried_three_times_with_the_default_policy_then_returned() {
    assert_eq!(RetryPolicy::default().max_attempts, 3);
    assert!(!RetryPolicy::default().retry_non_idempotent);
    let server = live::server().await;
    // `Retry-After: 0` keeps the default policy's waits at zero.
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("Retry-After", "0")
                .set_body_string("down for maintenance"),
        )
        .expect(3)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    let error = client
        .list_contacts()
        .await
        .unwrap_err();
    match &error {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(status.as_u16(), 503);
            assert_eq!(&body[..], b"down for maintenance");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    assert!(error.to_string().contains("503"), "{error}");
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    requests.iter().for_each(assert_auth);
}

#[tokio::test]
async fn a_503_without_retry_after_backs_off_within_the_policy() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(ResponseTemplate::new(503))
        .expect(3)
        .mount(&server)
        .await;
    let error = client(&server)
        .list_contacts()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));

    // max_attempts 1: no retry.
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    assert!(client
        .list_contacts()
        .await
        .is_err());
}

#[tokio::test]
async fn post_is_not_retried_by_default() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/contacts"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server)
        .create_contact(create_document())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    drop(server); // verifies `expect(1)`

    // Opting in retries POST too, sending the same body each time.
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/contacts"))
        .respond_with(ResponseTemplate::new(429))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_raw(json!({ "data": contact(7) }).to_string(), JSON_API),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(RetryPolicy {
            retry_non_idempotent: true,
            ..fast_retry!(cocoapp_core)
        })
        .build()
        .unwrap();
    let created = client.create_contact(create_document()).await.unwrap();
    assert_eq!(created.data.id, id(7));
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    assert!(requests
        .iter()
        .all(|r| r.body == requests[0].body && !r.body.is_empty()));
}

#[tokio::test]
async fn a_429_after_the_last_attempt_is_rate_limited_with_retry_after() {
    // No retries allowed: the first 429 is returned, with the server's wait.
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "7")
                .set_body_raw(
                    json!({ "errors": [{ "status": "429" }] }).to_string(),
                    JSON_API,
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client
        .list_contacts()
        .await
        .unwrap_err();
    assert!(error.is_rate_limited());
    match &error {
        Error::RateLimited {
            retry_after, body, ..
        } => {
            assert_eq!(*retry_after, Some(Duration::from_secs(7)));
            assert!(!body.is_empty());
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
    assert!(error.to_string().contains("retry after 7 s"), "{error}");
    drop(server);

    // The default policy: three attempts, then RateLimited.
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .expect(3)
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let error = client
        .list_contacts()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::RateLimited { retry_after: Some(wait), .. } if wait.is_zero()),
        "{error:?}"
    );
    drop(server);

    // A wait past the policy's max_elapsed is not waited for: the 429 comes back at once.
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "120"))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let started = Instant::now();
    let error = client
        .list_contacts()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        matches!(error, Error::RateLimited { retry_after: Some(wait), .. } if wait == Duration::from_secs(120)),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_slow_server_gives_a_timeout_error() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(json_api(json!({ "data": [] })).set_delay(live::SLOW))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .timeout(live::SHORT_TIMEOUT)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .list_contacts()
        .await
        .unwrap_err();
    assert!(started.elapsed() < live::SLOW, "{:?}", started.elapsed());
    assert!(error.is_timeout(), "{error:?}");
    assert!(matches!(error, Error::Timeout(_)));
    assert!(!error.is_auth() && !error.is_rate_limited());
    assert_eq!(error.to_string(), "the request timed out");
    assert!(std::error::Error::source(&error).is_some());
    assert_hides("timeout error", &format!("{error:?} {error}"), &[TOKEN]);
    // Timeouts are not retried.
    assert_eq!(received(&server).await.len(), 1);
}

// ----------------------------------------------------------------------------------------------
// Error bodies and decoding

#[tokio::test]
async fn json_api_errors_are_decoded_into_the_error_document() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/contacts"))
        .respond_with(
            ResponseTemplate::new(422).set_body_raw(
                json!({ "errors": [{
                "status": "422",
                "code": "taken",
                "title": "Invalid attribute",
                "detail": "Email has already been taken",
                "source": { "pointer": "/data/attributes/email" }
            }] })
                .to_string(),
                JSON_API,
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/contacts/{}", id(404))))
        .respond_with(ResponseTemplate::new(404).set_body_raw(
            json!({ "errors": [{ "status": "404", "title": "Record not found" }] }).to_string(),
            JSON_API,
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/contacts/{}", id(401))))
        .respond_with(ResponseTemplate::new(401).set_body_raw(
            json!({ "errors": [{ "status": "401", "title": "Unauthorized" }] }).to_string(),
            JSON_API,
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let error = client.create_contact(create_document()).await.unwrap_err();
    match &error {
        Error::Api { status, body, .. } => {
            assert_eq!(status.as_u16(), 422);
            let first = &body.errors[0];
            assert_eq!(first.code.as_deref(), Some("taken"));
            assert_eq!(
                first.detail.as_deref(),
                Some("Email has already been taken")
            );
            let pointer = first.source.as_ref().and_then(|s| s.pointer.as_deref());
            assert_eq!(pointer, Some("/data/attributes/email"));
        }
        other => panic!("expected Api, got {other:?}"),
    }
    // The server's message is shown (the JSON:API error's `detail`).
    assert_eq!(
        error.to_string(),
        "API error: HTTP 422 Unprocessable Entity: Email has already been taken"
    );

    let error = client
        .get_contact(id(404))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        error.api_body().unwrap().errors[0].title.as_deref(),
        Some("Record not found")
    );
    assert!(!error.is_auth());

    let error = client
        .get_contact(id(401))
        .await
        .unwrap_err();
    assert!(error.is_auth(), "{error:?}");
    assert!(error.api_body().is_some());
}

#[tokio::test]
async fn a_body_of_the_wrong_shape_gives_a_decode_error_naming_the_field() {
    let server = live::server().await;
    let mut bad = contact(1);
    bad["attributes"]["email"] = json!(42);
    Mock::given(method("GET"))
        .and(path(format!("/contacts/{}", id(1))))
        .respond_with(json_api(json!({ "data": bad })))
        .mount(&server)
        .await;
    let mut bad_list = contact(2);
    bad_list["attributes"]["created-at"] = json!("yesterday");
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(json_api(json!({ "data": [contact(1), bad_list] })))
        .mount(&server)
        .await;
    let client = client(&server);

    let error = client
        .get_contact(id(1))
        .await
        .unwrap_err();
    match &error {
        Error::Decode {
            status,
            path,
            message,
            body,
        } => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(path, "data.attributes.email");
            assert!(message.contains("invalid type"), "{message}");
            assert!(!body.is_empty());
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    assert!(
        error.to_string().contains("`data.attributes.email`"),
        "{error}"
    );

    let error = client
        .list_contacts()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "data[1].attributes.created-at"),
        "{error:?}"
    );
}

// ----------------------------------------------------------------------------------------------
// Redirects

#[tokio::test]
async fn a_cross_origin_redirect_is_not_followed_and_carries_no_credentials() {
    let elsewhere = live::server().await;
    Mock::given(method("GET"))
        .respond_with(json_api(json!({ "data": [] })))
        .mount(&elsewhere)
        .await;
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("Location", format!("{}/contacts", elsewhere.uri())),
        )
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server)
        .list_contacts()
        .await
        .unwrap_err();
    match &error {
        Error::UnexpectedStatus {
            status, headers, ..
        } => {
            assert_eq!(status.as_u16(), 302);
            assert_eq!(
                headers["location"],
                format!("{}/contacts", elsewhere.uri()).as_str()
            );
        }
        other => panic!("expected the 302 back, got {other:?}"),
    }
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin was contacted"
    );
    assert_auth(&received(&server).await[0]);
}

#[tokio::test]
async fn a_same_origin_redirect_is_followed_with_the_credentials() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(
            ResponseTemplate::new(301).insert_header("Location", "/v2/contacts?page%5Bnumber%5D=1"),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/contacts"))
        .respond_with(json_api(json!({ "data": [contact(5)] })))
        .expect(1)
        .mount(&server)
        .await;
    let list = client(&server)
        .list_contacts()
        .await
        .unwrap();
    assert_eq!(list.data[0].id, id(5));
    let followed = received_on(&server, "/v2/contacts").await;
    assert_eq!(followed.len(), 1);
    assert_auth(&followed[0]);
}

// ----------------------------------------------------------------------------------------------
// Base URLs and redaction

#[tokio::test]
async fn plain_http_is_refused_unless_loopback_or_allowed() {
    let error = Client::builder()
        .base_url("http://example.com")
        .bearer_token(TOKEN)
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(error.to_string().contains("allow_insecure_http"), "{error}");
    assert_hides("base URL error", &format!("{error:?} {error}"), &[TOKEN]);

    let client = Client::builder()
        .base_url("http://example.com")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "http://example.com");
    for url in [
        "https://example.com/api",
        "http://127.0.0.1:8080",
        "http://localhost:1",
        "http://[::1]:9",
    ] {
        assert!(Client::builder().base_url(url).build().is_ok(), "{url}");
    }
    // The document's own server is https.
    assert_eq!(
        Client::new().unwrap().base_url(),
        cocoapp_core::DEFAULT_SERVER
    );
}

#[tokio::test]
async fn debug_and_errors_never_show_the_token() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500).set_body_string("boom"))
        .mount(&server)
        .await;
    let builder = Client::builder().base_url(server.uri()).bearer_token(TOKEN);
    let builder_debug = format!("{builder:?}");
    assert!(builder_debug.contains("authorization"), "{builder_debug}");
    assert_hides("ClientBuilder Debug", &builder_debug, &[TOKEN]);
    let client = builder.retry(RetryPolicy::none()).build().unwrap();
    assert_hides("Client Debug", &format!("{client:?} {client:#?}"), &[TOKEN]);
    let error = client
        .get_contact(id(1))
        .await
        .unwrap_err();
    // A 500 with a body that is not JSON:API: a decode error.
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_hides("error", &format!("{error:?} {error}"), &[TOKEN]);

    // An invalid token is reported without echoing it.
    let error = Client::builder()
        .base_url(server.uri())
        .bearer_token("secret\nwith a line break")
        .build()
        .unwrap_err();
    assert_hides(
        "invalid header error",
        &format!("{error:?} {error}"),
        &["secret"],
    );
}
