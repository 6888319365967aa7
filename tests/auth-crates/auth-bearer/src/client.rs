//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /me`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_bearer::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_me().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_me(&self) -> crate::requests::GetMe<'_> {
        crate::requests::Call::new(self, crate::operations::GetMe {})
    }

    /// `GET /health`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_bearer::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.health().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn health(&self) -> crate::requests::Health<'_> {
        crate::requests::Call::new(self, crate::operations::Health {})
    }
}
