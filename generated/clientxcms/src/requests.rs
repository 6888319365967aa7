//! Request builders, one per operation, returned by the operation's method on `Client`:
//! set optional parameters and per-call options, then `.await` the builder for the
//! response body, or call `send_with_response` for the status and headers too, or
//! `send_raw` for the body as the server sent it. Each builder is a [`Call`] of its
//! operation, under the operation's name.

/// A request being built: the client, the operation's parameters and this call's options.
/// Set optional parameters and options, then `.await` it for the response body, or call
/// [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
/// Each operation's builder is this type under the operation's name.
#[must_use = "a request does nothing until it is awaited or sent"]
#[derive(Clone)]
pub struct Call<'a, O> {
    pub(crate) client: &'a crate::Client,
    pub(crate) operation: O,
    pub(crate) options: crate::runtime::CallOptions,
}

/// What an operation gives its [`Call`]: how its request is built and its response read.
#[doc(hidden)]
pub trait Operation: Send + Sized + 'static {
    /// The body of a documented success.
    type Output: Send + 'static;
    /// The body of a documented error.
    type Error: Send + 'static;
    /// The request: method, path, parameters and body.
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>>;
    /// The response, by status.
    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>>;
}

impl<'a, O> Call<'a, O> {
    pub(crate) fn new(client: &'a crate::Client, operation: O) -> Self {
        Self {
            client,
            operation,
            options: crate::runtime::CallOptions::default(),
        }
    }
}

impl<'a, O: Operation> Call<'a, O> {
    /// This call's timeout (each attempt, from sending to the whole response read), instead
    /// of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// A header sent with this call only, over the client's default headers and the
    /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
    /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.header(name.into(), value.into());
        self
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry(policy);
        self
    }

    /// Sends the request: the body of a documented success, or the error (what awaiting
    /// the request does).
    pub async fn send(self) -> Result<O::Output, crate::Error<O::Error>> {
        O::decode(self.execute(None).await?)
    }

    /// Sends the request: the whole response (status, headers, typed body) of a documented
    /// success, or the error.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::Response<O::Output>, crate::Error<O::Error>> {
        self.execute(None).await?.typed(O::decode)
    }

    /// Sends the request: the response as the server sent it, whatever its status and
    /// whether or not its body matches the document (errors are those of transport and
    /// limits only), for a caller to read its own way.
    pub async fn send_raw(
        self,
    ) -> Result<crate::Response<bytes::Bytes>, crate::Error<O::Error>> {
        self.execute(None).await?.into_raw().await
    }

    /// One page, with what the pagination stream reads of its response.
    pub(crate) async fn fetch_page(
        self,
    ) -> Result<
        (crate::Response<O::Output>, crate::runtime::PageInfo),
        crate::Error<O::Error>,
    > {
        let response = self.execute(None).await?;
        let page = response.page_info();
        response.typed(O::decode).map(|body| (body, page))
    }

    /// Sends the request, at the URL the server named for the next page if `next` is given.
    async fn execute(
        self,
        next: Option<&reqwest::Url>,
    ) -> Result<crate::runtime::RawResponse, crate::Error<O::Error>> {
        let mut request = self.operation.request(self.client)?;
        request.options(&self.options);
        if let Some(next) = next {
            request.follow(next);
        }
        Ok(request.send().await?)
    }
}

