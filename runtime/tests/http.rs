//! Tests of the HTTP runtime (the crate, which generated clients depend on or embed), against a
//! tiny HTTP/1.1 server on loopback that records raw requests and sends scripted replies, or
//! misbehaves on purpose (endless bodies, redirects elsewhere, any `Retry-After`).

use openapi_client_runtime as runtime;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::Method;
use runtime::{Client, ClientBuilder, Error, FilePart, ParamStyle, RequestError};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const UA: &str = "runtime-tests/0.1.0";

fn builder(default_server: &'static str) -> ClientBuilder {
    ClientBuilder::with_defaults(default_server, UA)
}

// ----------------------------------------------------------------------------------------------
// Test server

#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    fn json(status: u16, body: Value) -> Self {
        Reply::new(status, body.to_string()).header("Content-Type", "application/json")
    }

    fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    /// The raw request target, e.g. `/contacts/1?include=a%2Cb`.
    target: String,
    /// Lower-cased names, in order.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Recorded {
    fn header(&self, name: &str) -> Option<&str> {
        let mut values = self.headers.iter().filter(|(n, _)| n == name);
        let value = values.next().map(|(_, v)| v.as_str());
        assert!(values.next().is_none(), "header {name} sent more than once");
        value
    }

    /// The raw query string.
    fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    /// The query, form-urldecoded.
    fn query_pairs(&self) -> Vec<(String, String)> {
        let url = reqwest::Url::parse(&format!("http://host{}", self.target)).unwrap();
        url.query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn body_text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
}

struct Server {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Server {
    /// Serves `reply` to every request until the test's runtime ends.
    async fn start(reply: Reply) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (reply, recorded) = (reply.clone(), recorded.clone());
                tokio::spawn(async move { handle(stream, reply, recorded).await });
            }
        });
        Server { addr, requests }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn client(&self) -> Client {
        builder("").base_url(self.url()).build().unwrap()
    }

    fn last(&self) -> Recorded {
        self.requests
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("no request received")
    }
}

async fn handle(mut stream: TcpStream, reply: Reply, recorded: Arc<Mutex<Vec<Recorded>>>) {
    let Ok(request) = read_request(&mut stream).await else {
        return;
    };
    recorded.lock().unwrap().push(request);
    write_reply(&mut stream, &reply).await;
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

async fn read_more(stream: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let mut chunk = [0u8; 8192];
    match stream.read(&mut chunk).await? {
        0 => Err(std::io::ErrorKind::UnexpectedEof.into()),
        n => {
            buf.extend_from_slice(&chunk[..n]);
            Ok(())
        }
    }
}

async fn read_request(stream: &mut TcpStream) -> std::io::Result<Recorded> {
    let mut buf = Vec::new();
    let head_end = loop {
        if let Some(end) = find(&buf, b"\r\n\r\n") {
            break end;
        }
        read_more(stream, &mut buf).await?;
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let target = request_line.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let mut body = buf[head_end + 4..].to_vec();
    if let Some(length) = header("content-length") {
        let length: usize = length.parse().unwrap();
        while body.len() < length {
            read_more(stream, &mut body).await?;
        }
    } else if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        while !body.ends_with(b"0\r\n\r\n") {
            read_more(stream, &mut body).await?;
        }
        body = decode_chunked(&body);
    }
    Ok(Recorded {
        method,
        target,
        headers,
        body,
    })
}

fn decode_chunked(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = find(raw, b"\r\n") {
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[line_end + 2..line_end + 2 + size]);
        raw = &raw[line_end + 2 + size + 2..];
    }
    out
}

// ----------------------------------------------------------------------------------------------
// A generated-style operation

#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Contact {
    id: String,
    email: String,
}

#[derive(Debug, Serialize)]
struct ContactUpdate {
    email: String,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Errors {
    errors: Vec<ErrorItem>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct ErrorItem {
    title: String,
}

#[derive(Default)]
struct UpdateContactParams {
    include: Option<Vec<String>>,
    x_trace: Option<String>,
}

#[derive(Debug, PartialEq)]
enum UpdateContactError {
    NotFound(Errors),
    Invalid(Value),
}

/// Operations written as a generated crate writes them (there, as inherent methods of its own
/// `Client`).
trait Operations {
    fn update_contact<'a>(
        &'a self,
        id: &'a str,
        body: &'a ContactUpdate,
        params: &'a UpdateContactParams,
    ) -> impl std::future::Future<Output = Result<Contact, Error<Errors>>> + Send + 'a;

    fn get_contact_typed<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Option<Contact>, Error<UpdateContactError>>> + Send + 'a;
}

impl Operations for Client {
    async fn update_contact(
        &self,
        id: &str,
        body: &ContactUpdate,
        params: &UpdateContactParams,
    ) -> Result<Contact, Error<Errors>> {
        let path = format!("/contacts/{}", runtime::path_param("id", id)?);
        let mut request = self.request(Method::PATCH, path);
        request.query("include", &params.include, ParamStyle::Form, false);
        request.header("X-Trace", &params.x_trace);
        request.accept("application/vnd.api+json");
        request.json("application/vnd.api+json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            404 | 422 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    async fn get_contact_typed(&self, id: &str) -> Result<Option<Contact>, Error<UpdateContactError>> {
        let request = self.request(Method::GET, format!("/contacts/{}", runtime::path_param("id", id)?));
        let response = request.send().await?;
        match response.status() {
            200 | 204 => Ok(response.json()?),
            404 => Err(response.api_error(UpdateContactError::NotFound)),
            422 => Err(response.api_error(UpdateContactError::Invalid)),
            _ => Err(response.unexpected()),
        }
    }
}

fn update() -> ContactUpdate {
    ContactUpdate {
        email: "a@b.c".into(),
    }
}

/// A value whose serialization fails.
struct Unserializable;

impl Serialize for Unserializable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("boom"))
    }
}

