//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_conversations`](crate::Client::list_conversations).
#[derive(Clone)]
pub struct ListConversations {
    pub(crate) cursor: Option<String>,
    pub(crate) limit: Option<i64>,
    pub(crate) exclude_archived: Option<bool>,
}

impl crate::requests::Operation for ListConversations {
    type Output = crate::types::ConversationList;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BEARER_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
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
