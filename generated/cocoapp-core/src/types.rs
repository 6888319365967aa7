//! Types of the API's schemas, parameters, responses and errors.

/// JSON:API resource type of contacts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactType {
    /// `contacts`
    Contacts,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ContactType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contacts => "contacts",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ContactType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "contacts" => Self::Contacts,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ContactType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A sort key of the contact list: a field, ascending, or the field with a `-` prefix, descending (the prefix is the JSON:API convention, inferred).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactSort {
    /// `created-at`
    CreatedAt,
    /// `-created-at`
    CreatedAtDesc,
    /// `email`
    Email,
    /// `-email`
    EmailDesc,
    /// `id`
    Id,
    /// `-id`
    IdDesc,
    /// `most-active`
    MostActive,
    /// `-most-active`
    MostActiveDesc,
    /// `first-name`
    FirstName,
    /// `-first-name`
    FirstNameDesc,
    /// `last-name`
    LastName,
    /// `-last-name`
    LastNameDesc,
    /// `phone-number`
    PhoneNumber,
    /// `-phone-number`
    PhoneNumberDesc,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ContactSort {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created-at",
            Self::CreatedAtDesc => "-created-at",
            Self::Email => "email",
            Self::EmailDesc => "-email",
            Self::Id => "id",
            Self::IdDesc => "-id",
            Self::MostActive => "most-active",
            Self::MostActiveDesc => "-most-active",
            Self::FirstName => "first-name",
            Self::FirstNameDesc => "-first-name",
            Self::LastName => "last-name",
            Self::LastNameDesc => "-last-name",
            Self::PhoneNumber => "phone-number",
            Self::PhoneNumberDesc => "-phone-number",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ContactSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ContactSort {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created-at" => Self::CreatedAt,
            "-created-at" => Self::CreatedAtDesc,
            "email" => Self::Email,
            "-email" => Self::EmailDesc,
            "id" => Self::Id,
            "-id" => Self::IdDesc,
            "most-active" => Self::MostActive,
            "-most-active" => Self::MostActiveDesc,
            "first-name" => Self::FirstName,
            "-first-name" => Self::FirstNameDesc,
            "last-name" => Self::LastName,
            "-last-name" => Self::LastNameDesc,
            "phone-number" => Self::PhoneNumber,
            "-phone-number" => Self::PhoneNumberDesc,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ContactSort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactSort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// How several filters combine (`and` when absent).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FilterOperator {
    /// `and`
    And,
    /// `or`
    Or,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl FilterOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "and",
            Self::Or => "or",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for FilterOperator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for FilterOperator {
    fn from(value: String) -> Self {
        match value.as_str() {
            "and" => Self::And,
            "or" => Self::Or,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for FilterOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FilterOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A contact resource object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    #[serde(rename = "type")]
    pub type_: ContactType,
    /// The contact's UUID.
    pub id: uuid::Uuid,
    pub attributes: ContactAttributes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationships: Option<ContactRelationships>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Links>,
}

/// A contact's attributes as the API returns them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactAttributes {
    /// E-mail address.
    pub email: String,
    /// Full name.
    pub name: String,
    /// First name.
    #[serde(rename = "first-name", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(rename = "last-name", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Address of the profile picture, null when there is none.
    #[serde(rename = "profile-picture", default)]
    pub profile_picture: Option<String>,
    /// Phone number. Its format is not documented; Cocoapp's own SMS examples write numbers as digits with the country code and no `+` (`15145551234`).
    #[serde(rename = "phone-number", default)]
    pub phone_number: Option<String>,
    /// Facebook identifier of the contact.
    #[serde(rename = "facebook-id", default, skip_serializing_if = "Option::is_none")]
    pub facebook_id: Option<String>,
    /// Full name as the connector the contact came from reports it (meaning inferred from the field name; read-only).
    #[serde(rename = "connector-name", default, skip_serializing_if = "Option::is_none")]
    pub connector_name: Option<String>,
    /// First name as the connector reports it (inferred, read-only).
    #[serde(
        rename = "connector-first-name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_first_name: Option<String>,
    /// Last name as the connector reports it (inferred, read-only).
    #[serde(
        rename = "connector-last-name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_last_name: Option<String>,
    /// Creation time (UTC).
    #[serde(rename = "created-at")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Last update time (UTC).
    #[serde(rename = "updated-at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Tag names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// A contact's relationships.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ContactRelationships {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<ToManyRelationship>,
}

/// A JSON:API document holding one contact.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactDocument {
    pub data: Contact,
    /// Related resources asked for with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included: Option<Vec<IncludedResource>>,
}

/// A JSON:API document holding one page of contacts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactCollectionDocument {
    pub data: Vec<Contact>,
    /// Related resources asked for with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included: Option<Vec<IncludedResource>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<PaginationLinks>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<PaginationMeta>,
}

/// A contact's writable attributes (create and update).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactWriteAttributes {
    /// E-mail address.
    pub email: String,
    /// Full name.
    pub name: String,
    /// First name.
    #[serde(rename = "first-name", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(rename = "last-name", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Phone number.
    #[serde(rename = "phone-number")]
    pub phone_number: String,
    /// Tag names. Whether they replace or add to the contact's tags on update is not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Facebook identifier of the contact.
    #[serde(rename = "facebook-id", default, skip_serializing_if = "Option::is_none")]
    pub facebook_id: Option<String>,
}

/// Relationships that can be set when creating or updating a contact.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ContactWriteRelationships {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<ToManyRelationshipData>,
}

