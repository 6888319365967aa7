//! Types of the API's schemas, parameters, responses and errors.

/// A schema named like the client-header enum.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Language {
    pub code: Option<String>,
}

impl Language {
    /// A new `Language` with every field unset or at its default.
    pub fn new() -> Self {
        Self { code: None }
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Language {
    const NAME: &'static str = "Language";
    const FIELDS: &'static [&'static str] = &["code"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "code")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            code: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Client2 {
    pub id: Option<i64>,
}

impl Client2 {
    /// A new `Client2` with every field unset or at its default.
    pub fn new() -> Self {
        Self { id: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
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

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Error2 {
    pub message: Option<String>,
}

impl Error2 {
    /// A new `Error2` with every field unset or at its default.
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

impl serde::Serialize for Error2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Error2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Error2 {
    const NAME: &'static str = "Error2";
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

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetryPolicy3 {
    pub attempts: Option<i64>,
}

impl RetryPolicy3 {
    /// A new `RetryPolicy3` with every field unset or at its default.
    pub fn new() -> Self {
        Self { attempts: None }
    }

    /// Sets `attempts`.
    #[must_use]
    pub fn with_attempts(mut self, value: impl Into<i64>) -> Self {
        self.attempts = Some(value.into());
        self
    }
}

impl serde::Serialize for RetryPolicy3 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.attempts {
            map.serialize_entry("attempts", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RetryPolicy3 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for RetryPolicy3 {
    const NAME: &'static str = "RetryPolicy3";
    const FIELDS: &'static [&'static str] = &["attempts"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "attempts")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            attempts: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Self2 {
    /// `self`
    Self_,
    /// `Self`
    Self2,
    /// `self_`
    Self3,
    /// `Self_`
    Self4,
    /// `SELF`
    Self5,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl Self2 {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Self_ => "self",
            Self::Self2 => "Self",
            Self::Self3 => "self_",
            Self::Self4 => "Self_",
            Self::Self5 => "SELF",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Self2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Self2 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "self" => Self::Self_,
            "Self" => Self::Self2,
            "self_" => Self::Self3,
            "Self_" => Self::Self4,
            "SELF" => Self::Self5,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Self2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Self2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Self3 {
    pub self_: Option<String>,
    pub self_2: Option<String>,
    pub client: Option<Client2>,
    pub retry: Option<RetryPolicy3>,
}

impl Self3 {
    /// A new `Self3` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            self_: None,
            self_2: None,
            client: None,
            retry: None,
        }
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

    /// Sets `client`.
    #[must_use]
    pub fn with_client(mut self, value: impl Into<Client2>) -> Self {
        self.client = Some(value.into());
        self
    }

    /// Sets `retry`.
    #[must_use]
    pub fn with_retry(mut self, value: impl Into<RetryPolicy3>) -> Self {
        self.retry = Some(value.into());
        self
    }
}

impl serde::Serialize for Self3 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.self_ {
            map.serialize_entry("self", value)?;
        }
        if let Some(value) = &self.self_2 {
            map.serialize_entry("Self", value)?;
        }
        if let Some(value) = &self.client {
            map.serialize_entry("client", value)?;
        }
        if let Some(value) = &self.retry {
            map.serialize_entry("retry", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Self3 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Self3 {
    const NAME: &'static str = "Self3";
    const FIELDS: &'static [&'static str] = &["self", "Self", "client", "retry"];
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
                    crate::runtime::decode::value(&mut map, &mut v0, "self")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Self")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "client")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "retry")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            self_: crate::runtime::decode::optional(v0),
            self_2: crate::runtime::decode::optional(v1),
            client: crate::runtime::decode::optional(v2),
            retry: crate::runtime::decode::optional(v3),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pet {
    pub name: String,
}

impl Pet {
    /// A new `Pet` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
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
            name: crate::runtime::decode::required(v0, "name")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PetPage {
    pub data: Option<Vec<Pet>>,
    pub item_list: Option<Vec<Pet>>,
    pub total: Option<i64>,
    pub meta: Option<PetPageMeta>,
}

impl PetPage {
    /// A new `PetPage` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            data: None,
            item_list: None,
            total: None,
            meta: None,
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<Pet>>) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<Pet>>) -> Self {
        self.item_list = Some(value.into());
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i64>) -> Self {
        self.total = Some(value.into());
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PetPageMeta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

impl serde::Serialize for PetPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.item_list {
            map.serialize_entry("ItemList", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("Total", value)?;
        }
        if let Some(value) = &self.meta {
            map.serialize_entry("meta", value)?;
        }
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
    const FIELDS: &'static [&'static str] = &["data", "ItemList", "Total", "meta"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "ItemList")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Total")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::optional(v0),
            item_list: crate::runtime::decode::optional(v1),
            total: crate::runtime::decode::optional(v2),
            meta: crate::runtime::decode::optional(v3),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PetPageMeta {
    pub total_pages: Option<i64>,
}

impl PetPageMeta {
    /// A new `PetPageMeta` with every field unset or at its default.
    pub fn new() -> Self {
        Self { total_pages: None }
    }

    /// Sets `total_pages`.
    #[must_use]
    pub fn with_total_pages(mut self, value: impl Into<i64>) -> Self {
        self.total_pages = Some(value.into());
        self
    }
}

impl serde::Serialize for PetPageMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.total_pages {
            map.serialize_entry("total_pages", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetPageMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PetPageMeta {
    const NAME: &'static str = "PetPageMeta";
    const FIELDS: &'static [&'static str] = &["total_pages"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "total_pages")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            total_pages: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AuthSignInBody {
    pub email: Option<String>,
    pub password: Option<String>,
}

impl AuthSignInBody {
    /// A new `AuthSignInBody` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            email: None,
            password: None,
        }
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
}

impl serde::Serialize for AuthSignInBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AuthSignInBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for AuthSignInBody {
    const NAME: &'static str = "AuthSignInBody";
    const FIELDS: &'static [&'static str] = &["email", "password"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "email")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "password")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::runtime::decode::optional(v0),
            password: crate::runtime::decode::optional(v1),
        })
    }
}
