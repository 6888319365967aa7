//! Types of the API's schemas, parameters, responses and errors.

/// A contact resource object.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Contact {
    pub type_: ContactType,
    /// The contact's UUID.
    pub id: uuid::Uuid,
    pub attributes: ContactAttributes,
    pub relationships: Option<ContactRelationships>,
    pub links: Option<Links>,
}

impl Contact {
    /// A new `Contact` from its required fields; the others are unset or at their default.
    pub fn new(
        type_: impl Into<ContactType>,
        id: impl Into<uuid::Uuid>,
        attributes: impl Into<ContactAttributes>,
    ) -> Self {
        Self {
            type_: type_.into(),
            id: id.into(),
            attributes: attributes.into(),
            relationships: None,
            links: None,
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<ContactType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<uuid::Uuid>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: impl Into<ContactAttributes>) -> Self {
        self.attributes = value.into();
        self
    }

    /// Sets `relationships`.
    #[must_use]
    pub fn with_relationships(mut self, value: impl Into<ContactRelationships>) -> Self {
        self.relationships = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Links>) -> Self {
        self.links = Some(value.into());
        self
    }
}

impl serde::Serialize for Contact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("attributes", &self.attributes)?;
        if let Some(value) = &self.relationships {
            map.serialize_entry("relationships", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Contact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Contact {
    const NAME: &'static str = "Contact";
    const FIELDS: &'static [&'static str] = &[
        "type",
        "id",
        "attributes",
        "relationships",
        "links",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "attributes")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "relationships")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "links")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            id: crate::runtime::decode::required(v1, "id")?,
            attributes: crate::runtime::decode::required(v2, "attributes")?,
            relationships: crate::runtime::decode::optional(v3),
            links: crate::runtime::decode::optional(v4),
        })
    }
}

