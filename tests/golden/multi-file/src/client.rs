//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /pets`
    pub async fn list_pets(&self) -> Result<Vec<crate::types::Pet2>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/pets"));
        request.accept("application/json");
        request.path_template("/pets");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /pets`
    pub async fn create_pet(
        &self,
        body: Option<&crate::types::NewPet>,
    ) -> Result<crate::types::Pet, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/pets"));
        request.accept("application/json");
        request.path_template("/pets");
        if let Some(body) = body {
            request.json("application/json", body);
        }
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
