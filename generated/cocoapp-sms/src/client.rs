//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Send an SMS message
    ///
    /// Sends an SMS from the workspace's SMS connector to one phone number. The published examples write the number as digits with the country code and no `+`. Length limits and how long messages are split are not documented.
    ///
    /// `POST /messages`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/vnd.api+json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: cocoapp_sms::Client, body: cocoapp_sms::MessageCreateDocument) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.send_message(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_message(
        &self,
        body: impl Into<crate::types::MessageCreateDocument>,
    ) -> crate::requests::SendMessage<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SendMessage {
                body: body.into(),
            },
        )
    }
}
