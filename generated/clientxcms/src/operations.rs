//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_coupons`](crate::Client::list_coupons).
#[derive(Clone)]
pub struct ListCoupons {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for ListCoupons {
    type Output = crate::types::CouponPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/coupons"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/coupons");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_coupon`](crate::Client::store_coupon).
#[derive(Clone)]
pub struct StoreCoupon {
    pub(crate) body: crate::types::StoreCouponBody,
}

impl crate::requests::Operation for StoreCoupon {
    type Output = crate::types::Coupon;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/coupons"));
        request.accept("application/json");
        request.path_template("/application/coupons");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_coupon`](crate::Client::delete_coupon).
#[derive(Clone)]
pub struct DeleteCoupon {
    pub(crate) coupon: i64,
}

impl crate::requests::Operation for DeleteCoupon {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &self.coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_coupon`](crate::Client::get_coupon).
#[derive(Clone)]
pub struct GetCoupon {
    pub(crate) coupon: i64,
}

impl crate::requests::Operation for GetCoupon {
    type Output = crate::types::CouponPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &self.coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_coupon`](crate::Client::update_coupon).
#[derive(Clone)]
pub struct UpdateCoupon {
    pub(crate) coupon: i64,
    pub(crate) body: crate::types::UpdateCouponBody,
}

impl crate::requests::Operation for UpdateCoupon {
    type Output = crate::types::Coupon;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &self.coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_customers`](crate::Client::get_customers).
#[derive(Clone)]
pub struct GetCustomers {
    pub(crate) filter_email: Option<String>,
    pub(crate) filter_firstname: Option<String>,
    pub(crate) filter_lastname: Option<String>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) filter_phone: Option<String>,
}

impl crate::requests::Operation for GetCustomers {
    type Output = crate::types::CustomerPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/customers"));
        request
            .query(
                "filter[email]",
                &self.filter_email,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[firstname]",
                &self.filter_firstname,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[lastname]",
                &self.filter_lastname,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[phone]",
                &self.filter_phone,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/customers");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_customer`](crate::Client::store_customer).
#[derive(Clone)]
pub struct StoreCustomer {
    pub(crate) body: crate::types::StoreCustomerRequest,
}

impl crate::requests::Operation for StoreCustomer {
    type Output = crate::types::Customer;
    type Error = crate::types::StoreCustomerError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/customers"));
        request.accept("application/json");
        request.path_template("/application/customers");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::StoreCustomerError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::StoreCustomerError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::StoreCustomerError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_customer`](crate::Client::delete_customer).
#[derive(Clone)]
pub struct DeleteCustomer {
    pub(crate) id: i64,
    pub(crate) force: Option<bool>,
}

impl crate::requests::Operation for DeleteCustomer {
    type Output = crate::types::Customer;
    type Error = crate::types::DeleteCustomerError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                ["/application/customers/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.query("force", &self.force, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 => Err(response.api_error(crate::types::DeleteCustomerError::BadRequest)),
            401 => {
                Err(response.api_error(crate::types::DeleteCustomerError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::DeleteCustomerError::Forbidden)),
            404 => Err(response.api_error(crate::types::DeleteCustomerError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_customer`](crate::Client::get_customer).
#[derive(Clone)]
pub struct GetCustomer {
    pub(crate) id: i64,
}

impl crate::requests::Operation for GetCustomer {
    type Output = crate::types::Customer;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/application/customers/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_customer`](crate::Client::update_customer).
#[derive(Clone)]
pub struct UpdateCustomer {
    pub(crate) id: i64,
    pub(crate) body: crate::types::UpdateCustomerRequest,
}

impl crate::requests::Operation for UpdateCustomer {
    type Output = crate::types::Customer;
    type Error = crate::types::UpdateCustomerError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                ["/application/customers/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdateCustomerError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateCustomerError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateCustomerError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateCustomerError::UnprocessableEntity,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::customer_action`](crate::Client::customer_action).
