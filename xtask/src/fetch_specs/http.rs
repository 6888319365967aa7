//! Downloading a published document: the whole body of a successful `GET`, or an error saying
//! what went wrong (no connection, a status, a body cut short).

use std::io::Read;
use std::time::Duration;

use reqwest::blocking::Client;
use reqwest::Url;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// For the whole exchange, body included.
const TOTAL_TIMEOUT: Duration = Duration::from_secs(60);
/// Larger bodies are refused rather than held in memory (published documents reach a few tens of
/// MiB at most).
const MAX_BODY: u64 = 256 << 20;
/// How much of an error response's body is shown.
const ERROR_BODY_CHARS: usize = 200;

pub struct Http {
    client: Client,
}

impl Http {
    pub fn new() -> Result<Self, String> {
        let client = Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(TOTAL_TIMEOUT)
            .user_agent(concat!("openapi-rust-clients-xtask/", env!("CARGO_PKG_VERSION"), " (fetch-specs)"))
            // Redirects are followed (documents move), but never from https down to plain http.
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                if attempt.previous().len() >= 10 {
                    attempt.error("more than 10 redirects")
                } else {
                    match check_scheme(attempt.url()).map_err(|e| format!("redirected to {}: {e}", attempt.url())) {
                        Ok(()) => attempt.follow(),
                        Err(message) => attempt.error(message),
                    }
                }
            }))
            .build()
            .map_err(|e| format!("cannot set up the HTTP client: {}", chain(&e)))?;
        Ok(Http { client })
    }

    /// The complete body of a successful (2xx) `GET url`.
    pub fn get(&self, url: &str) -> Result<Vec<u8>, String> {
        let parsed = Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
        check_scheme(&parsed)?;
        let mut response = self
            .client
            .get(parsed)
            .header(reqwest::header::ACCEPT, "application/json, application/yaml;q=0.9, */*;q=0.8")
            .send()
            .map_err(|e| describe(e.without_url()))?;
        let status = response.status();
        if !status.is_success() {
            let mut body = Vec::new();
            // Whatever could be read; the status is the error.
            let _ = response.by_ref().take(4096).read_to_end(&mut body);
            let text = String::from_utf8_lossy(&body);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut shown: String = text.chars().take(ERROR_BODY_CHARS).collect();
            if shown.len() < text.len() {
                shown.push_str("...");
            }
            let shown = if shown.is_empty() { "(empty body)".to_owned() } else { shown };
            return Err(format!("the server answered {status}: {shown}"));
        }
        let announced = response.content_length();
        if announced.is_some_and(|length| length > MAX_BODY) {
            return Err(format!("the body announces {} bytes, more than the {MAX_BODY} accepted", announced.unwrap_or(0)));
        }
        let mut body = Vec::new();
        let read = response.by_ref().take(MAX_BODY + 1).read_to_end(&mut body);
        // `read_to_end` keeps what it read before an error.
        let received = body.len() as u64;
        if let Err(e) = read {
            return Err(match announced {
                Some(length) if received < length => format!(
                    "truncated body: the connection ended after {received} of the {length} bytes announced by \
                     Content-Length ({})",
                    chain(&e)
                ),
                _ if e.kind() == std::io::ErrorKind::TimedOut => {
                    format!("timed out after {} s reading the body ({received} bytes received)", TOTAL_TIMEOUT.as_secs())
                }
                _ => format!("reading the body failed after {received} bytes: {}", chain(&e)),
            });
        }
        if received > MAX_BODY {
            return Err(format!("the body is larger than the {MAX_BODY} bytes accepted"));
        }
        // The HTTP client checks this too; a truncated document must never be taken for a whole one.
        if let Some(length) = announced.filter(|&length| length != received) {
            return Err(format!("truncated body: received {received} bytes, Content-Length announced {length}"));
        }
        Ok(body)
    }
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

fn describe(error: reqwest::Error) -> String {
    let what = if error.is_timeout() {
        format!(
            "no answer in time ({} s to connect, {} s in all)",
            CONNECT_TIMEOUT.as_secs(),
            TOTAL_TIMEOUT.as_secs()
        )
    } else if error.is_connect() {
        "cannot connect".to_owned()
    } else if error.is_redirect() {
        "redirect refused".to_owned()
    } else {
        "request failed".to_owned()
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
            assert_eq!(check_scheme(&Url::parse(ok).unwrap()), Ok(()), "{ok}");
        }
        for refused in ["http://example.com/a.json", "http://10.0.0.1/a", "ftp://example.com/a", "file:///etc/passwd"] {
            assert!(check_scheme(&Url::parse(refused).unwrap()).is_err(), "{refused}");
        }
    }
}
