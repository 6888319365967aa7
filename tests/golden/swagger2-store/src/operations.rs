//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_orders`](crate::Client::list_orders).
#[derive(Clone)]
pub struct ListOrders {
    pub(crate) account_id: i64,
    pub(crate) accept_language: Option<crate::types::Language>,
    pub(crate) offset: Option<i64>,
    pub(crate) limit: Option<i64>,
    pub(crate) ids: Option<Vec<i64>>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) codes: Option<Vec<String>>,
}

impl crate::requests::Operation for ListOrders {
    type Output = crate::types::OrderPage;
    type Error = crate::types::ResponseStatusWrapper;
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::KEY]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::GET, String::from("/orders"));
        request
            .query(
                "AccountID",
                &self.account_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.header("Accept-Language", &self.accept_language);
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.query("ids", &self.ids, crate::runtime::ParamStyle::Form, false);
        request.query("tags", &self.tags, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "codes",
                &self.codes,
                crate::runtime::ParamStyle::PipeDelimited,
                false,
            );
        request.accept("application/json");
        request.path_template("/orders");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.api_error(std::convert::identity)),
        }
    }
}

/// The parameters of [`Client::create_order`](crate::Client::create_order).
#[derive(Clone)]
pub struct CreateOrder {
    pub(crate) account_id: i64,
    pub(crate) body: crate::types::Order,
}

impl crate::requests::Operation for CreateOrder {
    type Output = crate::types::Order;
    type Error = crate::types::ResponseStatusWrapper;
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::KEY]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/orders"));
        request
            .query(
                "AccountID",
                &self.account_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/orders");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            400 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_invoice`](crate::Client::get_invoice).
#[derive(Clone)]
pub struct GetInvoice {
    pub(crate) order_id: String,
}

impl crate::requests::Operation for GetInvoice {
    type Output = crate::Download;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::KEY]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/orders/",
                    &crate::runtime::path_param("orderId", &self.order_id)?,
                    "/invoice",
                ]
                    .concat(),
            );
        request.accept("application/pdf");
        request.stream_success();
        request.path_template("/orders/{orderId}/invoice");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.download()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::upload_attachment`](crate::Client::upload_attachment).
pub struct UploadAttachment {
    pub(crate) order_id: String,
    pub(crate) body: crate::types::UploadAttachmentForm,
}

impl crate::requests::Operation for UploadAttachment {
    type Output = ();
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::KEY]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/orders/",
                    &crate::runtime::path_param("orderId", &self.order_id)?,
                    "/attachments",
                ]
                    .concat(),
            );
        request.path_template("/orders/{orderId}/attachments");
        request.multipart(self.body.into_form()?);
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

/// The parameters of [`Client::login`](crate::Client::login).
#[derive(Clone)]
pub struct Login {
    pub(crate) body: crate::types::LoginBody,
}

impl crate::requests::Operation for Login {
    type Output = crate::types::LoginResponse;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client.request(reqwest::Method::POST, String::from("/login"));
        request.accept("application/json");
        request.path_template("/login");
        request.form(&self.body);
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
