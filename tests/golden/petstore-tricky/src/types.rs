//! Types of the API's schemas, parameters, responses and errors.

/// Where the pet stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PetStatus {
    /// `available`
    Available,
    /// `pending`
    Pending,
    /// `sold`
    Sold,
    /// ``
    Empty,
    /// `unknown`
    Unknown,
    /// `Sold`
    Sold2,
    /// `2fa`
    V2fa,
    /// `+`
    Plus,
    /// `>=`
    Ge,
    /// A value this version of the client does not know, kept as sent.
    Other(String),
}

impl PetStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::Sold => "sold",
            Self::Empty => "",
            Self::Unknown => "unknown",
            Self::Sold2 => "Sold",
            Self::V2fa => "2fa",
            Self::Plus => "+",
            Self::Ge => ">=",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for PetStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for PetStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "available" => Self::Available,
            "pending" => Self::Pending,
            "sold" => Self::Sold,
            "" => Self::Empty,
            "unknown" => Self::Unknown,
            "Sold" => Self::Sold2,
            "2fa" => Self::V2fa,
            "+" => Self::Plus,
            ">=" => Self::Ge,
            _ => Self::Other(value),
        }
    }
}

impl serde::Serialize for PetStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PetStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Priority {
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// `-1`
    VMinus1,
    /// A value this version of the client does not know, kept as sent.
    Unknown(i64),
}

