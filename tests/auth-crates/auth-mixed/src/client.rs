//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /default`
    pub async fn by_default(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/default"));
        request.path_template("/default");
        let request = crate::auth::authorize(self, request, &[crate::auth::USER_TOKEN])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /public`
    pub async fn public(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/public"));
        request.path_template("/public");
        let request = crate::auth::authorize(self, request, &[]).await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /either`
    pub async fn either(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/either"));
        request.path_template("/either");
        let request = crate::auth::authorize(
                self,
                request,
                &[crate::auth::USER_TOKEN, crate::auth::APP_KEY],
            )
            .await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /both`
    pub async fn both(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/both"));
        request.path_template("/both");
        let request = crate::auth::authorize(
                self,
                request,
                &[crate::auth::APP_KEY | crate::auth::TENANT_KEY],
            )
            .await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /optional`
    pub async fn optional(&self) -> Result<(), crate::Error<()>> {
        let mut request = self.request(reqwest::Method::GET, String::from("/optional"));
        request.path_template("/optional");
        let request = crate::auth::authorize(self, request, &[0, crate::auth::APP_KEY])
            .await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /unhonoured`
    pub async fn unhonoured(&self) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/unhonoured"));
        request.path_template("/unhonoured");
        let request = crate::auth::authorize(self, request, &[]).await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}
