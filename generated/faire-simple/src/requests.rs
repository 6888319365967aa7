//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it. Each builder is a [`Call`] of its
//! operation, under the operation's name.

/// A request being built: the client, the operation's parameters and this call's options.
/// Set optional parameters and options, then `.await` it for the response body, or call
/// [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
/// Each operation's builder is this type under the operation's name.
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Call<'a, O> {
    pub(crate) client: &'a crate::Client,
    pub(crate) operation: O,
    pub(crate) options: crate::runtime::CallOptions,
}

/// What an operation gives its [`Call`]: how its request is built and its response read.
#[doc(hidden)]
pub trait Operation: Send + Sized + 'static {
    /// The body of a documented success.
    type Output: Send + 'static;
    /// The body of a documented error.
    type Error: Send + 'static;
    /// The request: method, path, parameters and body.
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>>;
    /// The response, by status.
    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>>;
}

impl<'a, O> Call<'a, O> {
    pub(crate) fn new(client: &'a crate::Client, operation: O) -> Self {
        Self {
            client,
            operation,
            options: crate::runtime::CallOptions::default(),
        }
    }
}

impl<'a, O: Operation> Call<'a, O> {
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
    pub async fn send(self) -> Result<O::Output, crate::Error<O::Error>> {
        O::decode(self.execute(None).await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<O::Output>, crate::Error<O::Error>> {
        self.execute(None).await?.typed(O::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<O::Error>> {
        self.execute(None).await?.into_raw().await
    }

    /// Sends the request, at the URL the server named for the next page if `next` is given.
    async fn execute(
        self,
        next: Option<&reqwest::Url>,
    ) -> Result<crate::runtime::RawResponse, crate::Error<O::Error>> {
        let mut request = self.operation.request(self.client)?;
        request.options(&self.options);
        if let Some(next) = next {
            request.follow(next);
        }
        Ok(request.send().await?)
    }
}

impl<'a, O: Operation> std::future::IntoFuture for Call<'a, O> {
    type Output = Result<O::Output, crate::Error<O::Error>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::set_partner_status`](crate::Client::set_partner_status) (`POST /users/{uid}/statut`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type SetPartnerStatus<'a> = Call<'a, crate::operations::SetPartnerStatus>;

/// The request of [`Client::get_partner`](crate::Client::get_partner) (`GET /users/{uid}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetPartner<'a> = Call<'a, crate::operations::GetPartner>;

/// The request of [`Client::list_partners`](crate::Client::list_partners) (`GET /users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListPartners<'a> = Call<'a, crate::operations::ListPartners>;

/// The request of [`Client::list_themes`](crate::Client::list_themes) (`GET /thematiques`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListThemes<'a> = Call<'a, crate::operations::ListThemes>;

/// The request of [`Client::get_global_refresh`](crate::Client::get_global_refresh) (`GET /actualisation`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetGlobalRefresh<'a> = Call<'a, crate::operations::GetGlobalRefresh>;

/// The request of [`Client::get_semester_refresh`](crate::Client::get_semester_refresh) (`GET /actualisation/semestre`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetSemesterRefresh<'a> = Call<'a, crate::operations::GetSemesterRefresh>;

/// The request of [`Client::list_campaigns`](crate::Client::list_campaigns) (`GET /campagnes`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListCampaigns<'a> = Call<'a, crate::operations::ListCampaigns>;

/// The request of [`Client::list_proposals`](crate::Client::list_proposals) (`GET /propositions`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListProposals<'a> = Call<'a, crate::operations::ListProposals>;
