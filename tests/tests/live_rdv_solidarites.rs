//! The generated `rdv-solidarites` crate against a real HTTP server on loopback: the
//! devise_token_auth session (sign-in, the `access-token`/`client`/`uid` headers on every request,
//! token rotation, expiry, one re-sign-in on 401, concurrent use), `page`/`meta` pagination, the
//! typed `errors`/`error_messages` bodies, redirects and redaction.

mod live;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::StreamExt;
use live::{assert_hides, fast_retry, header, json_body, received, received_on};
use rdv_solidarites::{
    Client, Error, GetAgentsError, GetUserError, UpdateUserError, UpdateUserRequest,
    ValidationErrors,
};
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header as header_is, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SIGN_IN: &str = "/api/v1/auth/sign_in";
const EMAIL: &str = "agent@example.org";
const PASSWORD: &str = "correct horse battery staple";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .retry(fast_retry!(rdv_solidarites))
        .build()
        .expect("client")
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The session of generation `n`: every header value is distinct per generation.
fn tokens(n: u64) -> [(&'static str, String); 3] {
    [
        ("access-token", format!("access-token-{n}-secret")),
        ("client", format!("client-{n}-secret")),
        ("uid", format!("uid-{n}@example.org")),
    ]
}

/// A response carrying session `n`'s headers, valid for an hour.
fn with_tokens(template: ResponseTemplate, n: u64) -> ResponseTemplate {
    with_tokens_until(template, n, now() + 3_600)
}

fn with_tokens_until(mut template: ResponseTemplate, n: u64, expiry: u64) -> ResponseTemplate {
    for (name, value) in tokens(n) {
        template = template.insert_header(name, value.as_str());
    }
    template
        .insert_header("expiry", expiry.to_string().as_str())
        .insert_header("token-type", "Bearer")
}

fn sign_in_answer(n: u64) -> ResponseTemplate {
    with_tokens(
        ResponseTemplate::new(200).set_body_json(json!({ "data": agent(1) })),
        n,
    )
}

/// Mounts a sign-in endpoint that answers with session `n`, for at most `times` requests.
async fn mount_sign_in(server: &MockServer, n: u64, times: u64) {
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .respond_with(sign_in_answer(n))
        .up_to_n_times(times)
        .mount(server)
        .await;
}

fn agent(n: u64) -> Value {
    json!({ "id": n, "email": format!("agent{n}@example.org"), "first_name": "A", "last_name": null })
}

fn user(n: u64) -> Value {
    json!({
        "id": n,
        "first_name": "Camille",
        "last_name": "Martin",
        "email": "camille@example.org",
        "notify_by_sms": true,
        "notify_by_email": false,
        "created_at": "2022-01-01 08:45:00 +0100"
    })
}

fn agents_page(page: u64, total_pages: u64, per_page: u64) -> Value {
    let agents: Vec<Value> = ((page - 1) * per_page + 1..=page * per_page)
        .map(agent)
        .collect();
    json!({
        "agents": agents,
        "meta": {
            "current_page": page,
            "next_page": (page < total_pages).then_some(page + 1),
            "prev_page": (page > 1).then(|| page - 1),
            "total_count": total_pages * per_page,
            "total_pages": total_pages
        }
    })
}

fn page_of(request: &Request) -> u64 {
    live::query_int(request, "page", 1)
}

/// Asserts that a request carried exactly session `n`'s headers.
#[track_caller]
fn assert_session(request: &Request, n: u64) {
    for (name, value) in tokens(n) {
        assert_eq!(
            header(request, name).as_deref(),
            Some(value.as_str()),
            "{name} of {} {}",
            request.method,
            request.url
        );
    }
}

#[track_caller]
fn assert_no_session(request: &Request) {
    for (name, _) in tokens(0) {
        assert_eq!(
            header(request, name),
            None,
            "{name} of {} {}",
            request.method,
            request.url
        );
    }
}

fn secrets() -> Vec<String> {
    let mut secrets = vec![PASSWORD.to_owned()];
    for n in 0..4 {
        secrets.extend(tokens(n).into_iter().map(|(_, value)| value));
    }
    secrets
}

#[track_caller]
fn assert_hides_session(what: &str, text: &str) {
    let secrets = secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    assert_hides(what, text, &secrets);
}

// ----------------------------------------------------------------------------------------------
// Sign-in and the session headers

#[tokio::test]
async fn sign_in_posts_json_and_the_session_goes_on_every_request() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .and(header_is("content-type", "application/json"))
        .and(header_is("accept", "application/json"))
        .and(body_json(json!({ "email": EMAIL, "password": PASSWORD })))
        .respond_with(sign_in_answer(1))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(agents_page(1, 1, 2)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "user": user(7) })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/api/v1/users/7"))
        .and(body_json(json!({ "first_name": "Camille" })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "user": user(7) })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v1/users/7/rdv_invitation_token"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({ "invitation_token": "abc" })),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/api/v1/absences/3"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    assert!(!client.is_signed_in());
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    assert!(client.is_signed_in());

    let agents = client.get_agents().await.unwrap();
    assert_eq!(agents.agents.len(), 2);
    assert_eq!(client.get_user(7).await.unwrap().user.id, 7);
    let update = UpdateUserRequest::new().with_first_name("Camille");
    client.update_user(7, update).await.unwrap();
    assert_eq!(
        client
            .create_user_invitation(7)
            .await
            .unwrap()
            .invitation_token,
        "abc"
    );
    client.delete_absence(3).await.unwrap();

    let requests = received(&server).await;
    assert_eq!(requests.len(), 6);
    // The sign-in itself carries no session; every later request, whatever its method, does.
    assert_eq!(requests[0].url.path(), SIGN_IN);
    assert_no_session(&requests[0]);
    for request in &requests[1..] {
        assert_session(request, 1);
        assert_eq!(
            header(request, "accept").as_deref(),
            Some("application/json")
        );
        assert_eq!(
            header(request, "user-agent").as_deref(),
            Some(rdv_solidarites::USER_AGENT)
        );
    }
    // Clones share the session.
    let clone = client.clone();
    assert!(clone.is_signed_in());
}

