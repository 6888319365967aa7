//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Issue {
    pub number: i64,
    pub title: String,
}

impl Issue {
    /// A new `Issue` from its required fields; the others are unset or at their default.
    pub fn new(number: impl Into<i64>, title: impl Into<String>) -> Self {
        Self {
            number: number.into(),
            title: title.into(),
        }
    }

    /// Sets `number`.
    #[must_use]
    pub fn with_number(mut self, value: impl Into<i64>) -> Self {
        self.number = value.into();
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = value.into();
        self
    }
}

impl serde::Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("number", &self.number)?;
        map.serialize_entry("title", &self.title)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Issue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Issue {
    const NAME: &'static str = "Issue";
    const FIELDS: &'static [&'static str] = &["number", "title"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "number")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "title")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            number: crate::runtime::decode::required(v0, "number")?,
            title: crate::runtime::decode::required(v1, "title")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Problem {
    pub message: Option<String>,
}

impl Problem {
    /// A new `Problem` with every field unset or at its default.
    pub fn new() -> Self {
        Self { message: None }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Problem {
    const NAME: &'static str = "Problem";
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "message")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListIssuesState {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// `all`
    All,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ListIssuesState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ListIssuesState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ListIssuesState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "closed" => Self::Closed,
            "all" => Self::All,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ListIssuesState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ListIssuesState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
