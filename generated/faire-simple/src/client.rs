//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Subscribe or unsubscribe a partner
    ///
    /// Updates the "partenaire" status of a user in faire-simple's database: registered
    /// (inscrit, `action` = 1) or unregistered (désinscrit, `action` = 0). The documentation does not
    /// describe the response; any body is ignored.
    ///
    /// `POST /users/{uid}/statut`
    pub async fn set_partner_status(
        &self,
        uid: &str,
        body: &crate::types::StatusRequest,
    ) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                ["/users/", &crate::runtime::path_param("uid", uid)?, "/statut"].concat(),
            );
        request.path_template("/users/{uid}/statut");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Get one partner
    ///
    /// Returns the "mon compte" (my account) information of a partner (section 5.1,
    /// "Récupération d'un associé"), in real time. The documentation only says the response is JSON and
    /// is cut short before describing its fields, so the body is a free-form JSON object.
    ///
    /// `GET /users/{uid}`
    pub async fn get_partner(
        &self,
        uid: &str,
    ) -> Result<crate::types::Partner, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/users/", &crate::runtime::path_param("uid", uid)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/users/{uid}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// List all partners
    ///
    /// "Récupération de tous les partenaires". Inferred: the documentation is cut short and only names
    /// this flow in its table of contents; the path (the collection of `/users/{uid}`) and
    /// the response (a JSON array of partner objects) are assumptions.
    ///
    /// `GET /users`
    pub async fn list_partners(
        &self,
    ) -> Result<Vec<crate::types::Partner>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/users"));
        request.accept("application/json");
        request.path_template("/users");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// List the themes
    ///
    /// "Récupération des thématiques". Inferred: the documentation is cut short and only names this
    /// flow in its table of contents; the path and the response (a JSON array of theme
    /// objects) are assumptions.
    ///
    /// `GET /thematiques`
    pub async fn list_themes(
        &self,
    ) -> Result<Vec<crate::types::Theme>, crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/thematiques"));
        request.accept("application/json");
        request.path_template("/thematiques");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// Get the full global refresh
    ///
    /// "Flux d'actualisation globale totale": every piece of data the third-party application
    /// needs, in one response. Inferred: the documentation is cut short and only names this flow in its
    /// table of contents; the path and the response (a free-form JSON document) are
    /// assumptions.
    ///
    /// `GET /actualisation`
    pub async fn get_global_refresh(
        &self,
    ) -> Result<crate::types::GlobalRefresh, crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/actualisation"));
        request.accept("application/json");
        request.path_template("/actualisation");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// Get the global refresh of one semester
    ///
    /// "Flux d'actualisation globale par semestre": the global refresh restricted to one
    /// semester. Inferred: the documentation is cut short and only names this flow in its table of
    /// contents; the path, the `annee`/`semestre` parameters and the response (a free-form
    /// JSON document) are assumptions.
    ///
    /// `GET /actualisation/semestre`
    pub async fn get_semester_refresh(
        &self,
        annee: i32,
        semestre: &crate::types::Semester,
    ) -> Result<crate::types::GlobalRefresh, crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/actualisation/semestre"));
        request.query("annee", &annee, crate::runtime::ParamStyle::Form, true);
        request.query("semestre", semestre, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/actualisation/semestre");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// List the campaigns
    ///
    /// "Récupération des campagnes" (consultation campaigns). Inferred: the documentation is cut short
    /// and only names this flow in its table of contents; the path and the response (a JSON
    /// array of campaign objects) are assumptions.
    ///
    /// `GET /campagnes`
    pub async fn list_campaigns(
        &self,
    ) -> Result<Vec<crate::types::Campaign>, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/campagnes"));
        request.accept("application/json");
        request.path_template("/campagnes");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// List the proposals
    ///
    /// "Récupération des propositions" (proposals made on the platform). Inferred: the documentation is
    /// cut short and only names this flow in its table of contents; the path and the response
    /// (a JSON array of proposal objects) are assumptions.
    ///
    /// `GET /propositions`
    pub async fn list_proposals(
        &self,
    ) -> Result<Vec<crate::types::Proposal>, crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/propositions"));
        request.accept("application/json");
        request.path_template("/propositions");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
