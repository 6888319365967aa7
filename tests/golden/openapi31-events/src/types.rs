//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<EventScore>,
    /// Where it happens
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Point>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<EventTagsItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<EventVersion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// `meeting`
    Meeting,
    /// `call`
    Call,
    /// `null`
    Null,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl EventKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Meeting => "meeting",
            Self::Call => "call",
            Self::Null => "null",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for EventKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "meeting" => Self::Meeting,
            "call" => Self::Call,
            "null" => Self::Null,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EventKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EventKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum EventScore {
    Integer(i64),
    String(String),
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Point {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum EventTagsItem {
    String(String),
    Integer(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventVersion {
    /// `2`
    V2,
    /// A value this version of the client does not know, kept as sent.
    Unknown(i64),
}

impl EventVersion {
    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V2 => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for EventVersion {
    fn from(value: i64) -> Self {
        match value {
            2 => Self::V2,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EventVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for EventVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventCreatedPayload {
    pub kind: EventCreatedPayloadKind,
    pub event: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventCreatedPayloadKind {
    /// `event.created`
    EventCreated,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl EventCreatedPayloadKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EventCreated => "event.created",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for EventCreatedPayloadKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for EventCreatedPayloadKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "event.created" => Self::EventCreated,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EventCreatedPayloadKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EventCreatedPayloadKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Optional parameters of [`Client::list_events`](crate::Client::list_events).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListEventsParams {
    /// `since` (query parameter).
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// `limit` (query parameter).
    pub limit: Option<i64>,
}
