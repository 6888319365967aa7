//! Types of the API's schemas, parameters, responses and errors.

/// The body of every error answer (ServiceStack style).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorResponse {
    #[serde(rename = "ResponseStatus")]
    pub response_status: ResponseStatus,
}

/// What went wrong. Some error codes are undocumented (e.g. `458`, `402`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponseStatus {
    /// Code of the error, e.g. `Forbidden`.
    #[serde(rename = "ErrorCode")]
    pub error_code: String,
    /// Description of the error, in the language chosen by `Accept-Language`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Server stack trace, when the API includes one.
    #[serde(rename = "StackTrace", default, skip_serializing_if = "Option::is_none")]
    pub stack_trace: Option<String>,
    /// Field-level errors, for validation failures.
    #[serde(rename = "Errors", default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ResponseError>>,
    /// Additional data about the error.
    #[serde(rename = "Meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<std::collections::BTreeMap<String, String>>,
}

/// One field-level error.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponseError {
    /// Code of the error.
    #[serde(rename = "ErrorCode")]
    pub error_code: String,
    /// Name of the field in error.
    #[serde(rename = "FieldName", default, skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
    /// Description of the error.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Additional data about the error.
    #[serde(rename = "Meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<std::collections::BTreeMap<String, String>>,
}

/// The ID of the object a call created (or updated).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdResponse {
    /// ID of the object.
    #[serde(rename = "ID")]
    pub id: i64,
}

/// An application of the account. Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Application {
    /// ID of the application.
    #[serde(rename = "ID")]
    pub id: i32,
    /// Name of the application.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A page of applications.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApplicationList {
    /// Number of results in this response.
    #[serde(rename = "Count")]
    pub count: i32,
    /// Total number of results of the query.
    #[serde(rename = "Total")]
    pub total: i32,
    /// The applications.
    #[serde(rename = "ItemList")]
    pub item_list: Vec<Application>,
}

/// The value of one contact field, addressed by its numeric ID (7: e-mail address, 72: deliverability status). Dates held in contact fields come back as `YYYY-MM-DDTHH:MM:ss.nnnnnnn`, without an offset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactField {
    /// ID of the field.
    #[serde(rename = "ID")]
    pub id: i32,
    /// Value of the field, as text. For field 72 (deliverability status) the public client singles out `4` (the remote server refuses mail because it knows the address to be in error) and `7` (a definitive error after a sending: the address does not, or no longer, exist).
    #[serde(rename = "Value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A contact: its ID and the requested fields. Both properties may be absent when `POST /contacts/read` finds no contact (the public client treats that as "not found").
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// ID of the contact.
    #[serde(rename = "ID", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The requested fields of the contact.
    #[serde(rename = "FieldList", default, skip_serializing_if = "Option::is_none")]
    pub field_list: Option<Vec<ContactField>>,
}

/// A page of contacts (at most 50 from the contact search).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactList {
    /// Number of results in this response.
    #[serde(rename = "Count")]
    pub count: i32,
    /// Total number of results of the query.
    #[serde(rename = "Total")]
    pub total: i32,
    /// The contacts.
    #[serde(rename = "ItemList")]
    pub item_list: Vec<Contact>,
}

/// Which contact(s) to find, by field values, and which fields to return.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactQuery {
    /// Field values the contact must have, e.g. field 7 (e-mail address) equal to an address.
    #[serde(rename = "FieldValueList")]
    pub field_value_list: Vec<ContactField>,
    /// IDs of the fields to return in `FieldList`, e.g. 72 for the deliverability status.
    #[serde(
        rename = "OutputFieldIDList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_field_id_list: Option<Vec<i32>>,
}

/// The body of `POST /contacts/read` and `POST /contacts/search`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactQueryRequest {
    #[serde(rename = "Query")]
    pub query: ContactQuery,
}

/// The fields of a contact to create or update; the unicity-key fields (usually field 7, the e-mail address) identify it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactFields {
    /// The field values.
    #[serde(rename = "FieldList")]
    pub field_list: Vec<ContactField>,
}

/// The body of `POST /contacts` (inferred shape).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpsertContactRequest {
    #[serde(rename = "Contact")]
    pub contact: ContactFields,
}

