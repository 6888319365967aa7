//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /events`
    pub async fn list_events(
        &self,
        params: &crate::types::ListEventsParams,
    ) -> Result<Vec<crate::types::Event>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/events"));
        request.query("since", &params.since, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/events");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /events`
    pub async fn create_event(
        &self,
        body: &crate::types::Event,
    ) -> Result<crate::types::Event, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/events"));
        request.accept("application/json");
        request.path_template("/events");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `PUT /events/{id}/file`
    pub async fn put_event_file(
        &self,
        id: &str,
        body: Option<reqwest::Body>,
    ) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::PUT,
                ["/events/", &crate::runtime::path_param("id", id)?, "/file"].concat(),
            );
        request.path_template("/events/{id}/file");
        if let Some(body) = body {
            request.bytes("application/octet-stream", body);
        }
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