#[tokio::test]
async fn requests_before_sign_in_carry_no_session_and_401_does_not_sign_in() {
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({ "errors": ["Vous devez vous connecter."] })),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.get_agents().await.unwrap_err();
    assert!(error.is_auth(), "{error:?}");
    match error.api_body() {
        Some(GetAgentsError::Unauthorized(body)) => {
            assert_eq!(body.errors, ["Vous devez vous connecter."]);
        }
        other => panic!("expected the 401 body, got {other:?}"),
    }
    let requests = received(&server).await;
    assert_eq!(requests.len(), 1, "no sign-in without credentials");
    assert_no_session(&requests[0]);
}

#[tokio::test]
async fn a_refused_sign_in_is_an_auth_error_and_leaves_the_client_signed_out() {
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "success": false,
            "errors": ["Identifiants de connexion invalides. Veuillez réessayer."]
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.sign_in(EMAIL, PASSWORD).await.unwrap_err();
    assert!(error.is_auth(), "{error:?}");
    assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
    assert!(!client.is_signed_in());
    assert_hides_session("sign-in error", &format!("{error:?} {error}"));

    // A 200 without the session headers is not a session.
    let server = live::server().await;
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "data": agent(1) }))
                .insert_header("access-token", "only-one-of-three"),
        )
        .mount(&server)
        .await;
    let client = self::client(&server);
    let error = client.sign_in(EMAIL, PASSWORD).await.unwrap_err();
    assert!(matches!(error, Error::InvalidResponse(_)), "{error:?}");
    assert!(!client.is_signed_in());
}

#[tokio::test]
async fn new_tokens_in_a_response_replace_the_old_ones_for_the_next_request() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    let page = || ResponseTemplate::new(200).set_body_json(agents_page(1, 1, 1));
    // 1st answer rotates to session 2.
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(with_tokens(page(), 2))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    // 2nd answer has an incomplete set (no `uid`) and an empty token: not a session, ignored.
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(
            page()
                .insert_header("access-token", "")
                .insert_header("client", "client-partial"),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    // 3rd answer is an error that still rotates (devise_token_auth does so on every response).
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(with_tokens(
            ResponseTemplate::new(500).set_body_json(json!({ "errors": ["oops"] })),
            3,
        ))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(page())
        .mount(&server)
        .await;

    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    client.get_agents().await.unwrap();
    client.get_agents().await.unwrap();
    let error = client.get_agents().await.unwrap_err();
    assert!(matches!(
        error.api_body(),
        Some(GetAgentsError::InternalServerError(_))
    ));
    client.get_agents().await.unwrap();

    let gets = received_on(&server, "/api/v1/agents").await;
    assert_eq!(gets.len(), 4);
    assert_session(&gets[0], 1);
    assert_session(&gets[1], 2);
    assert_session(&gets[2], 2);
    assert_session(&gets[3], 3);
    assert_eq!(received_on(&server, SIGN_IN).await.len(), 1);
}

