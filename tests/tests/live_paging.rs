//! The pagination styles configured by `api.toml` for any API: RFC 8288 `Link` headers
//! (`link-header`), a next-page URL header (`next-page-header`, Kinto's `Next-Page`) and a
//! cursor in the body (`cursor`). The crates of `tests/specs/paging/*.yaml` (committed in
//! `tests/paging-crates/`) run against loopback servers; each test asserts on the requests the
//! servers received: every page asked once with the client's credentials, next-page URLs
//! followed only under the base URL (another port or host gets nothing), cycles of any period
//! refused, and the stream never ended early by a short or empty page.

mod live;

use futures::TryStreamExt;
use live::{header, query, query_values, received};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const ISSUES: &str = "/v1/repos/octo/hello/issues";

/// The origin the client sent the request to (from its `Host` header).
fn origin(request: &Request) -> String {
    format!("http://{}", header(request, "host").expect("a Host header"))
}

fn issues(numbers: &[i64]) -> Value {
    Value::Array(numbers.iter().map(|n| json!({ "number": n, "title": format!("issue {n}") })).collect())
}

/// Answers each page number (the `page` query parameter, 1 when absent) with its items and
/// `Link` header, as `pages` gives them.
struct LinkPages(fn(&str, u32) -> (Value, Option<String>));

impl Respond for LinkPages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let page = query_values(request, "page").first().map_or(1, |p| p.parse().unwrap());
        let origin = origin(request);
        let (body, link) = (self.0)(&origin, page);
        let mut response = ResponseTemplate::new(200).set_body_json(body);
        if let Some(link) = link {
            response = response.insert_header("link", link.as_str());
        }
        response
    }
}

async fn link_server(pages: fn(&str, u32) -> (Value, Option<String>)) -> MockServer {
    let server = live::server().await;
    Mock::given(method("GET")).and(path(ISSUES)).respond_with(LinkPages(pages)).mount(&server).await;
    server
}

fn link_client(server: &MockServer) -> paging_link::Client {
    paging_link::Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .bearer_token("tok-link")
        .build()
        .unwrap()
}

fn numbers(items: &[paging_link::Issue]) -> Vec<i64> {
    items.iter().map(|issue| issue.number).collect()
}

#[tokio::test]
async fn link_header_pages_are_followed_with_credentials_until_no_next() {
    // Page 1 links absolutely, page 2 relatively (among other relations, in one field and in
    // two), page 3 has no `next`. Page 2 is short: that does not end the stream.
    let server = link_server(|origin, page| match page {
        1 => (
            issues(&[1, 2]),
            Some(format!(
                "<{origin}{ISSUES}?state=open&per_page=2&page=2>; rel=\"next\", <{origin}{ISSUES}?state=open&per_page=2&page=3>; rel=\"last\""
            )),
        ),
        2 => (issues(&[3]), Some(format!("<{ISSUES}?state=open&per_page=2&page=1>; rel=\"prev first\", <{ISSUES}?state=open&per_page=2&page=3>; rel=next"))),
        _ => (issues(&[4, 5]), Some(format!("<{ISSUES}?state=open&per_page=2&page=2>; rel=\"prev\""))),
    })
    .await;
    let client = link_client(&server);
    let request = client.list_issues("octo", "hello").state(paging_link::ListIssuesState::Open).per_page(2);
    let items: Vec<_> = request.clone().stream().try_collect().await.unwrap();
    assert_eq!(numbers(&items), [1, 2, 3, 4, 5]);

    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    let pairs = |page: &str| {
        let mut pairs = vec![("state".to_owned(), "open".to_owned()), ("per_page".to_owned(), "2".to_owned())];
        if !page.is_empty() {
            pairs.push(("page".to_owned(), page.to_owned()));
        }
        pairs
    };
    assert_eq!(query(&requests[0]), pairs(""));
    assert_eq!(query(&requests[1]), pairs("2"));
    assert_eq!(query(&requests[2]), pairs("3"));
    for request in &requests {
        assert_eq!(request.url.path(), ISSUES);
        assert_eq!(header(request, "authorization").as_deref(), Some("Bearer tok-link"));
    }

    // `collect_max` stops at the number asked, without fetching pages it does not need.
    let first_three = request.stream().collect_max(3).await.unwrap();
    assert_eq!(numbers(&first_three), [1, 2, 3]);
    assert_eq!(received(&server).await.len(), 5);
}

