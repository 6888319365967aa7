//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_issues`](crate::Client::list_issues) (`GET /repos/{owner}/{repo}/issues`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListIssues<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) state: Option<crate::types::ListIssuesState>,
    pub(crate) per_page: Option<i64>,
    pub(crate) page: Option<i64>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListIssues<'a> {
    pub(crate) fn new(client: &'a crate::Client, owner: String, repo: String) -> Self {
        Self {
            client,
            owner,
            repo,
            state: None,
            per_page: None,
            page: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Which issues to list.
    ///
    /// `state` (query parameter).
    pub fn state(mut self, value: impl Into<crate::types::ListIssuesState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Items per page (at most 100).
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// The page number, from 1.
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Issue>, crate::Error<crate::types::Problem>> {
        Self::decode(self.execute(None).await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::Response<Vec<crate::types::Issue>>,
        crate::Error<crate::types::Problem>,
    > {
        self.execute(None).await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<crate::types::Problem>> {
        self.execute(None).await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
        next: Option<&reqwest::Url>,
    ) -> Result<
        (crate::Response<Vec<crate::types::Issue>>, crate::runtime::PageInfo),
        crate::Error<crate::types::Problem>,
    > {
        let response = self.execute(next).await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
        next: Option<&reqwest::Url>,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::Problem>> {
        let mut request = self
            .client
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
        request.options(&self.options);
        if let Some(next) = next {
            request.follow(next);
        }
        let request = crate::auth::authorize(
                self.client,
                request,
                &[crate::auth::BEARER_AUTH],
            )
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Vec<crate::types::Issue>, crate::Error<crate::types::Problem>> {
        match response.status() {
            200 => Ok(response.json()?),
            404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListIssues<'a> {
    type Output = Result<Vec<crate::types::Issue>, crate::Error<crate::types::Problem>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::get_issue`](crate::Client::get_issue) (`GET /repos/{owner}/{repo}/issues/{number}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct GetIssue<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) number: i64,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> GetIssue<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        owner: String,
        repo: String,
        number: i64,
    ) -> Self {
        Self {
            client,
            owner,
            repo,
            number,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<crate::types::Issue, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::types::Issue>, crate::Error<()>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<()>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
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
        request.options(&self.options);
        let request = crate::auth::authorize(
                self.client,
                request,
                &[crate::auth::BEARER_AUTH],
            )
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::Issue, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetIssue<'a> {
    type Output = Result<crate::types::Issue, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::download_tarball`](crate::Client::download_tarball) (`GET /repos/{owner}/{repo}/tarball/{ref}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct DownloadTarball<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) ref_: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> DownloadTarball<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        owner: String,
        repo: String,
        ref_: String,
    ) -> Self {
        Self {
            client,
            owner,
            repo,
            ref_,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<crate::Redirect, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::Redirect>, crate::Error<()>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<()>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
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
        request.options(&self.options);
        let request = crate::auth::authorize(
                self.client,
                request,
                &[crate::auth::BEARER_AUTH],
            )
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::Redirect, crate::Error<()>> {
        match response.status() {
            302 => Ok(response.redirect()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for DownloadTarball<'a> {
    type Output = Result<crate::Redirect, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::star_repository`](crate::Client::star_repository) (`PUT /user/starred/{owner}/{repo}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct StarRepository<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner: String,
    pub(crate) repo: String,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> StarRepository<'a> {
    pub(crate) fn new(client: &'a crate::Client, owner: String, repo: String) -> Self {
        Self {
            client,
            owner,
            repo,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Problem>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<()>, crate::Error<crate::types::Problem>> {
        self.execute().await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<crate::types::Problem>> {
        self.execute().await?.into_raw().await
    }

    async fn execute(
        self,
    ) -> Result<crate::runtime::RawResponse, crate::Error<crate::types::Problem>> {
        let mut request = self
            .client
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
        request.options(&self.options);
        let request = crate::auth::authorize(
                self.client,
                request,
                &[crate::auth::BEARER_AUTH],
            )
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<(), crate::Error<crate::types::Problem>> {
        match response.status() {
            404 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for StarRepository<'a> {
    type Output = Result<(), crate::Error<crate::types::Problem>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