/// An e-mail campaign. Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Campaign {
    /// ID of the campaign.
    #[serde(rename = "ID")]
    pub id: i32,
    /// Name of the campaign.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ID of the e-mail message the campaign sends.
    #[serde(rename = "MessageID", default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<i32>,
    /// Status of the campaign, as the API names it (e.g. `Sent`).
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the campaign was created (UTC, seven fractional digits and an offset, e.g. `2021-03-20T10:00:00.0000000+01:00`).
    #[serde(rename = "CreationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the campaign is or was sent (UTC, seven fractional digits and an offset).
    #[serde(rename = "SendDate", default, skip_serializing_if = "Option::is_none")]
    pub send_date: Option<chrono::DateTime<chrono::Utc>>,
}

/// A page of campaigns.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignList {
    /// Number of results in this response.
    #[serde(rename = "Count")]
    pub count: i32,
    /// Total number of results of the query.
    #[serde(rename = "Total")]
    pub total: i32,
    /// The campaigns.
    #[serde(rename = "ItemList")]
    pub item_list: Vec<Campaign>,
}

/// A campaign to create. Inferred shape.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewCampaign {
    /// Name of the campaign.
    #[serde(rename = "Name")]
    pub name: String,
    /// ID of the e-mail message to send (from `POST /email/messages`).
    #[serde(rename = "MessageID")]
    pub message_id: i32,
    /// When to send; immediately when absent. Any ISO-8601 form the API accepts (with seven fractional digits, `Z` or an offset); stored in UTC.
    #[serde(rename = "SendDate", default, skip_serializing_if = "Option::is_none")]
    pub send_date: Option<chrono::DateTime<chrono::Utc>>,
}

/// The body of `POST /campaigns` (inferred shape).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCampaignRequest {
    #[serde(rename = "Campaign")]
    pub campaign: NewCampaign,
}

/// An e-mail message (the `Message` object of Dolist's reference).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EmailMessage {
    /// A unique name for the message.
    #[serde(rename = "Name")]
    pub name: String,
    /// The message's subject (objet).
    #[serde(rename = "Subject", default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The message's language, e.g. `fr-FR`.
    #[serde(rename = "CultureName", default, skip_serializing_if = "Option::is_none")]
    pub culture_name: Option<String>,
    /// ID of the sender address (see `GET /email/messages/addresses/packsenders`).
    #[serde(rename = "SenderID", default, skip_serializing_if = "Option::is_none")]
    pub sender_id: Option<i32>,
    /// ID of the reply-to address (see `GET /email/messages/addresses/replies`).
    #[serde(rename = "ReplyAddressID", default, skip_serializing_if = "Option::is_none")]
    pub reply_address_id: Option<i32>,
    /// Force non-secure http link tracking.
    #[serde(rename = "ForceHttp", default, skip_serializing_if = "Option::is_none")]
    pub force_http: Option<bool>,
    /// The message's format.
    #[serde(rename = "Format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<EmailMessageFormat>,
    /// Disable open tracking.
    #[serde(
        rename = "DisableOpenTracking",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_open_tracking: Option<bool>,
    /// The editor the HTML was produced with.
    #[serde(rename = "Editor", default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<EmailMessageEditor>,
    /// Whether the message's tracking is validated. False when absent; true skips the test sending (BAT) step before a real sending, and is the value to pass for a transactional sending.
    #[serde(
        rename = "IsTrackingValidated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_tracking_validated: Option<bool>,
}

/// The body of `POST /email/messages`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateEmailMessageRequest {
    #[serde(rename = "Message")]
    pub message: EmailMessage,
}

/// A sender address (adresse d'expéditeur). Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SenderAddress {
    /// ID of the address, as used in a message's `SenderID`.
    #[serde(rename = "ID")]
    pub id: i32,
    /// The e-mail address.
    #[serde(rename = "Email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The display name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A page of sender addresses.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SenderAddressList {
    /// Number of results in this response.
    #[serde(rename = "Count")]
    pub count: i32,
    /// Total number of results of the query.
    #[serde(rename = "Total")]
    pub total: i32,
    /// The sender addresses.
    #[serde(rename = "ItemList")]
    pub item_list: Vec<SenderAddress>,
}

/// A reply-to address (adresse de réponse). Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReplyAddress {
    /// ID of the address, as used in a message's `ReplyAddressID`.
    #[serde(rename = "ID")]
    pub id: i32,
    /// The e-mail address.
    #[serde(rename = "Email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The display name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A page of reply-to addresses.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReplyAddressList {
    /// Number of results in this response.
    #[serde(rename = "Count")]
    pub count: i32,
    /// Total number of results of the query.
    #[serde(rename = "Total")]
    pub total: i32,
    /// The reply-to addresses.
    #[serde(rename = "ItemList")]
    pub item_list: Vec<ReplyAddress>,
}