impl Priority {
    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
            Self::VMinus1 => -1,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::V1,
            2 => Self::V2,
            3 => Self::V3,
            -1 => Self::VMinus1,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Priority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for Priority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pet {
    /// Read-only: set by the server, ignored in requests.
    pub id: Option<i64>,
    /// The pet's name, e.g. `Rex` */
    pub name: String,
    pub type_: String,
    pub self_: Option<String>,
    pub self_2: Option<String>,
    pub status: Option<PetStatus>,
    /// Defaults to `PetStatus::Pending`.
    pub status_with_default: PetStatus,
    pub priority: Option<Priority>,
    pub birthday: Option<chrono::NaiveDate>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Write-only: sent in requests, never returned.
    pub password: Option<String>,
    /// Defaults to `1.5`.
    pub weight: f32,
    /// Defaults to `false`.
    pub vaccinated: bool,
    /// Defaults to `"Rex \"the\" dog"`.
    pub nickname: String,
    pub user_name: Option<String>,
    pub user_name_2: Option<String>,
    pub _2fa: Option<bool>,
    pub tags: Option<Vec<Tag>>,
    pub owner: Option<PetOwner>,
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    pub metadata: Option<serde_json::Value>,
    pub kind: Option<Animal>,
    pub anything: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub option: Option<String>,
    /// Properties beyond the declared ones.
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl Pet {
    /// A new `Pet` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            type_: type_.into(),
            self_: None,
            self_2: None,
            status: None,
            status_with_default: defaults::pet_status_with_default(),
            priority: None,
            birthday: None,
            created_at: None,
            password: None,
            weight: defaults::pet_weight(),
            vaccinated: defaults::pet_vaccinated(),
            nickname: defaults::pet_nickname(),
            user_name: None,
            user_name_2: None,
            _2fa: None,
            tags: None,
            owner: None,
            labels: None,
            metadata: None,
            kind: None,
            anything: None,
            option: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `self_`.
    #[must_use]
    pub fn with_self(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }

    /// Sets `self_2`.
    #[must_use]
    pub fn with_self_2(mut self, value: impl Into<String>) -> Self {
        self.self_2 = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<PetStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `status_with_default`.
    #[must_use]
    pub fn with_status_with_default(mut self, value: impl Into<PetStatus>) -> Self {
        self.status_with_default = value.into();
        self
    }

    /// Sets `priority`.
    #[must_use]
    pub fn with_priority(mut self, value: impl Into<Priority>) -> Self {
        self.priority = Some(value.into());
        self
    }

    /// Sets `birthday`.
    #[must_use]
    pub fn with_birthday(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.birthday = Some(value.into());
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `weight`.
    #[must_use]
    pub fn with_weight(mut self, value: impl Into<f32>) -> Self {
        self.weight = value.into();
        self
    }

    /// Sets `vaccinated`.
    #[must_use]
    pub fn with_vaccinated(mut self, value: impl Into<bool>) -> Self {
        self.vaccinated = value.into();
        self
    }

    /// Sets `nickname`.
    #[must_use]
    pub fn with_nickname(mut self, value: impl Into<String>) -> Self {
        self.nickname = value.into();
        self
    }

    /// Sets `user_name`.
    #[must_use]
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }

    /// Sets `user_name_2`.
    #[must_use]
    pub fn with_user_name_2(mut self, value: impl Into<String>) -> Self {
        self.user_name_2 = Some(value.into());
        self
    }

    /// Sets `_2fa`.
    #[must_use]
    pub fn with_2fa(mut self, value: impl Into<bool>) -> Self {
        self._2fa = Some(value.into());
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: impl Into<Vec<Tag>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `owner`.
    #[must_use]
    pub fn with_owner(mut self, value: impl Into<PetOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }

    /// Sets `labels`.
    #[must_use]
    pub fn with_labels(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.labels = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn with_metadata(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `kind`.
    #[must_use]
    pub fn with_kind(mut self, value: impl Into<Animal>) -> Self {
        self.kind = Some(value.into());
        self
    }

    /// Sets `anything`.
    #[must_use]
    pub fn with_anything(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.anything = Some(value.into());
        self
    }

    /// Sets `option`.
    #[must_use]
    pub fn with_option(mut self, value: impl Into<String>) -> Self {
        self.option = Some(value.into());
        self
    }

    /// Sets `additional_properties`.
    #[must_use]
    pub fn with_additional_properties(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, i64>>,
    ) -> Self {
        self.additional_properties = value.into();
        self
    }
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.self_ {
            map.serialize_entry("self", value)?;
        }
        if let Some(value) = &self.self_2 {
            map.serialize_entry("Self", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        map.serialize_entry("statusWithDefault", &self.status_with_default)?;
        if let Some(value) = &self.priority {
            map.serialize_entry("priority", value)?;
        }
        if let Some(value) = &self.birthday {
            map.serialize_entry("birthday", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("createdAt", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.serialize_entry("weight", &self.weight)?;
        map.serialize_entry("vaccinated", &self.vaccinated)?;
        map.serialize_entry("nickname", &self.nickname)?;
        if let Some(value) = &self.user_name {
            map.serialize_entry("userName", value)?;
        }
        if let Some(value) = &self.user_name_2 {
            map.serialize_entry("user_name", value)?;
        }
        if let Some(value) = &self._2fa {
            map.serialize_entry("2fa", value)?;
        }
        if let Some(value) = &self.tags {
            map.serialize_entry("tags", value)?;
        }
        if let Some(value) = &self.owner {
            map.serialize_entry("owner", value)?;
        }
        if let Some(value) = &self.labels {
            map.serialize_entry("labels", value)?;
        }
        if let Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.anything {
            map.serialize_entry("anything", value)?;
        }
        if let Some(value) = &self.option {
            map.serialize_entry("Option", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
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
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "type",
        "self",
        "Self",
        "status",
        "statusWithDefault",
        "priority",
        "birthday",
        "createdAt",
        "password",
        "weight",
        "vaccinated",
        "nickname",
        "userName",
        "user_name",
        "2fa",
        "tags",
        "owner",
        "labels",
        "metadata",
        "kind",
        "anything",
        "Option",
    ];
    const KEEPS_OTHERS: bool = true;
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
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        let mut v18 = None;
        let mut v19 = None;
        let mut v20 = None;
        let mut v21 = None;
        let mut v22 = None;
        let mut v23 = None;
        let mut others = std::collections::BTreeMap::new();
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "type")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "self")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "Self")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "status")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v6,
                        "statusWithDefault",
                    )?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "priority")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "birthday")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "createdAt")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "password")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "weight")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "vaccinated")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "nickname")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "userName")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "user_name")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "2fa")?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "tags")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "owner")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "labels")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(&mut map, &mut v20, "metadata")?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(&mut map, &mut v21, "kind")?
                }
                crate::runtime::decode::Key::Field(22) => {
                    crate::runtime::decode::value(&mut map, &mut v22, "anything")?
                }
                crate::runtime::decode::Key::Field(23) => {
                    crate::runtime::decode::value(&mut map, &mut v23, "Option")?
                }
                crate::runtime::decode::Key::Other(Some(name)) => {
                    others.insert(name, map.next_value()?);
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            name: crate::runtime::decode::required(v1, "name")?,
            type_: crate::runtime::decode::required(v2, "type")?,
            self_: crate::runtime::decode::optional(v3),
            self_2: crate::runtime::decode::optional(v4),
            status: crate::runtime::decode::optional(v5),
            status_with_default: v6.unwrap_or_else(defaults::pet_status_with_default),
            priority: crate::runtime::decode::optional(v7),
            birthday: crate::runtime::decode::optional(v8),
            created_at: crate::runtime::decode::optional(v9),
            password: crate::runtime::decode::optional(v10),
            weight: v11.unwrap_or_else(defaults::pet_weight),
            vaccinated: v12.unwrap_or_else(defaults::pet_vaccinated),
            nickname: v13.unwrap_or_else(defaults::pet_nickname),
            user_name: crate::runtime::decode::optional(v14),
            user_name_2: crate::runtime::decode::optional(v15),
            _2fa: crate::runtime::decode::optional(v16),
            tags: crate::runtime::decode::optional(v17),
            owner: crate::runtime::decode::optional(v18),
            labels: crate::runtime::decode::optional(v19),
            metadata: crate::runtime::decode::optional(v20),
            kind: crate::runtime::decode::optional(v21),
            anything: crate::runtime::decode::optional(v22),
            option: crate::runtime::decode::optional(v23),
            additional_properties: others,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewPet {
    pub name: String,
    pub status: Option<PetStatus>,
    pub owner_city: Option<PetOwnerAddress>,
}

impl NewPet {
    /// A new `NewPet` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            status: None,
            owner_city: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<PetStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `owner_city`.
    #[must_use]
    pub fn with_owner_city(mut self, value: impl Into<PetOwnerAddress>) -> Self {
        self.owner_city = Some(value.into());
        self
    }
}

impl serde::Serialize for NewPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.owner_city {
            map.serialize_entry("ownerCity", value)?;
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
    const FIELDS: &'static [&'static str] = &["name", "status", "ownerCity"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "status")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "ownerCity")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            status: crate::runtime::decode::optional(v1),
            owner_city: crate::runtime::decode::optional(v2),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PetPage {
    pub total: i64,
    pub next: Option<String>,
    pub items: Vec<Pet>,
}

