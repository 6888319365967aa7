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

/// The request of [`Client::get_absences`](crate::Client::get_absences) (`GET /api/v1/absences`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetAbsences<'a> = Call<'a, crate::operations::GetAbsences>;

impl GetAbsences<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }
}

/// The request of [`Client::create_absence`](crate::Client::create_absence) (`POST /api/v1/absences`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateAbsence<'a> = Call<'a, crate::operations::CreateAbsence>;

/// The request of [`Client::get_absence`](crate::Client::get_absence) (`GET /api/v1/absences/{absence_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetAbsence<'a> = Call<'a, crate::operations::GetAbsence>;

/// The request of [`Client::update_absence`](crate::Client::update_absence) (`PATCH /api/v1/absences/{absence_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateAbsence<'a> = Call<'a, crate::operations::UpdateAbsence>;

/// The request of [`Client::delete_absence`](crate::Client::delete_absence) (`DELETE /api/v1/absences/{absence_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteAbsence<'a> = Call<'a, crate::operations::DeleteAbsence>;

/// The request of [`Client::get_agents`](crate::Client::get_agents) (`GET /api/v1/agents`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetAgents<'a> = Call<'a, crate::operations::GetAgents>;

impl GetAgents<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Only the agents of this organisation.
    ///
    /// Example: `123`.
    ///
    /// `organisation_id` (query parameter).
    pub fn organisation_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.organisation_id = Some(value.into());
        self
    }
}

/// The request of [`Client::get_organisations`](crate::Client::get_organisations) (`GET /api/v1/organisations`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetOrganisations<'a> = Call<'a, crate::operations::GetOrganisations>;

impl GetOrganisations<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number or code of the département (territory), e.g. `26`.
    ///
    /// Example: `"26"`.
    ///
    /// `departement_number` (query parameter).
    pub fn departement_number(mut self, value: impl Into<String>) -> Self {
        self.operation.departement_number = Some(value.into());
        self
    }

    /// INSEE code of the town (code INSEE de la localité), e.g. `26323`.
    ///
    /// Example: `"26323"`.
    ///
    /// `city_code` (query parameter).
    pub fn city_code(mut self, value: impl Into<String>) -> Self {
        self.operation.city_code = Some(value.into());
        self
    }
}

/// The request of [`Client::get_organisation`](crate::Client::get_organisation) (`GET /api/v1/organisations/{organisation_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetOrganisation<'a> = Call<'a, crate::operations::GetOrganisation>;

/// The request of [`Client::update_organisation`](crate::Client::update_organisation) (`PATCH /api/v1/organisations/{organisation_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateOrganisation<'a> = Call<'a, crate::operations::UpdateOrganisation>;

/// The request of [`Client::get_motifs`](crate::Client::get_motifs) (`GET /api/v1/organisations/{organisation_id}/motifs`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetMotifs<'a> = Call<'a, crate::operations::GetMotifs>;

impl GetMotifs<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Only active motifs (`true`) or only inactive ones (`false`).
    ///
    /// `active` (query parameter).
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.operation.active = Some(value.into());
        self
    }

    /// Only motifs bookable online (`true`) or only the others (`false`).
    ///
    /// `bookable_publicly` (query parameter).
    pub fn bookable_publicly(mut self, value: impl Into<bool>) -> Self {
        self.operation.bookable_publicly = Some(value.into());
        self
    }

    /// Only the motifs of this service.
    ///
    /// Example: `1`.
    ///
    /// `service_id` (query parameter).
    pub fn service_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.service_id = Some(value.into());
        self
    }
}

/// The request of [`Client::get_rdvs`](crate::Client::get_rdvs) (`GET /api/v1/organisations/{organisation_id}/rdvs`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetRdvs<'a> = Call<'a, crate::operations::GetRdvs>;

impl GetRdvs<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Only RDVs whose `starts_at` is after this date or time (ISO 8601 date or date-time).
    ///
    /// Example: `"2020-01-01"`.
    ///
    /// `starts_after` (query parameter).
    pub fn starts_after(mut self, value: impl Into<String>) -> Self {
        self.operation.starts_after = Some(value.into());
        self
    }

    /// Only RDVs whose `starts_at` is before this date or time (ISO 8601 date or date-time).
    ///
    /// Example: `"2020-12-31"`.
    ///
    /// `starts_before` (query parameter).
    pub fn starts_before(mut self, value: impl Into<String>) -> Self {
        self.operation.starts_before = Some(value.into());
        self
    }
}

