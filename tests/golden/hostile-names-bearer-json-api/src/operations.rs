//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::post_session`](crate::Client::post_session).
#[derive(Clone)]
pub struct PostSession {}
impl crate::requests::Operation for PostSession {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/session"));
        request.path_template("/session");
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

/// The parameters of [`Client::sign_in`](crate::Client::sign_in).
#[derive(Clone)]
pub struct SignIn {}
impl crate::requests::Operation for SignIn {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/sign_in"));
        request.path_template("/sign_in");
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

/// The parameters of [`Client::auth_sign_in`](crate::Client::auth_sign_in).
#[derive(Clone)]
pub struct AuthSignIn {
    pub(crate) body: Option<crate::types::AuthSignInBody>,
}

impl crate::requests::Operation for AuthSignIn {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/auth/sign_in"));
        request.path_template("/auth/sign_in");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
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

/// The parameters of [`Client::is_signed_in`](crate::Client::is_signed_in).
#[derive(Clone)]
pub struct IsSignedIn {}
impl crate::requests::Operation for IsSignedIn {
    type Output = bool;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/signed-in"));
        request.accept("application/json");
        request.path_template("/signed-in");
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

/// The parameters of [`Client::get_builder`](crate::Client::get_builder).
#[derive(Clone)]
pub struct GetBuilder {}
impl crate::requests::Operation for GetBuilder {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/builder"));
        request.path_template("/builder");
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

/// The parameters of [`Client::post_new`](crate::Client::post_new).
#[derive(Clone)]
pub struct PostNew {}
impl crate::requests::Operation for PostNew {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/new"));
        request.path_template("/new");
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

/// The parameters of [`Client::get_base_url`](crate::Client::get_base_url).
#[derive(Clone)]
pub struct GetBaseUrl {}
impl crate::requests::Operation for GetBaseUrl {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/base-url"));
        request.path_template("/base-url");
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

/// The parameters of [`Client::get_request`](crate::Client::get_request).
#[derive(Clone)]
pub struct GetRequest {}
impl crate::requests::Operation for GetRequest {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/request"));
        request.path_template("/request");
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

/// The parameters of [`Client::get_clone`](crate::Client::get_clone).
#[derive(Clone)]
pub struct GetClone {}
impl crate::requests::Operation for GetClone {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/clone"));
        request.path_template("/clone");
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

/// The parameters of [`Client::api_key`](crate::Client::api_key).
#[derive(Clone)]
pub struct ApiKey {
    pub(crate) x_api_key: String,
    pub(crate) account_id: i64,
    pub(crate) key: String,
    pub(crate) accept_language: Option<String>,
    pub(crate) access_token: Option<String>,
}

impl crate::requests::Operation for ApiKey {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/api-key"));
        request.header("X-API-Key", &self.x_api_key);
        request
            .query(
                "AccountID",
                &self.account_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("key", &self.key, crate::runtime::ParamStyle::Form, true);
        request.header("Accept-Language", &self.accept_language);
        request.header("access-token", &self.access_token);
        request.path_template("/api-key");
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

/// The parameters of [`Client::bearer_token`](crate::Client::bearer_token).
#[derive(Clone)]
pub struct BearerToken {}
impl crate::requests::Operation for BearerToken {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/bearer-token"));
        request.path_template("/bearer-token");
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

/// The parameters of [`Client::language`](crate::Client::language).
#[derive(Clone)]
pub struct Language {}
impl crate::requests::Operation for Language {
    type Output = crate::types::Language;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/language"));
        request.accept("application/json");
        request.path_template("/language");
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

/// The parameters of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Clone)]
pub struct ListPets {
    pub(crate) page_number: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) offset: Option<i64>,
    pub(crate) limit: Option<i64>,
}

impl crate::requests::Operation for ListPets {
    type Output = crate::types::PetPage;
    type Error = crate::types::Error2;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/pets"));
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
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/pets");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400..=499 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::statuses`](crate::Client::statuses).
#[derive(Clone)]
pub struct Statuses {}
impl crate::requests::Operation for Statuses {
    type Output = crate::types::Pet;
    type Error = crate::types::Error2;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/statuses"));
        request.accept("application/json");
        request.path_template("/statuses");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200..=202 => Ok(response.json()?),
            400..=502 | 504 => Err(response.unexpected()),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}

/// The parameters of [`Client::list_pets_stream`](crate::Client::list_pets_stream).
#[derive(Clone)]
pub struct ListPetsStream {}
impl crate::requests::Operation for ListPetsStream {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/pets/stream"));
        request.path_template("/pets/stream");
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

/// The parameters of [`Client::list_pets_all`](crate::Client::list_pets_all).
#[derive(Clone)]
pub struct ListPetsAll {}
impl crate::requests::Operation for ListPetsAll {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/pets/all"));
        request.path_template("/pets/all");
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

/// The parameters of [`Client::self_`](crate::Client::self_).
#[derive(Clone)]
pub struct Self2 {
    pub(crate) self_: crate::types::Self2,
}

impl crate::requests::Operation for Self2 {
    type Output = crate::types::Self3;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/self/", &crate::runtime::path_param("self", &self.self_)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/self/{self}");
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
