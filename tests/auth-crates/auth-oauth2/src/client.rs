//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /reports`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_oauth2::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_reports().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_reports(&self) -> crate::requests::ListReports<'_> {
        crate::requests::Call::new(self, crate::operations::ListReports {})
    }

    /// `POST /reports`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_oauth2::Client, body: auth_oauth2::CreateReportBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_report(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_report(
        &self,
        body: impl Into<crate::types::CreateReportBody>,
    ) -> crate::requests::CreateReport<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateReport {
                body: body.into(),
            },
        )
    }

    /// `GET /status`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: auth_oauth2::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.status().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn status(&self) -> crate::requests::Status<'_> {
        crate::requests::Call::new(self, crate::operations::Status {})
    }
}
