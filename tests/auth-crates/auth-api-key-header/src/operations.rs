//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_items`](crate::Client::list_items).
#[derive(Clone)]
pub struct ListItems {
    pub(crate) limit: Option<i64>,
}

impl crate::requests::Operation for ListItems {
    type Output = Vec<String>;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::API_KEY_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/items"));
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/items");
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
