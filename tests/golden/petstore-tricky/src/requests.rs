//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_pets`](crate::Client::list_pets) (`GET /pets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListPets<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) limit: Option<i32>,
    pub(crate) filter_status: Option<crate::types::PetStatus>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) page_number: Option<i64>,
    pub(crate) sort: Option<std::collections::BTreeMap<String, String>>,
    pub(crate) x_request_id: Option<uuid::Uuid>,
    pub(crate) session: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListPets<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            limit: None,
            filter_status: None,
            tags: None,
            page_number: None,
            sort: None,
            x_request_id: None,
            session: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// `filter[status]` (query parameter).
    pub fn filter_status(mut self, value: impl Into<crate::types::PetStatus>) -> Self {
        self.filter_status = Some(value.into());
        self
    }

    /// `tags` (query parameter).
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// `page[number]` (query parameter).
    pub fn page_number(mut self, value: impl Into<i64>) -> Self {
        self.page_number = Some(value.into());
        self
    }

    /// `sort` (query parameter).
    pub fn sort(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// `X-Request-Id` (header parameter).
    pub fn x_request_id(mut self, value: impl Into<uuid::Uuid>) -> Self {
        self.x_request_id = Some(value.into());
        self
    }

    /// `session` (cookie parameter).
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.session = Some(value.into());
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
    ) -> Result<crate::types::PetPage, crate::Error<crate::types::Problem>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::PetPage>,
        crate::Error<crate::types::Problem>,
    > {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<crate::types::Problem>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::Problem>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/pets"));
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("tags", &self.tags, crate::runtime::ParamStyle::Form, false);
        request
            .query(
                "page[number]",
                &self.page_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::DeepObject, false);
        request.header("X-Request-Id", &self.x_request_id);
        request.cookie("session", &self.session);
        request.accept("application/json, application/problem+json");
        request.path_template("/pets");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::PetPage, crate::Error<crate::types::Problem>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}

