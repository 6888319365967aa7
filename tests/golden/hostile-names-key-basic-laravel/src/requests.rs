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

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<O::Output>, crate::runtime::PageInfo),
        crate::Error<O::Error>,
    > {
        let response = self.execute(None).await?;
        let page = response.page_info();
        response.typed(O::decode).map(|body| (body, page))
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

/// The request of [`Client::post_session`](crate::Client::post_session) (`POST /session`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type PostSession<'a> = Call<'a, crate::operations::PostSession>;

/// The request of [`Client::sign_in`](crate::Client::sign_in) (`POST /sign_in`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type SignIn<'a> = Call<'a, crate::operations::SignIn>;

/// The request of [`Client::auth_sign_in`](crate::Client::auth_sign_in) (`POST /auth/sign_in`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type AuthSignIn<'a> = Call<'a, crate::operations::AuthSignIn>;

impl AuthSignIn<'_> {
    /// The request body (`application/json`).
    pub fn body(mut self, value: impl Into<crate::types::AuthSignInBody>) -> Self {
        self.operation.body = Some(value.into());
        self
    }
}

/// The request of [`Client::is_signed_in`](crate::Client::is_signed_in) (`GET /signed-in`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type IsSignedIn<'a> = Call<'a, crate::operations::IsSignedIn>;

/// The request of [`Client::get_builder`](crate::Client::get_builder) (`GET /builder`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetBuilder<'a> = Call<'a, crate::operations::GetBuilder>;

/// The request of [`Client::post_new`](crate::Client::post_new) (`POST /new`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type PostNew<'a> = Call<'a, crate::operations::PostNew>;

/// The request of [`Client::get_base_url`](crate::Client::get_base_url) (`GET /base-url`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetBaseUrl<'a> = Call<'a, crate::operations::GetBaseUrl>;

/// The request of [`Client::get_request`](crate::Client::get_request) (`GET /request`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetRequest<'a> = Call<'a, crate::operations::GetRequest>;

/// The request of [`Client::get_clone`](crate::Client::get_clone) (`GET /clone`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetClone<'a> = Call<'a, crate::operations::GetClone>;

/// The request of [`Client::api_key`](crate::Client::api_key) (`GET /api-key`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ApiKey<'a> = Call<'a, crate::operations::ApiKey>;

impl ApiKey<'_> {
    /// `Accept-Language` (header parameter).
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.operation.accept_language = Some(value.into());
        self
    }

    /// `access-token` (header parameter).
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.operation.access_token = Some(value.into());
        self
    }
}

/// The request of [`Client::bearer_token`](crate::Client::bearer_token) (`GET /bearer-token`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type BearerToken<'a> = Call<'a, crate::operations::BearerToken>;

/// The request of [`Client::language`](crate::Client::language) (`GET /language`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type Language<'a> = Call<'a, crate::operations::Language>;

/// The request of [`Client::list_pets`](crate::Client::list_pets) (`GET /pets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListPets<'a> = Call<'a, crate::operations::ListPets>;

impl ListPets<'_> {
    /// `page[number]` (query parameter).
    pub fn page_number(mut self, value: impl Into<i64>) -> Self {
        self.operation.page_number = Some(value.into());
        self
    }

    /// `page[size]` (query parameter).
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.operation.page_size = Some(value.into());
        self
    }

    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.operation.offset = Some(value.into());
        self
    }

    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.operation.limit = Some(value.into());
        self
    }
}

/// The request of [`Client::statuses`](crate::Client::statuses) (`GET /statuses`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type Statuses<'a> = Call<'a, crate::operations::Statuses>;

/// The request of [`Client::list_pets_stream`](crate::Client::list_pets_stream) (`GET /pets/stream`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListPetsStream<'a> = Call<'a, crate::operations::ListPetsStream>;

/// The request of [`Client::list_pets_all`](crate::Client::list_pets_all) (`GET /pets/all`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListPetsAll<'a> = Call<'a, crate::operations::ListPetsAll>;

/// The request of [`Client::self_`](crate::Client::self_) (`GET /self/{self}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type Self2<'a> = Call<'a, crate::operations::Self2>;
