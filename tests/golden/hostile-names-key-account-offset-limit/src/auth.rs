//! Authentication: an API key in the `X-API-Key` header and the account id in the
//! `AccountID` query parameter, both sent with every request, so that no method asks
//! for them.

impl crate::ClientBuilder {
    /// Sends the API key in the `X-API-Key` header of every request (redacted from `Debug`).
    pub fn api_key(self, key: impl Into<String>) -> Self {
        self.default_header("X-API-Key", key)
    }

    /// Sends `AccountID=<account_id>` with every request.
    pub fn account_id(self, account_id: impl Into<String>) -> Self {
        self.default_query("AccountID", account_id)
    }
}
