//! Authentication: a Bearer token in the `Authorization` header of every request.

impl crate::ClientBuilder {
    /// Sends `Authorization: Bearer <token>` with every request. The token is redacted from
    /// `Debug` output and never appears in errors.
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.default_header("Authorization", format!("Bearer {}", token.into()))
    }
}