impl PetPage {
    /// A new `PetPage` from its required fields; the others are unset or at their default.
    pub fn new(total: impl Into<i64>, items: impl Into<Vec<Pet>>) -> Self {
        Self {
            total: total.into(),
            next: None,
            items: items.into(),
        }
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i64>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }

    /// Sets `items`.
    #[must_use]
    pub fn with_items(mut self, value: impl Into<Vec<Pet>>) -> Self {
        self.items = value.into();
        self
    }
}

impl serde::Serialize for PetPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("total", &self.total)?;
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        map.serialize_entry("items", &self.items)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PetPage {
    const NAME: &'static str = "PetPage";
    const FIELDS: &'static [&'static str] = &["total", "next", "items"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "total")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "next")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "items")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            total: crate::runtime::decode::required(v0, "total")?,
            next: crate::runtime::decode::optional(v1),
            items: crate::runtime::decode::required(v2, "items")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page {
    pub total: i64,
    pub next: Option<String>,
}

impl Page {
    /// A new `Page` from its required fields; the others are unset or at their default.
    pub fn new(total: impl Into<i64>) -> Self {
        Self {
            total: total.into(),
            next: None,
        }
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i64>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }
}

impl serde::Serialize for Page {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("total", &self.total)?;
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Page {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Page {
    const NAME: &'static str = "Page";
    const FIELDS: &'static [&'static str] = &["total", "next"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "total")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "next")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            total: crate::runtime::decode::required(v0, "total")?,
            next: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Tag {
    pub id: Option<uuid::Uuid>,
    pub parent: Option<Box<Tag>>,
    pub children: Option<Vec<Tag>>,
}

impl Tag {
    /// A new `Tag` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            id: None,
            parent: None,
            children: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<uuid::Uuid>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `parent`.
    #[must_use]
    pub fn with_parent(mut self, value: impl Into<Tag>) -> Self {
        self.parent = Some(Box::new(value.into()));
        self
    }

