//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /me`
    pub async fn get_me(&self) -> Result<crate::types::User, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/me"));
        request.accept("application/json");
        request.path_template("/me");
        let request = crate::auth::authorize(self, request, &[crate::auth::BEARER_AUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /health`
    pub async fn health(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/health"));
        request.path_template("/health");
        let request = crate::auth::authorize(self, request, &[]).await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
