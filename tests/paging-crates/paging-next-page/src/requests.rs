//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_records`](crate::Client::list_records) (`GET /buckets/{bid}/collections/{cid}/records`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListRecords<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) cid: String,
    pub(crate) limit: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) token: Option<String>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListRecords<'a> {
    pub(crate) fn new(client: &'a crate::Client, bid: String, cid: String) -> Self {
        Self {
            client,
            bid,
            cid,
            limit: None,
            sort: None,
            token: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Records per page.
    ///
    /// `_limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sort order (`-last_modified`).
    ///
    /// `_sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Continuation token, set by the server in `Next-Page`.
    ///
    /// `_token` (query parameter).
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
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
    pub async fn send(self) -> Result<crate::types::RecordList, crate::Error<()>> {
        Self::decode(self.execute(None).await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::types::RecordList>, crate::Error<()>> {
        self.execute(None).await?.typed(Self::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<()>> {
        self.execute(None).await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
        next: Option<&reqwest::Url>,
    ) -> Result<
        (crate::Response<crate::types::RecordList>, crate::runtime::PageInfo),
        crate::Error<()>,
    > {
        let response = self.execute(next).await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(
        self,
        next: Option<&reqwest::Url>,
    ) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
            .request(
                reqwest::Method::GET,
                [
                    "/buckets/",
                    &crate::runtime::path_param("bid", &self.bid)?,
                    "/collections/",
                    &crate::runtime::path_param("cid", &self.cid)?,
                    "/records",
                ]
                    .concat(),
            );
        request.query("_limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.query("_sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("_token", &self.token, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/buckets/{bid}/collections/{cid}/records");
        request.options(&self.options);
        if let Some(next) = next {
            request.follow(next);
        }
        let request = crate::auth::authorize(
                self.client,
                request,
                &[crate::auth::API_KEY],
            )
            .await?;
        Ok(request.send().await?)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<crate::types::RecordList, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListRecords<'a> {
    type Output = Result<crate::types::RecordList, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
