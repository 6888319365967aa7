//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List contacts
    ///
    /// High-level, cross-connector contacts, one page at a time (`page[number]`, `page[size]`). Filters combine with `filter[op]` (`and` by default).
    ///
    /// `GET /contacts`
    pub async fn list_contacts(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> Result<
        crate::types::ContactCollectionDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        self.list_contacts_page(params).await.map(|(body, _)| body)
    }

    /// [`list_contacts`](Self::list_contacts), with what the pagination stream reads of the response.
    pub(crate) async fn list_contacts_page(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> Result<
        (crate::types::ContactCollectionDocument, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorDocument>,
    > {
        let mut request = self.request(reqwest::Method::GET, String::from("/contacts"));
        request
            .query(
                "filter[email]",
                &params.filter_email,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[from]",
                &params.filter_from,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[name]",
                &params.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[first-name]",
                &params.filter_first_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[last-name]",
                &params.filter_last_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[phone-number]",
                &params.filter_phone_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[with-tags]",
                &params.filter_with_tags,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[to]",
                &params.filter_to,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[op]",
                &params.filter_op,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "page[number]",
                &params.page_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "page[size]",
                &params.page_size,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, false);
        request
            .query(
                "filter[without-tags]",
                &params.filter_without_tags,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 406 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a contact
    ///
    /// Creates a contact. `email`, `name` and `phone-number` are required; existing notes can be attached through the `notes` relationship.
    ///
    /// `POST /contacts`
    pub async fn create_contact(
        &self,
        body: &crate::types::ContactCreateDocument,
    ) -> Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        let mut request = self.request(reqwest::Method::POST, String::from("/contacts"));
        request.accept("application/vnd.api+json");
        request.path_template("/contacts");
        request.json("application/vnd.api+json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Get a contact
    ///
    /// One contact, with the related resources named in `include`.
    ///
    /// `GET /contacts/{id}`
    pub async fn get_contact(
        &self,
        id: uuid::Uuid,
        params: &crate::types::GetContactParams,
    ) -> Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/contacts/", &crate::runtime::path_param("id", &id)?].concat(),
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Update a contact
    ///
    /// Updates a contact. The published document requires `email`, `name` and `phone-number` on every update, so send the current values of those you do not change. `data.id` must be the `id` of the path.
    ///
    /// `PATCH /contacts/{id}`
    pub async fn update_contact(
        &self,
        id: uuid::Uuid,
        body: &crate::types::ContactUpdateDocument,
    ) -> Result<
        crate::types::ContactDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PATCH,
                ["/contacts/", &crate::runtime::path_param("id", &id)?].concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}");
        request.json("application/vnd.api+json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Delete a contact's profile picture
    ///
    /// Removes the contact's profile picture; its `profile-picture` attribute becomes null.
    ///
    /// `DELETE /contacts/{id}/profile-picture`
    pub async fn delete_contact_profile_picture(
        &self,
        id: uuid::Uuid,
    ) -> Result<(), crate::Error<crate::types::ErrorDocument>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/contacts/",
                    &crate::runtime::path_param("id", &id)?,
                    "/profile-picture",
                ]
                    .concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}/profile-picture");
        let response = request.send().await?;
        match response.status() {
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Upload a contact's profile picture
    ///
    /// Replaces the contact's profile picture with the uploaded image. This is the API's one `multipart/form-data` request; the response is still JSON:API. Accepted image types and size limits are not documented.
    ///
    /// `POST /contacts/{id}/profile-picture`
    pub async fn upload_contact_profile_picture(
        &self,
        id: uuid::Uuid,
        body: crate::types::UploadContactProfilePictureForm,
    ) -> Result<
        crate::types::ProfilePictureDocument,
        crate::Error<crate::types::ErrorDocument>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/contacts/",
                    &crate::runtime::path_param("id", &id)?,
                    "/profile-picture",
                ]
                    .concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}/profile-picture");
        request.multipart(body.into_form()?);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}