/// JSON:API resource type of contacts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactType {
    /// `contacts`
    Contacts,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ContactType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contacts => "contacts",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ContactType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "contacts" => Self::Contacts,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ContactType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A sort key of the contact list: a field, ascending, or the field with a `-` prefix, descending (the prefix is the JSON:API convention, inferred).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactSort {
    /// `created-at`
    CreatedAt,
    /// `-created-at`
    CreatedAtDesc,
    /// `email`
    Email,
    /// `-email`
    EmailDesc,
    /// `id`
    Id,
    /// `-id`
    IdDesc,
    /// `most-active`
    MostActive,
    /// `-most-active`
    MostActiveDesc,
    /// `first-name`
    FirstName,
    /// `-first-name`
    FirstNameDesc,
    /// `last-name`
    LastName,
    /// `-last-name`
    LastNameDesc,
    /// `phone-number`
    PhoneNumber,
    /// `-phone-number`
    PhoneNumberDesc,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ContactSort {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created-at",
            Self::CreatedAtDesc => "-created-at",
            Self::Email => "email",
            Self::EmailDesc => "-email",
            Self::Id => "id",
            Self::IdDesc => "-id",
            Self::MostActive => "most-active",
            Self::MostActiveDesc => "-most-active",
            Self::FirstName => "first-name",
            Self::FirstNameDesc => "-first-name",
            Self::LastName => "last-name",
            Self::LastNameDesc => "-last-name",
            Self::PhoneNumber => "phone-number",
            Self::PhoneNumberDesc => "-phone-number",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ContactSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ContactSort {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created-at" => Self::CreatedAt,
            "-created-at" => Self::CreatedAtDesc,
            "email" => Self::Email,
            "-email" => Self::EmailDesc,
            "id" => Self::Id,
            "-id" => Self::IdDesc,
            "most-active" => Self::MostActive,
            "-most-active" => Self::MostActiveDesc,
            "first-name" => Self::FirstName,
            "-first-name" => Self::FirstNameDesc,
            "last-name" => Self::LastName,
            "-last-name" => Self::LastNameDesc,
            "phone-number" => Self::PhoneNumber,
            "-phone-number" => Self::PhoneNumberDesc,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ContactSort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactSort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// How several filters combine (`and` when absent).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterOperator {
    /// `and`
    And,
    /// `or`
    Or,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl FilterOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "and",
            Self::Or => "or",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for FilterOperator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for FilterOperator {
    fn from(value: String) -> Self {
        match value.as_str() {
            "and" => Self::And,
            "or" => Self::Or,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for FilterOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FilterOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A contact's attributes as the API returns them.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactAttributes {
    /// E-mail address.
    pub email: String,
    /// Full name.
    pub name: String,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Address of the profile picture, null when there is none.
    pub profile_picture: Option<String>,
    /// Phone number. Its format is not documented; Cocoapp's own SMS examples write numbers as digits with the country code and no `+` (`15145551234`).
    pub phone_number: Option<String>,
    /// Facebook identifier of the contact.
    pub facebook_id: Option<String>,
    /// Full name as the connector the contact came from reports it (meaning inferred from the field name; read-only).
    pub connector_name: Option<String>,
    /// First name as the connector reports it (inferred, read-only).
    pub connector_first_name: Option<String>,
    /// Last name as the connector reports it (inferred, read-only).
    pub connector_last_name: Option<String>,
    /// Creation time (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Last update time (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Tag names.
    pub tags: Option<Vec<String>>,
}

impl ContactAttributes {
    /// A new `ContactAttributes` from its required fields; the others are unset or at their default.
    pub fn new(
        email: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<chrono::DateTime<chrono::Utc>>,
        updated_at: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        Self {
            email: email.into(),
            name: name.into(),
            first_name: None,
            last_name: None,
            profile_picture: None,
            phone_number: None,
            facebook_id: None,
            connector_name: None,
            connector_first_name: None,
            connector_last_name: None,
            created_at: created_at.into(),
            updated_at: updated_at.into(),
            tags: None,
        }
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `first_name`.
    #[must_use]
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    #[must_use]
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `profile_picture`.
    #[must_use]
    pub fn with_profile_picture(mut self, value: impl Into<String>) -> Self {
        self.profile_picture = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `facebook_id`.
    #[must_use]
    pub fn with_facebook_id(mut self, value: impl Into<String>) -> Self {
        self.facebook_id = Some(value.into());
        self
    }

    /// Sets `connector_name`.
    #[must_use]
    pub fn with_connector_name(mut self, value: impl Into<String>) -> Self {
        self.connector_name = Some(value.into());
        self
    }

    /// Sets `connector_first_name`.
    #[must_use]
    pub fn with_connector_first_name(mut self, value: impl Into<String>) -> Self {
        self.connector_first_name = Some(value.into());
        self
    }

    /// Sets `connector_last_name`.
    #[must_use]
    pub fn with_connector_last_name(mut self, value: impl Into<String>) -> Self {
        self.connector_last_name = Some(value.into());
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.created_at = value.into();
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = value.into();
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.first_name {
            map.serialize_entry("first-name", value)?;
        }
        if let Some(value) = &self.last_name {
            map.serialize_entry("last-name", value)?;
        }
        map.serialize_entry("profile-picture", &self.profile_picture)?;
        map.serialize_entry("phone-number", &self.phone_number)?;
        if let Some(value) = &self.facebook_id {
            map.serialize_entry("facebook-id", value)?;
        }
        if let Some(value) = &self.connector_name {
            map.serialize_entry("connector-name", value)?;
        }
        if let Some(value) = &self.connector_first_name {
            map.serialize_entry("connector-first-name", value)?;
        }
        if let Some(value) = &self.connector_last_name {
            map.serialize_entry("connector-last-name", value)?;
        }
        map.serialize_entry("created-at", &self.created_at)?;
        map.serialize_entry("updated-at", &self.updated_at)?;
        if let Some(value) = &self.tags {
            map.serialize_entry("tags", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactAttributes {
    const NAME: &'static str = "ContactAttributes";
    const FIELDS: &'static [&'static str] = &[
        "email",
        "name",
        "first-name",
        "last-name",
        "profile-picture",
        "phone-number",
        "facebook-id",
        "connector-name",
        "connector-first-name",
        "connector-last-name",
        "created-at",
        "updated-at",
        "tags",
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
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "email")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first-name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "last-name")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "profile-picture")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "phone-number")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "facebook-id")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "connector-name")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "connector-first-name",
                    )?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "connector-last-name",
                    )?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "created-at")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "updated-at")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "tags")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::runtime::decode::required(v0, "email")?,
            name: crate::runtime::decode::required(v1, "name")?,
            first_name: crate::runtime::decode::optional(v2),
            last_name: crate::runtime::decode::optional(v3),
            profile_picture: crate::runtime::decode::optional(v4),
            phone_number: crate::runtime::decode::optional(v5),
            facebook_id: crate::runtime::decode::optional(v6),
            connector_name: crate::runtime::decode::optional(v7),
            connector_first_name: crate::runtime::decode::optional(v8),
            connector_last_name: crate::runtime::decode::optional(v9),
            created_at: crate::runtime::decode::required(v10, "created-at")?,
            updated_at: crate::runtime::decode::required(v11, "updated-at")?,
            tags: crate::runtime::decode::optional(v12),
        })
    }
}

