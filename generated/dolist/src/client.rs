//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List the applications
    ///
    /// Lists the account's applications (the call of the curl example in Dolist's general documentation). Inferred: the item fields (`ID`, `Name`) are not documented by the sources.
    ///
    /// `GET /applications`
    pub async fn list_applications(
        &self,
        params: &crate::types::ListApplicationsParams,
    ) -> Result<
        crate::types::ApplicationList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.list_applications_page(params).await.map(|(body, _)| body)
    }

    /// [`list_applications`](Self::list_applications), with what the pagination stream reads of the response.
    pub(crate) async fn list_applications_page(
        &self,
        params: &crate::types::ListApplicationsParams,
    ) -> Result<
        (crate::types::ApplicationList, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(reqwest::Method::GET, String::from("/applications"));
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/applications");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create or update a contact
    ///
    /// Creates a contact, or updates the one whose unicity-key fields (clé d'unicité, usually the e-mail address, field 7) match. Inferred: no source shows this call; the path, the `Contact` wrapper and the `{ID}` answer follow the API's patterns (`POST /email/messages` answers `{ID}`; transactional sendings identify contacts by their unicity-key fields).
    ///
    /// `POST /contacts`
    pub async fn upsert_contact(
        &self,
        body: &crate::types::UpsertContactRequest,
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self.request(reqwest::Method::POST, String::from("/contacts"));
        request.accept("application/json");
        request.path_template("/contacts");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Delete a contact
    ///
    /// Deletes a contact by ID. Inferred from the API's REST conventions (GET, POST, PUT and DELETE drive the objects); no source shows this call.
    ///
    /// `DELETE /contacts/{ContactID}`
    pub async fn delete_contact(
        &self,
        contact_id: i64,
    ) -> Result<(), crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .request(
                reqwest::Method::DELETE,
                ["/contacts/", &crate::runtime::path_param("ContactID", &contact_id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/contacts/{ContactID}");
        let response = request.send().await?;
        match response.status() {
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Read a contact
    ///
    /// Finds one contact by field values (typically field 7, the e-mail address) and returns its ID and the fields listed in `OutputFieldIDList` (e.g. 72, the deliverability status). The public client treats an answer without `ID`, or with an empty `FieldList`, as "no such contact".
    ///
    /// `POST /contacts/read`
    pub async fn read_contact(
        &self,
        body: &crate::types::ContactQueryRequest,
    ) -> Result<crate::types::Contact, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/contacts/read"));
        request.accept("application/json");
        request.path_template("/contacts/read");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Search contacts
    ///
    /// Searches the contact base. The only call of the API whose results are capped: it returns at most 50 contacts; page through larger results with `offset` and `limit`. Inferred: the sources do not show the search criteria; this document gives the search the query shape of `POST /contacts/read` (field values to match, fields to return).
    ///
    /// `POST /contacts/search`
    pub async fn search_contacts(
        &self,
        body: &crate::types::ContactQueryRequest,
        params: &crate::types::SearchContactsParams,
    ) -> Result<crate::types::ContactList, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/contacts/search"));
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/contacts/search");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// List the campaigns
    ///
    /// Lists the account's e-mail campaigns, paged with `offset` and `limit`. Inferred: no source shows this call or the campaign fields.
    ///
    /// `GET /campaigns`
    pub async fn list_campaigns(
        &self,
        params: &crate::types::ListCampaignsParams,
    ) -> Result<crate::types::CampaignList, crate::Error<crate::types::ErrorResponse>> {
        self.list_campaigns_page(params).await.map(|(body, _)| body)
    }

    /// [`list_campaigns`](Self::list_campaigns), with what the pagination stream reads of the response.
    pub(crate) async fn list_campaigns_page(
        &self,
        params: &crate::types::ListCampaignsParams,
    ) -> Result<
        (crate::types::CampaignList, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self.request(reqwest::Method::GET, String::from("/campaigns"));
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/campaigns");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Create a campaign
    ///
    /// Creates an e-mail campaign sending a message created with `POST /email/messages`, now or at `SendDate`. Inferred: no source shows this call; the `Campaign` wrapper and the `{ID}` answer follow `POST /email/messages`.
    ///
    /// `POST /campaigns`
    pub async fn create_campaign(
        &self,
        body: &crate::types::CreateCampaignRequest,
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/campaigns"));
        request.accept("application/json");
        request.path_template("/campaigns");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Read a campaign
    ///
    /// Returns one campaign. Inferred: no source shows this call or the campaign fields.
    ///
    /// `GET /campaigns/{CampaignID}`
    pub async fn get_campaign(
        &self,
        campaign_id: i32,
    ) -> Result<crate::types::Campaign, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .request(
                reqwest::Method::GET,
                ["/campaigns/", &crate::runtime::path_param("CampaignID", &campaign_id)?]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/campaigns/{CampaignID}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Create an e-mail message
    ///
    /// Creates an e-mail message, to be used by an e-mail sending. The `Message` object must not be null and must at least carry a unique `Name`.
    ///
    /// `POST /email/messages`
    pub async fn create_email_message(
        &self,
        body: &crate::types::CreateEmailMessageRequest,
    ) -> Result<crate::types::IdResponse, crate::Error<crate::types::ErrorResponse>> {
        let mut request = self
            .request(reqwest::Method::POST, String::from("/email/messages"));
        request.accept("application/json");
        request.path_template("/email/messages");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// List the sender addresses
    ///
    /// Lists the sender addresses (adresses d'expéditeurs) a message's `SenderID` can name. Inferred: the item fields (`ID`, `Email`, `Name`) are not documented by the sources.
    ///
    /// `GET /email/messages/addresses/packsenders`
    pub async fn list_sender_addresses(
        &self,
        params: &crate::types::ListSenderAddressesParams,
    ) -> Result<
        crate::types::SenderAddressList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.list_sender_addresses_page(params).await.map(|(body, _)| body)
    }

    /// [`list_sender_addresses`](Self::list_sender_addresses), with what the pagination stream reads of the response.
    pub(crate) async fn list_sender_addresses_page(
        &self,
        params: &crate::types::ListSenderAddressesParams,
    ) -> Result<
        (crate::types::SenderAddressList, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                String::from("/email/messages/addresses/packsenders"),
            );
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/email/messages/addresses/packsenders");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// List the reply-to addresses
    ///
    /// Lists the reply-to addresses (adresses de réponses) a message's `ReplyAddressID` can name. Inferred: the item fields (`ID`, `Email`, `Name`) are not documented by the sources.
    ///
    /// `GET /email/messages/addresses/replies`
    pub async fn list_reply_addresses(
        &self,
        params: &crate::types::ListReplyAddressesParams,
    ) -> Result<
        crate::types::ReplyAddressList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.list_reply_addresses_page(params).await.map(|(body, _)| body)
    }

    /// [`list_reply_addresses`](Self::list_reply_addresses), with what the pagination stream reads of the response.
    pub(crate) async fn list_reply_addresses_page(
        &self,
        params: &crate::types::ListReplyAddressesParams,
    ) -> Result<
        (crate::types::ReplyAddressList, crate::runtime::PageInfo),
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                String::from("/email/messages/addresses/replies"),
            );
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/email/messages/addresses/replies");
        let response = request.send().await?;
        let page = response.page_info();
        let body = match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        body.map(|body| (body, page))
    }

    /// Send a transactional e-mail
    ///
    /// Creates an immediate or deferred transactional e-mail sending for one recipient, whether or not the recipient is in the contact base. Transactional sendings are not enabled on Campaign accounts by default: ask Dolist's sales contact to activate them and set up a dedicated sub-domain. The contact is identified by the account's unicity-key fields (usually the e-mail address, field 7); an unknown contact is created, but one that only ever received `TransactionalService` sendings is not visible to the contact search.
    ///
    /// `POST /email/sendings/transactional`
    pub async fn send_transactional_email(
        &self,
        body: &crate::types::SendTransactionalEmailRequest,
    ) -> Result<
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                String::from("/email/sendings/transactional"),
            );
        request.accept("application/json");
        request.path_template("/email/sendings/transactional");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Send a transactional e-mail with PDF attachments
    ///
    /// The multipart variant of `POST /email/sendings/transactional`: one file part per PDF attachment (only PDF is accepted) plus a `TransactionalSending` text part holding the sending. Swagger 2.0 cannot describe a variable number of file parts, so this document declares one (`Attachment`); the API reads every file part whatever its name (the public client names each part after the file's base name) and more can be added to the request.
    ///
    /// `POST /email/sendings/transactional/attachment`
    pub async fn send_transactional_email_with_attachment(
        &self,
        body: crate::types::SendTransactionalEmailWithAttachmentForm,
    ) -> Result<
        crate::types::TransactionalSendingResult,
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                String::from("/email/sendings/transactional/attachment"),
            );
        request.accept("application/json");
        request.path_template("/email/sendings/transactional/attachment");
        request.multipart(body.into_form()?);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Search the transactional sendings of a contact
    ///
    /// Returns the transactional e-mail sendings made to a contact, with their delivery status.
    ///
    /// `POST /statistics/email/sendings/transactional/search`
    pub async fn search_transactional_sending_statistics(
        &self,
        body: &crate::types::TransactionalSendingSearchRequest,
        params: &crate::types::SearchTransactionalSendingStatisticsParams,
    ) -> Result<
        crate::types::TransactionalSendingStatisticsList,
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(
                reqwest::Method::POST,
                String::from("/statistics/email/sendings/transactional/search"),
            );
        request.query("offset", &params.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/statistics/email/sendings/transactional/search");
        request.json("application/json", body);
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Read a campaign's statistics
    ///
    /// Returns the delivery and activity counters of one e-mail campaign. Inferred: Dolist's reference has a "statistiques" section, but no source shows this call or its fields.
    ///
    /// `GET /statistics/email/campaigns/{CampaignID}`
    pub async fn get_campaign_statistics(
        &self,
        campaign_id: i32,
    ) -> Result<
        crate::types::CampaignStatistics,
        crate::Error<crate::types::ErrorResponse>,
    > {
        let mut request = self
            .request(
                reqwest::Method::GET,
                [
                    "/statistics/email/campaigns/",
                    &crate::runtime::path_param("CampaignID", &campaign_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/statistics/email/campaigns/{CampaignID}");
        let response = request.send().await?;
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}