#[derive(Clone)]
pub struct CustomerAction {
    pub(crate) id: i64,
    pub(crate) action: crate::types::CustomerAction,
    pub(crate) body: Option<crate::types::CustomerActionRequest>,
}

impl crate::requests::Operation for CustomerAction {
    type Output = crate::types::Customer;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/action/",
                    &crate::runtime::path_param("action", &self.action)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/action/{action}");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::confirm_customer`](crate::Client::confirm_customer).
#[derive(Clone)]
pub struct ConfirmCustomer {
    pub(crate) id: i64,
}

impl crate::requests::Operation for ConfirmCustomer {
    type Output = crate::types::Customer;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/confirm",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/confirm");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::resend_confirmation_customer`](crate::Client::resend_confirmation_customer).
#[derive(Clone)]
pub struct ResendConfirmationCustomer {
    pub(crate) id: i64,
}

impl crate::requests::Operation for ResendConfirmationCustomer {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/resend_confirmation",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/resend_confirmation");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::forgot_password_customer`](crate::Client::forgot_password_customer).
#[derive(Clone)]
pub struct ForgotPasswordCustomer {
    pub(crate) id: i64,
}

impl crate::requests::Operation for ForgotPasswordCustomer {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/send_password",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/send_password");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_departments`](crate::Client::list_departments).
#[derive(Clone)]
pub struct ListDepartments {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for ListDepartments {
    type Output = crate::types::SupportDepartmentPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/departments"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/departments");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_department`](crate::Client::store_department).
#[derive(Clone)]
pub struct StoreDepartment {
    pub(crate) body: crate::types::StoreDepartmentBody,
}

impl crate::requests::Operation for StoreDepartment {
    type Output = crate::types::SupportDepartment;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/departments"));
        request.accept("application/json");
        request.path_template("/application/departments");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_department`](crate::Client::delete_department).
#[derive(Clone)]
pub struct DeleteDepartment {
    pub(crate) department: i64,
}

impl crate::requests::Operation for DeleteDepartment {
    type Output = ();
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &self.department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            401 | 403 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_department`](crate::Client::get_department).
#[derive(Clone)]
pub struct GetDepartment {
    pub(crate) department: i64,
}

impl crate::requests::Operation for GetDepartment {
    type Output = crate::types::SupportDepartmentPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &self.department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_department`](crate::Client::update_department).
#[derive(Clone)]
pub struct UpdateDepartment {
    pub(crate) department: i64,
    pub(crate) body: crate::types::UpdateDepartmentBody,
}

impl crate::requests::Operation for UpdateDepartment {
    type Output = crate::types::SupportDepartment;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &self.department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_group_list`](crate::Client::get_group_list).
#[derive(Clone)]
pub struct GetGroupList {
    pub(crate) filter_name: Option<String>,
    pub(crate) filter_slug: Option<String>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) per_page: Option<i64>,
    pub(crate) page: Option<i64>,
}

