//! Types of the API's schemas, parameters, responses and errors.

/// JSON:API resource type of SMS messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageType {
    /// `messages`
    Messages,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl MessageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Messages => "messages",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for MessageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for MessageType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "messages" => Self::Messages,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The message to send.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewMessageAttributes {
    /// Recipient's phone number: digits with the country code and no `+` in Cocoapp's examples (`15145551234`).
    pub to: String,
    /// Text of the message.
    pub content: String,
}

/// A message to send (no `id`: the server assigns it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewMessage {
    #[serde(rename = "type")]
    pub type_: MessageType,
    pub attributes: NewMessageAttributes,
}

/// Request document of `sendMessage`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageCreateDocument {
    pub data: NewMessage,
}

/// Attributes of a sent message. Only `to` and `content` are known (they are what was sent); anything else the server returns (a status, timestamps...) is kept as free-form JSON.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MessageAttributes {
    /// Recipient's phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Text of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Properties beyond the declared ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

/// A message resource object (inferred shape).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    #[serde(rename = "type")]
    pub type_: MessageType,
    /// The message's id; its format is not documented (the Core API uses UUIDs).
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<MessageAttributes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Links>,
}

/// A JSON:API document holding one message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDocument {
    pub data: Message,
}

/// JSON:API links of a resource.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Links {
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<String>,
}

/// A JSON:API error document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorDocument {
    pub errors: Vec<ErrorObject>,
}

/// One JSON:API error, as in the Core API: `status` and `title`, and for validation errors `detail` and `source.pointer`. Every member is optional, as in JSON:API, so an error body the server trims still decodes.
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
    /// JSON Pointer into the request document, e.g. `/data/attributes/to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Name of the query parameter at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}
