//! The generated `clientxcms` crate against a real HTTP server on loopback: the Bearer API key
//! on every request, Laravel pagination (`page`/`per_page` in, `meta.last_page` out), Laravel
//! `{message, errors}` validation bodies, retries, redirects and redaction.

mod live;

use clientxcms::{Client, Error, GetCustomersParams, StoreCustomerError, StoreCustomerRequest};
use futures::StreamExt;
use live::{assert_hides, fast_retry, header, query_value, query_values, received};
use serde_json::{json, Value};
use wiremock::matchers::{bearer_token, header as header_is, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "cxcms_9f8e7d6c5b4a39281706";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(fast_retry!(clientxcms))
        .build()
        .expect("client")
}

#[track_caller]
fn assert_auth(request: &Request) {
    let what = format!("{} {}", request.method, request.url);
    assert_eq!(
        header(request, "authorization").as_deref(),
        Some("Bearer cxcms_9f8e7d6c5b4a39281706"),
        "{what}"
    );
    assert_eq!(
        header(request, "accept").as_deref(),
        Some("application/json"),
        "{what}"
    );
}

fn customer(n: i64) -> Value {
    json!({ "id": n, "email": format!("c{n}@example.org"), "firstname": "Ada", "lastname": "Lovelace" })
}

fn page_of(request: &Request) -> i64 {
    live::query_int(request, "page", 1)
}

fn per_page_of(request: &Request) -> i64 {
    live::query_int(request, "per_page", 25)
}

/// A Laravel paginator resource over `total` customers.
fn laravel_page(page: i64, per_page: i64, total: i64, items: Vec<Value>) -> Value {
    let last = ((total + per_page - 1) / per_page).max(1);
    let url = |p: i64| format!("https://panel.example.org/api/application/customers?page={p}");
    json!({
        "data": items,
        "links": {
            "first": url(1),
            "last": url(last),
            "prev": (page > 1).then(|| url(page - 1)),
            "next": (page < last).then(|| url(page + 1))
        },
        "meta": {
            "current_page": page,
            "from": (page - 1) * per_page + 1,
            "last_page": last,
            "links": [{ "url": null, "label": "&laquo; Previous", "active": false }],
            "path": "https://panel.example.org/api/application/customers",
            "per_page": per_page,
            "to": page * per_page,
            "total": total
        }
    })
}

fn customers(total: i64) -> impl Fn(&Request) -> ResponseTemplate {
    move |request: &Request| {
        let (page, per_page) = (page_of(request), per_page_of(request));
        let items: Vec<Value> = ((page - 1) * per_page + 1..=(page * per_page).min(total))
            .map(customer)
            .collect();
        ResponseTemplate::new(200).set_body_json(laravel_page(page, per_page, total, items))
    }
}

fn new_customer() -> StoreCustomerRequest {
    // Required fields in declaration order: email, firstname, lastname, address, city, zipcode,
    // region, locale, country.
    StoreCustomerRequest::new(
        "taken@example.org".into(),
        "Ada".into(),
        "Lovelace".into(),
        "1 rue de la Paix".into(),
        "Paris".into(),
        "75002".into(),
        "IDF".into(),
        "fr_FR".into(),
        "FR".into(),
    )
    .with_password("Hunter2-password".into())
}

#[tokio::test]
async fn every_request_carries_the_bearer_key() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/health"))
        .and(bearer_token(TOKEN))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "status": "ok" })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/customers/5"))
        .and(bearer_token(TOKEN))
        .respond_with(ResponseTemplate::new(200).set_body_json(customer(5)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/application/customers"))
        .and(bearer_token(TOKEN))
        .and(header_is("content-type", "application/json"))
        .respond_with(ResponseTemplate::new(201).set_body_json(customer(6)))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    assert_eq!(client.health().await.unwrap().status, "ok");
    assert_eq!(
        client.get_customer(5).await.unwrap().email,
        "c5@example.org"
    );
    assert_eq!(client.store_customer(&new_customer()).await.unwrap().id, 6);
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    requests.iter().for_each(assert_auth);
    assert_eq!(live::json_body(&requests[2])["zipcode"], "75002");
}

#[tokio::test]
async fn pages_follow_meta_last_page_across_three_pages() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(customers(6))
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);
    let params = GetCustomersParams::new()
        .with_per_page(2)
        .with_filter_email("example.org".into())
        .with_sort("-id".into());
    let ids: Vec<i64> = client
        .get_customers_stream(params)
        .map(|c| c.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
    let requests = received(&server).await;
    let pages: Vec<Vec<String>> = requests.iter().map(|r| query_values(r, "page")).collect();
    // The first page is asked for without a number (the server's default: 1), then 2 and 3.
    assert_eq!(pages, [vec![], vec!["2".to_owned()], vec!["3".to_owned()]]);
    for request in &requests {
        assert_auth(request);
        assert_eq!(query_value(request, "per_page"), "2");
        assert_eq!(query_value(request, "filter[email]"), "example.org");
        assert_eq!(query_value(request, "sort"), "-id");
    }
}