impl crate::requests::Operation for GetGroupList {
    type Output = crate::types::GroupPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/groups"));
        request
            .query(
                "filter[name]",
                &self.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[slug]",
                &self.filter_slug,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/groups");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_group`](crate::Client::store_group).
#[derive(Clone)]
pub struct StoreGroup {
    pub(crate) body: crate::types::StoreGroupRequest,
}

impl crate::requests::Operation for StoreGroup {
    type Output = crate::types::ShopGroup;
    type Error = crate::types::StoreGroupError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/groups"));
        request.accept("application/json");
        request.path_template("/application/groups");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::StoreGroupError::Unauthorized)),
            403 => Err(response.api_error(crate::types::StoreGroupError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::StoreGroupError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_group_by_id`](crate::Client::delete_group_by_id).
#[derive(Clone)]
pub struct DeleteGroupById {
    pub(crate) id: i64,
}

impl crate::requests::Operation for DeleteGroupById {
    type Output = crate::types::ShopGroup;
    type Error = crate::types::DeleteGroupByIdError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                ["/application/groups/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 => {
                Err(response.api_error(crate::types::DeleteGroupByIdError::BadRequest))
            }
            401 => {
                Err(response.api_error(crate::types::DeleteGroupByIdError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::DeleteGroupByIdError::Forbidden)),
            404 => Err(response.api_error(crate::types::DeleteGroupByIdError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_group_by_id`](crate::Client::get_group_by_id).
#[derive(Clone)]
pub struct GetGroupById {
    pub(crate) id: i64,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for GetGroupById {
    type Output = crate::types::ShopGroup;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/application/groups/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_group`](crate::Client::update_group).
#[derive(Clone)]
pub struct UpdateGroup {
    pub(crate) id: i64,
    pub(crate) body: crate::types::UpdateGroupRequest,
}

impl crate::requests::Operation for UpdateGroup {
    type Output = crate::types::ShopGroup;
    type Error = crate::types::UpdateGroupError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                ["/application/groups/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::UpdateGroupError::Unauthorized)),
            403 => Err(response.api_error(crate::types::UpdateGroupError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateGroupError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateGroupError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::health`](crate::Client::health).
#[derive(Clone)]
pub struct Health {}
impl crate::requests::Operation for Health {
    type Output = crate::types::HealthStatus;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/health"));
        request.accept("application/json");
        request.path_template("/application/health");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_invoices`](crate::Client::list_invoices).
#[derive(Clone)]
pub struct ListInvoices {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) filter_customer_id: Option<i64>,
    pub(crate) filter_status: Option<crate::types::InvoiceStatus>,
}

impl crate::requests::Operation for ListInvoices {
    type Output = crate::types::InvoicePage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/invoices"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[customer_id]",
                &self.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/invoices");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::create_invoice`](crate::Client::create_invoice).
#[derive(Clone)]
pub struct CreateInvoice {
    pub(crate) body: crate::types::StoreInvoiceRequest,
}

impl crate::requests::Operation for CreateInvoice {
    type Output = crate::types::Invoice;
    type Error = crate::types::CreateInvoiceError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/invoices"));
        request.accept("application/json");
        request.path_template("/application/invoices");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::CreateInvoiceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::CreateInvoiceError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::CreateInvoiceError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::export_invoices`](crate::Client::export_invoices).
#[derive(Clone)]
pub struct ExportInvoices {
    pub(crate) body: crate::types::ExportInvoiceRequest,
}

impl crate::requests::Operation for ExportInvoices {
    type Output = crate::Download;
    type Error = crate::types::ExportInvoicesError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                String::from("/application/invoices/export"),
            );
        request.accept("application/json, application/octet-stream");
        request.stream_success();
        request.path_template("/application/invoices/export");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.download()),
            401 => {
                Err(response.api_error(crate::types::ExportInvoicesError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::ExportInvoicesError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::ExportInvoicesError::UnprocessableEntity,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_invoice`](crate::Client::delete_invoice).
#[derive(Clone)]
pub struct DeleteInvoice {
    pub(crate) invoice: String,
}

impl crate::requests::Operation for DeleteInvoice {
    type Output = ();
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_invoice`](crate::Client::get_invoice).
#[derive(Clone)]
pub struct GetInvoice {
    pub(crate) invoice: String,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for GetInvoice {
    type Output = crate::types::Invoice;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                ]
                    .concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_invoice`](crate::Client::update_invoice).
#[derive(Clone)]
pub struct UpdateInvoice {
    pub(crate) invoice: String,
    pub(crate) body: crate::types::UpdateInvoiceRequest,
}

impl crate::requests::Operation for UpdateInvoice {
    type Output = crate::types::Invoice;
    type Error = crate::types::UpdateInvoiceError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdateInvoiceError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateInvoiceError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateInvoiceError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateInvoiceError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::download_invoice_pdf`](crate::Client::download_invoice_pdf).
#[derive(Clone)]
pub struct DownloadInvoicePdf {
    pub(crate) invoice: String,
}

impl crate::requests::Operation for DownloadInvoicePdf {
    type Output = crate::Download;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/download",
                ]
                    .concat(),
            );
        request.accept("application/json, application/pdf");
        request.stream_success();
        request.path_template("/application/invoices/{invoice}/download");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.download()),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::revert_invoice_to_draft`](crate::Client::revert_invoice_to_draft).
#[derive(Clone)]
pub struct RevertInvoiceToDraft {
    pub(crate) invoice: String,
}

impl crate::requests::Operation for RevertInvoiceToDraft {
    type Output = crate::types::InvoiceActionResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/edit",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/edit");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::notify_customer_of_invoice`](crate::Client::notify_customer_of_invoice).
#[derive(Clone)]
pub struct NotifyCustomerOfInvoice {
    pub(crate) invoice: String,
}

impl crate::requests::Operation for NotifyCustomerOfInvoice {
    type Output = crate::types::InvoiceActionResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/notify",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/notify");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_invoice_pdf`](crate::Client::get_invoice_pdf).
#[derive(Clone)]
pub struct GetInvoicePdf {
    pub(crate) invoice: String,
}

impl crate::requests::Operation for GetInvoicePdf {
    type Output = crate::Download;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/pdf",
                ]
                    .concat(),
            );
        request.accept("application/json, application/pdf");
        request.stream_success();
        request.path_template("/application/invoices/{invoice}/pdf");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.download()),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::validate_draft_invoice`](crate::Client::validate_draft_invoice).
#[derive(Clone)]
pub struct ValidateDraftInvoice {
    pub(crate) invoice: String,
}

impl crate::requests::Operation for ValidateDraftInvoice {
    type Output = crate::types::InvoiceActionResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", &self.invoice)?,
                    "/validate",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/validate");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::license`](crate::Client::license).
