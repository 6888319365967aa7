//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::ping`](crate::Client::ping).
#[derive(Clone)]
pub struct Ping {}
impl crate::requests::Operation for Ping {
    type Output = ();
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/ping"));
        request.path_template("/ping");
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

/// The parameters of [`Client::echo`](crate::Client::echo).
#[derive(Clone)]
pub struct Echo {
    pub(crate) word: String,
    pub(crate) times: i64,
}

impl crate::requests::Operation for Echo {
    type Output = String;
    type Error = String;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/echo/", &crate::runtime::path_param("word", &self.word)?].concat(),
            );
        request.query("times", &self.times, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json, text/plain");
        request.path_template("/echo/{word}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.text()?),
            500..=503 => Err(response.unexpected()),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}
