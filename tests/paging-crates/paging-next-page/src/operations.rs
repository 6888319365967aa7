//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_records`](crate::Client::list_records).
#[derive(Clone)]
pub struct ListRecords {
    pub(crate) bid: String,
    pub(crate) cid: String,
    pub(crate) limit: Option<i64>,
    pub(crate) sort: Option<String>,
    pub(crate) token: Option<String>,
}

impl crate::requests::Operation for ListRecords {
    type Output = crate::types::RecordList;
    type Error = ();
    const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::API_KEY]);
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/buckets/",
                    &crate::runtime::path_param("bid", &self.bid)?,
                    "/collections/",
                    &crate::runtime::path_param("cid", &self.cid)?,
                    "/records",
                ]
                    .concat(),
            );
        request.query("_limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.query("_sort", &self.sort, crate::runtime::ParamStyle::Form, true);
        request.query("_token", &self.token, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/buckets/{bid}/collections/{cid}/records");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            _ => Err(response.unexpected()),
        }
    }
}
