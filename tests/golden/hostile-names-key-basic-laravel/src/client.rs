//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Open a session (Docker Engine has one too).
    ///
    /// `POST /session`
    pub async fn post_session(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/session"));
        request.path_template("/session");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /sign_in`
    pub async fn sign_in(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/sign_in"));
        request.path_template("/sign_in");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /auth/sign_in`
    pub async fn auth_sign_in(
        &self,
        body: Option<&crate::types::AuthSignInBody>,
    ) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/auth/sign_in"));
        request.path_template("/auth/sign_in");
        if let Some(body) = body {
            request.json("application/json", body);
        }
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /signed-in`
    pub async fn is_signed_in(&self) -> Result<bool, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/signed-in"));
        request.accept("application/json");
        request.path_template("/signed-in");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /builder`
    pub async fn get_builder(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/builder"));
        request.path_template("/builder");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /new`
    pub async fn post_new(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/new"));
        request.path_template("/new");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /base-url`
    pub async fn get_base_url(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/base-url"));
        request.path_template("/base-url");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /request`
    pub async fn get_request(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/request"));
        request.path_template("/request");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /clone`
    pub async fn get_clone(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/clone"));
        request.path_template("/clone");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /api-key`
    pub async fn api_key(
        &self,
        x_api_key: &str,
        account_id: i64,
        params: &crate::types::ApiKeyParams,
    ) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/api-key"));
        request.header("X-API-Key", x_api_key);
        request.query("AccountID", &account_id, crate::runtime::ParamStyle::Form, true);
        request.header("Accept-Language", &params.accept_language);
        request.header("access-token", &params.access_token);
        request.path_template("/api-key");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /bearer-token`
    pub async fn bearer_token(&self) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/bearer-token"));
        request.path_template("/bearer-token");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /language`
    pub async fn language(&self) -> Result<crate::types::Language, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/language"));
        request.accept("application/json");
        request.path_template("/language");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /pets`
    pub async fn list_pets(
        &self,
        params: &crate::types::ListPetsParams,
    ) -> Result<crate::types::PetPage, crate::Error<crate::types::Error2>> {
        self.list_pets_page(params).await.map(|(body, _)| body)
    }

    /// [`list_pets`](Self::list_pets), with what the pagination stream reads of the response.
    pub(crate) async fn list_pets_page(
        &self,
        params: &crate::types::ListPetsParams,
    ) -> Result<
        (crate::types::PetPage, crate::runtime::PageInfo),
        crate::Error<crate::types::Error2>,
    > {
        let mut request = self.request(reqwest::Method::GET, String::from("/pets"));
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
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/pets");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            400..=499 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Runs of statuses sharing an arm (Kubernetes' document has 80 of them).
    ///
    /// `GET /statuses`
    pub async fn statuses(
        &self,
    ) -> Result<crate::types::Pet, crate::Error<crate::types::Error2>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/statuses"));
        request.accept("application/json");
        request.path_template("/statuses");
        let response = request.send().await?;
        match response.status() {
            200..=202 => Ok(response.json()?),
            400..=502 | 504 => Err(response.unexpected()),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }

    /// `GET /pets/stream`
    pub async fn list_pets_stream(&self) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/pets/stream"));
        request.path_template("/pets/stream");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /pets/all`
    pub async fn list_pets_all(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/pets/all"));
        request.path_template("/pets/all");
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /self/{self}`
    pub async fn self_(
        &self,
        self_: &crate::types::Self2,
    ) -> Result<crate::types::Self3, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/self/", &crate::runtime::path_param("self", self_)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/self/{self}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