#[tokio::test]
async fn an_expired_session_signs_in_again_before_the_next_request() {
    let server = live::server().await;
    // The first session is already past its `expiry`.
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .respond_with(with_tokens_until(
            ResponseTemplate::new(200).set_body_json(json!({ "data": agent(1) })),
            1,
            now() - 10,
        ))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .respond_with(sign_in_answer(2))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(agents_page(1, 1, 1)))
        .expect(2)
        .mount(&server)
        .await;

    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    client.get_agents().await.unwrap();
    // Session 2 is valid for an hour: no third sign-in.
    client.get_agents().await.unwrap();

    let requests = received(&server).await;
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(
        paths,
        [SIGN_IN, SIGN_IN, "/api/v1/agents", "/api/v1/agents"]
    );
    // The second sign-in uses the same credentials and no session.
    assert_eq!(
        json_body(&requests[1]),
        json!({ "email": EMAIL, "password": PASSWORD })
    );
    assert_no_session(&requests[1]);
    assert_session(&requests[2], 2);
    assert_session(&requests[3], 2);
}

#[tokio::test]
async fn a_401_signs_in_again_once_then_gives_up_with_an_auth_error() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    mount_sign_in(&server, 2, 1).await;
    mount_sign_in(&server, 3, 1).await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({ "errors": ["Session expirée"] })),
        )
        .expect(2)
        .mount(&server)
        .await;

    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    let error = client.get_agents().await.unwrap_err();
    assert!(error.is_auth(), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert!(
        matches!(error.api_body(), Some(GetAgentsError::Unauthorized(body)) if body.errors == ["Session expirée"])
    );

    let requests = received(&server).await;
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(
        paths,
        [SIGN_IN, "/api/v1/agents", SIGN_IN, "/api/v1/agents"]
    );
    assert_session(&requests[1], 1);
    assert_session(&requests[3], 2);
    assert_eq!(
        json_body(&requests[2]),
        json!({ "email": EMAIL, "password": PASSWORD })
    );
}

#[tokio::test]
async fn a_401_then_a_fresh_session_repeats_the_request_transparently() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    mount_sign_in(&server, 2, 1).await;
    Mock::given(method("PATCH"))
        .and(path("/api/v1/users/7"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({ "errors": ["expired"] })))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/api/v1/users/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "user": user(7) })))
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    let update = UpdateUserRequest::new().with_notes("note");
    let updated = client.update_user(7, update).await.unwrap();
    assert_eq!(updated.user.id, 7);
    let patches = received_on(&server, "/api/v1/users/7").await;
    assert_eq!(patches.len(), 2);
    assert_session(&patches[0], 1);
    assert_session(&patches[1], 2);
    // The JSON body is sent again, unchanged.
    assert_eq!(json_body(&patches[1]), json!({ "notes": "note" }));
    assert_eq!(patches[0].body, patches[1].body);
}

#[tokio::test]
async fn a_401_whose_re_sign_in_is_refused_returns_the_401() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    Mock::given(method("POST"))
        .and(path(SIGN_IN))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({ "errors": ["locked"] })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/7"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({ "errors": ["expired"] })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    let error = client.get_user(7).await.unwrap_err();
    assert!(error.is_auth());
    assert!(
        matches!(error.api_body(), Some(GetUserError::Unauthorized(body)) if body.errors == ["expired"])
    );
    assert_eq!(received_on(&server, SIGN_IN).await.len(), 2);
}

/// Answers every request with a new session (generation 10, 11, ...), as a server rotating its
/// tokens on every response does.
struct Rotating {
    next: Arc<AtomicU64>,
}

impl wiremock::Respond for Rotating {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        with_tokens(
            ResponseTemplate::new(200).set_body_json(agents_page(1, 1, 1)),
            n,
        )
    }
}