impl<'a, O: Operation> std::future::IntoFuture for Call<'a, O> {
    type Output = Result<O::Output, crate::Error<O::Error>>;
    type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The request of [`Client::list_coupons`](crate::Client::list_coupons) (`GET /application/coupons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListCoupons<'a> = Call<'a, crate::operations::ListCoupons>;

impl ListCoupons<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::store_coupon`](crate::Client::store_coupon) (`POST /application/coupons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreCoupon<'a> = Call<'a, crate::operations::StoreCoupon>;

/// The request of [`Client::delete_coupon`](crate::Client::delete_coupon) (`DELETE /application/coupons/{coupon}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteCoupon<'a> = Call<'a, crate::operations::DeleteCoupon>;

/// The request of [`Client::get_coupon`](crate::Client::get_coupon) (`GET /application/coupons/{coupon}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetCoupon<'a> = Call<'a, crate::operations::GetCoupon>;

/// The request of [`Client::update_coupon`](crate::Client::update_coupon) (`POST /application/coupons/{coupon}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateCoupon<'a> = Call<'a, crate::operations::UpdateCoupon>;

/// The request of [`Client::get_customers`](crate::Client::get_customers) (`GET /application/customers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetCustomers<'a> = Call<'a, crate::operations::GetCustomers>;

impl GetCustomers<'_> {
    /// `filter[email]` (query parameter).
    pub fn filter_email(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_email = Some(value.into());
        self
    }

    /// `filter[firstname]` (query parameter).
    pub fn filter_firstname(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_firstname = Some(value.into());
        self
    }

    /// `filter[lastname]` (query parameter).
    pub fn filter_lastname(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_lastname = Some(value.into());
        self
    }

    /// Sort fields, e.g. sort=id or sort=-id
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Include relations (invoices, metadata, services)
    ///
    /// Example: `"invoices,metadata"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Only customers whose phone number contains this text.
    ///
    /// `filter[phone]` (query parameter).
    pub fn filter_phone(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_phone = Some(value.into());
        self
    }
}

/// The request of [`Client::store_customer`](crate::Client::store_customer) (`POST /application/customers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreCustomer<'a> = Call<'a, crate::operations::StoreCustomer>;

/// The request of [`Client::delete_customer`](crate::Client::delete_customer) (`DELETE /application/customers/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteCustomer<'a> = Call<'a, crate::operations::DeleteCustomer>;

impl DeleteCustomer<'_> {
    /// Force deletion even with active services
    ///
    /// `force` (query parameter).
    pub fn force(mut self, value: impl Into<bool>) -> Self {
        self.operation.force = Some(value.into());
        self
    }
}

/// The request of [`Client::get_customer`](crate::Client::get_customer) (`GET /application/customers/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetCustomer<'a> = Call<'a, crate::operations::GetCustomer>;

/// The request of [`Client::update_customer`](crate::Client::update_customer) (`POST /application/customers/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateCustomer<'a> = Call<'a, crate::operations::UpdateCustomer>;

/// The request of [`Client::customer_action`](crate::Client::customer_action) (`POST /application/customers/{id}/action/{action}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CustomerAction<'a> = Call<'a, crate::operations::CustomerAction>;

impl CustomerAction<'_> {
    /// The request body (`application/json`).
    pub fn body(
        mut self,
        value: impl Into<crate::types::CustomerActionRequest>,
    ) -> Self {
        self.operation.body = Some(value.into());
        self
    }
}

/// The request of [`Client::confirm_customer`](crate::Client::confirm_customer) (`POST /application/customers/{id}/confirm`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ConfirmCustomer<'a> = Call<'a, crate::operations::ConfirmCustomer>;

/// The request of [`Client::resend_confirmation_customer`](crate::Client::resend_confirmation_customer) (`POST /application/customers/{id}/resend_confirmation`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ResendConfirmationCustomer<'a> = Call<
    'a,
    crate::operations::ResendConfirmationCustomer,
>;

/// The request of [`Client::forgot_password_customer`](crate::Client::forgot_password_customer) (`POST /application/customers/{id}/send_password`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ForgotPasswordCustomer<'a> = Call<
    'a,
    crate::operations::ForgotPasswordCustomer,
>;

/// The request of [`Client::list_departments`](crate::Client::list_departments) (`GET /application/departments`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListDepartments<'a> = Call<'a, crate::operations::ListDepartments>;

impl ListDepartments<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::store_department`](crate::Client::store_department) (`POST /application/departments`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreDepartment<'a> = Call<'a, crate::operations::StoreDepartment>;

/// The request of [`Client::delete_department`](crate::Client::delete_department) (`DELETE /application/departments/{department}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteDepartment<'a> = Call<'a, crate::operations::DeleteDepartment>;

/// The request of [`Client::get_department`](crate::Client::get_department) (`GET /application/departments/{department}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetDepartment<'a> = Call<'a, crate::operations::GetDepartment>;

