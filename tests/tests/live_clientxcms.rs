//! The generated `clientxcms` crate against a real HTTP server on loopback: the Bearer API key
//! on every request, Laravel pagination (`page`/`per_page` in, `meta.last_page` out), Laravel
//! `{message, errors}` validation bodies, retries, redirects and redaction; and the administration
//! groups added from the published document (tickets, servers, coupons, cancellation reasons) with
//! the corrections of `specs/clientxcms/overlay.yaml` (POST updates, `/application/...` paths,
//! flat Laravel paginators, `{message, ticket}` answers).

mod live;

use clientxcms::{Client, Error, StoreCustomerError, StoreCustomerRequest};
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
        "taken@example.org",
        "Ada",
        "Lovelace",
        "1 rue de la Paix",
        "Paris",
        "75002",
        "IDF",
        "fr_FR",
        "FR",
    )
    .with_password("Hunter2-password")
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
    assert_eq!(client.store_customer(new_customer()).await.unwrap().id, 6);
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
    let ids: Vec<i64> = client
        .get_customers()
        .per_page(2)
        .filter_email("example.org")
        .sort("-id")
        .stream()
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
async fn short_pages_follow_meta_and_empty_and_repeated_pages_end_the_stream() {
    // Short but not the last: per_page 3 asked, the server caps its pages at 2 and says so in
    // `meta` (5 customers, last_page 3). The metadata wins over the short page: all three pages.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(|request: &Request| {
            let page = page_of(request);
            let items: Vec<Value> = ((page - 1) * 2 + 1..=(page * 2).min(5))
                .map(customer)
                .collect();
            ResponseTemplate::new(200).set_body_json(laravel_page(page, 2, 5, items))
        })
        .expect(3)
        .mount(&server)
        .await;
    let ids: Vec<i64> = client(&server)
        .get_customers()
        .per_page(3)
        .stream()
        .collect_max(100)
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let pages: Vec<Vec<String>> = received(&server)
        .await
        .iter()
        .map(|r| {
            assert_eq!(query_value(r, "per_page"), "3");
            query_values(r, "page")
        })
        .collect();
    assert_eq!(pages, [vec![], vec!["2".to_owned()], vec!["3".to_owned()]]);
    drop(server);

    // Short and the last: per_page 3, the second page has 1 and last_page says 2.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(customers(4))
        .expect(2)
        .mount(&server)
        .await;
    assert_eq!(
        client(&server)
            .get_customers()
            .per_page(3)
            .stream()
            .collect_max(100)
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
        .get_customers()
        .stream()
        .collect_max(100)
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
    let result = client(&server)
        .get_customers()
        .per_page(2)
        .stream()
        .collect_max(1_000)
        .await;
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
    let ids: Vec<i64> = client(&server)
        .get_customers()
        .per_page(2)
        .stream()
        .collect_max(5)
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

    let error = client.store_customer(new_customer()).await.unwrap_err();
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
        .get_customers()
        .stream()
        .collect_max(10)
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

fn ticket(id: i64, status: &str) -> Value {
    json!({
        "id": id, "subject": format!("Ticket {id}"), "priority": "medium", "status": status,
        "department_id": 2, "customer_id": 42, "created_at": "2024-05-01T12:00:00.000000Z"
    })
}

/// A Laravel paginator serialized as is (what `queryIndex` answers): flat, `last_page` at the top.
fn flat_page(page: i64, last_page: i64, per_page: i64, total: i64, items: Vec<Value>) -> Value {
    json!({
        "current_page": page, "data": items, "from": (page - 1) * per_page + 1,
        "last_page": last_page, "per_page": per_page, "to": page * per_page, "total": total,
        "path": "https://panel.example.org/api/application/tickets",
        "first_page_url": "https://panel.example.org/api/application/tickets?page=1",
        "last_page_url": format!("https://panel.example.org/api/application/tickets?page={last_page}"),
        "next_page_url": (page < last_page).then(|| format!("https://panel.example.org/api/application/tickets?page={}", page + 1)),
        "prev_page_url": null,
        "links": [{ "url": null, "label": "&laquo; Previous", "active": false }]
    })
}

#[tokio::test]
async fn tickets_are_listed_from_flat_paginators_and_replied_to_and_closed() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/application/tickets"))
        .respond_with(|request: &Request| {
            let page = page_of(request);
            let items = if page == 1 { vec![ticket(1, "open"), ticket(2, "answered")] } else { vec![ticket(3, "closed")] };
            ResponseTemplate::new(200).set_body_json(flat_page(page, 2, 2, 3, items))
        })
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/application/tickets/7/reply"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "message": "Réponse envoyée", "ticket": ticket(7, "answered") })),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/application/tickets/7/close"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({ "message": "Ticket fermé", "ticket": ticket(7, "closed") })),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/tickets/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(flat_page(1, 1, 25, 1, vec![ticket(7, "closed")])))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let tickets: Vec<_> = client
        .list_tickets()
        .filter_customer_id(42)
        .per_page(2)
        .stream()
        .map(|t| t.unwrap())
        .collect()
        .await;
    let ids: Vec<_> = tickets.iter().map(|t| t.id).collect();
    assert_eq!(ids, [Some(1), Some(2), Some(3)]);
    assert_eq!(tickets[1].status, clientxcms::SupportTicketStatus::Answered);
    assert_eq!(tickets[0].priority, clientxcms::SupportTicketPriority::Medium);

    let replied = client
        .reply_to_ticket(7, clientxcms::ReplyToTicketBody::new("Le serveur a redémarré."))
        .await
        .unwrap();
    assert_eq!(replied.message, "Réponse envoyée");
    assert_eq!(replied.ticket.status, clientxcms::SupportTicketStatus::Answered);
    let closed = client
        .close_ticket(7)
        .body(clientxcms::CloseTicketBody::new().with_reason("Résolu"))
        .await
        .unwrap();
    assert_eq!(closed.ticket.status, clientxcms::SupportTicketStatus::Closed);
    let shown = client.get_ticket(7).await.unwrap();
    assert_eq!(shown.data.len(), 1);
    assert_eq!(shown.data[0].subject, "Ticket 7");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 5);
    requests.iter().for_each(assert_auth);
    assert_eq!(query_values(&requests[0], "filter[customer_id]"), ["42"]);
    assert_eq!(query_value(&requests[0], "per_page"), "2");
    assert_eq!(query_value(&requests[1], "page"), "2");
    assert_eq!(live::json_body(&requests[2]), json!({ "content": "Le serveur a redémarré." }));
    assert_eq!(requests[3].method.as_str(), "POST");
    assert_eq!(live::json_body(&requests[3]), json!({ "reason": "Résolu" }));
    assert_eq!(requests[4].method.as_str(), "GET");
}

