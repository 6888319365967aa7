//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::get_absences`](crate::Client::get_absences).
#[derive(Clone)]
pub struct GetAbsences {
    pub(crate) page: Option<i32>,
}

impl crate::requests::Operation for GetAbsences {
    type Output = crate::types::AbsenceList;
    type Error = crate::types::GetAbsencesError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/api/v1/absences"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/absences");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::create_absence`](crate::Client::create_absence).
#[derive(Clone)]
pub struct CreateAbsence {
    pub(crate) body: crate::types::CreateAbsenceRequest,
}

impl crate::requests::Operation for CreateAbsence {
    type Output = crate::types::AbsenceEnvelope;
    type Error = crate::types::CreateAbsenceError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/api/v1/absences"));
        request.accept("application/json");
        request.path_template("/api/v1/absences");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_absence`](crate::Client::get_absence).
#[derive(Clone)]
pub struct GetAbsence {
    pub(crate) absence_id: i64,
}

impl crate::requests::Operation for GetAbsence {
    type Output = crate::types::AbsenceEnvelope;
    type Error = crate::types::GetAbsenceError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::update_absence`](crate::Client::update_absence).
#[derive(Clone)]
pub struct UpdateAbsence {
    pub(crate) absence_id: i64,
    pub(crate) body: crate::types::UpdateAbsenceRequest,
}

impl crate::requests::Operation for UpdateAbsence {
    type Output = crate::types::AbsenceEnvelope;
    type Error = crate::types::UpdateAbsenceError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::delete_absence`](crate::Client::delete_absence).
#[derive(Clone)]
pub struct DeleteAbsence {
    pub(crate) absence_id: i64,
}

impl crate::requests::Operation for DeleteAbsence {
    type Output = ();
    type Error = crate::types::DeleteAbsenceError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_agents`](crate::Client::get_agents).
#[derive(Clone)]
pub struct GetAgents {
    pub(crate) page: Option<i32>,
    pub(crate) organisation_id: Option<i64>,
}

impl crate::requests::Operation for GetAgents {
    type Output = crate::types::AgentList;
    type Error = crate::types::GetAgentsError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_organisations`](crate::Client::get_organisations).
#[derive(Clone)]
pub struct GetOrganisations {
    pub(crate) page: Option<i32>,
    pub(crate) departement_number: Option<String>,
    pub(crate) city_code: Option<String>,
}

impl crate::requests::Operation for GetOrganisations {
    type Output = crate::types::OrganisationList;
    type Error = crate::types::GetOrganisationsError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_organisation`](crate::Client::get_organisation).
#[derive(Clone)]
pub struct GetOrganisation {
    pub(crate) organisation_id: i64,
}

impl crate::requests::Operation for GetOrganisation {
    type Output = crate::types::OrganisationEnvelope;
    type Error = crate::types::GetOrganisationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::update_organisation`](crate::Client::update_organisation).
#[derive(Clone)]
pub struct UpdateOrganisation {
    pub(crate) organisation_id: i64,
    pub(crate) body: crate::types::UpdateOrganisationRequest,
}

impl crate::requests::Operation for UpdateOrganisation {
    type Output = crate::types::OrganisationEnvelope;
    type Error = crate::types::UpdateOrganisationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_motifs`](crate::Client::get_motifs).
#[derive(Clone)]
pub struct GetMotifs {
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) active: Option<bool>,
    pub(crate) bookable_publicly: Option<bool>,
    pub(crate) service_id: Option<i64>,
}

impl crate::requests::Operation for GetMotifs {
    type Output = crate::types::MotifList;
    type Error = crate::types::GetMotifsError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_rdvs`](crate::Client::get_rdvs).
#[derive(Clone)]
pub struct GetRdvs {
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) starts_after: Option<String>,
    pub(crate) starts_before: Option<String>,
}

impl crate::requests::Operation for GetRdvs {
    type Output = crate::types::RdvList;
    type Error = crate::types::GetRdvsError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_users_from_organisation`](crate::Client::get_users_from_organisation).
#[derive(Clone)]
pub struct GetUsersFromOrganisation {
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
}

impl crate::requests::Operation for GetUsersFromOrganisation {
    type Output = crate::types::UserList;
    type Error = crate::types::GetUsersFromOrganisationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_user_from_organisation`](crate::Client::get_user_from_organisation).
#[derive(Clone)]
pub struct GetUserFromOrganisation {
    pub(crate) organisation_id: i64,
    pub(crate) user_id: i64,
}

impl crate::requests::Operation for GetUserFromOrganisation {
    type Output = crate::types::UserEnvelope;
    type Error = crate::types::GetUserFromOrganisationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints).
#[derive(Clone)]
pub struct GetWebhookEndpoints {
    pub(crate) organisation_id: i64,
    pub(crate) page: Option<i32>,
    pub(crate) target_url: Option<String>,
}

