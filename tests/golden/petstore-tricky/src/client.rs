//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List pets
    ///
    /// `GET /pets`
    pub async fn list_pets(
        &self,
        params: &crate::types::ListPetsParams,
    ) -> Result<crate::types::PetPage, crate::Error<crate::types::Problem>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/pets"));
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[status]",
                &params.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("tags", &params.tags, crate::runtime::ParamStyle::Form, false);
        request
            .query(
                "page[number]",
                &params.page_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query("sort", &params.sort, crate::runtime::ParamStyle::DeepObject, false);
        request.header("X-Request-Id", &params.x_request_id);
        request.cookie("session", &params.session);
        request.accept("application/json, application/problem+json");
        request.path_template("/pets");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }

    /// `POST /pets`
    pub async fn create_pet(
        &self,
        body: &crate::types::CreatePetBody,
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Errors>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/pets"));
        request.accept("application/vnd.api+json");
        request.path_template("/pets");
        request.json("application/vnd.api+json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            422 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Récupérer un animal (by id).
    ///
    /// `GET /pets/{petId}`
    pub async fn recuperer_un_animal(
        &self,
        pet_id: i64,
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Problem>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/pets/", &crate::runtime::path_param("petId", &pet_id)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/pets/{petId}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete a pet
    ///
    /// `DELETE /pets/{petId}`
    pub async fn delete_a_pet(&self, pet_id: i64) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/pets/", &crate::runtime::path_param("petId", &pet_id)?].concat(),
            );
        request.path_template("/pets/{petId}");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `PATCH /pets/{petId}`
    pub async fn update_pet(
        &self,
        pet_id: i64,
        body: Option<&crate::types::NewPet>,
    ) -> Result<
        crate::types::UpdatePetResponse,
        crate::Error<crate::types::UpdatePetError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PATCH,
                ["/pets/", &crate::runtime::path_param("petId", &pet_id)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/pets/{petId}");
        if let Some(body) = body {
            request.json("application/merge-patch+json", body);
        }
        let response = request.send().await?;
        match response.status() {
            200 => Ok(crate::types::UpdatePetResponse::Ok(response.json()?)),
            202 => Ok(crate::types::UpdatePetResponse::Accepted),
            400 => Err(response.api_error(crate::types::UpdatePetError::BadRequest)),
            404 => Err(response.api_error(crate::types::UpdatePetError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }

    /// `PUT /pets/{petId}/photo`
    pub async fn put_pets_by_pet_id_photo(
        &self,
        pet_id: &str,
        body: crate::types::PutPetsByPetIdPhotoForm,
    ) -> Result<crate::Download, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::PUT,
                ["/pets/", &crate::runtime::path_param("petId", pet_id)?, "/photo"]
                    .concat(),
            );
        request.accept("image/png");
        request.stream_success();
        request.path_template("/pets/{petId}/photo");
        request.multipart(body.into_form()?);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /pets/{petId}/report{format}`
    pub async fn get_report(
        &self,
        pet_id: &str,
        format: &crate::types::GetReportFormat,
        params: &crate::types::GetReportParams,
    ) -> Result<crate::Download, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/pets/",
                    &crate::runtime::path_param("petId", pet_id)?,
                    "/report",
                    &crate::runtime::path_param_styled(
                        "format",
                        format,
                        crate::runtime::ParamStyle::Label,
                        false,
                    )?,
                ]
                    .concat(),
            );
        request
            .query(
                "pages",
                &params.pages,
                crate::runtime::ParamStyle::PipeDelimited,
                false,
            );
        request.query("range", &params.range, crate::runtime::ParamStyle::Form, true);
        request.accept("application/pdf");
        request.stream_success();
        request.path_template("/pets/{petId}/report{format}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /raw`
    pub async fn self_(
        &self,
        body: Option<reqwest::Body>,
    ) -> Result<String, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/raw"));
        request.accept("text/plain");
        request.path_template("/raw");
        if let Some(body) = body {
            request.bytes("application/octet-stream", body);
        }
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.text()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /forms`
    pub async fn result(
        &self,
        body: &crate::types::ResultBody,
    ) -> Result<serde_json::Value, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/forms"));
        request.accept("application/json");
        request.path_template("/forms");
        request.form(body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /types/{type}/{self}`
    pub async fn get_types_by_type_by_self(
        &self,
        type_: &str,
        self_: &str,
        crate_: bool,
        params: &crate::types::GetTypesByTypeBySelfParams,
    ) -> Result<crate::types::Node, crate::Error<crate::types::Problem>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/types/",
                    &crate::runtime::path_param("type", type_)?,
                    "/",
                    &crate::runtime::path_param("self", self_)?,
                ]
                    .concat(),
            );
        request.query("crate", &crate_, crate::runtime::ParamStyle::Form, true);
        request.query("Self", &params.self_, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/types/{type}/{self}");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(response.json()?),
            400..=499 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}