/// A contact's relationships.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContactRelationships {
    pub notes: Option<ToManyRelationship>,
}

impl ContactRelationships {
    /// A new `ContactRelationships` with every field unset or at its default.
    pub fn new() -> Self {
        Self { notes: None }
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<ToManyRelationship>) -> Self {
        self.notes = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactRelationships {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactRelationships {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactRelationships {
    const NAME: &'static str = "ContactRelationships";
    const FIELDS: &'static [&'static str] = &["notes"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "notes")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            notes: crate::runtime::decode::optional(v0),
        })
    }
}

/// A contact's writable attributes (create and update).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactWriteAttributes {
    /// E-mail address.
    pub email: String,
    /// Full name.
    pub name: String,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Tag names. Whether they replace or add to the contact's tags on update is not documented.
    pub tags: Option<Vec<String>>,
    /// Facebook identifier of the contact.
    pub facebook_id: Option<String>,
}

impl ContactWriteAttributes {
    /// A new `ContactWriteAttributes` from its required fields; the others are unset or at their default.
    pub fn new(
        email: impl Into<String>,
        name: impl Into<String>,
        phone_number: impl Into<String>,
    ) -> Self {
        Self {
            email: email.into(),
            name: name.into(),
            first_name: None,
            last_name: None,
            phone_number: phone_number.into(),
            tags: None,
            facebook_id: None,
        }
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `first_name`.
    #[must_use]
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    #[must_use]
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = value.into();
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `facebook_id`.
    #[must_use]
    pub fn with_facebook_id(mut self, value: impl Into<String>) -> Self {
        self.facebook_id = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactWriteAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.first_name {
            map.serialize_entry("first-name", value)?;
        }
        if let Some(value) = &self.last_name {
            map.serialize_entry("last-name", value)?;
        }
        map.serialize_entry("phone-number", &self.phone_number)?;
        if let Some(value) = &self.tags {
            map.serialize_entry("tags", value)?;
        }
        if let Some(value) = &self.facebook_id {
            map.serialize_entry("facebook-id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactWriteAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactWriteAttributes {
    const NAME: &'static str = "ContactWriteAttributes";
    const FIELDS: &'static [&'static str] = &[
        "email",
        "name",
        "first-name",
        "last-name",
        "phone-number",
        "tags",
        "facebook-id",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "email")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first-name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "last-name")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "phone-number")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "tags")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "facebook-id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::runtime::decode::required(v0, "email")?,
            name: crate::runtime::decode::required(v1, "name")?,
            first_name: crate::runtime::decode::optional(v2),
            last_name: crate::runtime::decode::optional(v3),
            phone_number: crate::runtime::decode::required(v4, "phone-number")?,
            tags: crate::runtime::decode::optional(v5),
            facebook_id: crate::runtime::decode::optional(v6),
        })
    }
}

/// Relationships that can be set when creating or updating a contact.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContactWriteRelationships {
    pub notes: Option<ToManyRelationshipData>,
}

