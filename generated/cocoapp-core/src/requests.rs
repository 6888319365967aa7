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

/// The request of [`Client::list_contacts`](crate::Client::list_contacts) (`GET /contacts`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListContacts<'a> = Call<'a, crate::operations::ListContacts>;

impl ListContacts<'_> {
    /// Only contacts whose e-mail address matches this value.
    ///
    /// `filter[email]` (query parameter).
    pub fn filter_email(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_email = Some(value.into());
        self
    }

    /// Start of the date range (UTC). The published document does not say which date it applies to nor its exact format; an ISO 8601 date or date-time is assumed.
    ///
    /// `filter[from]` (query parameter).
    pub fn filter_from(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_from = Some(value.into());
        self
    }

    /// Only contacts whose full name matches this value.
    ///
    /// `filter[name]` (query parameter).
    pub fn filter_name(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_name = Some(value.into());
        self
    }

    /// Only contacts whose first name matches this value.
    ///
    /// `filter[first-name]` (query parameter).
    pub fn filter_first_name(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_first_name = Some(value.into());
        self
    }

    /// Only contacts whose last name matches this value.
    ///
    /// `filter[last-name]` (query parameter).
    pub fn filter_last_name(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_last_name = Some(value.into());
        self
    }

    /// Only contacts whose phone number matches this value.
    ///
    /// `filter[phone-number]` (query parameter).
    pub fn filter_phone_number(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_phone_number = Some(value.into());
        self
    }

    /// Only contacts having these tags. How several tags are written is not documented (JSON:API servers usually take a comma-separated list).
    ///
    /// `filter[with-tags]` (query parameter).
    pub fn filter_with_tags(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_with_tags = Some(value.into());
        self
    }

    /// End of the date range (UTC). Same caveats as `filter[from]`.
    ///
    /// `filter[to]` (query parameter).
    pub fn filter_to(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_to = Some(value.into());
        self
    }

    /// How the filters combine.
    ///
    /// `filter[op]` (query parameter).
    pub fn filter_op(mut self, value: impl Into<crate::types::FilterOperator>) -> Self {
        self.operation.filter_op = Some(value.into());
        self
    }

    /// Related resources to embed in `included`, comma-separated JSON:API relationship paths. The published document names `notes`; it does not say whether there are others.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }

    /// Page to return, starting at 1.
    ///
    /// `page[number]` (query parameter).
    pub fn page_number(mut self, value: impl Into<i64>) -> Self {
        self.operation.page_number = Some(value.into());
        self
    }

    /// Number of contacts per page. The server's default and maximum are not documented.
    ///
    /// `page[size]` (query parameter).
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.operation.page_size = Some(value.into());
        self
    }

    /// Sort keys, applied in order. The published document lists the fields; the `-` prefix for descending order and several comma-separated keys follow the JSON:API specification (inferred).
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<Vec<crate::types::ContactSort>>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Only contacts without these tags. How several tags are written is not documented (JSON:API servers usually take a comma-separated list).
    ///
    /// `filter[without-tags]` (query parameter).
    pub fn filter_without_tags(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_without_tags = Some(value.into());
        self
    }
}

/// The request of [`Client::create_contact`](crate::Client::create_contact) (`POST /contacts`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateContact<'a> = Call<'a, crate::operations::CreateContact>;

/// The request of [`Client::get_contact`](crate::Client::get_contact) (`GET /contacts/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetContact<'a> = Call<'a, crate::operations::GetContact>;

impl GetContact<'_> {
    /// Related resources to embed in `included`, comma-separated JSON:API relationship paths. The published document names `notes`; it does not say whether there are others.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::update_contact`](crate::Client::update_contact) (`PATCH /contacts/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateContact<'a> = Call<'a, crate::operations::UpdateContact>;

/// The request of [`Client::delete_contact_profile_picture`](crate::Client::delete_contact_profile_picture) (`DELETE /contacts/{id}/profile-picture`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteContactProfilePicture<'a> = Call<
    'a,
    crate::operations::DeleteContactProfilePicture,
>;

/// The request of [`Client::upload_contact_profile_picture`](crate::Client::upload_contact_profile_picture) (`POST /contacts/{id}/profile-picture`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UploadContactProfilePicture<'a> = Call<
    'a,
    crate::operations::UploadContactProfilePicture,
>;