    /// Sets `children`.
    #[must_use]
    pub fn with_children(mut self, value: impl Into<Vec<Tag>>) -> Self {
        self.children = Some(value.into());
        self
    }
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.parent {
            map.serialize_entry("parent", value)?;
        }
        if let Some(value) = &self.children {
            map.serialize_entry("children", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Tag {
    const NAME: &'static str = "Tag";
    const FIELDS: &'static [&'static str] = &["id", "parent", "children"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "parent")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "children")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            parent: crate::runtime::decode::optional(v1),
            children: crate::runtime::decode::optional(v2),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Node {
    pub value: String,
    pub next: Option<Box<Node>>,
    pub other: Option<Box<Other>>,
}

impl Node {
    /// A new `Node` from its required fields; the others are unset or at their default.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            next: None,
            other: None,
        }
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: impl Into<Node>) -> Self {
        self.next = Some(Box::new(value.into()));
        self
    }

    /// Sets `other`.
    #[must_use]
    pub fn with_other(mut self, value: impl Into<Other>) -> Self {
        self.other = Some(Box::new(value.into()));
        self
    }
}

impl serde::Serialize for Node {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &self.value)?;
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        if let Some(value) = &self.other {
            map.serialize_entry("other", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Node {
    const NAME: &'static str = "Node";
    const FIELDS: &'static [&'static str] = &["value", "next", "other"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "value")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "next")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "other")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            value: crate::runtime::decode::required(v0, "value")?,
            next: crate::runtime::decode::optional(v1),
            other: crate::runtime::decode::optional(v2),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Other {
    pub back: Option<Box<Node>>,
}

impl Other {
    /// A new `Other` with every field unset or at its default.
    pub fn new() -> Self {
        Self { back: None }
    }

    /// Sets `back`.
    #[must_use]
    pub fn with_back(mut self, value: impl Into<Node>) -> Self {
        self.back = Some(Box::new(value.into()));
        self
    }
}

impl serde::Serialize for Other {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.back {
            map.serialize_entry("back", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Other {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Other {
    const NAME: &'static str = "Other";
    const FIELDS: &'static [&'static str] = &["back"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "back")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            back: crate::runtime::decode::optional(v0),
        })
    }
}

/// Defaults and optional fields only, no required one.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Settings {
    /// Defaults to `"light"`.
    pub theme: String,
    /// Defaults to `20`.
    pub page_size: i64,
    pub _2fa_enabled: Option<bool>,
}

impl Settings {
    /// A new `Settings` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            theme: defaults::settings_theme(),
            page_size: defaults::settings_page_size(),
            _2fa_enabled: None,
        }
    }

    /// Sets `theme`.
    #[must_use]
    pub fn with_theme(mut self, value: impl Into<String>) -> Self {
        self.theme = value.into();
        self
    }

    /// Sets `page_size`.
    #[must_use]
    pub fn with_page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = value.into();
        self
    }

    /// Sets `_2fa_enabled`.
    #[must_use]
    pub fn with_2fa_enabled(mut self, value: impl Into<bool>) -> Self {
        self._2fa_enabled = Some(value.into());
        self
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self::new()
    }
}

