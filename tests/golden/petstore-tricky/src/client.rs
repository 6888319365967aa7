//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List pets
    ///
    /// `GET /pets`
    ///
    /// Optional parameters are setters of the returned request: [`limit`](crate::requests::ListPets::limit), [`filter_status`](crate::requests::ListPets::filter_status), [`tags`](crate::requests::ListPets::tags), [`page_number`](crate::requests::ListPets::page_number), [`sort`](crate::requests::ListPets::sort), [`x_request_id`](crate::requests::ListPets::x_request_id), [`session`](crate::requests::ListPets::session).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_pets().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets(&self) -> crate::requests::ListPets<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListPets {
                limit: None,
                filter_status: None,
                tags: None,
                page_number: None,
                sort: None,
                x_request_id: None,
                session: None,
            },
        )
    }

    /// `POST /pets`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/vnd.api+json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client, body: petstore_tricky::CreatePetBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_pet(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_pet(
        &self,
        body: impl Into<crate::types::CreatePetBody>,
    ) -> crate::requests::CreatePet<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreatePet {
                body: body.into(),
            },
        )
    }

    /// Récupérer un animal (by id).
    ///
    /// `GET /pets/{petId}`
    ///
    /// # Arguments
    /// - `pet_id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.recuperer_un_animal(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn recuperer_un_animal(
        &self,
        pet_id: impl Into<i64>,
    ) -> crate::requests::RecupererUnAnimal<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::RecupererUnAnimal {
                pet_id: pet_id.into(),
            },
        )
    }

    /// Delete a pet
    ///
    /// `DELETE /pets/{petId}`
    ///
    /// # Arguments
    /// - `pet_id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_a_pet(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_a_pet(
        &self,
        pet_id: impl Into<i64>,
    ) -> crate::requests::DeleteAPet<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteAPet {
                pet_id: pet_id.into(),
            },
        )
    }

    /// `PATCH /pets/{petId}`
    ///
    /// # Arguments
    /// - `pet_id`
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::UpdatePet::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_pet(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_pet(&self, pet_id: impl Into<i64>) -> crate::requests::UpdatePet<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdatePet {
                pet_id: pet_id.into(),
                body: None,
            },
        )
    }

    /// `PUT /pets/{petId}/photo`
    ///
    /// # Arguments
    /// - `pet_id`
    /// - `body`: the request body (`multipart/form-data`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client, body: petstore_tricky::PutPetsByPetIdPhotoForm) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.put_pets_by_pet_id_photo("id", body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn put_pets_by_pet_id_photo(
        &self,
        pet_id: impl Into<String>,
        body: impl Into<crate::types::PutPetsByPetIdPhotoForm>,
    ) -> crate::requests::PutPetsByPetIdPhoto<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::PutPetsByPetIdPhoto {
                pet_id: pet_id.into(),
                body: body.into(),
            },
        )
    }

    /// `GET /pets/{petId}/report{format}`
    ///
    /// # Arguments
    /// - `pet_id`
    /// - `format`
    ///
    /// Optional parameters are setters of the returned request: [`pages_2`](crate::requests::GetReport::pages_2), [`range`](crate::requests::GetReport::range).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client, format: petstore_tricky::GetReportFormat) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_report("id", format).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_report(
        &self,
        pet_id: impl Into<String>,
        format: impl Into<crate::types::GetReportFormat>,
    ) -> crate::requests::GetReport<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetReport {
                pet_id: pet_id.into(),
                format: format.into(),
                pages_2: None,
                range: None,
            },
        )
    }

    /// `POST /raw`
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::Self2::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.self_().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn self_(&self) -> crate::requests::Self2<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::Self2 {
                body: None,
            },
        )
    }

    /// `POST /forms`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/x-www-form-urlencoded`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client, body: petstore_tricky::ResultBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.result(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn result(
        &self,
        body: impl Into<crate::types::ResultBody>,
    ) -> crate::requests::Result2<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::Result2 {
                body: body.into(),
            },
        )
    }

    /// `GET /types/{type}/{self}`
    ///
    /// # Arguments
    /// - `type_`
    /// - `self_`
    /// - `crate_`
    ///
    /// Optional parameters are setters of the returned request: [`self_2`](crate::requests::GetTypesByTypeBySelf::self_2).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: petstore_tricky::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_types_by_type_by_self("id", "id", true).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_types_by_type_by_self(
        &self,
        type_: impl Into<String>,
        self_: impl Into<String>,
        crate_: impl Into<bool>,
    ) -> crate::requests::GetTypesByTypeBySelf<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetTypesByTypeBySelf {
                type_: type_.into(),
                self_: self_.into(),
                crate_: crate_.into(),
                self_2: None,
            },
        )
    }
}
