//! Peak memory while streaming items through a generated client's pagination stream.
//!
//! Starts a loopback server that makes up Dolist-style `{Count, Total, ItemList}` pages of 100
//! applications on the fly, reads every item through
//! `client.list_applications().limit(100).stream()` (`Paged::try_next`), and prints the
//! process's peak resident memory (`VmHWM`). Run it for a small and a large count
//! (`cargo xtask bench` does): memory that stays flat shows the stream holds one page at a time.
//!
//! Usage: `cargo run --release -p workspace-tests --example stream_memory -- 100000`

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const PAGE: u64 = 100;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: u64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener, total));

    let client = dolist::Client::builder()
        .base_url(format!("http://{addr}"))
        .api_key("bench")
        .account_id("1")
        .build()?;
    let mut items = client.list_applications().limit(PAGE as i32).stream();
    let mut count = 0u64;
    while let Some(item) = items.try_next().await? {
        count += 1;
        std::hint::black_box(item);
    }
    assert_eq!(count, total, "every item arrives once");
    println!("items={count} peak_rss_kib={}", peak_rss_kib());
    Ok(())
}

/// Peak resident set size of this process, from `/proc/self/status` (0 where unavailable).
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}

/// HTTP/1.1 with keep-alive, just enough for the client's GETs.
async fn serve(listener: TcpListener, total: u64) {
    while let Ok((mut stream, _)) = listener.accept().await {
        tokio::spawn(async move {
            let mut buffer = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                    continue;
                };
                let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
                buffer.drain(..end + 4);
                let body = page(&head, total);
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                );
                if stream.write_all(response.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

/// The page a request line asks for (`offset`, `limit` in the query).
fn page(head: &str, total: u64) -> String {
    let target = head.split_whitespace().nth(1).unwrap_or("/");
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let param = |name: &str| {
        query.split('&').filter_map(|pair| pair.split_once('=')).find(|(k, _)| *k == name).and_then(|(_, v)| v.parse::<u64>().ok())
    };
    let offset = param("offset").unwrap_or(0);
    let limit = param("limit").unwrap_or(PAGE);
    let end = (offset + limit).min(total);
    let items: Vec<String> =
        (offset..end).map(|id| format!(r#"{{"ID":{},"Name":"application {id}"}}"#, id % 1_000_000)).collect();
    format!(r#"{{"Count":{},"Total":{total},"ItemList":[{}]}}"#, items.len(), items.join(","))
}