impl serde::Serialize for Settings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("theme", &self.theme)?;
        map.serialize_entry("pageSize", &self.page_size)?;
        if let Some(value) = &self._2fa_enabled {
            map.serialize_entry("2faEnabled", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Settings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Settings {
    const NAME: &'static str = "Settings";
    const FIELDS: &'static [&'static str] = &["theme", "pageSize", "2faEnabled"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "theme")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "pageSize")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "2faEnabled")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            theme: v0.unwrap_or_else(defaults::settings_theme),
            page_size: v1.unwrap_or_else(defaults::settings_page_size),
            _2fa_enabled: crate::runtime::decode::optional(v2),
        })
    }
}

/// A required field that closes a cycle (boxed).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Owner {
    pub first_pet: Box<OwnedPet>,
}

impl Owner {
    /// A new `Owner` from its required fields; the others are unset or at their default.
    pub fn new(first_pet: impl Into<OwnedPet>) -> Self {
        Self {
            first_pet: Box::new(first_pet.into()),
        }
    }

    /// Sets `first_pet`.
    #[must_use]
    pub fn with_first_pet(mut self, value: impl Into<OwnedPet>) -> Self {
        self.first_pet = Box::new(value.into());
        self
    }
}

impl serde::Serialize for Owner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("firstPet", &self.first_pet)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Owner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Owner {
    const NAME: &'static str = "Owner";
    const FIELDS: &'static [&'static str] = &["firstPet"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "firstPet")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            first_pet: crate::runtime::decode::required(v0, "firstPet")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OwnedPet {
    pub owner: Option<Box<Owner>>,
}

impl OwnedPet {
    /// A new `OwnedPet` with every field unset or at its default.
    pub fn new() -> Self {
        Self { owner: None }
    }

    /// Sets `owner`.
    #[must_use]
    pub fn with_owner(mut self, value: impl Into<Owner>) -> Self {
        self.owner = Some(Box::new(value.into()));
        self
    }
}

impl serde::Serialize for OwnedPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.owner {
            map.serialize_entry("owner", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OwnedPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for OwnedPet {
    const NAME: &'static str = "OwnedPet";
    const FIELDS: &'static [&'static str] = &["owner"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "owner")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            owner: crate::runtime::decode::optional(v0),
        })
    }
}

/// Required properties whose Rust names make poor argument names.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Reactions {
    pub _1: i64,
    pub _1_2: i64,
    pub foo: String,
}

impl Reactions {
    /// A new `Reactions` from its required fields; the others are unset or at their default.
    pub fn new(
        field_1: impl Into<i64>,
        field_1_2: impl Into<i64>,
        field_foo: impl Into<String>,
    ) -> Self {
        Self {
            _1: field_1.into(),
            _1_2: field_1_2.into(),
            foo: field_foo.into(),
        }
    }

    /// Sets `_1`.
    #[must_use]
    pub fn with_1(mut self, value: impl Into<i64>) -> Self {
        self._1 = value.into();
        self
    }

    /// Sets `_1_2`.
    #[must_use]
    pub fn with_1_2(mut self, value: impl Into<i64>) -> Self {
        self._1_2 = value.into();
        self
    }

    /// Sets `foo`.
    #[must_use]
    pub fn with_foo(mut self, value: impl Into<String>) -> Self {
        self.foo = value.into();
        self
    }
}

