//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "ID", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(rename = "Status")]
    pub status: OrderStatus,
    #[serde(rename = "Note", default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(rename = "CreatedAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "Lines", default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<OrderLine>>,
    #[serde(rename = "Customer", default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrderLine {
    #[serde(rename = "Sku", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(rename = "Quantity", default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    #[serde(rename = "Kind")]
    pub kind: String,
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderPage {
    #[serde(rename = "Count")]
    pub count: i64,
    #[serde(rename = "Total")]
    pub total: i64,
    #[serde(rename = "ItemList")]
    pub item_list: Vec<Order>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResponseStatusWrapper {
    #[serde(rename = "ResponseStatus", default, skip_serializing_if = "Option::is_none")]
    pub response_status: Option<ResponseStatusWrapperResponseStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    /// `Pending`
    Pending,
    /// `Paid`
    Paid,
    /// `Cancelled`
    Cancelled,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl OrderStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Paid => "Paid",
            Self::Cancelled => "Cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for OrderStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Pending" => Self::Pending,
            "Paid" => Self::Paid,
            "Cancelled" => Self::Cancelled,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for OrderStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResponseStatusWrapperResponseStatus {
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Language {
    /// `fr-FR`
    FrFr,
    /// `en-US`
    EnUs,
    /// `es-ES`
    EsEs,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl Language {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FrFr => "fr-FR",
            Self::EnUs => "en-US",
            Self::EsEs => "es-ES",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Language {
    fn from(value: String) -> Self {
        match value.as_str() {
            "fr-FR" => Self::FrFr,
            "en-US" => Self::EnUs,
            "es-ES" => Self::EsEs,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LoginBody {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LoginResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// Optional parameters of [`Client::list_orders`](crate::Client::list_orders).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListOrdersParams {
    /// `Accept-Language` (header parameter).
    pub accept_language: Option<Language>,
    /// `offset` (query parameter).
    pub offset: Option<i64>,
    /// `limit` (query parameter).
    pub limit: Option<i64>,
    /// `ids` (query parameter).
    pub ids: Option<Vec<i64>>,
    /// `tags` (query parameter).
    pub tags: Option<Vec<String>>,
    /// `codes` (query parameter).
    pub codes: Option<Vec<String>>,
}

/// Multipart body of [`Client::upload_attachment`](crate::Client::upload_attachment).
#[derive(Debug, Clone)]
pub struct UploadAttachmentForm {
    pub file: crate::FilePart,
    pub note: Option<String>,
}

impl UploadAttachmentForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        form = form.part("file", self.file.into_part()?);
        if let Some(text) = crate::runtime::text_value(&self.note)? {
            form = form.text("note", text);
        }
        Ok(form)
    }
}
