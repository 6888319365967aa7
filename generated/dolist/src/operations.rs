//! Each operation's parameters and body, and how its request is built and its response
//! read ([`Operation`](crate::requests::Operation)): what a request builder
//! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.

/// The parameters of [`Client::list_applications`](crate::Client::list_applications).
#[derive(Clone)]
pub struct ListApplications {
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
}

impl crate::requests::Operation for ListApplications {
    type Output = crate::types::ApplicationList;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/applications"));
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/applications");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::upsert_contact`](crate::Client::upsert_contact).
#[derive(Clone)]
pub struct UpsertContact {
    pub(crate) body: crate::types::UpsertContactRequest,
}

impl crate::requests::Operation for UpsertContact {
    type Output = crate::types::IdResponse;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/contacts"));
        request.accept("application/json");
        request.path_template("/contacts");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::delete_contact`](crate::Client::delete_contact).
#[derive(Clone)]
pub struct DeleteContact {
    pub(crate) contact_id: i64,
}

impl crate::requests::Operation for DeleteContact {
    type Output = ();
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::DELETE,
                [
                    "/contacts/",
                    &crate::runtime::path_param("ContactID", &self.contact_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/contacts/{ContactID}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            200..=299 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::read_contact`](crate::Client::read_contact).
#[derive(Clone)]
pub struct ReadContact {
    pub(crate) body: crate::types::ContactQueryRequest,
}

impl crate::requests::Operation for ReadContact {
    type Output = crate::types::Contact;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/contacts/read"));
        request.accept("application/json");
        request.path_template("/contacts/read");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::search_contacts`](crate::Client::search_contacts).
#[derive(Clone)]
pub struct SearchContacts {
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) body: crate::types::ContactQueryRequest,
}

impl crate::requests::Operation for SearchContacts {
    type Output = crate::types::ContactList;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/contacts/search"));
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/contacts/search");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_campaigns`](crate::Client::list_campaigns).
#[derive(Clone)]
pub struct ListCampaigns {
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
}

impl crate::requests::Operation for ListCampaigns {
    type Output = crate::types::CampaignList;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::GET, String::from("/campaigns"));
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/campaigns");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::create_campaign`](crate::Client::create_campaign).
#[derive(Clone)]
pub struct CreateCampaign {
    pub(crate) body: crate::types::CreateCampaignRequest,
}

impl crate::requests::Operation for CreateCampaign {
    type Output = crate::types::IdResponse;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/campaigns"));
        request.accept("application/json");
        request.path_template("/campaigns");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_campaign`](crate::Client::get_campaign).
#[derive(Clone)]
pub struct GetCampaign {
    pub(crate) campaign_id: i32,
}

impl crate::requests::Operation for GetCampaign {
    type Output = crate::types::Campaign;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/campaigns/",
                    &crate::runtime::path_param("CampaignID", &self.campaign_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/campaigns/{CampaignID}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::create_email_message`](crate::Client::create_email_message).
#[derive(Clone)]
pub struct CreateEmailMessage {
    pub(crate) body: crate::types::CreateEmailMessageRequest,
}

impl crate::requests::Operation for CreateEmailMessage {
    type Output = crate::types::IdResponse;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(reqwest::Method::POST, String::from("/email/messages"));
        request.accept("application/json");
        request.path_template("/email/messages");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_sender_addresses`](crate::Client::list_sender_addresses).
#[derive(Clone)]
pub struct ListSenderAddresses {
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
}

impl crate::requests::Operation for ListSenderAddresses {
    type Output = crate::types::SenderAddressList;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                String::from("/email/messages/addresses/packsenders"),
            );
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/email/messages/addresses/packsenders");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::list_reply_addresses`](crate::Client::list_reply_addresses).
#[derive(Clone)]
pub struct ListReplyAddresses {
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
}

impl crate::requests::Operation for ListReplyAddresses {
    type Output = crate::types::ReplyAddressList;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                String::from("/email/messages/addresses/replies"),
            );
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/email/messages/addresses/replies");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::send_transactional_email`](crate::Client::send_transactional_email).
#[derive(Clone)]
pub struct SendTransactionalEmail {
    pub(crate) body: crate::types::SendTransactionalEmailRequest,
}

impl crate::requests::Operation for SendTransactionalEmail {
    type Output = crate::types::TransactionalSendingResult;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                String::from("/email/sendings/transactional"),
            );
        request.accept("application/json");
        request.path_template("/email/sendings/transactional");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::send_transactional_email_with_attachment`](crate::Client::send_transactional_email_with_attachment).
pub struct SendTransactionalEmailWithAttachment {
    pub(crate) body: crate::types::SendTransactionalEmailWithAttachmentForm,
}

impl crate::requests::Operation for SendTransactionalEmailWithAttachment {
    type Output = crate::types::TransactionalSendingResult;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                String::from("/email/sendings/transactional/attachment"),
            );
        request.accept("application/json");
        request.path_template("/email/sendings/transactional/attachment");
        request.multipart(self.body.into_form()?);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::search_transactional_sending_statistics`](crate::Client::search_transactional_sending_statistics).
#[derive(Clone)]
pub struct SearchTransactionalSendingStatistics {
    pub(crate) offset: Option<i32>,
    pub(crate) limit: Option<i32>,
    pub(crate) body: crate::types::TransactionalSendingSearchRequest,
}

impl crate::requests::Operation for SearchTransactionalSendingStatistics {
    type Output = crate::types::TransactionalSendingStatisticsList;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::POST,
                String::from("/statistics/email/sendings/transactional/search"),
            );
        request.query("offset", &self.offset, crate::runtime::ParamStyle::Form, true);
        request.query("limit", &self.limit, crate::runtime::ParamStyle::Form, true);
        request.accept("application/json");
        request.path_template("/statistics/email/sendings/transactional/search");
        request.json("application/json", &self.body);
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// The parameters of [`Client::get_campaign_statistics`](crate::Client::get_campaign_statistics).
#[derive(Clone)]
pub struct GetCampaignStatistics {
    pub(crate) campaign_id: i32,
}

impl crate::requests::Operation for GetCampaignStatistics {
    type Output = crate::types::CampaignStatistics;
    type Error = crate::types::ErrorResponse;
    fn request(
        self,
        client: &crate::Client,
    ) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
        let mut request = client
            .request(
                reqwest::Method::GET,
                [
                    "/statistics/email/campaigns/",
                    &crate::runtime::path_param("CampaignID", &self.campaign_id)?,
                ]
                    .concat(),
            );
        request.accept("application/json");
        request.path_template("/statistics/email/campaigns/{CampaignID}");
        Ok(request)
    }

    fn decode(
        response: crate::runtime::RawResponse,
    ) -> Result<Self::Output, crate::Error<Self::Error>> {
        match response.status() {
            200 => Ok(response.json()?),
            400 | 401 | 403 | 404 | 500 | 503 => {
                Err(response.api_error(std::convert::identity))
            }
            _ => Err(response.unexpected()),
        }
    }
}
