//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_contacts`](crate::Client::list_contacts).
#[derive(Clone)]
pub struct ListContacts {
    pub(crate) filter_email: Option<String>,
    pub(crate) filter_from: Option<String>,
    pub(crate) filter_name: Option<String>,
    pub(crate) filter_first_name: Option<String>,
    pub(crate) filter_last_name: Option<String>,
    pub(crate) filter_phone_number: Option<String>,
    pub(crate) filter_with_tags: Option<String>,
    pub(crate) filter_to: Option<String>,
    pub(crate) filter_op: Option<crate::types::FilterOperator>,
    pub(crate) include: Option<String>,
    pub(crate) page_number: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) sort: Option<Vec<crate::types::ContactSort>>,
    pub(crate) filter_without_tags: Option<String>,
}

impl crate::requests::Operation for ListContacts {
    type Output = crate::types::ContactCollectionDocument;
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/contacts"));
        request
            .query(
                "filter[email]",
                &self.filter_email,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[from]",
                &self.filter_from,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[name]",
                &self.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[first-name]",
                &self.filter_first_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[last-name]",
                &self.filter_last_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[phone-number]",
                &self.filter_phone_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[with-tags]",
                &self.filter_with_tags,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[to]",
                &self.filter_to,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[op]",
                &self.filter_op,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "page[number]",
                &self.page_number,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "page[size]",
                &self.page_size,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, false);
        request
            .query(
                "filter[without-tags]",
                &self.filter_without_tags,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 406 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::create_contact`](crate::Client::create_contact).
#[derive(Clone)]
pub struct CreateContact {
    pub(crate) body: crate::types::ContactCreateDocument,
}

impl crate::requests::Operation for CreateContact {
    type Output = crate::types::ContactDocument;
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/contacts"));
        request.accept("application/vnd.api+json");
        request.path_template("/contacts");
        request.json("application/vnd.api+json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_contact`](crate::Client::get_contact).
#[derive(Clone)]
pub struct GetContact {
    pub(crate) id: uuid::Uuid,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for GetContact {
    type Output = crate::types::ContactDocument;
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/contacts/", &crate::runtime::path_param("id", &self.id)?].concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_contact`](crate::Client::update_contact).
#[derive(Clone)]
pub struct UpdateContact {
    pub(crate) id: uuid::Uuid,
    pub(crate) body: crate::types::ContactUpdateDocument,
}

impl crate::requests::Operation for UpdateContact {
    type Output = crate::types::ContactDocument;
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::PATCH,
                ["/contacts/", &crate::runtime::path_param("id", &self.id)?].concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}");
        request.json("application/vnd.api+json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_contact_profile_picture`](crate::Client::delete_contact_profile_picture).
#[derive(Clone)]
pub struct DeleteContactProfilePicture {
    pub(crate) id: uuid::Uuid,
}

impl crate::requests::Operation for DeleteContactProfilePicture {
    type Output = ();
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/contacts/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/profile-picture",
                ]
                    .concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}/profile-picture");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::upload_contact_profile_picture`](crate::Client::upload_contact_profile_picture).
pub struct UploadContactProfilePicture {
    pub(crate) id: uuid::Uuid,
    pub(crate) body: crate::types::UploadContactProfilePictureForm,
}

impl crate::requests::Operation for UploadContactProfilePicture {
    type Output = crate::types::ProfilePictureDocument;
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/contacts/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/profile-picture",
                ]
                    .concat(),
            );
        request.accept("application/vnd.api+json");
        request.path_template("/contacts/{id}/profile-picture");
        request.multipart(self.body.into_form()?);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}
