//! Types of the API's schemas, parameters, responses and errors.

/// The root's own Pet, distinct from the one in parts/schemas.yaml.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Pet {
    /// A new `Pet` with every field unset or at its default.
    pub fn new() -> Self {
        Self { name: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pet2 {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friends: Option<Vec<Pet2>>,
}

impl Pet2 {
    /// A new `Pet2` from its required fields; the others are unset or at their default.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            owner: None,
            friends: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `owner`.
    #[must_use]
    pub fn with_owner(mut self, value: Owner) -> Self {
        self.owner = Some(value);
        self
    }

    /// Sets `friends`.
    #[must_use]
    pub fn with_friends(mut self, value: Vec<Pet2>) -> Self {
        self.friends = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NewPet {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

impl NewPet {
    /// A new `NewPet` from its required fields; the others are unset or at their default.
    pub fn new(name: String) -> Self {
        Self { name, tag: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `tag`.
    #[must_use]
    pub fn with_tag(mut self, value: String) -> Self {
        self.tag = Some(value);
        self
    }
}

pub type Owner = Owner2;
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Owner2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pets: Option<Vec<Pet2>>,
}

impl Owner2 {
    /// A new `Owner2` with every field unset or at its default.
    pub fn new() -> Self {
        Self { name: None, pets: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = Some(value);
        self
    }

    /// Sets `pets`.
    #[must_use]
    pub fn with_pets(mut self, value: Vec<Pet2>) -> Self {
        self.pets = Some(value);
        self
    }
}
