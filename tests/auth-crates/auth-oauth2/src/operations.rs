//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_reports`](crate::Client::list_reports).
#[derive(Clone)]
pub struct ListReports {}
impl crate::requests::Operation for ListReports {
    type Output = Vec<String>;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::OAUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/reports"));
        request.accept("application/json");
        request.path_template("/reports");
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

/// The parameters of [`Client::create_report`](crate::Client::create_report).
#[derive(Clone)]
pub struct CreateReport {
    pub(crate) body: crate::types::CreateReportBody,
}

impl crate::requests::Operation for CreateReport {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::OAUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/reports"));
        request.path_template("/reports");
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

/// The parameters of [`Client::status`](crate::Client::status).
#[derive(Clone)]
pub struct Status {}
impl crate::requests::Operation for Status {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/status"));
        request.path_template("/status");
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