/// The recipient: the account's unicity-key fields (usually field 7, the e-mail address), plus any optional contact fields the message uses.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionalContact {
    /// The recipient's field values.
    #[serde(rename = "FieldList")]
    pub field_list: Vec<ContactField>,
}

/// The content of a transactional message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContent {
    /// The message's source (HTML for an html message).
    #[serde(rename = "SourceCode")]
    pub source_code: String,
    /// Character encoding of `SourceCode`, e.g. `UTF8`.
    #[serde(rename = "EncodingType", default, skip_serializing_if = "Option::is_none")]
    pub encoding_type: Option<String>,
    /// Enable the custom link tracking used by the messages of previous sendings.
    #[serde(
        rename = "EnableTrackingDetection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_tracking_detection: Option<bool>,
}

/// A transactional e-mail sending. Dolist's reference says a sending is made of six elements and requires the type and the contact; the stored copy of that page is cut short after the second, so only the four elements the public client sends are modelled (a deferred sending's date, for one, is not).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionalSending {
    /// `TransactionalMarketing` for a marketing communication (product recommendations, promotional offers...), `TransactionalService` for a service e-mail (password renewal, welcome e-mail...).
    #[serde(rename = "Type")]
    pub type_: TransactionalSendingType,
    #[serde(rename = "Contact")]
    pub contact: TransactionalContact,
    #[serde(rename = "Message")]
    pub message: EmailMessage,
    #[serde(rename = "MessageContent")]
    pub message_content: MessageContent,
}

/// The body of `POST /email/sendings/transactional`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendTransactionalEmailRequest {
    #[serde(rename = "TransactionalSending")]
    pub transactional_sending: TransactionalSending,
}

/// The answer to a transactional sending.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionalSendingResult {
    /// The outcome of the sending. Its type is not documented by the sources (the public client only checks that the answer is not empty, and its test stubs the string `success`), so it is left untyped.
    #[serde(rename = "Result")]
    pub result: serde_json::Value,
}

/// Criteria of a transactional sending search.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TransactionalSendingSearchQuery {
    /// ID of the contact whose sendings to return (from `POST /contacts/read`).
    #[serde(rename = "ContactID", default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<i64>,
}

/// The body of `POST /statistics/email/sendings/transactional/search`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionalSendingSearchRequest {
    #[serde(rename = "SearchQuery")]
    pub search_query: TransactionalSendingSearchQuery,
}

/// One transactional sending to a contact.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TransactionalSendingStatistics {
    /// Name of the sending (the message's name).
    #[serde(rename = "SendingName", default, skip_serializing_if = "Option::is_none")]
    pub sending_name: Option<String>,
    /// When the sending was made (UTC, seven fractional digits and an offset, e.g. `2021-03-22T05:06:07.0000000+01:00`).
    #[serde(rename = "SendDate", default, skip_serializing_if = "Option::is_none")]
    pub send_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Status of the sending, e.g. `Sent`; the sources name no other value.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Whether the recipient's server accepted the message.
    #[serde(rename = "IsDelivered", default, skip_serializing_if = "Option::is_none")]
    pub is_delivered: Option<bool>,
}

/// A page of a contact's transactional sendings.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionalSendingStatisticsList {
    /// Number of results in this response.
    #[serde(rename = "Count")]
    pub count: i32,
    /// Total number of results of the query.
    #[serde(rename = "Total")]
    pub total: i32,
    /// The sendings.
    #[serde(rename = "ItemList")]
    pub item_list: Vec<TransactionalSendingStatistics>,
}

/// Delivery and activity counters of an e-mail campaign. Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignStatistics {
    /// ID of the campaign.
    #[serde(rename = "CampaignID")]
    pub campaign_id: i32,
    /// Number of messages sent.
    #[serde(rename = "SentCount", default, skip_serializing_if = "Option::is_none")]
    pub sent_count: Option<i32>,
    /// Number of messages delivered.
    #[serde(rename = "DeliveredCount", default, skip_serializing_if = "Option::is_none")]
    pub delivered_count: Option<i32>,
    /// Number of opens.
    #[serde(rename = "OpenCount", default, skip_serializing_if = "Option::is_none")]
    pub open_count: Option<i32>,
    /// Number of clicks.
    #[serde(rename = "ClickCount", default, skip_serializing_if = "Option::is_none")]
    pub click_count: Option<i32>,
    /// Number of temporary delivery errors (soft bounces).
    #[serde(
        rename = "SoftBounceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub soft_bounce_count: Option<i32>,
    /// Number of definitive delivery errors (hard bounces).
    #[serde(
        rename = "HardBounceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hard_bounce_count: Option<i32>,
    /// Number of unsubscriptions (désabonnements).
    #[serde(
        rename = "UnsubscribeCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unsubscribe_count: Option<i32>,
    /// Number of spam complaints (plaintes).
    #[serde(rename = "ComplaintCount", default, skip_serializing_if = "Option::is_none")]
    pub complaint_count: Option<i32>,
}

