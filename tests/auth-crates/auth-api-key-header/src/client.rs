//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /items`
    pub async fn list_items(
        &self,
        params: &crate::types::ListItemsParams,
    ) -> Result<Vec<String>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/items"));
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/items");
        let request = crate::auth::authorize(self, request, &[crate::auth::API_KEY_AUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
