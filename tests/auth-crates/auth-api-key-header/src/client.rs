//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /items`
    ///
    /// Optional parameters are setters of the returned request: [`limit`](crate::requests::ListItems::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_api_key_header::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_items().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_items(&self) -> crate::requests::ListItems<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListItems {
                limit: None,
            },
        )
    }
}
