//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Clone)]
pub struct ListPets {
    pub(crate) limit: Option<i32>,
    pub(crate) filter_status: Option<crate::types::PetStatus>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) page_number: Option<i64>,
    pub(crate) sort: Option<std::collections::BTreeMap<String, String>>,
    pub(crate) x_request_id: Option<uuid::Uuid>,
    pub(crate) session: Option<String>,
}

impl crate::requests::Operation for ListPets {
    type Output = crate::types::PetPage;
    type Error = crate::types::Problem;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/pets"));
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}

/// The parameters of [`Client::create_pet`](crate::Client::create_pet).
#[derive(Clone)]
pub struct CreatePet {
    pub(crate) body: crate::types::CreatePetBody,
}

impl crate::requests::Operation for CreatePet {
    type Output = crate::types::Pet;
    type Error = crate::types::Errors;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/pets"));
        request.accept("application/vnd.api+json");
        request.path_template("/pets");
        request.json("application/vnd.api+json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            422 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::recuperer_un_animal`](crate::Client::recuperer_un_animal).
#[derive(Clone)]
pub struct RecupererUnAnimal {
    pub(crate) pet_id: i64,
}

impl crate::requests::Operation for RecupererUnAnimal {
    type Output = crate::types::Pet;
    type Error = crate::types::Problem;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/pets/{petId}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_a_pet`](crate::Client::delete_a_pet).
#[derive(Clone)]
pub struct DeleteAPet {
    pub(crate) pet_id: i64,
}

impl crate::requests::Operation for DeleteAPet {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?].concat(),
            );
        request.path_template("/pets/{petId}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_pet`](crate::Client::update_pet).
#[derive(Clone)]
pub struct UpdatePet {
    pub(crate) pet_id: i64,
    pub(crate) body: Option<crate::types::NewPet>,
}

impl crate::requests::Operation for UpdatePet {
    type Output = crate::types::UpdatePetResponse;
    type Error = crate::types::UpdatePetError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::PATCH,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/pets/{petId}");
        if let Some(body) = self.body {
            request.json("application/merge-patch+json", &body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(crate::types::UpdatePetResponse::Ok(response.json()?)),
            202 => Ok(crate::types::UpdatePetResponse::Accepted),
            400 => Err(response.api_error(crate::types::UpdatePetError::BadRequest)),
            404 => Err(response.api_error(crate::types::UpdatePetError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::put_pets_by_pet_id_photo`](crate::Client::put_pets_by_pet_id_photo).
pub struct PutPetsByPetIdPhoto {
    pub(crate) pet_id: String,
    pub(crate) body: crate::types::PutPetsByPetIdPhotoForm,
}

impl crate::requests::Operation for PutPetsByPetIdPhoto {
    type Output = crate::Download;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::PUT,
                ["/pets/", &crate::runtime::path_param("petId", &self.pet_id)?, "/photo"]
                    .concat(),
            );
        request.accept("image/png");
        request.stream_success();
        request.path_template("/pets/{petId}/photo");
        request.multipart(self.body.into_form()?);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_report`](crate::Client::get_report).
#[derive(Clone)]
pub struct GetReport {
    pub(crate) pet_id: String,
    pub(crate) format: crate::types::GetReportFormat,
    pub(crate) pages_2: Option<Vec<i64>>,
    pub(crate) range: Option<String>,
}

impl crate::requests::Operation for GetReport {
    type Output = crate::Download;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::self_`](crate::Client::self_).
pub struct Self2 {
    pub(crate) body: Option<reqwest::Body>,
}

impl crate::requests::Operation for Self2 {
    type Output = String;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/raw"));
        request.accept("text/plain");
        request.path_template("/raw");
        if let Some(body) = self.body {
            request.bytes("application/octet-stream", body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.text()?),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::result`](crate::Client::result).
#[derive(Clone)]
pub struct Result2 {
    pub(crate) body: crate::types::ResultBody,
}

impl crate::requests::Operation for Result2 {
    type Output = serde_json::Value;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/forms"));
        request.accept("application/json");
        request.path_template("/forms");
        request.form(&self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_types_by_type_by_self`](crate::Client::get_types_by_type_by_self).
#[derive(Clone)]
pub struct GetTypesByTypeBySelf {
    pub(crate) type_: String,
    pub(crate) self_: String,
    pub(crate) crate_: bool,
    pub(crate) self_2: Option<String>,
}

impl crate::requests::Operation for GetTypesByTypeBySelf {
    type Output = crate::types::Node;
    type Error = crate::types::Problem;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200..=299 => Ok(response.json()?),
            400..=499 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}
