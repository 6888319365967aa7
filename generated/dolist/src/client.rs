//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// List the applications
    ///
    /// Lists the account's applications (the call of the curl example in Dolist's general documentation). Inferred: the item fields (`ID`, `Name`) are not documented by the sources.
    ///
    /// `GET /applications`
    ///
    /// Optional parameters are setters of the returned request: [`offset`](crate::requests::ListApplications::offset), [`limit`](crate::requests::ListApplications::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_applications().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_applications(&self) -> crate::requests::ListApplications<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListApplications {
                offset: None,
                limit: None,
            },
        )
    }

    /// Create or update a contact
    ///
    /// Creates a contact, or updates the one whose unicity-key fields (clé d'unicité, usually the e-mail address, field 7) match. Inferred: no source shows this call; the path, the `Contact` wrapper and the `{ID}` answer follow the API's patterns (`POST /email/messages` answers `{ID}`; transactional sendings identify contacts by their unicity-key fields).
    ///
    /// `POST /contacts`
    ///
    /// # Arguments
    /// - `body`: The contact's fields. (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::UpsertContactRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.upsert_contact(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upsert_contact(
        &self,
        body: impl Into<crate::types::UpsertContactRequest>,
    ) -> crate::requests::UpsertContact<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::UpsertContact {
                body: body.into(),
            },
        )
    }

    /// Delete a contact
    ///
    /// Deletes a contact by ID. Inferred from the API's REST conventions (GET, POST, PUT and DELETE drive the objects); no source shows this call.
    ///
    /// `DELETE /contacts/{ContactID}`
    ///
    /// # Arguments
    /// - `contact_id`: The contact's ID.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.delete_contact(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_contact(
        &self,
        contact_id: impl Into<i64>,
    ) -> crate::requests::DeleteContact<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DeleteContact {
                contact_id: contact_id.into(),
            },
        )
    }

    /// Read a contact
    ///
    /// Finds one contact by field values (typically field 7, the e-mail address) and returns its ID and the fields listed in `OutputFieldIDList` (e.g. 72, the deliverability status). The public client treats an answer without `ID`, or with an empty `FieldList`, as "no such contact".
    ///
    /// `POST /contacts/read`
    ///
    /// # Arguments
    /// - `body`: The field values identifying the contact and the fields to return. (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::ContactQueryRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.read_contact(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn read_contact(
        &self,
        body: impl Into<crate::types::ContactQueryRequest>,
    ) -> crate::requests::ReadContact<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ReadContact {
                body: body.into(),
            },
        )
    }

    /// Search contacts
    ///
    /// Searches the contact base. The only call of the API whose results are capped: it returns at most 50 contacts; page through larger results with `offset` and `limit`. Inferred: the sources do not show the search criteria; this document gives the search the query shape of `POST /contacts/read` (field values to match, fields to return).
    ///
    /// `POST /contacts/search`
    ///
    /// # Arguments
    /// - `body`: The search criteria and the fields to return. (`application/json`)
    ///
    /// Optional parameters are setters of the returned request: [`offset`](crate::requests::SearchContacts::offset), [`limit`](crate::requests::SearchContacts::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::ContactQueryRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.search_contacts(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_contacts(
        &self,
        body: impl Into<crate::types::ContactQueryRequest>,
    ) -> crate::requests::SearchContacts<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SearchContacts {
                offset: None,
                limit: None,
                body: body.into(),
            },
        )
    }

    /// List the campaigns
    ///
    /// Lists the account's e-mail campaigns, paged with `offset` and `limit`. Inferred: no source shows this call or the campaign fields.
    ///
    /// `GET /campaigns`
    ///
    /// Optional parameters are setters of the returned request: [`offset`](crate::requests::ListCampaigns::offset), [`limit`](crate::requests::ListCampaigns::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_campaigns().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_campaigns(&self) -> crate::requests::ListCampaigns<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListCampaigns {
                offset: None,
                limit: None,
            },
        )
    }

    /// Create a campaign
    ///
    /// Creates an e-mail campaign sending a message created with `POST /email/messages`, now or at `SendDate`. Inferred: no source shows this call; the `Campaign` wrapper and the `{ID}` answer follow `POST /email/messages`.
    ///
    /// `POST /campaigns`
    ///
    /// # Arguments
    /// - `body`: The campaign to create. (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::CreateCampaignRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_campaign(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_campaign(
        &self,
        body: impl Into<crate::types::CreateCampaignRequest>,
    ) -> crate::requests::CreateCampaign<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateCampaign {
                body: body.into(),
            },
        )
    }

    /// Read a campaign
    ///
    /// Returns one campaign. Inferred: no source shows this call or the campaign fields.
    ///
    /// `GET /campaigns/{CampaignID}`
    ///
    /// # Arguments
    /// - `campaign_id`: The campaign's ID.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_campaign(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_campaign(
        &self,
        campaign_id: impl Into<i32>,
    ) -> crate::requests::GetCampaign<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCampaign {
                campaign_id: campaign_id.into(),
            },
        )
    }

    /// Create an e-mail message
    ///
    /// Creates an e-mail message, to be used by an e-mail sending. The `Message` object must not be null and must at least carry a unique `Name`.
    ///
    /// `POST /email/messages`
    ///
    /// # Arguments
    /// - `body`: The message to create. (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::CreateEmailMessageRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_email_message(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_email_message(
        &self,
        body: impl Into<crate::types::CreateEmailMessageRequest>,
    ) -> crate::requests::CreateEmailMessage<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreateEmailMessage {
                body: body.into(),
            },
        )
    }

    /// List the sender addresses
    ///
    /// Lists the sender addresses (adresses d'expéditeurs) a message's `SenderID` can name. Inferred: the item fields (`ID`, `Email`, `Name`) are not documented by the sources.
    ///
    /// `GET /email/messages/addresses/packsenders`
    ///
    /// Optional parameters are setters of the returned request: [`offset`](crate::requests::ListSenderAddresses::offset), [`limit`](crate::requests::ListSenderAddresses::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_sender_addresses().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_sender_addresses(&self) -> crate::requests::ListSenderAddresses<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListSenderAddresses {
                offset: None,
                limit: None,
            },
        )
    }

    /// List the reply-to addresses
    ///
    /// Lists the reply-to addresses (adresses de réponses) a message's `ReplyAddressID` can name. Inferred: the item fields (`ID`, `Email`, `Name`) are not documented by the sources.
    ///
    /// `GET /email/messages/addresses/replies`
    ///
    /// Optional parameters are setters of the returned request: [`offset`](crate::requests::ListReplyAddresses::offset), [`limit`](crate::requests::ListReplyAddresses::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_reply_addresses().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_reply_addresses(&self) -> crate::requests::ListReplyAddresses<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListReplyAddresses {
                offset: None,
                limit: None,
            },
        )
    }

    /// Send a transactional e-mail
    ///
    /// Creates an immediate or deferred transactional e-mail sending for one recipient, whether or not the recipient is in the contact base. Transactional sendings are not enabled on Campaign accounts by default: ask Dolist's sales contact to activate them and set up a dedicated sub-domain. The contact is identified by the account's unicity-key fields (usually the e-mail address, field 7); an unknown contact is created, but one that only ever received `TransactionalService` sendings is not visible to the contact search.
    ///
    /// `POST /email/sendings/transactional`
    ///
    /// # Arguments
    /// - `body`: The sending. (`application/json`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::SendTransactionalEmailRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.send_transactional_email(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_transactional_email(
        &self,
        body: impl Into<crate::types::SendTransactionalEmailRequest>,
    ) -> crate::requests::SendTransactionalEmail<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SendTransactionalEmail {
                body: body.into(),
            },
        )
    }

    /// Send a transactional e-mail with PDF attachments
    ///
    /// The multipart variant of `POST /email/sendings/transactional`: one file part per PDF attachment (only PDF is accepted) plus a `TransactionalSending` text part holding the sending. Swagger 2.0 cannot describe a variable number of file parts, so this document declares one (`Attachment`); the API reads every file part whatever its name (the public client names each part after the file's base name) and more can be added to the request.
    ///
    /// `POST /email/sendings/transactional/attachment`
    ///
    /// # Arguments
    /// - `body`: the request body (`multipart/form-data`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::SendTransactionalEmailWithAttachmentForm) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.send_transactional_email_with_attachment(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_transactional_email_with_attachment(
        &self,
        body: impl Into<crate::types::SendTransactionalEmailWithAttachmentForm>,
    ) -> crate::requests::SendTransactionalEmailWithAttachment<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SendTransactionalEmailWithAttachment {
                body: body.into(),
            },
        )
    }

    /// Search the transactional sendings of a contact
    ///
    /// Returns the transactional e-mail sendings made to a contact, with their delivery status.
    ///
    /// `POST /statistics/email/sendings/transactional/search`
    ///
    /// # Arguments
    /// - `body`: The search criteria. (`application/json`)
    ///
    /// Optional parameters are setters of the returned request: [`offset`](crate::requests::SearchTransactionalSendingStatistics::offset), [`limit`](crate::requests::SearchTransactionalSendingStatistics::limit).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client, body: dolist::TransactionalSendingSearchRequest) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.search_transactional_sending_statistics(body).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_transactional_sending_statistics(
        &self,
        body: impl Into<crate::types::TransactionalSendingSearchRequest>,
    ) -> crate::requests::SearchTransactionalSendingStatistics<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::SearchTransactionalSendingStatistics {
                offset: None,
                limit: None,
                body: body.into(),
            },
        )
    }

    /// Read a campaign's statistics
    ///
    /// Returns the delivery and activity counters of one e-mail campaign. Inferred: Dolist's reference has a "statistiques" section, but no source shows this call or its fields.
    ///
    /// `GET /statistics/email/campaigns/{CampaignID}`
    ///
    /// # Arguments
    /// - `campaign_id`: The campaign's ID.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: dolist::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_campaign_statistics(1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_campaign_statistics(
        &self,
        campaign_id: impl Into<i32>,
    ) -> crate::requests::GetCampaignStatistics<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetCampaignStatistics {
                campaign_id: campaign_id.into(),
            },
        )
    }
}
