//! The `tracing` feature: a span per request with its method, path template, status and
//! attempts, and never a secret. In a test binary of its own: `tracing` caches whether a call
//! site is wanted, and tests on other threads with no subscriber would spoil that cache.

use std::sync::{Arc, Mutex};

use openapi_client_runtime::ClientBuilder;
use reqwest::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Answers every request with `200 {"token": "t"}`.
async fn server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let _ = stream.read(&mut buf).await;
                let body = r#"{"token":"t"}"#;
                let reply = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
                let _ = stream.write_all(reply.as_bytes()).await;
            });
        }
    });
    format!("http://{addr}")
}

/// Collects what the `tracing` subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn tracing_spans_name_the_request_and_never_a_secret() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let url = server().await;
    let client = ClientBuilder::with_defaults("", "tracing-test/1.0")
        .base_url(url.replace("http://", "http://user-secret:pass-secret@"))
        .default_header("Authorization", "Bearer header-secret")
        .default_query("api_key", "query-secret")
        .build()
        .unwrap();
    let mut request = client.request(Method::GET, "/accounts/acct-private-7".into());
    request.path_template("/accounts/{id}");
    request.send().await.unwrap();
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("http_request") && text.contains("path=\"/accounts/{id}\""), "{text}");
    assert!(text.contains("status=200") && text.contains("attempts=1") && text.contains("method=GET"), "{text}");
    for secret in ["header-secret", "query-secret", "user-secret", "pass-secret", "acct-private-7"] {
        assert!(!text.contains(secret), "the trace shows `{secret}`: {text}");
    }
}