#[tokio::test]
async fn a_server_is_updated_with_post_and_its_connection_tested() {
    let server = live::server().await;
    let stored = json!({
        "id": 3, "name": "Proxmox 1", "hostname": "pve1.example.org", "address": "203.0.113.7", "port": 8006,
        "type": "proxmox", "status": "active", "maxaccounts": 50, "created_at": "2024-05-01T12:00:00.000000Z"
    });
    Mock::given(method("POST"))
        .and(path("/application/servers/3"))
        .and(header_is("content-type", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(stored))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/application/servers/test"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({ "success": true, "status": 200, "message": "Connexion réussie" })),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let body = clientxcms::UpdateServerBody::new().with_name("Proxmox 1").with_maxaccounts(50);
    let updated = client.update_server(3, body).await.unwrap();
    assert_eq!((updated.id, updated.port, updated.type_.as_str()), (Some(3), Some(8006), "proxmox"));
    assert_eq!(updated.status, Some(clientxcms::ProvisioningServerStatus::Active));
    let test = clientxcms::TestServerBody::new("203.0.113.7", "proxmox").with_port(8006);
    let result = client.test_server(test).await.unwrap();
    assert!(result.success);
    assert_eq!(result.status, Some(200));

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    requests.iter().for_each(assert_auth);
    // The route file registers the update with POST; the published PUT would be answered 405.
    assert_eq!(requests[0].method.as_str(), "POST");
    assert_eq!(live::json_body(&requests[0]), json!({ "name": "Proxmox 1", "maxaccounts": 50 }));
    assert_eq!(live::json_body(&requests[1])["address"], "203.0.113.7");
    assert_eq!(live::json_body(&requests[1])["port"], 8006);
}

#[tokio::test]
async fn coupons_and_cancellation_reasons_are_created_and_deleted() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path("/application/coupons"))
        .respond_with(ResponseTemplate::new(201).set_body_json(
            json!({ "id": 9, "code": "WELCOME10", "type": "percent", "products": [], "pricing": [] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/application/coupons/9"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "message": "Coupon deleted successfully" })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/application/cancellation_reasons"))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({ "id": 4, "reason": "Trop cher", "status": "active" })),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let coupon = clientxcms::StoreCouponBody::new("WELCOME10", clientxcms::StoreCouponBodyType::Percent)
        .with_first_order_only(true)
        .with_max_uses(100);
    let created = client.store_coupon(coupon).await.unwrap();
    assert_eq!(created["code"], "WELCOME10");
    assert_eq!(created["id"], 9);
    assert_eq!(client.delete_coupon(9).await.unwrap().message, "Coupon deleted successfully");
    let reason = clientxcms::CancellationReasonRequest::new()
        .with_reason("Trop cher")
        .with_status(clientxcms::ProductStatus::Active);
    let stored = client.store_cancellation_reason(reason).await.unwrap();
    assert_eq!((stored.id, stored.reason.as_deref()), (Some(4), Some("Trop cher")));

    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    requests.iter().for_each(assert_auth);
    assert_eq!(
        live::json_body(&requests[0]),
        json!({ "code": "WELCOME10", "type": "percent", "first_order_only": true, "max_uses": 100 })
    );
    assert_eq!(requests[1].method.as_str(), "DELETE");
    // Published under /api/cancellation_reasons; the route lives under /api/application.
    assert_eq!(requests[2].url.path(), "/application/cancellation_reasons");
    assert_eq!(live::json_body(&requests[2]), json!({ "reason": "Trop cher", "status": "active" }));
}

