//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_issues`](crate::Client::list_issues).
#[derive(Clone)]
pub struct ListIssues {
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) state: Option<crate::types::ListIssuesState>,
    pub(crate) per_page: Option<i64>,
    pub(crate) page: Option<i64>,
}

impl crate::requests::Operation for ListIssues {
    type Output = Vec<crate::types::Issue>;
    type Error = crate::types::Problem;
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BEARER_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/repos/",
                    &crate::runtime::path_param("owner", &self.owner)?,
                    "/",
                    &crate::runtime::path_param("repo", &self.repo)?,
                    "/issues",
                ]
                    .concat(),
            );
        request.query("state", &self.state, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/repos/{owner}/{repo}/issues");
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

/// The parameters of [`Client::get_issue`](crate::Client::get_issue).
#[derive(Clone)]
pub struct GetIssue {
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) number: i64,
}

impl crate::requests::Operation for GetIssue {
    type Output = crate::types::Issue;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BEARER_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/repos/",
                    &crate::runtime::path_param("owner", &self.owner)?,
                    "/",
                    &crate::runtime::path_param("repo", &self.repo)?,
                    "/issues/",
                    &crate::runtime::path_param("number", &self.number)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/repos/{owner}/{repo}/issues/{number}");
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

/// The parameters of [`Client::download_tarball`](crate::Client::download_tarball).
#[derive(Clone)]
pub struct DownloadTarball {
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) ref_: String,
}

impl crate::requests::Operation for DownloadTarball {
    type Output = crate::Redirect;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BEARER_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/repos/",
                    &crate::runtime::path_param("owner", &self.owner)?,
                    "/",
                    &crate::runtime::path_param("repo", &self.repo)?,
                    "/tarball/",
                    &crate::runtime::path_param("ref", &self.ref_)?,
                ]
                    .concat(),
            );
        request.keep_redirects();
        request.path_template("/repos/{owner}/{repo}/tarball/{ref}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            302 => Ok(response.redirect()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::star_repository`](crate::Client::star_repository).
#[derive(Clone)]
pub struct StarRepository {
    pub(crate) owner: String,
    pub(crate) repo: String,
}

impl crate::requests::Operation for StarRepository {
    type Output = ();
    type Error = crate::types::Problem;
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BEARER_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::PUT,
                [
                    "/user/starred/",
                    &crate::runtime::path_param("owner", &self.owner)?,
                    "/",
                    &crate::runtime::path_param("repo", &self.repo)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/user/starred/{owner}/{repo}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            404 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