impl serde::Serialize for Reactions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("+1", &self._1)?;
        map.serialize_entry("-1", &self._1_2)?;
        map.serialize_entry("foo", &self.foo)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Reactions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Reactions {
    const NAME: &'static str = "Reactions";
    const FIELDS: &'static [&'static str] = &["+1", "-1", "foo"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "+1")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "-1")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "foo")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            _1: crate::runtime::decode::required(v0, "+1")?,
            _1_2: crate::runtime::decode::required(v1, "-1")?,
            foo: crate::runtime::decode::required(v2, "foo")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Animal {
    Cat(Cat),
    Dog(Dog),
    /// A variant this version of the client does not know, kept as sent.
    Unknown(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for Animal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("petType")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("cat") => {
                serde_json::from_value(value).map(Self::Cat).map_err(D::Error::custom)
            }
            Some("doggo") => {
                serde_json::from_value(value).map(Self::Dog).map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Cat {
    pub pet_type: String,
    pub lives: Option<i64>,
}

impl Cat {
    /// A new `Cat` from its required fields; the others are unset or at their default.
    pub fn new(pet_type: impl Into<String>) -> Self {
        Self {
            pet_type: pet_type.into(),
            lives: None,
        }
    }

    /// Sets `pet_type`.
    #[must_use]
    pub fn with_pet_type(mut self, value: impl Into<String>) -> Self {
        self.pet_type = value.into();
        self
    }

    /// Sets `lives`.
    #[must_use]
    pub fn with_lives(mut self, value: impl Into<i64>) -> Self {
        self.lives = Some(value.into());
        self
    }
}

impl serde::Serialize for Cat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("petType", &self.pet_type)?;
        if let Some(value) = &self.lives {
            map.serialize_entry("lives", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Cat {
    const NAME: &'static str = "Cat";
    const FIELDS: &'static [&'static str] = &["petType", "lives"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "petType")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "lives")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            pet_type: crate::runtime::decode::required(v0, "petType")?,
            lives: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Dog {
    pub pet_type: String,
    pub bark: Option<bool>,
}

impl Dog {
    /// A new `Dog` from its required fields; the others are unset or at their default.
    pub fn new(pet_type: impl Into<String>) -> Self {
        Self {
            pet_type: pet_type.into(),
            bark: None,
        }
    }

    /// Sets `pet_type`.
    #[must_use]
    pub fn with_pet_type(mut self, value: impl Into<String>) -> Self {
        self.pet_type = value.into();
        self
    }

    /// Sets `bark`.
    #[must_use]
    pub fn with_bark(mut self, value: impl Into<bool>) -> Self {
        self.bark = Some(value.into());
        self
    }
}

impl serde::Serialize for Dog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("petType", &self.pet_type)?;
        if let Some(value) = &self.bark {
            map.serialize_entry("bark", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Dog {
    const NAME: &'static str = "Dog";
    const FIELDS: &'static [&'static str] = &["petType", "bark"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "petType")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "bark")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            pet_type: crate::runtime::decode::required(v0, "petType")?,
            bark: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum StringOrNumber {
    String(String),
    Number(f64),
    Array(Vec<String>),
    WrappedValue(StringOrNumberWrappedValue),
}

pub type MaybeTag = Tag;

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Problem {
    pub title: Option<String>,
    pub detail: Option<String>,
}

impl Problem {
    /// A new `Problem` with every field unset or at its default.
    pub fn new() -> Self {
        Self { title: None, detail: None }
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
}

impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.detail {
            map.serialize_entry("detail", value)?;
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
    const FIELDS: &'static [&'static str] = &["title", "detail"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "title")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "detail")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            title: crate::runtime::decode::optional(v0),
            detail: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Errors {
    pub errors: Option<Vec<ErrorsErrorsItem>>,
}

impl Errors {
    /// A new `Errors` with every field unset or at its default.
    pub fn new() -> Self {
        Self { errors: None }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<ErrorsErrorsItem>>) -> Self {
        self.errors = Some(value.into());
        self
    }
}

impl serde::Serialize for Errors {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.errors {
            map.serialize_entry("errors", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Errors {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Errors {
    const NAME: &'static str = "Errors";
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
            errors: crate::runtime::decode::optional(v0),
        })
    }
}

pub type Result2 = String;

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Client2 {
    pub id: Option<String>,
}

impl Client2 {
    /// A new `Client2` with every field unset or at its default.
    pub fn new() -> Self {
        Self { id: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}

impl serde::Serialize for Client2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Client2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Client2 {
    const NAME: &'static str = "Client2";
    const FIELDS: &'static [&'static str] = &["id"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
        })
    }
}

pub type Alias = Tag;
pub type NullableName = String;
pub type SelfRef = serde_json::Value;

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PetOwner {
    pub name: Option<String>,
    pub address: Option<PetOwnerAddress>,
}

impl PetOwner {
    /// A new `PetOwner` with every field unset or at its default.
    pub fn new() -> Self {
        Self { name: None, address: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<PetOwnerAddress>) -> Self {
        self.address = Some(value.into());
        self
    }
}

impl serde::Serialize for PetOwner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PetOwner {
    const NAME: &'static str = "PetOwner";
    const FIELDS: &'static [&'static str] = &["name", "address"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "address")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
            address: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PetOwnerAddress {
    pub city: Option<String>,
}

impl PetOwnerAddress {
    /// A new `PetOwnerAddress` with every field unset or at its default.
    pub fn new() -> Self {
        Self { city: None }
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
}

impl serde::Serialize for PetOwnerAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.city {
            map.serialize_entry("city", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetOwnerAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PetOwnerAddress {
    const NAME: &'static str = "PetOwnerAddress";
    const FIELDS: &'static [&'static str] = &["city"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "city")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            city: crate::runtime::decode::optional(v0),
        })
    }
}

/// Wrapped value
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StringOrNumberWrappedValue {
    pub value: Option<String>,
}

impl StringOrNumberWrappedValue {
    /// A new `StringOrNumberWrappedValue` with every field unset or at its default.
    pub fn new() -> Self {
        Self { value: None }
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl serde::Serialize for StringOrNumberWrappedValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StringOrNumberWrappedValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StringOrNumberWrappedValue {
    const NAME: &'static str = "StringOrNumberWrappedValue";
    const FIELDS: &'static [&'static str] = &["value"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "value")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            value: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErrorsErrorsItem {
    pub code: Option<String>,
    pub source: Option<ErrorsErrorsItemSource>,
}

impl ErrorsErrorsItem {
    /// A new `ErrorsErrorsItem` with every field unset or at its default.
    pub fn new() -> Self {
        Self { code: None, source: None }
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn with_source(mut self, value: impl Into<ErrorsErrorsItemSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorsErrorsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.source {
            map.serialize_entry("source", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorsErrorsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorsErrorsItem {
    const NAME: &'static str = "ErrorsErrorsItem";
    const FIELDS: &'static [&'static str] = &["code", "source"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "code")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "source")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            code: crate::runtime::decode::optional(v0),
            source: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErrorsErrorsItemSource {
    pub pointer: Option<String>,
}

impl ErrorsErrorsItemSource {
    /// A new `ErrorsErrorsItemSource` with every field unset or at its default.
    pub fn new() -> Self {
        Self { pointer: None }
    }

    /// Sets `pointer`.
    #[must_use]
    pub fn with_pointer(mut self, value: impl Into<String>) -> Self {
        self.pointer = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorsErrorsItemSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.pointer {
            map.serialize_entry("pointer", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorsErrorsItemSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorsErrorsItemSource {
    const NAME: &'static str = "ErrorsErrorsItemSource";
    const FIELDS: &'static [&'static str] = &["pointer"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "pointer")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            pointer: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePetBody {
    pub data: CreatePetBodyData,
}

impl CreatePetBody {
    /// A new `CreatePetBody` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<CreatePetBodyData>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<CreatePetBodyData>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for CreatePetBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatePetBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreatePetBody {
    const NAME: &'static str = "CreatePetBody";
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
pub struct CreatePetBodyData {
    pub type_: CreatePetBodyDataType,
    pub attributes: NewPet,
}

impl CreatePetBodyData {
    /// A new `CreatePetBodyData` from its required fields; the others are unset or at their default.
    pub fn new(
        type_: impl Into<CreatePetBodyDataType>,
        attributes: impl Into<NewPet>,
    ) -> Self {
        Self {
            type_: type_.into(),
            attributes: attributes.into(),
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<CreatePetBodyDataType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: impl Into<NewPet>) -> Self {
        self.attributes = value.into();
        self
    }
}

impl serde::Serialize for CreatePetBodyData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("attributes", &self.attributes)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatePetBodyData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreatePetBodyData {
    const NAME: &'static str = "CreatePetBodyData";
    const FIELDS: &'static [&'static str] = &["type", "attributes"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "attributes")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "type")?,
            attributes: crate::runtime::decode::required(v1, "attributes")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreatePetBodyDataType {
    /// `pets`
    Pets,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CreatePetBodyDataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pets => "pets",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CreatePetBodyDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CreatePetBodyDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pets" => Self::Pets,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CreatePetBodyDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatePetBodyDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetReportFormat {
    /// `pdf`
    Pdf,
    /// `csv`
    Csv,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl GetReportFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for GetReportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for GetReportFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pdf" => Self::Pdf,
            "csv" => Self::Csv,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for GetReportFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GetReportFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResultBody {
    pub grant_type: Option<String>,
    pub scope: Option<String>,
}

impl ResultBody {
    /// A new `ResultBody` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            grant_type: None,
            scope: None,
        }
    }

    /// Sets `grant_type`.
    #[must_use]
    pub fn with_grant_type(mut self, value: impl Into<String>) -> Self {
        self.grant_type = Some(value.into());
        self
    }

    /// Sets `scope`.
    #[must_use]
    pub fn with_scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
}

impl serde::Serialize for ResultBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.grant_type {
            map.serialize_entry("grant_type", value)?;
        }
        if let Some(value) = &self.scope {
            map.serialize_entry("scope", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResultBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ResultBody {
    const NAME: &'static str = "ResultBody";
    const FIELDS: &'static [&'static str] = &["grant_type", "scope"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "grant_type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "scope")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            grant_type: crate::runtime::decode::optional(v0),
            scope: crate::runtime::decode::optional(v1),
        })
    }
}

/// Successful responses of [`Client::update_pet`](crate::Client::update_pet).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdatePetResponse {
    /// Updated
    Ok(Pet),
    /// Accepted for later
    Accepted,
}

/// Documented error bodies of [`Client::update_pet`](crate::Client::update_pet).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdatePetError {
    /// Bad input
    BadRequest(Errors),
    /// Missing
    NotFound(Problem),
}

/// Multipart body of [`Client::put_pets_by_pet_id_photo`](crate::Client::put_pets_by_pet_id_photo).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PutPetsByPetIdPhotoForm {
    pub file: crate::FilePart,
    pub caption: Option<String>,
    pub extra: Vec<crate::FilePart>,
    pub meta: Option<NewPet>,
}

impl PutPetsByPetIdPhotoForm {
    /// A new `PutPetsByPetIdPhotoForm` from its required fields; the others are unset or at their default.
    pub fn new(file: impl Into<crate::FilePart>) -> Self {
        Self {
            file: file.into(),
            caption: None,
            extra: Vec::new(),
            meta: None,
        }
    }

    /// Sets `file`.
    #[must_use]
    pub fn with_file(mut self, value: impl Into<crate::FilePart>) -> Self {
        self.file = value.into();
        self
    }

    /// Sets `caption`.
    #[must_use]
    pub fn with_caption(mut self, value: impl Into<String>) -> Self {
        self.caption = Some(value.into());
        self
    }

    /// Sets `extra`.
    #[must_use]
    pub fn with_extra(mut self, value: impl Into<Vec<crate::FilePart>>) -> Self {
        self.extra = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<NewPet>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

impl PutPetsByPetIdPhotoForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        form = form.part("file", self.file.into_part()?);
        if let Some(text) = crate::runtime::text_value(&self.caption)? {
            form = form.text("caption", text);
        }
        for file in self.extra {
            form = form.part("extra", file.into_part()?);
        }
        if let Some(text) = crate::runtime::text_value(&self.meta)? {
            form = form.text("meta", text);
        }
        Ok(form)
    }
}

/// Default values of fields the document gives a `default` for.
mod defaults {
    pub(super) fn pet_status_with_default() -> super::PetStatus {
        super::PetStatus::Pending
    }

    pub(super) fn pet_weight() -> f32 {
        1.5f32
    }

    pub(super) fn pet_vaccinated() -> bool {
        false
    }

    pub(super) fn pet_nickname() -> String {
        String::from("Rex \"the\" dog")
    }

    pub(super) fn settings_theme() -> String {
        String::from("light")
    }

    pub(super) fn settings_page_size() -> i64 {
        20i64
    }
}