/// The message's format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EmailMessageFormat {
    /// `html`
    Html,
    /// `text`
    Text,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl EmailMessageFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Html => "html",
            Self::Text => "text",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for EmailMessageFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for EmailMessageFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "html" => Self::Html,
            "text" => Self::Text,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EmailMessageFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EmailMessageFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The editor the HTML was produced with.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EmailMessageEditor {
    /// `Unknown`
    UnknownEditor,
    /// `Source`
    Source,
    /// `Wysiwyg`
    Wysiwyg,
    /// `DolistGMR`
    DolistGmr,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl EmailMessageEditor {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UnknownEditor => "Unknown",
            Self::Source => "Source",
            Self::Wysiwyg => "Wysiwyg",
            Self::DolistGmr => "DolistGMR",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for EmailMessageEditor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for EmailMessageEditor {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Unknown" => Self::UnknownEditor,
            "Source" => Self::Source,
            "Wysiwyg" => Self::Wysiwyg,
            "DolistGMR" => Self::DolistGmr,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EmailMessageEditor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EmailMessageEditor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// `TransactionalMarketing` for a marketing communication (product recommendations, promotional offers...), `TransactionalService` for a service e-mail (password renewal, welcome e-mail...).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TransactionalSendingType {
    /// `TransactionalMarketing`
    TransactionalMarketing,
    /// `TransactionalService`
    TransactionalService,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl TransactionalSendingType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TransactionalMarketing => "TransactionalMarketing",
            Self::TransactionalService => "TransactionalService",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for TransactionalSendingType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for TransactionalSendingType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "TransactionalMarketing" => Self::TransactionalMarketing,
            "TransactionalService" => Self::TransactionalService,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for TransactionalSendingType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Optional parameters of [`Client::list_applications`](crate::Client::list_applications).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListApplicationsParams {
    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub offset: Option<i32>,
    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::search_contacts`](crate::Client::search_contacts).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchContactsParams {
    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub offset: Option<i32>,
    /// Number of contacts to return; the contact search returns at most 50 results per call.
    ///
    /// `limit` (query parameter).
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::list_campaigns`](crate::Client::list_campaigns).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCampaignsParams {
    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub offset: Option<i32>,
    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::list_sender_addresses`](crate::Client::list_sender_addresses).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSenderAddressesParams {
    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub offset: Option<i32>,
    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::list_reply_addresses`](crate::Client::list_reply_addresses).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListReplyAddressesParams {
    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub offset: Option<i32>,
    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub limit: Option<i32>,
}

/// Multipart body of [`Client::send_transactional_email_with_attachment`](crate::Client::send_transactional_email_with_attachment).
#[derive(Debug, Clone)]
pub struct SendTransactionalEmailWithAttachmentForm {
    /// The `TransactionalSending` object (see the `TransactionalSending` definition) as text (`text/plain; charset=utf-8`). The public client serialises it in ServiceStack's JSV notation, e.g. `{Type:TransactionalService,Contact:{FieldList:[{ID:7,Value:a@b.fr}]},...}`.
    pub transactional_sending: String,
    /// A PDF attachment (`application/pdf`), sent with its file name.
    pub attachment: crate::FilePart,
}

impl SendTransactionalEmailWithAttachmentForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        if let Some(text) = crate::runtime::text_value(&self.transactional_sending)? {
            form = form.text("TransactionalSending", text);
        }
        form = form.part("Attachment", self.attachment.into_part()?);
        Ok(form)
    }
}

/// Optional parameters of [`Client::search_transactional_sending_statistics`](crate::Client::search_transactional_sending_statistics).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchTransactionalSendingStatisticsParams {
    /// Index of the first result to return.
    ///
    /// `offset` (query parameter).
    pub offset: Option<i32>,
    /// Number of results to return. Without it the API returns every result.
    ///
    /// `limit` (query parameter).
    pub limit: Option<i32>,
}
