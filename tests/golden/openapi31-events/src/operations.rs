//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_events`](crate::Client::list_events).
#[derive(Clone)]
pub struct ListEvents {
    pub(crate) since: Option<chrono::DateTime<chrono::Utc>>,
    pub(crate) limit: Option<i64>,
}

impl crate::requests::Operation for ListEvents {
    type Output = Vec<crate::types::Event>;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/events"));
        request.query("since", &self.since, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/events");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::create_event`](crate::Client::create_event).
#[derive(Clone)]
pub struct CreateEvent {
    pub(crate) body: crate::types::Event,
}

impl crate::requests::Operation for CreateEvent {
    type Output = crate::types::Event;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/events"));
        request.accept("application/json");
        request.path_template("/events");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::put_event_file`](crate::Client::put_event_file).
pub struct PutEventFile {
    pub(crate) id: String,
    pub(crate) body: Option<reqwest::Body>,
}

impl crate::requests::Operation for PutEventFile {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::PUT,
                ["/events/", &crate::runtime::path_param("id", &self.id)?, "/file"]
                    .concat(),
            );
        request.path_template("/events/{id}/file");
        if let Some(body) = self.body {
            request.bytes("application/octet-stream", body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
