//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_coupons`](crate::Client::list_coupons) (`GET /application/coupons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListCoupons<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListCoupons<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Related resources to include
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
    ) -> Result<crate::types::CouponPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CouponPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::CouponPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/coupons"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/coupons");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::CouponPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListCoupons<'a> {
    type Output = Result<
        crate::types::CouponPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_coupon`](crate::Client::store_coupon) (`POST /application/coupons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreCoupon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreCouponBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreCoupon<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreCouponBody,
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
    ) -> Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Coupon>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/coupons"));
        request.accept("application/json");
        request.path_template("/application/coupons");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreCoupon<'a> {
    type Output = Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_coupon`](crate::Client::delete_coupon) (`DELETE /application/coupons/{coupon}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteCoupon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) coupon: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteCoupon<'a> {
    pub(crate) fn new(client: &'a crate::Client, coupon: i64) -> Self {
        Self {
            client,
            coupon,
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
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &self.coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteCoupon<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_coupon`](crate::Client::get_coupon) (`GET /application/coupons/{coupon}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCoupon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) coupon: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCoupon<'a> {
    pub(crate) fn new(client: &'a crate::Client, coupon: i64) -> Self {
        Self {
            client,
            coupon,
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
    ) -> Result<crate::types::CouponPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CouponPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &self.coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::CouponPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCoupon<'a> {
    type Output = Result<
        crate::types::CouponPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_coupon`](crate::Client::update_coupon) (`POST /application/coupons/{coupon}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateCoupon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) coupon: i64,
    pub(crate) body: crate::types::UpdateCouponBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateCoupon<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        coupon: i64,
        body: crate::types::UpdateCouponBody,
    ) -> Self {
        Self {
            client,
            coupon,
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
    ) -> Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Coupon>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &self.coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateCoupon<'a> {
    type Output = Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_customers`](crate::Client::get_customers) (`GET /application/customers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCustomers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) filter_email: Option<String>,
    pub(crate) filter_firstname: Option<String>,
    pub(crate) filter_lastname: Option<String>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) filter_phone: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCustomers<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            filter_email: None,
            filter_firstname: None,
            filter_lastname: None,
            sort: None,
            include: None,
            page: None,
            per_page: None,
            filter_phone: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// `filter[email]` (query parameter).
    pub fn filter_email(mut self, value: impl Into<String>) -> Self {
        self.filter_email = Some(value.into());
        self
    }

    /// `filter[firstname]` (query parameter).
    pub fn filter_firstname(mut self, value: impl Into<String>) -> Self {
        self.filter_firstname = Some(value.into());
        self
    }

    /// `filter[lastname]` (query parameter).
    pub fn filter_lastname(mut self, value: impl Into<String>) -> Self {
        self.filter_lastname = Some(value.into());
        self
    }

    /// Sort fields, e.g. sort=id or sort=-id
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Include relations (invoices, metadata, services)
    ///
    /// Example: `"invoices,metadata"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Only customers whose phone number contains this text.
    ///
    /// `filter[phone]` (query parameter).
    pub fn filter_phone(mut self, value: impl Into<String>) -> Self {
        self.filter_phone = Some(value.into());
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
    ) -> Result<crate::types::CustomerPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CustomerPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::CustomerPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/customers"));
        request
            .query(
                "filter[email]",
                &self.filter_email,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[firstname]",
                &self.filter_firstname,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[lastname]",
                &self.filter_lastname,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[phone]",
                &self.filter_phone,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/customers");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::CustomerPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCustomers<'a> {
    type Output = Result<
        crate::types::CustomerPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_customer`](crate::Client::store_customer) (`POST /application/customers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreCustomerRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreCustomer<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreCustomerRequest,
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
    ) -> Result<crate::types::Customer, crate::Error<crate::types::StoreCustomerError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Customer>,
        crate::Error<crate::types::StoreCustomerError>,
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
        crate::Error<crate::types::StoreCustomerError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::StoreCustomerError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/customers"));
        request.accept("application/json");
        request.path_template("/application/customers");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::StoreCustomerError>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::StoreCustomerError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::StoreCustomerError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::StoreCustomerError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreCustomer<'a> {
    type Output = Result<
        crate::types::Customer,
        crate::Error<crate::types::StoreCustomerError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_customer`](crate::Client::delete_customer) (`DELETE /application/customers/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) force: Option<bool>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteCustomer<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
        Self {
            client,
            id,
            force: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Force deletion even with active services
    ///
    /// `force` (query parameter).
    pub fn force(mut self, value: impl Into<bool>) -> Self {
        self.force = Some(value.into());
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
        crate::types::Customer,
        crate::Error<crate::types::DeleteCustomerError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Customer>,
        crate::Error<crate::types::DeleteCustomerError>,
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
        crate::Error<crate::types::DeleteCustomerError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::DeleteCustomerError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                ["/application/customers/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.query("force", &self.force, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::Customer,
        crate::Error<crate::types::DeleteCustomerError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::DeleteCustomerError::BadRequest)),
            401 => {
                Err(response.api_error(crate::types::DeleteCustomerError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::DeleteCustomerError::Forbidden)),
            404 => Err(response.api_error(crate::types::DeleteCustomerError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteCustomer<'a> {
    type Output = Result<
        crate::types::Customer,
        crate::Error<crate::types::DeleteCustomerError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_customer`](crate::Client::get_customer) (`GET /application/customers/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCustomer<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Customer>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/application/customers/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCustomer<'a> {
    type Output = Result<
        crate::types::Customer,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_customer`](crate::Client::update_customer) (`POST /application/customers/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) body: crate::types::UpdateCustomerRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateCustomer<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        body: crate::types::UpdateCustomerRequest,
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
        crate::types::Customer,
        crate::Error<crate::types::UpdateCustomerError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Customer>,
        crate::Error<crate::types::UpdateCustomerError>,
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
        crate::Error<crate::types::UpdateCustomerError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateCustomerError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                ["/application/customers/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::Customer,
        crate::Error<crate::types::UpdateCustomerError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdateCustomerError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateCustomerError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateCustomerError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateCustomerError::UnprocessableEntity,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateCustomer<'a> {
    type Output = Result<
        crate::types::Customer,
        crate::Error<crate::types::UpdateCustomerError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::customer_action`](crate::Client::customer_action) (`POST /application/customers/{id}/action/{action}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CustomerAction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) action: crate::types::CustomerAction,
    pub(crate) body: Option<crate::types::CustomerActionRequest>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CustomerAction<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        action: crate::types::CustomerAction,
    ) -> Self {
        Self {
            client,
            id,
            action,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/json`).
    pub fn body(
        mut self,
        value: impl Into<crate::types::CustomerActionRequest>,
    ) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Customer>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/action/",
                    &crate::runtime::path_param("action", &self.action)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/action/{action}");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CustomerAction<'a> {
    type Output = Result<
        crate::types::Customer,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::confirm_customer`](crate::Client::confirm_customer) (`POST /application/customers/{id}/confirm`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ConfirmCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ConfirmCustomer<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Customer>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/confirm",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/confirm");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ConfirmCustomer<'a> {
    type Output = Result<
        crate::types::Customer,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::resend_confirmation_customer`](crate::Client::resend_confirmation_customer) (`POST /application/customers/{id}/resend_confirmation`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ResendConfirmationCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ResendConfirmationCustomer<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/resend_confirmation",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/resend_confirmation");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ResendConfirmationCustomer<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::forgot_password_customer`](crate::Client::forgot_password_customer) (`POST /application/customers/{id}/send_password`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ForgotPasswordCustomer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ForgotPasswordCustomer<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/send_password",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/send_password");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ForgotPasswordCustomer<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_departments`](crate::Client::list_departments) (`GET /application/departments`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListDepartments<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListDepartments<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Related resources to include
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
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportDepartmentPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::SupportDepartmentPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/departments"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/departments");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListDepartments<'a> {
    type Output = Result<
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_department`](crate::Client::store_department) (`POST /application/departments`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreDepartment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreDepartmentBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreDepartment<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreDepartmentBody,
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
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportDepartment>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/departments"));
        request.accept("application/json");
        request.path_template("/application/departments");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreDepartment<'a> {
    type Output = Result<
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_department`](crate::Client::delete_department) (`DELETE /application/departments/{department}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteDepartment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) department: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteDepartment<'a> {
    pub(crate) fn new(client: &'a crate::Client, department: i64) -> Self {
        Self {
            client,
            department,
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
    pub async fn send(self) -> Result<(), crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<crate::types::ErrorMessage>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<
        crate::Response<bytes::Bytes>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &self.department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            401 | 403 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteDepartment<'a> {
    type Output = Result<(), crate::Error<crate::types::ErrorMessage>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_department`](crate::Client::get_department) (`GET /application/departments/{department}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetDepartment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) department: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetDepartment<'a> {
    pub(crate) fn new(client: &'a crate::Client, department: i64) -> Self {
        Self {
            client,
            department,
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
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportDepartmentPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &self.department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetDepartment<'a> {
    type Output = Result<
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_department`](crate::Client::update_department) (`POST /application/departments/{department}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateDepartment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) department: i64,
    pub(crate) body: crate::types::UpdateDepartmentBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateDepartment<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        department: i64,
        body: crate::types::UpdateDepartmentBody,
    ) -> Self {
        Self {
            client,
            department,
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
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportDepartment>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &self.department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateDepartment<'a> {
    type Output = Result<
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_group_list`](crate::Client::get_group_list) (`GET /application/groups`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetGroupList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) filter_name: Option<String>,
    pub(crate) filter_slug: Option<String>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) per_page: Option<i64>,
    pub(crate) page: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetGroupList<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            filter_name: None,
            filter_slug: None,
            sort: None,
            include: None,
            per_page: None,
            page: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Filter by name
    ///
    /// `filter[name]` (query parameter).
    pub fn filter_name(mut self, value: impl Into<String>) -> Self {
        self.filter_name = Some(value.into());
        self
    }

    /// Filter by slug
    ///
    /// `filter[slug]` (query parameter).
    pub fn filter_slug(mut self, value: impl Into<String>) -> Self {
        self.filter_slug = Some(value.into());
        self
    }

    /// Sort by field, e.g. sort=name or sort=-name for descending
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Include relations (products, groups, metadata)
    ///
    /// Example: `"products,groups"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Number of results per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
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
    ) -> Result<crate::types::GroupPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::GroupPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::GroupPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/groups"));
        request
            .query(
                "filter[name]",
                &self.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[slug]",
                &self.filter_slug,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/groups");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::GroupPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetGroupList<'a> {
    type Output = Result<
        crate::types::GroupPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_group`](crate::Client::store_group) (`POST /application/groups`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreGroup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreGroupRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreGroup<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreGroupRequest,
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
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::StoreGroupError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopGroup>,
        crate::Error<crate::types::StoreGroupError>,
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
        crate::Error<crate::types::StoreGroupError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::StoreGroupError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/groups"));
        request.accept("application/json");
        request.path_template("/application/groups");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::StoreGroupError>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::StoreGroupError::Unauthorized)),
            403 => Err(response.api_error(crate::types::StoreGroupError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::StoreGroupError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreGroup<'a> {
    type Output = Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::StoreGroupError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_group_by_id`](crate::Client::delete_group_by_id) (`DELETE /application/groups/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteGroupById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteGroupById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::DeleteGroupByIdError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopGroup>,
        crate::Error<crate::types::DeleteGroupByIdError>,
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
        crate::Error<crate::types::DeleteGroupByIdError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::DeleteGroupByIdError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                ["/application/groups/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::DeleteGroupByIdError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(response.api_error(crate::types::DeleteGroupByIdError::BadRequest))
            }
            401 => {
                Err(response.api_error(crate::types::DeleteGroupByIdError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::DeleteGroupByIdError::Forbidden)),
            404 => Err(response.api_error(crate::types::DeleteGroupByIdError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteGroupById<'a> {
    type Output = Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::DeleteGroupByIdError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_group_by_id`](crate::Client::get_group_by_id) (`GET /application/groups/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetGroupById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetGroupById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
        Self {
            client,
            id,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Include relations (products, groups, metadata)
    ///
    /// Example: `"products,groups"`.
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
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopGroup>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/application/groups/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetGroupById<'a> {
    type Output = Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_group`](crate::Client::update_group) (`POST /application/groups/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateGroup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) body: crate::types::UpdateGroupRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateGroup<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        body: crate::types::UpdateGroupRequest,
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
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::UpdateGroupError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopGroup>,
        crate::Error<crate::types::UpdateGroupError>,
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
        crate::Error<crate::types::UpdateGroupError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateGroupError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                ["/application/groups/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::UpdateGroupError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::UpdateGroupError::Unauthorized)),
            403 => Err(response.api_error(crate::types::UpdateGroupError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateGroupError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateGroupError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateGroup<'a> {
    type Output = Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::UpdateGroupError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::health`](crate::Client::health) (`GET /application/health`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Health<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> Health<'a> {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::HealthStatus, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::HealthStatus>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/health"));
        request.accept("application/json");
        request.path_template("/application/health");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::HealthStatus, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for Health<'a> {
    type Output = Result<
        crate::types::HealthStatus,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_invoices`](crate::Client::list_invoices) (`GET /application/invoices`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListInvoices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) filter_customer_id: Option<i64>,
    pub(crate) filter_status: Option<crate::types::InvoiceStatus>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListInvoices<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            include: None,
            filter_customer_id: None,
            filter_status: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Only invoices of this customer.
    ///
    /// `filter[customer_id]` (query parameter).
    pub fn filter_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_customer_id = Some(value.into());
        self
    }

    /// Only invoices in this state.
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(
        mut self,
        value: impl Into<crate::types::InvoiceStatus>,
    ) -> Self {
        self.filter_status = Some(value.into());
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
    ) -> Result<crate::types::InvoicePage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::InvoicePage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::InvoicePage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/invoices"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[customer_id]",
                &self.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/invoices");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::InvoicePage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListInvoices<'a> {
    type Output = Result<
        crate::types::InvoicePage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_invoice`](crate::Client::create_invoice) (`POST /application/invoices`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreInvoiceRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateInvoice<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreInvoiceRequest,
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
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::CreateInvoiceError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Invoice>,
        crate::Error<crate::types::CreateInvoiceError>,
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
        crate::Error<crate::types::CreateInvoiceError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateInvoiceError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/invoices"));
        request.accept("application/json");
        request.path_template("/application/invoices");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::CreateInvoiceError>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::CreateInvoiceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::CreateInvoiceError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::CreateInvoiceError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateInvoice<'a> {
    type Output = Result<
        crate::types::Invoice,
        crate::Error<crate::types::CreateInvoiceError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::export_invoices`](crate::Client::export_invoices) (`POST /application/invoices/export`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ExportInvoices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::ExportInvoiceRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ExportInvoices<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ExportInvoiceRequest,
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
    ) -> Result<crate::Download, crate::Error<crate::types::ExportInvoicesError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::Download>,
        crate::Error<crate::types::ExportInvoicesError>,
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
        crate::Error<crate::types::ExportInvoicesError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::ExportInvoicesError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                String::from("/application/invoices/export"),
            );
        request.accept("application/json, application/octet-stream");
        request.stream_success();
        request.path_template("/application/invoices/export");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::Download, crate::Error<crate::types::ExportInvoicesError>> {
        match response.status() {
            200 => Ok(response.download()),
            401 => {
                Err(response.api_error(crate::types::ExportInvoicesError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::ExportInvoicesError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::ExportInvoicesError::UnprocessableEntity,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ExportInvoices<'a> {
    type Output = Result<
        crate::Download,
        crate::Error<crate::types::ExportInvoicesError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_invoice`](crate::Client::delete_invoice) (`DELETE /application/invoices/{invoice}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteInvoice<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
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
    pub async fn send(self) -> Result<(), crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<crate::types::ErrorMessage>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<
        crate::Response<bytes::Bytes>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteInvoice<'a> {
    type Output = Result<(), crate::Error<crate::types::ErrorMessage>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_invoice`](crate::Client::get_invoice) (`GET /application/invoices/{invoice}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetInvoice<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Relations to embed, comma-separated: `customer`, `items`.
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
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Invoice>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                ]
                    .concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetInvoice<'a> {
    type Output = Result<
        crate::types::Invoice,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_invoice`](crate::Client::update_invoice) (`POST /application/invoices/{invoice}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) body: crate::types::UpdateInvoiceRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateInvoice<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        invoice: String,
        body: crate::types::UpdateInvoiceRequest,
    ) -> Self {
        Self {
            client,
            invoice,
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
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::UpdateInvoiceError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Invoice>,
        crate::Error<crate::types::UpdateInvoiceError>,
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
        crate::Error<crate::types::UpdateInvoiceError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateInvoiceError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::UpdateInvoiceError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdateInvoiceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateInvoiceError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateInvoiceError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateInvoiceError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateInvoice<'a> {
    type Output = Result<
        crate::types::Invoice,
        crate::Error<crate::types::UpdateInvoiceError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::download_invoice_pdf`](crate::Client::download_invoice_pdf) (`GET /application/invoices/{invoice}/download`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DownloadInvoicePdf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DownloadInvoicePdf<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
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
    ) -> Result<crate::Download, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::Download>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/download",
                ]
                    .concat(),
            );
        request.accept("application/json, application/pdf");
        request.stream_success();
        request.path_template("/application/invoices/{invoice}/download");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::Download, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.download()),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DownloadInvoicePdf<'a> {
    type Output = Result<crate::Download, crate::Error<crate::types::ErrorMessage>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::revert_invoice_to_draft`](crate::Client::revert_invoice_to_draft) (`POST /application/invoices/{invoice}/edit`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct RevertInvoiceToDraft<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> RevertInvoiceToDraft<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
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
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::InvoiceActionResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/edit",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/edit");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for RevertInvoiceToDraft<'a> {
    type Output = Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::notify_customer_of_invoice`](crate::Client::notify_customer_of_invoice) (`GET /application/invoices/{invoice}/notify`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct NotifyCustomerOfInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> NotifyCustomerOfInvoice<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
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
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::InvoiceActionResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/notify",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/notify");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for NotifyCustomerOfInvoice<'a> {
    type Output = Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_invoice_pdf`](crate::Client::get_invoice_pdf) (`GET /application/invoices/{invoice}/pdf`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetInvoicePdf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetInvoicePdf<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
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
    ) -> Result<crate::Download, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::Download>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/pdf",
                ]
                    .concat(),
            );
        request.accept("application/json, application/pdf");
        request.stream_success();
        request.path_template("/application/invoices/{invoice}/pdf");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::Download, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.download()),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetInvoicePdf<'a> {
    type Output = Result<crate::Download, crate::Error<crate::types::ErrorMessage>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::validate_draft_invoice`](crate::Client::validate_draft_invoice) (`POST /application/invoices/{invoice}/validate`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ValidateDraftInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invoice: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ValidateDraftInvoice<'a> {
    pub(crate) fn new(client: &'a crate::Client, invoice: String) -> Self {
        Self {
            client,
            invoice,
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
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::InvoiceActionResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/validate",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/validate");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ValidateDraftInvoice<'a> {
    type Output = Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::license`](crate::Client::license) (`GET /application/license`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct License<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> License<'a> {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::LicenseInfo, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::LicenseInfo>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/license"));
        request.accept("application/json");
        request.path_template("/application/license");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::LicenseInfo, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for License<'a> {
    type Output = Result<
        crate::types::LicenseInfo,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_action_logs`](crate::Client::list_action_logs) (`GET /application/logs`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListActionLogs<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) filter_action: Option<String>,
    pub(crate) filter_model: Option<String>,
    pub(crate) filter_staff_id: Option<i64>,
    pub(crate) filter_customer_id: Option<i64>,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListActionLogs<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            filter_action: None,
            filter_model: None,
            filter_staff_id: None,
            filter_customer_id: None,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order (default: -created_at)
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Filter by action type
    ///
    /// `filter[action]` (query parameter).
    pub fn filter_action(mut self, value: impl Into<String>) -> Self {
        self.filter_action = Some(value.into());
        self
    }

    /// Filter by model name
    ///
    /// `filter[model]` (query parameter).
    pub fn filter_model(mut self, value: impl Into<String>) -> Self {
        self.filter_model = Some(value.into());
        self
    }

    /// Filter by staff ID
    ///
    /// `filter[staff_id]` (query parameter).
    pub fn filter_staff_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_staff_id = Some(value.into());
        self
    }

    /// Filter by customer ID
    ///
    /// `filter[customer_id]` (query parameter).
    pub fn filter_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_customer_id = Some(value.into());
        self
    }

    /// Related resources to include
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
    ) -> Result<crate::types::ActionLogPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ActionLogPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ActionLogPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/logs"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[action]",
                &self.filter_action,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[model]",
                &self.filter_model,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[staff_id]",
                &self.filter_staff_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[customer_id]",
                &self.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/logs");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ActionLogPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListActionLogs<'a> {
    type Output = Result<
        crate::types::ActionLogPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_action_log`](crate::Client::get_action_log) (`GET /application/logs/{log}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetActionLog<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) log: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetActionLog<'a> {
    pub(crate) fn new(client: &'a crate::Client, log: i64) -> Self {
        Self {
            client,
            log,
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
    ) -> Result<crate::types::ActionLogPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ActionLogPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/application/logs/", &crate::runtime::path_param("log", &self.log)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/logs/{log}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ActionLogPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetActionLog<'a> {
    type Output = Result<
        crate::types::ActionLogPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_pricings`](crate::Client::get_pricings) (`GET /application/pricings`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetPricings<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) per_page: Option<i64>,
    pub(crate) filter_related_id: Option<i64>,
    pub(crate) filter_related_type: Option<String>,
    pub(crate) filter_currency: Option<String>,
    pub(crate) filter_monthly: Option<f64>,
    pub(crate) sort: Option<Vec<String>>,
    pub(crate) page: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetPricings<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            per_page: None,
            filter_related_id: None,
            filter_related_type: None,
            filter_currency: None,
            filter_monthly: None,
            sort: None,
            page: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Number of results per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Filter by related ID
    ///
    /// `filter[related_id]` (query parameter).
    pub fn filter_related_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_related_id = Some(value.into());
        self
    }

    /// Filter by related type (e.g. product, config_option)
    ///
    /// `filter[related_type]` (query parameter).
    pub fn filter_related_type(mut self, value: impl Into<String>) -> Self {
        self.filter_related_type = Some(value.into());
        self
    }

    /// Filter by currency
    ///
    /// Example: `"EUR"`.
    ///
    /// `filter[currency]` (query parameter).
    pub fn filter_currency(mut self, value: impl Into<String>) -> Self {
        self.filter_currency = Some(value.into());
        self
    }

    /// Filter by monthly price ou can replace this with any other pricing field
    ///
    /// `filter[monthly]` (query parameter).
    pub fn filter_monthly(mut self, value: impl Into<f64>) -> Self {
        self.filter_monthly = Some(value.into());
        self
    }

    /// Sort fields (use - for descending)
    ///
    /// `sort[]` (query parameter).
    pub fn sort(mut self, value: impl Into<Vec<String>>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
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
    ) -> Result<crate::types::PricingPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::PricingPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::PricingPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/pricings"));
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[related_id]",
                &self.filter_related_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[related_type]",
                &self.filter_related_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[currency]",
                &self.filter_currency,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[monthly]",
                &self.filter_monthly,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort[]", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/pricings");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::PricingPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetPricings<'a> {
    type Output = Result<
        crate::types::PricingPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_pricing`](crate::Client::create_pricing) (`POST /application/pricings`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreatePricing<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::PricingRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreatePricing<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::PricingRequest,
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
        crate::types::ShopPricing,
        crate::Error<crate::types::CreatePricingError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopPricing>,
        crate::Error<crate::types::CreatePricingError>,
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
        crate::Error<crate::types::CreatePricingError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreatePricingError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/pricings"));
        request.accept("application/json");
        request.path_template("/application/pricings");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::CreatePricingError>,
    > {
        match response.status() {
            201 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::CreatePricingError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::CreatePricingError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::CreatePricingError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreatePricing<'a> {
    type Output = Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::CreatePricingError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_pricing`](crate::Client::delete_pricing) (`DELETE /application/pricings/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeletePricing<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeletePricing<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopPricing>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                ["/application/pricings/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeletePricing<'a> {
    type Output = Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_pricing`](crate::Client::get_pricing) (`GET /application/pricings/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetPricing<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetPricing<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopPricing>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/application/pricings/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetPricing<'a> {
    type Output = Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_pricing`](crate::Client::update_pricing) (`POST /application/pricings/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdatePricing<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) body: crate::types::PricingRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdatePricing<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        body: crate::types::PricingRequest,
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
        crate::types::ShopPricing,
        crate::Error<crate::types::UpdatePricingError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopPricing>,
        crate::Error<crate::types::UpdatePricingError>,
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
        crate::Error<crate::types::UpdatePricingError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdatePricingError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                ["/application/pricings/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::UpdatePricingError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdatePricingError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdatePricingError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdatePricingError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdatePricingError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdatePricing<'a> {
    type Output = Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::UpdatePricingError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_product_list`](crate::Client::get_product_list) (`GET /application/products`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetProductList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) filter_id: Option<i64>,
    pub(crate) filter_name: Option<String>,
    pub(crate) filter_status: Option<crate::types::ProductStatus>,
    pub(crate) filter_description: Option<String>,
    pub(crate) filter_group_id: Option<i64>,
    pub(crate) filter_stock: Option<i64>,
    pub(crate) filter_type: Option<String>,
    pub(crate) filter_pinned: Option<bool>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) per_page: Option<i64>,
    pub(crate) page: Option<i64>,
    pub(crate) pricing: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetProductList<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            filter_id: None,
            filter_name: None,
            filter_status: None,
            filter_description: None,
            filter_group_id: None,
            filter_stock: None,
            filter_type: None,
            filter_pinned: None,
            sort: None,
            include: None,
            per_page: None,
            page: None,
            pricing: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Filter by product ID
    ///
    /// `filter[id]` (query parameter).
    pub fn filter_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_id = Some(value.into());
        self
    }

    /// Filter by product name
    ///
    /// `filter[name]` (query parameter).
    pub fn filter_name(mut self, value: impl Into<String>) -> Self {
        self.filter_name = Some(value.into());
        self
    }

    /// Filter by product status
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(
        mut self,
        value: impl Into<crate::types::ProductStatus>,
    ) -> Self {
        self.filter_status = Some(value.into());
        self
    }

    /// Filter by description
    ///
    /// `filter[description]` (query parameter).
    pub fn filter_description(mut self, value: impl Into<String>) -> Self {
        self.filter_description = Some(value.into());
        self
    }

    /// Filter by group ID
    ///
    /// `filter[group_id]` (query parameter).
    pub fn filter_group_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_group_id = Some(value.into());
        self
    }

    /// Filter by stock
    ///
    /// `filter[stock]` (query parameter).
    pub fn filter_stock(mut self, value: impl Into<i64>) -> Self {
        self.filter_stock = Some(value.into());
        self
    }

    /// Filter by product type
    ///
    /// `filter[type]` (query parameter).
    pub fn filter_type(mut self, value: impl Into<String>) -> Self {
        self.filter_type = Some(value.into());
        self
    }

    /// Filter by pinned status
    ///
    /// `filter[pinned]` (query parameter).
    pub fn filter_pinned(mut self, value: impl Into<bool>) -> Self {
        self.filter_pinned = Some(value.into());
        self
    }

    /// Sort field (e.g. sort=name or sort=-name for descending)
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Include relations (e.g. metadata, pricing, group)
    ///
    /// Example: `"metadata,pricing,group"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// `1` asks for each product's prices (`pricing`) in the answer: the CLIENTXCMS documentation's tip `?pricing=1`. Releases that do not read it still embed the prices with `include=pricing`.
    ///
    /// `pricing` (query parameter).
    pub fn pricing(mut self, value: impl Into<i64>) -> Self {
        self.pricing = Some(value.into());
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
    ) -> Result<crate::types::ProductPage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProductPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ProductPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/products"));
        request
            .query(
                "filter[id]",
                &self.filter_id,
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
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[description]",
                &self.filter_description,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[group_id]",
                &self.filter_group_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[stock]",
                &self.filter_stock,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[type]",
                &self.filter_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[pinned]",
                &self.filter_pinned,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.query("pricing", &self.pricing, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/products");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ProductPage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetProductList<'a> {
    type Output = Result<
        crate::types::ProductPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_product`](crate::Client::store_product) (`POST /application/products`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreProduct<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::ShopProductRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreProduct<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ShopProductRequest,
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
        crate::types::ShopProduct,
        crate::Error<crate::types::StoreProductError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopProduct>,
        crate::Error<crate::types::StoreProductError>,
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
        crate::Error<crate::types::StoreProductError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::StoreProductError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/products"));
        request.accept("application/json");
        request.path_template("/application/products");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::StoreProductError>,
    > {
        match response.status() {
            201 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::StoreProductError::Unauthorized)),
            403 => Err(response.api_error(crate::types::StoreProductError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::StoreProductError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreProduct<'a> {
    type Output = Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::StoreProductError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_product`](crate::Client::delete_product) (`DELETE /application/products/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteProduct<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteProduct<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopProduct>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                ["/application/products/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteProduct<'a> {
    type Output = Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_product_by_id`](crate::Client::get_product_by_id) (`GET /application/products/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetProductById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) include: Option<String>,
    pub(crate) pricing: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetProductById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
        Self {
            client,
            id,
            include: None,
            pricing: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Include relations (e.g. metadata, pricing, group)
    ///
    /// Example: `"metadata,pricing,group"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// `1` asks for each product's prices (`pricing`) in the answer: the CLIENTXCMS documentation's tip `?pricing=1`. Releases that do not read it still embed the prices with `include=pricing`.
    ///
    /// `pricing` (query parameter).
    pub fn pricing(mut self, value: impl Into<i64>) -> Self {
        self.pricing = Some(value.into());
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
    ) -> Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopProduct>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/application/products/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.query("pricing", &self.pricing, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetProductById<'a> {
    type Output = Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_product`](crate::Client::update_product) (`POST /application/products/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateProduct<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) body: crate::types::ShopProductRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateProduct<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        body: crate::types::ShopProductRequest,
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
        crate::types::ShopProduct,
        crate::Error<crate::types::UpdateProductError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ShopProduct>,
        crate::Error<crate::types::UpdateProductError>,
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
        crate::Error<crate::types::UpdateProductError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateProductError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                ["/application/products/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::UpdateProductError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdateProductError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateProductError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateProductError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateProductError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateProduct<'a> {
    type Output = Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::UpdateProductError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_product_config`](crate::Client::get_product_config) (`GET /application/products/{id}/config`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetProductConfig<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetProductConfig<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<crate::types::ProductConfig, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProductConfig>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/products/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/config",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}/config");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ProductConfig, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetProductConfig<'a> {
    type Output = Result<
        crate::types::ProductConfig,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_product_config`](crate::Client::update_product_config) (`PUT /application/products/{id}/config`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateProductConfig<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) body: crate::types::ProductConfig,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateProductConfig<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        body: crate::types::ProductConfig,
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
        crate::types::ProductConfig,
        crate::Error<crate::types::UpdateProductConfigError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProductConfig>,
        crate::Error<crate::types::UpdateProductConfigError>,
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
        crate::Error<crate::types::UpdateProductConfigError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateProductConfigError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::PUT,
                [
                    "/application/products/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/config",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}/config");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProductConfig,
        crate::Error<crate::types::UpdateProductConfigError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response
                        .api_error(crate::types::UpdateProductConfigError::Unauthorized),
                )
            }
            403 => {
                Err(
                    response.api_error(crate::types::UpdateProductConfigError::Forbidden),
                )
            }
            404 => {
                Err(response.api_error(crate::types::UpdateProductConfigError::NotFound))
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateProductConfigError::UnprocessableEntity,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateProductConfig<'a> {
    type Output = Result<
        crate::types::ProductConfig,
        crate::Error<crate::types::UpdateProductConfigError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_servers`](crate::Client::list_servers) (`GET /application/servers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListServers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) filter_type: Option<String>,
    pub(crate) filter_status: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListServers<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            filter_type: None,
            filter_status: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Filter by server type (pterodactyl, plesk, etc.)
    ///
    /// `filter[type]` (query parameter).
    pub fn filter_type(mut self, value: impl Into<String>) -> Self {
        self.filter_type = Some(value.into());
        self
    }

    /// Filter by status
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(mut self, value: impl Into<String>) -> Self {
        self.filter_status = Some(value.into());
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
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProvisioningServerPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (
            crate::Response<crate::types::ProvisioningServerPage>,
            crate::runtime::PageInfo,
        ),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/servers"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[type]",
                &self.filter_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/servers");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListServers<'a> {
    type Output = Result<
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_server`](crate::Client::store_server) (`POST /application/servers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreServer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreServerBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreServer<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreServerBody,
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
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProvisioningServer>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/servers"));
        request.accept("application/json");
        request.path_template("/application/servers");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreServer<'a> {
    type Output = Result<
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::test_server`](crate::Client::test_server) (`POST /application/servers/test`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct TestServer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::TestServerBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> TestServer<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::TestServerBody,
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
        crate::types::ServerTestResult,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ServerTestResult>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/servers/test"));
        request.accept("application/json");
        request.path_template("/application/servers/test");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ServerTestResult,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for TestServer<'a> {
    type Output = Result<
        crate::types::ServerTestResult,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_server`](crate::Client::delete_server) (`DELETE /application/servers/{server}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteServer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) server: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteServer<'a> {
    pub(crate) fn new(client: &'a crate::Client, server: i64) -> Self {
        Self {
            client,
            server,
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
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &self.server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteServer<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_server`](crate::Client::get_server) (`GET /application/servers/{server}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetServer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) server: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetServer<'a> {
    pub(crate) fn new(client: &'a crate::Client, server: i64) -> Self {
        Self {
            client,
            server,
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
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProvisioningServerPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &self.server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetServer<'a> {
    type Output = Result<
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_server`](crate::Client::update_server) (`POST /application/servers/{server}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateServer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) server: i64,
    pub(crate) body: crate::types::UpdateServerBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateServer<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        server: i64,
        body: crate::types::UpdateServerBody,
    ) -> Self {
        Self {
            client,
            server,
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
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProvisioningServer>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &self.server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateServer<'a> {
    type Output = Result<
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_all_services`](crate::Client::get_all_services) (`GET /application/services`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetAllServices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetAllServices<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Related resources to include
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
    ) -> Result<crate::types::ServicePage, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ServicePage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ServicePage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/services"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/services");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::ServicePage, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetAllServices<'a> {
    type Output = Result<
        crate::types::ServicePage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_service_by_id`](crate::Client::delete_service_by_id) (`DELETE /application/services/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteServiceById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteServiceById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: String) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProvisioningService>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                ["/application/services/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteServiceById<'a> {
    type Output = Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_service_by_id`](crate::Client::get_service_by_id) (`GET /application/services/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetServiceById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetServiceById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: String) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ProvisioningService>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/application/services/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetServiceById<'a> {
    type Output = Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_subdomain_hosts`](crate::Client::list_subdomain_hosts) (`GET /application/subdomains`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListSubdomainHosts<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListSubdomainHosts<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
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
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SubdomainHostPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::SubdomainHostPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/subdomains"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/subdomains");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListSubdomainHosts<'a> {
    type Output = Result<
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_subdomain_host`](crate::Client::store_subdomain_host) (`POST /application/subdomains`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreSubdomainHost<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreSubdomainHostBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreSubdomainHost<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreSubdomainHostBody,
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
    ) -> Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SubdomainHost>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/subdomains"));
        request.accept("application/json");
        request.path_template("/application/subdomains");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreSubdomainHost<'a> {
    type Output = Result<
        crate::types::SubdomainHost,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_subdomain_host`](crate::Client::delete_subdomain_host) (`DELETE /application/subdomains/{subdomain}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteSubdomainHost<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) subdomain: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteSubdomainHost<'a> {
    pub(crate) fn new(client: &'a crate::Client, subdomain: i64) -> Self {
        Self {
            client,
            subdomain,
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
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &self.subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteSubdomainHost<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_subdomain_host`](crate::Client::get_subdomain_host) (`GET /application/subdomains/{subdomain}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetSubdomainHost<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) subdomain: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetSubdomainHost<'a> {
    pub(crate) fn new(client: &'a crate::Client, subdomain: i64) -> Self {
        Self {
            client,
            subdomain,
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
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SubdomainHostPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &self.subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetSubdomainHost<'a> {
    type Output = Result<
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_subdomain_host`](crate::Client::update_subdomain_host) (`POST /application/subdomains/{subdomain}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateSubdomainHost<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) subdomain: i64,
    pub(crate) body: crate::types::UpdateSubdomainHostBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateSubdomainHost<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        subdomain: i64,
        body: crate::types::UpdateSubdomainHostBody,
    ) -> Self {
        Self {
            client,
            subdomain,
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
    ) -> Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SubdomainHost>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &self.subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateSubdomainHost<'a> {
    type Output = Result<
        crate::types::SubdomainHost,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_tickets`](crate::Client::list_tickets) (`GET /application/tickets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListTickets<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) filter_status: Option<String>,
    pub(crate) filter_priority: Option<String>,
    pub(crate) filter_department_id: Option<i64>,
    pub(crate) filter_customer_id: Option<i64>,
    pub(crate) include: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListTickets<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            per_page: None,
            sort: None,
            filter_status: None,
            filter_priority: None,
            filter_department_id: None,
            filter_customer_id: None,
            include: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Filter by status (open, closed, answered)
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(mut self, value: impl Into<String>) -> Self {
        self.filter_status = Some(value.into());
        self
    }

    /// Filter by priority (low, medium, high)
    ///
    /// `filter[priority]` (query parameter).
    pub fn filter_priority(mut self, value: impl Into<String>) -> Self {
        self.filter_priority = Some(value.into());
        self
    }

    /// Filter by department ID
    ///
    /// `filter[department_id]` (query parameter).
    pub fn filter_department_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_department_id = Some(value.into());
        self
    }

    /// Filter by customer ID
    ///
    /// `filter[customer_id]` (query parameter).
    pub fn filter_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.filter_customer_id = Some(value.into());
        self
    }

    /// Related resources to include
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
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportTicketPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::SupportTicketPage>, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/application/tickets"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[priority]",
                &self.filter_priority,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[department_id]",
                &self.filter_department_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[customer_id]",
                &self.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/tickets");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListTickets<'a> {
    type Output = Result<
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_ticket`](crate::Client::store_ticket) (`POST /application/tickets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::StoreTicketBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreTicket<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::StoreTicketBody,
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
    ) -> Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportTicket>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/application/tickets"));
        request.accept("application/json");
        request.path_template("/application/tickets");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreTicket<'a> {
    type Output = Result<
        crate::types::SupportTicket,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_ticket`](crate::Client::delete_ticket) (`DELETE /application/tickets/{ticket}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) ticket: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteTicket<'a> {
    pub(crate) fn new(client: &'a crate::Client, ticket: i64) -> Self {
        Self {
            client,
            ticket,
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
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteTicket<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_ticket`](crate::Client::get_ticket) (`GET /application/tickets/{ticket}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) ticket: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetTicket<'a> {
    pub(crate) fn new(client: &'a crate::Client, ticket: i64) -> Self {
        Self {
            client,
            ticket,
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
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportTicketPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetTicket<'a> {
    type Output = Result<
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_ticket`](crate::Client::update_ticket) (`POST /application/tickets/{ticket}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) ticket: i64,
    pub(crate) body: crate::types::UpdateTicketBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateTicket<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        ticket: i64,
        body: crate::types::UpdateTicketBody,
    ) -> Self {
        Self {
            client,
            ticket,
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
    ) -> Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::SupportTicket>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateTicket<'a> {
    type Output = Result<
        crate::types::SupportTicket,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::close_ticket`](crate::Client::close_ticket) (`POST /application/tickets/{ticket}/close`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CloseTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) ticket: i64,
    pub(crate) body: Option<crate::types::CloseTicketBody>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CloseTicket<'a> {
    pub(crate) fn new(client: &'a crate::Client, ticket: i64) -> Self {
        Self {
            client,
            ticket,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/json`).
    pub fn body(mut self, value: impl Into<crate::types::CloseTicketBody>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::TicketActionResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                    "/close",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/close");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CloseTicket<'a> {
    type Output = Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::reopen_ticket`](crate::Client::reopen_ticket) (`POST /application/tickets/{ticket}/reopen`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ReopenTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) ticket: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ReopenTicket<'a> {
    pub(crate) fn new(client: &'a crate::Client, ticket: i64) -> Self {
        Self {
            client,
            ticket,
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
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::TicketActionResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                    "/reopen",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/reopen");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ReopenTicket<'a> {
    type Output = Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::reply_to_ticket`](crate::Client::reply_to_ticket) (`POST /application/tickets/{ticket}/reply`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ReplyToTicket<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) ticket: i64,
    pub(crate) body: crate::types::ReplyToTicketBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ReplyToTicket<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        ticket: i64,
        body: crate::types::ReplyToTicketBody,
    ) -> Self {
        Self {
            client,
            ticket,
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
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::TicketActionResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                    "/reply",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/reply");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ReplyToTicket<'a> {
    type Output = Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_cancellation_reasons`](crate::Client::list_cancellation_reasons) (`GET /application/cancellation_reasons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListCancellationReasons<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListCancellationReasons<'a> {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CancellationReasonPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                String::from("/application/cancellation_reasons"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListCancellationReasons<'a> {
    type Output = Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::store_cancellation_reason`](crate::Client::store_cancellation_reason) (`POST /application/cancellation_reasons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StoreCancellationReason<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::CancellationReasonRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StoreCancellationReason<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::CancellationReasonRequest,
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
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CancellationReason>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                String::from("/application/cancellation_reasons"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StoreCancellationReason<'a> {
    type Output = Result<
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_cancellation_reason`](crate::Client::delete_cancellation_reason) (`DELETE /application/cancellation_reasons/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteCancellationReason<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteCancellationReason<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MessageResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &self.id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteCancellationReason<'a> {
    type Output = Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_cancellation_reason`](crate::Client::get_cancellation_reason) (`GET /application/cancellation_reasons/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCancellationReason<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCancellationReason<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: i64) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CancellationReasonPage>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &self.id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCancellationReason<'a> {
    type Output = Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_cancellation_reason`](crate::Client::update_cancellation_reason) (`POST /application/cancellation_reasons/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateCancellationReason<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: i64,
    pub(crate) body: crate::types::CancellationReasonRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateCancellationReason<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        id: i64,
        body: crate::types::CancellationReasonRequest,
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
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CancellationReason>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &self.id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateCancellationReason<'a> {
    type Output = Result<
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_cancellation_reason_analytics`](crate::Client::get_cancellation_reason_analytics) (`GET /application/cancellation_reasons_analytics`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetCancellationReasonAnalytics<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetCancellationReasonAnalytics<'a> {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::CancellationReasonAnalytics,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::CancellationReasonAnalytics>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                String::from("/application/cancellation_reasons_analytics"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons_analytics");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::CancellationReasonAnalytics,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetCancellationReasonAnalytics<'a> {
    type Output = Result<
        crate::types::CancellationReasonAnalytics,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::expire_service_by_id`](crate::Client::expire_service_by_id) (`POST /application/services/{id}/expire`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ExpireServiceById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::ExpireServiceRequest>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ExpireServiceById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: String) -> Self {
        Self {
            client,
            id,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/json`).
    pub fn body(mut self, value: impl Into<crate::types::ExpireServiceRequest>) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ServiceStateChangeResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/expire",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/expire");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ExpireServiceById<'a> {
    type Output = Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::suspend_service_by_id`](crate::Client::suspend_service_by_id) (`POST /application/services/{id}/suspend`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct SuspendServiceById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::SuspendServiceRequest>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> SuspendServiceById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: String) -> Self {
        Self {
            client,
            id,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/json`).
    pub fn body(
        mut self,
        value: impl Into<crate::types::SuspendServiceRequest>,
    ) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ServiceStateChangeResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/suspend",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/suspend");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for SuspendServiceById<'a> {
    type Output = Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::unsuspend_service_by_id`](crate::Client::unsuspend_service_by_id) (`POST /application/services/{id}/unsuspend`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UnsuspendServiceById<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UnsuspendServiceById<'a> {
    pub(crate) fn new(client: &'a crate::Client, id: String) -> Self {
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
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ServiceStateChangeResponse>,
        crate::Error<crate::types::ErrorMessage>,
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
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/unsuspend",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/unsuspend");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UnsuspendServiceById<'a> {
    type Output = Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
