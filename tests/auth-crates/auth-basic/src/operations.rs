//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_things`](crate::Client::list_things).
#[derive(Clone)]
pub struct ListThings {}
impl crate::requests::Operation for ListThings {
    type Output = Vec<String>;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BASIC]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/things"));
        request.accept("application/json");
        request.path_template("/things");
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
