//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Records of a collection
    ///
    /// `GET /buckets/{bid}/collections/{cid}/records`
    pub async fn list_records(
        &self,
        bid: &str,
        cid: &str,
        params: &crate::types::ListRecordsParams,
    ) -> Result<crate::types::RecordList, crate::Error<()>> {
        self.list_records_page(bid, cid, params, None).await.map(|(body, _)| body)
    }

    /// [`list_records`](Self::list_records), or the page at `next` (a URL the server gave for the next page), with what the pagination stream reads of the response.
    pub(crate) async fn list_records_page(
        &self,
        bid: &str,
        cid: &str,
        params: &crate::types::ListRecordsParams,
        next: Option<&reqwest::Url>,
    ) -> Result<(crate::types::RecordList, crate::runtime::PageInfo), crate::Error<()>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/buckets/",
                    &crate::runtime::path_param("bid", bid)?,
                    "/collections/",
                    &crate::runtime::path_param("cid", cid)?,
                    "/records",
                ]
                    .concat(),
            );
        request.query("_limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.query("_sort", &params.sort, crate::runtime::ParamStyle::Form, true);
        request.query("_token", &params.token, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/buckets/{bid}/collections/{cid}/records");
        if let Some(next) = next {
            request.follow(next);
        }
        let request = crate::auth::authorize(self, request, &[crate::auth::API_KEY])
            .await?;
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }
}
