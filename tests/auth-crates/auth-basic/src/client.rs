//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /things`
    pub async fn list_things(&self) -> Result<Vec<String>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/things"));
        request.accept("application/json");
        request.path_template("/things");
        let request = crate::auth::authorize(self, request, &[crate::auth::BASIC])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
