//! Types of the API's schemas, parameters, responses and errors.

/// JSON:API resource type of SMS messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewMessageAttributes {
    /// Recipient's phone number: digits with the country code and no `+` in Cocoapp's examples (`15145551234`).
    pub to: String,
    /// Text of the message.
    pub content: String,
}

impl NewMessageAttributes {
    /// A new `NewMessageAttributes` from its required fields; the others are unset or at their default.
    pub fn new(to: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            content: content.into(),
        }
    }

    /// Sets `to`.
    #[must_use]
    pub fn with_to(mut self, value: impl Into<String>) -> Self {
        self.to = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn with_content(mut self, value: impl Into<String>) -> Self {
        self.content = value.into();
        self
    }
}

impl serde::Serialize for NewMessageAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("to", &self.to)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewMessageAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for NewMessageAttributes {
    const NAME: &'static str = "NewMessageAttributes";
    const FIELDS: &'static [&'static str] = &["to", "content"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "to")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "content")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            to: crate::runtime::decode::required(v0, "to")?,
            content: crate::runtime::decode::required(v1, "content")?,
        })
    }
}

/// A message to send (no `id`: the server assigns it).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewMessage {
    pub type_: MessageType,
    pub attributes: NewMessageAttributes,
}

impl NewMessage {
    /// A new `NewMessage` from its required fields; the others are unset or at their default.
    pub fn new(
        type_: impl Into<MessageType>,
        attributes: impl Into<NewMessageAttributes>,
    ) -> Self {
        Self {
            type_: type_.into(),
            attributes: attributes.into(),
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<MessageType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: impl Into<NewMessageAttributes>) -> Self {
        self.attributes = value.into();
        self
    }
}

impl serde::Serialize for NewMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("attributes", &self.attributes)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for NewMessage {
    const NAME: &'static str = "NewMessage";
    const FIELDS: &'static [&'static str] = &["type", "attributes"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "attributes")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            attributes: crate::runtime::decode::required(v1, "attributes")?,
        })
    }
}

/// Request document of `sendMessage`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MessageCreateDocument {
    pub data: NewMessage,
}

impl MessageCreateDocument {
    /// A new `MessageCreateDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<NewMessage>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<NewMessage>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for MessageCreateDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageCreateDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MessageCreateDocument {
    const NAME: &'static str = "MessageCreateDocument";
    const FIELDS: &'static [&'static str] = &["data"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
        })
    }
}

/// Attributes of a sent message. Only `to` and `content` are known (they are what was sent); anything else the server returns (a status, timestamps...) is kept as free-form JSON.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MessageAttributes {
    /// Recipient's phone number.
    pub to: Option<String>,
    /// Text of the message.
    pub content: Option<String>,
    /// Properties beyond the declared ones.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl MessageAttributes {
    /// A new `MessageAttributes` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            to: None,
            content: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }

    /// Sets `to`.
    #[must_use]
    pub fn with_to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn with_content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `additional_properties`.
    #[must_use]
    pub fn with_additional_properties(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.additional_properties = value.into();
        self
    }
}

impl serde::Serialize for MessageAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.content {
            map.serialize_entry("content", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MessageAttributes {
    const NAME: &'static str = "MessageAttributes";
    const FIELDS: &'static [&'static str] = &["to", "content"];
    const KEEPS_OTHERS: bool = true;
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut others = std::collections::BTreeMap::new();
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "to")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "content")?
                }
                crate::runtime::decode::Key::Other(Some(name)) => {
                    others.insert(name, map.next_value()?);
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            to: crate::runtime::decode::optional(v0),
            content: crate::runtime::decode::optional(v1),
            additional_properties: others,
        })
    }
}

/// A message resource object (inferred shape).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Message {
    pub type_: MessageType,
    /// The message's id; its format is not documented (the Core API uses UUIDs).
    pub id: String,
    pub attributes: Option<MessageAttributes>,
    pub links: Option<Links>,
}

impl Message {
    /// A new `Message` from its required fields; the others are unset or at their default.
    pub fn new(type_: impl Into<MessageType>, id: impl Into<String>) -> Self {
        Self {
            type_: type_.into(),
            id: id.into(),
            attributes: None,
            links: None,
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<MessageType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: impl Into<MessageAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Links>) -> Self {
        self.links = Some(value.into());
        self
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.attributes {
            map.serialize_entry("attributes", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Message {
    const NAME: &'static str = "Message";
    const FIELDS: &'static [&'static str] = &["type", "id", "attributes", "links"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "attributes")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "links")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            id: crate::runtime::decode::required(v1, "id")?,
            attributes: crate::runtime::decode::optional(v2),
            links: crate::runtime::decode::optional(v3),
        })
    }
}

