//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Records of a collection
    ///
    /// `GET /buckets/{bid}/collections/{cid}/records`
    ///
    /// # Arguments
    /// - `bid`
    /// - `cid`
    ///
    /// Optional parameters are setters of the returned request: [`limit`](crate::requests::ListRecords::limit), [`sort`](crate::requests::ListRecords::sort), [`token`](crate::requests::ListRecords::token).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: paging_next_page::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_records("id", "id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_records(
        &self,
        bid: impl Into<String>,
        cid: impl Into<String>,
    ) -> crate::requests::ListRecords<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListRecords {
                bid: bid.into(),
                cid: cid.into(),
                limit: None,
                sort: None,
                token: None,
            },
        )
    }
}