/// The request of [`Client::update_department`](crate::Client::update_department) (`POST /application/departments/{department}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateDepartment<'a> = Call<'a, crate::operations::UpdateDepartment>;

/// The request of [`Client::get_group_list`](crate::Client::get_group_list) (`GET /application/groups`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetGroupList<'a> = Call<'a, crate::operations::GetGroupList>;

impl GetGroupList<'_> {
    /// Filter by name
    ///
    /// `filter[name]` (query parameter).
    pub fn filter_name(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_name = Some(value.into());
        self
    }

    /// Filter by slug
    ///
    /// `filter[slug]` (query parameter).
    pub fn filter_slug(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_slug = Some(value.into());
        self
    }

    /// Sort by field, e.g. sort=name or sort=-name for descending
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Include relations (products, groups, metadata)
    ///
    /// Example: `"products,groups"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }

    /// Number of results per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }
}

/// The request of [`Client::store_group`](crate::Client::store_group) (`POST /application/groups`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreGroup<'a> = Call<'a, crate::operations::StoreGroup>;

/// The request of [`Client::delete_group_by_id`](crate::Client::delete_group_by_id) (`DELETE /application/groups/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteGroupById<'a> = Call<'a, crate::operations::DeleteGroupById>;

/// The request of [`Client::get_group_by_id`](crate::Client::get_group_by_id) (`GET /application/groups/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetGroupById<'a> = Call<'a, crate::operations::GetGroupById>;

impl GetGroupById<'_> {
    /// Include relations (products, groups, metadata)
    ///
    /// Example: `"products,groups"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::update_group`](crate::Client::update_group) (`POST /application/groups/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateGroup<'a> = Call<'a, crate::operations::UpdateGroup>;

/// The request of [`Client::health`](crate::Client::health) (`GET /application/health`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type Health<'a> = Call<'a, crate::operations::Health>;

/// The request of [`Client::list_invoices`](crate::Client::list_invoices) (`GET /application/invoices`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListInvoices<'a> = Call<'a, crate::operations::ListInvoices>;

impl ListInvoices<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }

    /// Only invoices of this customer.
    ///
    /// `filter[customer_id]` (query parameter).
    pub fn filter_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_customer_id = Some(value.into());
        self
    }

    /// Only invoices in this state.
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(
        mut self,
        value: impl Into<crate::types::InvoiceStatus>,
    ) -> Self {
        self.operation.filter_status = Some(value.into());
        self
    }
}

/// The request of [`Client::create_invoice`](crate::Client::create_invoice) (`POST /application/invoices`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreateInvoice<'a> = Call<'a, crate::operations::CreateInvoice>;

/// The request of [`Client::export_invoices`](crate::Client::export_invoices) (`POST /application/invoices/export`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ExportInvoices<'a> = Call<'a, crate::operations::ExportInvoices>;

/// The request of [`Client::delete_invoice`](crate::Client::delete_invoice) (`DELETE /application/invoices/{invoice}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteInvoice<'a> = Call<'a, crate::operations::DeleteInvoice>;

/// The request of [`Client::get_invoice`](crate::Client::get_invoice) (`GET /application/invoices/{invoice}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetInvoice<'a> = Call<'a, crate::operations::GetInvoice>;

impl GetInvoice<'_> {
    /// Relations to embed, comma-separated: `customer`, `items`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::update_invoice`](crate::Client::update_invoice) (`POST /application/invoices/{invoice}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateInvoice<'a> = Call<'a, crate::operations::UpdateInvoice>;

/// The request of [`Client::download_invoice_pdf`](crate::Client::download_invoice_pdf) (`GET /application/invoices/{invoice}/download`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DownloadInvoicePdf<'a> = Call<'a, crate::operations::DownloadInvoicePdf>;

/// The request of [`Client::revert_invoice_to_draft`](crate::Client::revert_invoice_to_draft) (`POST /application/invoices/{invoice}/edit`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type RevertInvoiceToDraft<'a> = Call<'a, crate::operations::RevertInvoiceToDraft>;

