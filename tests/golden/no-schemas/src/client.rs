//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /ping`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: no_schemas::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.ping().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn ping(&self) -> crate::requests::Ping<'_> {
        crate::requests::Call::new(self, crate::operations::Ping {})
    }

    /// `GET /echo/{word}`
    ///
    /// # Arguments
    /// - `word`
    /// - `times`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: no_schemas::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.echo("id", 1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn echo(
        &self,
        word: impl Into<String>,
        times: impl Into<i64>,
    ) -> crate::requests::Echo<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::Echo {
                word: word.into(),
                times: times.into(),
            },
        )
    }
}