/// The request of [`Client::get_users_from_organisation`](crate::Client::get_users_from_organisation) (`GET /api/v1/organisations/{organisation_id}/users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetUsersFromOrganisation<'a> = Call<
    'a,
    crate::operations::GetUsersFromOrganisation,
>;

impl GetUsersFromOrganisation<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }
}

/// The request of [`Client::get_user_from_organisation`](crate::Client::get_user_from_organisation) (`GET /api/v1/organisations/{organisation_id}/users/{user_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetUserFromOrganisation<'a> = Call<
    'a,
    crate::operations::GetUserFromOrganisation,
>;

/// The request of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints) (`GET /api/v1/organisations/{organisation_id}/webhook_endpoints`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetWebhookEndpoints<'a> = Call<'a, crate::operations::GetWebhookEndpoints>;

impl GetWebhookEndpoints<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Only the endpoints with this destination URL.
    ///
    /// Example: `"https://www.rdv-insertion.fr/rdvs_webhooks"`.
    ///
    /// `target_url` (query parameter).
    pub fn target_url(mut self, value: impl Into<String>) -> Self {
        self.operation.target_url = Some(value.into());
        self
    }
}

/// The request of [`Client::create_webhook_endpoint`](crate::Client::create_webhook_endpoint) (`POST /api/v1/organisations/{organisation_id}/webhook_endpoints`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateWebhookEndpoint<'a> = Call<'a, crate::operations::CreateWebhookEndpoint>;

/// The request of [`Client::update_webhook_endpoint`](crate::Client::update_webhook_endpoint) (`PATCH /api/v1/organisations/{organisation_id}/webhook_endpoints/{webhook_endpoint_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateWebhookEndpoint<'a> = Call<'a, crate::operations::UpdateWebhookEndpoint>;

/// The request of [`Client::get_public_links`](crate::Client::get_public_links) (`GET /api/v1/public_links`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetPublicLinks<'a> = Call<'a, crate::operations::GetPublicLinks>;

/// The request of [`Client::create_referent_assignation`](crate::Client::create_referent_assignation) (`POST /api/v1/referent_assignations`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateReferentAssignation<'a> = Call<
    'a,
    crate::operations::CreateReferentAssignation,
>;

/// The request of [`Client::delete_referent_assignation`](crate::Client::delete_referent_assignation) (`DELETE /api/v1/referent_assignations`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteReferentAssignation<'a> = Call<
    'a,
    crate::operations::DeleteReferentAssignation,
>;

/// The request of [`Client::create_user_profile`](crate::Client::create_user_profile) (`POST /api/v1/user_profiles`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateUserProfile<'a> = Call<'a, crate::operations::CreateUserProfile>;

/// The request of [`Client::delete_user_profile`](crate::Client::delete_user_profile) (`DELETE /api/v1/user_profiles`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteUserProfile<'a> = Call<'a, crate::operations::DeleteUserProfile>;

/// The request of [`Client::get_users`](crate::Client::get_users) (`GET /api/v1/users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetUsers<'a> = Call<'a, crate::operations::GetUsers>;

impl GetUsers<'_> {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// Example: `1`.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i32>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Only the users with these identifiers (sent as `ids[]=1&ids[]=2`).
    ///
    /// Example: `[123]`.
    ///
    /// `ids[]` (query parameter).
    pub fn ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.operation.ids = Some(value.into());
        self
    }
}

/// The request of [`Client::create_user`](crate::Client::create_user) (`POST /api/v1/users`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateUser<'a> = Call<'a, crate::operations::CreateUser>;

/// The request of [`Client::get_user`](crate::Client::get_user) (`GET /api/v1/users/{user_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetUser<'a> = Call<'a, crate::operations::GetUser>;

/// The request of [`Client::update_user`](crate::Client::update_user) (`PATCH /api/v1/users/{user_id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateUser<'a> = Call<'a, crate::operations::UpdateUser>;

/// The request of [`Client::create_user_invitation`](crate::Client::create_user_invitation) (`POST /api/v1/users/{user_id}/rdv_invitation_token`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateUserInvitation<'a> = Call<'a, crate::operations::CreateUserInvitation>;
