//! Per-request overhead of a generated client: one small JSON GET against a loopback HTTP/1.1
//! server (keep-alive, fixed body), sent (a) by hand with `reqwest` + `serde_json::from_slice`
//! and (b) through the client generated from `overhead-spec.yaml` (`overhead_client::Client::get_item`).
//!
//! `cargo xtask bench` writes this file into a throwaway crate under `target/bench/overhead/`
//! (beside the generated client it depends on) and runs it with `cargo bench`; it is not part of
//! the workspace. Both clients are configured alike (the generated client's defaults: 30 s
//! timeout, 10 s connect timeout, a user agent), so the difference is the generated code's.

use std::future::IntoFuture;
use std::hint::black_box;
use std::net::SocketAddr;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const BODY: &str = r#"{"id":42,"name":"widget","price":9.5,"tags":["blue","small","new"],"active":true}"#;

const HAND_WRITTEN: &str = "hand_written_reqwest";
const GENERATED: &str = "generated_client";

/// The same shape as the generated `Item`.
#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: i64,
    name: String,
    price: f64,
    tags: Vec<String>,
    active: bool,
}

/// Starts the server on its own thread (and core); it lives as long as the benchmark process.
fn start_server() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    listener.set_nonblocking(true).expect("non-blocking listener");
    let address = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("server runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream));
            }
        });
    });
    address
}

/// Answers every request head on the connection with the fixed JSON body (requests are GETs
/// without bodies), keeping the connection open.
async fn serve(mut stream: TcpStream) {
    let _ = stream.set_nodelay(true);
    let response =
        format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{BODY}", BODY.len());
    let mut buffer: Vec<u8> = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        while let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            buffer.drain(..end + 4);
            if stream.write_all(response.as_bytes()).await.is_err() {
                return;
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}

/// The request as one would write it by hand.
async fn hand_written(http: &reqwest::Client, base_url: &str, id: i64) -> Item {
    let response = http
        .get(format!("{base_url}/items/{id}"))
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .expect("send");
    assert!(response.status().is_success(), "status {}", response.status());
    let body = response.bytes().await.expect("body");
    serde_json::from_slice(&body).expect("decode")
}

fn request_overhead(c: &mut Criterion) {
    let address = start_server();
    let base_url = format!("http://{address}");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("client runtime");

    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .user_agent("overhead-client/0.1.0")
        .build()
        .expect("reqwest client");
    let generated = overhead_client::Client::builder().base_url(base_url.as_str()).build().expect("generated client");

    // Both see the same item (and both connections are open before timing starts).
    let by_hand = runtime.block_on(hand_written(&http, &base_url, 42));
    let item = runtime.block_on(generated.get_item(42).into_future()).expect("generated client call");
    assert_eq!((by_hand.id, by_hand.name.as_str(), by_hand.tags.len()), (item.id, item.name.as_str(), item.tags.len()));
    assert_eq!((by_hand.price, by_hand.active), (item.price, item.active));

    // Rounds of both benchmarks, in alternating order, so that a burst of other work on a shared
    // machine slows one round of each rather than all of one side; `cargo xtask bench` takes the
    // median of the rounds' ratios.
    let rounds: usize = std::env::var("OVERHEAD_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(1);
    let mut group = c.benchmark_group("request_overhead");
    for round in 1..=rounds {
        for side in if round % 2 == 1 { [HAND_WRITTEN, GENERATED] } else { [GENERATED, HAND_WRITTEN] } {
            group.bench_function(BenchmarkId::new(side, round), |b| {
                if side == HAND_WRITTEN {
                    b.iter(|| runtime.block_on(hand_written(&http, &base_url, black_box(42))))
                } else {
                    b.iter(|| runtime.block_on(generated.get_item(black_box(42)).into_future()).expect("generated client call"))
                }
            });
        }
    }
    group.finish();
}

criterion_group!(benches, request_overhead);
criterion_main!(benches);
