//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List orders
    ///
    /// `GET /orders`
    ///
    /// # Arguments
    /// - `account_id`
    ///
    /// Optional parameters are setters of the returned request: [`accept_language`](crate::requests::ListOrders::accept_language), [`offset`](crate::requests::ListOrders::offset), [`limit`](crate::requests::ListOrders::limit), [`ids`](crate::requests::ListOrders::ids), [`tags`](crate::requests::ListOrders::tags), [`codes`](crate::requests::ListOrders::codes).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: swagger2_store::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_orders(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_orders(
        &self,
        account_id: impl Into<i64>,
    ) -> crate::requests::ListOrders<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListOrders {
                account_id: account_id.into(),
                accept_language: None,
                offset: None,
                limit: None,
                ids: None,
                tags: None,
                codes: None,
            },
        )
    }

    /// `POST /orders`
    ///
    /// # Arguments
    /// - `account_id`
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: swagger2_store::Client, body: swagger2_store::Order) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_order(1, body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_order(
        &self,
        account_id: impl Into<i64>,
        body: impl Into<crate::types::Order>,
    ) -> crate::requests::CreateOrder<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateOrder {
                account_id: account_id.into(),
                body: body.into(),
            },
        )
    }

    /// `GET /orders/{orderId}/invoice`
    ///
    /// # Arguments
    /// - `order_id`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: swagger2_store::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_invoice("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_invoice(
        &self,
        order_id: impl Into<String>,
    ) -> crate::requests::GetInvoice<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetInvoice {
                order_id: order_id.into(),
            },
        )
    }

    /// `POST /orders/{orderId}/attachments`
    ///
    /// # Arguments
    /// - `order_id`
    /// - `body`: the request body (`multipart/form-data`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: swagger2_store::Client, body: swagger2_store::UploadAttachmentForm) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.upload_attachment("id", body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_attachment(
        &self,
        order_id: impl Into<String>,
        body: impl Into<crate::types::UploadAttachmentForm>,
    ) -> crate::requests::UploadAttachment<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UploadAttachment {
                order_id: order_id.into(),
                body: body.into(),
            },
        )
    }

    /// `POST /login`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/x-www-form-urlencoded`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: swagger2_store::Client, body: swagger2_store::LoginBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.login(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn login(
        &self,
        body: impl Into<crate::types::LoginBody>,
    ) -> crate::requests::Login<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::Login {
                body: body.into(),
            },
        )
    }
}
