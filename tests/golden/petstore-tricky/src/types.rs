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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pet {
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The pet's name, e.g. `Rex` */
    pub name: String,
    #[serde(rename = "type")]
    pub type_: String,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(rename = "Self", default, skip_serializing_if = "Option::is_none")]
    pub self_2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PetStatus>,
    /// Defaults to `PetStatus::Pending`.
    #[serde(rename = "statusWithDefault", default = "defaults::pet_status_with_default")]
    pub status_with_default: PetStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<chrono::NaiveDate>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Write-only: sent in requests, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Defaults to `1.5`.
    #[serde(default = "defaults::pet_weight")]
    pub weight: f32,
    /// Defaults to `false`.
    #[serde(default = "defaults::pet_vaccinated")]
    pub vaccinated: bool,
    /// Defaults to `"Rex \"the\" dog"`.
    #[serde(default = "defaults::pet_nickname")]
    pub nickname: String,
    #[serde(rename = "userName", default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "user_name", default, skip_serializing_if = "Option::is_none")]
    pub user_name_2: Option<String>,
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub _2fa: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PetOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Animal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(rename = "Option", default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// Properties beyond the declared ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl Pet {
    /// A new `Pet` from its required fields; the others are unset or at their default.
    pub fn new(name: String, type_: String) -> Self {
        Self {
            id: None,
            name,
            type_,
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
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: String) -> Self {
        self.type_ = value;
        self
    }

    /// Sets `self_`.
    #[must_use]
    pub fn with_self(mut self, value: String) -> Self {
        self.self_ = Some(value);
        self
    }

    /// Sets `self_2`.
    #[must_use]
    pub fn with_self_2(mut self, value: String) -> Self {
        self.self_2 = Some(value);
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: PetStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `status_with_default`.
    #[must_use]
    pub fn with_status_with_default(mut self, value: PetStatus) -> Self {
        self.status_with_default = value;
        self
    }

    /// Sets `priority`.
    #[must_use]
    pub fn with_priority(mut self, value: Priority) -> Self {
        self.priority = Some(value);
        self
    }

    /// Sets `birthday`.
    #[must_use]
    pub fn with_birthday(mut self, value: chrono::NaiveDate) -> Self {
        self.birthday = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: String) -> Self {
        self.password = Some(value);
        self
    }

    /// Sets `weight`.
    #[must_use]
    pub fn with_weight(mut self, value: f32) -> Self {
        self.weight = value;
        self
    }

    /// Sets `vaccinated`.
    #[must_use]
    pub fn with_vaccinated(mut self, value: bool) -> Self {
        self.vaccinated = value;
        self
    }

    /// Sets `nickname`.
    #[must_use]
    pub fn with_nickname(mut self, value: String) -> Self {
        self.nickname = value;
        self
    }

    /// Sets `user_name`.
    #[must_use]
    pub fn with_user_name(mut self, value: String) -> Self {
        self.user_name = Some(value);
        self
    }

    /// Sets `user_name_2`.
    #[must_use]
    pub fn with_user_name_2(mut self, value: String) -> Self {
        self.user_name_2 = Some(value);
        self
    }

    /// Sets `_2fa`.
    #[must_use]
    pub fn with_2fa(mut self, value: bool) -> Self {
        self._2fa = Some(value);
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: Vec<Tag>) -> Self {
        self.tags = Some(value);
        self
    }

    /// Sets `owner`.
    #[must_use]
    pub fn with_owner(mut self, value: PetOwner) -> Self {
        self.owner = Some(value);
        self
    }

    /// Sets `labels`.
    #[must_use]
    pub fn with_labels(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.labels = Some(value);
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn with_metadata(mut self, value: serde_json::Value) -> Self {
        self.metadata = Some(value);
        self
    }

    /// Sets `kind`.
    #[must_use]
    pub fn with_kind(mut self, value: Animal) -> Self {
        self.kind = Some(value);
        self
    }

    /// Sets `anything`.
    #[must_use]
    pub fn with_anything(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.anything = Some(value);
        self
    }

    /// Sets `option`.
    #[must_use]
    pub fn with_option(mut self, value: String) -> Self {
        self.option = Some(value);
        self
    }

    /// Sets `additional_properties`.
    #[must_use]
    pub fn with_additional_properties(
        mut self,
        value: std::collections::BTreeMap<String, i64>,
    ) -> Self {
        self.additional_properties = value;
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NewPet {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PetStatus>,
    #[serde(rename = "ownerCity", default, skip_serializing_if = "Option::is_none")]
    pub owner_city: Option<PetOwnerAddress>,
}

impl NewPet {
    /// A new `NewPet` from its required fields; the others are unset or at their default.
    pub fn new(name: String) -> Self {
        Self {
            name,
            status: None,
            owner_city: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: PetStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `owner_city`.
    #[must_use]
    pub fn with_owner_city(mut self, value: PetOwnerAddress) -> Self {
        self.owner_city = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PetPage {
    pub total: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    pub items: Vec<Pet>,
}

impl PetPage {
    /// A new `PetPage` from its required fields; the others are unset or at their default.
    pub fn new(total: i64, items: Vec<Pet>) -> Self {
        Self { total, next: None, items }
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: String) -> Self {
        self.next = Some(value);
        self
    }

    /// Sets `items`.
    #[must_use]
    pub fn with_items(mut self, value: Vec<Pet>) -> Self {
        self.items = value;
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Page {
    pub total: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

impl Page {
    /// A new `Page` from its required fields; the others are unset or at their default.
    pub fn new(total: i64) -> Self {
        Self { total, next: None }
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: String) -> Self {
        self.next = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    pub fn with_id(mut self, value: uuid::Uuid) -> Self {
        self.id = Some(value);
        self
    }

    /// Sets `parent`.
    #[must_use]
    pub fn with_parent(mut self, value: Tag) -> Self {
        self.parent = Some(Box::new(value));
        self
    }

    /// Sets `children`.
    #[must_use]
    pub fn with_children(mut self, value: Vec<Tag>) -> Self {
        self.children = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Node {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Box<Node>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<Box<Other>>,
}

impl Node {
    /// A new `Node` from its required fields; the others are unset or at their default.
    pub fn new(value: String) -> Self {
        Self {
            value,
            next: None,
            other: None,
        }
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: String) -> Self {
        self.value = value;
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: Node) -> Self {
        self.next = Some(Box::new(value));
        self
    }

    /// Sets `other`.
    #[must_use]
    pub fn with_other(mut self, value: Other) -> Self {
        self.other = Some(Box::new(value));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Other {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<Box<Node>>,
}

impl Other {
    /// A new `Other` with every field unset or at its default.
    pub fn new() -> Self {
        Self { back: None }
    }

    /// Sets `back`.
    #[must_use]
    pub fn with_back(mut self, value: Node) -> Self {
        self.back = Some(Box::new(value));
        self
    }
}

/// Defaults and optional fields only, no required one.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Settings {
    /// Defaults to `"light"`.
    #[serde(default = "defaults::settings_theme")]
    pub theme: String,
    /// Defaults to `20`.
    #[serde(rename = "pageSize", default = "defaults::settings_page_size")]
    pub page_size: i64,
    #[serde(rename = "2faEnabled", default, skip_serializing_if = "Option::is_none")]
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
    pub fn with_theme(mut self, value: String) -> Self {
        self.theme = value;
        self
    }

    /// Sets `page_size`.
    #[must_use]
    pub fn with_page_size(mut self, value: i64) -> Self {
        self.page_size = value;
        self
    }

    /// Sets `_2fa_enabled`.
    #[must_use]
    pub fn with_2fa_enabled(mut self, value: bool) -> Self {
        self._2fa_enabled = Some(value);
        self
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self::new()
    }
}

/// A required field that closes a cycle (boxed).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Owner {
    #[serde(rename = "firstPet")]
    pub first_pet: Box<OwnedPet>,
}

impl Owner {
    /// A new `Owner` from its required fields; the others are unset or at their default.
    pub fn new(first_pet: OwnedPet) -> Self {
        Self {
            first_pet: Box::new(first_pet),
        }
    }

    /// Sets `first_pet`.
    #[must_use]
    pub fn with_first_pet(mut self, value: OwnedPet) -> Self {
        self.first_pet = Box::new(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OwnedPet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Box<Owner>>,
}

impl OwnedPet {
    /// A new `OwnedPet` with every field unset or at its default.
    pub fn new() -> Self {
        Self { owner: None }
    }

    /// Sets `owner`.
    #[must_use]
    pub fn with_owner(mut self, value: Owner) -> Self {
        self.owner = Some(Box::new(value));
        self
    }
}

/// Required properties whose Rust names make poor argument names.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Reactions {
    #[serde(rename = "+1")]
    pub _1: i64,
    #[serde(rename = "-1")]
    pub _1_2: i64,
    pub foo: String,
}

impl Reactions {
    /// A new `Reactions` from its required fields; the others are unset or at their default.
    pub fn new(field_1: i64, field_1_2: i64, field_foo: String) -> Self {
        Self {
            _1: field_1,
            _1_2: field_1_2,
            foo: field_foo,
        }
    }

    /// Sets `_1`.
    #[must_use]
    pub fn with_1(mut self, value: i64) -> Self {
        self._1 = value;
        self
    }

    /// Sets `_1_2`.
    #[must_use]
    pub fn with_1_2(mut self, value: i64) -> Self {
        self._1_2 = value;
        self
    }

    /// Sets `foo`.
    #[must_use]
    pub fn with_foo(mut self, value: String) -> Self {
        self.foo = value;
        self
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Cat {
    #[serde(rename = "petType")]
    pub pet_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives: Option<i64>,
}

impl Cat {
    /// A new `Cat` from its required fields; the others are unset or at their default.
    pub fn new(pet_type: String) -> Self {
        Self { pet_type, lives: None }
    }

    /// Sets `pet_type`.
    #[must_use]
    pub fn with_pet_type(mut self, value: String) -> Self {
        self.pet_type = value;
        self
    }

    /// Sets `lives`.
    #[must_use]
    pub fn with_lives(mut self, value: i64) -> Self {
        self.lives = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Dog {
    #[serde(rename = "petType")]
    pub pet_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bark: Option<bool>,
}

impl Dog {
    /// A new `Dog` from its required fields; the others are unset or at their default.
    pub fn new(pet_type: String) -> Self {
        Self { pet_type, bark: None }
    }

    /// Sets `pet_type`.
    #[must_use]
    pub fn with_pet_type(mut self, value: String) -> Self {
        self.pet_type = value;
        self
    }

    /// Sets `bark`.
    #[must_use]
    pub fn with_bark(mut self, value: bool) -> Self {
        self.bark = Some(value);
        self
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Problem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Problem {
    /// A new `Problem` with every field unset or at its default.
    pub fn new() -> Self {
        Self { title: None, detail: None }
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: String) -> Self {
        self.title = Some(value);
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn with_detail(mut self, value: String) -> Self {
        self.detail = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Errors {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorsErrorsItem>>,
}

impl Errors {
    /// A new `Errors` with every field unset or at its default.
    pub fn new() -> Self {
        Self { errors: None }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: Vec<ErrorsErrorsItem>) -> Self {
        self.errors = Some(value);
        self
    }
}

pub type Result2 = String;
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Client2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Client2 {
    /// A new `Client2` with every field unset or at its default.
    pub fn new() -> Self {
        Self { id: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: String) -> Self {
        self.id = Some(value);
        self
    }
}

pub type Alias = Tag;
pub type NullableName = String;
pub type SelfRef = serde_json::Value;
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PetOwner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<PetOwnerAddress>,
}

impl PetOwner {
    /// A new `PetOwner` with every field unset or at its default.
    pub fn new() -> Self {
        Self { name: None, address: None }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = Some(value);
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: PetOwnerAddress) -> Self {
        self.address = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PetOwnerAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

impl PetOwnerAddress {
    /// A new `PetOwnerAddress` with every field unset or at its default.
    pub fn new() -> Self {
        Self { city: None }
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: String) -> Self {
        self.city = Some(value);
        self
    }
}

/// Wrapped value
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StringOrNumberWrappedValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl StringOrNumberWrappedValue {
    /// A new `StringOrNumberWrappedValue` with every field unset or at its default.
    pub fn new() -> Self {
        Self { value: None }
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: String) -> Self {
        self.value = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorsErrorsItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ErrorsErrorsItemSource>,
}

impl ErrorsErrorsItem {
    /// A new `ErrorsErrorsItem` with every field unset or at its default.
    pub fn new() -> Self {
        Self { code: None, source: None }
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: String) -> Self {
        self.code = Some(value);
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn with_source(mut self, value: ErrorsErrorsItemSource) -> Self {
        self.source = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorsErrorsItemSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

impl ErrorsErrorsItemSource {
    /// A new `ErrorsErrorsItemSource` with every field unset or at its default.
    pub fn new() -> Self {
        Self { pointer: None }
    }

    /// Sets `pointer`.
    #[must_use]
    pub fn with_pointer(mut self, value: String) -> Self {
        self.pointer = Some(value);
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePetBody {
    pub data: CreatePetBodyData,
}

impl CreatePetBody {
    /// A new `CreatePetBody` from its required fields; the others are unset or at their default.
    pub fn new(data: CreatePetBodyData) -> Self {
        Self { data }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: CreatePetBodyData) -> Self {
        self.data = value;
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePetBodyData {
    #[serde(rename = "type")]
    pub type_: CreatePetBodyDataType,
    pub attributes: NewPet,
}

impl CreatePetBodyData {
    /// A new `CreatePetBodyData` from its required fields; the others are unset or at their default.
    pub fn new(type_: CreatePetBodyDataType, attributes: NewPet) -> Self {
        Self { type_, attributes }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: CreatePetBodyDataType) -> Self {
        self.type_ = value;
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn with_attributes(mut self, value: NewPet) -> Self {
        self.attributes = value;
        self
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

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResultBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    pub fn with_grant_type(mut self, value: String) -> Self {
        self.grant_type = Some(value);
        self
    }

    /// Sets `scope`.
    #[must_use]
    pub fn with_scope(mut self, value: String) -> Self {
        self.scope = Some(value);
        self
    }
}

/// Optional parameters of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPetsParams {
    /// `limit` (query parameter).
    pub limit: Option<i32>,
    /// `filter[status]` (query parameter).
    pub filter_status: Option<PetStatus>,
    /// `tags` (query parameter).
    pub tags: Option<Vec<String>>,
    /// `page[number]` (query parameter).
    pub page_number: Option<i64>,
    /// `sort` (query parameter).
    pub sort: Option<std::collections::BTreeMap<String, String>>,
    /// `X-Request-Id` (header parameter).
    pub x_request_id: Option<uuid::Uuid>,
    /// `session` (cookie parameter).
    pub session: Option<String>,
}

impl ListPetsParams {
    /// A new `ListPetsParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            limit: None,
            filter_status: None,
            tags: None,
            page_number: None,
            sort: None,
            x_request_id: None,
            session: None,
        }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn with_limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets `filter_status`.
    #[must_use]
    pub fn with_filter_status(mut self, value: PetStatus) -> Self {
        self.filter_status = Some(value);
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }

    /// Sets `page_number`.
    #[must_use]
    pub fn with_page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets `x_request_id`.
    #[must_use]
    pub fn with_x_request_id(mut self, value: uuid::Uuid) -> Self {
        self.x_request_id = Some(value);
        self
    }

    /// Sets `session`.
    #[must_use]
    pub fn with_session(mut self, value: String) -> Self {
        self.session = Some(value);
        self
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
    pub fn new(file: crate::FilePart) -> Self {
        Self {
            file,
            caption: None,
            extra: Vec::new(),
            meta: None,
        }
    }

    /// Sets `file`.
    #[must_use]
    pub fn with_file(mut self, value: crate::FilePart) -> Self {
        self.file = value;
        self
    }

    /// Sets `caption`.
    #[must_use]
    pub fn with_caption(mut self, value: String) -> Self {
        self.caption = Some(value);
        self
    }

    /// Sets `extra`.
    #[must_use]
    pub fn with_extra(mut self, value: Vec<crate::FilePart>) -> Self {
        self.extra = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: NewPet) -> Self {
        self.meta = Some(value);
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

/// Optional parameters of [`Client::get_report`](crate::Client::get_report).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetReportParams {
    /// `pages` (query parameter).
    pub pages: Option<Vec<i64>>,
    /// `range` (query parameter).
    pub range: Option<String>,
}

impl GetReportParams {
    /// A new `GetReportParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { pages: None, range: None }
    }

    /// Sets `pages`.
    #[must_use]
    pub fn with_pages(mut self, value: Vec<i64>) -> Self {
        self.pages = Some(value);
        self
    }

    /// Sets `range`.
    #[must_use]
    pub fn with_range(mut self, value: String) -> Self {
        self.range = Some(value);
        self
    }
}

/// Optional parameters of [`Client::get_types_by_type_by_self`](crate::Client::get_types_by_type_by_self).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTypesByTypeBySelfParams {
    /// `Self` (query parameter).
    pub self_: Option<String>,
}

impl GetTypesByTypeBySelfParams {
    /// A new `GetTypesByTypeBySelfParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { self_: None }
    }

    /// Sets `self_`.
    #[must_use]
    pub fn with_self(mut self, value: String) -> Self {
        self.self_ = Some(value);
        self
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
