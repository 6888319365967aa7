//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /events`
    ///
    /// Optional parameters are setters of the returned request: [`since`](crate::requests::ListEvents::since), [`limit`](crate::requests::ListEvents::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openapi31_events::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_events().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_events(&self) -> crate::requests::ListEvents<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListEvents {
                since: None,
                limit: None,
            },
        )
    }

    /// `POST /events`
    ///
    /// # Arguments
    /// - `body`: the request body (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openapi31_events::Client, body: openapi31_events::Event) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_event(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_event(
        &self,
        body: impl Into<crate::types::Event>,
    ) -> crate::requests::CreateEvent<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateEvent {
                body: body.into(),
            },
        )
    }

    /// `PUT /events/{id}/file`
    ///
    /// # Arguments
    /// - `id`
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::PutEventFile::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openapi31_events::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.put_event_file("id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn put_event_file(
        &self,
        id: impl Into<String>,
    ) -> crate::requests::PutEventFile<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::PutEventFile {
                id: id.into(),
                body: None,
            },
        )
    }
}