/// The request of [`Client::notify_customer_of_invoice`](crate::Client::notify_customer_of_invoice) (`GET /application/invoices/{invoice}/notify`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type NotifyCustomerOfInvoice<'a> = Call<
    'a,
    crate::operations::NotifyCustomerOfInvoice,
>;

/// The request of [`Client::get_invoice_pdf`](crate::Client::get_invoice_pdf) (`GET /application/invoices/{invoice}/pdf`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetInvoicePdf<'a> = Call<'a, crate::operations::GetInvoicePdf>;

/// The request of [`Client::validate_draft_invoice`](crate::Client::validate_draft_invoice) (`POST /application/invoices/{invoice}/validate`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ValidateDraftInvoice<'a> = Call<'a, crate::operations::ValidateDraftInvoice>;

/// The request of [`Client::license`](crate::Client::license) (`GET /application/license`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type License<'a> = Call<'a, crate::operations::License>;

/// The request of [`Client::list_action_logs`](crate::Client::list_action_logs) (`GET /application/logs`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListActionLogs<'a> = Call<'a, crate::operations::ListActionLogs>;

impl ListActionLogs<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order (default: -created_at)
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Filter by action type
    ///
    /// `filter[action]` (query parameter).
    pub fn filter_action(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_action = Some(value.into());
        self
    }

    /// Filter by model name
    ///
    /// `filter[model]` (query parameter).
    pub fn filter_model(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_model = Some(value.into());
        self
    }

    /// Filter by staff ID
    ///
    /// `filter[staff_id]` (query parameter).
    pub fn filter_staff_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_staff_id = Some(value.into());
        self
    }

    /// Filter by customer ID
    ///
    /// `filter[customer_id]` (query parameter).
    pub fn filter_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_customer_id = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::get_action_log`](crate::Client::get_action_log) (`GET /application/logs/{log}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetActionLog<'a> = Call<'a, crate::operations::GetActionLog>;

/// The request of [`Client::get_pricings`](crate::Client::get_pricings) (`GET /application/pricings`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetPricings<'a> = Call<'a, crate::operations::GetPricings>;

impl GetPricings<'_> {
    /// Number of results per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Filter by related ID
    ///
    /// `filter[related_id]` (query parameter).
    pub fn filter_related_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_related_id = Some(value.into());
        self
    }

    /// Filter by related type (e.g. product, config_option)
    ///
    /// `filter[related_type]` (query parameter).
    pub fn filter_related_type(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_related_type = Some(value.into());
        self
    }

    /// Filter by currency
    ///
    /// Example: `"EUR"`.
    ///
    /// `filter[currency]` (query parameter).
    pub fn filter_currency(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_currency = Some(value.into());
        self
    }

    /// Filter by monthly price ou can replace this with any other pricing field
    ///
    /// `filter[monthly]` (query parameter).
    pub fn filter_monthly(mut self, value: impl Into<f64>) -> Self {
        self.operation.filter_monthly = Some(value.into());
        self
    }

    /// Sort fields (use - for descending)
    ///
    /// `sort[]` (query parameter).
    pub fn sort(mut self, value: impl Into<Vec<String>>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }
}

/// The request of [`Client::create_pricing`](crate::Client::create_pricing) (`POST /application/pricings`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CreatePricing<'a> = Call<'a, crate::operations::CreatePricing>;

/// The request of [`Client::delete_pricing`](crate::Client::delete_pricing) (`DELETE /application/pricings/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeletePricing<'a> = Call<'a, crate::operations::DeletePricing>;

/// The request of [`Client::get_pricing`](crate::Client::get_pricing) (`GET /application/pricings/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetPricing<'a> = Call<'a, crate::operations::GetPricing>;

/// The request of [`Client::update_pricing`](crate::Client::update_pricing) (`POST /application/pricings/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdatePricing<'a> = Call<'a, crate::operations::UpdatePricing>;

/// The request of [`Client::get_product_list`](crate::Client::get_product_list) (`GET /application/products`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetProductList<'a> = Call<'a, crate::operations::GetProductList>;

