//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::by_default`](crate::Client::by_default).
#[derive(Clone)]
pub struct ByDefault {}
impl crate::requests::Operation for ByDefault {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::USER_TOKEN]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/default"));
        request.path_template("/default");
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

/// The parameters of [`Client::public`](crate::Client::public).
#[derive(Clone)]
pub struct Public {}
impl crate::requests::Operation for Public {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/public"));
        request.path_template("/public");
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

/// The parameters of [`Client::either`](crate::Client::either).
#[derive(Clone)]
pub struct Either {}
impl crate::requests::Operation for Either {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(
        &[crate::auth::USER_TOKEN, crate::auth::APP_KEY],
    );
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/either"));
        request.path_template("/either");
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

/// The parameters of [`Client::both`](crate::Client::both).
#[derive(Clone)]
pub struct Both {}
impl crate::requests::Operation for Both {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(
        &[crate::auth::APP_KEY | crate::auth::TENANT_KEY],
    );
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/both"));
        request.path_template("/both");
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

/// The parameters of [`Client::optional`](crate::Client::optional).
#[derive(Clone)]
pub struct Optional {}
impl crate::requests::Operation for Optional {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[0, crate::auth::APP_KEY]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/optional"));
        request.path_template("/optional");
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

/// The parameters of [`Client::unhonoured`](crate::Client::unhonoured).
#[derive(Clone)]
pub struct Unhonoured {}
impl crate::requests::Operation for Unhonoured {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/unhonoured"));
        request.path_template("/unhonoured");
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