#[derive(Clone)]
pub struct License {}
impl crate::requests::Operation for License {
    type Output = crate::types::LicenseInfo;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/license"));
        request.accept("application/json");
        request.path_template("/application/license");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_action_logs`](crate::Client::list_action_logs).
#[derive(Clone)]
pub struct ListActionLogs {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) filter_action: Option<String>,
    pub(crate) filter_model: Option<String>,
    pub(crate) filter_staff_id: Option<i64>,
    pub(crate) filter_customer_id: Option<i64>,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for ListActionLogs {
    type Output = crate::types::ActionLogPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/logs"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[action]",
                &self.filter_action,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[model]",
                &self.filter_model,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[staff_id]",
                &self.filter_staff_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[customer_id]",
                &self.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/logs");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_action_log`](crate::Client::get_action_log).
#[derive(Clone)]
pub struct GetActionLog {
    pub(crate) log: i64,
}

impl crate::requests::Operation for GetActionLog {
    type Output = crate::types::ActionLogPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/application/logs/", &crate::runtime::path_param("log", &self.log)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/logs/{log}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_pricings`](crate::Client::get_pricings).
#[derive(Clone)]
pub struct GetPricings {
    pub(crate) per_page: Option<i64>,
    pub(crate) filter_related_id: Option<i64>,
    pub(crate) filter_related_type: Option<String>,
    pub(crate) filter_currency: Option<String>,
    pub(crate) filter_monthly: Option<f64>,
    pub(crate) sort: Option<Vec<String>>,
    pub(crate) page: Option<i64>,
}

impl crate::requests::Operation for GetPricings {
    type Output = crate::types::PricingPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/pricings"));
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[related_id]",
                &self.filter_related_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[related_type]",
                &self.filter_related_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[currency]",
                &self.filter_currency,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[monthly]",
                &self.filter_monthly,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort[]", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/pricings");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::create_pricing`](crate::Client::create_pricing).
#[derive(Clone)]
pub struct CreatePricing {
    pub(crate) body: crate::types::PricingRequest,
}

impl crate::requests::Operation for CreatePricing {
    type Output = crate::types::ShopPricing;
    type Error = crate::types::CreatePricingError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/pricings"));
        request.accept("application/json");
        request.path_template("/application/pricings");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::CreatePricingError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::CreatePricingError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::CreatePricingError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_pricing`](crate::Client::delete_pricing).
