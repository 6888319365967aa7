//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::set_partner_status`](crate::Client::set_partner_status).
#[derive(Clone)]
pub struct SetPartnerStatus {
    pub(crate) uid: String,
    pub(crate) body: crate::types::StatusRequest,
}

impl crate::requests::Operation for SetPartnerStatus {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                ["/users/", &crate::runtime::path_param("uid", &self.uid)?, "/statut"]
                    .concat(),
            );
        request.path_template("/users/{uid}/statut");
        request.json("application/json", &self.body);
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

/// The parameters of [`Client::get_partner`](crate::Client::get_partner).
#[derive(Clone)]
pub struct GetPartner {
    pub(crate) uid: String,
}

impl crate::requests::Operation for GetPartner {
    type Output = crate::types::Partner;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/users/", &crate::runtime::path_param("uid", &self.uid)?].concat(),
            );
        request.accept("application/json");
        request.path_template("/users/{uid}");
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

/// The parameters of [`Client::list_partners`](crate::Client::list_partners).
#[derive(Clone)]
pub struct ListPartners {}
impl crate::requests::Operation for ListPartners {
    type Output = Vec<crate::types::Partner>;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/users"));
        request.accept("application/json");
        request.path_template("/users");
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

/// The parameters of [`Client::list_themes`](crate::Client::list_themes).
#[derive(Clone)]
pub struct ListThemes {}
impl crate::requests::Operation for ListThemes {
    type Output = Vec<crate::types::Theme>;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/thematiques"));
        request.accept("application/json");
        request.path_template("/thematiques");
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

/// The parameters of [`Client::get_global_refresh`](crate::Client::get_global_refresh).
#[derive(Clone)]
pub struct GetGlobalRefresh {}
impl crate::requests::Operation for GetGlobalRefresh {
    type Output = crate::types::GlobalRefresh;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/actualisation"));
        request.accept("application/json");
        request.path_template("/actualisation");
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

/// The parameters of [`Client::get_semester_refresh`](crate::Client::get_semester_refresh).
#[derive(Clone)]
pub struct GetSemesterRefresh {
    pub(crate) annee: i32,
    pub(crate) semestre: crate::types::Semester,
}

impl crate::requests::Operation for GetSemesterRefresh {
    type Output = crate::types::GlobalRefresh;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/actualisation/semestre"));
        request.query("annee", &self.annee, crate::runtime::ParamStyle::Form, true);
        request
            .query("semestre", &self.semestre, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/actualisation/semestre");
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

/// The parameters of [`Client::list_campaigns`](crate::Client::list_campaigns).
#[derive(Clone)]
pub struct ListCampaigns {}
impl crate::requests::Operation for ListCampaigns {
    type Output = Vec<crate::types::Campaign>;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/campagnes"));
        request.accept("application/json");
        request.path_template("/campagnes");
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

/// The parameters of [`Client::list_proposals`](crate::Client::list_proposals).
#[derive(Clone)]
pub struct ListProposals {}
impl crate::requests::Operation for ListProposals {
    type Output = Vec<crate::types::Proposal>;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/propositions"));
        request.accept("application/json");
        request.path_template("/propositions");
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
