//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct User {
    pub id: i64,
    pub name: Option<String>,
}

impl User {
    /// A new `User` from its required fields; the others are unset or at their default.
    pub fn new(id: i64) -> Self {
        Self { id, name: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for User {
    const NAME: &'static str = "User";
    const FIELDS: &'static [&'static str] = &["id", "name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "name")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            name: crate::decode::optional(v1),
        })
    }
}