#[tokio::test]
async fn the_session_is_shared_safely_by_concurrent_tasks() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    let next = Arc::new(AtomicU64::new(10));
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(Rotating { next: next.clone() })
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();

    const TASKS: u64 = 8;
    const CALLS: u64 = 4;
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                for _ in 0..CALLS {
                    client.get_agents().await.unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .unwrap()
            .unwrap();
    }

    let gets = received_on(&server, "/api/v1/agents").await;
    assert_eq!(gets.len() as u64, TASKS * CALLS);
    let issued = next.load(Ordering::SeqCst);
    for request in &gets {
        // Every request carries one whole session (never the tokens of two generations mixed),
        // one that the server had issued.
        let token = header(request, "access-token").expect("access-token");
        let n: u64 = token
            .strip_prefix("access-token-")
            .and_then(|rest| rest.strip_suffix("-secret"))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("unknown token {token}"));
        assert!(
            n == 1 || (10..issued).contains(&n),
            "token {n} was never issued"
        );
        assert_session(request, n);
    }
    // Only the one sign-in.
    assert_eq!(received_on(&server, SIGN_IN).await.len(), 1);
    // The last session issued is the one the client holds now.
    client.get_agents().await.unwrap();
    let last = received_on(&server, "/api/v1/agents").await.pop().unwrap();
    assert!(header(&last, "access-token").unwrap() != "access-token-1-secret");
}

// ----------------------------------------------------------------------------------------------
// Pagination (`page`, `meta.next_page`)

#[tokio::test]
async fn pages_follow_meta_next_page_across_three_pages_with_the_session() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(|request: &Request| {
            ResponseTemplate::new(200).set_body_json(agents_page(page_of(request), 3, 2))
        })
        .expect(5)
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    let ids: Vec<i64> = client
        .get_agents()
        .organisation_id(42)
        .stream()
        .map(|agent| agent.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
    let gets = received_on(&server, "/api/v1/agents").await;
    let pages: Vec<Vec<String>> = gets.iter().map(|r| live::query_values(r, "page")).collect();
    // The first page is asked for without a number (the server's default: 1), then 2 and 3.
    assert_eq!(pages, [vec![], vec!["2".to_owned()], vec!["3".to_owned()]]);
    for request in &gets {
        assert_session(request, 1);
        assert_eq!(live::query_value(request, "organisation_id"), "42");
    }

    // Starting from page 2.
    let ids: Vec<i64> = client
        .get_agents()
        .page(2)
        .stream()
        .collect_max(100)
        .await
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(ids, [3, 4, 5, 6]);
}

#[tokio::test]
async fn an_empty_page_a_repeated_page_and_the_cap_end_the_stream() {
    // An empty page ends the stream even when the metadata says more.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(|request: &Request| {
            let mut page = agents_page(page_of(request), 5, 2);
            if page_of(request) == 2 {
                page["agents"] = json!([]);
            }
            ResponseTemplate::new(200).set_body_json(page)
        })
        .expect(2)
        .mount(&server)
        .await;
    let agents = client(&server)
        .get_agents()
        .stream()
        .collect_max(100)
        .await
        .unwrap();
    assert_eq!(agents.len(), 2);
    drop(server);

    // A server that ignores `page` and sends page 1 again: an error, not an endless stream.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(agents_page(1, 5, 2)))
        .expect(2)
        .mount(&server)
        .await;
    let result = client(&server)
        .get_agents()
        .stream()
        .collect_max(1_000)
        .await;
    assert!(
        matches!(result, Err(Error::InvalidResponse(_))),
        "{result:?}"
    );
    drop(server);

    // The cap: 3 items of pages of 2 take two requests, not five.
    let server = live::server().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(|request: &Request| {
            ResponseTemplate::new(200).set_body_json(agents_page(page_of(request), 5, 2))
        })
        .expect(2)
        .mount(&server)
        .await;
    let agents = client(&server)
        .get_agents()
        .stream()
        .collect_max(3)
        .await
        .unwrap();
    assert_eq!(agents.iter().map(|a| a.id).collect::<Vec<_>>(), [1, 2, 3]);
}

// ----------------------------------------------------------------------------------------------
// Errors, retries, redirects, redaction

