//! Downloading a published document: the whole body of a successful `GET`, or an error saying
//! what went wrong (no connection, a status, a body cut short).

use std::io::Read;
use std::time::Duration;

use ureq::http::{header, StatusCode};
use ureq::Agent;
use url::Url;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// For the whole exchange, body included.
const TOTAL_TIMEOUT: Duration = Duration::from_secs(60);
/// Larger bodies are refused rather than held in memory (published documents reach a few tens of
/// MiB at most).
const MAX_BODY: u64 = 256 << 20;
/// How much of an error response's body is shown.
const ERROR_BODY_CHARS: usize = 200;
/// Redirects are followed (documents move), this many at most.
const MAX_REDIRECTS: usize = 10;

pub struct Http {
    agent: Agent,
}

impl Http {
    pub fn new() -> Self {
        let agent = Agent::config_builder()
            .timeout_connect(Some(CONNECT_TIMEOUT))
            .timeout_global(Some(TOTAL_TIMEOUT))
            .user_agent(concat!("openapi-rust-clients-xtask/", env!("CARGO_PKG_VERSION"), " (fetch-specs)"))
            // Redirects are followed here, each target checked like the first URL: never from
            // https down to plain http.
            .max_redirects(0)
            // A status is an answer to report with its body, not a transport error.
            .http_status_as_error(false)
            .build()
            .into();
        Http { agent }
    }

    /// The complete body of a successful (2xx) `GET url`.
    pub fn get(&self, url: &str) -> Result<Vec<u8>, String> {
        let mut url = parse(url)?;
        let mut redirects = 0;
        let response = loop {
            let response = self
                .agent
                .get(url.as_str())
                .header(header::ACCEPT, "application/json, application/yaml;q=0.9, */*;q=0.8")
                .call()
                .map_err(describe)?;
            if !response.status().is_redirection() {
                break response;
            }
            let Some(location) = response.headers().get(header::LOCATION).and_then(|l| l.to_str().ok()) else {
                break response;
            };
            redirects += 1;
            if redirects > MAX_REDIRECTS {
                return Err(format!("redirect refused: more than {MAX_REDIRECTS} redirects"));
            }
            let next = url.join(location).map_err(|e| format!("redirect refused: `Location: {location}`: {e}"))?;
            check_scheme(&next).map_err(|e| format!("redirect refused: redirected to {next}: {e}"))?;
            url = next;
        };
        let status = response.status();
        let mut body = response.into_body();
        if !status.is_success() {
            let mut text = Vec::new();
            // Whatever could be read; the status is the error.
            let _ = body.as_reader().take(4096).read_to_end(&mut text);
            let text = String::from_utf8_lossy(&text);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut shown: String = text.chars().take(ERROR_BODY_CHARS).collect();
            if shown.len() < text.len() {
                shown.push_str("...");
            }
            let shown = if shown.is_empty() { "(empty body)".to_owned() } else { shown };
            return Err(format!("the server answered {}: {shown}", describe_status(status)));
        }
        let announced = body.content_length();
        if announced.is_some_and(|length| length > MAX_BODY) {
            return Err(format!("the body announces {} bytes, more than the {MAX_BODY} accepted", announced.unwrap_or(0)));
        }
        let mut received_body = Vec::new();
        let read = body.with_config().limit(MAX_BODY + 1).reader().read_to_end(&mut received_body);
        // `read_to_end` keeps what it read before an error.
        let received = received_body.len() as u64;
        if let Err(e) = read {
            return Err(match announced {
                Some(length) if received < length => format!(
                    "truncated body: the connection ended after {received} of the {length} bytes announced by \
                     Content-Length ({})",
                    chain(&e)
                ),
                _ if e.kind() == std::io::ErrorKind::TimedOut || is_timeout(&e) => {
                    format!("timed out after {} s reading the body ({received} bytes received)", TOTAL_TIMEOUT.as_secs())
                }
                _ => format!("reading the body failed after {received} bytes: {}", chain(&e)),
            });
        }
        if received > MAX_BODY {
            return Err(format!("the body is larger than the {MAX_BODY} bytes accepted"));
        }
        // A truncated document must never be taken for a whole one.
        if let Some(length) = announced.filter(|&length| length != received) {
            return Err(format!("truncated body: received {received} bytes, Content-Length announced {length}"));
        }
        Ok(received_body)
    }
}

/// A URL this command fetches from: `https`, or `http` to this machine.
fn parse(url: &str) -> Result<Url, String> {
    let url = Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
    check_scheme(&url)?;
    Ok(url)
}

/// `503 Service Unavailable`.
fn describe_status(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

fn is_timeout(error: &std::io::Error) -> bool {
    error.get_ref().and_then(|e| e.downcast_ref::<ureq::Error>()).is_some_and(|e| matches!(e, ureq::Error::Timeout(_)))
}

/// `https`, or `http` to this machine (test servers).
fn check_scheme(url: &Url) -> Result<(), String> {
    match url.scheme() {
        "https" => Ok(()),
        "http" => {
            let host = url.host_str().unwrap_or_default();
            let ip = host.trim_start_matches('[').trim_end_matches(']').parse::<std::net::IpAddr>();
            let loopback = host.eq_ignore_ascii_case("localhost") || ip.is_ok_and(|ip| ip.is_loopback());
            if loopback {
                Ok(())
            } else {
                Err("plain http is only accepted to this machine (127.0.0.1, ::1, localhost); use https".to_owned())
            }
        }
        other => Err(format!("unsupported scheme `{other}`: an `upstream` is an https URL")),
    }
}

fn describe(error: ureq::Error) -> String {
    let what = match &error {
        ureq::Error::Timeout(_) => format!(
            "no answer in time ({} s to connect, {} s in all)",
            CONNECT_TIMEOUT.as_secs(),
            TOTAL_TIMEOUT.as_secs()
        ),
        ureq::Error::ConnectionFailed | ureq::Error::HostNotFound => "cannot connect".to_owned(),
        ureq::Error::Io(io) if matches!(io.kind(), std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::ConnectionReset) => {
            "cannot connect".to_owned()
        }
        _ => "request failed".to_owned(),
    };
    format!("{what}: {}", chain(&error))
}

/// An error and its causes, `: `-separated, each said once.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_machine() {
        for ok in ["https://example.com/a.json", "http://127.0.0.1:8080/a", "http://[::1]/a", "http://LOCALHOST/a"] {
            assert_eq!(parse(ok).map(|_| ()), Ok(()), "{ok}");
        }
        for refused in ["http://example.com/a.json", "http://10.0.0.1/a", "ftp://example.com/a", "file:///etc/passwd"] {
            assert!(parse(refused).is_err(), "{refused}");
        }
    }
}