#[tokio::test]
async fn short_empty_and_repeated_pages_end_the_stream() {
    // Short: per_page 3, the second page has 1 though last_page says 4.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(|request: &Request| {
            let page = page_of(request);
            let items: Vec<Value> = if page == 1 {
                (1..=3).map(customer).collect()
            } else {
                vec![customer(4)]
            };
            ResponseTemplate::new(200).set_body_json(laravel_page(page, 3, 12, items))
        })
        .expect(2)
        .mount(&server)
        .await;
    let params = GetCustomersParams::new().with_per_page(3);
    assert_eq!(
        client(&server)
            .get_customers_all(params, 100)
            .await
            .unwrap()
            .len(),
        4
    );
    drop(server);

    // Empty: no per_page asked; page 2 is empty though last_page says 4.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(|request: &Request| {
            let page = page_of(request);
            let items: Vec<Value> = if page == 1 {
                (1..=3).map(customer).collect()
            } else {
                vec![]
            };
            ResponseTemplate::new(200).set_body_json(laravel_page(page, 3, 12, items))
        })
        .expect(2)
        .mount(&server)
        .await;
    let all = client(&server)
        .get_customers_all(GetCustomersParams::default(), 100)
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    drop(server);

    // Repeated: page 1 whatever `page` says.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(laravel_page(
            1,
            2,
            10,
            vec![customer(1), customer(2)],
        )))
        .expect(2)
        .mount(&server)
        .await;
    let params = GetCustomersParams::new().with_per_page(2);
    let result = client(&server).get_customers_all(params, 1_000).await;
    assert!(
        matches!(result, Err(Error::InvalidResponse(_))),
        "{result:?}"
    );
    drop(server);

    // The cap: 5 items of pages of 2 take three requests of the ten pages.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(customers(20))
        .expect(3)
        .mount(&server)
        .await;
    let params = GetCustomersParams::new().with_per_page(2);
    let ids: Vec<i64> = client(&server)
        .get_customers_all(params, 5)
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn laravel_validation_and_auth_errors_are_decoded() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/application/customers"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "message": "The email has already been taken. (and 1 more error)",
            "errors": {
                "email": ["The email has already been taken."],
                "zipcode": ["The zipcode field must be a string."]
            }
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/customers/1"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({ "message": "This action is unauthorized." })),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/customers/2"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({ "message": "Not found" })))
        .mount(&server)
        .await;
    let client = client(&server);

    let error = client.store_customer(&new_customer()).await.unwrap_err();
    match &error {
        Error::Api {
            status,
            body: StoreCustomerError::UnprocessableEntity(body),
            ..
        } => {
            assert_eq!(status.as_u16(), 422);
            assert!(body
                .message
                .starts_with("The email has already been taken."));
            assert_eq!(body.errors["email"], ["The email has already been taken."]);
            assert_eq!(body.errors.len(), 2);
        }
        other => panic!("expected the 422 body, got {other:?}"),
    }
    // The body sent (with a password) is not in the error.
    assert_hides(
        "422 error",
        &format!("{error:?} {error}"),
        &[TOKEN, "Hunter2-password"],
    );

    let error = client.get_customer(1).await.unwrap_err();
    assert!(error.is_auth());
    assert_eq!(
        error.api_body().unwrap().message,
        "This action is unauthorized."
    );
    let error = client.get_customer(2).await.unwrap_err();
    assert!(!error.is_auth());
    assert_eq!(error.api_body().unwrap().message, "Not found");
}

#[tokio::test]
async fn a_field_of_the_wrong_type_gives_a_decode_error_naming_it() {
    let server = live::server().await;
    let mut bad = customer(3);
    bad["email"] = json!(["not", "a", "string"]);
    let page = laravel_page(1, 2, 2, vec![customer(1), bad]);
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client
        .get_customers_all(GetCustomersParams::default(), 10)
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "data[1].email"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_429_is_retried_and_a_timeout_is_reported() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/health"))
        .respond_with(ResponseTemplate::new(429))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/health"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "status": "ok" })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/license"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "status": "valid" }))
                .set_delay(live::SLOW),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(fast_retry!(clientxcms))
        .timeout(live::SHORT_TIMEOUT)
        .build()
        .unwrap();
    assert_eq!(client.health().await.unwrap().status, "ok");
    let error = client.license().await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    requests.iter().for_each(assert_auth);
}

#[tokio::test]
async fn a_cross_origin_redirect_carries_no_key() {
    let elsewhere = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "status": "ok" })))
        .mount(&elsewhere)
        .await;
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/health"))
        .respond_with(ResponseTemplate::new(302).insert_header(
            "Location",
            format!("{}/application/health", elsewhere.uri()),
        ))
        .mount(&server)
        .await;
    let error = client(&server).health().await.unwrap_err();
    assert!(
        matches!(&error, Error::UnexpectedStatus { status, .. } if status.as_u16() == 302),
        "{error:?}"
    );
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin was contacted"
    );
}

#[tokio::test]
async fn debug_and_errors_never_show_the_key() {
    let builder = Client::builder()
        .base_url("https://panel.example.org/api")
        .bearer_token(TOKEN);
    assert_hides("ClientBuilder Debug", &format!("{builder:?}"), &[TOKEN]);
    let client = builder.build().unwrap();
    assert_hides("Client Debug", &format!("{client:?} {client:#?}"), &[TOKEN]);
    assert_eq!(client.base_url(), "https://panel.example.org/api");
    let error = Client::builder()
        .base_url("http://panel.example.org")
        .bearer_token(TOKEN)
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)));
    assert_hides("build error", &format!("{error:?} {error}"), &[TOKEN]);
}
