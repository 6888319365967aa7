//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct User {
    pub id: i64,
    pub name: Option<String>,
}

impl User {
    /// A new `User` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i64>) -> Self {
        Self { id: id.into(), name: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for User {
    const NAME: &'static str = "User";
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
            name: crate::runtime::decode::optional(v1),
        })
    }
}
