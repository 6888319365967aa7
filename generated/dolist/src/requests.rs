//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_applications`](crate::Client::list_applications) (`GET /applications`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListApplications<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListApplications<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            offset: None,
            limit: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ApplicationList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ApplicationList>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ApplicationList>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/applications"));
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/applications");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ApplicationList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListApplications<'a> {
    type Output = Result<
        crate::types::ApplicationList,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::upsert_contact`](crate::Client::upsert_contact) (`POST /contacts`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpsertContact<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::UpsertContactRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpsertContact<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::UpsertContactRequest,
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
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::IdResponse>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/contacts"));
        request.accept("application/json");
        request.path_template("/contacts");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpsertContact<'a> {
    type Output = Result<
        crate::types::IdResponse,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_contact`](crate::Client::delete_contact) (`DELETE /contacts/{ContactID}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteContact<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) contact_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteContact<'a> {
    pub(crate) fn new(client: &'a crate::Client, contact_id: i64) -> Self {
        Self {
            client,
            contact_id,
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
    pub async fn send(self) -> Result<(), crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<crate::types::ErrorResponse>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<
        crate::Response<bytes::Bytes>,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/contacts/",
                    &crate::runtime::path_param("ContactID", &self.contact_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/contacts/{ContactID}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteContact<'a> {
    type Output = Result<(), crate::Error<crate::types::ErrorResponse>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::read_contact`](crate::Client::read_contact) (`POST /contacts/read`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ReadContact<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::ContactQueryRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ReadContact<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ContactQueryRequest,
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
    ) -> Result<crate::types::Contact, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Contact>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/contacts/read"));
        request.accept("application/json");
        request.path_template("/contacts/read");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Contact, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ReadContact<'a> {
    type Output = Result<
        crate::types::Contact,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::search_contacts`](crate::Client::search_contacts) (`POST /contacts/search`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct SearchContacts<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) body: crate::types::ContactQueryRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> SearchContacts<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ContactQueryRequest,
    ) -> Self {
        Self {
            client,
            offset: None,
            limit: None,
            body,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Number of contacts to return; the contact search returns at most 50 results per call.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::ContactList, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ContactList>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ContactList>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/contacts/search"));
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/contacts/search");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ContactList, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for SearchContacts<'a> {
    type Output = Result<
        crate::types::ContactList,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_campaigns`](crate::Client::list_campaigns) (`GET /campaigns`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListCampaigns<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListCampaigns<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            offset: None,
            limit: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::CampaignList, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CampaignList>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::CampaignList>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/campaigns"));
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/campaigns");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::CampaignList, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListCampaigns<'a> {
    type Output = Result<
        crate::types::CampaignList,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_campaign`](crate::Client::create_campaign) (`POST /campaigns`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateCampaign<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::CreateCampaignRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateCampaign<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::CreateCampaignRequest,
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
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::IdResponse>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/campaigns"));
        request.accept("application/json");
        request.path_template("/campaigns");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateCampaign<'a> {
    type Output = Result<
        crate::types::IdResponse,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_campaign`](crate::Client::get_campaign) (`GET /campaigns/{CampaignID}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCampaign<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) campaign_id: i32,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCampaign<'a> {
    pub(crate) fn new(client: &'a crate::Client, campaign_id: i32) -> Self {
        Self {
            client,
            campaign_id,
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
    ) -> Result<crate::types::Campaign, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Campaign>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/campaigns/",
                    &crate::runtime::path_param("CampaignID", &self.campaign_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/campaigns/{CampaignID}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Campaign, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCampaign<'a> {
    type Output = Result<
        crate::types::Campaign,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_email_message`](crate::Client::create_email_message) (`POST /email/messages`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateEmailMessage<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::CreateEmailMessageRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateEmailMessage<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::CreateEmailMessageRequest,
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
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::IdResponse>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/email/messages"));
        request.accept("application/json");
        request.path_template("/email/messages");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateEmailMessage<'a> {
    type Output = Result<
        crate::types::IdResponse,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_sender_addresses`](crate::Client::list_sender_addresses) (`GET /email/messages/addresses/packsenders`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListSenderAddresses<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListSenderAddresses<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            offset: None,
            limit: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::SenderAddressList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SenderAddressList>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::SenderAddressList>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                String::from("/email/messages/addresses/packsenders"),
            );
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/email/messages/addresses/packsenders");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SenderAddressList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListSenderAddresses<'a> {
    type Output = Result<
        crate::types::SenderAddressList,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_reply_addresses`](crate::Client::list_reply_addresses) (`GET /email/messages/addresses/replies`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListReplyAddresses<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListReplyAddresses<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            offset: None,
            limit: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ReplyAddressList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ReplyAddressList>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ReplyAddressList>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                String::from("/email/messages/addresses/replies"),
            );
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/email/messages/addresses/replies");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ReplyAddressList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListReplyAddresses<'a> {
    type Output = Result<
        crate::types::ReplyAddressList,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::send_transactional_email`](crate::Client::send_transactional_email) (`POST /email/sendings/transactional`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct SendTransactionalEmail<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::SendTransactionalEmailRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> SendTransactionalEmail<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::SendTransactionalEmailRequest,
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
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::TransactionalSendingResult>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                String::from("/email/sendings/transactional"),
            );
        request.accept("application/json");
        request.path_template("/email/sendings/transactional");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for SendTransactionalEmail<'a> {
    type Output = Result<
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::send_transactional_email_with_attachment`](crate::Client::send_transactional_email_with_attachment) (`POST /email/sendings/transactional/attachment`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct SendTransactionalEmailWithAttachment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::SendTransactionalEmailWithAttachmentForm,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> SendTransactionalEmailWithAttachment<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::SendTransactionalEmailWithAttachmentForm,
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
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::TransactionalSendingResult>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                String::from("/email/sendings/transactional/attachment"),
            );
        request.accept("application/json");
        request.path_template("/email/sendings/transactional/attachment");
        request.multipart(self.body.into_form()?);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for SendTransactionalEmailWithAttachment<'a> {
    type Output = Result<
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::search_transactional_sending_statistics`](crate::Client::search_transactional_sending_statistics) (`POST /statistics/email/sendings/transactional/search`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct SearchTransactionalSendingStatistics<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) body: crate::types::TransactionalSendingSearchRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> SearchTransactionalSendingStatistics<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::TransactionalSendingSearchRequest,
    ) -> Self {
        Self {
            client,
            offset: None,
            limit: None,
            body,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::TransactionalSendingStatisticsList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::TransactionalSendingStatisticsList>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (
            crate::Response<crate::types::TransactionalSendingStatisticsList>,
            crate::runtime::PageInfo,
        ),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                String::from("/statistics/email/sendings/transactional/search"),
            );
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/statistics/email/sendings/transactional/search");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::TransactionalSendingStatisticsList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for SearchTransactionalSendingStatistics<'a> {
    type Output = Result<
        crate::types::TransactionalSendingStatisticsList,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_campaign_statistics`](crate::Client::get_campaign_statistics) (`GET /statistics/email/campaigns/{CampaignID}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCampaignStatistics<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) campaign_id: i32,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCampaignStatistics<'a> {
    pub(crate) fn new(client: &'a crate::Client, campaign_id: i32) -> Self {
        Self {
            client,
            campaign_id,
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
        crate::types::CampaignStatistics,
        crate::Error<crate::types::ErrorResponse>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CampaignStatistics>,
        crate::Error<crate::types::ErrorResponse>,
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
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/statistics/email/campaigns/",
                    &crate::runtime::path_param("CampaignID", &self.campaign_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/statistics/email/campaigns/{CampaignID}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::CampaignStatistics,
        crate::Error<crate::types::ErrorResponse>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCampaignStatistics<'a> {
    type Output = Result<
        crate::types::CampaignStatistics,
        crate::Error<crate::types::ErrorResponse>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
