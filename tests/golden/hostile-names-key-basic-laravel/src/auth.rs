//! Authentication: an API key in the `key` query parameter together with HTTP Basic
//! credentials, both sent with every request.

impl crate::ClientBuilder {
    /// Sends `key=<key>` with every request. The key is redacted from `Debug` output and
    /// never appears in errors (which carry no URL).
    pub fn api_key(self, key: impl Into<String>) -> Self {
        self.default_query("key", key)
    }

    /// Sends HTTP Basic credentials (`Authorization: Basic ...`) with every request.
    pub fn basic_auth(
        self,
        user: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        let credentials = format!("{}:{}", user.into(), password.into());
        self.default_header(
            "Authorization",
            format!("Basic {}", crate ::runtime::base64(credentials.as_bytes())),
        )
    }
}
