//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /search`
    pub async fn search(&self, q: &str) -> Result<Vec<String>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/search"));
        request.query("q", q, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/search");
        let request = crate::auth::authorize(self, request, &[crate::auth::KEY]).await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
