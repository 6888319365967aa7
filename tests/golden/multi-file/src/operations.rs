//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Clone)]
pub struct ListPets {}
impl crate::requests::Operation for ListPets {
    type Output = Vec<crate::types::Pet2>;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/pets"));
        request.accept("application/json");
        request.path_template("/pets");
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

/// The parameters of [`Client::create_pet`](crate::Client::create_pet).
#[derive(Clone)]
pub struct CreatePet {
    pub(crate) body: Option<crate::types::NewPet>,
}

impl crate::requests::Operation for CreatePet {
    type Output = crate::types::Pet;
    type Error = ();
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/pets"));
        request.accept("application/json");
        request.path_template("/pets");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
