//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Issues of a repository
    ///
    /// `GET /repos/{owner}/{repo}/issues`
    pub async fn list_issues(
        &self,
        owner: &str,
        repo: &str,
        params: &crate::types::ListIssuesParams,
    ) -> Result<Vec<crate::types::Issue>, crate::Error<crate::types::Problem>> {
        self.list_issues_page(owner, repo, params, None).await.map(|(body, _)| body)
    }

    /// [`list_issues`](Self::list_issues), or the page at `next` (a URL the server gave for the next page), with what the pagination stream reads of the response.
    pub(crate) async fn list_issues_page(
        &self,
        owner: &str,
        repo: &str,
        params: &crate::types::ListIssuesParams,
        next: Option<&reqwest::Url>,
    ) -> Result<
        (Vec<crate::types::Issue>, crate::runtime::PageInfo),
        crate::Error<crate::types::Problem>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/repos/",
                    &crate::runtime::path_param("owner", owner)?,
                    "/",
                    &crate::runtime::path_param("repo", repo)?,
                    "/issues",
                ]
                    .concat(),
            );
        request.query("state", &params.state, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/repos/{owner}/{repo}/issues");
        if let Some(next) = next {
            request.follow(next);
        }
        let request = crate::auth::authorize(self, request, &[crate::auth::BEARER_AUTH])
            .await?;
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// One issue
    ///
    /// `GET /repos/{owner}/{repo}/issues/{number}`
    pub async fn get_issue(
        &self,
        owner: &str,
        repo: &str,
        number: i64,
    ) -> Result<crate::types::Issue, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/repos/",
                    &crate::runtime::path_param("owner", owner)?,
                    "/",
                    &crate::runtime::path_param("repo", repo)?,
                    "/issues/",
                    &crate::runtime::path_param("number", &number)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/repos/{owner}/{repo}/issues/{number}");
        let request = crate::auth::authorize(self, request, &[crate::auth::BEARER_AUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }

    /// A repository archive
    ///
    /// Answers a redirect to a short-lived download URL.
    ///
    /// `GET /repos/{owner}/{repo}/tarball/{ref}`
    pub async fn download_tarball(
        &self,
        owner: &str,
        repo: &str,
        ref_: &str,
    ) -> Result<crate::Redirect, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/repos/",
                    &crate::runtime::path_param("owner", owner)?,
                    "/",
                    &crate::runtime::path_param("repo", repo)?,
                    "/tarball/",
                    &crate::runtime::path_param("ref", ref_)?,
                ]
                    .concat(),
            );
        request.keep_redirects();
        request.path_template("/repos/{owner}/{repo}/tarball/{ref}");
        let request = crate::auth::authorize(self, request, &[crate::auth::BEARER_AUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            302 => Ok(response.redirect()),
            _ => Err(response.unexpected()),
        }
    }

    /// Star a repository
    ///
    /// `PUT /user/starred/{owner}/{repo}`
    pub async fn star_repository(
        &self,
        owner: &str,
        repo: &str,
    ) -> Result<(), crate::Error<crate::types::Problem>> {
        let mut request = self
            .request(
                reqwest::Method::PUT,
                [
                    "/user/starred/",
                    &crate::runtime::path_param("owner", owner)?,
                    "/",
                    &crate::runtime::path_param("repo", repo)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/user/starred/{owner}/{repo}");
        let request = crate::auth::authorize(self, request, &[crate::auth::BEARER_AUTH])
            .await?;
        let response = request.send().await?;
        match response.status() {
            404 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
