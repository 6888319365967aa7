//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConversationList {
    pub ok: bool,
    pub channels: Vec<Conversation>,
    pub response_metadata: Option<ConversationListResponseMetadata>,
}

impl ConversationList {
    /// A new `ConversationList` from its required fields; the others are unset or at their default.
    pub fn new(ok: impl Into<bool>, channels: impl Into<Vec<Conversation>>) -> Self {
        Self {
            ok: ok.into(),
            channels: channels.into(),
            response_metadata: None,
        }
    }

    /// Sets `ok`.
    #[must_use]
    pub fn with_ok(mut self, value: impl Into<bool>) -> Self {
        self.ok = value.into();
        self
    }

    /// Sets `channels`.
    #[must_use]
    pub fn with_channels(mut self, value: impl Into<Vec<Conversation>>) -> Self {
        self.channels = value.into();
        self
    }

    /// Sets `response_metadata`.
    #[must_use]
    pub fn with_response_metadata(
        mut self,
        value: impl Into<ConversationListResponseMetadata>,
    ) -> Self {
        self.response_metadata = Some(value.into());
        self
    }
}

impl serde::Serialize for ConversationList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ok", &self.ok)?;
        map.serialize_entry("channels", &self.channels)?;
        if let Some(value) = &self.response_metadata {
            map.serialize_entry("response_metadata", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConversationList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ConversationList {
    const NAME: &'static str = "ConversationList";
    const FIELDS: &'static [&'static str] = &["ok", "channels", "response_metadata"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ok")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "channels")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v2,
                        "response_metadata",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            ok: crate::runtime::decode::required(v0, "ok")?,
            channels: crate::runtime::decode::required(v1, "channels")?,
            response_metadata: crate::runtime::decode::optional(v2),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Conversation {
    pub id: String,
    pub name: String,
}

impl Conversation {
    /// A new `Conversation` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

impl serde::Serialize for Conversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Conversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Conversation {
    const NAME: &'static str = "Conversation";
    const FIELDS: &'static [&'static str] = &["id", "name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            name: crate::runtime::decode::required(v1, "name")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ConversationListResponseMetadata {
    pub next_cursor: Option<String>,
}

impl ConversationListResponseMetadata {
    /// A new `ConversationListResponseMetadata` with every field unset or at its default.
    pub fn new() -> Self {
        Self { next_cursor: None }
    }

    /// Sets `next_cursor`.
    #[must_use]
    pub fn with_next_cursor(mut self, value: impl Into<String>) -> Self {
        self.next_cursor = Some(value.into());
        self
    }
}

impl serde::Serialize for ConversationListResponseMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_cursor {
            map.serialize_entry("next_cursor", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConversationListResponseMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ConversationListResponseMetadata {
    const NAME: &'static str = "ConversationListResponseMetadata";
    const FIELDS: &'static [&'static str] = &["next_cursor"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "next_cursor")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            next_cursor: crate::runtime::decode::optional(v0),
        })
    }
}