impl ContactWriteRelationships {
    /// A new `ContactWriteRelationships` with every field unset or at its default.
    pub fn new() -> Self {
        Self { notes: None }
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<ToManyRelationshipData>) -> Self {
        self.notes = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactWriteRelationships {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactWriteRelationships {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactWriteRelationships {
    const NAME: &'static str = "ContactWriteRelationships";
    const FIELDS: &'static [&'static str] = &["notes"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "notes")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            notes: crate::runtime::decode::optional(v0),
        })
    }
}

/// A contact to create (no `id`: the server assigns it).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewContact {
    pub type_: ContactType,
    pub attributes: ContactWriteAttributes,
    pub relationships: Option<ContactWriteRelationships>,
}

impl NewContact {
    /// A new `NewContact` from its required fields; the others are unset or at their default.
    pub fn new(
        type_: impl Into<ContactType>,
        attributes: impl Into<ContactWriteAttributes>,
    ) -> Self {
        Self {
            type_: type_.into(),
            attributes: attributes.into(),
            relationships: None,
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<ContactType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: impl Into<ContactWriteAttributes>) -> Self {
        self.attributes = value.into();
        self
    }

    /// Sets `relationships`.
    #[must_use]
    pub fn with_relationships(
        mut self,
        value: impl Into<ContactWriteRelationships>,
    ) -> Self {
        self.relationships = Some(value.into());
        self
    }
}

impl serde::Serialize for NewContact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("attributes", &self.attributes)?;
        if let Some(value) = &self.relationships {
            map.serialize_entry("relationships", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for NewContact {
    const NAME: &'static str = "NewContact";
    const FIELDS: &'static [&'static str] = &["type", "attributes", "relationships"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "attributes")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "relationships")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            attributes: crate::runtime::decode::required(v1, "attributes")?,
            relationships: crate::runtime::decode::optional(v2),
        })
    }
}

/// The new state of an existing contact.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactUpdate {
    pub type_: ContactType,
    /// The contact's UUID, the same as in the path.
    pub id: uuid::Uuid,
    pub attributes: ContactWriteAttributes,
    pub relationships: Option<ContactWriteRelationships>,
}

impl ContactUpdate {
    /// A new `ContactUpdate` from its required fields; the others are unset or at their default.
    pub fn new(
        type_: impl Into<ContactType>,
        id: impl Into<uuid::Uuid>,
        attributes: impl Into<ContactWriteAttributes>,
    ) -> Self {
        Self {
            type_: type_.into(),
            id: id.into(),
            attributes: attributes.into(),
            relationships: None,
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<ContactType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<uuid::Uuid>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: impl Into<ContactWriteAttributes>) -> Self {
        self.attributes = value.into();
        self
    }

    /// Sets `relationships`.
    #[must_use]
    pub fn with_relationships(
        mut self,
        value: impl Into<ContactWriteRelationships>,
    ) -> Self {
        self.relationships = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("attributes", &self.attributes)?;
        if let Some(value) = &self.relationships {
            map.serialize_entry("relationships", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactUpdate {
    const NAME: &'static str = "ContactUpdate";
    const FIELDS: &'static [&'static str] = &[
        "type",
        "id",
        "attributes",
        "relationships",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "attributes")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "relationships")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            id: crate::runtime::decode::required(v1, "id")?,
            attributes: crate::runtime::decode::required(v2, "attributes")?,
            relationships: crate::runtime::decode::optional(v3),
        })
    }
}

/// A JSON:API document holding one contact.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactDocument {
    pub data: Contact,
    /// Related resources asked for with `include`.
    pub included: Option<Vec<IncludedResource>>,
}

impl ContactDocument {
    /// A new `ContactDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Contact>) -> Self {
        Self {
            data: data.into(),
            included: None,
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Contact>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `included`.
    #[must_use]
    pub fn with_included(mut self, value: impl Into<Vec<IncludedResource>>) -> Self {
        self.included = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.included {
            map.serialize_entry("included", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactDocument {
    const NAME: &'static str = "ContactDocument";
    const FIELDS: &'static [&'static str] = &["data", "included"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "included")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            included: crate::runtime::decode::optional(v1),
        })
    }
}

/// A JSON:API document holding one page of contacts.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactCollectionDocument {
    pub data: Vec<Contact>,
    /// Related resources asked for with `include`.
    pub included: Option<Vec<IncludedResource>>,
    pub links: Option<PaginationLinks>,
    pub meta: Option<PaginationMeta>,
}

