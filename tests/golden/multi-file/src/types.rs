//! Types of the API's schemas, parameters, responses and errors.

/// The root's own Pet, distinct from the one in parts/schemas.yaml.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Pet {
    pub name: Option<String>,
}

impl Pet {
    /// A new `Pet` with every field unset or at its default.
    pub fn new() -> Self {
        Self { name: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Pet {
    const NAME: &'static str = "Pet";
    const FIELDS: &'static [&'static str] = &["name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pet2 {
    pub id: i64,
    pub owner: Option<Owner>,
    pub friends: Option<Vec<Pet2>>,
}

impl Pet2 {
    /// A new `Pet2` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i64>) -> Self {
        Self {
            id: id.into(),
            owner: None,
            friends: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `owner`.
    #[must_use]
    pub fn with_owner(mut self, value: impl Into<Owner>) -> Self {
        self.owner = Some(value.into());
        self
    }

    /// Sets `friends`.
    #[must_use]
    pub fn with_friends(mut self, value: impl Into<Vec<Pet2>>) -> Self {
        self.friends = Some(value.into());
        self
    }
}

impl serde::Serialize for Pet2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.owner {
            map.serialize_entry("owner", value)?;
        }
        if let Some(value) = &self.friends {
            map.serialize_entry("friends", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Pet2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Pet2 {
    const NAME: &'static str = "Pet2";
    const FIELDS: &'static [&'static str] = &["id", "owner", "friends"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "owner")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "friends")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            owner: crate::runtime::decode::optional(v1),
            friends: crate::runtime::decode::optional(v2),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewPet {
    pub name: String,
    pub tag: Option<String>,
}

impl NewPet {
    /// A new `NewPet` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            tag: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `tag`.
    #[must_use]
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}

impl serde::Serialize for NewPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.tag {
            map.serialize_entry("tag", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for NewPet {
    const NAME: &'static str = "NewPet";
    const FIELDS: &'static [&'static str] = &["name", "tag"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "tag")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            tag: crate::runtime::decode::optional(v1),
        })
    }
}

pub type Owner = Owner2;

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Owner2 {
    pub name: Option<String>,
    pub pets: Option<Vec<Pet2>>,
}

impl Owner2 {
    /// A new `Owner2` with every field unset or at its default.
    pub fn new() -> Self {
        Self { name: None, pets: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `pets`.
    #[must_use]
    pub fn with_pets(mut self, value: impl Into<Vec<Pet2>>) -> Self {
        self.pets = Some(value.into());
        self
    }
}

impl serde::Serialize for Owner2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.pets {
            map.serialize_entry("pets", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Owner2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Owner2 {
    const NAME: &'static str = "Owner2";
    const FIELDS: &'static [&'static str] = &["name", "pets"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "pets")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
            pets: crate::runtime::decode::optional(v1),
        })
    }
}
