//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it.

/// The request of [`Client::list_conversations`](crate::Client::list_conversations) (`GET /conversations.list`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct ListConversations<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) cursor: Option<String>,
    pub(crate) limit: Option<i64>,
    pub(crate) exclude_archived: Option<bool>,
    pub(crate) options: crate::runtime::CallOptions,
}

impl<'a> ListConversations<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client,
            cursor: None,
            limit: None,
            exclude_archived: None,
            options: crate::runtime::CallOptions::default(),
        }
    }

    /// Where to continue, from the previous page's `next_cursor`.
    ///
    /// `cursor` (query parameter).
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// The most items to return.
    ///
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// `exclude_archived` (query parameter).
    pub fn exclude_archived(mut self, value: impl Into<bool>) -> Self {
        self.exclude_archived = Some(value.into());
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
    pub async fn send(self) -> Result<crate::types::ConversationList, crate::Error<()>> {
        Self::decode(self.execute().await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<crate::types::ConversationList>, crate::Error<()>> {
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

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<crate::types::ConversationList>, crate::runtime::PageInfo),
        crate::Error<()>,
    > {
        let response = self.execute().await?;
        let page = response.page_info();
        response.typed(Self::decode).map(|body| (body, page))
    }

    async fn execute(self) -> Result<crate::runtime::RawResponse, crate::Error<()>> {
        let mut request = self
            .client
            .request(reqwest::Method::GET, String::from("/conversations.list"));
        request.query("cursor", &self.cursor, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "exclude_archived",
                &self.exclude_archived,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/conversations.list");
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
    ) -> Result<crate::types::ConversationList, crate::Error<()>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}

impl<'a> std::future::IntoFuture for ListConversations<'a> {
    type Output = Result<crate::types::ConversationList, crate::Error<()>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