impl ContactCollectionDocument {
    /// A new `ContactCollectionDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<Contact>>) -> Self {
        Self {
            data: data.into(),
            included: None,
            links: None,
            meta: None,
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<Contact>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `included`.
    #[must_use]
    pub fn with_included(mut self, value: impl Into<Vec<IncludedResource>>) -> Self {
        self.included = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactCollectionDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.included {
            map.serialize_entry("included", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.meta {
            map.serialize_entry("meta", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactCollectionDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactCollectionDocument {
    const NAME: &'static str = "ContactCollectionDocument";
    const FIELDS: &'static [&'static str] = &["data", "included", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "included")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "links")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            included: crate::runtime::decode::optional(v1),
            links: crate::runtime::decode::optional(v2),
            meta: crate::runtime::decode::optional(v3),
        })
    }
}

/// Request document of `createContact`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactCreateDocument {
    pub data: NewContact,
}

impl ContactCreateDocument {
    /// A new `ContactCreateDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<NewContact>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<NewContact>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for ContactCreateDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactCreateDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactCreateDocument {
    const NAME: &'static str = "ContactCreateDocument";
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

/// Request document of `updateContact`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactUpdateDocument {
    pub data: ContactUpdate,
}

impl ContactUpdateDocument {
    /// A new `ContactUpdateDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<ContactUpdate>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<ContactUpdate>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for ContactUpdateDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactUpdateDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactUpdateDocument {
    const NAME: &'static str = "ContactUpdateDocument";
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

/// Response of `uploadContactProfilePicture`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProfilePictureDocument {
    pub data: ProfilePictureData,
}

impl ProfilePictureDocument {
    /// A new `ProfilePictureDocument` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<ProfilePictureData>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<ProfilePictureData>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for ProfilePictureDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProfilePictureDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProfilePictureDocument {
    const NAME: &'static str = "ProfilePictureDocument";
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
pub struct ProfilePictureData {
    pub links: ProfilePictureLinks,
}

impl ProfilePictureData {
    /// A new `ProfilePictureData` from its required fields; the others are unset or at their default.
    pub fn new(links: impl Into<ProfilePictureLinks>) -> Self {
        Self { links: links.into() }
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<ProfilePictureLinks>) -> Self {
        self.links = value.into();
        self
    }
}

impl serde::Serialize for ProfilePictureData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("links", &self.links)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProfilePictureData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProfilePictureData {
    const NAME: &'static str = "ProfilePictureData";
    const FIELDS: &'static [&'static str] = &["links"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "links")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            links: crate::runtime::decode::required(v0, "links")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProfilePictureLinks {
    /// Address of the new profile picture.
    pub profile_picture: String,
}

impl ProfilePictureLinks {
    /// A new `ProfilePictureLinks` from its required fields; the others are unset or at their default.
    pub fn new(profile_picture: impl Into<String>) -> Self {
        Self {
            profile_picture: profile_picture.into(),
        }
    }

    /// Sets `profile_picture`.
    #[must_use]
    pub fn with_profile_picture(mut self, value: impl Into<String>) -> Self {
        self.profile_picture = value.into();
        self
    }
}

impl serde::Serialize for ProfilePictureLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("profile-picture", &self.profile_picture)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProfilePictureLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProfilePictureLinks {
    const NAME: &'static str = "ProfilePictureLinks";
    const FIELDS: &'static [&'static str] = &["profile-picture"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "profile-picture")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            profile_picture: crate::runtime::decode::required(v0, "profile-picture")?,
        })
    }
}

/// A JSON:API resource identifier object.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResourceIdentifier {
    /// Resource type, e.g. `notes`.
    pub type_: String,
    /// Resource id.
    pub id: String,
}

