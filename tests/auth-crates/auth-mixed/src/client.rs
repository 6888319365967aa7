//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /default`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_mixed::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.by_default().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn by_default(&self) -> crate::requests::ByDefault<'_> {
        crate::requests::Call::new(self, crate::operations::ByDefault {})
    }

    /// `GET /public`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_mixed::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.public().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn public(&self) -> crate::requests::Public<'_> {
        crate::requests::Call::new(self, crate::operations::Public {})
    }

    /// `GET /either`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_mixed::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.either().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn either(&self) -> crate::requests::Either<'_> {
        crate::requests::Call::new(self, crate::operations::Either {})
    }

    /// `GET /both`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_mixed::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.both().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn both(&self) -> crate::requests::Both<'_> {
        crate::requests::Call::new(self, crate::operations::Both {})
    }

    /// `GET /optional`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_mixed::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.optional().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn optional(&self) -> crate::requests::Optional<'_> {
        crate::requests::Call::new(self, crate::operations::Optional {})
    }

    /// `GET /unhonoured`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_mixed::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.unhonoured().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn unhonoured(&self) -> crate::requests::Unhonoured<'_> {
        crate::requests::Call::new(self, crate::operations::Unhonoured {})
    }
}
