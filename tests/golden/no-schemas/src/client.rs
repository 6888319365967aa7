//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /ping`
    pub async fn ping(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/ping"));
        request.path_template("/ping");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /echo/{word}`
    pub async fn echo(
        &self,
        word: &str,
        times: i64,
    ) -> Result<String, crate::Error<String>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/echo/", &crate::runtime::path_param("word", word)?].concat(),
            );
        request.query("times", &times, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json, text/plain");
        request.path_template("/echo/{word}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.text()?),
            500..=503 => Err(response.unexpected()),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}
