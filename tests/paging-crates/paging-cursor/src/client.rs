//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Conversations of the workspace
    ///
    /// `GET /conversations.list`
    ///
    /// Optional parameters are setters of the returned request: [`cursor`](crate::requests::ListConversations::cursor), [`limit`](crate::requests::ListConversations::limit), [`exclude_archived`](crate::requests::ListConversations::exclude_archived).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: paging_cursor::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_conversations().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_conversations(&self) -> crate::requests::ListConversations<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListConversations {
                cursor: None,
                limit: None,
                exclude_archived: None,
            },
        )
    }
}