fn invalid_message(error: RequestError) -> String {
    match error {
        RequestError::InvalidRequest(message) => message,
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

// ----------------------------------------------------------------------------------------------
// Requests

#[tokio::test]
async fn json_operation_round_trip() {
    let server = Server::start(
        Reply::json(200, json!({"id": "a b/1", "email": "a@b.c"}))
            .header("Content-Type", "application/vnd.api+json"),
    )
    .await;
    let client = server.client();
    let params = UpdateContactParams {
        include: Some(vec!["org".into(), "tags".into()]),
        x_trace: Some("trace-1".into()),
    };
    let contact = client
        .update_contact("a b/1", &update(), &params)
        .await
        .unwrap();
    assert_eq!(
        contact,
        Contact {
            id: "a b/1".into(),
            email: "a@b.c".into()
        }
    );

    let request = server.last();
    assert_eq!(request.method, "PATCH");
    assert_eq!(request.target, "/contacts/a%20b%2F1?include=org%2Ctags");
    assert_eq!(
        request.header("content-type"),
        Some("application/vnd.api+json")
    );
    assert_eq!(request.header("accept"), Some("application/vnd.api+json"));
    assert_eq!(request.header("x-trace"), Some("trace-1"));
    assert_eq!(request.header("user-agent"), Some(UA));
    assert_eq!(
        serde_json::from_slice::<Value>(&request.body).unwrap(),
        json!({"email": "a@b.c"})
    );

    // None parameters are skipped.
    client
        .update_contact("1", &update(), &UpdateContactParams::default())
        .await
        .unwrap();
    let request = server.last();
    assert_eq!(request.target, "/contacts/1");
    assert_eq!(request.header("x-trace"), None);
}

#[tokio::test]
async fn query_styles() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    let mut request = client.request(Method::GET, "/search".into());
    let object = json!({"a": 1, "b": "x y"});
    let none: Option<i32> = None;
    request.query("q", "a b&c=d", ParamStyle::Form, true);
    request.query("missing", &none, ParamStyle::Form, true);
    request.query("null", &Value::Null, ParamStyle::Form, true);
    request.query("n", &1.5, ParamStyle::Form, true);
    request.query("flag", &true, ParamStyle::Form, false);
    request.query("ids", &[1, 2], ParamStyle::Form, true);
    request.query("csv", &["x", "y"], ParamStyle::Form, false);
    request.query("empty", &Vec::<i32>::new(), ParamStyle::Form, false);
    request.query("sparse", &[Some(1), None, Some(3)], ParamStyle::Form, true);
    request.query("space", &["x", "y"], ParamStyle::SpaceDelimited, false);
    request.query("pipe", &["x", "y"], ParamStyle::PipeDelimited, false);
    request.query(
        "spaceExploded",
        &["x", "y"],
        ParamStyle::SpaceDelimited,
        true,
    );
    request.query("obj", &object, ParamStyle::Form, false);
    request.query("ignored", &object, ParamStyle::Form, true);
    request.query("page[number]", &2, ParamStyle::Form, true);
    request.query("filter[email]", "a@b.c", ParamStyle::Form, true);
    request.query(
        "filter",
        &json!({"age": {"gt": 18, "lt": null}, "name": "Ann", "tags": ["p", "q"]}),
        ParamStyle::DeepObject,
        true,
    );
    request.send().await.unwrap();

    let request = server.last();
    assert_eq!(
        request.query_pairs(),
        pairs(&[
            ("q", "a b&c=d"),
            ("n", "1.5"),
            ("flag", "true"),
            ("ids", "1"),
            ("ids", "2"),
            ("csv", "x,y"),
            ("sparse", "1"),
            ("sparse", "3"),
            ("space", "x y"),
            ("pipe", "x|y"),
            ("spaceExploded", "x"),
            ("spaceExploded", "y"),
            ("obj", "a,1,b,x y"),
            ("a", "1"),
            ("b", "x y"),
            ("page[number]", "2"),
            ("filter[email]", "a@b.c"),
            ("filter[age][gt]", "18"),
            ("filter[name]", "Ann"),
            ("filter[tags][]", "p"),
            ("filter[tags][]", "q"),
        ])
    );
    // Form-urlencoded on the wire.
    let raw = request.query();
    assert!(
        raw.starts_with("q=a+b%26c%3Dd&n=1.5&flag=true&ids=1&ids=2&csv=x%2Cy&"),
        "{raw}"
    );
    assert!(raw.contains("&space=x+y&pipe=x%7Cy&"), "{raw}");
    assert!(
        raw.contains("&page%5Bnumber%5D=2&filter%5Bemail%5D=a%40b.c&"),
        "{raw}"
    );
    assert!(
        raw.ends_with("&filter%5Btags%5D%5B%5D=p&filter%5Btags%5D%5B%5D=q"),
        "{raw}"
    );
}

#[tokio::test]
async fn query_serialization_error_is_reported_by_send() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    let mut request = client.request(Method::GET, "/search".into());
    request.query("q", &Unserializable, ParamStyle::Form, true);
    let message = invalid_message(request.send().await.unwrap_err());
    assert!(
        message.contains("query parameter `q`") && message.contains("boom"),
        "{message}"
    );
    assert!(server.requests.lock().unwrap().is_empty());
}