/// A contact to create (no `id`: the server assigns it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewContact {
    #[serde(rename = "type")]
    pub type_: ContactType,
    pub attributes: ContactWriteAttributes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationships: Option<ContactWriteRelationships>,
}

/// Request document of `createContact`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactCreateDocument {
    pub data: NewContact,
}

/// The new state of an existing contact.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactUpdate {
    #[serde(rename = "type")]
    pub type_: ContactType,
    /// The contact's UUID, the same as in the path.
    pub id: uuid::Uuid,
    pub attributes: ContactWriteAttributes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationships: Option<ContactWriteRelationships>,
}

/// Request document of `updateContact`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactUpdateDocument {
    pub data: ContactUpdate,
}

/// Response of `uploadContactProfilePicture`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfilePictureDocument {
    pub data: ProfilePictureData,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfilePictureData {
    pub links: ProfilePictureLinks,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfilePictureLinks {
    /// Address of the new profile picture.
    #[serde(rename = "profile-picture")]
    pub profile_picture: String,
}

/// A JSON:API resource identifier object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResourceIdentifier {
    /// Resource type, e.g. `notes`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Resource id.
    pub id: String,
}

/// A to-many relationship as the API returns it: always its links, and the linkage `data` when the relationship was included.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToManyRelationship {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ResourceIdentifier>>,
    pub links: Links,
}

/// A to-many relationship to set: the full list of related resources.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToManyRelationshipData {
    pub data: Vec<ResourceIdentifier>,
}

/// JSON:API links of a resource or relationship.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Links {
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<String>,
}

/// A related resource embedded with `include` (e.g. a note). The published document does not describe the attributes of related resources, so they are kept as free-form JSON.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IncludedResource {
    #[serde(rename = "type")]
    pub type_: String,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationships: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Links>,
}

/// Links between pages. The published document lists `first` and `last`; `prev` and `next` (absent on the first and last page) are the JSON:API pagination links its server framework emits alongside them (inferred).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaginationLinks {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
}

/// Paging information of a list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaginationMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageMeta>,
}

/// Where this page sits in the whole list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PageMeta {
    /// This page's number, from 1.
    #[serde(rename = "current-page", default, skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
    /// Page size.
    #[serde(rename = "per-page", default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// Position of the page's first item in the whole list, from 1 (null when the page is empty, inferred).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    /// Position of the page's last item (null when the page is empty, inferred).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<i64>,
    /// Number of items in the whole list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Number of the last page.
    #[serde(rename = "last-page", default, skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
}