#[tokio::test]
async fn service_state_changes_and_invoice_updates_use_the_routes_of_the_route_file() {
    let server = live::server().await;
    let service = json!({ "id": 501, "customer_id": 42, "name": "VPS SSD 2 vCPU", "type": "proxmox", "status": "suspended" });
    Mock::given(method("POST"))
        .and(path("/application/services/501/suspend"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": service,
            "result": { "success": true, "message": "Service suspended" }
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/application/invoices/INV-7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": 7, "customer_id": 42, "total": 12.5, "currency": "EUR", "status": "pending"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let body = clientxcms::SuspendServiceRequest::new().with_reason("Impayé").with_notify(true);
    let changed = client.suspend_service_by_id("501").body(body).await.unwrap();
    assert!(changed.result.success);
    assert_eq!(changed.data.status, clientxcms::ServiceStatus::Suspended);
    let update = clientxcms::UpdateInvoiceRequest::new().with_notes("Payé par virement");
    let invoice = client.update_invoice("INV-7", update).await.unwrap();
    assert_eq!((invoice.id, invoice.total), (7, 12.5));

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    requests.iter().for_each(assert_auth);
    // Published as PUT /application/suspend/{id} and PUT /application/invoices/{invoice}.
    assert_eq!(requests[0].method.as_str(), "POST");
    assert_eq!(live::json_body(&requests[0]), json!({ "reason": "Impayé", "notify": true }));
    assert_eq!(requests[1].method.as_str(), "POST");
    assert_eq!(live::json_body(&requests[1]), json!({ "notes": "Payé par virement" }));
}

#[tokio::test]
async fn an_invoice_pdf_is_streamed_chunk_by_chunk() {
    let server = live::server().await;
    // 3 MiB of PDF, larger than the client will hold whole below.
    let pdf: Vec<u8> = b"%PDF-1.7\n".iter().copied().cycle().take(3 << 20).collect();
    Mock::given(method("GET"))
        .and(path("/application/invoices/INV-1/pdf"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Content-Type", "application/pdf")
                .insert_header("Content-Disposition", "inline; filename=\"INV-1.pdf\"")
                .set_body_bytes(pdf.clone()),
        )
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).bearer_token(TOKEN).max_response_size(1 << 20).build().unwrap();
    let mut download = client.get_invoice_pdf("INV-1").await.unwrap();
    assert_eq!(download.status().as_u16(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(download.content_length(), Some(pdf.len() as u64));
    // Chunk by chunk: the size limit is for bodies held whole, not for a stream.
    let mut received_bytes = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = download.chunk().await.unwrap() {
        received_bytes.extend_from_slice(&chunk);
        chunks += 1;
    }
    assert_eq!(received_bytes, pdf);
    assert!(chunks > 1, "one chunk for 3 MiB");
    // Whole, it is held to the client's limit.
    let error = client.get_invoice_pdf("INV-1").await.unwrap().bytes().await.unwrap_err();
    assert!(matches!(error, openapi_client_runtime::Error::ResponseTooLarge { .. }), "{error:?}");
    let first = &received(&server).await[0];
    assert_eq!(header(first, "authorization"), Some(format!("Bearer {TOKEN}")));
}

#[tokio::test]
async fn a_201_answer_s_location_is_read_through_send_with_response() {
    let server = live::server().await;
    let location = "https://panel.example.org/api/application/customers/6";
    Mock::given(method("POST"))
        .and(path("/application/customers"))
        .and(bearer_token(TOKEN))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("Location", location)
                .set_body_json(customer(6)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let response = client(&server)
        .store_customer(new_customer())
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), clientxcms::reqwest::StatusCode::CREATED);
    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(
        response.headers()[clientxcms::reqwest::header::LOCATION],
        location
    );
    // The body is the typed body `.await` gives, and the response derefs to it.
    assert_eq!(response.body().id, 6);
    assert_eq!(response.email, "c6@example.org");
    let (status, headers, body) = response.into_parts();
    assert_eq!(status.as_u16(), 201);
    assert_eq!(
        headers.get("location").and_then(|v| v.to_str().ok()),
        Some(location)
    );
    assert_eq!(body.firstname, "Ada");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 1);
    assert_auth(&requests[0]);
    assert_eq!(live::json_body(&requests[0])["email"], "taken@example.org");
}

#[tokio::test]
async fn an_optional_query_parameter_is_sent_only_when_its_setter_is_called() {
    let server = live::server().await;
    Mock::given(method("DELETE"))
        .and(path("/application/customers/5"))
        .respond_with(ResponseTemplate::new(200).set_body_json(customer(5)))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/application/customers"))
        .respond_with(customers(3))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);

    assert_eq!(client.delete_customer(5).force(true).await.unwrap().id, 5);
    assert_eq!(client.delete_customer(5).await.unwrap().id, 5);
    let page = client
        .get_customers()
        .filter_phone("+33 6 12")
        .await
        .unwrap();
    assert_eq!(page.data.len(), 3);
    assert_eq!(client.get_customers().await.unwrap().data.len(), 3);

    let requests = received(&server).await;
    assert_eq!(requests.len(), 4);
    requests.iter().for_each(assert_auth);
    // Set: the one parameter, nothing else.
    assert_eq!(
        live::query(&requests[0]),
        [("force".to_owned(), "true".to_owned())]
    );
    assert_eq!(query_values(&requests[2], "filter[phone]"), ["+33 6 12"]);
    assert_eq!(live::query(&requests[2]).len(), 1, "{}", requests[2].url);
    // Not set: absent, not sent empty or as `false`.
    assert_eq!(requests[1].url.query(), None, "{}", requests[1].url);
    assert!(query_values(&requests[1], "force").is_empty());
    assert_eq!(requests[3].url.query(), None, "{}", requests[3].url);
    assert!(query_values(&requests[3], "filter[phone]").is_empty());
}