impl GetProductList<'_> {
    /// Filter by product ID
    ///
    /// `filter[id]` (query parameter).
    pub fn filter_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_id = Some(value.into());
        self
    }

    /// Filter by product name
    ///
    /// `filter[name]` (query parameter).
    pub fn filter_name(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_name = Some(value.into());
        self
    }

    /// Filter by product status
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(
        mut self,
        value: impl Into<crate::types::ProductStatus>,
    ) -> Self {
        self.operation.filter_status = Some(value.into());
        self
    }

    /// Filter by description
    ///
    /// `filter[description]` (query parameter).
    pub fn filter_description(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_description = Some(value.into());
        self
    }

    /// Filter by group ID
    ///
    /// `filter[group_id]` (query parameter).
    pub fn filter_group_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_group_id = Some(value.into());
        self
    }

    /// Filter by stock
    ///
    /// `filter[stock]` (query parameter).
    pub fn filter_stock(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_stock = Some(value.into());
        self
    }

    /// Filter by product type
    ///
    /// `filter[type]` (query parameter).
    pub fn filter_type(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_type = Some(value.into());
        self
    }

    /// Filter by pinned status
    ///
    /// `filter[pinned]` (query parameter).
    pub fn filter_pinned(mut self, value: impl Into<bool>) -> Self {
        self.operation.filter_pinned = Some(value.into());
        self
    }

    /// Sort field (e.g. sort=name or sort=-name for descending)
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Include relations (e.g. metadata, pricing, group)
    ///
    /// Example: `"metadata,pricing,group"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// `1` asks for each product's prices (`pricing`) in the answer: the CLIENTXCMS documentation's tip `?pricing=1`. Releases that do not read it still embed the prices with `include=pricing`.
    ///
    /// `pricing` (query parameter).
    pub fn pricing(mut self, value: impl Into<i64>) -> Self {
        self.operation.pricing = Some(value.into());
        self
    }
}

/// The request of [`Client::store_product`](crate::Client::store_product) (`POST /application/products`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreProduct<'a> = Call<'a, crate::operations::StoreProduct>;

/// The request of [`Client::delete_product`](crate::Client::delete_product) (`DELETE /application/products/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteProduct<'a> = Call<'a, crate::operations::DeleteProduct>;

/// The request of [`Client::get_product_by_id`](crate::Client::get_product_by_id) (`GET /application/products/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetProductById<'a> = Call<'a, crate::operations::GetProductById>;

impl GetProductById<'_> {
    /// Include relations (e.g. metadata, pricing, group)
    ///
    /// Example: `"metadata,pricing,group"`.
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }

    /// `1` asks for each product's prices (`pricing`) in the answer: the CLIENTXCMS documentation's tip `?pricing=1`. Releases that do not read it still embed the prices with `include=pricing`.
    ///
    /// `pricing` (query parameter).
    pub fn pricing(mut self, value: impl Into<i64>) -> Self {
        self.operation.pricing = Some(value.into());
        self
    }
}

/// The request of [`Client::update_product`](crate::Client::update_product) (`POST /application/products/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateProduct<'a> = Call<'a, crate::operations::UpdateProduct>;

/// The request of [`Client::get_product_config`](crate::Client::get_product_config) (`GET /application/products/{id}/config`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetProductConfig<'a> = Call<'a, crate::operations::GetProductConfig>;

/// The request of [`Client::update_product_config`](crate::Client::update_product_config) (`PUT /application/products/{id}/config`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateProductConfig<'a> = Call<'a, crate::operations::UpdateProductConfig>;

/// The request of [`Client::list_servers`](crate::Client::list_servers) (`GET /application/servers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListServers<'a> = Call<'a, crate::operations::ListServers>;

impl ListServers<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Filter by server type (pterodactyl, plesk, etc.)
    ///
    /// `filter[type]` (query parameter).
    pub fn filter_type(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_type = Some(value.into());
        self
    }

    /// Filter by status
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_status = Some(value.into());
        self
    }
}

/// The request of [`Client::store_server`](crate::Client::store_server) (`POST /application/servers`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreServer<'a> = Call<'a, crate::operations::StoreServer>;

/// The request of [`Client::test_server`](crate::Client::test_server) (`POST /application/servers/test`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type TestServer<'a> = Call<'a, crate::operations::TestServer>;

