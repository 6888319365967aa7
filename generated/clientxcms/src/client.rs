//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Get a list of coupons
    ///
    /// `GET /application/coupons`
    pub async fn list_coupons(
        &self,
        params: &crate::types::ListCouponsParams,
    ) -> Result<crate::types::CouponPage, crate::Error<crate::types::ErrorMessage>> {
        self.list_coupons_page(params).await.map(|(body, _)| body)
    }

    /// [`list_coupons`](Self::list_coupons), with what the pagination stream reads of the response.
    pub(crate) async fn list_coupons_page(
        &self,
        params: &crate::types::ListCouponsParams,
    ) -> Result<
        (crate::types::CouponPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/coupons"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/coupons");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new coupon
    ///
    /// `POST /application/coupons`
    pub async fn store_coupon(
        &self,
        body: &crate::types::StoreCouponBody,
    ) -> Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/coupons"));
        request.accept("application/json");
        request.path_template("/application/coupons");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete an existing coupon
    ///
    /// `DELETE /application/coupons/{coupon}`
    pub async fn delete_coupon(
        &self,
        coupon: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a single coupon
    ///
    /// `GET /application/coupons/{coupon}`
    pub async fn get_coupon(
        &self,
        coupon: i64,
    ) -> Result<crate::types::CouponPage, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update an existing coupon
    ///
    /// `POST /application/coupons/{coupon}`
    pub async fn update_coupon(
        &self,
        coupon: i64,
        body: &crate::types::UpdateCouponBody,
    ) -> Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/coupons/",
                    &crate::runtime::path_param("coupon", &coupon)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/coupons/{coupon}");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// List customers
    ///
    /// One page of customers, filterable and sortable (Spatie query builder). Server default: 25 per page.
    ///
    /// Permission: `customers:index` (or `*`).
    ///
    /// `GET /application/customers`
    pub async fn get_customers(
        &self,
        params: &crate::types::GetCustomersParams,
    ) -> Result<crate::types::CustomerPage, crate::Error<crate::types::ErrorMessage>> {
        self.get_customers_page(params).await.map(|(body, _)| body)
    }

    /// [`get_customers`](Self::get_customers), with what the pagination stream reads of the response.
    pub(crate) async fn get_customers_page(
        &self,
        params: &crate::types::GetCustomersParams,
    ) -> Result<
        (crate::types::CustomerPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/customers"));
        request
            .query(
                "filter[email]",
                &params.filter_email,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[firstname]",
                &params.filter_firstname,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[lastname]",
                &params.filter_lastname,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[phone]",
                &params.filter_phone,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/customers");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create customer
    ///
    /// Permission: `customers:create` (or `*`).
    ///
    /// `POST /application/customers`
    pub async fn store_customer(
        &self,
        body: &crate::types::StoreCustomerRequest,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::StoreCustomerError>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/customers"));
        request.accept("application/json");
        request.path_template("/application/customers");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Delete customer
    ///
    /// Refused with 400 while the customer has invoices.
    ///
    /// Permission: `customers:delete` (or `*`).
    ///
    /// `DELETE /application/customers/{id}`
    pub async fn delete_customer(
        &self,
        id: i64,
        params: &crate::types::DeleteCustomerParams,
    ) -> Result<
        crate::types::Customer,
        crate::Error<crate::types::DeleteCustomerError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/application/customers/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.query("force", &params.force, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        let response = request.send().await?;
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

    /// Get customer
    ///
    /// Permission: `customers:index` (or `*`).
    ///
    /// `GET /application/customers/{id}`
    pub async fn get_customer(
        &self,
        id: i64,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/application/customers/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update customer
    ///
    /// Changes the given fields (the API uses POST for updates).
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}`
    pub async fn update_customer(
        &self,
        id: i64,
        body: &crate::types::UpdateCustomerRequest,
    ) -> Result<
        crate::types::Customer,
        crate::Error<crate::types::UpdateCustomerError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                ["/application/customers/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Perform action on customer (suspend, reactivate, ban, disable2FA)
    ///
    /// Suspends, reactivates or bans a customer, or disables their two-factor authentication.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/action/{action}`
    pub async fn customer_action(
        &self,
        id: i64,
        action: &crate::types::CustomerAction,
        body: Option<&crate::types::CustomerActionRequest>,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &id)?,
                    "/action/",
                    &crate::runtime::path_param("action", action)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/action/{action}");
        if let Some(body) = body {
            request.json("application/json", body);
        }
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Confirm email of a customer
    ///
    /// Marks the customer's email address as verified.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/confirm`
    pub async fn confirm_customer(
        &self,
        id: i64,
    ) -> Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &id)?,
                    "/confirm",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/confirm");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Resend email confirmation
    ///
    /// Emails the customer a new verification link.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/resend_confirmation`
    pub async fn resend_confirmation_customer(
        &self,
        id: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &id)?,
                    "/resend_confirmation",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/resend_confirmation");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Send password reset link
    ///
    /// Emails the customer a password reset link. As published and in the source, it answers 400 when the email address is already verified.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/send_password`
    pub async fn forgot_password_customer(
        &self,
        id: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/customers/",
                    &crate::runtime::path_param("id", &id)?,
                    "/send_password",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/customers/{id}/send_password");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a list of support departments
    ///
    /// `GET /application/departments`
    pub async fn list_departments(
        &self,
        params: &crate::types::ListDepartmentsParams,
    ) -> Result<
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_departments_page(params).await.map(|(body, _)| body)
    }

    /// [`list_departments`](Self::list_departments), with what the pagination stream reads of the response.
    pub(crate) async fn list_departments_page(
        &self,
        params: &crate::types::ListDepartmentsParams,
    ) -> Result<
        (crate::types::SupportDepartmentPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/departments"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/departments");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new support department
    ///
    /// `POST /application/departments`
    pub async fn store_department(
        &self,
        body: &crate::types::StoreDepartmentBody,
    ) -> Result<
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/departments"));
        request.accept("application/json");
        request.path_template("/application/departments");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete an existing support department
    ///
    /// `DELETE /application/departments/{department}`
    pub async fn delete_department(
        &self,
        department: i64,
    ) -> Result<(), crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        let response = request.send().await?;
        match response.status() {
            401 | 403 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a single support department
    ///
    /// `GET /application/departments/{department}`
    pub async fn get_department(
        &self,
        department: i64,
    ) -> Result<
        crate::types::SupportDepartmentPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update an existing support department
    ///
    /// `POST /application/departments/{department}`
    pub async fn update_department(
        &self,
        department: i64,
        body: &crate::types::UpdateDepartmentBody,
    ) -> Result<
        crate::types::SupportDepartment,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/departments/",
                    &crate::runtime::path_param("department", &department)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/departments/{department}");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get list of groups
    ///
    /// One page of product groups, filterable and sortable. Server default: 12 per page.
    ///
    /// Permission: `groups:index` (or `*`).
    ///
    /// `GET /application/groups`
    pub async fn get_group_list(
        &self,
        params: &crate::types::GetGroupListParams,
    ) -> Result<crate::types::GroupPage, crate::Error<crate::types::ErrorMessage>> {
        self.get_group_list_page(params).await.map(|(body, _)| body)
    }

    /// [`get_group_list`](Self::get_group_list), with what the pagination stream reads of the response.
    pub(crate) async fn get_group_list_page(
        &self,
        params: &crate::types::GetGroupListParams,
    ) -> Result<
        (crate::types::GroupPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/groups"));
        request
            .query(
                "filter[name]",
                &params.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[slug]",
                &params.filter_slug,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/groups");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new group
    ///
    /// Permission: `groups:create` (or `*`).
    ///
    /// `POST /application/groups`
    pub async fn store_group(
        &self,
        body: &crate::types::StoreGroupRequest,
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::StoreGroupError>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/groups"));
        request.accept("application/json");
        request.path_template("/application/groups");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Delete group information
    ///
    /// Child groups become top-level groups. Refused with 400 while the group still has products.
    ///
    /// Permission: `groups:delete` (or `*`).
    ///
    /// `DELETE /application/groups/{id}`
    pub async fn delete_group_by_id(
        &self,
        id: i64,
    ) -> Result<
        crate::types::ShopGroup,
        crate::Error<crate::types::DeleteGroupByIdError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/application/groups/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        let response = request.send().await?;
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

    /// Get group information
    ///
    /// Permission: `groups:index` (or `*`).
    ///
    /// `GET /application/groups/{id}`
    pub async fn get_group_by_id(
        &self,
        id: i64,
        params: &crate::types::GetGroupByIdParams,
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/application/groups/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update an existing group
    ///
    /// Changes the group (the API uses POST for updates).
    ///
    /// Permission: `groups:update` (or `*`).
    ///
    /// `POST /application/groups/{id}`
    pub async fn update_group(
        &self,
        id: i64,
        body: &crate::types::UpdateGroupRequest,
    ) -> Result<crate::types::ShopGroup, crate::Error<crate::types::UpdateGroupError>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                ["/application/groups/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/groups/{id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// get heath status
    ///
    /// Answers `{"status": "ok"}` when the API is up and the key is valid. (The published operationId is spelled `heatlth`.)
    ///
    /// Permission: `health` (or `*`).
    ///
    /// `GET /application/health`
    pub async fn health(
        &self,
    ) -> Result<crate::types::HealthStatus, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/health"));
        request.accept("application/json");
        request.path_template("/application/health");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// List invoices
    ///
    /// One page of invoices, filterable and sortable. The published document types the answer as a bare array and offers a single `filter` string; the server answers a Laravel paginator and filters with `filter[field]` (Spatie query builder). Server default: 10 per page (at most 100).
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices`
    pub async fn list_invoices(
        &self,
        params: &crate::types::ListInvoicesParams,
    ) -> Result<crate::types::InvoicePage, crate::Error<crate::types::ErrorMessage>> {
        self.list_invoices_page(params).await.map(|(body, _)| body)
    }

    /// [`list_invoices`](Self::list_invoices), with what the pagination stream reads of the response.
    pub(crate) async fn list_invoices_page(
        &self,
        params: &crate::types::ListInvoicesParams,
    ) -> Result<
        (crate::types::InvoicePage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/invoices"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[customer_id]",
                &params.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &params.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/invoices");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create invoice
    ///
    /// Creates an empty draft invoice for a customer; add lines from the administration panel, then validate it.
    ///
    /// Permission: `invoices:create` (or `*`).
    ///
    /// `POST /application/invoices`
    pub async fn create_invoice(
        &self,
        body: &crate::types::StoreInvoiceRequest,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::CreateInvoiceError>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/invoices"));
        request.accept("application/json");
        request.path_template("/application/invoices");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Export invoices
    ///
    /// A file of the invoices matching the request, in the requested format. The published operation declares an `invoice` path parameter that its path does not have, and a JSON invoice as answer; this document drops the parameter, takes the published `ExportInvoiceRequest` as body and answers the file.
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `POST /application/invoices/export`
    pub async fn export_invoices(
        &self,
        body: &crate::types::ExportInvoiceRequest,
    ) -> Result<crate::Download, crate::Error<crate::types::ExportInvoicesError>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                String::from("/application/invoices/export"),
            );
        request.accept("application/json, application/octet-stream");
        request.stream_success();
        request.path_template("/application/invoices/export");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Delete invoice
    ///
    /// Only draft, pending and cancelled invoices can be deleted; others answer 403.
    ///
    /// Permission: `invoices:delete` (or `*`).
    ///
    /// `DELETE /application/invoices/{invoice}`
    pub async fn delete_invoice(
        &self,
        invoice: &str,
    ) -> Result<(), crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        let response = request.send().await?;
        match response.status() {
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Get invoice
    ///
    /// Some CLIENTXCMS releases wrap the invoice in a one-item paginator here; this document follows the published shape (a bare invoice).
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}`
    pub async fn get_invoice(
        &self,
        invoice: &str,
        params: &crate::types::GetInvoiceParams,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                ]
                    .concat(),
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update invoice
    ///
    /// Published as PUT; the CLIENTXCMS route file declares POST on the same path, which this client sends. The published operation omits the `invoice` path parameter; it is declared here.
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `POST /application/invoices/{invoice}`
    pub async fn update_invoice(
        &self,
        invoice: &str,
        body: &crate::types::UpdateInvoiceRequest,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::UpdateInvoiceError>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Download invoice PDF
    ///
    /// The invoice as a PDF attachment named after the invoice number.
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}/download`
    pub async fn download_invoice_pdf(
        &self,
        invoice: &str,
    ) -> Result<crate::Download, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                    "/download",
                ]
                    .concat(),
            );
        request.accept("application/json, application/pdf");
        request.stream_success();
        request.path_template("/application/invoices/{invoice}/download");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.download()),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl crate::Client {
    /// Revert invoice to draft
    ///
    /// Puts a pending invoice back in draft so that its lines can be edited.
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `POST /application/invoices/{invoice}/edit`
    pub async fn revert_invoice_to_draft(
        &self,
        invoice: &str,
    ) -> Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                    "/edit",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/edit");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Notify customer of invoice
    ///
    /// Emails the customer about a pending invoice (this GET has a side effect).
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}/notify`
    pub async fn notify_customer_of_invoice(
        &self,
        invoice: &str,
    ) -> Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                    "/notify",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/notify");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get invoice PDF
    ///
    /// The invoice as a PDF shown inline (`Content-Disposition: inline`). The published document types the answer as a JSON invoice; the server streams the PDF.
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}/pdf`
    pub async fn get_invoice_pdf(
        &self,
        invoice: &str,
    ) -> Result<crate::Download, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                    "/pdf",
                ]
                    .concat(),
            );
        request.accept("application/json, application/pdf");
        request.stream_success();
        request.path_template("/application/invoices/{invoice}/pdf");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.download()),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Validate draft invoice
    ///
    /// Turns a draft invoice with at least one line into a pending invoice and fires the invoice-created event (which emails the customer).
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `POST /application/invoices/{invoice}/validate`
    pub async fn validate_draft_invoice(
        &self,
        invoice: &str,
    ) -> Result<
        crate::types::InvoiceActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/invoices/",
                    &crate::runtime::path_param("invoice", invoice)?,
                    "/validate",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/invoices/{invoice}/validate");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// get license
    ///
    /// The CLIENTXCMS license cached by the instance.
    ///
    /// Permission: `license` (or `*`).
    ///
    /// `GET /application/license`
    pub async fn license(
        &self,
    ) -> Result<crate::types::LicenseInfo, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/license"));
        request.accept("application/json");
        request.path_template("/application/license");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a list of action logs
    ///
    /// `GET /application/logs`
    pub async fn list_action_logs(
        &self,
        params: &crate::types::ListActionLogsParams,
    ) -> Result<crate::types::ActionLogPage, crate::Error<crate::types::ErrorMessage>> {
        self.list_action_logs_page(params).await.map(|(body, _)| body)
    }

    /// [`list_action_logs`](Self::list_action_logs), with what the pagination stream reads of the response.
    pub(crate) async fn list_action_logs_page(
        &self,
        params: &crate::types::ListActionLogsParams,
    ) -> Result<
        (crate::types::ActionLogPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/logs"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[action]",
                &params.filter_action,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[model]",
                &params.filter_model,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[staff_id]",
                &params.filter_staff_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[customer_id]",
                &params.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/logs");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Get a single action log
    ///
    /// `GET /application/logs/{log}`
    pub async fn get_action_log(
        &self,
        log: i64,
    ) -> Result<crate::types::ActionLogPage, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/application/logs/", &crate::runtime::path_param("log", &log)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/logs/{log}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// List all pricings
    ///
    /// One page of pricings, filterable and sortable. Any amount field can be used as a filter in the same way as `filter[monthly]`. Server default: 25 per page.
    ///
    /// Permission: `pricings:index` (or `*`).
    ///
    /// `GET /application/pricings`
    pub async fn get_pricings(
        &self,
        params: &crate::types::GetPricingsParams,
    ) -> Result<crate::types::PricingPage, crate::Error<crate::types::ErrorMessage>> {
        self.get_pricings_page(params).await.map(|(body, _)| body)
    }

    /// [`get_pricings`](Self::get_pricings), with what the pagination stream reads of the response.
    pub(crate) async fn get_pricings_page(
        &self,
        params: &crate::types::GetPricingsParams,
    ) -> Result<
        (crate::types::PricingPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/pricings"));
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[related_id]",
                &params.filter_related_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[related_type]",
                &params.filter_related_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[currency]",
                &params.filter_currency,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[monthly]",
                &params.filter_monthly,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort[]", &params.sort, crate::runtime::ParamStyle::Form, true);
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/pricings");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a pricing
    ///
    /// Creates the prices of a product or configuration option in one currency.
    ///
    /// Permission: `pricings:create` (or `*`).
    ///
    /// `POST /application/pricings`
    pub async fn create_pricing(
        &self,
        body: &crate::types::PricingRequest,
    ) -> Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::CreatePricingError>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/pricings"));
        request.accept("application/json");
        request.path_template("/application/pricings");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Delete a pricing
    ///
    /// Permission: `pricings:delete` (or `*`).
    ///
    /// `DELETE /application/pricings/{id}`
    pub async fn delete_pricing(
        &self,
        id: i64,
    ) -> Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/application/pricings/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a specific pricing
    ///
    /// Permission: `pricings:index` (or `*`).
    ///
    /// `GET /application/pricings/{id}`
    pub async fn get_pricing(
        &self,
        id: i64,
    ) -> Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/application/pricings/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update pricing
    ///
    /// Changes the pricing (the API uses POST for updates).
    ///
    /// Permission: `pricings:update` (or `*`).
    ///
    /// `POST /application/pricings/{id}`
    pub async fn update_pricing(
        &self,
        id: i64,
        body: &crate::types::PricingRequest,
    ) -> Result<
        crate::types::ShopPricing,
        crate::Error<crate::types::UpdatePricingError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                ["/application/pricings/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/pricings/{id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Get list of products
    ///
    /// One page of products, filterable and sortable. Add `pricing=1` to get each product's prices. Server default: 12 per page.
    ///
    /// Permission: `products:index` (or `*`).
    ///
    /// `GET /application/products`
    pub async fn get_product_list(
        &self,
        params: &crate::types::GetProductListParams,
    ) -> Result<crate::types::ProductPage, crate::Error<crate::types::ErrorMessage>> {
        self.get_product_list_page(params).await.map(|(body, _)| body)
    }

    /// [`get_product_list`](Self::get_product_list), with what the pagination stream reads of the response.
    pub(crate) async fn get_product_list_page(
        &self,
        params: &crate::types::GetProductListParams,
    ) -> Result<
        (crate::types::ProductPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/products"));
        request
            .query(
                "filter[id]",
                &params.filter_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[name]",
                &params.filter_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &params.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[description]",
                &params.filter_description,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[group_id]",
                &params.filter_group_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[stock]",
                &params.filter_stock,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[type]",
                &params.filter_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[pinned]",
                &params.filter_pinned,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("pricing", &params.pricing, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/products");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new product
    ///
    /// Creates a product (and, where the instance reads it, its pricing).
    ///
    /// Permission: `products:create` (or `*`).
    ///
    /// `POST /application/products`
    pub async fn store_product(
        &self,
        body: &crate::types::ShopProductRequest,
    ) -> Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::StoreProductError>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/products"));
        request.accept("application/json");
        request.path_template("/application/products");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Delete product by ID
    ///
    /// Permission: `products:delete` (or `*`).
    ///
    /// `DELETE /application/products/{id}`
    pub async fn delete_product(
        &self,
        id: i64,
    ) -> Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/application/products/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get product information
    ///
    /// Add `pricing=1` (or `include=pricing`) to get the product's prices.
    ///
    /// Permission: `products:index` (or `*`).
    ///
    /// `GET /application/products/{id}`
    pub async fn get_product_by_id(
        &self,
        id: i64,
        params: &crate::types::GetProductByIdParams,
    ) -> Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/application/products/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request
            .query("pricing", &params.pricing, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update product by ID
    ///
    /// Changes the product (the API uses POST for updates).
    ///
    /// Permission: `products:update` (or `*`).
    ///
    /// `POST /application/products/{id}`
    pub async fn update_product(
        &self,
        id: i64,
        body: &crate::types::ShopProductRequest,
    ) -> Result<
        crate::types::ShopProduct,
        crate::Error<crate::types::UpdateProductError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                ["/application/products/", &crate::runtime::path_param("id", &id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Get product configuration
    ///
    /// The product's provisioning configuration as JSON.
    ///
    /// Permission: `products:index` (or `*`).
    ///
    /// `GET /application/products/{id}/config`
    pub async fn get_product_config(
        &self,
        id: i64,
    ) -> Result<crate::types::ProductConfig, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/products/",
                    &crate::runtime::path_param("id", &id)?,
                    "/config",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}/config");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update product configuration
    ///
    /// Replaces the product's provisioning configuration; the accepted keys depend on the product type. The answer body is not published: it is modelled as the configuration (inferred).
    ///
    /// Permission: `products:update` (or `*`).
    ///
    /// `PUT /application/products/{id}/config`
    pub async fn update_product_config(
        &self,
        id: i64,
        body: &crate::types::ProductConfig,
    ) -> Result<
        crate::types::ProductConfig,
        crate::Error<crate::types::UpdateProductConfigError>,
    > {
        let mut request = self
            .request(
                reqwest::Method::PUT,
                [
                    "/application/products/",
                    &crate::runtime::path_param("id", &id)?,
                    "/config",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/products/{id}/config");
        request.json("application/json", body);
        let response = request.send().await?;
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

    /// Get a list of servers
    ///
    /// `GET /application/servers`
    pub async fn list_servers(
        &self,
        params: &crate::types::ListServersParams,
    ) -> Result<
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_servers_page(params).await.map(|(body, _)| body)
    }

    /// [`list_servers`](Self::list_servers), with what the pagination stream reads of the response.
    pub(crate) async fn list_servers_page(
        &self,
        params: &crate::types::ListServersParams,
    ) -> Result<
        (crate::types::ProvisioningServerPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/servers"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[type]",
                &params.filter_type,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[status]",
                &params.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.accept("application/json");
        request.path_template("/application/servers");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new server
    ///
    /// `POST /application/servers`
    pub async fn store_server(
        &self,
        body: &crate::types::StoreServerBody,
    ) -> Result<
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/servers"));
        request.accept("application/json");
        request.path_template("/application/servers");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Test server connection
    ///
    /// `POST /application/servers/test`
    pub async fn test_server(
        &self,
        body: &crate::types::TestServerBody,
    ) -> Result<
        crate::types::ServerTestResult,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/servers/test"));
        request.accept("application/json");
        request.path_template("/application/servers/test");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete an existing server
    ///
    /// `DELETE /application/servers/{server}`
    pub async fn delete_server(
        &self,
        server: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a single server
    ///
    /// `GET /application/servers/{server}`
    pub async fn get_server(
        &self,
        server: i64,
    ) -> Result<
        crate::types::ProvisioningServerPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update an existing server
    ///
    /// `POST /application/servers/{server}`
    pub async fn update_server(
        &self,
        server: i64,
        body: &crate::types::UpdateServerBody,
    ) -> Result<
        crate::types::ProvisioningServer,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/servers/",
                    &crate::runtime::path_param("server", &server)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/servers/{server}");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a list of services
    ///
    /// One page of services. Server default: 10 per page (12 in some releases). The published operation also offers a free `filter` string; it matches no filter of the server (filters take the form `filter[field]`, and the service listing of the CLIENTXCMS source applies none), so it is left out. Some releases also ignore `sort` and `include` here.
    ///
    /// Permission: `services:index` (or `*`).
    ///
    /// `GET /application/services`
    pub async fn get_all_services(
        &self,
        params: &crate::types::GetAllServicesParams,
    ) -> Result<crate::types::ServicePage, crate::Error<crate::types::ErrorMessage>> {
        self.get_all_services_page(params).await.map(|(body, _)| body)
    }

    /// [`get_all_services`](Self::get_all_services), with what the pagination stream reads of the response.
    pub(crate) async fn get_all_services_page(
        &self,
        params: &crate::types::GetAllServicesParams,
    ) -> Result<
        (crate::types::ServicePage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/services"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/services");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Delete service information
    ///
    /// Permission: `services:delete` (or `*`).
    ///
    /// `DELETE /application/services/{id}`
    pub async fn delete_service_by_id(
        &self,
        id: &str,
    ) -> Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/application/services/", &crate::runtime::path_param("id", id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get service information
    ///
    /// Permission: `services:index` (or `*`).
    ///
    /// `GET /application/services/{id}`
    pub async fn get_service_by_id(
        &self,
        id: &str,
    ) -> Result<
        crate::types::ProvisioningService,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/application/services/", &crate::runtime::path_param("id", id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a list of subdomain hosts
    ///
    /// `GET /application/subdomains`
    pub async fn list_subdomain_hosts(
        &self,
        params: &crate::types::ListSubdomainHostsParams,
    ) -> Result<
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_subdomain_hosts_page(params).await.map(|(body, _)| body)
    }

    /// [`list_subdomain_hosts`](Self::list_subdomain_hosts), with what the pagination stream reads of the response.
    pub(crate) async fn list_subdomain_hosts_page(
        &self,
        params: &crate::types::ListSubdomainHostsParams,
    ) -> Result<
        (crate::types::SubdomainHostPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/subdomains"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/subdomains");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new subdomain host
    ///
    /// `POST /application/subdomains`
    pub async fn store_subdomain_host(
        &self,
        body: &crate::types::StoreSubdomainHostBody,
    ) -> Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/subdomains"));
        request.accept("application/json");
        request.path_template("/application/subdomains");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete an existing subdomain host
    ///
    /// `DELETE /application/subdomains/{subdomain}`
    pub async fn delete_subdomain_host(
        &self,
        subdomain: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a single subdomain host
    ///
    /// `GET /application/subdomains/{subdomain}`
    pub async fn get_subdomain_host(
        &self,
        subdomain: i64,
    ) -> Result<
        crate::types::SubdomainHostPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}

impl crate::Client {
    /// Update an existing subdomain host
    ///
    /// `POST /application/subdomains/{subdomain}`
    pub async fn update_subdomain_host(
        &self,
        subdomain: i64,
        body: &crate::types::UpdateSubdomainHostBody,
    ) -> Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/subdomains/",
                    &crate::runtime::path_param("subdomain", &subdomain)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/subdomains/{subdomain}");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a list of support tickets
    ///
    /// `GET /application/tickets`
    pub async fn list_tickets(
        &self,
        params: &crate::types::ListTicketsParams,
    ) -> Result<
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_tickets_page(params).await.map(|(body, _)| body)
    }

    /// [`list_tickets`](Self::list_tickets), with what the pagination stream reads of the response.
    pub(crate) async fn list_tickets_page(
        &self,
        params: &crate::types::ListTicketsParams,
    ) -> Result<
        (crate::types::SupportTicketPage, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/application/tickets"));
        request.query("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request
            .query("per_page", &params.per_page, crate::runtime::ParamStyle::Form, true);
        request.query("sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request
            .query(
                "filter[status]",
                &params.filter_status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[priority]",
                &params.filter_priority,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[department_id]",
                &params.filter_department_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query(
                "filter[customer_id]",
                &params.filter_customer_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query("include", &params.include, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/application/tickets");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a new support ticket
    ///
    /// `POST /application/tickets`
    pub async fn store_ticket(
        &self,
        body: &crate::types::StoreTicketBody,
    ) -> Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/application/tickets"));
        request.accept("application/json");
        request.path_template("/application/tickets");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete/Close an existing support ticket
    ///
    /// `DELETE /application/tickets/{ticket}`
    pub async fn delete_ticket(
        &self,
        ticket: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a single support ticket
    ///
    /// `GET /application/tickets/{ticket}`
    pub async fn get_ticket(
        &self,
        ticket: i64,
    ) -> Result<
        crate::types::SupportTicketPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update an existing support ticket
    ///
    /// `POST /application/tickets/{ticket}`
    pub async fn update_ticket(
        &self,
        ticket: i64,
        body: &crate::types::UpdateTicketBody,
    ) -> Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>> {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &ticket)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Close a support ticket
    ///
    /// `POST /application/tickets/{ticket}/close`
    pub async fn close_ticket(
        &self,
        ticket: i64,
        body: Option<&crate::types::CloseTicketBody>,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &ticket)?,
                    "/close",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/close");
        if let Some(body) = body {
            request.json("application/json", body);
        }
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Reopen a closed support ticket
    ///
    /// `POST /application/tickets/{ticket}/reopen`
    pub async fn reopen_ticket(
        &self,
        ticket: i64,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &ticket)?,
                    "/reopen",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/reopen");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Reply to a support ticket
    ///
    /// `POST /application/tickets/{ticket}/reply`
    pub async fn reply_to_ticket(
        &self,
        ticket: i64,
        body: &crate::types::ReplyToTicketBody,
    ) -> Result<
        crate::types::TicketActionResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/tickets/",
                    &crate::runtime::path_param("ticket", &ticket)?,
                    "/reply",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/tickets/{ticket}/reply");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// List all cancellation reasons
    ///
    /// `GET /application/cancellation_reasons`
    pub async fn list_cancellation_reasons(
        &self,
    ) -> Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                String::from("/application/cancellation_reasons"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Create a new cancellation reason
    ///
    /// `POST /application/cancellation_reasons`
    pub async fn store_cancellation_reason(
        &self,
        body: &crate::types::CancellationReasonRequest,
    ) -> Result<
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                String::from("/application/cancellation_reasons"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            201 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete a cancellation reason
    ///
    /// `DELETE /application/cancellation_reasons/{id}`
    pub async fn delete_cancellation_reason(
        &self,
        id: i64,
    ) -> Result<
        crate::types::MessageResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get a specific cancellation reason
    ///
    /// `GET /application/cancellation_reasons/{id}`
    pub async fn get_cancellation_reason(
        &self,
        id: i64,
    ) -> Result<
        crate::types::CancellationReasonPage,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update a cancellation reason
    ///
    /// `POST /application/cancellation_reasons/{id}`
    pub async fn update_cancellation_reason(
        &self,
        id: i64,
        body: &crate::types::CancellationReasonRequest,
    ) -> Result<
        crate::types::CancellationReason,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/cancellation_reasons/",
                    &crate::runtime::path_param("id", &id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons/{id}");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// Get cancellation analytics data
    ///
    /// `GET /application/cancellation_reasons_analytics`
    pub async fn get_cancellation_reason_analytics(
        &self,
    ) -> Result<
        crate::types::CancellationReasonAnalytics,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                String::from("/application/cancellation_reasons_analytics"),
            );
        request.accept("application/json");
        request.path_template("/application/cancellation_reasons_analytics");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// expire service
    ///
    /// Expires the service now: its provisioning extension removes it from the server. Published as DELETE `/application/expire/{id}`; the CLIENTXCMS route file declares POST `/application/services/{id}/expire`, which this client calls.
    ///
    /// Permission: `services:expire` (or `*`).
    ///
    /// `POST /application/services/{id}/expire`
    pub async fn expire_service_by_id(
        &self,
        id: &str,
        body: Option<&crate::types::ExpireServiceRequest>,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", id)?,
                    "/expire",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/expire");
        if let Some(body) = body {
            request.json("application/json", body);
        }
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// suspend service
    ///
    /// Suspends the service through its provisioning extension. Published as PUT `/application/suspend/{id}`; the CLIENTXCMS route file declares POST `/application/services/{id}/suspend`, which this client calls.
    ///
    /// Permission: `services:suspend` (or `*`).
    ///
    /// `POST /application/services/{id}/suspend`
    pub async fn suspend_service_by_id(
        &self,
        id: &str,
        body: Option<&crate::types::SuspendServiceRequest>,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", id)?,
                    "/suspend",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/suspend");
        if let Some(body) = body {
            request.json("application/json", body);
        }
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }

    /// unsuspend service
    ///
    /// Lifts the suspension of the service (CLIENTXCMS's permission list calls this "Renouveler un service"). Published as PUT `/application/unsuspend/{id}`; the CLIENTXCMS route file declares POST `/application/services/{id}/unsuspend`, which this client calls.
    ///
    /// Permission: `services:unsuspend` (or `*`).
    ///
    /// `POST /application/services/{id}/unsuspend`
    pub async fn unsuspend_service_by_id(
        &self,
        id: &str,
    ) -> Result<
        crate::types::ServiceStateChangeResponse,
        crate::Error<crate::types::ErrorMessage>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                [
                    "/application/services/",
                    &crate::runtime::path_param("id", id)?,
                    "/unsuspend",
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/application/services/{id}/unsuspend");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            401 | 403 | 404 => Err(response.api_error(std::convert::identity)),
            _ => Err(response.unexpected()),
        }
    }
}
