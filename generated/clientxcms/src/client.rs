//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Get a list of coupons
    ///
    /// `GET /application/coupons`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListCoupons::page), [`per_page`](crate::requests::ListCoupons::per_page), [`sort`](crate::requests::ListCoupons::sort), [`include`](crate::requests::ListCoupons::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_coupons().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_coupons(&self) -> crate::requests::ListCoupons<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListCoupons {
                page: None,
                per_page: None,
                sort: None,
                include: None,
            },
        )
    }

    /// Create a new coupon
    ///
    /// `POST /application/coupons`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreCouponBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_coupon(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_coupon(
        &self,
        body: impl Into<crate::types::StoreCouponBody>,
    ) -> crate::requests::StoreCoupon<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreCoupon {
                body: body.into(),
            },
        )
    }

    /// Delete an existing coupon
    ///
    /// `DELETE /application/coupons/{coupon}`
    ///
    /// # Arguments
    /// - `coupon`: ID of the coupon
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_coupon(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_coupon(
        &self,
        coupon: impl Into<i64>,
    ) -> crate::requests::DeleteCoupon<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteCoupon {
                coupon: coupon.into(),
            },
        )
    }

    /// Get a single coupon
    ///
    /// `GET /application/coupons/{coupon}`
    ///
    /// # Arguments
    /// - `coupon`: ID of the coupon
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_coupon(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_coupon(&self, coupon: impl Into<i64>) -> crate::requests::GetCoupon<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCoupon {
                coupon: coupon.into(),
            },
        )
    }

    /// Update an existing coupon
    ///
    /// `POST /application/coupons/{coupon}`
    ///
    /// # Arguments
    /// - `coupon`: ID of the coupon
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateCouponBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_coupon(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_coupon(
        &self,
        coupon: impl Into<i64>,
        body: impl Into<crate::types::UpdateCouponBody>,
    ) -> crate::requests::UpdateCoupon<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateCoupon {
                coupon: coupon.into(),
                body: body.into(),
            },
        )
    }

    /// List customers
    ///
    /// One page of customers, filterable and sortable (Spatie query builder). Server default: 25 per page.
    ///
    /// Permission: `customers:index` (or `*`).
    ///
    /// `GET /application/customers`
    ///
    /// Optional parameters are setters of the returned request: [`filter_email`](crate::requests::GetCustomers::filter_email), [`filter_firstname`](crate::requests::GetCustomers::filter_firstname), [`filter_lastname`](crate::requests::GetCustomers::filter_lastname), [`sort`](crate::requests::GetCustomers::sort), [`include`](crate::requests::GetCustomers::include), [`page`](crate::requests::GetCustomers::page), [`per_page`](crate::requests::GetCustomers::per_page), [`filter_phone`](crate::requests::GetCustomers::filter_phone).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_customers().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_customers(&self) -> crate::requests::GetCustomers<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCustomers {
                filter_email: None,
                filter_firstname: None,
                filter_lastname: None,
                sort: None,
                include: None,
                page: None,
                per_page: None,
                filter_phone: None,
            },
        )
    }

    /// Create customer
    ///
    /// Permission: `customers:create` (or `*`).
    ///
    /// `POST /application/customers`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreCustomerRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_customer(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_customer(
        &self,
        body: impl Into<crate::types::StoreCustomerRequest>,
    ) -> crate::requests::StoreCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreCustomer {
                body: body.into(),
            },
        )
    }

    /// Delete customer
    ///
    /// Refused with 400 while the customer has invoices.
    ///
    /// Permission: `customers:delete` (or `*`).
    ///
    /// `DELETE /application/customers/{id}`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// Optional parameters are setters of the returned request: [`force`](crate::requests::DeleteCustomer::force).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_customer(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_customer(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::DeleteCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteCustomer {
                id: id.into(),
                force: None,
            },
        )
    }

    /// Get customer
    ///
    /// Permission: `customers:index` (or `*`).
    ///
    /// `GET /application/customers/{id}`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_customer(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_customer(&self, id: impl Into<i64>) -> crate::requests::GetCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCustomer {
                id: id.into(),
            },
        )
    }

    /// Update customer
    ///
    /// Changes the given fields (the API uses POST for updates).
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}`
    ///
    /// # Arguments
    /// - `id`
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateCustomerRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_customer(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_customer(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::UpdateCustomerRequest>,
    ) -> crate::requests::UpdateCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateCustomer {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// Perform action on customer (suspend, reactivate, ban, disable2FA)
    ///
    /// Suspends, reactivates or bans a customer, or disables their two-factor authentication.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/action/{action}`
    ///
    /// # Arguments
    /// - `id`
    /// - `action`: Action name
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::CustomerAction::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, action: clientxcms::CustomerAction) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.customer_action(1, action).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn customer_action(
        &self,
        id: impl Into<i64>,
        action: impl Into<crate::types::CustomerAction>,
    ) -> crate::requests::CustomerAction<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CustomerAction {
                id: id.into(),
                action: action.into(),
                body: None,
            },
        )
    }

    /// Confirm email of a customer
    ///
    /// Marks the customer's email address as verified.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/confirm`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.confirm_customer(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn confirm_customer(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::ConfirmCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ConfirmCustomer {
                id: id.into(),
            },
        )
    }

    /// Resend email confirmation
    ///
    /// Emails the customer a new verification link.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/resend_confirmation`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.resend_confirmation_customer(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn resend_confirmation_customer(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::ResendConfirmationCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ResendConfirmationCustomer {
                id: id.into(),
            },
        )
    }

    /// Send password reset link
    ///
    /// Emails the customer a password reset link. As published and in the source, it answers 400 when the email address is already verified.
    ///
    /// Permission: `customers:update` (or `*`).
    ///
    /// `POST /application/customers/{id}/send_password`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.forgot_password_customer(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn forgot_password_customer(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::ForgotPasswordCustomer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ForgotPasswordCustomer {
                id: id.into(),
            },
        )
    }

    /// Get a list of support departments
    ///
    /// `GET /application/departments`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListDepartments::page), [`per_page`](crate::requests::ListDepartments::per_page), [`sort`](crate::requests::ListDepartments::sort), [`include`](crate::requests::ListDepartments::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_departments().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_departments(&self) -> crate::requests::ListDepartments<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListDepartments {
                page: None,
                per_page: None,
                sort: None,
                include: None,
            },
        )
    }

    /// Create a new support department
    ///
    /// `POST /application/departments`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreDepartmentBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_department(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_department(
        &self,
        body: impl Into<crate::types::StoreDepartmentBody>,
    ) -> crate::requests::StoreDepartment<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreDepartment {
                body: body.into(),
            },
        )
    }

    /// Delete an existing support department
    ///
    /// `DELETE /application/departments/{department}`
    ///
    /// # Arguments
    /// - `department`: ID of the department
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_department(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_department(
        &self,
        department: impl Into<i64>,
    ) -> crate::requests::DeleteDepartment<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteDepartment {
                department: department.into(),
            },
        )
    }

    /// Get a single support department
    ///
    /// `GET /application/departments/{department}`
    ///
    /// # Arguments
    /// - `department`: ID of the department
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_department(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_department(
        &self,
        department: impl Into<i64>,
    ) -> crate::requests::GetDepartment<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetDepartment {
                department: department.into(),
            },
        )
    }

    /// Update an existing support department
    ///
    /// `POST /application/departments/{department}`
    ///
    /// # Arguments
    /// - `department`: ID of the department
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateDepartmentBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_department(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_department(
        &self,
        department: impl Into<i64>,
        body: impl Into<crate::types::UpdateDepartmentBody>,
    ) -> crate::requests::UpdateDepartment<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateDepartment {
                department: department.into(),
                body: body.into(),
            },
        )
    }

    /// Get list of groups
    ///
    /// One page of product groups, filterable and sortable. Server default: 12 per page.
    ///
    /// Permission: `groups:index` (or `*`).
    ///
    /// `GET /application/groups`
    ///
    /// Optional parameters are setters of the returned request: [`filter_name`](crate::requests::GetGroupList::filter_name), [`filter_slug`](crate::requests::GetGroupList::filter_slug), [`sort`](crate::requests::GetGroupList::sort), [`include`](crate::requests::GetGroupList::include), [`per_page`](crate::requests::GetGroupList::per_page), [`page`](crate::requests::GetGroupList::page).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_group_list().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_group_list(&self) -> crate::requests::GetGroupList<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetGroupList {
                filter_name: None,
                filter_slug: None,
                sort: None,
                include: None,
                per_page: None,
                page: None,
            },
        )
    }

    /// Create a new group
    ///
    /// Permission: `groups:create` (or `*`).
    ///
    /// `POST /application/groups`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreGroupRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_group(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_group(
        &self,
        body: impl Into<crate::types::StoreGroupRequest>,
    ) -> crate::requests::StoreGroup<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreGroup {
                body: body.into(),
            },
        )
    }

    /// Delete group information
    ///
    /// Child groups become top-level groups. Refused with 400 while the group still has products.
    ///
    /// Permission: `groups:delete` (or `*`).
    ///
    /// `DELETE /application/groups/{id}`
    ///
    /// # Arguments
    /// - `id`: group id
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_group_by_id(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_group_by_id(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::DeleteGroupById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteGroupById {
                id: id.into(),
            },
        )
    }

    /// Get group information
    ///
    /// Permission: `groups:index` (or `*`).
    ///
    /// `GET /application/groups/{id}`
    ///
    /// # Arguments
    /// - `id`: Group id
    ///
    /// Optional parameters are setters of the returned request: [`include`](crate::requests::GetGroupById::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_group_by_id(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_group_by_id(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::GetGroupById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetGroupById {
                id: id.into(),
                include: None,
            },
        )
    }

    /// Update an existing group
    ///
    /// Changes the group (the API uses POST for updates).
    ///
    /// Permission: `groups:update` (or `*`).
    ///
    /// `POST /application/groups/{id}`
    ///
    /// # Arguments
    /// - `id`: Group ID
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateGroupRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_group(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_group(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::UpdateGroupRequest>,
    ) -> crate::requests::UpdateGroup<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateGroup {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// get heath status
    ///
    /// Answers `{"status": "ok"}` when the API is up and the key is valid. (The published operationId is spelled `heatlth`.)
    ///
    /// Permission: `health` (or `*`).
    ///
    /// `GET /application/health`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.health().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn health(&self) -> crate::requests::Health<'_> {
        crate::requests::Call::new(self, crate::operations::Health {})
    }

    /// List invoices
    ///
    /// One page of invoices, filterable and sortable. The published document types the answer as a bare array and offers a single `filter` string; the server answers a Laravel paginator and filters with `filter[field]` (Spatie query builder). Server default: 10 per page (at most 100).
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListInvoices::page), [`per_page`](crate::requests::ListInvoices::per_page), [`sort`](crate::requests::ListInvoices::sort), [`include`](crate::requests::ListInvoices::include), [`filter_customer_id`](crate::requests::ListInvoices::filter_customer_id), [`filter_status`](crate::requests::ListInvoices::filter_status).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_invoices().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_invoices(&self) -> crate::requests::ListInvoices<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListInvoices {
                page: None,
                per_page: None,
                sort: None,
                include: None,
                filter_customer_id: None,
                filter_status: None,
            },
        )
    }

    /// Create invoice
    ///
    /// Creates an empty draft invoice for a customer; add lines from the administration panel, then validate it.
    ///
    /// Permission: `invoices:create` (or `*`).
    ///
    /// `POST /application/invoices`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreInvoiceRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_invoice(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_invoice(
        &self,
        body: impl Into<crate::types::StoreInvoiceRequest>,
    ) -> crate::requests::CreateInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateInvoice {
                body: body.into(),
            },
        )
    }

    /// Export invoices
    ///
    /// A file of the invoices matching the request, in the requested format. The published operation declares an `invoice` path parameter that its path does not have, and a JSON invoice as answer; this document drops the parameter, takes the published `ExportInvoiceRequest` as body and answers the file.
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `POST /application/invoices/export`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::ExportInvoiceRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.export_invoices(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn export_invoices(
        &self,
        body: impl Into<crate::types::ExportInvoiceRequest>,
    ) -> crate::requests::ExportInvoices<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ExportInvoices {
                body: body.into(),
            },
        )
    }

    /// Delete invoice
    ///
    /// Only draft, pending and cancelled invoices can be deleted; others answer 403.
    ///
    /// Permission: `invoices:delete` (or `*`).
    ///
    /// `DELETE /application/invoices/{invoice}`
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_invoice("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_invoice(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::DeleteInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteInvoice {
                invoice: invoice.into(),
            },
        )
    }

    /// Get invoice
    ///
    /// Some CLIENTXCMS releases wrap the invoice in a one-item paginator here; this document follows the published shape (a bare invoice).
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}`
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// Optional parameters are setters of the returned request: [`include`](crate::requests::GetInvoice::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_invoice("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_invoice(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::GetInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetInvoice {
                invoice: invoice.into(),
                include: None,
            },
        )
    }

    /// Update invoice
    ///
    /// Published as PUT; the CLIENTXCMS route file declares POST on the same path, which this client sends. The published operation omits the `invoice` path parameter; it is declared here.
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `POST /application/invoices/{invoice}`
    ///
    /// # Arguments
    /// - `invoice`: Invoice ID or UUID.
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateInvoiceRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_invoice("id", body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_invoice(
        &self,
        invoice: impl Into<String>,
        body: impl Into<crate::types::UpdateInvoiceRequest>,
    ) -> crate::requests::UpdateInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateInvoice {
                invoice: invoice.into(),
                body: body.into(),
            },
        )
    }

    /// Download invoice PDF
    ///
    /// The invoice as a PDF attachment named after the invoice number.
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}/download`
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.download_invoice_pdf("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn download_invoice_pdf(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::DownloadInvoicePdf<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DownloadInvoicePdf {
                invoice: invoice.into(),
            },
        )
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
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.revert_invoice_to_draft("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn revert_invoice_to_draft(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::RevertInvoiceToDraft<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::RevertInvoiceToDraft {
                invoice: invoice.into(),
            },
        )
    }

    /// Notify customer of invoice
    ///
    /// Emails the customer about a pending invoice (this GET has a side effect).
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}/notify`
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.notify_customer_of_invoice("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn notify_customer_of_invoice(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::NotifyCustomerOfInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::NotifyCustomerOfInvoice {
                invoice: invoice.into(),
            },
        )
    }

    /// Get invoice PDF
    ///
    /// The invoice as a PDF shown inline (`Content-Disposition: inline`). The published document types the answer as a JSON invoice; the server streams the PDF.
    ///
    /// Permission: `invoices:index` (or `*`).
    ///
    /// `GET /application/invoices/{invoice}/pdf`
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_invoice_pdf("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_invoice_pdf(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::GetInvoicePdf<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetInvoicePdf {
                invoice: invoice.into(),
            },
        )
    }

    /// Validate draft invoice
    ///
    /// Turns a draft invoice with at least one line into a pending invoice and fires the invoice-created event (which emails the customer).
    ///
    /// Permission: `invoices:update` (or `*`).
    ///
    /// `POST /application/invoices/{invoice}/validate`
    ///
    /// # Arguments
    /// - `invoice`: ID or UUID of the invoice
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.validate_draft_invoice("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_draft_invoice(
        &self,
        invoice: impl Into<String>,
    ) -> crate::requests::ValidateDraftInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ValidateDraftInvoice {
                invoice: invoice.into(),
            },
        )
    }

    /// get license
    ///
    /// The CLIENTXCMS license cached by the instance.
    ///
    /// Permission: `license` (or `*`).
    ///
    /// `GET /application/license`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.license().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn license(&self) -> crate::requests::License<'_> {
        crate::requests::Call::new(self, crate::operations::License {})
    }

    /// Get a list of action logs
    ///
    /// `GET /application/logs`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListActionLogs::page), [`per_page`](crate::requests::ListActionLogs::per_page), [`sort`](crate::requests::ListActionLogs::sort), [`filter_action`](crate::requests::ListActionLogs::filter_action), [`filter_model`](crate::requests::ListActionLogs::filter_model), [`filter_staff_id`](crate::requests::ListActionLogs::filter_staff_id), [`filter_customer_id`](crate::requests::ListActionLogs::filter_customer_id), [`include`](crate::requests::ListActionLogs::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_action_logs().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_action_logs(&self) -> crate::requests::ListActionLogs<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListActionLogs {
                page: None,
                per_page: None,
                sort: None,
                filter_action: None,
                filter_model: None,
                filter_staff_id: None,
                filter_customer_id: None,
                include: None,
            },
        )
    }

    /// Get a single action log
    ///
    /// `GET /application/logs/{log}`
    ///
    /// # Arguments
    /// - `log`: ID of the action log
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_action_log(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_action_log(
        &self,
        log: impl Into<i64>,
    ) -> crate::requests::GetActionLog<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetActionLog {
                log: log.into(),
            },
        )
    }

    /// List all pricings
    ///
    /// One page of pricings, filterable and sortable. Any amount field can be used as a filter in the same way as `filter[monthly]`. Server default: 25 per page.
    ///
    /// Permission: `pricings:index` (or `*`).
    ///
    /// `GET /application/pricings`
    ///
    /// Optional parameters are setters of the returned request: [`per_page`](crate::requests::GetPricings::per_page), [`filter_related_id`](crate::requests::GetPricings::filter_related_id), [`filter_related_type`](crate::requests::GetPricings::filter_related_type), [`filter_currency`](crate::requests::GetPricings::filter_currency), [`filter_monthly`](crate::requests::GetPricings::filter_monthly), [`sort`](crate::requests::GetPricings::sort), [`page`](crate::requests::GetPricings::page).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_pricings().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_pricings(&self) -> crate::requests::GetPricings<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetPricings {
                per_page: None,
                filter_related_id: None,
                filter_related_type: None,
                filter_currency: None,
                filter_monthly: None,
                sort: None,
                page: None,
            },
        )
    }

    /// Create a pricing
    ///
    /// Creates the prices of a product or configuration option in one currency.
    ///
    /// Permission: `pricings:create` (or `*`).
    ///
    /// `POST /application/pricings`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::PricingRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_pricing(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_pricing(
        &self,
        body: impl Into<crate::types::PricingRequest>,
    ) -> crate::requests::CreatePricing<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreatePricing {
                body: body.into(),
            },
        )
    }

    /// Delete a pricing
    ///
    /// Permission: `pricings:delete` (or `*`).
    ///
    /// `DELETE /application/pricings/{id}`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_pricing(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_pricing(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::DeletePricing<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeletePricing {
                id: id.into(),
            },
        )
    }

    /// Get a specific pricing
    ///
    /// Permission: `pricings:index` (or `*`).
    ///
    /// `GET /application/pricings/{id}`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_pricing(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_pricing(&self, id: impl Into<i64>) -> crate::requests::GetPricing<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetPricing {
                id: id.into(),
            },
        )
    }

    /// Update pricing
    ///
    /// Changes the pricing (the API uses POST for updates).
    ///
    /// Permission: `pricings:update` (or `*`).
    ///
    /// `POST /application/pricings/{id}`
    ///
    /// # Arguments
    /// - `id`
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::PricingRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_pricing(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_pricing(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::PricingRequest>,
    ) -> crate::requests::UpdatePricing<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdatePricing {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// Get list of products
    ///
    /// One page of products, filterable and sortable. Add `pricing=1` to get each product's prices. Server default: 12 per page.
    ///
    /// Permission: `products:index` (or `*`).
    ///
    /// `GET /application/products`
    ///
    /// Optional parameters are setters of the returned request: [`filter_id`](crate::requests::GetProductList::filter_id), [`filter_name`](crate::requests::GetProductList::filter_name), [`filter_status`](crate::requests::GetProductList::filter_status), [`filter_description`](crate::requests::GetProductList::filter_description), [`filter_group_id`](crate::requests::GetProductList::filter_group_id), [`filter_stock`](crate::requests::GetProductList::filter_stock), [`filter_type`](crate::requests::GetProductList::filter_type), [`filter_pinned`](crate::requests::GetProductList::filter_pinned), [`sort`](crate::requests::GetProductList::sort), [`include`](crate::requests::GetProductList::include), [`per_page`](crate::requests::GetProductList::per_page), [`page`](crate::requests::GetProductList::page), [`pricing`](crate::requests::GetProductList::pricing).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_product_list().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_product_list(&self) -> crate::requests::GetProductList<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetProductList {
                filter_id: None,
                filter_name: None,
                filter_status: None,
                filter_description: None,
                filter_group_id: None,
                filter_stock: None,
                filter_type: None,
                filter_pinned: None,
                sort: None,
                include: None,
                per_page: None,
                page: None,
                pricing: None,
            },
        )
    }

    /// Create a new product
    ///
    /// Creates a product (and, where the instance reads it, its pricing).
    ///
    /// Permission: `products:create` (or `*`).
    ///
    /// `POST /application/products`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::ShopProductRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_product(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_product(
        &self,
        body: impl Into<crate::types::ShopProductRequest>,
    ) -> crate::requests::StoreProduct<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreProduct {
                body: body.into(),
            },
        )
    }

    /// Delete product by ID
    ///
    /// Permission: `products:delete` (or `*`).
    ///
    /// `DELETE /application/products/{id}`
    ///
    /// # Arguments
    /// - `id`: ID of the product to delete
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_product(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_product(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::DeleteProduct<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteProduct {
                id: id.into(),
            },
        )
    }

    /// Get product information
    ///
    /// Add `pricing=1` (or `include=pricing`) to get the product's prices.
    ///
    /// Permission: `products:index` (or `*`).
    ///
    /// `GET /application/products/{id}`
    ///
    /// # Arguments
    /// - `id`: product id
    ///
    /// Optional parameters are setters of the returned request: [`include`](crate::requests::GetProductById::include), [`pricing`](crate::requests::GetProductById::pricing).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_product_by_id(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_product_by_id(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::GetProductById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetProductById {
                id: id.into(),
                include: None,
                pricing: None,
            },
        )
    }

    /// Update product by ID
    ///
    /// Changes the product (the API uses POST for updates).
    ///
    /// Permission: `products:update` (or `*`).
    ///
    /// `POST /application/products/{id}`
    ///
    /// # Arguments
    /// - `id`: ID of the product to update
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::ShopProductRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_product(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_product(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::ShopProductRequest>,
    ) -> crate::requests::UpdateProduct<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateProduct {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// Get product configuration
    ///
    /// The product's provisioning configuration as JSON.
    ///
    /// Permission: `products:index` (or `*`).
    ///
    /// `GET /application/products/{id}/config`
    ///
    /// # Arguments
    /// - `id`: ID of the product
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_product_config(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_product_config(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::GetProductConfig<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetProductConfig {
                id: id.into(),
            },
        )
    }

    /// Update product configuration
    ///
    /// Replaces the product's provisioning configuration; the accepted keys depend on the product type. The answer body is not published: it is modelled as the configuration (inferred).
    ///
    /// Permission: `products:update` (or `*`).
    ///
    /// `PUT /application/products/{id}/config`
    ///
    /// # Arguments
    /// - `id`: ID of the product
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::ProductConfig) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_product_config(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_product_config(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::ProductConfig>,
    ) -> crate::requests::UpdateProductConfig<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateProductConfig {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// Get a list of servers
    ///
    /// `GET /application/servers`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListServers::page), [`per_page`](crate::requests::ListServers::per_page), [`sort`](crate::requests::ListServers::sort), [`filter_type`](crate::requests::ListServers::filter_type), [`filter_status`](crate::requests::ListServers::filter_status).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_servers().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_servers(&self) -> crate::requests::ListServers<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListServers {
                page: None,
                per_page: None,
                sort: None,
                filter_type: None,
                filter_status: None,
            },
        )
    }

    /// Create a new server
    ///
    /// `POST /application/servers`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreServerBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_server(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_server(
        &self,
        body: impl Into<crate::types::StoreServerBody>,
    ) -> crate::requests::StoreServer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreServer {
                body: body.into(),
            },
        )
    }

    /// Test server connection
    ///
    /// `POST /application/servers/test`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::TestServerBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.test_server(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn test_server(
        &self,
        body: impl Into<crate::types::TestServerBody>,
    ) -> crate::requests::TestServer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::TestServer {
                body: body.into(),
            },
        )
    }

    /// Delete an existing server
    ///
    /// `DELETE /application/servers/{server}`
    ///
    /// # Arguments
    /// - `server`: ID of the server
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_server(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_server(
        &self,
        server: impl Into<i64>,
    ) -> crate::requests::DeleteServer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteServer {
                server: server.into(),
            },
        )
    }

    /// Get a single server
    ///
    /// `GET /application/servers/{server}`
    ///
    /// # Arguments
    /// - `server`: ID of the server
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_server(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_server(&self, server: impl Into<i64>) -> crate::requests::GetServer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetServer {
                server: server.into(),
            },
        )
    }

    /// Update an existing server
    ///
    /// `POST /application/servers/{server}`
    ///
    /// # Arguments
    /// - `server`: ID of the server
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateServerBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_server(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_server(
        &self,
        server: impl Into<i64>,
        body: impl Into<crate::types::UpdateServerBody>,
    ) -> crate::requests::UpdateServer<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateServer {
                server: server.into(),
                body: body.into(),
            },
        )
    }

    /// Get a list of services
    ///
    /// One page of services. Server default: 10 per page (12 in some releases). The published operation also offers a free `filter` string; it matches no filter of the server (filters take the form `filter[field]`, and the service listing of the CLIENTXCMS source applies none), so it is left out. Some releases also ignore `sort` and `include` here.
    ///
    /// Permission: `services:index` (or `*`).
    ///
    /// `GET /application/services`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::GetAllServices::page), [`per_page`](crate::requests::GetAllServices::per_page), [`sort`](crate::requests::GetAllServices::sort), [`include`](crate::requests::GetAllServices::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_all_services().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_all_services(&self) -> crate::requests::GetAllServices<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetAllServices {
                page: None,
                per_page: None,
                sort: None,
                include: None,
            },
        )
    }

    /// Delete service information
    ///
    /// Permission: `services:delete` (or `*`).
    ///
    /// `DELETE /application/services/{id}`
    ///
    /// # Arguments
    /// - `id`: service id or uuid
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_service_by_id("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_service_by_id(
        &self,
        id: impl Into<String>,
    ) -> crate::requests::DeleteServiceById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteServiceById {
                id: id.into(),
            },
        )
    }

    /// Get service information
    ///
    /// Permission: `services:index` (or `*`).
    ///
    /// `GET /application/services/{id}`
    ///
    /// # Arguments
    /// - `id`: service id or uuid
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_service_by_id("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_service_by_id(
        &self,
        id: impl Into<String>,
    ) -> crate::requests::GetServiceById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetServiceById {
                id: id.into(),
            },
        )
    }

    /// Get a list of subdomain hosts
    ///
    /// `GET /application/subdomains`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListSubdomainHosts::page), [`per_page`](crate::requests::ListSubdomainHosts::per_page), [`sort`](crate::requests::ListSubdomainHosts::sort).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_subdomain_hosts().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_subdomain_hosts(&self) -> crate::requests::ListSubdomainHosts<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListSubdomainHosts {
                page: None,
                per_page: None,
                sort: None,
            },
        )
    }

    /// Create a new subdomain host
    ///
    /// `POST /application/subdomains`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreSubdomainHostBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_subdomain_host(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_subdomain_host(
        &self,
        body: impl Into<crate::types::StoreSubdomainHostBody>,
    ) -> crate::requests::StoreSubdomainHost<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreSubdomainHost {
                body: body.into(),
            },
        )
    }

    /// Delete an existing subdomain host
    ///
    /// `DELETE /application/subdomains/{subdomain}`
    ///
    /// # Arguments
    /// - `subdomain`: ID of the subdomain host
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_subdomain_host(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_subdomain_host(
        &self,
        subdomain: impl Into<i64>,
    ) -> crate::requests::DeleteSubdomainHost<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteSubdomainHost {
                subdomain: subdomain.into(),
            },
        )
    }

    /// Get a single subdomain host
    ///
    /// `GET /application/subdomains/{subdomain}`
    ///
    /// # Arguments
    /// - `subdomain`: ID of the subdomain host
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_subdomain_host(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_subdomain_host(
        &self,
        subdomain: impl Into<i64>,
    ) -> crate::requests::GetSubdomainHost<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetSubdomainHost {
                subdomain: subdomain.into(),
            },
        )
    }
}

impl crate::Client {
    /// Update an existing subdomain host
    ///
    /// `POST /application/subdomains/{subdomain}`
    ///
    /// # Arguments
    /// - `subdomain`: ID of the subdomain host
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateSubdomainHostBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_subdomain_host(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_subdomain_host(
        &self,
        subdomain: impl Into<i64>,
        body: impl Into<crate::types::UpdateSubdomainHostBody>,
    ) -> crate::requests::UpdateSubdomainHost<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateSubdomainHost {
                subdomain: subdomain.into(),
                body: body.into(),
            },
        )
    }

    /// Get a list of support tickets
    ///
    /// `GET /application/tickets`
    ///
    /// Optional parameters are setters of the returned request: [`page`](crate::requests::ListTickets::page), [`per_page`](crate::requests::ListTickets::per_page), [`sort`](crate::requests::ListTickets::sort), [`filter_status`](crate::requests::ListTickets::filter_status), [`filter_priority`](crate::requests::ListTickets::filter_priority), [`filter_department_id`](crate::requests::ListTickets::filter_department_id), [`filter_customer_id`](crate::requests::ListTickets::filter_customer_id), [`include`](crate::requests::ListTickets::include).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_tickets().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tickets(&self) -> crate::requests::ListTickets<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListTickets {
                page: None,
                per_page: None,
                sort: None,
                filter_status: None,
                filter_priority: None,
                filter_department_id: None,
                filter_customer_id: None,
                include: None,
            },
        )
    }

    /// Create a new support ticket
    ///
    /// `POST /application/tickets`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::StoreTicketBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_ticket(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_ticket(
        &self,
        body: impl Into<crate::types::StoreTicketBody>,
    ) -> crate::requests::StoreTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreTicket {
                body: body.into(),
            },
        )
    }

    /// Delete/Close an existing support ticket
    ///
    /// `DELETE /application/tickets/{ticket}`
    ///
    /// # Arguments
    /// - `ticket`: ID or UUID of the ticket
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_ticket(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_ticket(
        &self,
        ticket: impl Into<i64>,
    ) -> crate::requests::DeleteTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteTicket {
                ticket: ticket.into(),
            },
        )
    }

    /// Get a single support ticket
    ///
    /// `GET /application/tickets/{ticket}`
    ///
    /// # Arguments
    /// - `ticket`: ID or UUID of the ticket
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_ticket(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_ticket(&self, ticket: impl Into<i64>) -> crate::requests::GetTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetTicket {
                ticket: ticket.into(),
            },
        )
    }

    /// Update an existing support ticket
    ///
    /// `POST /application/tickets/{ticket}`
    ///
    /// # Arguments
    /// - `ticket`: ID or UUID of the ticket
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::UpdateTicketBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_ticket(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_ticket(
        &self,
        ticket: impl Into<i64>,
        body: impl Into<crate::types::UpdateTicketBody>,
    ) -> crate::requests::UpdateTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateTicket {
                ticket: ticket.into(),
                body: body.into(),
            },
        )
    }

    /// Close a support ticket
    ///
    /// `POST /application/tickets/{ticket}/close`
    ///
    /// # Arguments
    /// - `ticket`: ID or UUID of the ticket
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::CloseTicket::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.close_ticket(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn close_ticket(
        &self,
        ticket: impl Into<i64>,
    ) -> crate::requests::CloseTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CloseTicket {
                ticket: ticket.into(),
                body: None,
            },
        )
    }

    /// Reopen a closed support ticket
    ///
    /// `POST /application/tickets/{ticket}/reopen`
    ///
    /// # Arguments
    /// - `ticket`: ID or UUID of the ticket
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.reopen_ticket(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn reopen_ticket(
        &self,
        ticket: impl Into<i64>,
    ) -> crate::requests::ReopenTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ReopenTicket {
                ticket: ticket.into(),
            },
        )
    }

    /// Reply to a support ticket
    ///
    /// `POST /application/tickets/{ticket}/reply`
    ///
    /// # Arguments
    /// - `ticket`: ID or UUID of the ticket
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::ReplyToTicketBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.reply_to_ticket(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn reply_to_ticket(
        &self,
        ticket: impl Into<i64>,
        body: impl Into<crate::types::ReplyToTicketBody>,
    ) -> crate::requests::ReplyToTicket<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ReplyToTicket {
                ticket: ticket.into(),
                body: body.into(),
            },
        )
    }

    /// List all cancellation reasons
    ///
    /// `GET /application/cancellation_reasons`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_cancellation_reasons().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_cancellation_reasons(
        &self,
    ) -> crate::requests::ListCancellationReasons<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListCancellationReasons {
            },
        )
    }

    /// Create a new cancellation reason
    ///
    /// `POST /application/cancellation_reasons`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::CancellationReasonRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.store_cancellation_reason(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn store_cancellation_reason(
        &self,
        body: impl Into<crate::types::CancellationReasonRequest>,
    ) -> crate::requests::StoreCancellationReason<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StoreCancellationReason {
                body: body.into(),
            },
        )
    }

    /// Delete a cancellation reason
    ///
    /// `DELETE /application/cancellation_reasons/{id}`
    ///
    /// # Arguments
    /// - `id`: Cancellation reason ID.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_cancellation_reason(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_cancellation_reason(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::DeleteCancellationReason<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteCancellationReason {
                id: id.into(),
            },
        )
    }

    /// Get a specific cancellation reason
    ///
    /// `GET /application/cancellation_reasons/{id}`
    ///
    /// # Arguments
    /// - `id`: Cancellation reason ID.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_cancellation_reason(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_cancellation_reason(
        &self,
        id: impl Into<i64>,
    ) -> crate::requests::GetCancellationReason<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCancellationReason {
                id: id.into(),
            },
        )
    }

    /// Update a cancellation reason
    ///
    /// `POST /application/cancellation_reasons/{id}`
    ///
    /// # Arguments
    /// - `id`: Cancellation reason ID.
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client, body: clientxcms::CancellationReasonRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.update_cancellation_reason(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_cancellation_reason(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::CancellationReasonRequest>,
    ) -> crate::requests::UpdateCancellationReason<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpdateCancellationReason {
                id: id.into(),
                body: body.into(),
            },
        )
    }

    /// Get cancellation analytics data
    ///
    /// `GET /application/cancellation_reasons_analytics`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_cancellation_reason_analytics().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_cancellation_reason_analytics(
        &self,
    ) -> crate::requests::GetCancellationReasonAnalytics<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCancellationReasonAnalytics {
            },
        )
    }

    /// expire service
    ///
    /// Expires the service now: its provisioning extension removes it from the server. Published as DELETE `/application/expire/{id}`; the CLIENTXCMS route file declares POST `/application/services/{id}/expire`, which this client calls.
    ///
    /// Permission: `services:expire` (or `*`).
    ///
    /// `POST /application/services/{id}/expire`
    ///
    /// # Arguments
    /// - `id`: service id or uuid
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::ExpireServiceById::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.expire_service_by_id("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn expire_service_by_id(
        &self,
        id: impl Into<String>,
    ) -> crate::requests::ExpireServiceById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ExpireServiceById {
                id: id.into(),
                body: None,
            },
        )
    }

    /// suspend service
    ///
    /// Suspends the service through its provisioning extension. Published as PUT `/application/suspend/{id}`; the CLIENTXCMS route file declares POST `/application/services/{id}/suspend`, which this client calls.
    ///
    /// Permission: `services:suspend` (or `*`).
    ///
    /// `POST /application/services/{id}/suspend`
    ///
    /// # Arguments
    /// - `id`: service id or uuid
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::SuspendServiceById::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.suspend_service_by_id("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn suspend_service_by_id(
        &self,
        id: impl Into<String>,
    ) -> crate::requests::SuspendServiceById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SuspendServiceById {
                id: id.into(),
                body: None,
            },
        )
    }

    /// unsuspend service
    ///
    /// Lifts the suspension of the service (CLIENTXCMS's permission list calls this "Renouveler un service"). Published as PUT `/application/unsuspend/{id}`; the CLIENTXCMS route file declares POST `/application/services/{id}/unsuspend`, which this client calls.
    ///
    /// Permission: `services:unsuspend` (or `*`).
    ///
    /// `POST /application/services/{id}/unsuspend`
    ///
    /// # Arguments
    /// - `id`: service id or uuid
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: clientxcms::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.unsuspend_service_by_id("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn unsuspend_service_by_id(
        &self,
        id: impl Into<String>,
    ) -> crate::requests::UnsuspendServiceById<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UnsuspendServiceById {
                id: id.into(),
            },
        )
    }
}
