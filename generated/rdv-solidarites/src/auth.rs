//! Authentication: a session. [`Client::sign_in`](crate::Client::sign_in) posts the login and
//! password to `/api/v1/auth/sign_in` and keeps the tokens the server answers with in its headers
//! (`access-token`, `client`, `uid`); they are sent with every later request. When
//! a response carries new tokens (the server rotates them) they replace the old ones. When the
//! session has expired, or a request is refused with 401, the client signs in again once with
//! the same credentials and repeats the request; if that fails too, the error is returned. The
//! session is shared by clones of the client and safe to use from several tasks.

use std::sync::{Arc, Mutex, MutexGuard};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use crate::runtime::{BoxFuture, RequestError, Session};

/// Response headers making up the session.
const TOKEN_HEADERS: &[&str] = &["access-token", "client", "uid"];

/// Response header giving when the session expires (Unix seconds).
const EXPIRY_HEADER: Option<&str> = Some("expiry");

/// The session's state: what is needed to sign in again, and the current tokens.
#[derive(Default)]
pub(crate) struct SignInSession {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    credentials: Option<(String, String)>,
    tokens: Vec<(HeaderName, HeaderValue)>,
    /// Unix seconds.
    expires_at: Option<u64>,
}

impl SignInSession {
    pub(crate) fn shared() -> Arc<dyn Session> {
        Arc::new(SignInSession::default())
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Takes up the tokens of a response, when it has them all.
    fn take_tokens(&self, headers: &HeaderMap) -> bool {
        let mut tokens = Vec::with_capacity(TOKEN_HEADERS.len());
        for name in TOKEN_HEADERS {
            match (HeaderName::from_bytes(name.as_bytes()), headers.get(*name)) {
                (Ok(name), Some(value)) if !value.is_empty() => {
                    let mut value = value.clone();
                    value.set_sensitive(true);
                    tokens.push((name, value));
                }
                _ => return false,
            }
        }
        let expires_at = EXPIRY_HEADER
            .and_then(|name| headers.get(name))
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok());
        let mut state = self.state();
        state.tokens = tokens;
        state.expires_at = expires_at;
        true
    }

    /// Posts the credentials and takes up the tokens of the answer.
    async fn sign_in(
        &self,
        client: &crate::runtime::Client,
        login: &str,
        password: &str,
    ) -> Result<(), crate::Error> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/api/v1/auth/sign_in"))
            .without_session();
        request.accept("application/json");
        request
            .json(
                "application/json",
                &serde_json::json!({ "email" : login, "password" : password }),
            );
        let response = request.send().await?;
        if !(200..300).contains(&response.status()) {
            return Err(response.unexpected());
        }
        if !self.take_tokens(response.headers()) {
            return Err(
                crate::Error::InvalidResponse(
                    "the sign-in answer lacks the session headers".to_owned(),
                ),
            );
        }
        self.state().credentials = Some((login.to_owned(), password.to_owned()));
        Ok(())
    }
}

impl std::fmt::Debug for SignInSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.state();
        f.debug_struct("SignInSession")
            .field("signed_in", &!state.tokens.is_empty())
            .field("expires_at", &state.expires_at)
            .finish_non_exhaustive()
    }
}

impl Session for SignInSession {
    fn apply(&self, headers: &mut HeaderMap) {
        for (name, value) in &self.state().tokens {
            headers.insert(name.clone(), value.clone());
        }
    }

    fn observe(&self, headers: &mut HeaderMap) {
        self.take_tokens(headers);
        for name in TOKEN_HEADERS {
            let Ok(name) = HeaderName::from_bytes(name.as_bytes()) else { continue };
            if let reqwest::header::Entry::Occupied(mut entry) = headers.entry(name) {
                for value in entry.iter_mut() {
                    value.set_sensitive(true);
                }
            }
        }
    }

    fn expired(&self) -> bool {
        let state = self.state();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        state.credentials.is_some() && state.expires_at.is_some_and(|at| at <= now)
    }

    fn renew<'a>(
        &'a self,
        client: &'a crate::runtime::Client,
    ) -> BoxFuture<'a, Result<bool, RequestError>> {
        Box::pin(async move {
            let Some((login, password)) = self.state().credentials.clone() else {
                return Ok(false);
            };
            match self.sign_in(client, &login, &password).await {
                Ok(()) => Ok(true),
                Err(_) => Ok(false),
            }
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl crate::Client {
    /// Signs in: posts the login and password to `/api/v1/auth/sign_in` and keeps the session
    /// tokens of the answer for every later request. Rotated tokens are taken up as responses
    /// bring them; on expiry or a 401 the client signs in again once with the same credentials.
    pub async fn sign_in(
        &self,
        login: &str,
        password: &str,
    ) -> Result<(), crate::Error> {
        let session = self
            .session()
            .and_then(|session| session.as_any().downcast_ref::<SignInSession>())
            .ok_or_else(|| crate::Error::InvalidRequest(
                "this client has no sign-in session".to_owned(),
            ))?;
        session.sign_in(&self.inner, login, password).await
    }

    /// Whether the client holds session tokens.
    pub fn is_signed_in(&self) -> bool {
        self.session()
            .and_then(|session| session.as_any().downcast_ref::<SignInSession>())
            .is_some_and(|session| !session.state().tokens.is_empty())
    }
}
