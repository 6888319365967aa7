//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordList {
    pub data: Vec<Record>,
}

impl RecordList {
    /// A new `RecordList` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<Record>>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<Record>>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for RecordList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecordList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for RecordList {
    const NAME: &'static str = "RecordList";
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

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Record {
    pub id: String,
    pub last_modified: Option<i64>,
}

impl Record {
    /// A new `Record` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            last_modified: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `last_modified`.
    #[must_use]
    pub fn with_last_modified(mut self, value: impl Into<i64>) -> Self {
        self.last_modified = Some(value.into());
        self
    }
}

impl serde::Serialize for Record {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.last_modified {
            map.serialize_entry("last_modified", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Record {
    const NAME: &'static str = "Record";
    const FIELDS: &'static [&'static str] = &["id", "last_modified"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "last_modified")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            last_modified: crate::runtime::decode::optional(v1),
        })
    }
}