#[test]
fn path_param_encoding() {
    let p = |value: &Value| runtime::path_param("p", value).unwrap();
    assert_eq!(
        runtime::path_param("p", "a b/c?d#e%f").unwrap(),
        "a%20b%2Fc%3Fd%23e%25f"
    );
    assert_eq!(runtime::path_param("p", "AZaz09-._~").unwrap(), "AZaz09-._~");
    assert_eq!(
        runtime::path_param("p", "héllo ☃").unwrap(),
        "h%C3%A9llo%20%E2%98%83"
    );
    assert_eq!(runtime::path_param("p", &42).unwrap(), "42");
    assert_eq!(runtime::path_param("p", &-1.5).unwrap(), "-1.5");
    assert_eq!(runtime::path_param("p", &false).unwrap(), "false");
    // An empty value would send the request to another route (`/items/` for `/items/{id}`).
    for empty in [json!(null), json!(""), json!([]), json!([""]), json!({})] {
        let error = runtime::path_param("item_id", &empty).unwrap_err();
        assert!(format!("{error:?}").contains("path parameter `item_id` is empty"), "{empty}");
        assert!(runtime::path_param_styled("item_id", &empty, ParamStyle::Matrix, false).is_err());
    }
    assert_eq!(runtime::path_param("p", &[1, 2, 3]).unwrap(), "1,2,3");
    assert_eq!(runtime::path_param("p", &["a,b", "c d"]).unwrap(), "a%2Cb,c%20d");
    assert_eq!(p(&json!({"a": 1, "b": "x/y"})), "a,1,b,x%2Fy");
    assert!(runtime::path_param("p", &Unserializable).is_err());

    let styled = |value: Value, style, explode| {
        runtime::path_param_styled("id", &value, style, explode).unwrap()
    };
    use ParamStyle::{Label, Matrix, Simple};
    assert_eq!(styled(json!({"a": 1, "b": 2}), Simple, true), "a=1,b=2");
    assert_eq!(styled(json!(5), Label, false), ".5");
    assert_eq!(styled(json!(["a", "b"]), Label, false), ".a,b");
    assert_eq!(styled(json!(["a", "b"]), Label, true), ".a.b");
    assert_eq!(styled(json!({"a": 1, "b": 2}), Label, true), ".a=1.b=2");
    assert_eq!(styled(json!(5), Matrix, false), ";id=5");
    assert_eq!(styled(json!(["a b", "c"]), Matrix, false), ";id=a%20b,c");
    assert_eq!(styled(json!(["a", "b"]), Matrix, true), ";id=a;id=b");
    assert_eq!(
        styled(json!({"a": 1, "b": 2}), Matrix, false),
        ";id=a,1,b,2"
    );
    assert_eq!(styled(json!({"a": 1, "b": 2}), Matrix, true), ";a=1;b=2");
}

#[test]
fn text_value_forms() {
    assert_eq!(runtime::text_value("a b").unwrap(), Some("a b".into()));
    assert_eq!(runtime::text_value(&7).unwrap(), Some("7".into()));
    assert_eq!(runtime::text_value(&true).unwrap(), Some("true".into()));
    assert_eq!(runtime::text_value(&None::<i32>).unwrap(), None);
    assert_eq!(
        runtime::text_value(&json!({"a": [1]})).unwrap(),
        Some(r#"{"a":[1]}"#.into())
    );
}

#[tokio::test]
async fn encoded_path_reaches_the_server_and_dot_segments_are_refused() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    let path = format!(
        "/files/{}/{}",
        runtime::path_param("p", "ü x").unwrap(),
        runtime::path_param("p", &["a", "b"]).unwrap()
    );
    client.request(Method::DELETE, path).send().await.unwrap();
    assert_eq!(server.last().target, "/files/%C3%BC%20x/a,b");
    assert_eq!(server.last().method, "DELETE");

    for id in ["..", "."] {
        let path = format!("/files/{}/x", runtime::path_param("p", id).unwrap());
        let message = invalid_message(client.request(Method::GET, path).send().await.unwrap_err());
        assert!(message.contains("`..`"), "{message}");
    }
    // Dots inside a segment are fine.
    let path = format!("/files/{}.json", runtime::path_param("p", "..").unwrap());
    client.request(Method::GET, path).send().await.unwrap();
    assert_eq!(server.last().target, "/files/...json");
}

#[tokio::test]
async fn headers_and_cookies() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = builder("")
        .base_url(server.url())
        .default_header("X-Api-Key", "secret-key")
        .default_header("Cookie", "session=s1")
        .build()
        .unwrap();
    let mut request = client.request(Method::GET, "/me".into());
    request.header("X-Ids", &[1, 2, 3]);
    request.header("X-Obj", &json!({"a": 1, "b": "c"}));
    request.header("X-None", &None::<String>);
    request.header("X-Api-Key", "override");
    request.cookie("theme", "dark");
    request.cookie("prefs", &["a b", "c;d", "e,f"]);
    request.cookie("none", &None::<i32>);
    request.send().await.unwrap();

    let request = server.last();
    assert_eq!(request.header("x-ids"), Some("1,2,3"));
    assert_eq!(request.header("x-obj"), Some("a,1,b,c"));
    assert_eq!(request.header("x-none"), None);
    assert_eq!(request.header("x-api-key"), Some("override"));
    assert_eq!(
        request.header("cookie"),
        Some("session=s1; theme=dark; prefs=a%20b,c%3Bd,e%2Cf")
    );

    // Without operation cookies the default header is sent as is.
    client
        .request(Method::GET, "/me".into())
        .send()
        .await
        .unwrap();
    let request = server.last();
    assert_eq!(request.header("x-api-key"), Some("secret-key"));
    assert_eq!(request.header("cookie"), Some("session=s1"));

    // An invalid header value is reported by send(), without echoing the value.
    let mut request = client.request(Method::GET, "/me".into());
    request.header("X-Token", "line\nbreak-secret");
    let message = invalid_message(request.send().await.unwrap_err());
    assert!(
        message.contains("x-token") && !message.contains("secret"),
        "{message}"
    );
    let mut request = client.request(Method::GET, "/me".into());
    request.header("Bad Name", "v");
    assert!(invalid_message(request.send().await.unwrap_err()).contains("Bad Name"));
}

#[tokio::test]
async fn form_body() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    let mut request = client.request(Method::POST, "/token".into());
    request.form(&json!({"grant_type": "password", "scope": ["a b", "c&d"], "skip": null, "n": 3}));
    request.send().await.unwrap();
    let recorded = server.last();
    assert_eq!(
        recorded.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let text = recorded.body_text();
    let mut body: Vec<&str> = text.split('&').collect();
    body.sort_unstable();
    assert_eq!(
        body,
        ["grant_type=password", "n=3", "scope=a+b", "scope=c%26d"]
    );

    let mut request = client.request(Method::POST, "/token".into());
    request.form(&json!({"nested": {"a": 1}}));
    let message = invalid_message(request.send().await.unwrap_err());
    assert!(message.contains("`nested`"), "{message}");
    let mut request = client.request(Method::POST, "/token".into());
    request.form(&[1, 2]);
    assert!(request.send().await.is_err());
}