#[tokio::test]
async fn link_to_another_origin_or_outside_the_base_path_is_not_followed() {
    let elsewhere = live::server().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(issues(&[99]))).mount(&elsewhere).await;
    let port = elsewhere.address().port();
    for target in [
        elsewhere.uri() + ISSUES + "?page=2",
        // Another loopback address, the same port: another origin still.
        format!("http://127.0.0.2:{port}{ISSUES}?page=2"),
        // The same origin, but outside the base URL's path.
        "/admin/issues?page=2".to_owned(),
        "/v1evil/issues?page=2".to_owned(),
    ] {
        let server = live::server().await;
        let link = format!("<{target}>; rel=\"next\"");
        Mock::given(method("GET"))
            .and(path(ISSUES))
            .respond_with(ResponseTemplate::new(200).set_body_json(issues(&[1])).insert_header("link", link.as_str()))
            .mount(&server)
            .await;
        let client = link_client(&server);
        let mut stream = client.list_issues("octo", "hello").stream();
        assert_eq!(stream.try_next().await.unwrap().map(|issue| issue.number), Some(1), "{target}");
        let error = stream.try_next().await.expect_err(&target);
        assert!(matches!(error, paging_link::Error::InvalidResponse(_)), "{target}: {error:?}");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("admin") && !shown.contains("127.0.0.2") && !shown.contains("evil"), "{shown}");
        assert_eq!(received(&server).await.len(), 1, "{target}");
    }
    assert!(received(&elsewhere).await.is_empty(), "a request reached another origin");
}

#[tokio::test]
async fn link_cycles_of_any_period_end_the_stream_with_an_error() {
    // Page n links to page (n % period) + 1: the period-th page links back to page 1.
    for period in 1..=5u32 {
        let server = live::server().await;
        struct Cycle(u32);
        impl Respond for Cycle {
            fn respond(&self, request: &Request) -> ResponseTemplate {
                let page: u32 = query_values(request, "page").first().map_or(1, |p| p.parse().unwrap());
                let next = page % self.0 + 1;
                ResponseTemplate::new(200)
                    .set_body_json(issues(&[i64::from(page)]))
                    .insert_header("link", format!("<{ISSUES}?page={next}>; rel=\"next\"").as_str())
            }
        }
        Mock::given(method("GET")).and(path(ISSUES)).respond_with(Cycle(period)).mount(&server).await;
        let client = link_client(&server);
        // From page 1 named, so that the link back to it is the URL first fetched.
        let mut stream = client.list_issues("octo", "hello").page(1).stream();
        let mut seen = Vec::new();
        let error = loop {
            match stream.try_next().await {
                Ok(Some(issue)) => seen.push(issue.number),
                Ok(None) => panic!("period {period}: the stream ended"),
                Err(error) => break error,
            }
        };
        assert!(matches!(error, paging_link::Error::InvalidResponse(_)), "{error:?}");
        // Each page of the cycle once, its items all given, then the error.
        assert_eq!(seen, (1..=i64::from(period)).collect::<Vec<_>>(), "period {period}");
        assert_eq!(received(&server).await.len(), period as usize, "period {period}");
    }
}

#[tokio::test]
async fn any_link_header_value_is_read_without_panicking() {
    // Random header values: the stream ends, errors or follows, and never panics.
    struct RandomLinks(std::sync::Mutex<u64>);
    impl Respond for RandomLinks {
        fn respond(&self, _: &Request) -> ResponseTemplate {
            let mut state = self.0.lock().unwrap();
            let alphabet: Vec<char> = "<>;,=\" \t/?#:relnxtNEXT*'%a1é\u{7f}".chars().collect();
            let mut value = String::new();
            for _ in 0..(*state % 40) {
                *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                value.push(alphabet[(*state >> 33) as usize % alphabet.len()]);
            }
            let value: String = value.chars().filter(|c| *c != '\u{7f}').collect();
            ResponseTemplate::new(200).set_body_json(issues(&[1])).insert_header("link", value.as_str())
        }
    }
    let server = live::server().await;
    Mock::given(method("GET")).and(path(ISSUES)).respond_with(RandomLinks(std::sync::Mutex::new(7))).mount(&server).await;
    let client = link_client(&server);
    for _ in 0..300 {
        let _ = client.list_issues("octo", "hello").stream().collect_max(3).await;
    }
}

