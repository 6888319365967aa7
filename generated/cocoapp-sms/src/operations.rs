//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::send_message`](crate::Client::send_message).
#[derive(Clone)]
pub struct SendMessage {
    pub(crate) body: crate::types::MessageCreateDocument,
}

impl crate::requests::Operation for SendMessage {
    type Output = crate::types::MessageDocument;
    type Error = crate::types::ErrorDocument;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/messages"));
        request.accept("application/vnd.api+json");
        request.path_template("/messages");
        request.json("application/vnd.api+json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 406 | 415 | 422 | 500 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}
