//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Send an SMS message
    ///
    /// Sends an SMS from the workspace's SMS connector to one phone number. The published examples write the number as digits with the country code and no `+`. Length limits and how long messages are split are not documented.
    ///
    /// `POST /messages`
    pub async fn send_message(
        &self,
        body: &crate::types::MessageCreateDocument,
    ) -> Result<
        crate::types::MessageDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        let mut request = self.request(reqwest::Method::POST, String::from("/messages"));
        request.accept("application/vnd.api+json");
        request.path_template("/messages");
        request.json("application/vnd.api+json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}
