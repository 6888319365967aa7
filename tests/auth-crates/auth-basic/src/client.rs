//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /things`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_basic::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_things().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_things(&self) -> crate::requests::ListThings<'_> {
        crate::requests::Call::new(self, crate::operations::ListThings {})
    }
}