impl ResourceIdentifier {
    /// A new `ResourceIdentifier` from its required fields; the others are unset or at their default.
    pub fn new(type_: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            type_: type_.into(),
            id: id.into(),
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
}

impl serde::Serialize for ResourceIdentifier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourceIdentifier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ResourceIdentifier {
    const NAME: &'static str = "ResourceIdentifier";
    const FIELDS: &'static [&'static str] = &["type", "id"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            id: crate::runtime::decode::required(v1, "id")?,
        })
    }
}

/// A to-many relationship as the API returns it: always its links, and the linkage `data` when the relationship was included.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ToManyRelationship {
    pub data: Option<Vec<ResourceIdentifier>>,
    pub links: Links,
}

impl ToManyRelationship {
    /// A new `ToManyRelationship` from its required fields; the others are unset or at their default.
    pub fn new(links: impl Into<Links>) -> Self {
        Self {
            data: None,
            links: links.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ResourceIdentifier>>) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Links>) -> Self {
        self.links = value.into();
        self
    }
}

impl serde::Serialize for ToManyRelationship {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        map.serialize_entry("links", &self.links)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ToManyRelationship {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ToManyRelationship {
    const NAME: &'static str = "ToManyRelationship";
    const FIELDS: &'static [&'static str] = &["data", "links"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::optional(v0),
            links: crate::runtime::decode::required(v1, "links")?,
        })
    }
}

/// A to-many relationship to set: the full list of related resources.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ToManyRelationshipData {
    pub data: Vec<ResourceIdentifier>,
}

impl ToManyRelationshipData {
    /// A new `ToManyRelationshipData` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<ResourceIdentifier>>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ResourceIdentifier>>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for ToManyRelationshipData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ToManyRelationshipData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ToManyRelationshipData {
    const NAME: &'static str = "ToManyRelationshipData";
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

/// JSON:API links of a resource or relationship.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Links {
    pub self_: Option<String>,
    pub related: Option<String>,
}

impl Links {
    /// A new `Links` with every field unset or at its default.
    pub fn new() -> Self {
        Self { self_: None, related: None }
    }

    /// Sets `self_`.
    #[must_use]
    pub fn with_self(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }

    /// Sets `related`.
    #[must_use]
    pub fn with_related(mut self, value: impl Into<String>) -> Self {
        self.related = Some(value.into());
        self
    }
}

impl serde::Serialize for Links {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.self_ {
            map.serialize_entry("self", value)?;
        }
        if let Some(value) = &self.related {
            map.serialize_entry("related", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Links {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Links {
    const NAME: &'static str = "Links";
    const FIELDS: &'static [&'static str] = &["self", "related"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "self")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "related")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            self_: crate::runtime::decode::optional(v0),
            related: crate::runtime::decode::optional(v1),
        })
    }
}

/// A related resource embedded with `include` (e.g. a note). The published document does not describe the attributes of related resources, so they are kept as free-form JSON.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IncludedResource {
    pub type_: String,
    pub id: String,
    pub attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub relationships: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub links: Option<Links>,
}

impl IncludedResource {
    /// A new `IncludedResource` from its required fields; the others are unset or at their default.
    pub fn new(type_: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            type_: type_.into(),
            id: id.into(),
            attributes: None,
            relationships: None,
            links: None,
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }

    /// Sets `relationships`.
    #[must_use]
    pub fn with_relationships(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.relationships = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Links>) -> Self {
        self.links = Some(value.into());
        self
    }
}

impl serde::Serialize for IncludedResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.attributes {
            map.serialize_entry("attributes", value)?;
        }
        if let Some(value) = &self.relationships {
            map.serialize_entry("relationships", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for IncludedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for IncludedResource {
    const NAME: &'static str = "IncludedResource";
    const FIELDS: &'static [&'static str] = &[
        "type",
        "id",
        "attributes",
        "relationships",
        "links",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "attributes")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "relationships")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "links")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            id: crate::runtime::decode::required(v1, "id")?,
            attributes: crate::runtime::decode::optional(v2),
            relationships: crate::runtime::decode::optional(v3),
            links: crate::runtime::decode::optional(v4),
        })
    }
}

