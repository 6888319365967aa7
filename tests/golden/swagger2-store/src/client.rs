//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List orders
    ///
    /// `GET /orders`
    pub async fn list_orders(
        &self,
        account_id: i64,
        params: &crate::types::ListOrdersParams,
    ) -> Result<
        crate::types::OrderPage,
        crate::Error<crate::types::ResponseStatusWrapper>,
    > {
        let mut request = self.request(reqwest::Method::GET, String::from("/orders"));
        request.query("AccountID", &account_id, crate::runtime::ParamStyle::Form, true);
        request.header("Accept-Language", &params.accept_language);
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.query("ids", &params.ids, crate::runtime::ParamStyle::Form, false);
        request.query("tags", &params.tags, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "codes",
                &params.codes,
                crate::runtime::ParamStyle::PipeDelimited,
                false,
            );
        request.accept("application/json");
        request.path_template("/orders");
        let request = crate::auth::authorize(self, request, &[crate::auth::KEY]).await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }

    /// `POST /orders`
    pub async fn create_order(
        &self,
        account_id: i64,
        body: &crate::types::Order,
    ) -> Result<crate::types::Order, crate::Error<crate::types::ResponseStatusWrapper>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/orders"));
        request.query("AccountID", &account_id, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/orders");
        request.json("application/json", body);
        let request = crate::auth::authorize(self, request, &[crate::auth::KEY]).await?;
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            400 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// `GET /orders/{orderId}/invoice`
    pub async fn get_invoice(
        &self,
        order_id: &str,
    ) -> Result<crate::Download, crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/orders/",
                    &crate::runtime::path_param("orderId", order_id)?,
                    "/invoice",
                ]
                    .concat(),
            );
        request.accept("application/pdf");
        request.stream_success();
        request.path_template("/orders/{orderId}/invoice");
        let request = crate::auth::authorize(self, request, &[crate::auth::KEY]).await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /orders/{orderId}/attachments`
    pub async fn upload_attachment(
        &self,
        order_id: &str,
        body: crate::types::UploadAttachmentForm,
    ) -> Result<(), crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/orders/",
                    &crate::runtime::path_param("orderId", order_id)?,
                    "/attachments",
                ]
                    .concat(),
            );
        request.path_template("/orders/{orderId}/attachments");
        request.multipart(body.into_form()?);
        let request = crate::auth::authorize(self, request, &[crate::auth::KEY]).await?;
        let response = request.send().await?;
        match response.status() {
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `POST /login`
    pub async fn login(
        &self,
        body: &crate::types::LoginBody,
    ) -> Result<crate::types::LoginResponse, crate::Error<()>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/login"));
        request.accept("application/json");
        request.path_template("/login");
        request.form(body);
        let request = crate::auth::authorize(self, request, &[]).await?;
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
