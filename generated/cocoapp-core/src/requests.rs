//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_contacts`](crate::Client::list_contacts) (`GET /contacts`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListContacts<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) filter_email: Option<String>,
    pub(crate) filter_from: Option<String>,
    pub(crate) filter_name: Option<String>,
    pub(crate) filter_first_name: Option<String>,
    pub(crate) filter_last_name: Option<String>,
    pub(crate) filter_phone_number: Option<String>,
    pub(crate) filter_with_tags: Option<String>,
    pub(crate) filter_to: Option<String>,
    pub(crate) filter_op: Option<crate::types::FilterOperator>,
    pub(crate) include: Option<String>,
    pub(crate) page_number: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) sort: Option<Vec<crate::types::ContactSort>>,
    pub(crate) filter_without_tags: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListContacts<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            filter_email: None,
            filter_from: None,
            filter_name: None,
            filter_first_name: None,
            filter_last_name: None,
            filter_phone_number: None,
            filter_with_tags: None,
            filter_to: None,
            filter_op: None,
            include: None,
            page_number: None,
            page_size: None,
            sort: None,
            filter_without_tags: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Only contacts whose e-mail address matches this value.
    ///
    /// `filter[email]` (query parameter).
    pub fn filter_email(mut self, value: impl Into<String>) -> Self {
        self.filter_email = Some(value.into());
        self
    }

    /// Start of the date range (UTC). The published document does not say which date it applies to nor its exact format; an ISO 8601 date or date-time is assumed.
    ///
    /// `filter[from]` (query parameter).
    pub fn filter_from(mut self, value: impl Into<String>) -> Self {
        self.filter_from = Some(value.into());
        self
    }

    /// Only contacts whose full name matches this value.
    ///
    /// `filter[name]` (query parameter).
    pub fn filter_name(mut self, value: impl Into<String>) -> Self {
        self.filter_name = Some(value.into());
        self
    }

    /// Only contacts whose first name matches this value.
    ///
    /// `filter[first-name]` (query parameter).
    pub fn filter_first_name(mut self, value: impl Into<String>) -> Self {
        self.filter_first_name = Some(value.into());
        self
    }

    /// Only contacts whose last name matches this value.
    ///
    /// `filter[last-name]` (query parameter).
    pub fn filter_last_name(mut self, value: impl Into<String>) -> Self {
        self.filter_last_name = Some(value.into());
        self
    }

    /// Only contacts whose phone number matches this value.
    ///
    /// `filter[phone-number]` (query parameter).
    pub fn filter_phone_number(mut self, value: impl Into<String>) -> Self {
        self.filter_phone_number = Some(value.into());
        self
    }

    /// Only contacts having these tags. How several tags are written is not documented (JSON:API servers usually take a comma-separated list).
    ///
    /// `filter[with-tags]` (query parameter).
    pub fn filter_with_tags(mut self, value: impl Into<String>) -> Self {
        self.filter_with_tags = Some(value.into());
        self
    }

    /// End of the date range (UTC). Same caveats as `filter[from]`.
    ///
    /// `filter[to]` (query parameter).
    pub fn filter_to(mut self, value: impl Into<String>) -> Self {
        self.filter_to = Some(value.into());
        self
    }

    /// How the filters combine.
    ///
    /// `filter[op]` (query parameter).
    pub fn filter_op(mut self, value: impl Into<crate::types::FilterOperator>) -> Self {
        self.filter_op = Some(value.into());
        self
    }

    /// Related resources to embed in `included`, comma-separated JSON:API relationship paths. The published document names `notes`; it does not say whether there are others.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Page to return, starting at 1.
    ///
    /// `page[number]` (query parameter).
    pub fn page_number(mut self, value: impl Into<i64>) -> Self {
        self.page_number = Some(value.into());
        self
    }

    /// Number of contacts per page. The server's default and maximum are not documented.
    ///
    /// `page[size]` (query parameter).
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sort keys, applied in order. The published document lists the fields; the `-` prefix for descending order and several comma-separated keys follow the JSON:API specification (inferred).
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<Vec<crate::types::ContactSort>>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Only contacts without these tags. How several tags are written is not documented (JSON:API servers usually take a comma-separated list).
    ///
    /// `filter[without-tags]` (query parameter).
    pub fn filter_without_tags(mut self, value: impl Into<String>) -> Self {
        self.filter_without_tags = Some(value.into());
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
        crate::types::ContactCollectionDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ContactCollectionDocument>,
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

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (
            crate::Response<crate::types::ContactCollectionDocument>,
            crate::runtime::PageInfo,
        ),
        crate::Error<crate::types::ErrorDocument>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorDocument>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/contacts"));
        request
            .query(
                "filter[email]",
                &self.filter_email,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[from]",
                &self.filter_from,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[name]",
                &self.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[first-name]",
                &self.filter_first_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[last-name]",
                &self.filter_last_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[phone-number]",
                &self.filter_phone_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[with-tags]",
                &self.filter_with_tags,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[to]",
                &self.filter_to,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[op]",
                &self.filter_op,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "page[number]",
                &self.page_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "page[size]",
                &self.page_size,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, false);
        request
            .query(
                "filter[without-tags]",
                &self.filter_without_tags,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ContactCollectionDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 406 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListContacts<'a> {
    type Output = Result<
        crate::types::ContactCollectionDocument,
        crate::Error<crate::types::ErrorDocument>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_contact`](crate::Client::create_contact) (`POST /contacts`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateContact<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::ContactCreateDocument,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateContact<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ContactCreateDocument,
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
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ContactDocument>,
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
            .request(reqwest::Method::POST, String::from("/contacts"));
        request.accept("application/vnd.api+json");
        request.path_template("/contacts");
        request.json("application/vnd.api+json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ContactDocument,
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

impl<'a> std::future::IntoFuture for CreateContact<'a> {
    type Output = Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_contact`](crate::Client::get_contact) (`GET /contacts/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetContact<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: uuid::Uuid,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetContact<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: uuid::Uuid) -> Self {
        Self {
            client,
            id,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Related resources to embed in `included`, comma-separated JSON:API relationship paths. The published document names `notes`; it does not say whether there are others.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
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
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ContactDocument>,
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
            .request(
                reqwest::Method::GET,
                ["/contacts/", &crate::runtime::path_param("id", &self.id)?].concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetContact<'a> {
    type Output = Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_contact`](crate::Client::update_contact) (`PATCH /contacts/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateContact<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: uuid::Uuid,
    pub(crate) body: crate::types::ContactUpdateDocument,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateContact<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: uuid::Uuid,
        body: crate::types::ContactUpdateDocument,
    ) -> Self {
        Self {
            client,
            id,
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
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ContactDocument>,
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
            .request(
                reqwest::Method::PATCH,
                ["/contacts/", &crate::runtime::path_param("id", &self.id)?].concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}");
        request.json("application/vnd.api+json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateContact<'a> {
    type Output = Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_contact_profile_picture`](crate::Client::delete_contact_profile_picture) (`DELETE /contacts/{id}/profile-picture`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteContactProfilePicture<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: uuid::Uuid,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteContactProfilePicture<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: uuid::Uuid) -> Self {
        Self {
            client,
            id,
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
    pub async fn send(self) -> Result<(), crate::Error<crate::types::ErrorDocument>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<crate::types::ErrorDocument>> {
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
            .request(
                reqwest::Method::DELETE,
                [
                    "/contacts/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/profile-picture",
                ]
                    .concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}/profile-picture");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::ErrorDocument>> {
        match response.status() {
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteContactProfilePicture<'a> {
    type Output = Result<(), crate::Error<crate::types::ErrorDocument>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::upload_contact_profile_picture`](crate::Client::upload_contact_profile_picture) (`POST /contacts/{id}/profile-picture`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct UploadContactProfilePicture<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: uuid::Uuid,
    pub(crate) body: crate::types::UploadContactProfilePictureForm,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UploadContactProfilePicture<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: uuid::Uuid,
        body: crate::types::UploadContactProfilePictureForm,
    ) -> Self {
        Self {
            client,
            id,
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
        crate::types::ProfilePictureDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProfilePictureDocument>,
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
            .request(
                reqwest::Method::POST,
                [
                    "/contacts/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/profile-picture",
                ]
                    .concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}/profile-picture");
        request.multipart(self.body.into_form()?);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProfilePictureDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UploadContactProfilePicture<'a> {
    type Output = Result<
        crate::types::ProfilePictureDocument,
        crate::Error<crate::types::ErrorDocument>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
