//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List absences
    ///
    /// Returns the absences of the agents of the signed-in agent's organisations, paginated,
    /// ordered by start. The published document gives no `200` response for this operation;
    /// its shape is the one of every other list.
    ///
    /// `GET /api/v1/absences`
    pub async fn get_absences(
        &self,
        params: &crate::types::GetAbsencesParams,
    ) -> Result<
        crate::types::AbsenceList,
        crate::Error<crate::types::GetAbsencesError>,
    > {
        self.get_absences_page(params).await.map(|(body, _)| body)
    }

    /// [`get_absences`](Self::get_absences), with what the pagination stream reads of the response.
    pub(crate) async fn get_absences_page(
        &self,
        params: &crate::types::GetAbsencesParams,
    ) -> Result<
        (crate::types::AbsenceList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetAbsencesError>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/api/v1/absences"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/absences");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetAbsencesError::Unauthorized)),
            500 => {
                Err(
                    response
                        .api_error(crate::types::GetAbsencesError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create an absence
    ///
    /// Creates an absence for an agent, identified by `agent_id` or, when `agent_id` is absent,
    /// by `agent_email`.
    ///
    /// `POST /api/v1/absences`
    pub async fn create_absence(
        &self,
        body: &crate::types::CreateAbsenceRequest,
    ) -> Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::CreateAbsenceError>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/api/v1/absences"));
        request.accept("application/json");
        request.path_template("/api/v1/absences");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Get an absence
    ///
    /// `GET /api/v1/absences/{absence_id}`
    pub async fn get_absence(
        &self,
        absence_id: i64,
    ) -> Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::GetAbsenceError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/absences/",
                    &crate::runtime::path_param("absence_id", &absence_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/absences/{absence_id}");
        let response = request.send().await?;
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

    /// Update an absence
    ///
    /// Changes the given fields of an absence; fields left out keep their value.
    ///
    /// `PATCH /api/v1/absences/{absence_id}`
    pub async fn update_absence(
        &self,
        absence_id: i64,
        body: &crate::types::UpdateAbsenceRequest,
    ) -> Result<
        crate::types::AbsenceEnvelope,
        crate::Error<crate::types::UpdateAbsenceError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/absences/",
                    &crate::runtime::path_param("absence_id", &absence_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/absences/{absence_id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Delete an absence
    ///
    /// `DELETE /api/v1/absences/{absence_id}`
    pub async fn delete_absence(
        &self,
        absence_id: i64,
    ) -> Result<(), crate::Error<crate::types::DeleteAbsenceError>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/api/v1/absences/",
                    &crate::runtime::path_param("absence_id", &absence_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/absences/{absence_id}");
        let response = request.send().await?;
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

    /// List agents
    ///
    /// Returns the agents of the organisations the signed-in agent can access, paginated.
    ///
    /// `GET /api/v1/agents`
    pub async fn get_agents(
        &self,
        params: &crate::types::GetAgentsParams,
    ) -> Result<crate::types::AgentList, crate::Error<crate::types::GetAgentsError>> {
        self.get_agents_page(params).await.map(|(body, _)| body)
    }

    /// [`get_agents`](Self::get_agents), with what the pagination stream reads of the response.
    pub(crate) async fn get_agents_page(
        &self,
        params: &crate::types::GetAgentsParams,
    ) -> Result<
        (crate::types::AgentList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetAgentsError>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/api/v1/agents"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "organisation_id",
                &params.organisation_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/agents");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetAgentsError::Unauthorized)),
            500 => {
                Err(
                    response.api_error(crate::types::GetAgentsError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// List organisations
    ///
    /// Returns the organisations the signed-in agent can access, paginated.
    ///
    /// `GET /api/v1/organisations`
    pub async fn get_organisations(
        &self,
        params: &crate::types::GetOrganisationsParams,
    ) -> Result<
        crate::types::OrganisationList,
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        self.get_organisations_page(params).await.map(|(body, _)| body)
    }

    /// [`get_organisations`](Self::get_organisations), with what the pagination stream reads of the response.
    pub(crate) async fn get_organisations_page(
        &self,
        params: &crate::types::GetOrganisationsParams,
    ) -> Result<
        (crate::types::OrganisationList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/api/v1/organisations"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "departement_number",
                &params.departement_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "city_code",
                &params.city_code,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
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
        };
        body.map(|body| (body, page))
    }

    /// Get an organisation
    ///
    /// Returns one organisation. (The published document also lists a `page` query parameter
    /// here, which has no effect on a single resource; it is left out.)
    ///
    /// `GET /api/v1/organisations/{organisation_id}`
    pub async fn get_organisation(
        &self,
        organisation_id: i64,
    ) -> Result<
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::GetOrganisationError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}");
        let response = request.send().await?;
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

    /// Update an organisation
    ///
    /// Changes the given fields of an organisation; fields left out keep their value.
    ///
    /// `PATCH /api/v1/organisations/{organisation_id}`
    pub async fn update_organisation(
        &self,
        organisation_id: i64,
        body: &crate::types::UpdateOrganisationRequest,
    ) -> Result<
        crate::types::OrganisationEnvelope,
        crate::Error<crate::types::UpdateOrganisationError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// List the motifs of an organisation
    ///
    /// Returns the motifs of an organisation, paginated, optionally filtered.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/motifs`
    pub async fn get_motifs(
        &self,
        organisation_id: i64,
        params: &crate::types::GetMotifsParams,
    ) -> Result<crate::types::MotifList, crate::Error<crate::types::GetMotifsError>> {
        self.get_motifs_page(organisation_id, params).await.map(|(body, _)| body)
    }

    /// [`get_motifs`](Self::get_motifs), with what the pagination stream reads of the response.
    pub(crate) async fn get_motifs_page(
        &self,
        organisation_id: i64,
        params: &crate::types::GetMotifsParams,
    ) -> Result<
        (crate::types::MotifList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetMotifsError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/motifs",
                ]
                    .concat(),
            );
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.query("active", &params.active, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "bookable_publicly",
                &params.bookable_publicly,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "service_id",
                &params.service_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/motifs");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetMotifsError::Unauthorized)),
            500 => {
                Err(
                    response.api_error(crate::types::GetMotifsError::InternalServerError),
                )
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// List the RDVs of an organisation
    ///
    /// Returns the RDVs of the signed-in agent's service in this organisation; for an admin or
    /// secretariat agent, every RDV of the organisation. Paginated like every list (the
    /// published document omits `page` here but answers with `meta`).
    ///
    /// `GET /api/v1/organisations/{organisation_id}/rdvs`
    pub async fn get_rdvs(
        &self,
        organisation_id: i64,
        params: &crate::types::GetRdvsParams,
    ) -> Result<crate::types::RdvList, crate::Error<crate::types::GetRdvsError>> {
        self.get_rdvs_page(organisation_id, params).await.map(|(body, _)| body)
    }

    /// [`get_rdvs`](Self::get_rdvs), with what the pagination stream reads of the response.
    pub(crate) async fn get_rdvs_page(
        &self,
        organisation_id: i64,
        params: &crate::types::GetRdvsParams,
    ) -> Result<
        (crate::types::RdvList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetRdvsError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/rdvs",
                ]
                    .concat(),
            );
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "starts_after",
                &params.starts_after,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "starts_before",
                &params.starts_before,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/rdvs");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetRdvsError::Unauthorized)),
            500 => {
                Err(response.api_error(crate::types::GetRdvsError::InternalServerError))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// List the users of an organisation
    ///
    /// Returns the users (usager·ères) of an organisation, paginated.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/users`
    pub async fn get_users_from_organisation(
        &self,
        organisation_id: i64,
        params: &crate::types::GetUsersFromOrganisationParams,
    ) -> Result<
        crate::types::UserList,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        self.get_users_from_organisation_page(organisation_id, params)
            .await
            .map(|(body, _)| body)
    }

    /// [`get_users_from_organisation`](Self::get_users_from_organisation), with what the pagination stream reads of the response.
    pub(crate) async fn get_users_from_organisation_page(
        &self,
        organisation_id: i64,
        params: &crate::types::GetUsersFromOrganisationParams,
    ) -> Result<
        (crate::types::UserList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/users",
                ]
                    .concat(),
            );
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/users");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
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
        };
        body.map(|body| (body, page))
    }

    /// Get a user of an organisation
    ///
    /// Returns a user, provided they are linked to the organisation.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/users/{user_id}`
    pub async fn get_user_from_organisation(
        &self,
        organisation_id: i64,
        user_id: i64,
    ) -> Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::GetUserFromOrganisationError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/users/",
                    &crate::runtime::path_param("user_id", &user_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/organisations/{organisation_id}/users/{user_id}");
        let response = request.send().await?;
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

    /// List the webhook endpoints of an organisation
    ///
    /// Returns the webhook endpoints of an organisation that the signed-in agent can access, paginated.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/webhook_endpoints`
    pub async fn get_webhook_endpoints(
        &self,
        organisation_id: i64,
        params: &crate::types::GetWebhookEndpointsParams,
    ) -> Result<
        crate::types::WebhookEndpointList,
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        self.get_webhook_endpoints_page(organisation_id, params)
            .await
            .map(|(body, _)| body)
    }

    /// [`get_webhook_endpoints`](Self::get_webhook_endpoints), with what the pagination stream reads of the response.
    pub(crate) async fn get_webhook_endpoints_page(
        &self,
        organisation_id: i64,
        params: &crate::types::GetWebhookEndpointsParams,
    ) -> Result<
        (crate::types::WebhookEndpointList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/webhook_endpoints",
                ]
                    .concat(),
            );
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "target_url",
                &params.target_url,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request
            .path_template("/api/v1/organisations/{organisation_id}/webhook_endpoints");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
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
        };
        body.map(|body| (body, page))
    }

    /// Create a webhook endpoint
    ///
    /// Creates a webhook endpoint for the organisation and returns it. The server then sends
    /// the current state of every subscribed resource to the endpoint.
    ///
    /// `POST /api/v1/organisations/{organisation_id}/webhook_endpoints`
    pub async fn create_webhook_endpoint(
        &self,
        organisation_id: i64,
        body: &crate::types::CreateWebhookEndpointRequest,
    ) -> Result<
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::CreateWebhookEndpointError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/webhook_endpoints",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request
            .path_template("/api/v1/organisations/{organisation_id}/webhook_endpoints");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Update a webhook endpoint
    ///
    /// Changes the given fields of a webhook endpoint and returns it; fields left out keep
    /// their value. The server then sends the current state of every subscribed resource.
    ///
    /// `PATCH /api/v1/organisations/{organisation_id}/webhook_endpoints/{webhook_endpoint_id}`
    pub async fn update_webhook_endpoint(
        &self,
        organisation_id: i64,
        webhook_endpoint_id: i64,
        body: &crate::types::UpdateWebhookEndpointRequest,
    ) -> Result<
        crate::types::WebhookEndpointEnvelope,
        crate::Error<crate::types::UpdateWebhookEndpointError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PATCH,
                [
                    "/api/v1/organisations/",
                    &crate::runtime::path_param("organisation_id", &organisation_id)?,
                    "/webhook_endpoints/",
                    &crate::runtime::path_param(
                        "webhook_endpoint_id",
                        &webhook_endpoint_id,
                    )?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request
            .path_template(
                "/api/v1/organisations/{organisation_id}/webhook_endpoints/{webhook_endpoint_id}",
            );
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// List the public search links of a territory
    ///
    /// Returns the public search links of the organisations of a territory that have publicly
    /// bookable slots. No authentication; limited to 50 calls per minute. Not paginated.
    ///
    /// `GET /api/v1/public_links`
    pub async fn get_public_links(
        &self,
        territory: &str,
    ) -> Result<
        crate::types::PublicLinkList,
        crate::Error<crate::types::GetPublicLinksError>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/api/v1/public_links"));
        request.query("territory", territory, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/public_links");
        let response = request.send().await?;
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

    /// Assign a referent agent to a user
    ///
    /// Makes an agent the referent (référent) of a user.
    ///
    /// `POST /api/v1/referent_assignations`
    pub async fn create_referent_assignation(
        &self,
        body: &crate::types::ReferentAssignationRequest,
    ) -> Result<
        crate::types::ReferentAssignationEnvelope,
        crate::Error<crate::types::CreateReferentAssignationError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                String::from("/api/v1/referent_assignations"),
            );
        request.accept("application/json");
        request.path_template("/api/v1/referent_assignations");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Remove a referent agent from a user
    ///
    /// Deletes the assignment of the agent as referent of the user.
    ///
    /// `DELETE /api/v1/referent_assignations`
    pub async fn delete_referent_assignation(
        &self,
        agent_id: i64,
        user_id: i64,
    ) -> Result<(), crate::Error<crate::types::DeleteReferentAssignationError>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                String::from("/api/v1/referent_assignations"),
            );
        request.query("agent_id", &agent_id, crate::runtime::ParamStyle::Form, true);
        request.query("user_id", &user_id, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/referent_assignations");
        let response = request.send().await?;
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

    /// Add a user to an organisation
    ///
    /// Creates the profile (user_profile) linking a user to an organisation.
    ///
    /// `POST /api/v1/user_profiles`
    pub async fn create_user_profile(
        &self,
        body: &crate::types::UserProfileRequest,
    ) -> Result<
        crate::types::UserProfileEnvelope,
        crate::Error<crate::types::CreateUserProfileError>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/api/v1/user_profiles"));
        request.accept("application/json");
        request.path_template("/api/v1/user_profiles");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Remove a user from an organisation
    ///
    /// Deletes the profile linking the user to the organisation. The user account itself is
    /// kept when the user still belongs to other organisations.
    ///
    /// `DELETE /api/v1/user_profiles`
    pub async fn delete_user_profile(
        &self,
        organisation_id: i64,
        user_id: i64,
    ) -> Result<(), crate::Error<crate::types::DeleteUserProfileError>> {
        let mut request = self
            .request(reqwest::Method::DELETE, String::from("/api/v1/user_profiles"));
        request
            .query(
                "organisation_id",
                &organisation_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("user_id", &user_id, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/user_profiles");
        let response = request.send().await?;
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

    /// List users
    ///
    /// Returns the users (usager·ères) the signed-in agent can access, paginated, optionally restricted to some ids.
    ///
    /// `GET /api/v1/users`
    pub async fn get_users(
        &self,
        params: &crate::types::GetUsersParams,
    ) -> Result<crate::types::UserList, crate::Error<crate::types::GetUsersError>> {
        self.get_users_page(params).await.map(|(body, _)| body)
    }

    /// [`get_users`](Self::get_users), with what the pagination stream reads of the response.
    pub(crate) async fn get_users_page(
        &self,
        params: &crate::types::GetUsersParams,
    ) -> Result<
        (crate::types::UserList, crate::runtime::PageInfo),
        crate::Error<crate::types::GetUsersError>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/api/v1/users"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.query("ids[]", &params.ids, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/api/v1/users");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::GetUsersError::Unauthorized)),
            500 => {
                Err(response.api_error(crate::types::GetUsersError::InternalServerError))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a user
    ///
    /// Creates a user (usager·ère) in the given organisations, optionally with referent agents
    /// and a responsible user (for a relative, e.g. a child).
    ///
    /// `POST /api/v1/users`
    pub async fn create_user(
        &self,
        body: &crate::types::CreateUserRequest,
    ) -> Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::CreateUserError>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/api/v1/users"));
        request.accept("application/json");
        request.path_template("/api/v1/users");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Get a user
    ///
    /// Returns a user, with their profiles in the organisations the signed-in agent can see.
    ///
    /// `GET /api/v1/users/{user_id}`
    pub async fn get_user(
        &self,
        user_id: i64,
    ) -> Result<crate::types::UserEnvelope, crate::Error<crate::types::GetUserError>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/api/v1/users/", &crate::runtime::path_param("user_id", &user_id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/users/{user_id}");
        let response = request.send().await?;
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

    /// Update a user
    ///
    /// Changes the given fields of a user; fields left out keep their value. The email of a
    /// user who confirmed their account cannot be changed (`422`).
    ///
    /// `PATCH /api/v1/users/{user_id}`
    pub async fn update_user(
        &self,
        user_id: i64,
        body: &crate::types::UpdateUserRequest,
    ) -> Result<
        crate::types::UserEnvelope,
        crate::Error<crate::types::UpdateUserError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PATCH,
                ["/api/v1/users/", &crate::runtime::path_param("user_id", &user_id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/users/{user_id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Get a user's RDV invitation token
    ///
    /// Sets (if needed) and returns the user's invitation token, with which the user can book an
    /// RDV. No request body.
    ///
    /// `POST /api/v1/users/{user_id}/rdv_invitation_token`
    pub async fn create_user_invitation(
        &self,
        user_id: i64,
    ) -> Result<
        crate::types::Invitation,
        crate::Error<crate::types::CreateUserInvitationError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/api/v1/users/",
                    &crate::runtime::path_param("user_id", &user_id)?,
                    "/rdv_invitation_token",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/api/v1/users/{user_id}/rdv_invitation_token");
        let response = request.send().await?;
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