#[tokio::test]
async fn multipart_with_file_part() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    let file = FilePart::new(b"hello file".to_vec())
        .file_name("notes.txt")
        .content_type("text/plain");
    let form = reqwest::multipart::Form::new()
        .text(
            "meta",
            runtime::text_value(&json!({"tag": "x"})).unwrap().unwrap(),
        )
        .part("file", file.into_part().unwrap())
        .part("blob", FilePart::new(&b"\x00\x01"[..]).into_part().unwrap());
    let mut request = client.request(Method::POST, "/upload".into());
    request.multipart(form);
    request.send().await.unwrap();

    let recorded = server.last();
    let content_type = recorded.header("content-type").unwrap();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap();
    let body = String::from_utf8_lossy(&recorded.body).into_owned();
    assert!(body.starts_with(&format!("--{boundary}\r\n")), "{body}");
    assert!(
        body.contains("Content-Disposition: form-data; name=\"meta\"\r\n\r\n{\"tag\":\"x\"}\r\n"),
        "{body}"
    );
    assert!(
        body.contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n\
             Content-Type: text/plain\r\n\r\nhello file\r\n"
        ),
        "{body}"
    );
    assert!(
        body.contains(
            "name=\"blob\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}\u{1}\r\n"
        ),
        "{body}"
    );
    assert!(body.ends_with(&format!("--{boundary}--\r\n")), "{body}");

    let bad = FilePart::new(vec![1]).content_type("not a mime");
    assert!(invalid_message(bad.into_part().unwrap_err()).contains("media type"));
}

#[tokio::test]
async fn bytes_and_text_bodies() {
    let server =
        Server::start(Reply::new(200, "pong ü").header("Content-Type", "text/plain")).await;
    let client = server.client();
    let mut request = client.request(Method::PUT, "/blob".into());
    request.bytes("application/octet-stream", vec![0u8, 1, 255].into());
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/plain");
    assert_eq!(response.bytes(), bytes::Bytes::from("pong ü"));
    let recorded = server.last();
    assert_eq!(
        recorded.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(recorded.body, [0, 1, 255]);

    let mut request = client.request(Method::POST, "/echo".into());
    request.text("text/csv", "a,b\n1,ü\n".into());
    let response = request.send().await.unwrap();
    assert_eq!(response.text().unwrap(), "pong ü");
    let recorded = server.last();
    assert_eq!(recorded.header("content-type"), Some("text/csv"));
    assert_eq!(recorded.body_text(), "a,b\n1,ü\n");
}

#[tokio::test]
async fn send_future_is_send() {
    fn assert_client<T: Send + Sync + Clone + 'static>() {}
    assert_client::<Client>();
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    // tokio::spawn requires Send futures: generated operations must be spawnable.
    let handle = tokio::spawn(async move {
        let params = UpdateContactParams::default();
        let _ = client.update_contact("1", &update(), &params).await;
        let mut request = client.request(Method::GET, "/".into());
        request.multipart(reqwest::multipart::Form::new().text("a", "b"));
        request.send().await.map(|r| r.status())
    });
    assert_eq!(handle.await.unwrap().unwrap(), 204);
}

// ----------------------------------------------------------------------------------------------
// Base URL and client building

#[test]
fn base_url_rules() {
    let url = |b: ClientBuilder| b.build().unwrap().base_url().to_owned();
    let error = |b: ClientBuilder| match b.build() {
        Err(Error::InvalidRequest(message)) => message,
        other => panic!("expected InvalidRequest, got {other:?}"),
    };
    // A relative default server is appended to an origin-only base URL.
    assert_eq!(
        url(builder("/api/v1").base_url("https://example.com")),
        "https://example.com/api/v1"
    );
    assert_eq!(
        url(builder("/api/v1/").base_url("https://example.com/")),
        "https://example.com/api/v1"
    );
    assert_eq!(
        url(builder("api").base_url("http://localhost:8080")),
        "http://localhost:8080/api"
    );
    // ...but not to a base URL with a path, which wins as is.
    assert_eq!(
        url(builder("/api/v1").base_url("https://example.com/custom/")),
        "https://example.com/custom"
    );
    // An absolute default server is used as is, or replaced by the base URL.
    assert_eq!(
        url(builder("https://api.example.com/v2/")),
        "https://api.example.com/v2"
    );
    assert_eq!(
        url(builder("https://api.example.com/v2").base_url("http://127.0.0.1:9")),
        "http://127.0.0.1:9"
    );
    assert_eq!(
        url(builder("").base_url("https://Example.COM//")),
        "https://example.com"
    );
    // No usable server.
    let message = error(builder("/api/v1"));
    assert!(
        message.contains("no absolute server URL") && message.contains("base_url("),
        "{message}"
    );
    assert!(error(builder("")).contains("base_url("));
    // Bad base URLs.
    assert!(error(builder("").base_url("ftp://example.com")).contains("http or https"));
    assert!(error(builder("").base_url("/relative")).contains("not a valid absolute URL"));
    assert!(error(builder("").base_url("https://example.com/?key=1")).contains("query"));
    assert!(error(builder("https://{region}.example.com")).contains("server URL"));
}

#[tokio::test]
async fn base_url_path_is_kept() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = builder("/api/v1").base_url(server.url()).build().unwrap();
    assert_eq!(client.base_url(), server.url() + "/api/v1");
    client
        .request(Method::GET, "/contacts/1".into())
        .send()
        .await
        .unwrap();
    assert_eq!(server.last().target, "/api/v1/contacts/1");

    let client = builder("")
        .base_url(format!("{}/prefix/", server.url()))
        .build()
        .unwrap();
    let mut request = client.request(Method::GET, "/x".into());
    request.query("a", "1", ParamStyle::Form, true);
    request.send().await.unwrap();
    assert_eq!(server.last().target, "/prefix/x?a=1");
}

#[tokio::test]
async fn custom_http_client_builder_keeps_default_headers_and_the_user_agent() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = builder("")
        .base_url(server.url())
        .http_client_builder(reqwest::Client::builder().user_agent("overridden/1.0"))
        .user_agent("ours/1.0")
        .default_header("Authorization", "Bearer t")
        .build()
        .unwrap();
    client
        .request(Method::GET, "/".into())
        .send()
        .await
        .unwrap();
    let recorded = server.last();
    assert_eq!(recorded.header("authorization"), Some("Bearer t"));
    assert_eq!(recorded.header("user-agent"), Some("ours/1.0"));

    let client = builder("")
        .base_url(server.url())
        .user_agent("custom/2.0")
        .build()
        .unwrap();
    client
        .request(Method::GET, "/".into())
        .send()
        .await
        .unwrap();
    assert_eq!(server.last().header("user-agent"), Some("custom/2.0"));
}