/// The request of [`Client::delete_server`](crate::Client::delete_server) (`DELETE /application/servers/{server}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteServer<'a> = Call<'a, crate::operations::DeleteServer>;

/// The request of [`Client::get_server`](crate::Client::get_server) (`GET /application/servers/{server}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetServer<'a> = Call<'a, crate::operations::GetServer>;

/// The request of [`Client::update_server`](crate::Client::update_server) (`POST /application/servers/{server}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateServer<'a> = Call<'a, crate::operations::UpdateServer>;

/// The request of [`Client::get_all_services`](crate::Client::get_all_services) (`GET /application/services`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetAllServices<'a> = Call<'a, crate::operations::GetAllServices>;

impl GetAllServices<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::delete_service_by_id`](crate::Client::delete_service_by_id) (`DELETE /application/services/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteServiceById<'a> = Call<'a, crate::operations::DeleteServiceById>;

/// The request of [`Client::get_service_by_id`](crate::Client::get_service_by_id) (`GET /application/services/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetServiceById<'a> = Call<'a, crate::operations::GetServiceById>;

/// The request of [`Client::list_subdomain_hosts`](crate::Client::list_subdomain_hosts) (`GET /application/subdomains`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListSubdomainHosts<'a> = Call<'a, crate::operations::ListSubdomainHosts>;

impl ListSubdomainHosts<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }
}

/// The request of [`Client::store_subdomain_host`](crate::Client::store_subdomain_host) (`POST /application/subdomains`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreSubdomainHost<'a> = Call<'a, crate::operations::StoreSubdomainHost>;

/// The request of [`Client::delete_subdomain_host`](crate::Client::delete_subdomain_host) (`DELETE /application/subdomains/{subdomain}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteSubdomainHost<'a> = Call<'a, crate::operations::DeleteSubdomainHost>;

/// The request of [`Client::get_subdomain_host`](crate::Client::get_subdomain_host) (`GET /application/subdomains/{subdomain}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetSubdomainHost<'a> = Call<'a, crate::operations::GetSubdomainHost>;

/// The request of [`Client::update_subdomain_host`](crate::Client::update_subdomain_host) (`POST /application/subdomains/{subdomain}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateSubdomainHost<'a> = Call<'a, crate::operations::UpdateSubdomainHost>;

/// The request of [`Client::list_tickets`](crate::Client::list_tickets) (`GET /application/tickets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListTickets<'a> = Call<'a, crate::operations::ListTickets>;

impl ListTickets<'_> {
    /// Page number
    ///
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.operation.page = Some(value.into());
        self
    }

    /// Number of items per page
    ///
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.operation.per_page = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// `sort` (query parameter).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.operation.sort = Some(value.into());
        self
    }

    /// Filter by status (open, closed, answered)
    ///
    /// `filter[status]` (query parameter).
    pub fn filter_status(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_status = Some(value.into());
        self
    }

    /// Filter by priority (low, medium, high)
    ///
    /// `filter[priority]` (query parameter).
    pub fn filter_priority(mut self, value: impl Into<String>) -> Self {
        self.operation.filter_priority = Some(value.into());
        self
    }

    /// Filter by department ID
    ///
    /// `filter[department_id]` (query parameter).
    pub fn filter_department_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_department_id = Some(value.into());
        self
    }

    /// Filter by customer ID
    ///
    /// `filter[customer_id]` (query parameter).
    pub fn filter_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.operation.filter_customer_id = Some(value.into());
        self
    }

    /// Related resources to include
    ///
    /// `include` (query parameter).
    pub fn include(mut self, value: impl Into<String>) -> Self {
        self.operation.include = Some(value.into());
        self
    }
}

/// The request of [`Client::store_ticket`](crate::Client::store_ticket) (`POST /application/tickets`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreTicket<'a> = Call<'a, crate::operations::StoreTicket>;

/// The request of [`Client::delete_ticket`](crate::Client::delete_ticket) (`DELETE /application/tickets/{ticket}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteTicket<'a> = Call<'a, crate::operations::DeleteTicket>;