#[derive(Clone)]
pub struct DeletePricing {
    pub(crate) id: i64,
}

impl crate::requests::Operation for DeletePricing {
    type Output = crate::types::ShopPricing;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                ["/application/pricings/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_pricing`](crate::Client::get_pricing).
#[derive(Clone)]
pub struct GetPricing {
    pub(crate) id: i64,
}

impl crate::requests::Operation for GetPricing {
    type Output = crate::types::ShopPricing;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/application/pricings/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_pricing`](crate::Client::update_pricing).
#[derive(Clone)]
pub struct UpdatePricing {
    pub(crate) id: i64,
    pub(crate) body: crate::types::PricingRequest,
}

impl crate::requests::Operation for UpdatePricing {
    type Output = crate::types::ShopPricing;
    type Error = crate::types::UpdatePricingError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                ["/application/pricings/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdatePricingError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdatePricingError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdatePricingError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdatePricingError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_product_list`](crate::Client::get_product_list).
#[derive(Clone)]
pub struct GetProductList {
    pub(crate) filter_id: Option<i64>,
    pub(crate) filter_name: Option<String>,
    pub(crate) filter_status: Option<crate::types::ProductStatus>,
    pub(crate) filter_description: Option<String>,
    pub(crate) filter_group_id: Option<i64>,
    pub(crate) filter_stock: Option<i64>,
    pub(crate) filter_type: Option<String>,
    pub(crate) filter_pinned: Option<bool>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
    pub(crate) per_page: Option<i64>,
    pub(crate) page: Option<i64>,
    pub(crate) pricing: Option<i64>,
}

impl crate::requests::Operation for GetProductList {
    type Output = crate::types::ProductPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/products"));
        request
            .query(
                "filter[id]",
                &self.filter_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[name]",
                &self.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[description]",
                &self.filter_description,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[group_id]",
                &self.filter_group_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[stock]",
                &self.filter_stock,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[type]",
                &self.filter_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[pinned]",
                &self.filter_pinned,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request.query("pricing", &self.pricing, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/products");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_product`](crate::Client::store_product).
#[derive(Clone)]
pub struct StoreProduct {
    pub(crate) body: crate::types::ShopProductRequest,
}

impl crate::requests::Operation for StoreProduct {
    type Output = crate::types::ShopProduct;
    type Error = crate::types::StoreProductError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/products"));
        request.accept("application/json");
        request.path_template("/application/products");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 => Err(response.api_error(crate::types::StoreProductError::Unauthorized)),
            403 => Err(response.api_error(crate::types::StoreProductError::Forbidden)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::StoreProductError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_product`](crate::Client::delete_product).
#[derive(Clone)]
pub struct DeleteProduct {
    pub(crate) id: i64,
}

impl crate::requests::Operation for DeleteProduct {
    type Output = crate::types::ShopProduct;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                ["/application/products/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_product_by_id`](crate::Client::get_product_by_id).
#[derive(Clone)]
pub struct GetProductById {
    pub(crate) id: i64,
    pub(crate) include: Option<String>,
    pub(crate) pricing: Option<i64>,
}

impl crate::requests::Operation for GetProductById {
    type Output = crate::types::ShopProduct;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/application/products/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.query("pricing", &self.pricing, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_product`](crate::Client::update_product).
#[derive(Clone)]
pub struct UpdateProduct {
    pub(crate) id: i64,
    pub(crate) body: crate::types::ShopProductRequest,
}

impl crate::requests::Operation for UpdateProduct {
    type Output = crate::types::ShopProduct;
    type Error = crate::types::UpdateProductError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                ["/application/products/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(response.api_error(crate::types::UpdateProductError::Unauthorized))
            }
            403 => Err(response.api_error(crate::types::UpdateProductError::Forbidden)),
            404 => Err(response.api_error(crate::types::UpdateProductError::NotFound)),
            422 => {
                Err(
                    response
                        .api_error(crate::types::UpdateProductError::UnprocessableEntity),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_product_config`](crate::Client::get_product_config).
#[derive(Clone)]
pub struct GetProductConfig {
    pub(crate) id: i64,
}

impl crate::requests::Operation for GetProductConfig {
    type Output = crate::types::ProductConfig;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/products/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/config",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}/config");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_product_config`](crate::Client::update_product_config).
#[derive(Clone)]
pub struct UpdateProductConfig {
    pub(crate) id: i64,
    pub(crate) body: crate::types::ProductConfig,
}

impl crate::requests::Operation for UpdateProductConfig {
    type Output = crate::types::ProductConfig;
    type Error = crate::types::UpdateProductConfigError;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::PUT,
                [
                    "/application/products/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/config",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}/config");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 => {
                Err(
                    response
                        .api_error(crate::types::UpdateProductConfigError::Unauthorized),
                )
            }
            403 => {
                Err(
                    response.api_error(crate::types::UpdateProductConfigError::Forbidden),
                )
            }
            404 => {
                Err(response.api_error(crate::types::UpdateProductConfigError::NotFound))
            }
            422 => {
                Err(
                    response
                        .api_error(
                            crate::types::UpdateProductConfigError::UnprocessableEntity,
                        ),
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_servers`](crate::Client::list_servers).
#[derive(Clone)]
pub struct ListServers {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) filter_type: Option<String>,
    pub(crate) filter_status: Option<String>,
}

impl crate::requests::Operation for ListServers {
    type Output = crate::types::ProvisioningServerPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/servers"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[type]",
                &self.filter_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/servers");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_server`](crate::Client::store_server).
#[derive(Clone)]
pub struct StoreServer {
    pub(crate) body: crate::types::StoreServerBody,
}

impl crate::requests::Operation for StoreServer {
    type Output = crate::types::ProvisioningServer;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/servers"));
        request.accept("application/json");
        request.path_template("/application/servers");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::test_server`](crate::Client::test_server).
#[derive(Clone)]
pub struct TestServer {
    pub(crate) body: crate::types::TestServerBody,
}

impl crate::requests::Operation for TestServer {
    type Output = crate::types::ServerTestResult;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/servers/test"));
        request.accept("application/json");
        request.path_template("/application/servers/test");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_server`](crate::Client::delete_server).
#[derive(Clone)]
pub struct DeleteServer {
    pub(crate) server: i64,
}

impl crate::requests::Operation for DeleteServer {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &self.server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_server`](crate::Client::get_server).
#[derive(Clone)]
pub struct GetServer {
    pub(crate) server: i64,
}

impl crate::requests::Operation for GetServer {
    type Output = crate::types::ProvisioningServerPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &self.server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_server`](crate::Client::update_server).
#[derive(Clone)]
pub struct UpdateServer {
    pub(crate) server: i64,
    pub(crate) body: crate::types::UpdateServerBody,
}

impl crate::requests::Operation for UpdateServer {
    type Output = crate::types::ProvisioningServer;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &self.server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_all_services`](crate::Client::get_all_services).
#[derive(Clone)]
pub struct GetAllServices {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for GetAllServices {
    type Output = crate::types::ServicePage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/services"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/services");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_service_by_id`](crate::Client::delete_service_by_id).
#[derive(Clone)]
pub struct DeleteServiceById {
    pub(crate) id: String,
}

impl crate::requests::Operation for DeleteServiceById {
    type Output = crate::types::ProvisioningService;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                ["/application/services/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_service_by_id`](crate::Client::get_service_by_id).
#[derive(Clone)]
pub struct GetServiceById {
    pub(crate) id: String,
}

impl crate::requests::Operation for GetServiceById {
    type Output = crate::types::ProvisioningService;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                ["/application/services/", &crate::runtime::path_param("id", &self.id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_subdomain_hosts`](crate::Client::list_subdomain_hosts).
#[derive(Clone)]
pub struct ListSubdomainHosts {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
}

impl crate::requests::Operation for ListSubdomainHosts {
    type Output = crate::types::SubdomainHostPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/subdomains"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/subdomains");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_subdomain_host`](crate::Client::store_subdomain_host).
#[derive(Clone)]
pub struct StoreSubdomainHost {
    pub(crate) body: crate::types::StoreSubdomainHostBody,
}

impl crate::requests::Operation for StoreSubdomainHost {
    type Output = crate::types::SubdomainHost;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/subdomains"));
        request.accept("application/json");
        request.path_template("/application/subdomains");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_subdomain_host`](crate::Client::delete_subdomain_host).
#[derive(Clone)]
pub struct DeleteSubdomainHost {
    pub(crate) subdomain: i64,
}

impl crate::requests::Operation for DeleteSubdomainHost {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &self.subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_subdomain_host`](crate::Client::get_subdomain_host).
#[derive(Clone)]
pub struct GetSubdomainHost {
    pub(crate) subdomain: i64,
}

impl crate::requests::Operation for GetSubdomainHost {
    type Output = crate::types::SubdomainHostPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &self.subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_subdomain_host`](crate::Client::update_subdomain_host).
#[derive(Clone)]
pub struct UpdateSubdomainHost {
    pub(crate) subdomain: i64,
    pub(crate) body: crate::types::UpdateSubdomainHostBody,
}

impl crate::requests::Operation for UpdateSubdomainHost {
    type Output = crate::types::SubdomainHost;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &self.subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_tickets`](crate::Client::list_tickets).
#[derive(Clone)]
pub struct ListTickets {
    pub(crate) page: Option<i64>,
    pub(crate) per_page: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) filter_status: Option<String>,
    pub(crate) filter_priority: Option<String>,
    pub(crate) filter_department_id: Option<i64>,
    pub(crate) filter_customer_id: Option<i64>,
    pub(crate) include: Option<String>,
}

impl crate::requests::Operation for ListTickets {
    type Output = crate::types::SupportTicketPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/application/tickets"));
        request.query("page", &self.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &self.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[status]",
                &self.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[priority]",
                &self.filter_priority,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[department_id]",
                &self.filter_department_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[customer_id]",
                &self.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("include", &self.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/tickets");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_ticket`](crate::Client::store_ticket).
#[derive(Clone)]
pub struct StoreTicket {
    pub(crate) body: crate::types::StoreTicketBody,
}

impl crate::requests::Operation for StoreTicket {
    type Output = crate::types::SupportTicket;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/application/tickets"));
        request.accept("application/json");
        request.path_template("/application/tickets");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_ticket`](crate::Client::delete_ticket).
#[derive(Clone)]
pub struct DeleteTicket {
    pub(crate) ticket: i64,
}

impl crate::requests::Operation for DeleteTicket {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_ticket`](crate::Client::get_ticket).
#[derive(Clone)]
pub struct GetTicket {
    pub(crate) ticket: i64,
}

impl crate::requests::Operation for GetTicket {
    type Output = crate::types::SupportTicketPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_ticket`](crate::Client::update_ticket).
#[derive(Clone)]
pub struct UpdateTicket {
    pub(crate) ticket: i64,
    pub(crate) body: crate::types::UpdateTicketBody,
}

impl crate::requests::Operation for UpdateTicket {
    type Output = crate::types::SupportTicket;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::close_ticket`](crate::Client::close_ticket).
#[derive(Clone)]
pub struct CloseTicket {
    pub(crate) ticket: i64,
    pub(crate) body: Option<crate::types::CloseTicketBody>,
}

impl crate::requests::Operation for CloseTicket {
    type Output = crate::types::TicketActionResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                    "/close",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/close");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::reopen_ticket`](crate::Client::reopen_ticket).
#[derive(Clone)]
pub struct ReopenTicket {
    pub(crate) ticket: i64,
}

impl crate::requests::Operation for ReopenTicket {
    type Output = crate::types::TicketActionResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                    "/reopen",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/reopen");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::reply_to_ticket`](crate::Client::reply_to_ticket).
#[derive(Clone)]
pub struct ReplyToTicket {
    pub(crate) ticket: i64,
    pub(crate) body: crate::types::ReplyToTicketBody,
}

impl crate::requests::Operation for ReplyToTicket {
    type Output = crate::types::TicketActionResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &self.ticket)?,
                    "/reply",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/reply");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_cancellation_reasons`](crate::Client::list_cancellation_reasons).
#[derive(Clone)]
pub struct ListCancellationReasons {}
impl crate::requests::Operation for ListCancellationReasons {
    type Output = crate::types::CancellationReasonPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                String::from("/application/cancellation_reasons"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::store_cancellation_reason`](crate::Client::store_cancellation_reason).
#[derive(Clone)]
pub struct StoreCancellationReason {
    pub(crate) body: crate::types::CancellationReasonRequest,
}

impl crate::requests::Operation for StoreCancellationReason {
    type Output = crate::types::CancellationReason;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                String::from("/application/cancellation_reasons"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_cancellation_reason`](crate::Client::delete_cancellation_reason).
#[derive(Clone)]
pub struct DeleteCancellationReason {
    pub(crate) id: i64,
}

impl crate::requests::Operation for DeleteCancellationReason {
    type Output = crate::types::MessageResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &self.id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_cancellation_reason`](crate::Client::get_cancellation_reason).
#[derive(Clone)]
pub struct GetCancellationReason {
    pub(crate) id: i64,
}

impl crate::requests::Operation for GetCancellationReason {
    type Output = crate::types::CancellationReasonPage;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &self.id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::update_cancellation_reason`](crate::Client::update_cancellation_reason).
#[derive(Clone)]
pub struct UpdateCancellationReason {
    pub(crate) id: i64,
    pub(crate) body: crate::types::CancellationReasonRequest,
}

impl crate::requests::Operation for UpdateCancellationReason {
    type Output = crate::types::CancellationReason;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &self.id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_cancellation_reason_analytics`](crate::Client::get_cancellation_reason_analytics).
#[derive(Clone)]
pub struct GetCancellationReasonAnalytics {}
impl crate::requests::Operation for GetCancellationReasonAnalytics {
    type Output = crate::types::CancellationReasonAnalytics;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                String::from("/application/cancellation_reasons_analytics"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons_analytics");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::expire_service_by_id`](crate::Client::expire_service_by_id).
#[derive(Clone)]
pub struct ExpireServiceById {
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::ExpireServiceRequest>,
}

impl crate::requests::Operation for ExpireServiceById {
    type Output = crate::types::ServiceStateChangeResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/expire",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/expire");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::suspend_service_by_id`](crate::Client::suspend_service_by_id).
#[derive(Clone)]
pub struct SuspendServiceById {
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::SuspendServiceRequest>,
}

impl crate::requests::Operation for SuspendServiceById {
    type Output = crate::types::ServiceStateChangeResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/suspend",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/suspend");
        if let Some(body) = self.body {
            request.json("application/json", &body);
        }
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::unsuspend_service_by_id`](crate::Client::unsuspend_service_by_id).
#[derive(Clone)]
pub struct UnsuspendServiceById {
    pub(crate) id: String,
}

impl crate::requests::Operation for UnsuspendServiceById {
    type Output = crate::types::ServiceStateChangeResponse;
    type Error = crate::types::ErrorMessage;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", &self.id)?,
                    "/unsuspend",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/unsuspend");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}
