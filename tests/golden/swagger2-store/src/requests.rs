//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_orders`](crate::Client::list_orders) (`GET /orders`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListOrders<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_id: i64,
    pub(crate) accept_language: Option<crate::types::Language>,
    pub(crate) offset: Option<i64>,
    pub(crate) limit: Option<i64>,
    pub(crate) ids: Option<Vec<i64>>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) codes: Option<Vec<String>>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListOrders<'a> {
    pub(crate) fn new(client: &'a crate::Client, account_id: i64) -> Self {
        Self {
            client,
            account_id,
            accept_language: None,
            offset: None,
            limit: None,
            ids: None,
            tags: None,
            codes: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// `Accept-Language` (header parameter).
    pub fn accept_language(mut self, value: impl Into<crate::types::Language>) -> Self {
        self.accept_language = Some(value.into());
        self
    }

    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// `ids` (query parameter).
    pub fn ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.ids = Some(value.into());
        self
    }

    /// `tags` (query parameter).
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// `codes` (query parameter).
    pub fn codes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.codes = Some(value.into());
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
        crate::types::OrderPage,
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::OrderPage>,
        crate::Error<crate::types::ResponseStatusWrapper>,
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
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/orders"));
        request
            .query(
                "AccountID",
                &self.account_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.header("Accept-Language", &self.accept_language);
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.query("ids", &self.ids, crate::runtime::ParamStyle::Form, false);
        request.query("tags", &self.tags, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "codes",
                &self.codes,
                crate::runtime::ParamStyle::PipeDelimited,
                false,
            );
        request.accept("application/json");
        request.path_template("/orders");
        request.options(&self.options);
        let request = crate::auth::authorize(self.client, request, &[crate::auth::KEY])
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::OrderPage,
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}

impl<'a> std::future::IntoFuture for ListOrders<'a> {
    type Output = Result<
        crate::types::OrderPage,
        crate::Error<crate::types::ResponseStatusWrapper>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_order`](crate::Client::create_order) (`POST /orders`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateOrder<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_id: i64,
    pub(crate) body: crate::types::Order,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateOrder<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        account_id: i64,
        body: crate::types::Order,
    ) -> Self {
        Self {
            client,
            account_id,
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
    ) -> Result<crate::types::Order, crate::Error<crate::types::ResponseStatusWrapper>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Order>,
        crate::Error<crate::types::ResponseStatusWrapper>,
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
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/orders"));
        request
            .query(
                "AccountID",
                &self.account_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/orders");
        request.json("application/json", &self.body);
        request.options(&self.options);
        let request = crate::auth::authorize(self.client, request, &[crate::auth::KEY])
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Order, crate::Error<crate::types::ResponseStatusWrapper>> {
        match response.status() {
            201 => Ok(response.json()?),
            400 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateOrder<'a> {
    type Output = Result<
        crate::types::Order,
        crate::Error<crate::types::ResponseStatusWrapper>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_invoice`](crate::Client::get_invoice) (`GET /orders/{orderId}/invoice`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) order_id: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetInvoice<'a> {
    pub(crate) fn new(client: &'a crate::Client, order_id: String) -> Self {
        Self {
            client,
            order_id,
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
    pub async fn send(self) -> Result<crate::Download, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::Download>, crate::Error<()>> {
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
                reqwest::Method::GET,
                [
                    "/orders/",
                    &crate::runtime::path_param("orderId", &self.order_id)?,
                    "/invoice",
                ]
                    .concat(),
            );
        request.accept("application/pdf");
        request.stream_success();
        request.path_template("/orders/{orderId}/invoice");
        request.options(&self.options);
        let request = crate::auth::authorize(self.client, request, &[crate::auth::KEY])
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::Download, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetInvoice<'a> {
    type Output = Result<crate::Download, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::upload_attachment`](crate::Client::upload_attachment) (`POST /orders/{orderId}/attachments`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct UploadAttachment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) order_id: String,
    pub(crate) body: crate::types::UploadAttachmentForm,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UploadAttachment<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        order_id: String,
        body: crate::types::UploadAttachmentForm,
    ) -> Self {
        Self {
            client,
            order_id,
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
                reqwest::Method::POST,
                [
                    "/orders/",
                    &crate::runtime::path_param("orderId", &self.order_id)?,
                    "/attachments",
                ]
                    .concat(),
            );
        request.path_template("/orders/{orderId}/attachments");
        request.multipart(self.body.into_form()?);
        request.options(&self.options);
        let request = crate::auth::authorize(self.client, request, &[crate::auth::KEY])
            .await?;
        Ok(request.send().await?)
    }

    fn decode(response: crate::runtime::RawResponse) -> Result<(), crate::Error<()>> {
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UploadAttachment<'a> {
    type Output = Result<(), crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::login`](crate::Client::login) (`POST /login`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Login<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::LoginBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> Login<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: crate::types::LoginBody) -> Self {
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
    pub async fn send(self) -> Result<crate::types::LoginResponse, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::types::LoginResponse>, crate::Error<()>> {
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
            .request(reqwest::Method::POST, String::from("/login"));
        request.accept("application/json");
        request.path_template("/login");
        request.form(&self.body);
        request.options(&self.options);
        let request = crate::auth::authorize(self.client, request, &[]).await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::LoginResponse, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for Login<'a> {
    type Output = Result<crate::types::LoginResponse, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