impl crate::requests::Operation for GetWebhookEndpoints {
    type Output = crate::types::WebhookEndpointList;
    type Error = crate::types::GetWebhookEndpointsError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::create_webhook_endpoint`](crate::Client::create_webhook_endpoint).
#[derive(Clone)]
pub struct CreateWebhookEndpoint {
    pub(crate) organisation_id: i64,
    pub(crate) body: crate::types::CreateWebhookEndpointRequest,
}

impl crate::requests::Operation for CreateWebhookEndpoint {
    type Output = crate::types::WebhookEndpointEnvelope;
    type Error = crate::types::CreateWebhookEndpointError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::update_webhook_endpoint`](crate::Client::update_webhook_endpoint).
#[derive(Clone)]
pub struct UpdateWebhookEndpoint {
    pub(crate) organisation_id: i64,
    pub(crate) webhook_endpoint_id: i64,
    pub(crate) body: crate::types::UpdateWebhookEndpointRequest,
}

impl crate::requests::Operation for UpdateWebhookEndpoint {
    type Output = crate::types::WebhookEndpointEnvelope;
    type Error = crate::types::UpdateWebhookEndpointError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_public_links`](crate::Client::get_public_links).
#[derive(Clone)]
pub struct GetPublicLinks {
    pub(crate) territory: String,
}

impl crate::requests::Operation for GetPublicLinks {
    type Output = crate::types::PublicLinkList;
    type Error = crate::types::GetPublicLinksError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/api/v1/public_links"));
        request
            .query("territory", &self.territory, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/public_links");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::create_referent_assignation`](crate::Client::create_referent_assignation).
#[derive(Clone)]
pub struct CreateReferentAssignation {
    pub(crate) body: crate::types::ReferentAssignationRequest,
}

impl crate::requests::Operation for CreateReferentAssignation {
    type Output = crate::types::ReferentAssignationEnvelope;
    type Error = crate::types::CreateReferentAssignationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                String::from("/api/v1/referent_assignations"),
            );
        request.accept("application/json");
        request.path_template("/api/v1/referent_assignations");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::delete_referent_assignation`](crate::Client::delete_referent_assignation).
#[derive(Clone)]
pub struct DeleteReferentAssignation {
    pub(crate) agent_id: i64,
    pub(crate) user_id: i64,
}

impl crate::requests::Operation for DeleteReferentAssignation {
    type Output = ();
    type Error = crate::types::DeleteReferentAssignationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                String::from("/api/v1/referent_assignations"),
            );
        request
            .query("agent_id", &self.agent_id, crate::runtime::ParamStyle::Form, true);
        request.query("user_id", &self.user_id, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/referent_assignations");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::create_user_profile`](crate::Client::create_user_profile).
#[derive(Clone)]
pub struct CreateUserProfile {
    pub(crate) body: crate::types::UserProfileRequest,
}

impl crate::requests::Operation for CreateUserProfile {
    type Output = crate::types::UserProfileEnvelope;
    type Error = crate::types::CreateUserProfileError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/api/v1/user_profiles"));
        request.accept("application/json");
        request.path_template("/api/v1/user_profiles");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::delete_user_profile`](crate::Client::delete_user_profile).
#[derive(Clone)]
pub struct DeleteUserProfile {
    pub(crate) organisation_id: i64,
    pub(crate) user_id: i64,
}

impl crate::requests::Operation for DeleteUserProfile {
    type Output = ();
    type Error = crate::types::DeleteUserProfileError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_users`](crate::Client::get_users).
#[derive(Clone)]
pub struct GetUsers {
    pub(crate) page: Option<i32>,
    pub(crate) ids: Option<Vec<i64>>,
}

impl crate::requests::Operation for GetUsers {
    type Output = crate::types::UserList;
    type Error = crate::types::GetUsersError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/api/v1/users"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.query("ids[]", &self.ids, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/users");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::create_user`](crate::Client::create_user).
#[derive(Clone)]
pub struct CreateUser {
    pub(crate) body: crate::types::CreateUserRequest,
}

impl crate::requests::Operation for CreateUser {
    type Output = crate::types::UserEnvelope;
    type Error = crate::types::CreateUserError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/api/v1/users"));
        request.accept("application/json");
        request.path_template("/api/v1/users");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::get_user`](crate::Client::get_user).
#[derive(Clone)]
pub struct GetUser {
    pub(crate) user_id: i64,
}

impl crate::requests::Operation for GetUser {
    type Output = crate::types::UserEnvelope;
    type Error = crate::types::GetUserError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::update_user`](crate::Client::update_user).
#[derive(Clone)]
pub struct UpdateUser {
    pub(crate) user_id: i64,
    pub(crate) body: crate::types::UpdateUserRequest,
}

impl crate::requests::Operation for UpdateUser {
    type Output = crate::types::UserEnvelope;
    type Error = crate::types::UpdateUserError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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

/// The parameters of [`Client::create_user_invitation`](crate::Client::create_user_invitation).
#[derive(Clone)]
pub struct CreateUserInvitation {
    pub(crate) user_id: i64,
}

impl crate::requests::Operation for CreateUserInvitation {
    type Output = crate::types::Invitation;
    type Error = crate::types::CreateUserInvitationError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
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