// ---------------------------------------------------------------------------------------------
// Honest statuses: a documented redirect is the answer; an undocumented 2xx with nothing to decode
// is success.

#[tokio::test]
async fn a_documented_redirect_is_returned_not_followed() {
    let server = live::server().await;
    let download = format!("{}/codeload/octo/hello/tar.gz/main?token=short-lived", server.uri());
    Mock::given(method("GET"))
        .and(path("/v1/repos/octo/hello/tarball/main"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", download.as_str()))
        .mount(&server)
        .await;
    let client = link_client(&server);
    let redirect = client.download_tarball("octo", "hello", "main").await.unwrap();
    assert_eq!(redirect.status.as_u16(), 302);
    assert_eq!(redirect.location.as_deref(), Some(download.as_str()));
    // Same origin, yet not followed: the redirect is the operation's answer.
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn an_undocumented_2xx_is_success_when_nothing_needs_decoding() {
    let server = live::server().await;
    for status in [200, 201, 202, 204] {
        server.reset().await;
        Mock::given(method("PUT"))
            .and(path("/v1/user/starred/octo/hello"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        link_client(&server).star_repository("octo", "hello").await.unwrap_or_else(|e| panic!("{status}: {e}"));
    }
    // A 2xx where a body must be decoded stays an error that keeps the body.
    server.reset().await;
    Mock::given(method("GET"))
        .and(path("/v1/repos/octo/hello/issues/7"))
        .respond_with(ResponseTemplate::new(203).set_body_string("not json"))
        .mount(&server)
        .await;
    match link_client(&server).get_issue("octo", "hello", 7).await.unwrap_err() {
        paging_link::Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(status.as_u16(), 203);
            assert_eq!(&body[..], b"not json");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_empty_path_parameter_is_refused_before_sending() {
    let server = live::server().await;
    let client = link_client(&server);
    let error = client.get_issue("octo", "", 7).await.unwrap_err();
    assert!(matches!(error, paging_link::Error::InvalidRequest(_)), "{error:?}");
    assert!(error.to_string().contains("path parameter `repo` is empty"), "{error}");
    assert!(received(&server).await.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Next-Page header (Kinto)

const RECORDS: &str = "/v1/buckets/main/collections/tasks/records";

#[tokio::test]
async fn next_page_header_is_followed_and_the_query_key_sent_once() {
    struct Records;
    impl Respond for Records {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let origin = origin(request);
            let token = query_values(request, "_token").first().cloned();
            let (ids, next): (&[&str], Option<&str>) = match token.as_deref() {
                None => (&["a", "b"], Some("t1")),
                Some("t1") => (&[], Some("t2")), // an empty page that is not the last
                _ => (&["c"], None),
            };
            let data: Vec<Value> = ids.iter().map(|id| json!({ "id": id })).collect();
            let mut response = ResponseTemplate::new(200).set_body_json(json!({ "data": data }));
            if let Some(next) = next {
                // Kinto echoes the whole query, the key included.
                let url = format!("{origin}{RECORDS}?_limit=2&api_key=k-123&_token={next}");
                response = response.insert_header("Next-Page", url.as_str());
            }
            response
        }
    }
    let server = live::server().await;
    Mock::given(method("GET")).and(path(RECORDS)).respond_with(Records).mount(&server).await;
    let client = paging_next_page::Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .api_key("k-123")
        .build()
        .unwrap();
    let records: Vec<_> = client.list_records("main", "tasks").limit(2).stream().try_collect().await.unwrap();
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    assert_eq!(query_values(&requests[0], "_token"), Vec::<String>::new());
    assert_eq!(query_values(&requests[1], "_token"), ["t1"]);
    assert_eq!(query_values(&requests[2], "_token"), ["t2"]);
    for request in &requests {
        assert_eq!(query_values(request, "api_key"), ["k-123"], "{}", request.url);
        assert_eq!(query_values(request, "_limit"), ["2"], "{}", request.url);
    }
}

#[tokio::test]
async fn next_page_header_to_another_origin_is_not_followed() {
    let elsewhere = live::server().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(json!({ "data": [] }))).mount(&elsewhere).await;
    let server = live::server().await;
    let next = format!("{}{RECORDS}?_token=t1", elsewhere.uri());
    Mock::given(method("GET"))
        .and(path(RECORDS))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "data": [{ "id": "a" }] })).insert_header("Next-Page", next.as_str()))
        .mount(&server)
        .await;
    let client = paging_next_page::Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .api_key("k-123")
        .build()
        .unwrap();
    let error = client.list_records("main", "tasks").stream().collect_max(10).await.unwrap_err();
    assert!(matches!(error, paging_next_page::Error::InvalidResponse(_)), "{error:?}");
    assert!(received(&elsewhere).await.is_empty(), "the key went to another origin");
}

// ---------------------------------------------------------------------------------------------
// Cursor in the body (Slack)

const CONVERSATIONS: &str = "/api/conversations.list";

fn conversation_client(server: &MockServer) -> paging_cursor::Client {
    paging_cursor::Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .bearer_token("tok-cursor")
        .build()
        .unwrap()
}

#[tokio::test]
async fn cursor_from_the_body_is_sent_back_until_it_is_empty() {
    struct Pages;
    impl Respond for Pages {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let cursor = query_values(request, "cursor").first().cloned();
            let (ids, next): (&[&str], &str) = match cursor.as_deref() {
                None => (&["C1", "C2"], "dXNlcjpVMEc5V0ZYTlo="),
                Some("dXNlcjpVMEc5V0ZYTlo=") => (&["C3"], "second"), // fewer than asked, more to come
                Some("second") => (&[], "third"),                   // none, more to come
                _ => (&["C4"], ""),
            };
            let channels: Vec<Value> = ids.iter().map(|id| json!({ "id": id, "name": id.to_lowercase() })).collect();
            ResponseTemplate::new(200).set_body_json(json!({
                "ok": true,
                "channels": channels,
                "response_metadata": { "next_cursor": next },
            }))
        }
    }
    let server = live::server().await;
    Mock::given(method("GET")).and(path(CONVERSATIONS)).respond_with(Pages).mount(&server).await;
    let client = conversation_client(&server);
    let items: Vec<_> = client.list_conversations().limit(2).exclude_archived(true).stream().try_collect().await.unwrap();
    let ids: Vec<&str> = items.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["C1", "C2", "C3", "C4"]);
    let requests = received(&server).await;
    let cursors: Vec<Vec<String>> = requests.iter().map(|r| query_values(r, "cursor")).collect();
    assert_eq!(cursors, [vec![], vec!["dXNlcjpVMEc5V0ZYTlo=".to_owned()], vec!["second".to_owned()], vec!["third".to_owned()]]);
    for request in &requests {
        assert_eq!(query_values(request, "limit"), ["2"]);
        assert_eq!(query_values(request, "exclude_archived"), ["true"]);
        assert_eq!(header(request, "authorization").as_deref(), Some("Bearer tok-cursor"));
    }
}

#[tokio::test]
async fn a_cursor_given_twice_ends_the_stream_with_an_error() {
    // Cursors a -> b -> c -> a: a cycle of period 3.
    struct Cycle;
    impl Respond for Cycle {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let next = match query_values(request, "cursor").first().map(String::as_str) {
                None | Some("c") => "a",
                Some("a") => "b",
                _ => "c",
            };
            ResponseTemplate::new(200).set_body_json(json!({
                "ok": true,
                "channels": [{ "id": next, "name": next }],
                "response_metadata": { "next_cursor": next },
            }))
        }
    }
    let server = live::server().await;
    Mock::given(method("GET")).and(path(CONVERSATIONS)).respond_with(Cycle).mount(&server).await;
    let client = conversation_client(&server);
    let mut stream = client.list_conversations().stream();
    let mut ids = Vec::new();
    let error = loop {
        match stream.try_next().await {
            Ok(Some(conversation)) => ids.push(conversation.id),
            Ok(None) => panic!("the stream ended"),
            Err(error) => break error,
        }
    };
    assert!(matches!(error, paging_cursor::Error::InvalidResponse(_)), "{error:?}");
    // Every page fetched is given, the one that repeats a cursor included; none is fetched twice.
    assert_eq!(ids, ["a", "b", "c", "a"]);
    assert_eq!(received(&server).await.len(), 4);
}
