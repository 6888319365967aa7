//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::ping`](crate::Client::ping) (`GET /ping`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Ping<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> Ping<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
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
            .request(reqwest::Method::GET, String::from("/ping"));
        request.path_template("/ping");
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

impl<'a> std::future::IntoFuture for Ping<'a> {
    type Output = Result<(), crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::echo`](crate::Client::echo) (`GET /echo/{word}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Echo<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) word: String,
    pub(crate) times: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> Echo<'a> {
    pub(crate) fn new(client: &'a crate::Client, word: String, times: i64) -> Self {
        Self {
            client,
            word,
            times,
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
    pub async fn send(self) -> Result<String, crate::Error<String>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<String>, crate::Error<String>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<String>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<String>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/echo/", &crate::runtime::path_param("word", &self.word)?].concat(),
            );
        request.query("times", &self.times, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json, text/plain");
        request.path_template("/echo/{word}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<String, crate::Error<String>> {
        match response.status() {
            200 => Ok(response.text()?),
            500..=503 => Err(response.unexpected()),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}

impl<'a> std::future::IntoFuture for Echo<'a> {
    type Output = Result<String, crate::Error<String>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
