//! Types of the API's schemas, parameters, responses and errors.

/// Where the pet stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PetStatus {
    /// `available`
    Available,
    /// `pending`
    Pending,
    /// `sold`
    Sold,
    /// ``
    Empty,
    /// `unknown`
    Unknown,
    /// `Sold`
    Sold2,
    /// `2fa`
    V2fa,
    /// `+`
    Plus,
    /// `>=`
    Ge,
    /// A value this version of the client does not know, kept as sent.
    Other(String),
}

impl PetStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::Sold => "sold",
            Self::Empty => "",
            Self::Unknown => "unknown",
            Self::Sold2 => "Sold",
            Self::V2fa => "2fa",
            Self::Plus => "+",
            Self::Ge => ">=",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for PetStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for PetStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "available" => Self::Available,
            "pending" => Self::Pending,
            "sold" => Self::Sold,
            "" => Self::Empty,
            "unknown" => Self::Unknown,
            "Sold" => Self::Sold2,
            "2fa" => Self::V2fa,
            "+" => Self::Plus,
            ">=" => Self::Ge,
            _ => Self::Other(value),
        }
    }
}

impl serde::Serialize for PetStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PetStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Priority {
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// `-1`
    VMinus1,
    /// A value this version of the client does not know, kept as sent.
    Unknown(i64),
}

impl Priority {
    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
            Self::VMinus1 => -1,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::V1,
            2 => Self::V2,
            3 => Self::V3,
            -1 => Self::VMinus1,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Priority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for Priority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The pet's name, e.g. `Rex` */
    pub name: String,
    #[serde(rename = "type")]
    pub type_: String,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(rename = "Self", default, skip_serializing_if = "Option::is_none")]
    pub self_2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PetStatus>,
    /// Defaults to `PetStatus::Pending`.
    #[serde(rename = "statusWithDefault", default = "defaults::pet_status_with_default")]
    pub status_with_default: PetStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<chrono::NaiveDate>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Write-only: sent in requests, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Defaults to `1.5`.
    #[serde(default = "defaults::pet_weight")]
    pub weight: f32,
    /// Defaults to `false`.
    #[serde(default = "defaults::pet_vaccinated")]
    pub vaccinated: bool,
    /// Defaults to `"Rex \"the\" dog"`.
    #[serde(default = "defaults::pet_nickname")]
    pub nickname: String,
    #[serde(rename = "userName", default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "user_name", default, skip_serializing_if = "Option::is_none")]
    pub user_name_2: Option<String>,
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub _2fa: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PetOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Animal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(rename = "Option", default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// Properties beyond the declared ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewPet {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PetStatus>,
    #[serde(rename = "ownerCity", default, skip_serializing_if = "Option::is_none")]
    pub owner_city: Option<PetOwnerAddress>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PetPage {
    pub total: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    pub items: Vec<Pet>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Page {
    pub total: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Tag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Box<Node>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<Box<Other>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Other {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<Box<Node>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Animal {
    Cat(Cat),
    Dog(Dog),
    /// A variant this version of the client does not know, kept as sent.
    Unknown(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for Animal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("petType")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("cat") => {
                serde_json::from_value(value).map(Self::Cat).map_err(D::Error::custom)
            }
            Some("doggo") => {
                serde_json::from_value(value).map(Self::Dog).map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    #[serde(rename = "petType")]
    pub pet_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    #[serde(rename = "petType")]
    pub pet_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bark: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum StringOrNumber {
    String(String),
    Number(f64),
    Array(Vec<String>),
    WrappedValue(StringOrNumberWrappedValue),
}

pub type MaybeTag = Tag;
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Errors {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorsErrorsItem>>,
}

pub type Result2 = String;
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Client2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

pub type Alias = Tag;
pub type NullableName = String;
pub type SelfRef = serde_json::Value;
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PetOwner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<PetOwnerAddress>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PetOwnerAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

/// Wrapped value
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StringOrNumberWrappedValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorsErrorsItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ErrorsErrorsItemSource>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorsErrorsItemSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePetBody {
    pub data: CreatePetBodyData,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePetBodyData {
    #[serde(rename = "type")]
    pub type_: CreatePetBodyDataType,
    pub attributes: NewPet,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePetBodyDataType {
    /// `pets`
    Pets,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CreatePetBodyDataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pets => "pets",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CreatePetBodyDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CreatePetBodyDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pets" => Self::Pets,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CreatePetBodyDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatePetBodyDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetReportFormat {
    /// `pdf`
    Pdf,
    /// `csv`
    Csv,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl GetReportFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for GetReportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for GetReportFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pdf" => Self::Pdf,
            "csv" => Self::Csv,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for GetReportFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GetReportFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResultBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Optional parameters of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListPetsParams {
    /// `limit` (query parameter).
    pub limit: Option<i32>,
    /// `filter[status]` (query parameter).
    pub filter_status: Option<PetStatus>,
    /// `tags` (query parameter).
    pub tags: Option<Vec<String>>,
    /// `page[number]` (query parameter).
    pub page_number: Option<i64>,
    /// `sort` (query parameter).
    pub sort: Option<std::collections::BTreeMap<String, String>>,
    /// `X-Request-Id` (header parameter).
    pub x_request_id: Option<uuid::Uuid>,
    /// `session` (cookie parameter).
    pub session: Option<String>,
}

/// Successful responses of [`Client::update_pet`](crate::Client::update_pet).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdatePetResponse {
    /// Updated
    Ok(Pet),
    /// Accepted for later
    Accepted,
}

/// Documented error bodies of [`Client::update_pet`](crate::Client::update_pet).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdatePetError {
    /// Bad input
    BadRequest(Errors),
    /// Missing
    NotFound(Problem),
}

/// Multipart body of [`Client::put_pets_by_pet_id_photo`](crate::Client::put_pets_by_pet_id_photo).
#[derive(Debug, Clone)]
pub struct PutPetsByPetIdPhotoForm {
    pub file: crate::FilePart,
    pub caption: Option<String>,
    pub extra: Vec<crate::FilePart>,
    pub meta: Option<NewPet>,
}

impl PutPetsByPetIdPhotoForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        form = form.part("file", self.file.into_part()?);
        if let Some(text) = crate::runtime::text_value(&self.caption)? {
            form = form.text("caption", text);
        }
        for file in self.extra {
            form = form.part("extra", file.into_part()?);
        }
        if let Some(text) = crate::runtime::text_value(&self.meta)? {
            form = form.text("meta", text);
        }
        Ok(form)
    }
}

/// Optional parameters of [`Client::get_report`](crate::Client::get_report).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportParams {
    /// `pages` (query parameter).
    pub pages: Option<Vec<i64>>,
    /// `range` (query parameter).
    pub range: Option<String>,
}

/// Optional parameters of [`Client::get_types_by_type_by_self`](crate::Client::get_types_by_type_by_self).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTypesByTypeBySelfParams {
    /// `Self` (query parameter).
    pub self_: Option<String>,
}

/// Default values of fields the document gives a `default` for.
mod defaults {
    pub(super) fn pet_status_with_default() -> super::PetStatus {
        super::PetStatus::Pending
    }

    pub(super) fn pet_weight() -> f32 {
        1.5f32
    }

    pub(super) fn pet_vaccinated() -> bool {
        false
    }

    pub(super) fn pet_nickname() -> String {
        String::from("Rex \"the\" dog")
    }
}
