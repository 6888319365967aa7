//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /cart`
    pub async fn get_cart(
        &self,
        params: &crate::types::GetCartParams,
    ) -> Result<std::collections::BTreeMap<String, i64>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/cart"));
        request.cookie("theme", &params.theme);
        request.accept("application/json");
        request.path_template("/cart");
        let request = crate::auth::authorize(
                self,
                request,
                &[crate::auth::SESSION_COOKIE],
            )
            .await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