#[test]
fn debug_redacts_secrets() {
    let configured = builder("/api")
        .base_url("https://user:hunter2@example.com")
        .default_header("X-Api-Key", "secret-value-123")
        .default_header("Authorization", "Bearer secret-token");
    let text = format!("{configured:?}");
    assert!(text.contains("\"x-api-key\": <redacted>"), "{text}");
    assert!(text.contains("\"authorization\": <redacted>"), "{text}");
    assert!(
        !text.contains("secret") && !text.contains("hunter2"),
        "{text}"
    );
    let client = configured.build().unwrap();
    let text = format!("{client:?}");
    assert!(
        text.contains("x-api-key") && text.contains("<redacted>"),
        "{text}"
    );
    assert!(
        !text.contains("secret") && !text.contains("hunter2"),
        "{text}"
    );
    // The user name is redacted too: it is often a token.
    assert!(
        text.contains("https://redacted:redacted@example.com/api") && !text.contains("user:"),
        "{text}"
    );
    let token_as_user = builder("").base_url("https://tok-abc123@example.com");
    let shown = format!("{token_as_user:?}");
    let text = format!("{shown} {:?}", token_as_user.build().unwrap());
    assert!(!text.contains("tok-abc123"), "{text}");

    let file = FilePart::new(b"top-secret bytes".to_vec()).file_name("a.bin");
    let text = format!("{file:?}");
    assert!(text.contains("len: 16") && text.contains("a.bin"), "{text}");
    assert!(
        !text.contains("top-secret") && !text.contains("116"),
        "{text}"
    );

    // Invalid default headers are reported by build() without their value.
    match builder("https://x.test")
        .default_header("X-Key", "bad\r\nsecret")
        .build()
    {
        Err(Error::InvalidRequest(message)) => {
            assert!(
                message.contains("x-key") && !message.contains("secret"),
                "{message}"
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(builder("https://x.test")
        .default_header("Bad Name", "v")
        .build()
        .is_err());
    assert!(builder("https://x.test")
        .user_agent("bad\nua")
        .build()
        .is_err());
}

// ----------------------------------------------------------------------------------------------
// Responses and errors

#[tokio::test]
async fn decode_error_has_path() {
    let server = Server::start(Reply::json(200, json!({"id": "1", "email": 5}))).await;
    let error = server
        .client()
        .update_contact("1", &update(), &UpdateContactParams::default())
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
            assert_eq!(path, "email");
            assert!(message.contains("invalid type"), "{message}");
            let body: Value = serde_json::from_slice(body).unwrap();
            assert_eq!(body, json!({"id": "1", "email": 5}));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    let text = error.to_string();
    assert!(text.contains("`email`") && text.contains("200"), "{text}");

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct List {
        data: Vec<Contact>,
    }
    let server = Server::start(Reply::json(
        200,
        json!({"data": [{"id": "1", "email": "x"}, {"id": 2}]}),
    ))
    .await;
    let response = server
        .client()
        .request(Method::GET, "/".into())
        .send()
        .await
        .unwrap();
    match response.json::<List>().unwrap_err() {
        RequestError::Decode { path, .. } => assert_eq!(path, "data[1].id"),
        other => panic!("{other:?}"),
    }

    // Trailing garbage and non-JSON bodies fail at the root.
    for body in [
        &br#"{"id":"1","email":"x"} trailing"#[..],
        b"<html>oops</html>",
    ] {
        let server = Server::start(Reply::new(200, body)).await;
        let response = server
            .client()
            .request(Method::GET, "/".into())
            .send()
            .await
            .unwrap();
        match response.json::<Contact>().unwrap_err() {
            RequestError::Decode {
                path, body: raw, ..
            } => {
                assert_eq!(path, ".");
                assert_eq!(&raw[..], body);
            }
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn empty_body_decodes_as_null() {
    let server = Server::start(Reply::new(204, "")).await;
    let client = server.client();
    assert_eq!(client.get_contact_typed("1").await.unwrap(), None);
    let response = client
        .request(Method::GET, "/".into())
        .send()
        .await
        .unwrap();
    response.json::<()>().unwrap();
    let response = client
        .request(Method::GET, "/".into())
        .send()
        .await
        .unwrap();
    assert_eq!(response.json::<Value>().unwrap(), Value::Null);
    let response = client
        .request(Method::GET, "/".into())
        .send()
        .await
        .unwrap();
    assert!(matches!(
        response.json::<Contact>(),
        Err(RequestError::Decode { .. })
    ));
}

#[tokio::test]
async fn api_errors_and_unexpected_statuses() {
    let server = Server::start(
        Reply::json(404, json!({"errors": [{"title": "not found"}]})).header("X-Request-Id", "r1"),
    )
    .await;
    let client = server.client();
    let error = client
        .update_contact("1", &update(), &UpdateContactParams::default())
        .await
        .unwrap_err();
    match &error {
        Error::Api {
            status,
            headers,
            body,
            raw,
        } => {
            assert_eq!(status.as_u16(), 404);
            assert_eq!(&raw[..], br#"{"errors":[{"title":"not found"}]}"#);
            assert_eq!(headers["x-request-id"], "r1");
            assert_eq!(
                body,
                &Errors {
                    errors: vec![ErrorItem {
                        title: "not found".into()
                    }]
                }
            );
        }
        other => panic!("{other:?}"),
    }
    // The server's message, as JSON:API puts it.
    assert_eq!(error.to_string(), "API error: HTTP 404 Not Found: not found");
    assert!(std::error::Error::source(&error).is_none());
    // Errors of operations with different error types combine, untyped, keeping the raw body.
    let untyped: Vec<Error> = vec![
        error.into_untyped(),
        client.get_contact_typed("1").await.unwrap_err().into_untyped(),
    ];
    for error in &untyped {
        assert!(matches!(error, Error::Api { status, raw, .. } if status.as_u16() == 404 && !raw.is_empty()), "{error:?}");
        assert_eq!(error.to_string(), "API error: HTTP 404 Not Found: not found");
    }
    match client.get_contact_typed("1").await.unwrap_err() {
        Error::Api {
            body: UpdateContactError::NotFound(errors),
            ..
        } => assert_eq!(errors.errors.len(), 1),
        other => panic!("{other:?}"),
    }

    // A documented error whose body does not match its schema.
    let server = Server::start(Reply::json(422, json!({"errors": "nope"}))).await;
    let error = server
        .client()
        .update_contact("1", &update(), &UpdateContactParams::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { path, .. } if path == "errors"),
        "{error:?}"
    );
    match server.client().get_contact_typed("1").await.unwrap_err() {
        Error::Api {
            body: UpdateContactError::Invalid(value),
            ..
        } => assert_eq!(value, json!({"errors": "nope"})),
        other => panic!("{other:?}"),
    }

    // An undocumented status keeps the raw body; Display shows at most ~200 characters of it.
    let long = format!("{}{}", "é".repeat(250), "TAIL");
    let server = Server::start(Reply::new(503, long.clone()).header("Retry-After", "5")).await;
    let error = server
        .client()
        .update_contact("1", &update(), &UpdateContactParams::default())
        .await
        .unwrap_err();
    match &error {
        Error::UnexpectedStatus {
            status,
            headers,
            body,
        } => {
            assert_eq!(status.as_u16(), 503);
            assert_eq!(headers["retry-after"], "5");
            assert_eq!(&body[..], long.as_bytes());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    let text = error.to_string();
    assert!(
        text.starts_with("unexpected HTTP status 503 Service Unavailable: éé"),
        "{text}"
    );
    assert!(
        !text.contains("TAIL") && text.chars().count() < 260,
        "{text}"
    );
}

#[tokio::test]
async fn transport_error_hides_url() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = builder("")
        .base_url(format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let mut request = client.request(Method::GET, "/secret-path".into());
    request.query("api_key", "SECRET123", ParamStyle::Form, true);
    let error: Error = request.send().await.unwrap_err().into();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(error.status(), None);
    // Display of the error and of its sources: neither URL nor address.
    let mut texts = vec![error.to_string()];
    let mut source = std::error::Error::source(&error);
    assert!(source.is_some());
    while let Some(inner) = source {
        texts.push(inner.to_string());
        source = inner.source();
    }
    let port = port.to_string();
    for text in &texts {
        for secret in ["SECRET123", "secret-path", "api_key", "127.0.0.1", &port] {
            assert!(!text.contains(secret), "{secret} leaked in {text}");
        }
    }
    // Debug shows the connected address (not secret), but no URL either.
    let debug = format!("{error:?}");
    for secret in ["SECRET123", "secret-path", "api_key", "http://"] {
        assert!(!debug.contains(secret), "{secret} leaked in {debug}");
    }
    assert!(texts[0].starts_with("transport error: "), "{}", texts[0]);
}

#[tokio::test]
async fn timeout_is_its_own_error() {
    // A server that reads the request and never answers.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 1024];
                while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
            });
        }
    });
    let client = builder("")
        .base_url(format!("http://{addr}"))
        .timeout(Duration::from_millis(300))
        .connect_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let error: Error = client
        .request(Method::GET, "/slow?token=SECRET".into())
        .send()
        .await
        .unwrap_err()
        .into();
    match &error {
        Error::Timeout(inner) => assert!(inner.is_timeout()),
        other => panic!("{other:?}"),
    }
    assert!(error.is_timeout());
    let text = error.to_string();
    assert!(
        text.contains("timed out") && !text.contains("SECRET"),
        "{text}"
    );
}

// ----------------------------------------------------------------------------------------------
// Promises that hold whatever the user configures and whatever the server sends

/// A server whose reply depends on the request's number (0 for the first) and the request; it
/// records every request.
async fn dynamic_server(
    reply: impl Fn(usize, &Recorded) -> Reply + Send + Sync + 'static,
    bind: &str,
) -> Server {
    let listener = TcpListener::bind(bind).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = Arc::new(Mutex::new(Vec::<Recorded>::new()));
    let recorded = requests.clone();
    let reply = Arc::new(reply);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let (reply, recorded) = (reply.clone(), recorded.clone());
            tokio::spawn(async move {
                let Ok(request) = read_request(&mut stream).await else { return };
                let answer = {
                    let mut all = recorded.lock().unwrap();
                    all.push(request.clone());
                    reply(all.len() - 1, &request)
                };
                write_reply(&mut stream, &answer).await;
            });
        }
    });
    Server { addr, requests }
}

