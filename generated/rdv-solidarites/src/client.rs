//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List absences
    ///
    /// Returns the absences of the agents of the signed-in agent's organisations, paginated,
    /// ordered by start. The published document gives no `200` response for this operation;
    /// its shape is the one of every other list.
    ///
    /// `GET /api/v1/absences`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetAbsences::page).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_absences().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_absences(&self) -> crate::requests::GetAbsences<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetAbsences {
                page: None,
            },
        )
    }

    /// Create an absence
    ///
    /// Creates an absence for an agent, identified by `agent_id` or, when `agent_id` is absent,
    /// by `agent_email`.
    ///
    /// `POST /api/v1/absences`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::CreateAbsenceRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_absence(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_absence(
        &self,
        body: impl Into<crate::types::CreateAbsenceRequest>,
    ) -> crate::requests::CreateAbsence<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateAbsence {
                body: body.into(),
            },
        )
    }

    /// Get an absence
    ///
    /// `GET /api/v1/absences/{absence_id}`
    ///
    /// # Arguments
    /// - `absence_id`: Identifier of the absence. (example: `12`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_absence(12).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_absence(
        &self,
        absence_id: impl Into<i64>,
    ) -> crate::requests::GetAbsence<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetAbsence {
                absence_id: absence_id.into(),
            },
        )
    }

    /// Update an absence
    ///
    /// Changes the given fields of an absence; fields left out keep their value.
    ///
    /// `PATCH /api/v1/absences/{absence_id}`
    ///
    /// # Arguments
    /// - `absence_id`: Identifier of the absence. (example: `12`)
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::UpdateAbsenceRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_absence(12, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_absence(
        &self,
        absence_id: impl Into<i64>,
        body: impl Into<crate::types::UpdateAbsenceRequest>,
    ) -> crate::requests::UpdateAbsence<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateAbsence {
                absence_id: absence_id.into(),
                body: body.into(),
            },
        )
    }

    /// Delete an absence
    ///
    /// `DELETE /api/v1/absences/{absence_id}`
    ///
    /// # Arguments
    /// - `absence_id`: Identifier of the absence. (example: `12`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_absence(12).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_absence(
        &self,
        absence_id: impl Into<i64>,
    ) -> crate::requests::DeleteAbsence<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteAbsence {
                absence_id: absence_id.into(),
            },
        )
    }

    /// List agents
    ///
    /// Returns the agents of the organisations the signed-in agent can access, paginated.
    ///
    /// `GET /api/v1/agents`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetAgents::page), [`organisation_id`](crate::requests::GetAgents::organisation_id).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_agents().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_agents(&self) -> crate::requests::GetAgents<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetAgents {
                page: None,
                organisation_id: None,
            },
        )
    }

    /// List organisations
    ///
    /// Returns the organisations the signed-in agent can access, paginated.
    ///
    /// `GET /api/v1/organisations`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetOrganisations::page), [`departement_number`](crate::requests::GetOrganisations::departement_number), [`city_code`](crate::requests::GetOrganisations::city_code).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_organisations().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_organisations(&self) -> crate::requests::GetOrganisations<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetOrganisations {
                page: None,
                departement_number: None,
                city_code: None,
            },
        )
    }

    /// Get an organisation
    ///
    /// Returns one organisation. (The published document also lists a `page` query parameter
    /// here, which has no effect on a single resource; it is left out.)
    ///
    /// `GET /api/v1/organisations/{organisation_id}`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_organisation(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_organisation(
        &self,
        organisation_id: impl Into<i64>,
    ) -> crate::requests::GetOrganisation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetOrganisation {
                organisation_id: organisation_id.into(),
            },
        )
    }

    /// Update an organisation
    ///
    /// Changes the given fields of an organisation; fields left out keep their value.
    ///
    /// `PATCH /api/v1/organisations/{organisation_id}`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::UpdateOrganisationRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_organisation(123, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_organisation(
        &self,
        organisation_id: impl Into<i64>,
        body: impl Into<crate::types::UpdateOrganisationRequest>,
    ) -> crate::requests::UpdateOrganisation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateOrganisation {
                organisation_id: organisation_id.into(),
                body: body.into(),
            },
        )
    }

    /// List the motifs of an organisation
    ///
    /// Returns the motifs of an organisation, paginated, optionally filtered.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/motifs`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetMotifs::page), [`active`](crate::requests::GetMotifs::active), [`bookable_publicly`](crate::requests::GetMotifs::bookable_publicly), [`service_id`](crate::requests::GetMotifs::service_id).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_motifs(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_motifs(
        &self,
        organisation_id: impl Into<i64>,
    ) -> crate::requests::GetMotifs<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetMotifs {
                organisation_id: organisation_id.into(),
                page: None,
                active: None,
                bookable_publicly: None,
                service_id: None,
            },
        )
    }

    /// List the RDVs of an organisation
    ///
    /// Returns the RDVs of the signed-in agent's service in this organisation; for an admin or
    /// secretariat agent, every RDV of the organisation. Paginated like every list (the
    /// published document omits `page` here but answers with `meta`).
    ///
    /// `GET /api/v1/organisations/{organisation_id}/rdvs`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetRdvs::page), [`starts_after`](crate::requests::GetRdvs::starts_after), [`starts_before`](crate::requests::GetRdvs::starts_before).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_rdvs(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_rdvs(
        &self,
        organisation_id: impl Into<i64>,
    ) -> crate::requests::GetRdvs<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetRdvs {
                organisation_id: organisation_id.into(),
                page: None,
                starts_after: None,
                starts_before: None,
            },
        )
    }

    /// List the users of an organisation
    ///
    /// Returns the users (usager·ères) of an organisation, paginated.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/users`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetUsersFromOrganisation::page).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_users_from_organisation(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_users_from_organisation(
        &self,
        organisation_id: impl Into<i64>,
    ) -> crate::requests::GetUsersFromOrganisation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetUsersFromOrganisation {
                organisation_id: organisation_id.into(),
                page: None,
            },
        )
    }

    /// Get a user of an organisation
    ///
    /// Returns a user, provided they are linked to the organisation.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/users/{user_id}`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    /// - `user_id`: Identifier of the user (usager·ère). (example: `123`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_user_from_organisation(123, 123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_user_from_organisation(
        &self,
        organisation_id: impl Into<i64>,
        user_id: impl Into<i64>,
    ) -> crate::requests::GetUserFromOrganisation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetUserFromOrganisation {
                organisation_id: organisation_id.into(),
                user_id: user_id.into(),
            },
        )
    }

    /// List the webhook endpoints of an organisation
    ///
    /// Returns the webhook endpoints of an organisation that the signed-in agent can access, paginated.
    ///
    /// `GET /api/v1/organisations/{organisation_id}/webhook_endpoints`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetWebhookEndpoints::page), [`target_url`](crate::requests::GetWebhookEndpoints::target_url).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_webhook_endpoints(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_webhook_endpoints(
        &self,
        organisation_id: impl Into<i64>,
    ) -> crate::requests::GetWebhookEndpoints<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetWebhookEndpoints {
                organisation_id: organisation_id.into(),
                page: None,
                target_url: None,
            },
        )
    }

    /// Create a webhook endpoint
    ///
    /// Creates a webhook endpoint for the organisation and returns it. The server then sends
    /// the current state of every subscribed resource to the endpoint.
    ///
    /// `POST /api/v1/organisations/{organisation_id}/webhook_endpoints`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::CreateWebhookEndpointRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_webhook_endpoint(123, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_webhook_endpoint(
        &self,
        organisation_id: impl Into<i64>,
        body: impl Into<crate::types::CreateWebhookEndpointRequest>,
    ) -> crate::requests::CreateWebhookEndpoint<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateWebhookEndpoint {
                organisation_id: organisation_id.into(),
                body: body.into(),
            },
        )
    }

    /// Update a webhook endpoint
    ///
    /// Changes the given fields of a webhook endpoint and returns it; fields left out keep
    /// their value. The server then sends the current state of every subscribed resource.
    ///
    /// `PATCH /api/v1/organisations/{organisation_id}/webhook_endpoints/{webhook_endpoint_id}`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `123`)
    /// - `webhook_endpoint_id`: Identifier of the webhook endpoint. (example: `123`)
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::UpdateWebhookEndpointRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_webhook_endpoint(123, 123, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_webhook_endpoint(
        &self,
        organisation_id: impl Into<i64>,
        webhook_endpoint_id: impl Into<i64>,
        body: impl Into<crate::types::UpdateWebhookEndpointRequest>,
    ) -> crate::requests::UpdateWebhookEndpoint<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateWebhookEndpoint {
                organisation_id: organisation_id.into(),
                webhook_endpoint_id: webhook_endpoint_id.into(),
                body: body.into(),
            },
        )
    }

    /// List the public search links of a territory
    ///
    /// Returns the public search links of the organisations of a territory that have publicly
    /// bookable slots. No authentication; limited to 50 calls per minute. Not paginated.
    ///
    /// `GET /api/v1/public_links`
    ///
    /// # Arguments
    /// - `territory`: Number or code of the département of the territory, e.g. `26`. (example: `"26"`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_public_links("26").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_public_links(
        &self,
        territory: impl Into<String>,
    ) -> crate::requests::GetPublicLinks<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetPublicLinks {
                territory: territory.into(),
            },
        )
    }

    /// Assign a referent agent to a user
    ///
    /// Makes an agent the referent (référent) of a user.
    ///
    /// `POST /api/v1/referent_assignations`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::ReferentAssignationRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_referent_assignation(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_referent_assignation(
        &self,
        body: impl Into<crate::types::ReferentAssignationRequest>,
    ) -> crate::requests::CreateReferentAssignation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateReferentAssignation {
                body: body.into(),
            },
        )
    }

    /// Remove a referent agent from a user
    ///
    /// Deletes the assignment of the agent as referent of the user.
    ///
    /// `DELETE /api/v1/referent_assignations`
    ///
    /// # Arguments
    /// - `agent_id`: Identifier of the referent agent. (example: `14`)
    /// - `user_id`: Identifier of the user. (example: `12`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_referent_assignation(14, 12).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_referent_assignation(
        &self,
        agent_id: impl Into<i64>,
        user_id: impl Into<i64>,
    ) -> crate::requests::DeleteReferentAssignation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteReferentAssignation {
                agent_id: agent_id.into(),
                user_id: user_id.into(),
            },
        )
    }

    /// Add a user to an organisation
    ///
    /// Creates the profile (user_profile) linking a user to an organisation.
    ///
    /// `POST /api/v1/user_profiles`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::UserProfileRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_user_profile(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_user_profile(
        &self,
        body: impl Into<crate::types::UserProfileRequest>,
    ) -> crate::requests::CreateUserProfile<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateUserProfile {
                body: body.into(),
            },
        )
    }

    /// Remove a user from an organisation
    ///
    /// Deletes the profile linking the user to the organisation. The user account itself is
    /// kept when the user still belongs to other organisations.
    ///
    /// `DELETE /api/v1/user_profiles`
    ///
    /// # Arguments
    /// - `organisation_id`: Identifier of the organisation. (example: `14`)
    /// - `user_id`: Identifier of the user. (example: `12`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_user_profile(14, 12).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_user_profile(
        &self,
        organisation_id: impl Into<i64>,
        user_id: impl Into<i64>,
    ) -> crate::requests::DeleteUserProfile<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteUserProfile {
                organisation_id: organisation_id.into(),
                user_id: user_id.into(),
            },
        )
    }

    /// List users
    ///
    /// Returns the users (usager·ères) the signed-in agent can access, paginated, optionally restricted to some ids.
    ///
    /// `GET /api/v1/users`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetUsers::page), [`ids`](crate::requests::GetUsers::ids).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_users().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_users(&self) -> crate::requests::GetUsers<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetUsers {
                page: None,
                ids: None,
            },
        )
    }

    /// Create a user
    ///
    /// Creates a user (usager·ère) in the given organisations, optionally with referent agents
    /// and a responsible user (for a relative, e.g. a child).
    ///
    /// `POST /api/v1/users`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::CreateUserRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_user(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_user(
        &self,
        body: impl Into<crate::types::CreateUserRequest>,
    ) -> crate::requests::CreateUser<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateUser {
                body: body.into(),
            },
        )
    }

    /// Get a user
    ///
    /// Returns a user, with their profiles in the organisations the signed-in agent can see.
    ///
    /// `GET /api/v1/users/{user_id}`
    ///
    /// # Arguments
    /// - `user_id`: Identifier of the user (usager·ère). (example: `123`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_user(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_user(&self, user_id: impl Into<i64>) -> crate::requests::GetUser<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetUser {
                user_id: user_id.into(),
            },
        )
    }

    /// Update a user
    ///
    /// Changes the given fields of a user; fields left out keep their value. The email of a
    /// user who confirmed their account cannot be changed (`422`).
    ///
    /// `PATCH /api/v1/users/{user_id}`
    ///
    /// # Arguments
    /// - `user_id`: Identifier of the user (usager·ère). (example: `123`)
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client, body: rdv_solidarites::UpdateUserRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_user(123, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_user(
        &self,
        user_id: impl Into<i64>,
        body: impl Into<crate::types::UpdateUserRequest>,
    ) -> crate::requests::UpdateUser<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateUser {
                user_id: user_id.into(),
                body: body.into(),
            },
        )
    }

    /// Get a user's RDV invitation token
    ///
    /// Sets (if needed) and returns the user's invitation token, with which the user can book an
    /// RDV. No request body.
    ///
    /// `POST /api/v1/users/{user_id}/rdv_invitation_token`
    ///
    /// # Arguments
    /// - `user_id`: Identifier of the user (usager·ère). (example: `123`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: rdv_solidarites::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_user_invitation(123).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_user_invitation(
        &self,
        user_id: impl Into<i64>,
    ) -> crate::requests::CreateUserInvitation<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateUserInvitation {
                user_id: user_id.into(),
            },
        )
    }
}
