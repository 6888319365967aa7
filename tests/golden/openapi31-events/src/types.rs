//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    pub title: Option<String>,
    pub score: Option<EventScore>,
    /// Where it happens
    pub location: Option<Point>,
    pub tags: Option<Vec<EventTagsItem>>,
    pub attachment: Option<String>,
    pub version: Option<EventVersion>,
}

impl Event {
    /// A new `Event` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<String>, kind: impl Into<EventKind>) -> Self {
        Self {
            id: id.into(),
            kind: kind.into(),
            title: None,
            score: None,
            location: None,
            tags: None,
            attachment: None,
            version: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `kind`.
    #[must_use]
    pub fn with_kind(mut self, value: impl Into<EventKind>) -> Self {
        self.kind = value.into();
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `score`.
    #[must_use]
    pub fn with_score(mut self, value: impl Into<EventScore>) -> Self {
        self.score = Some(value.into());
        self
    }

    /// Sets `location`.
    #[must_use]
    pub fn with_location(mut self, value: impl Into<Point>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: impl Into<Vec<EventTagsItem>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `attachment`.
    #[must_use]
    pub fn with_attachment(mut self, value: impl Into<String>) -> Self {
        self.attachment = Some(value.into());
        self
    }

    /// Sets `version`.
    #[must_use]
    pub fn with_version(mut self, value: impl Into<EventVersion>) -> Self {
        self.version = Some(value.into());
        self
    }
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("kind", &self.kind)?;
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.score {
            map.serialize_entry("score", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        if let Some(value) = &self.tags {
            map.serialize_entry("tags", value)?;
        }
        if let Some(value) = &self.attachment {
            map.serialize_entry("attachment", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Event {
    const NAME: &'static str = "Event";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "kind",
        "title",
        "score",
        "location",
        "tags",
        "attachment",
        "version",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "kind")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "title")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "score")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "location")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "tags")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "attachment")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "version")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            kind: crate::runtime::decode::required(v1, "kind")?,
            title: crate::runtime::decode::optional(v2),
            score: crate::runtime::decode::optional(v3),
            location: crate::runtime::decode::optional(v4),
            tags: crate::runtime::decode::optional(v5),
            attachment: crate::runtime::decode::optional(v6),
            version: crate::runtime::decode::optional(v7),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
#[non_exhaustive]
pub enum EventScore {
    Integer(i64),
    String(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Point {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl Point {
    /// A new `Point` with every field unset or at its default.
    pub fn new() -> Self {
        Self { lat: None, lon: None }
    }

    /// Sets `lat`.
    #[must_use]
    pub fn with_lat(mut self, value: impl Into<f64>) -> Self {
        self.lat = Some(value.into());
        self
    }

    /// Sets `lon`.
    #[must_use]
    pub fn with_lon(mut self, value: impl Into<f64>) -> Self {
        self.lon = Some(value.into());
        self
    }
}

impl serde::Serialize for Point {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.lat {
            map.serialize_entry("lat", value)?;
        }
        if let Some(value) = &self.lon {
            map.serialize_entry("lon", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Point {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Point {
    const NAME: &'static str = "Point";
    const FIELDS: &'static [&'static str] = &["lat", "lon"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "lat")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "lon")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            lat: crate::runtime::decode::optional(v0),
            lon: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum EventTagsItem {
    String(String),
    Integer(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EventCreatedPayload {
    pub kind: EventCreatedPayloadKind,
    pub event: Event,
}

impl EventCreatedPayload {
    /// A new `EventCreatedPayload` from its required fields; the others are unset or at their default.
    pub fn new(
        kind: impl Into<EventCreatedPayloadKind>,
        event: impl Into<Event>,
    ) -> Self {
        Self {
            kind: kind.into(),
            event: event.into(),
        }
    }

    /// Sets `kind`.
    #[must_use]
    pub fn with_kind(mut self, value: impl Into<EventCreatedPayloadKind>) -> Self {
        self.kind = value.into();
        self
    }

    /// Sets `event`.
    #[must_use]
    pub fn with_event(mut self, value: impl Into<Event>) -> Self {
        self.event = value.into();
        self
    }
}

impl serde::Serialize for EventCreatedPayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("event", &self.event)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EventCreatedPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for EventCreatedPayload {
    const NAME: &'static str = "EventCreatedPayload";
    const FIELDS: &'static [&'static str] = &["kind", "event"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "kind")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "event")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            kind: crate::runtime::decode::required(v0, "kind")?,
            event: crate::runtime::decode::required(v1, "event")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