/// A JSON:API document holding one message.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MessageDocument {
    pub data: Message,
}

impl MessageDocument {
    /// A new `MessageDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Message>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Message>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for MessageDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MessageDocument {
    const NAME: &'static str = "MessageDocument";
    const FIELDS: &'static [&'static str] = &["data"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
        })
    }
}

/// JSON:API links of a resource.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Links {
    pub self_: Option<String>,
    pub related: Option<String>,
}

impl Links {
    /// A new `Links` with every field unset or at its default.
    pub fn new() -> Self {
        Self { self_: None, related: None }
    }

    /// Sets `self_`.
    #[must_use]
    pub fn with_self(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }

    /// Sets `related`.
    #[must_use]
    pub fn with_related(mut self, value: impl Into<String>) -> Self {
        self.related = Some(value.into());
        self
    }
}

impl serde::Serialize for Links {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.self_ {
            map.serialize_entry("self", value)?;
        }
        if let Some(value) = &self.related {
            map.serialize_entry("related", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Links {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Links {
    const NAME: &'static str = "Links";
    const FIELDS: &'static [&'static str] = &["self", "related"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "self")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "related")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            self_: crate::runtime::decode::optional(v0),
            related: crate::runtime::decode::optional(v1),
        })
    }
}

/// A JSON:API error document.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorDocument {
    pub errors: Vec<ErrorObject>,
}

impl ErrorDocument {
    /// A new `ErrorDocument` from its required fields; the others are unset or at their default.
    pub fn new(errors: impl Into<Vec<ErrorObject>>) -> Self {
        Self { errors: errors.into() }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<ErrorObject>>) -> Self {
        self.errors = value.into();
        self
    }
}

impl serde::Serialize for ErrorDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("errors", &self.errors)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorDocument {
    const NAME: &'static str = "ErrorDocument";
    const FIELDS: &'static [&'static str] = &["errors"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "errors")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            errors: crate::runtime::decode::required(v0, "errors")?,
        })
    }
}

/// One JSON:API error, as in the Core API: `status` and `title`, and for validation errors `detail` and `source.pointer`. Every member is optional, as in JSON:API, so an error body the server trims still decodes.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErrorObject {
    /// HTTP status code, as a string.
    pub status: Option<String>,
    /// Application-specific error code.
    pub code: Option<String>,
    /// Short summary of the problem.
    pub title: Option<String>,
    /// Explanation of this occurrence of the problem.
    pub detail: Option<String>,
    pub source: Option<ErrorSource>,
}

impl ErrorObject {
    /// A new `ErrorObject` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            status: None,
            code: None,
            title: None,
            detail: None,
            source: None,
        }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn with_source(mut self, value: impl Into<ErrorSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.detail {
            map.serialize_entry("detail", value)?;
        }
        if let Some(value) = &self.source {
            map.serialize_entry("source", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorObject {
    const NAME: &'static str = "ErrorObject";
    const FIELDS: &'static [&'static str] = &[
        "status",
        "code",
        "title",
        "detail",
        "source",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "status")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "code")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "title")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "detail")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "source")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::runtime::decode::optional(v0),
            code: crate::runtime::decode::optional(v1),
            title: crate::runtime::decode::optional(v2),
            detail: crate::runtime::decode::optional(v3),
            source: crate::runtime::decode::optional(v4),
        })
    }
}

/// What in the request caused the error.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErrorSource {
    /// JSON Pointer into the request document, e.g. `/data/attributes/to`.
    pub pointer: Option<String>,
    /// Name of the query parameter at fault.
    pub parameter: Option<String>,
}

impl ErrorSource {
    /// A new `ErrorSource` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            pointer: None,
            parameter: None,
        }
    }

    /// Sets `pointer`.
    #[must_use]
    pub fn with_pointer(mut self, value: impl Into<String>) -> Self {
        self.pointer = Some(value.into());
        self
    }

    /// Sets `parameter`.
    #[must_use]
    pub fn with_parameter(mut self, value: impl Into<String>) -> Self {
        self.parameter = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.pointer {
            map.serialize_entry("pointer", value)?;
        }
        if let Some(value) = &self.parameter {
            map.serialize_entry("parameter", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorSource {
    const NAME: &'static str = "ErrorSource";
    const FIELDS: &'static [&'static str] = &["pointer", "parameter"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "pointer")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "parameter")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            pointer: crate::runtime::decode::optional(v0),
            parameter: crate::runtime::decode::optional(v1),
        })
    }
}
