//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Conversations of the workspace
    ///
    /// `GET /conversations.list`
    pub async fn list_conversations(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> Result<crate::types::ConversationList, crate::Error<()>> {
        self.list_conversations_page(params).await.map(|(body, _)| body)
    }

    /// [`list_conversations`](Self::list_conversations), with what the pagination stream reads of the response.
    pub(crate) async fn list_conversations_page(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> Result<
        (crate::types::ConversationList, crate::runtime::PageInfo),
        crate::Error<()>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/conversations.list"));
        request.query("cursor", &params.cursor, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "exclude_archived",
                &params.exclude_archived,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/conversations.list");
        let request = crate::auth::authorize(self, request, &[crate::auth::BEARER_AUTH])
            .await?;
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }
}