impl<'a> std::future::IntoFuture for ListPets<'a> {
    type Output = Result<crate::types::PetPage, crate::Error<crate::types::Problem>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::create_pet`](crate::Client::create_pet) (`POST /pets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct CreatePet<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::CreatePetBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> CreatePet<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::CreatePetBody,
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
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Errors>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::types::Pet>, crate::Error<crate::types::Errors>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<crate::types::Errors>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::Errors>> {
        let mut request = self
            .client
            .request(reqwest::Method::POST, String::from("/pets"));
        request.accept("application/vnd.api+json");
        request.path_template("/pets");
        request.json("application/vnd.api+json", &self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Errors>> {
        match response.status() {
            201 => Ok(response.json()?),
            422 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreatePet<'a> {
    type Output = Result<crate::types::Pet, crate::Error<crate::types::Errors>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::recuperer_un_animal`](crate::Client::recuperer_un_animal) (`GET /pets/{petId}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct RecupererUnAnimal<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pet_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> RecupererUnAnimal<'a> {
    pub(crate) fn new(client: &'a crate::Client, pet_id: i64) -> Self {
        Self {
            client,
            pet_id,
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
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Problem>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Pet>,
        crate::Error<crate::types::Problem>,
    > {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<crate::types::Problem>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::Problem>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/pets/{petId}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Problem>> {
        match response.status() {
            200 => Ok(response.json()?),
            404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for RecupererUnAnimal<'a> {
    type Output = Result<crate::types::Pet, crate::Error<crate::types::Problem>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::delete_a_pet`](crate::Client::delete_a_pet) (`DELETE /pets/{petId}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DeleteAPet<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pet_id: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DeleteAPet<'a> {
    pub(crate) fn new(client: &'a crate::Client, pet_id: i64) -> Self {
        Self {
            client,
            pet_id,
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
                reqwest::Method::DELETE,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?].concat(),
            );
        request.path_template("/pets/{petId}");
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

impl<'a> std::future::IntoFuture for DeleteAPet<'a> {
    type Output = Result<(), crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::update_pet`](crate::Client::update_pet) (`PATCH /pets/{petId}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct UpdatePet<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pet_id: i64,
    pub(crate) body: Option<crate::types::NewPet>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> UpdatePet<'a> {
    pub(crate) fn new(client: &'a crate::Client, pet_id: i64) -> Self {
        Self {
            client,
            pet_id,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/merge-patch+json`).
    pub fn body(mut self, value: impl Into<crate::types::NewPet>) -> Self {
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
        crate::types::UpdatePetResponse,
        crate::Error<crate::types::UpdatePetError>,
    > {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::UpdatePetResponse>,
        crate::Error<crate::types::UpdatePetError>,
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
        crate::Error<crate::types::UpdatePetError>,
    > {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<
        crate::runtime::RawResponse,
        crate::Error<crate::types::UpdatePetError>,
    > {
        let mut request = self
            .client
            .request(
                reqwest::Method::PATCH,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/pets/{petId}");
        if let Some(body) = self.body {
            request.json("application/merge-patch+json", &body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<
        crate::types::UpdatePetResponse,
        crate::Error<crate::types::UpdatePetError>,
    > {
        match response.status() {
            200 => Ok(crate::types::UpdatePetResponse::Ok(response.json()?)),
            202 => Ok(crate::types::UpdatePetResponse::Accepted),
            400 => Err(response.api_error(crate::types::UpdatePetError::BadRequest)),
            404 => Err(response.api_error(crate::types::UpdatePetError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdatePet<'a> {
    type Output = Result<
        crate::types::UpdatePetResponse,
        crate::Error<crate::types::UpdatePetError>,
    >;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::put_pets_by_pet_id_photo`](crate::Client::put_pets_by_pet_id_photo) (`PUT /pets/{petId}/photo`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct PutPetsByPetIdPhoto<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pet_id: String,
    pub(crate) body: crate::types::PutPetsByPetIdPhotoForm,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> PutPetsByPetIdPhoto<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        pet_id: String,
        body: crate::types::PutPetsByPetIdPhotoForm,
    ) -> Self {
        Self {
            client,
            pet_id,
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
                reqwest::Method::PUT,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?, "/photo"]
                    .concat(),
            );
        request.accept("image/png");
        request.stream_success();
        request.path_template("/pets/{petId}/photo");
        request.multipart(self.body.into_form()?);
        request.options(&self.options);
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

impl<'a> std::future::IntoFuture for PutPetsByPetIdPhoto<'a> {
    type Output = Result<crate::Download, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_report`](crate::Client::get_report) (`GET /pets/{petId}/report{format}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetReport<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pet_id: String,
    pub(crate) format: crate::types::GetReportFormat,
    pub(crate) pages_2: Option<Vec<i64>>,
    pub(crate) range: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetReport<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        pet_id: String,
        format: crate::types::GetReportFormat,
    ) -> Self {
        Self {
            client,
            pet_id,
            format,
            pages_2: None,
            range: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// `pages` (query parameter).
    pub fn pages_2(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.pages_2 = Some(value.into());
        self
    }

    /// `range` (query parameter).
    pub fn range(mut self, value: impl Into<String>) -> Self {
        self.range = Some(value.into());
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
                    "/pets/",
                    &crate::runtime::path_param("petId", &self.pet_id)?,
                    "/report",
                    &crate::runtime::path_param_styled(
                        "format",
                        &self.format,
                        crate::runtime::ParamStyle::Label,
                        false,
                    )?,
                ]
                    .concat(),
            );
        request
            .query(
                "pages",
                &self.pages_2,
                crate::runtime::ParamStyle::PipeDelimited,
                false,
            );
        request.query("range", &self.range, crate::runtime::ParamStyle::Form, true);
        request.accept("application/pdf");
        request.stream_success();
        request.path_template("/pets/{petId}/report{format}");
        request.options(&self.options);
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

impl<'a> std::future::IntoFuture for GetReport<'a> {
    type Output = Result<crate::Download, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::self_`](crate::Client::self_) (`POST /raw`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Self2<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<reqwest::Body>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> Self2<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            body: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// The request body (`application/octet-stream`).
    pub fn body(mut self, value: impl Into<reqwest::Body>) -> Self {
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
    pub async fn send(self) -> Result<String, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<String>, crate::Error<()>> {
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
            .request(reqwest::Method::POST, String::from("/raw"));
        request.accept("text/plain");
        request.path_template("/raw");
        if let Some(body) = self.body {
            request.bytes("application/octet-stream", body);
        }
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<String, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.text()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for Self2<'a> {
    type Output = Result<String, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::result`](crate::Client::result) (`POST /forms`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Result2<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: crate::types::ResultBody,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> Result2<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::ResultBody,
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
    pub async fn send(self) -> Result<serde_json::Value, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<serde_json::Value>, crate::Error<()>> {
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
            .request(reqwest::Method::POST, String::from("/forms"));
        request.accept("application/json");
        request.path_template("/forms");
        request.form(&self.body);
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<serde_json::Value, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for Result2<'a> {
    type Output = Result<serde_json::Value, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_types_by_type_by_self`](crate::Client::get_types_by_type_by_self) (`GET /types/{type}/{self}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetTypesByTypeBySelf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) type_: String,
    pub(crate) self_: String,
    pub(crate) crate_: bool,
    pub(crate) self_2: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetTypesByTypeBySelf<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        type_: String,
        self_: String,
        crate_: bool,
    ) -> Self {
        Self {
            client,
            type_,
            self_,
            crate_,
            self_2: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// `Self` (query parameter).
    pub fn self_2(mut self, value: impl Into<String>) -> Self {
        self.self_2 = Some(value.into());
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
    ) -> Result<crate::types::Node, crate::Error<crate::types::Problem>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<crate::types::Node>,
        crate::Error<crate::types::Problem>,
    > {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<crate::types::Problem>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::Problem>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/types/",
                    &crate::runtime::path_param("type", &self.type_)?,
                    "/",
                    &crate::runtime::path_param("self", &self.self_)?,
                ]
                    .concat(),
            );
        request.query("crate", &self.crate_, crate::runtime::ParamStyle::Form, true);
        request.query("Self", &self.self_2, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/types/{type}/{self}");
        request.options(&self.options);
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Node, crate::Error<crate::types::Problem>> {
        match response.status() {
            200..=299 => Ok(response.json()?),
            400..=499 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetTypesByTypeBySelf<'a> {
    type Output = Result<crate::types::Node, crate::Error<crate::types::Problem>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
