//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::send_message`](crate::Client::send_message) (`POST /messages`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct SendMessage<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::MessageCreateDocument,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> SendMessage<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::MessageCreateDocument,
    ) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::MessageDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageDocument>,
        crate::Error<crate::types::ErrorDocument>,
    > {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<
        crate::Response<bytes::Bytes>,
        crate::Error<crate::types::ErrorDocument>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorDocument>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/messages"));
        request.accept("application/vnd.api+json");
        request.path_template("/messages");
        request.json("application/vnd.api+json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        match response.status() {
            201 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for SendMessage<'a> {
    type Output = Result<
        crate::types::MessageDocument,
        crate::Error<crate::types::ErrorDocument>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
