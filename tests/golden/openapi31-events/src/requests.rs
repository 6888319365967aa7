//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_events`](crate::Client::list_events) (`GET /events`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListEvents<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) since: Option<chrono::DateTime<chrono::Utc>>,
    pub(crate) limit: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListEvents<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            since: None,
            limit: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// `since` (query parameter).
    pub fn since(mut self, value: impl Into<chrono::DateTime<chrono::Utc>>) -> Self {
        self.since = Some(value.into());
        self
    }

    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<Vec<crate::types::Event>, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<Vec<crate::types::Event>>, crate::Error<()>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<()>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/events"));
        request.query("since", &self.since, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/events");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Vec<crate::types::Event>, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListEvents<'a> {
    type Output = Result<Vec<crate::types::Event>, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_event`](crate::Client::create_event) (`POST /events`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateEvent<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::Event,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateEvent<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: crate::types::Event) -> Self {
        Self {
            client,
            body,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<crate::types::Event, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::types::Event>, crate::Error<()>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<()>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/events"));
        request.accept("application/json");
        request.path_template("/events");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Event, crate::Error<()>> {
        match response.status() {
            201 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateEvent<'a> {
    type Output = Result<crate::types::Event, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::put_event_file`](crate::Client::put_event_file) (`PUT /events/{id}/file`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct PutEventFile<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<reqwest::Body>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> PutEventFile<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: String) -> Self {
        Self {
            client,
            id,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/octet-stream`).
    pub fn body(mut self, value: impl Into<reqwest::Body>) -> Self {
        self.body = Some(value.into());
        self
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<(), crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<()>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<()>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::PUT,
                ["/events/", &crate::runtime::path_param("id", &self.id)?, "/file"]
                    .concat(),
            );
        request.path_template("/events/{id}/file");
        if let Some(body) = self.body {
            request.bytes("application/octet-stream", body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(response: crate::runtime::RawResponse) -> Result<(), crate::Error<()>> {
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for PutEventFile<'a> {
    type Output = Result<(), crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