/// Links between pages. The published document lists `first` and `last`; `prev` and `next` (absent on the first and last page) are the JSON:API pagination links its server framework emits alongside them (inferred).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaginationLinks {
    pub first: Option<String>,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub last: Option<String>,
}

impl PaginationLinks {
    /// A new `PaginationLinks` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            first: None,
            prev: None,
            next: None,
            last: None,
        }
    }

    /// Sets `first`.
    #[must_use]
    pub fn with_first(mut self, value: impl Into<String>) -> Self {
        self.first = Some(value.into());
        self
    }

    /// Sets `prev`.
    #[must_use]
    pub fn with_prev(mut self, value: impl Into<String>) -> Self {
        self.prev = Some(value.into());
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }

    /// Sets `last`.
    #[must_use]
    pub fn with_last(mut self, value: impl Into<String>) -> Self {
        self.last = Some(value.into());
        self
    }
}

impl serde::Serialize for PaginationLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.first {
            map.serialize_entry("first", value)?;
        }
        if let Some(value) = &self.prev {
            map.serialize_entry("prev", value)?;
        }
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        if let Some(value) = &self.last {
            map.serialize_entry("last", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PaginationLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PaginationLinks {
    const NAME: &'static str = "PaginationLinks";
    const FIELDS: &'static [&'static str] = &["first", "prev", "next", "last"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "first")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "prev")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "next")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "last")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            first: crate::runtime::decode::optional(v0),
            prev: crate::runtime::decode::optional(v1),
            next: crate::runtime::decode::optional(v2),
            last: crate::runtime::decode::optional(v3),
        })
    }
}

/// Paging information of a list.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaginationMeta {
    pub page: Option<PageMeta>,
}

impl PaginationMeta {
    /// A new `PaginationMeta` with every field unset or at its default.
    pub fn new() -> Self {
        Self { page: None }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: impl Into<PageMeta>) -> Self {
        self.page = Some(value.into());
        self
    }
}

impl serde::Serialize for PaginationMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.page {
            map.serialize_entry("page", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PaginationMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PaginationMeta {
    const NAME: &'static str = "PaginationMeta";
    const FIELDS: &'static [&'static str] = &["page"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "page")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            page: crate::runtime::decode::optional(v0),
        })
    }
}

/// Where this page sits in the whole list.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PageMeta {
    /// This page's number, from 1.
    pub current_page: Option<i64>,
    /// Page size.
    pub per_page: Option<i64>,
    /// Position of the page's first item in the whole list, from 1 (null when the page is empty, inferred).
    pub from: Option<i64>,
    /// Position of the page's last item (null when the page is empty, inferred).
    pub to: Option<i64>,
    /// Number of items in the whole list.
    pub total: Option<i64>,
    /// Number of the last page.
    pub last_page: Option<i64>,
}

impl PageMeta {
    /// A new `PageMeta` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            current_page: None,
            per_page: None,
            from: None,
            to: None,
            total: None,
            last_page: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `to`.
    #[must_use]
    pub fn with_to(mut self, value: impl Into<i64>) -> Self {
        self.to = Some(value.into());
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i64>) -> Self {
        self.total = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }
}

impl serde::Serialize for PageMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current-page", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per-page", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last-page", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PageMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PageMeta {
    const NAME: &'static str = "PageMeta";
    const FIELDS: &'static [&'static str] = &[
        "current-page",
        "per-page",
        "from",
        "to",
        "total",
        "last-page",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "current-page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "per-page")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "from")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "to")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "total")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last-page")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            per_page: crate::runtime::decode::optional(v1),
            from: crate::runtime::decode::optional(v2),
            to: crate::runtime::decode::optional(v3),
            total: crate::runtime::decode::optional(v4),
            last_page: crate::runtime::decode::optional(v5),
        })
    }
}

/// A JSON:API error document.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorDocument {
    pub errors: Vec<ErrorObject>,
}

