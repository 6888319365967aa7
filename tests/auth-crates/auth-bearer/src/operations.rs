//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::get_me`](crate::Client::get_me).
#[derive(Clone)]
pub struct GetMe {}
impl crate::requests::Operation for GetMe {
    type Output = crate::types::User;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::BEARER_AUTH]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/me"));
        request.accept("application/json");
        request.path_template("/me");
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

/// The parameters of [`Client::health`](crate::Client::health).
#[derive(Clone)]
pub struct Health {}
impl crate::requests::Operation for Health {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/health"));
        request.path_template("/health");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
