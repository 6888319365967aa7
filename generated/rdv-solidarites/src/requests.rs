//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::get_absences`](crate::Client::get_absences) (`GET /api/v1/absences`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetAbsences<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i32>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetAbsences<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
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
    ) -> Result<
        crate::types::AbsenceList,
        crate::Error<crate::types::GetAbsencesError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::AbsenceList>,
        crate::Error<crate::types::GetAbsencesError>,
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
        crate::Error<crate::types::GetAbsencesError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::AbsenceList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetAbsencesError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetAbsencesError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/api/v1/absences"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/absences");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::AbsenceList,
        crate::Error<crate::types::GetAbsencesError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetAbsencesError::Unauthorized)),
            500 => {
                Err(
                    response
                        .api_error(crate::types::GetAbsencesError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetAbsences<'a> {
    type Output = Result<
        crate::types::AbsenceList,
        crate::Error<crate::types::GetAbsencesError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_absence`](crate::Client::create_absence) (`POST /api/v1/absences`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateAbsence<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::CreateAbsenceRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateAbsence<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::CreateAbsenceRequest,
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
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::CreateAbsenceError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::AbsenceEnvelope>,
        crate::Error<crate::types::CreateAbsenceError>,
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
        crate::Error<crate::types::CreateAbsenceError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateAbsenceError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/api/v1/absences"));
        request.accept("application/json");
        request.path_template("/api/v1/absences");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::CreateAbsenceError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::CreateAbsenceError::BadRequest)),
            401 => {
                Err(response.api_error(crate::types::CreateAbsenceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::CreateAbsenceError::Forbidden)),
            404 => Err(response.api_error(crate::types::CreateAbsenceError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::CreateAbsenceError::UnprocessableEntity),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(crate::types::CreateAbsenceError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateAbsence<'a> {
    type Output = Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::CreateAbsenceError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_absence`](crate::Client::get_absence) (`GET /api/v1/absences/{absence_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetAbsence<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) absence_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetAbsence<'a> {
    pub(crate) fn new(client: &'a crate::Client, absence_id: i64) -> Self {
        Self {
            client,
            absence_id,
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
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::GetAbsenceError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::AbsenceEnvelope>,
        crate::Error<crate::types::GetAbsenceError>,
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
        crate::Error<crate::types::GetAbsenceError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetAbsenceError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/absences/",
                    &crate::runtime::path_param("absence_id", &self.absence_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/absences/{absence_id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::GetAbsenceError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetAbsenceError::Unauthorized)),
            403 => Err(response.api_error(crate::types::GetAbsenceError::Forbidden)),
            404 => Err(response.api_error(crate::types::GetAbsenceError::NotFound)),
            500 => {
                Err(
                    response
                        .api_error(crate::types::GetAbsenceError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetAbsence<'a> {
    type Output = Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::GetAbsenceError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_absence`](crate::Client::update_absence) (`PATCH /api/v1/absences/{absence_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateAbsence<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) absence_id: i64,
    pub(crate) body: crate::types::UpdateAbsenceRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateAbsence<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        absence_id: i64,
        body: crate::types::UpdateAbsenceRequest,
    ) -> Self {
        Self {
            client,
            absence_id,
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
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::UpdateAbsenceError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::AbsenceEnvelope>,
        crate::Error<crate::types::UpdateAbsenceError>,
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
        crate::Error<crate::types::UpdateAbsenceError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateAbsenceError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/absences/",
                    &crate::runtime::path_param("absence_id", &self.absence_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/absences/{absence_id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::UpdateAbsenceError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::UpdateAbsenceError::BadRequest)),
            401 => {
                Err(response.api_error(crate::types::UpdateAbsenceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateAbsenceError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateAbsenceError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateAbsenceError::UnprocessableEntity),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(crate::types::UpdateAbsenceError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateAbsence<'a> {
    type Output = Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::UpdateAbsenceError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_absence`](crate::Client::delete_absence) (`DELETE /api/v1/absences/{absence_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteAbsence<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) absence_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteAbsence<'a> {
    pub(crate) fn new(client: &'a crate::Client, absence_id: i64) -> Self {
        Self {
            client,
            absence_id,
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
    ) -> Result<(), crate::Error<crate::types::DeleteAbsenceError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<crate::types::DeleteAbsenceError>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<
        crate::Response<bytes::Bytes>,
        crate::Error<crate::types::DeleteAbsenceError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::DeleteAbsenceError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                [
                    "/api/v1/absences/",
                    &crate::runtime::path_param("absence_id", &self.absence_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/absences/{absence_id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::DeleteAbsenceError>> {
        match response.status() {
            401 => {
                Err(response.api_error(crate::types::DeleteAbsenceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::DeleteAbsenceError::Forbidden)),
            404 => Err(response.api_error(crate::types::DeleteAbsenceError::NotFound)),
            500 => {
                Err(
                    response
                        .api_error(crate::types::DeleteAbsenceError::InternalServerError),
                )
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteAbsence<'a> {
    type Output = Result<(), crate::Error<crate::types::DeleteAbsenceError>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_agents`](crate::Client::get_agents) (`GET /api/v1/agents`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetAgents<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i32>,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetAgents<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            organisation_id: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Only the agents of this organisation.
    ///
    /// Example: `123`.
    ///
    /// `organisation_id` (query parameter).
    pub fn organisation_id(mut self, value: impl Into<i64>) -> Self {
        self.organisation_id = Some(value.into());
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
    ) -> Result<crate::types::AgentList, crate::Error<crate::types::GetAgentsError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::AgentList>,
        crate::Error<crate::types::GetAgentsError>,
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
        crate::Error<crate::types::GetAgentsError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::AgentList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetAgentsError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetAgentsError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/api/v1/agents"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "organisation_id",
                &self.organisation_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/agents");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::AgentList, crate::Error<crate::types::GetAgentsError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetAgentsError::Unauthorized)),
            500 => {
                Err(
                    response.api_error(crate::types::GetAgentsError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetAgents<'a> {
    type Output = Result<
        crate::types::AgentList,
        crate::Error<crate::types::GetAgentsError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_organisations`](crate::Client::get_organisations) (`GET /api/v1/organisations`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetOrganisations<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i32>,
    pub(crate) departement_number: Option<String>,
    pub(crate) city_code: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetOrganisations<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            departement_number: None,
            city_code: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Number or code of the département (territory), e.g. `26`.
    ///
    /// Example: `"26"`.
    ///
    /// `departement_number` (query parameter).
    pub fn departement_number(mut self, value: impl Into<String>) -> Self {
        self.departement_number = Some(value.into());
        self
    }

    /// INSEE code of the town (code INSEE de la localité), e.g. `26323`.
    ///
    /// Example: `"26323"`.
    ///
    /// `city_code` (query parameter).
    pub fn city_code(mut self, value: impl Into<String>) -> Self {
        self.city_code = Some(value.into());
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
        crate::types::OrganisationList,
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::OrganisationList>,
        crate::Error<crate::types::GetOrganisationsError>,
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
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::OrganisationList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/api/v1/organisations"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "departement_number",
                &self.departement_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query("city_code", &self.city_code, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/organisations");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::OrganisationList,
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response.api_error(crate::types::GetOrganisationsError::Unauthorized),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetOrganisationsError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetOrganisations<'a> {
    type Output = Result<
        crate::types::OrganisationList,
        crate::Error<crate::types::GetOrganisationsError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_organisation`](crate::Client::get_organisation) (`GET /api/v1/organisations/{organisation_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetOrganisation<'a> {
    pub(crate) fn new(client: &'a crate::Client, organisation_id: i64) -> Self {
        Self {
            client,
            organisation_id,
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
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::GetOrganisationError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::OrganisationEnvelope>,
        crate::Error<crate::types::GetOrganisationError>,
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
        crate::Error<crate::types::GetOrganisationError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetOrganisationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::GetOrganisationError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::GetOrganisationError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::GetOrganisationError::Forbidden)),
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetOrganisationError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetOrganisation<'a> {
    type Output = Result<
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::GetOrganisationError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_organisation`](crate::Client::update_organisation) (`PATCH /api/v1/organisations/{organisation_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) body: crate::types::UpdateOrganisationRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateOrganisation<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        organisation_id: i64,
        body: crate::types::UpdateOrganisationRequest,
    ) -> Self {
        Self {
            client,
            organisation_id,
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
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::UpdateOrganisationError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::OrganisationEnvelope>,
        crate::Error<crate::types::UpdateOrganisationError>,
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
        crate::Error<crate::types::UpdateOrganisationError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateOrganisationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::UpdateOrganisationError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(
                    response.api_error(crate::types::UpdateOrganisationError::BadRequest),
                )
            }
            401 => {
                Err(
                    response
                        .api_error(crate::types::UpdateOrganisationError::Unauthorized),
                )
            }
            403 => {
                Err(response.api_error(crate::types::UpdateOrganisationError::Forbidden))
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateOrganisationError::UnprocessableEntity,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateOrganisationError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateOrganisation<'a> {
    type Output = Result<
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::UpdateOrganisationError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_motifs`](crate::Client::get_motifs) (`GET /api/v1/organisations/{organisation_id}/motifs`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetMotifs<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) active: Option<bool>,
    pub(crate) bookable_publicly: Option<bool>,
    pub(crate) service_id: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetMotifs<'a> {
    pub(crate) fn new(client: &'a crate::Client, organisation_id: i64) -> Self {
        Self {
            client,
            organisation_id,
            page: None,
            active: None,
            bookable_publicly: None,
            service_id: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Only active motifs (`true`) or only inactive ones (`false`).
    ///
    /// `active` (query parameter).
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Only motifs bookable online (`true`) or only the others (`false`).
    ///
    /// `bookable_publicly` (query parameter).
    pub fn bookable_publicly(mut self, value: impl Into<bool>) -> Self {
        self.bookable_publicly = Some(value.into());
        self
    }

    /// Only the motifs of this service.
    ///
    /// Example: `1`.
    ///
    /// `service_id` (query parameter).
    pub fn service_id(mut self, value: impl Into<i64>) -> Self {
        self.service_id = Some(value.into());
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
    ) -> Result<crate::types::MotifList, crate::Error<crate::types::GetMotifsError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::MotifList>,
        crate::Error<crate::types::GetMotifsError>,
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
        crate::Error<crate::types::GetMotifsError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::MotifList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetMotifsError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetMotifsError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/motifs",
                ]
                    .concat(),
            );
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.query("active", &self.active, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "bookable_publicly",
                &self.bookable_publicly,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "service_id",
                &self.service_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/motifs");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::MotifList, crate::Error<crate::types::GetMotifsError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetMotifsError::Unauthorized)),
            500 => {
                Err(
                    response.api_error(crate::types::GetMotifsError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetMotifs<'a> {
    type Output = Result<
        crate::types::MotifList,
        crate::Error<crate::types::GetMotifsError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_rdvs`](crate::Client::get_rdvs) (`GET /api/v1/organisations/{organisation_id}/rdvs`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetRdvs<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) starts_after: Option<String>,
    pub(crate) starts_before: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetRdvs<'a> {
    pub(crate) fn new(client: &'a crate::Client, organisation_id: i64) -> Self {
        Self {
            client,
            organisation_id,
            page: None,
            starts_after: None,
            starts_before: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Only RDVs whose `starts_at` is after this date or time (ISO 8601 date or date-time).
    ///
    /// Example: `"2020-01-01"`.
    ///
    /// `starts_after` (query parameter).
    pub fn starts_after(mut self, value: impl Into<String>) -> Self {
        self.starts_after = Some(value.into());
        self
    }

    /// Only RDVs whose `starts_at` is before this date or time (ISO 8601 date or date-time).
    ///
    /// Example: `"2020-12-31"`.
    ///
    /// `starts_before` (query parameter).
    pub fn starts_before(mut self, value: impl Into<String>) -> Self {
        self.starts_before = Some(value.into());
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
    ) -> Result<crate::types::RdvList, crate::Error<crate::types::GetRdvsError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::RdvList>,
        crate::Error<crate::types::GetRdvsError>,
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
        crate::Error<crate::types::GetRdvsError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::RdvList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetRdvsError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::GetRdvsError>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/rdvs",
                ]
                    .concat(),
            );
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "starts_after",
                &self.starts_after,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "starts_before",
                &self.starts_before,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/rdvs");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::RdvList, crate::Error<crate::types::GetRdvsError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetRdvsError::Unauthorized)),
            500 => {
                Err(response.api_error(crate::types::GetRdvsError::InternalServerError))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetRdvs<'a> {
    type Output = Result<
        crate::types::RdvList,
        crate::Error<crate::types::GetRdvsError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_users_from_organisation`](crate::Client::get_users_from_organisation) (`GET /api/v1/organisations/{organisation_id}/users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetUsersFromOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetUsersFromOrganisation<'a> {
    pub(crate) fn new(client: &'a crate::Client, organisation_id: i64) -> Self {
        Self {
            client,
            organisation_id,
            page: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
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
    ) -> Result<
        crate::types::UserList,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserList>,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
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
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::UserList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/users",
                ]
                    .concat(),
            );
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/users");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::UserList,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetUsersFromOrganisationError::Unauthorized,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetUsersFromOrganisationError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetUsersFromOrganisation<'a> {
    type Output = Result<
        crate::types::UserList,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_user_from_organisation`](crate::Client::get_user_from_organisation) (`GET /api/v1/organisations/{organisation_id}/users/{user_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetUserFromOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) user_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetUserFromOrganisation<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        organisation_id: i64,
        user_id: i64,
    ) -> Self {
        Self {
            client,
            organisation_id,
            user_id,
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
        crate::types::UserEnvelope,
        crate::Error<crate::types::GetUserFromOrganisationError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserEnvelope>,
        crate::Error<crate::types::GetUserFromOrganisationError>,
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
        crate::Error<crate::types::GetUserFromOrganisationError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetUserFromOrganisationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/users/",
                    &crate::runtime::path_param("user_id", &self.user_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/users/{user_id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::GetUserFromOrganisationError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetUserFromOrganisationError::Unauthorized,
                        ),
                )
            }
            403 => {
                Err(
                    response
                        .api_error(crate::types::GetUserFromOrganisationError::Forbidden),
                )
            }
            404 => {
                Err(
                    response
                        .api_error(crate::types::GetUserFromOrganisationError::NotFound),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetUserFromOrganisationError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetUserFromOrganisation<'a> {
    type Output = Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::GetUserFromOrganisationError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints) (`GET /api/v1/organisations/{organisation_id}/webhook_endpoints`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetWebhookEndpoints<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) target_url: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetWebhookEndpoints<'a> {
    pub(crate) fn new(client: &'a crate::Client, organisation_id: i64) -> Self {
        Self {
            client,
            organisation_id,
            page: None,
            target_url: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Only the endpoints with this destination URL.
    ///
    /// Example: `"https://www.rdv-insertion.fr/rdvs_webhooks"`.
    ///
    /// `target_url` (query parameter).
    pub fn target_url(mut self, value: impl Into<String>) -> Self {
        self.target_url = Some(value.into());
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
        crate::types::WebhookEndpointList,
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::WebhookEndpointList>,
        crate::Error<crate::types::GetWebhookEndpointsError>,
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
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::WebhookEndpointList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/webhook_endpoints",
                ]
                    .concat(),
            );
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "target_url",
                &self.target_url,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request
            .path_template("/api/v1/organisations/{organisation_id}/webhook_endpoints");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::WebhookEndpointList,
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response
                        .api_error(crate::types::GetWebhookEndpointsError::Unauthorized),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetWebhookEndpointsError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetWebhookEndpoints<'a> {
    type Output = Result<
        crate::types::WebhookEndpointList,
        crate::Error<crate::types::GetWebhookEndpointsError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_webhook_endpoint`](crate::Client::create_webhook_endpoint) (`POST /api/v1/organisations/{organisation_id}/webhook_endpoints`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateWebhookEndpoint<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) body: crate::types::CreateWebhookEndpointRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateWebhookEndpoint<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        organisation_id: i64,
        body: crate::types::CreateWebhookEndpointRequest,
    ) -> Self {
        Self {
            client,
            organisation_id,
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
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::CreateWebhookEndpointError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::WebhookEndpointEnvelope>,
        crate::Error<crate::types::CreateWebhookEndpointError>,
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
        crate::Error<crate::types::CreateWebhookEndpointError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateWebhookEndpointError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/webhook_endpoints",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request
            .path_template("/api/v1/organisations/{organisation_id}/webhook_endpoints");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::CreateWebhookEndpointError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(
                    response
                        .api_error(crate::types::CreateWebhookEndpointError::BadRequest),
                )
            }
            401 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateWebhookEndpointError::Unauthorized,
                        ),
                )
            }
            403 => {
                Err(
                    response
                        .api_error(crate::types::CreateWebhookEndpointError::Forbidden),
                )
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateWebhookEndpointError::UnprocessableEntity,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateWebhookEndpointError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateWebhookEndpoint<'a> {
    type Output = Result<
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::CreateWebhookEndpointError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_webhook_endpoint`](crate::Client::update_webhook_endpoint) (`PATCH /api/v1/organisations/{organisation_id}/webhook_endpoints/{webhook_endpoint_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateWebhookEndpoint<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) webhook_endpoint_id: i64,
    pub(crate) body: crate::types::UpdateWebhookEndpointRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateWebhookEndpoint<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        organisation_id: i64,
        webhook_endpoint_id: i64,
        body: crate::types::UpdateWebhookEndpointRequest,
    ) -> Self {
        Self {
            client,
            organisation_id,
            webhook_endpoint_id,
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
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::UpdateWebhookEndpointError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::WebhookEndpointEnvelope>,
        crate::Error<crate::types::UpdateWebhookEndpointError>,
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
        crate::Error<crate::types::UpdateWebhookEndpointError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateWebhookEndpointError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param(
                        "organisation_id",
                        &self.organisation_id,
                    )?,
                    "/webhook_endpoints/",
                    &crate::runtime::path_param(
                        "webhook_endpoint_id",
                        &self.webhook_endpoint_id,
                    )?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request
            .path_template(
                "/api/v1/organisations/{organisation_id}/webhook_endpoints/{webhook_endpoint_id}",
            );
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::UpdateWebhookEndpointError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(
                    response
                        .api_error(crate::types::UpdateWebhookEndpointError::BadRequest),
                )
            }
            401 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateWebhookEndpointError::Unauthorized,
                        ),
                )
            }
            403 => {
                Err(
                    response
                        .api_error(crate::types::UpdateWebhookEndpointError::Forbidden),
                )
            }
            404 => {
                Err(
                    response
                        .api_error(crate::types::UpdateWebhookEndpointError::NotFound),
                )
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateWebhookEndpointError::UnprocessableEntity,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateWebhookEndpointError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateWebhookEndpoint<'a> {
    type Output = Result<
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::UpdateWebhookEndpointError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_public_links`](crate::Client::get_public_links) (`GET /api/v1/public_links`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetPublicLinks<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) territory: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetPublicLinks<'a> {
    pub(crate) fn new(client: &'a crate::Client, territory: String) -> Self {
        Self {
            client,
            territory,
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
        crate::types::PublicLinkList,
        crate::Error<crate::types::GetPublicLinksError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::PublicLinkList>,
        crate::Error<crate::types::GetPublicLinksError>,
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
        crate::Error<crate::types::GetPublicLinksError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::GetPublicLinksError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/api/v1/public_links"));
        request
            .query("territory", &self.territory, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/public_links");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::PublicLinkList,
        crate::Error<crate::types::GetPublicLinksError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::GetPublicLinksError::BadRequest)),
            404 => Err(response.api_error(crate::types::GetPublicLinksError::NotFound)),
            429 => {
                Err(
                    response
                        .api_error(crate::types::GetPublicLinksError::TooManyRequests),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::GetPublicLinksError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetPublicLinks<'a> {
    type Output = Result<
        crate::types::PublicLinkList,
        crate::Error<crate::types::GetPublicLinksError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_referent_assignation`](crate::Client::create_referent_assignation) (`POST /api/v1/referent_assignations`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateReferentAssignation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::ReferentAssignationRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateReferentAssignation<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ReferentAssignationRequest,
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
        crate::types::ReferentAssignationEnvelope,
        crate::Error<crate::types::CreateReferentAssignationError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::ReferentAssignationEnvelope>,
        crate::Error<crate::types::CreateReferentAssignationError>,
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
        crate::Error<crate::types::CreateReferentAssignationError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateReferentAssignationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                String::from("/api/v1/referent_assignations"),
            );
        request.accept("application/json");
        request.path_template("/api/v1/referent_assignations");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::ReferentAssignationEnvelope,
        crate::Error<crate::types::CreateReferentAssignationError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateReferentAssignationError::BadRequest,
                        ),
                )
            }
            401 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateReferentAssignationError::Unauthorized,
                        ),
                )
            }
            403 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateReferentAssignationError::Forbidden,
                        ),
                )
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateReferentAssignationError::UnprocessableEntity,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateReferentAssignationError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateReferentAssignation<'a> {
    type Output = Result<
        crate::types::ReferentAssignationEnvelope,
        crate::Error<crate::types::CreateReferentAssignationError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_referent_assignation`](crate::Client::delete_referent_assignation) (`DELETE /api/v1/referent_assignations`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteReferentAssignation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) agent_id: i64,
    pub(crate) user_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteReferentAssignation<'a> {
    pub(crate) fn new(client: &'a crate::Client, agent_id: i64, user_id: i64) -> Self {
        Self {
            client,
            agent_id,
            user_id,
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
    ) -> Result<(), crate::Error<crate::types::DeleteReferentAssignationError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<()>,
        crate::Error<crate::types::DeleteReferentAssignationError>,
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
        crate::Error<crate::types::DeleteReferentAssignationError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::DeleteReferentAssignationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::DELETE,
                String::from("/api/v1/referent_assignations"),
            );
        request
            .query("agent_id", &self.agent_id, crate::runtime::ParamStyle::Form, true);
        request.query("user_id", &self.user_id, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/referent_assignations");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::DeleteReferentAssignationError>> {
        match response.status() {
            401 => {
                Err(
                    response
                        .api_error(
                            crate::types::DeleteReferentAssignationError::Unauthorized,
                        ),
                )
            }
            403 => {
                Err(
                    response
                        .api_error(
                            crate::types::DeleteReferentAssignationError::Forbidden,
                        ),
                )
            }
            404 => {
                Err(
                    response
                        .api_error(
                            crate::types::DeleteReferentAssignationError::NotFound,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::DeleteReferentAssignationError::InternalServerError,
                        ),
                )
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteReferentAssignation<'a> {
    type Output = Result<(), crate::Error<crate::types::DeleteReferentAssignationError>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_user_profile`](crate::Client::create_user_profile) (`POST /api/v1/user_profiles`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateUserProfile<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::UserProfileRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateUserProfile<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::UserProfileRequest,
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
        crate::types::UserProfileEnvelope,
        crate::Error<crate::types::CreateUserProfileError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserProfileEnvelope>,
        crate::Error<crate::types::CreateUserProfileError>,
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
        crate::Error<crate::types::CreateUserProfileError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateUserProfileError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/api/v1/user_profiles"));
        request.accept("application/json");
        request.path_template("/api/v1/user_profiles");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::UserProfileEnvelope,
        crate::Error<crate::types::CreateUserProfileError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(response.api_error(crate::types::CreateUserProfileError::BadRequest))
            }
            401 => {
                Err(
                    response
                        .api_error(crate::types::CreateUserProfileError::Unauthorized),
                )
            }
            403 => {
                Err(response.api_error(crate::types::CreateUserProfileError::Forbidden))
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateUserProfileError::UnprocessableEntity,
                        ),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateUserProfileError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateUserProfile<'a> {
    type Output = Result<
        crate::types::UserProfileEnvelope,
        crate::Error<crate::types::CreateUserProfileError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_user_profile`](crate::Client::delete_user_profile) (`DELETE /api/v1/user_profiles`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteUserProfile<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) organisation_id: i64,
    pub(crate) user_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteUserProfile<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        organisation_id: i64,
        user_id: i64,
    ) -> Self {
        Self {
            client,
            organisation_id,
            user_id,
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
    ) -> Result<(), crate::Error<crate::types::DeleteUserProfileError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<()>,
        crate::Error<crate::types::DeleteUserProfileError>,
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
        crate::Error<crate::types::DeleteUserProfileError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::DeleteUserProfileError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::DELETE, String::from("/api/v1/user_profiles"));
        request
            .query(
                "organisation_id",
                &self.organisation_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("user_id", &self.user_id, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/user_profiles");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::DeleteUserProfileError>> {
        match response.status() {
            401 => {
                Err(
                    response
                        .api_error(crate::types::DeleteUserProfileError::Unauthorized),
                )
            }
            403 => {
                Err(response.api_error(crate::types::DeleteUserProfileError::Forbidden))
            }
            404 => {
                Err(response.api_error(crate::types::DeleteUserProfileError::NotFound))
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::DeleteUserProfileError::InternalServerError,
                        ),
                )
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteUserProfile<'a> {
    type Output = Result<(), crate::Error<crate::types::DeleteUserProfileError>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_users`](crate::Client::get_users) (`GET /api/v1/users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetUsers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) page: Option<i32>,
    pub(crate) ids: Option<Vec<i64>>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetUsers<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            page: None,
            ids: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Only the users with these identifiers (sent as `ids[]=1&ids[]=2`).
    ///
    /// Example: `[123]`.
    ///
    /// `ids[]` (query parameter).
    pub fn ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.ids = Some(value.into());
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
    ) -> Result<crate::types::UserList, crate::Error<crate::types::GetUsersError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserList>,
        crate::Error<crate::types::GetUsersError>,
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
        crate::Error<crate::types::GetUsersError>,
    > {
        self.execute().await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::UserList>, crate::runtime::PageInfo),
        crate::Error<crate::types::GetUsersError>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::GetUsersError>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/api/v1/users"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.query("ids[]", &self.ids, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/users");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::UserList, crate::Error<crate::types::GetUsersError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetUsersError::Unauthorized)),
            500 => {
                Err(response.api_error(crate::types::GetUsersError::InternalServerError))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetUsers<'a> {
    type Output = Result<
        crate::types::UserList,
        crate::Error<crate::types::GetUsersError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_user`](crate::Client::create_user) (`POST /api/v1/users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateUser<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::CreateUserRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateUser<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::CreateUserRequest,
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
        crate::types::UserEnvelope,
        crate::Error<crate::types::CreateUserError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserEnvelope>,
        crate::Error<crate::types::CreateUserError>,
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
        crate::Error<crate::types::CreateUserError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateUserError>,
    > {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/api/v1/users"));
        request.accept("application/json");
        request.path_template("/api/v1/users");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::CreateUserError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::CreateUserError::BadRequest)),
            401 => Err(response.api_error(crate::types::CreateUserError::Unauthorized)),
            403 => Err(response.api_error(crate::types::CreateUserError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::CreateUserError::UnprocessableEntity),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(crate::types::CreateUserError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateUser<'a> {
    type Output = Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::CreateUserError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_user`](crate::Client::get_user) (`GET /api/v1/users/{user_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetUser<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) user_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetUser<'a> {
    pub(crate) fn new(client: &'a crate::Client, user_id: i64) -> Self {
        Self {
            client,
            user_id,
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
    ) -> Result<crate::types::UserEnvelope, crate::Error<crate::types::GetUserError>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserEnvelope>,
        crate::Error<crate::types::GetUserError>,
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
        crate::Error<crate::types::GetUserError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::GetUserError>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/users/",
                    &crate::runtime::path_param("user_id", &self.user_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/users/{user_id}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::UserEnvelope, crate::Error<crate::types::GetUserError>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetUserError::Unauthorized)),
            403 => Err(response.api_error(crate::types::GetUserError::Forbidden)),
            404 => Err(response.api_error(crate::types::GetUserError::NotFound)),
            500 => {
                Err(response.api_error(crate::types::GetUserError::InternalServerError))
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetUser<'a> {
    type Output = Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::GetUserError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_user`](crate::Client::update_user) (`PATCH /api/v1/users/{user_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdateUser<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) user_id: i64,
    pub(crate) body: crate::types::UpdateUserRequest,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdateUser<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        user_id: i64,
        body: crate::types::UpdateUserRequest,
    ) -> Self {
        Self {
            client,
            user_id,
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
        crate::types::UserEnvelope,
        crate::Error<crate::types::UpdateUserError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UserEnvelope>,
        crate::Error<crate::types::UpdateUserError>,
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
        crate::Error<crate::types::UpdateUserError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdateUserError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/users/",
                    &crate::runtime::path_param("user_id", &self.user_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/users/{user_id}");
        request.json("application/json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::UpdateUserError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::UpdateUserError::BadRequest)),
            401 => Err(response.api_error(crate::types::UpdateUserError::Unauthorized)),
            403 => Err(response.api_error(crate::types::UpdateUserError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateUserError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateUserError::UnprocessableEntity),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(crate::types::UpdateUserError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateUser<'a> {
    type Output = Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::UpdateUserError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_user_invitation`](crate::Client::create_user_invitation) (`POST /api/v1/users/{user_id}/rdv_invitation_token`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreateUserInvitation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) user_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreateUserInvitation<'a> {
    pub(crate) fn new(client: &'a crate::Client, user_id: i64) -> Self {
        Self {
            client,
            user_id,
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
        crate::types::Invitation,
        crate::Error<crate::types::CreateUserInvitationError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Invitation>,
        crate::Error<crate::types::CreateUserInvitationError>,
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
        crate::Error<crate::types::CreateUserInvitationError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::CreateUserInvitationError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::POST,
                [
                    "/api/v1/users/",
                    &crate::runtime::path_param("user_id", &self.user_id)?,
                    "/rdv_invitation_token",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/users/{user_id}/rdv_invitation_token");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::Invitation,
        crate::Error<crate::types::CreateUserInvitationError>,
    > {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response
                        .api_error(crate::types::CreateUserInvitationError::Unauthorized),
                )
            }
            403 => {
                Err(
                    response
                        .api_error(crate::types::CreateUserInvitationError::Forbidden),
                )
            }
            404 => {
                Err(
                    response.api_error(crate::types::CreateUserInvitationError::NotFound),
                )
            }
            500 => {
                Err(
                    response
                        .api_error(
                            crate::types::CreateUserInvitationError::InternalServerError,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateUserInvitation<'a> {
    type Output = Result<
        crate::types::Invitation,
        crate::Error<crate::types::CreateUserInvitationError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