async fn write_reply(stream: &mut TcpStream, reply: &Reply) {
    let mut head = format!(
        "HTTP/1.1 {} Scripted\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(&reply.body).await;
    let _ = stream.shutdown().await;
}

/// The credentials every request of the redirect tests carries.
fn credentialed(server: &Server, http: reqwest::ClientBuilder) -> Client {
    builder("")
        .base_url(server.url())
        .http_client_builder(http)
        .default_header("X-API-Key", "key-secret-1")
        .default_query("api_key", "query-secret-2")
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_users_http_client_never_takes_credentials_to_another_origin() {
    // Another port of 127.0.0.1, and 127.0.0.2 (another host): each must see nothing.
    let other_port = dynamic_server(|_, _| Reply::new(200, "stolen"), "127.0.0.1:0").await;
    let other_host = dynamic_server(|_, _| Reply::new(200, "stolen"), "127.0.0.2:0").await;
    for target in [format!("{}/steal", other_port.url()), format!("{}/steal", other_host.url())] {
        for status in [301, 302, 303, 307, 308] {
            let location = target.clone();
            let server = dynamic_server(
                move |_, _| Reply::new(status, "").header("Location", &location),
                "127.0.0.1:0",
            )
            .await;
            // A user's builder that would follow any redirect and send a Referer.
            let http = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::limited(10))
                .referer(true);
            let client = credentialed(&server, http);
            let mut request = client.request(Method::GET, "/start".into());
            request.query("q", "1", ParamStyle::Form, true);
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), status, "{target}");
            assert_eq!(server.requests.lock().unwrap().len(), 1);
        }
    }
    assert!(other_port.requests.lock().unwrap().is_empty(), "another port got a request");
    assert!(other_host.requests.lock().unwrap().is_empty(), "another host got a request");
}

