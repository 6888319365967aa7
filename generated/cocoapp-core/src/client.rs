//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List contacts
    ///
    /// High-level, cross-connector contacts, one page at a time (`page[number]`, `page[size]`). Filters combine with `filter[op]` (`and` by default).
    ///
    /// `GET /contacts`
    ///
    /// Optional parameters are setters of the returned request: [`filter_email`](crate::requests::ListContacts::filter_email), [`filter_from`](crate::requests::ListContacts::filter_from), [`filter_name`](crate::requests::ListContacts::filter_name), [`filter_first_name`](crate::requests::ListContacts::filter_first_name), [`filter_last_name`](crate::requests::ListContacts::filter_last_name), [`filter_phone_number`](crate::requests::ListContacts::filter_phone_number), [`filter_with_tags`](crate::requests::ListContacts::filter_with_tags), [`filter_to`](crate::requests::ListContacts::filter_to), [`filter_op`](crate::requests::ListContacts::filter_op), [`include`](crate::requests::ListContacts::include), [`page_number`](crate::requests::ListContacts::page_number), [`page_size`](crate::requests::ListContacts::page_size), [`sort`](crate::requests::ListContacts::sort), [`filter_without_tags`](crate::requests::ListContacts::filter_without_tags).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_core::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_contacts().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_contacts(&self) -> crate::requests::ListContacts<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListContacts {
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
            },
        )
    }

    /// Create a contact
    ///
    /// Creates a contact. `email`, `name` and `phone-number` are required; existing notes can be attached through the `notes` relationship.
    ///
    /// `POST /contacts`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/vnd.api+json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_core::Client, body: cocoapp_core::ContactCreateDocument) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_contact(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_contact(
        &self,
        body: impl Into<crate::types::ContactCreateDocument>,
    ) -> crate::requests::CreateContact<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateContact {
                body: body.into(),
            },
        )
    }

    /// Get a contact
    ///
    /// One contact, with the related resources named in `include`.
    ///
    /// `GET /contacts/{id}`
    ///
    /// # Arguments
    /// - `id`: The contact's UUID.
    ///
    /// Optional parameters are setters of the returned request: [`include`](crate::requests::GetContact::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_core::Client, id: uuid::Uuid) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_contact(id).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_contact(
        &self,
        id: impl Into<uuid::Uuid>,
    ) -> crate::requests::GetContact<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetContact {
                id: id.into(),
                include: None,
            },
        )
    }

    /// Update a contact
    ///
    /// Updates a contact. The published document requires `email`, `name` and `phone-number` on every update, so send the current values of those you do not change. `data.id` must be the `id` of the path.
    ///
    /// `PATCH /contacts/{id}`
    ///
    /// # Arguments
    /// - `id`: The contact's UUID.
    /// - `body`: the request body (`application/vnd.api+json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_core::Client, id: uuid::Uuid, body: cocoapp_core::ContactUpdateDocument) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_contact(id, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_contact(
        &self,
        id: impl Into<uuid::Uuid>,
        body: impl Into<crate::types::ContactUpdateDocument>,
    ) -> crate::requests::UpdateContact<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateContact {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// Delete a contact's profile picture
    ///
    /// Removes the contact's profile picture; its `profile-picture` attribute becomes null.
    ///
    /// `DELETE /contacts/{id}/profile-picture`
    ///
    /// # Arguments
    /// - `id`: The contact's UUID.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_core::Client, id: uuid::Uuid) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_contact_profile_picture(id).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_contact_profile_picture(
        &self,
        id: impl Into<uuid::Uuid>,
    ) -> crate::requests::DeleteContactProfilePicture<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteContactProfilePicture {
                id: id.into(),
            },
        )
    }

    /// Upload a contact's profile picture
    ///
    /// Replaces the contact's profile picture with the uploaded image. This is the API's one `multipart/form-data` request; the response is still JSON:API. Accepted image types and size limits are not documented.
    ///
    /// `POST /contacts/{id}/profile-picture`
    ///
    /// # Arguments
    /// - `id`: The contact's UUID.
    /// - `body`: the request body (`multipart/form-data`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_core::Client, id: uuid::Uuid, body: cocoapp_core::UploadContactProfilePictureForm) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.upload_contact_profile_picture(id, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_contact_profile_picture(
        &self,
        id: impl Into<uuid::Uuid>,
        body: impl Into<crate::types::UploadContactProfilePictureForm>,
    ) -> crate::requests::UploadContactProfilePicture<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UploadContactProfilePicture {
                id: id.into(),
                body: body.into(),
            },
        )
    }
}
