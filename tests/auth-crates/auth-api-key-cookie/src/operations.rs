//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::get_cart`](crate::Client::get_cart).
#[derive(Clone)]
pub struct GetCart {
    pub(crate) theme: Option<String>,
}

impl crate::requests::Operation for GetCart {
    type Output = std::collections::BTreeMap<String, i64>;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::SESSION_COOKIE]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/cart"));
        request.cookie("theme", &self.theme);
        request.accept("application/json");
        request.path_template("/cart");
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
