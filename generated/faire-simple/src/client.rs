//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Subscribe or unsubscribe a partner
    ///
    /// Updates the "partenaire" status of a user in faire-simple's database: registered
    /// (inscrit, `action` = 1) or unregistered (désinscrit, `action` = 0). The documentation does not
    /// describe the response; any body is ignored.
    ///
    /// `POST /users/{uid}/statut`
    ///
    /// # Arguments
    /// - `uid`: Unique identifier of the partner in faire-simple's database. (example: `"1234"`)
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client, body: faire_simple::StatusRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.set_partner_status("1234", body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_partner_status(
        &self,
        uid: impl Into<String>,
        body: impl Into<crate::types::StatusRequest>,
    ) -> crate::requests::SetPartnerStatus<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SetPartnerStatus {
                uid: uid.into(),
                body: body.into(),
            },
        )
    }

    /// Get one partner
    ///
    /// Returns the "mon compte" (my account) information of a partner (section 5.1,
    /// "Récupération d'un associé"), in real time. The documentation only says the response is JSON and
    /// is cut short before describing its fields, so the body is a free-form JSON object.
    ///
    /// `GET /users/{uid}`
    ///
    /// # Arguments
    /// - `uid`: Unique identifier of the partner in faire-simple's database. (example: `"1234"`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_partner("1234").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_partner(
        &self,
        uid: impl Into<String>,
    ) -> crate::requests::GetPartner<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetPartner {
                uid: uid.into(),
            },
        )
    }

    /// List all partners
    ///
    /// "Récupération de tous les partenaires". Inferred: the documentation is cut short and only names
    /// this flow in its table of contents; the path (the collection of `/users/{uid}`) and
    /// the response (a JSON array of partner objects) are assumptions.
    ///
    /// `GET /users`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_partners().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_partners(&self) -> crate::requests::ListPartners<'_> {
        crate::requests::Call::new(self, crate::operations::ListPartners {})
    }

    /// List the themes
    ///
    /// "Récupération des thématiques". Inferred: the documentation is cut short and only names this
    /// flow in its table of contents; the path and the response (a JSON array of theme
    /// objects) are assumptions.
    ///
    /// `GET /thematiques`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_themes().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_themes(&self) -> crate::requests::ListThemes<'_> {
        crate::requests::Call::new(self, crate::operations::ListThemes {})
    }

    /// Get the full global refresh
    ///
    /// "Flux d'actualisation globale totale": every piece of data the third-party application
    /// needs, in one response. Inferred: the documentation is cut short and only names this flow in its
    /// table of contents; the path and the response (a free-form JSON document) are
    /// assumptions.
    ///
    /// `GET /actualisation`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_global_refresh().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_global_refresh(&self) -> crate::requests::GetGlobalRefresh<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetGlobalRefresh {
            },
        )
    }

    /// Get the global refresh of one semester
    ///
    /// "Flux d'actualisation globale par semestre": the global refresh restricted to one
    /// semester. Inferred: the documentation is cut short and only names this flow in its table of
    /// contents; the path, the `annee`/`semestre` parameters and the response (a free-form
    /// JSON document) are assumptions.
    ///
    /// `GET /actualisation/semestre`
    ///
    /// # Arguments
    /// - `annee`: Year of the semester, e.g. `2016` (inferred parameter). (example: `2016`)
    /// - `semestre`: Semester of the year, 1 (January–June) or 2 (July–December) (inferred parameter). (example: `1`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client, semestre: faire_simple::Semester) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_semester_refresh(2016, semestre).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_semester_refresh(
        &self,
        annee: impl Into<i32>,
        semestre: impl Into<crate::types::Semester>,
    ) -> crate::requests::GetSemesterRefresh<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetSemesterRefresh {
                annee: annee.into(),
                semestre: semestre.into(),
            },
        )
    }

    /// List the campaigns
    ///
    /// "Récupération des campagnes" (consultation campaigns). Inferred: the documentation is cut short
    /// and only names this flow in its table of contents; the path and the response (a JSON
    /// array of campaign objects) are assumptions.
    ///
    /// `GET /campagnes`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_campaigns().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_campaigns(&self) -> crate::requests::ListCampaigns<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListCampaigns {
            },
        )
    }

    /// List the proposals
    ///
    /// "Récupération des propositions" (proposals made on the platform). Inferred: the documentation is
    /// cut short and only names this flow in its table of contents; the path and the response
    /// (a JSON array of proposal objects) are assumptions.
    ///
    /// `GET /propositions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: faire_simple::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_proposals().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_proposals(&self) -> crate::requests::ListProposals<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListProposals {
            },
        )
    }
}