impl ErrorDocument {
    /// A new `ErrorDocument` from its required fields; the others are unset or at their default.
    pub fn new(errors: impl Into<Vec<ErrorObject>>) -> Self {
        Self { errors: errors.into() }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<ErrorObject>>) -> Self {
        self.errors = value.into();
        self
    }
}

impl serde::Serialize for ErrorDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("errors", &self.errors)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorDocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorDocument {
    const NAME: &'static str = "ErrorDocument";
    const FIELDS: &'static [&'static str] = &["errors"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "errors")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            errors: crate::runtime::decode::required(v0, "errors")?,
        })
    }
}

/// One JSON:API error. The published document gives `status` and `title` for every error, plus `detail` and `source.pointer` for 400 and 422; `code` and `source.parameter` are the other JSON:API members a server may send. Every member is optional, as in JSON:API, so an error body the server trims still decodes.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErrorObject {
    /// HTTP status code, as a string.
    pub status: Option<String>,
    /// Application-specific error code.
    pub code: Option<String>,
    /// Short summary of the problem.
    pub title: Option<String>,
    /// Explanation of this occurrence of the problem.
    pub detail: Option<String>,
    pub source: Option<ErrorSource>,
}

impl ErrorObject {
    /// A new `ErrorObject` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            status: None,
            code: None,
            title: None,
            detail: None,
            source: None,
        }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn with_source(mut self, value: impl Into<ErrorSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.detail {
            map.serialize_entry("detail", value)?;
        }
        if let Some(value) = &self.source {
            map.serialize_entry("source", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorObject {
    const NAME: &'static str = "ErrorObject";
    const FIELDS: &'static [&'static str] = &[
        "status",
        "code",
        "title",
        "detail",
        "source",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "status")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "code")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "title")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "detail")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "source")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::runtime::decode::optional(v0),
            code: crate::runtime::decode::optional(v1),
            title: crate::runtime::decode::optional(v2),
            detail: crate::runtime::decode::optional(v3),
            source: crate::runtime::decode::optional(v4),
        })
    }
}

/// What in the request caused the error.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErrorSource {
    /// JSON Pointer into the request document, e.g. `/data/attributes/email`.
    pub pointer: Option<String>,
    /// Name of the query parameter at fault, e.g. `filter[from]`.
    pub parameter: Option<String>,
}

impl ErrorSource {
    /// A new `ErrorSource` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            pointer: None,
            parameter: None,
        }
    }

    /// Sets `pointer`.
    #[must_use]
    pub fn with_pointer(mut self, value: impl Into<String>) -> Self {
        self.pointer = Some(value.into());
        self
    }

    /// Sets `parameter`.
    #[must_use]
    pub fn with_parameter(mut self, value: impl Into<String>) -> Self {
        self.parameter = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.pointer {
            map.serialize_entry("pointer", value)?;
        }
        if let Some(value) = &self.parameter {
            map.serialize_entry("parameter", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorSource {
    const NAME: &'static str = "ErrorSource";
    const FIELDS: &'static [&'static str] = &["pointer", "parameter"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "pointer")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "parameter")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            pointer: crate::runtime::decode::optional(v0),
            parameter: crate::runtime::decode::optional(v1),
        })
    }
}

/// Multipart body of [`Client::upload_contact_profile_picture`](crate::Client::upload_contact_profile_picture).
///
/// The multipart form.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct UploadContactProfilePictureForm {
    /// The image file.
    pub profile_picture: crate::FilePart,
}

impl UploadContactProfilePictureForm {
    /// A new `UploadContactProfilePictureForm` from its required fields; the others are unset or at their default.
    pub fn new(profile_picture: impl Into<crate::FilePart>) -> Self {
        Self {
            profile_picture: profile_picture.into(),
        }
    }

    /// Sets `profile_picture`.
    #[must_use]
    pub fn with_profile_picture(mut self, value: impl Into<crate::FilePart>) -> Self {
        self.profile_picture = value.into();
        self
    }
}

impl UploadContactProfilePictureForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        form = form.part("profile-picture", self.profile_picture.into_part()?);
        Ok(form)
    }
}
