//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Open a session (Docker Engine has one too).
    ///
    /// `POST /session`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.post_session().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn post_session(&self) -> crate::requests::PostSession<'_> {
        crate::requests::Call::new(self, crate::operations::PostSession {})
    }

    /// `POST /sign_in`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.sign_in().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn sign_in(&self) -> crate::requests::SignIn<'_> {
        crate::requests::Call::new(self, crate::operations::SignIn {})
    }

    /// `POST /auth/sign_in`
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::AuthSignIn::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.auth_sign_in().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn auth_sign_in(&self) -> crate::requests::AuthSignIn<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::AuthSignIn {
                body: None,
            },
        )
    }

    /// `GET /signed-in`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.is_signed_in().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_signed_in(&self) -> crate::requests::IsSignedIn<'_> {
        crate::requests::Call::new(self, crate::operations::IsSignedIn {})
    }

    /// `GET /builder`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_builder().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_builder(&self) -> crate::requests::GetBuilder<'_> {
        crate::requests::Call::new(self, crate::operations::GetBuilder {})
    }

    /// `POST /new`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.post_new().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn post_new(&self) -> crate::requests::PostNew<'_> {
        crate::requests::Call::new(self, crate::operations::PostNew {})
    }

    /// `GET /base-url`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_base_url().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_base_url(&self) -> crate::requests::GetBaseUrl<'_> {
        crate::requests::Call::new(self, crate::operations::GetBaseUrl {})
    }

    /// `GET /request`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_request().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_request(&self) -> crate::requests::GetRequest<'_> {
        crate::requests::Call::new(self, crate::operations::GetRequest {})
    }

    /// `GET /clone`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_clone().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_clone(&self) -> crate::requests::GetClone<'_> {
        crate::requests::Call::new(self, crate::operations::GetClone {})
    }

    /// `GET /api-key`
    ///
    /// # Arguments
    /// - `key`
    ///
    /// Optional parameters are setters of the returned request: [`access_token`](crate::requests::ApiKey::access_token).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.api_key("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn api_key(&self, key: impl Into<String>) -> crate::requests::ApiKey<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ApiKey {
                key: key.into(),
                access_token: None,
            },
        )
    }

    /// `GET /bearer-token`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.bearer_token().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn bearer_token(&self) -> crate::requests::BearerToken<'_> {
        crate::requests::Call::new(self, crate::operations::BearerToken {})
    }

    /// `GET /language`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.language().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn language(&self) -> crate::requests::Language<'_> {
        crate::requests::Call::new(self, crate::operations::Language {})
    }

    /// `GET /pets`
    ///
    /// Optional parameters are setters of the returned request: [`page_number`](crate::requests::ListPets::page_number), [`page_size`](crate::requests::ListPets::page_size), [`page`](crate::requests::ListPets::page), [`per_page`](crate::requests::ListPets::per_page), [`offset`](crate::requests::ListPets::offset), [`limit`](crate::requests::ListPets::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_pets().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets(&self) -> crate::requests::ListPets<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListPets {
                page_number: None,
                page_size: None,
                page: None,
                per_page: None,
                offset: None,
                limit: None,
            },
        )
    }

    /// Runs of statuses sharing an arm (Kubernetes' document has 80 of them).
    ///
    /// `GET /statuses`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.statuses().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn statuses(&self) -> crate::requests::Statuses<'_> {
        crate::requests::Call::new(self, crate::operations::Statuses {})
    }

    /// `GET /pets/stream`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_pets_stream().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets_stream(&self) -> crate::requests::ListPetsStream<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListPetsStream {
            },
        )
    }

    /// `GET /pets/all`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_pets_all().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets_all(&self) -> crate::requests::ListPetsAll<'_> {
        crate::requests::Call::new(self, crate::operations::ListPetsAll {})
    }

    /// `GET /self/{self}`
    ///
    /// # Arguments
    /// - `self_`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: hostile_names_key_account_offset_limit::Client, self_: hostile_names_key_account_offset_limit::Self2) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.self_(self_).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn self_(
        &self,
        self_: impl Into<crate::types::Self2>,
    ) -> crate::requests::Self2<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::Self2 {
                self_: self_.into(),
            },
        )
    }
}