#[tokio::test]
async fn same_origin_redirects_are_followed_with_credentials_and_no_referer() {
    let server = dynamic_server(
        |n, request| match (n, request.target.as_str()) {
            (0, _) => Reply::new(302, "").header("Location", "/moved?page=2"),
            (_, target) if target.starts_with("/moved") => Reply::json(200, json!({"ok": true})),
            _ => Reply::new(500, ""),
        },
        "127.0.0.1:0",
    )
    .await;
    let client = credentialed(&server, reqwest::Client::builder().referer(true));
    let response = client.request(Method::GET, "/start".into()).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].target, "/moved?page=2");
    assert_eq!(requests[1].header("x-api-key"), Some("key-secret-1"));
    assert!(requests.iter().all(|r| r.header("referer").is_none()), "a Referer was sent");
}

#[tokio::test]
async fn see_other_after_a_post_continues_as_a_get_without_the_body() {
    let server = dynamic_server(
        |n, _| match n {
            0 => Reply::new(303, "").header("Location", "/result/1"),
            _ => Reply::json(200, json!({"id": "1"})),
        },
        "127.0.0.1:0",
    )
    .await;
    let client = server.client();
    let mut request = client.request(Method::POST, "/jobs".into());
    request.json("application/json", &json!({"name": "x"}));
    assert_eq!(request.send().await.unwrap().status(), 200);
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!((requests[1].method.as_str(), requests[1].target.as_str()), ("GET", "/result/1"));
    assert!(requests[1].body.is_empty() && requests[1].header("content-type").is_none());
}

#[tokio::test]
async fn documented_redirects_are_returned_with_their_location() {
    let server = dynamic_server(|_, _| Reply::new(302, "").header("Location", "https://cdn.example/x.tar"), "127.0.0.1:0").await;
    let client = server.client();
    let mut request = client.request(Method::GET, "/archive".into());
    request.keep_redirects();
    let redirect = request.send().await.unwrap().redirect();
    assert_eq!(redirect.status.as_u16(), 302);
    assert_eq!(redirect.location.as_deref(), Some("https://cdn.example/x.tar"));
    // Even to the same origin, a documented redirect is the operation's answer.
    let server = dynamic_server(|_, _| Reply::new(307, "").header("Location", "/elsewhere"), "127.0.0.1:0").await;
    let client = server.client();
    let mut request = client.request(Method::GET, "/archive".into());
    request.keep_redirects();
    assert_eq!(request.send().await.unwrap().status(), 307);
    assert_eq!(server.requests.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn redirect_loops_within_the_origin_stop() {
    let server = dynamic_server(|n, _| Reply::new(302, "").header("Location", &format!("/hop/{n}")), "127.0.0.1:0").await;
    let response = server.client().request(Method::GET, "/".into()).send().await.unwrap();
    assert_eq!(response.status(), 302);
    // The first request and ten redirects.
    assert_eq!(server.requests.lock().unwrap().len(), 11);
}

/// Peak resident memory of this process so far (Linux `VmHWM`), in KiB.
fn peak_memory_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Serves an endless chunked body (1 MiB chunks) to every request.
async fn endless_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                if read_request(&mut stream).await.is_err() {
                    return;
                }
                let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b' '; 1 << 20];
                let framed = [format!("{:x}\r\n", chunk.len()).into_bytes(), chunk, b"\r\n".to_vec()].concat();
                while stream.write_all(&framed).await.is_ok() {}
            });
        }
    });
    addr
}

#[tokio::test]
async fn an_endless_body_stops_at_the_limit_with_bounded_memory() {
    let addr = endless_server().await;
    let before = peak_memory_kib();
    let client = builder("").base_url(format!("http://{addr}")).max_response_size(8 << 20).build().unwrap();
    let error = match client.request(Method::GET, "/endless".into()).send().await {
        Err(error) => Error::<()>::from(error),
        Ok(_) => panic!("an endless body was read whole"),
    };
    assert!(matches!(error, Error::ResponseTooLarge { limit, .. } if limit == 8 << 20), "{error:?}");
    assert!(error.to_string().contains("longer than the client accepts"), "{error}");
    // The default limit holds too.
    let client = builder("").base_url(format!("http://{addr}")).build().unwrap();
    let error = Error::<()>::from(client.request(Method::GET, "/endless".into()).send().await.err().unwrap());
    assert!(matches!(error, Error::ResponseTooLarge { limit, .. } if limit == 64 << 20), "{error:?}");
    let grown_mib = peak_memory_kib().saturating_sub(before) / 1024;
    println!("endless body: peak memory grew by {grown_mib} MiB (limit 64 MiB)");
    // The body held is at most the limit (64 MiB); the growth stays near it, not unbounded.
    assert!(grown_mib < 200, "peak memory grew by {grown_mib} MiB");
}

#[tokio::test]
async fn a_declared_length_past_the_limit_is_refused_before_reading() {
    let server = Server::start(Reply::new(200, vec![b'x'; 4096])).await;
    let client = builder("").base_url(server.url()).max_response_size(1024).build().unwrap();
    let error = Error::<()>::from(client.request(Method::GET, "/".into()).send().await.err().unwrap());
    assert!(matches!(error, Error::ResponseTooLarge { status, .. } if status == 200), "{error:?}");
}

