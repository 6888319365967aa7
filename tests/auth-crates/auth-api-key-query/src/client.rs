//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /search`
    ///
    /// # Arguments
    /// - `q`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_api_key_query::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.search("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search(&self, q: impl Into<String>) -> crate::requests::Search<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::Search {
                q: q.into(),
            },
        )
    }
}
