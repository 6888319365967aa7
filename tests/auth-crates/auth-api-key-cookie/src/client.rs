//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /cart`
    ///
    /// Optional parameters are setters of the returned request: [`theme`](crate::requests::GetCart::theme).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_api_key_cookie::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_cart().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_cart(&self) -> crate::requests::GetCart<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCart {
                theme: None,
            },
        )
    }
}