#[tokio::test]
async fn any_retry_after_value_is_read_without_panicking() {
    let mut values: Vec<String> = vec![
        "Sun, 06 Nov 2030 9223372036854775807:00:00 GMT".into(),
        "18446744073709551615".into(),
        "99999999999999999999999".into(),
        "-1".into(),
        "Sun, 06 Nov 1994 08:49:37 GMT".into(), // in the past: no wait
        "Sunday, 06-Nov-94 08:49:37 GMT".into(), // RFC 850, past
        "Sun Nov  6 08:49:37 1994".into(),       // asctime, past
        "Fri, 31 Dec 9999 23:59:59 GMT".into(),  // far future: past max_elapsed
        String::new(),
    ];
    let mut state: u64 = 0x9e37_79b9;
    let alphabet: Vec<char> = "0123456789 ,:-+GMTSunNovDec\t.e".chars().collect();
    for _ in 0..150 {
        let len = (state >> 59) as usize;
        let mut value = String::new();
        for _ in 0..len {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            value.push(alphabet[(state >> 33) as usize % alphabet.len()]);
        }
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
        values.push(value);
    }
    let values = Arc::new(values);
    let served = values.clone();
    let server = dynamic_server(
        move |n, _| Reply::new(503, "").header("Retry-After", served[(n / 2) % served.len()].trim()),
        "127.0.0.1:0",
    )
    .await;
    let policy = runtime::RetryPolicy {
        max_attempts: 2,
        max_elapsed: Duration::from_millis(50),
        initial_backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(2),
        retry_non_idempotent: false,
    };
    let client = builder("").base_url(server.url()).retry(policy).build().unwrap();
    for value in values.iter() {
        let started = std::time::Instant::now();
        let response = client.request(Method::GET, "/".into()).send().await.unwrap();
        assert_eq!(response.status(), 503, "{value:?}");
        assert!(started.elapsed() < Duration::from_secs(2), "{value:?} waited {:?}", started.elapsed());
    }
}

#[tokio::test]
async fn connection_failures_are_retried_for_idempotent_requests_only() {
    // A port nothing listens on yet; a server binds it while the client waits to retry.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let policy = runtime::RetryPolicy {
        max_attempts: 6,
        max_elapsed: Duration::from_secs(10),
        initial_backoff: Duration::from_millis(150),
        max_backoff: Duration::from_millis(300),
        retry_non_idempotent: false,
    };
    let client = builder("").base_url(format!("http://127.0.0.1:{port}")).retry(policy).build().unwrap();
    // POST is not retried: the failure comes at once.
    let error = client.request(Method::POST, "/".into()).send().await.expect_err("nothing listens");
    assert!(matches!(Error::<()>::from(error), Error::Transport(_)));
    let late = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        dynamic_server(|_, _| Reply::new(204, ""), &format!("127.0.0.1:{port}")).await
    });
    let response = client.request(Method::GET, "/".into()).send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(late.await.unwrap().requests.lock().unwrap().len(), 1);
}

// ----------------------------------------------------------------------------------------------
// Middleware, compression, tracing

/// What a hook saw of an attempt: its number, status and path template.
type Seen = (u32, u16, Option<&'static str>);

/// Adds a header to every attempt and records what it sees after each.
struct Recorder(Arc<Mutex<Vec<Seen>>>);

impl runtime::Hook for Recorder {
    fn before(&self, request: &mut reqwest::Request) {
        request.headers_mut().insert("x-request-id", "req-1".parse().unwrap());
    }

    fn after(&self, attempt: &runtime::Attempt<'_>) {
        self.0.lock().unwrap().push((attempt.attempt, attempt.status.as_u16(), attempt.path_template));
    }
}

#[tokio::test]
async fn hooks_run_around_every_attempt() {
    let server = dynamic_server(
        |n, _| if n == 0 { Reply::new(503, "").header("Retry-After", "0") } else { Reply::json(200, json!({})) },
        "127.0.0.1:0",
    )
    .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = builder("").base_url(server.url()).hook(Recorder(seen.clone())).build().unwrap();
    let mut request = client.request(Method::GET, "/pets/7".into());
    request.path_template("/pets/{petId}");
    assert_eq!(request.send().await.unwrap().status(), 200);
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| r.header("x-request-id") == Some("req-1")));
    assert_eq!(*seen.lock().unwrap(), [(1, 503, Some("/pets/{petId}")), (2, 200, Some("/pets/{petId}"))]);
    assert!(format!("{client:?}").contains("hooks: 1"));
}

#[tokio::test]
async fn gzip_bodies_are_decoded_and_the_limit_applies_to_the_decoded_size() {
    use std::io::Write;
    let gzip = |text: &str| {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(text.as_bytes()).unwrap();
        encoder.finish().unwrap()
    };
    let body = json!({"id": "1", "email": "a@b.c"}).to_string();
    let server = Server::start(Reply::new(200, gzip(&body)).header("Content-Encoding", "gzip")).await;
    let client = server.client();
    let contact: Contact = client.request(Method::GET, "/c".into()).send().await.unwrap().json().unwrap();
    assert_eq!(contact.email, "a@b.c");
    assert!(server.last().header("accept-encoding").is_some_and(|v| v.contains("gzip")));
    // A small compressed body that decodes past the limit (a zip bomb) stops at the limit.
    let bomb = gzip(&" ".repeat(4 << 20));
    assert!(bomb.len() < 64 << 10);
    let server = Server::start(Reply::new(200, bomb).header("Content-Encoding", "gzip")).await;
    let client = builder("").base_url(server.url()).max_response_size(1 << 20).build().unwrap();
    let error = Error::<()>::from(client.request(Method::GET, "/".into()).send().await.expect_err("too large"));
    assert!(matches!(error, Error::ResponseTooLarge { .. }), "{error:?}");
}

#[tokio::test]
async fn api_error_display_carries_the_servers_message_as_apis_write_it() {
    let cases = [
        (json!({"message": "The email has already been taken.", "errors": {"email": ["taken"]}}), "The email has already been taken."),
        (json!({"ResponseStatus": {"ErrorCode": "NotFound", "Message": "Campaign 42 does not exist"}}), "Campaign 42 does not exist"),
        (json!({"error": "invalid_grant", "error_description": "The code expired"}), "The code expired"),
        (json!({"error": {"code": 7, "message": "quota\nexceeded"}}), "quota exceeded"),
        (json!({"errors": ["first problem", "second"]}), "first problem"),
        (json!({"detail": "x".repeat(300)}), &format!("{}...", "x".repeat(200))),
    ];
    for (body, shown) in cases {
        let server = Server::start(Reply::json(422, body.clone())).await;
        let error = server.client().get_contact_typed("1").await.unwrap_err();
        assert_eq!(error.to_string(), format!("API error: HTTP 422 Unprocessable Entity: {shown}"), "{body}");
    }
    // Any JSON is the 422's documented body here (`Value`); nothing readable: the status alone.
    let server = Server::start(Reply::json(422, json!({"code": 7}))).await;
    let error = server.client().get_contact_typed("1").await.unwrap_err();
    assert_eq!(error.to_string(), "API error: HTTP 422 Unprocessable Entity");
}
