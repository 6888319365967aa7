//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /reports`
    pub async fn list_reports(&self) -> Result<Vec<String>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/reports"));
        request.accept("application/json");
        request.path_template("/reports");
        let request = crate::auth::authorize(self, request, &[crate::auth::OAUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /reports`
    pub async fn create_report(
        &self,
        body: &crate::types::CreateReportBody,
    ) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/reports"));
        request.path_template("/reports");
        request.json("application/json", body);
        let request = crate::auth::authorize(self, request, &[crate::auth::OAUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /status`
    pub async fn status(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/status"));
        request.path_template("/status");
        let request = crate::auth::authorize(self, request, &[]).await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