/// A JSON:API error document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorDocument {
    pub errors: Vec<ErrorObject>,
}

/// One JSON:API error. The published document gives `status` and `title` for every error, plus `detail` and `source.pointer` for 400 and 422; `code` and `source.parameter` are the other JSON:API members a server may send. Every member is optional, as in JSON:API, so an error body the server trims still decodes.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorObject {
    /// HTTP status code, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Application-specific error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Short summary of the problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Explanation of this occurrence of the problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ErrorSource>,
}

/// What in the request caused the error.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorSource {
    /// JSON Pointer into the request document, e.g. `/data/attributes/email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Name of the query parameter at fault, e.g. `filter[from]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

/// Optional parameters of [`Client::list_contacts`](crate::Client::list_contacts).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListContactsParams {
    /// Only contacts whose e-mail address matches this value.
    ///
    /// `filter[email]` (query parameter).
    pub filter_email: Option<String>,
    /// Only contacts whose full name matches this value.
    ///
    /// `filter[name]` (query parameter).
    pub filter_name: Option<String>,
    /// Only contacts whose first name matches this value.
    ///
    /// `filter[first-name]` (query parameter).
    pub filter_first_name: Option<String>,
    /// Only contacts whose last name matches this value.
    ///
    /// `filter[last-name]` (query parameter).
    pub filter_last_name: Option<String>,
    /// Only contacts whose phone number matches this value.
    ///
    /// `filter[phone-number]` (query parameter).
    pub filter_phone_number: Option<String>,
    /// Only contacts having these tags. How several tags are written is not documented (JSON:API servers usually take a comma-separated list).
    ///
    /// `filter[with-tags]` (query parameter).
    pub filter_with_tags: Option<String>,
    /// Only contacts without these tags. How several tags are written is not documented (JSON:API servers usually take a comma-separated list).
    ///
    /// `filter[without-tags]` (query parameter).
    pub filter_without_tags: Option<String>,
    /// Start of the date range (UTC). The published document does not say which date it applies to nor its exact format; an ISO 8601 date or date-time is assumed.
    ///
    /// `filter[from]` (query parameter).
    pub filter_from: Option<String>,
    /// End of the date range (UTC). Same caveats as `filter[from]`.
    ///
    /// `filter[to]` (query parameter).
    pub filter_to: Option<String>,
    /// How the filters combine.
    ///
    /// `filter[op]` (query parameter).
    pub filter_op: Option<FilterOperator>,
    /// Related resources to embed in `included`, comma-separated JSON:API relationship paths. The published document names `notes`; it does not say whether there are others.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
    /// Page to return, starting at 1.
    ///
    /// `page[number]` (query parameter).
    pub page_number: Option<i64>,
    /// Number of contacts per page. The server's default and maximum are not documented.
    ///
    /// `page[size]` (query parameter).
    pub page_size: Option<i64>,
    /// Sort keys, applied in order. The published document lists the fields; the `-` prefix for descending order and several comma-separated keys follow the JSON:API specification (inferred).
    ///
    /// `sort` (query parameter).
    pub sort: Option<Vec<ContactSort>>,
}

/// Optional parameters of [`Client::get_contact`](crate::Client::get_contact).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetContactParams {
    /// Related resources to embed in `included`, comma-separated JSON:API relationship paths. The published document names `notes`; it does not say whether there are others.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

/// Multipart body of [`Client::upload_contact_profile_picture`](crate::Client::upload_contact_profile_picture).
///
/// The multipart form.
#[derive(Debug, Clone)]
pub struct UploadContactProfilePictureForm {
    /// The image file.
    pub profile_picture: crate::FilePart,
}

impl UploadContactProfilePictureForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        form = form.part("profile-picture", self.profile_picture.into_part()?);
        Ok(form)
    }
}
