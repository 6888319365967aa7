//! Types of the API's schemas, parameters, responses and errors.

/// New partner status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StatusRequest {
    pub action: StatusAction,
}

impl StatusRequest {
    /// A new `StatusRequest` from its required fields; the others are unset or at their default.
    pub fn new(action: impl Into<StatusAction>) -> Self {
        Self { action: action.into() }
    }

    /// Sets `action`.
    #[must_use]
    pub fn with_action(mut self, value: impl Into<StatusAction>) -> Self {
        self.action = value.into();
        self
    }
}

impl serde::Serialize for StatusRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("action", &self.action)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StatusRequest {
    const NAME: &'static str = "StatusRequest";
    const FIELDS: &'static [&'static str] = &["action"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "action")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            action: crate::runtime::decode::required(v0, "action")?,
        })
    }
}

/// `1` to register the partner (inscription), `0` to unregister them (désinscription).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusAction {
    /// `1`
    Subscribe,
    /// `0`
    Unsubscribe,
    /// A value this version of the client does not know, kept as sent.
    Unknown(i64),
}

impl StatusAction {
    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::Subscribe => 1,
            Self::Unsubscribe => 0,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for StatusAction {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Subscribe,
            0 => Self::Unsubscribe,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for StatusAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for StatusAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// Half of the year, `1` (January–June) or `2` (July–December). Inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Semester {
    /// `1`
    First,
    /// `2`
    Second,
    /// A value this version of the client does not know, kept as sent.
    Unknown(i64),
}

impl Semester {
    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::First => 1,
            Self::Second => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for Semester {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::First,
            2 => Self::Second,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Semester {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for Semester {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// A partner's ("associé") account information ("mon compte"). The documentation is cut short
/// before listing the fields, so any JSON object is accepted.
pub type Partner = std::collections::BTreeMap<String, serde_json::Value>;

/// A theme (thématique). Inferred; fields unknown, any JSON object is accepted.
pub type Theme = std::collections::BTreeMap<String, serde_json::Value>;

/// A campaign (campagne). Inferred; fields unknown, any JSON object is accepted.
pub type Campaign = std::collections::BTreeMap<String, serde_json::Value>;

/// A proposal (proposition). Inferred; fields unknown, any JSON object is accepted.
pub type Proposal = std::collections::BTreeMap<String, serde_json::Value>;

/// A global refresh document. Inferred; structure unknown, any JSON object is accepted.
pub type GlobalRefresh = std::collections::BTreeMap<String, serde_json::Value>;