/// The request of [`Client::get_ticket`](crate::Client::get_ticket) (`GET /application/tickets/{ticket}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetTicket<'a> = Call<'a, crate::operations::GetTicket>;

/// The request of [`Client::update_ticket`](crate::Client::update_ticket) (`POST /application/tickets/{ticket}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateTicket<'a> = Call<'a, crate::operations::UpdateTicket>;

/// The request of [`Client::close_ticket`](crate::Client::close_ticket) (`POST /application/tickets/{ticket}/close`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type CloseTicket<'a> = Call<'a, crate::operations::CloseTicket>;

impl CloseTicket<'_> {
    /// The request body (`application/json`).
    pub fn body(mut self, value: impl Into<crate::types::CloseTicketBody>) -> Self {
        self.operation.body = Some(value.into());
        self
    }
}

/// The request of [`Client::reopen_ticket`](crate::Client::reopen_ticket) (`POST /application/tickets/{ticket}/reopen`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ReopenTicket<'a> = Call<'a, crate::operations::ReopenTicket>;

/// The request of [`Client::reply_to_ticket`](crate::Client::reply_to_ticket) (`POST /application/tickets/{ticket}/reply`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ReplyToTicket<'a> = Call<'a, crate::operations::ReplyToTicket>;

/// The request of [`Client::list_cancellation_reasons`](crate::Client::list_cancellation_reasons) (`GET /application/cancellation_reasons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ListCancellationReasons<'a> = Call<
    'a,
    crate::operations::ListCancellationReasons,
>;

/// The request of [`Client::store_cancellation_reason`](crate::Client::store_cancellation_reason) (`POST /application/cancellation_reasons`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type StoreCancellationReason<'a> = Call<
    'a,
    crate::operations::StoreCancellationReason,
>;

/// The request of [`Client::delete_cancellation_reason`](crate::Client::delete_cancellation_reason) (`DELETE /application/cancellation_reasons/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type DeleteCancellationReason<'a> = Call<
    'a,
    crate::operations::DeleteCancellationReason,
>;

/// The request of [`Client::get_cancellation_reason`](crate::Client::get_cancellation_reason) (`GET /application/cancellation_reasons/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetCancellationReason<'a> = Call<'a, crate::operations::GetCancellationReason>;

/// The request of [`Client::update_cancellation_reason`](crate::Client::update_cancellation_reason) (`POST /application/cancellation_reasons/{id}`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UpdateCancellationReason<'a> = Call<
    'a,
    crate::operations::UpdateCancellationReason,
>;

/// The request of [`Client::get_cancellation_reason_analytics`](crate::Client::get_cancellation_reason_analytics) (`GET /application/cancellation_reasons_analytics`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type GetCancellationReasonAnalytics<'a> = Call<
    'a,
    crate::operations::GetCancellationReasonAnalytics,
>;

/// The request of [`Client::expire_service_by_id`](crate::Client::expire_service_by_id) (`POST /application/services/{id}/expire`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type ExpireServiceById<'a> = Call<'a, crate::operations::ExpireServiceById>;

impl ExpireServiceById<'_> {
    /// The request body (`application/json`).
    pub fn body(mut self, value: impl Into<crate::types::ExpireServiceRequest>) -> Self {
        self.operation.body = Some(value.into());
        self
    }
}

/// The request of [`Client::suspend_service_by_id`](crate::Client::suspend_service_by_id) (`POST /application/services/{id}/suspend`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type SuspendServiceById<'a> = Call<'a, crate::operations::SuspendServiceById>;

impl SuspendServiceById<'_> {
    /// The request body (`application/json`).
    pub fn body(
        mut self,
        value: impl Into<crate::types::SuspendServiceRequest>,
    ) -> Self {
        self.operation.body = Some(value.into());
        self
    }
}

/// The request of [`Client::unsuspend_service_by_id`](crate::Client::unsuspend_service_by_id) (`POST /application/services/{id}/unsuspend`): set optional parameters and per-call options, then `.await` it for the response body, or call [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw).
pub type UnsuspendServiceById<'a> = Call<'a, crate::operations::UnsuspendServiceById>;
