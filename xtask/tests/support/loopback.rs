//! A loopback HTTP server for the command tests: canned responses by path.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::time::Duration;

/// Serves one canned response per path (404 elsewhere) on 127.0.0.1, one connection at a time,
/// closing each connection after the response. Returns the base URL.
pub fn serve(routes: Vec<(&str, Vec<u8>)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let routes: HashMap<String, Vec<u8>> = routes.into_iter().map(|(path, bytes)| (path.to_owned(), bytes)).collect();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            answer(stream, &routes);
        }
    });
    base
}

fn answer(mut stream: TcpStream, routes: &HashMap<String, Vec<u8>>) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // The request head (a GET has no body), read whole so that closing sends no reset.
    let mut head = Vec::new();
    let mut byte = [0; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/");
    let not_found = response("404 Not Found", "text/plain", b"no such document");
    let bytes = routes.get(path).unwrap_or(&not_found);
    let _ = stream.write_all(bytes);
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}

pub fn response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    [head.as_bytes(), body].concat()
}

pub fn json(body: &str) -> Vec<u8> {
    response("200 OK", "application/json", body.as_bytes())
}