#[tokio::test]
async fn errors_and_error_messages_are_decoded_into_typed_bodies() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    Mock::given(method("PATCH"))
        .and(path("/api/v1/users/7"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "success": false,
            "errors": { "email": [{ "error": "taken" }], "birth_date": [{ "error": "invalid" }] },
            "error_messages": ["Email est déjà utilisé", "Date de naissance n'est pas valide"]
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/8"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "errors": [{ "base": "Vous ne pouvez pas effectuer cette action." }],
            "error_messages": ["Vous ne pouvez pas effectuer cette action."]
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/9"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({ "not_found": "user" })))
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();

    let update = UpdateUserRequest::new().with_email("taken@example.org");
    let error = client.update_user(7, update).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422));
    match error.api_body() {
        Some(UpdateUserError::UnprocessableEntity(body)) => {
            assert_eq!(body.success, Some(false));
            match &body.errors {
                ValidationErrors::Map(errors) => {
                    assert_eq!(errors["email"][0].error, "taken");
                    assert_eq!(errors["birth_date"][0].error, "invalid");
                }
                other => panic!("expected errors by attribute, got {other:?}"),
            }
            let messages = body.error_messages.as_deref().unwrap();
            assert_eq!(messages[0], "Email est déjà utilisé");
        }
        other => panic!("expected the 422 body, got {other:?}"),
    }

    let error = client.get_user(8).await.unwrap_err();
    assert!(error.is_auth());
    match error.api_body() {
        Some(GetUserError::Forbidden(body)) => {
            assert_eq!(
                body.errors[0].base,
                "Vous ne pouvez pas effectuer cette action."
            );
        }
        other => panic!("expected the 403 body, got {other:?}"),
    }
    // A 403 is not a session problem: no re-sign-in.
    assert_eq!(received_on(&server, SIGN_IN).await.len(), 1);

    let error = client.get_user(9).await.unwrap_err();
    assert!(
        matches!(error.api_body(), Some(GetUserError::NotFound(body)) if body.not_found == "user")
    );
}

#[tokio::test]
async fn a_field_of_the_wrong_type_gives_a_decode_error_naming_it() {
    let server = live::server().await;
    let mut bad = user(7);
    bad["email"] = json!(5);
    Mock::given(method("GET"))
        .and(path("/api/v1/users/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "user": bad })))
        .mount(&server)
        .await;
    let mut page = agents_page(1, 1, 2);
    page["meta"]["total_pages"] = json!("many");
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    let client = client(&server);
    let error = client.get_user(7).await.unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "user.email"),
        "{error:?}"
    );
    let error = client
        .get_agents()
        .stream()
        .collect_max(10)
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "meta.total_pages"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_429_is_retried_with_the_session() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(agents_page(1, 1, 1)))
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    client.get_agents().await.unwrap();
    let gets = received_on(&server, "/api/v1/agents").await;
    assert_eq!(gets.len(), 2);
    gets.iter().for_each(|r| assert_session(r, 1));
}

#[tokio::test]
async fn a_cross_origin_redirect_carries_no_session_headers() {
    let elsewhere = live::server().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(agents_page(1, 1, 1)))
        .mount(&elsewhere)
        .await;
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("Location", format!("{}/api/v1/agents", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/1"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", "/api/v1/users/2"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "user": user(2) })))
        .mount(&server)
        .await;
    let client = client(&server);
    client.sign_in(EMAIL, PASSWORD).await.unwrap();

    let error = client.get_agents().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin was contacted"
    );

    // Within the origin the redirect is followed, with the session.
    assert_eq!(client.get_user(1).await.unwrap().user.id, 2);
    let followed = received_on(&server, "/api/v1/users/2").await;
    assert_eq!(followed.len(), 1);
    assert_session(&followed[0], 1);
}

#[tokio::test]
async fn debug_and_errors_never_show_the_password_or_the_session() {
    let server = live::server().await;
    mount_sign_in(&server, 1, 1).await;
    // Error answers carry the rotated session too.
    Mock::given(method("PATCH"))
        .and(path("/api/v1/users/7"))
        .respond_with(with_tokens(
            ResponseTemplate::new(422).set_body_json(json!({ "errors": ["invalid"] })),
            2,
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users/7"))
        .respond_with(with_tokens(
            ResponseTemplate::new(418).set_body_string("teapot"),
            3,
        ))
        .mount(&server)
        .await;
    let builder = Client::builder().base_url(server.uri());
    assert_hides_session("ClientBuilder Debug", &format!("{builder:?}"));
    let client = builder.build().unwrap();
    client.sign_in(EMAIL, PASSWORD).await.unwrap();
    let debug = format!("{client:?} {client:#?}");
    assert!(debug.contains("signed_in: true"), "{debug}");
    assert_hides_session("Client Debug", &debug);
    assert_hides("Client Debug", &debug, &[EMAIL]);

    let error = client
        .update_user(7, UpdateUserRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422));
    assert_hides_session("Api error", &format!("{error:?} {error}"));
    let error = client.get_user(7).await.unwrap_err();
    assert!(matches!(error, Error::UnexpectedStatus { .. }), "{error:?}");
    assert_hides_session("UnexpectedStatus error", &format!("{error:?} {error}"));
    // The tokens are still taken up, only hidden.
    let debug = format!("{client:?}");
    assert_hides_session("Client Debug after rotation", &debug);
}
