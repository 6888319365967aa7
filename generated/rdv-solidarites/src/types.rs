//! Types of the API's schemas, parameters, responses and errors.

/// An agent's credentials.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SignInRequest {
    /// The agent's email.
    pub email: String,
    /// The agent's password.
    pub password: String,
}

impl SignInRequest {
    /// A new `SignInRequest` from its required fields; the others are unset or at their default.
    pub fn new(email: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
        }
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = value.into();
        self
    }
}

impl serde::Serialize for SignInRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("password", &self.password)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SignInRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SignInRequest {
    const NAME: &'static str = "SignInRequest";
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
            email: crate::runtime::decode::required(v0, "email")?,
            password: crate::runtime::decode::required(v1, "password")?,
        })
    }
}

/// Body of a successful sign-in.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SignInResponse {
    pub data: SignedInAgent,
}

impl SignInResponse {
    /// A new `SignInResponse` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<SignedInAgent>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<SignedInAgent>) -> Self {
        self.data = value.into();
        self
    }
}

impl serde::Serialize for SignInResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SignInResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SignInResponse {
    const NAME: &'static str = "SignInResponse";
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

/// The signed-in agent, as devise_token_auth returns it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SignedInAgent {
    pub id: i64,
    pub email: String,
    /// Identifier to send in the `uid` header; equal to the email.
    pub uid: String,
    /// Authentication provider, `email`.
    pub provider: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// The agent's role, e.g. `admin`.
    pub role: Option<String>,
    /// The agent's service.
    pub service_id: Option<i64>,
    /// Deletion time, `null` for an active agent.
    pub deleted_at: Option<String>,
    pub email_original: Option<String>,
    pub allow_password_change: Option<bool>,
}

impl SignedInAgent {
    /// A new `SignedInAgent` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        email: impl Into<String>,
        uid: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            email: email.into(),
            uid: uid.into(),
            provider: None,
            first_name: None,
            last_name: None,
            role: None,
            service_id: None,
            deleted_at: None,
            email_original: None,
            allow_password_change: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }

    /// Sets `uid`.
    #[must_use]
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = value.into();
        self
    }

    /// Sets `provider`.
    #[must_use]
    pub fn with_provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
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

    /// Sets `role`.
    #[must_use]
    pub fn with_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }

    /// Sets `service_id`.
    #[must_use]
    pub fn with_service_id(mut self, value: impl Into<i64>) -> Self {
        self.service_id = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(mut self, value: impl Into<String>) -> Self {
        self.deleted_at = Some(value.into());
        self
    }

    /// Sets `email_original`.
    #[must_use]
    pub fn with_email_original(mut self, value: impl Into<String>) -> Self {
        self.email_original = Some(value.into());
        self
    }

    /// Sets `allow_password_change`.
    #[must_use]
    pub fn with_allow_password_change(mut self, value: impl Into<bool>) -> Self {
        self.allow_password_change = Some(value.into());
        self
    }
}

impl serde::Serialize for SignedInAgent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("uid", &self.uid)?;
        if let Some(value) = &self.provider {
            map.serialize_entry("provider", value)?;
        }
        if let Some(value) = &self.first_name {
            map.serialize_entry("first_name", value)?;
        }
        if let Some(value) = &self.last_name {
            map.serialize_entry("last_name", value)?;
        }
        if let Some(value) = &self.role {
            map.serialize_entry("role", value)?;
        }
        if let Some(value) = &self.service_id {
            map.serialize_entry("service_id", value)?;
        }
        if let Some(value) = &self.deleted_at {
            map.serialize_entry("deleted_at", value)?;
        }
        if let Some(value) = &self.email_original {
            map.serialize_entry("email_original", value)?;
        }
        if let Some(value) = &self.allow_password_change {
            map.serialize_entry("allow_password_change", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SignedInAgent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SignedInAgent {
    const NAME: &'static str = "SignedInAgent";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "email",
        "uid",
        "provider",
        "first_name",
        "last_name",
        "role",
        "service_id",
        "deleted_at",
        "email_original",
        "allow_password_change",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "uid")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "provider")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "first_name")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_name")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "role")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "service_id")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "deleted_at")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "email_original")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v10,
                        "allow_password_change",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            email: crate::runtime::decode::required(v1, "email")?,
            uid: crate::runtime::decode::required(v2, "uid")?,
            provider: crate::runtime::decode::optional(v3),
            first_name: crate::runtime::decode::optional(v4),
            last_name: crate::runtime::decode::optional(v5),
            role: crate::runtime::decode::optional(v6),
            service_id: crate::runtime::decode::optional(v7),
            deleted_at: crate::runtime::decode::optional(v8),
            email_original: crate::runtime::decode::optional(v9),
            allow_password_change: crate::runtime::decode::optional(v10),
        })
    }
}

/// Pagination information of a list.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Meta {
    /// The page returned, from 1.
    pub current_page: i32,
    /// The next page, `null` on the last page.
    pub next_page: Option<i32>,
    /// The previous page, `null` on the first page.
    pub prev_page: Option<i32>,
    /// Number of items over all pages.
    pub total_count: i64,
    /// Number of pages (0 for an empty list).
    pub total_pages: i32,
}

impl Meta {
    /// A new `Meta` from its required fields; the others are unset or at their default.
    pub fn new(
        current_page: impl Into<i32>,
        total_count: impl Into<i64>,
        total_pages: impl Into<i32>,
    ) -> Self {
        Self {
            current_page: current_page.into(),
            next_page: None,
            prev_page: None,
            total_count: total_count.into(),
            total_pages: total_pages.into(),
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i32>) -> Self {
        self.current_page = value.into();
        self
    }

    /// Sets `next_page`.
    #[must_use]
    pub fn with_next_page(mut self, value: impl Into<i32>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// Sets `prev_page`.
    #[must_use]
    pub fn with_prev_page(mut self, value: impl Into<i32>) -> Self {
        self.prev_page = Some(value.into());
        self
    }

    /// Sets `total_count`.
    #[must_use]
    pub fn with_total_count(mut self, value: impl Into<i64>) -> Self {
        self.total_count = value.into();
        self
    }

    /// Sets `total_pages`.
    #[must_use]
    pub fn with_total_pages(mut self, value: impl Into<i32>) -> Self {
        self.total_pages = value.into();
        self
    }
}

impl serde::Serialize for Meta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("current_page", &self.current_page)?;
        map.serialize_entry("next_page", &self.next_page)?;
        map.serialize_entry("prev_page", &self.prev_page)?;
        map.serialize_entry("total_count", &self.total_count)?;
        map.serialize_entry("total_pages", &self.total_pages)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Meta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Meta {
    const NAME: &'static str = "Meta";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "next_page",
        "prev_page",
        "total_count",
        "total_pages",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "next_page")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "prev_page")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "total_count")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "total_pages")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::required(v0, "current_page")?,
            next_page: crate::runtime::decode::optional(v1),
            prev_page: crate::runtime::decode::optional(v2),
            total_count: crate::runtime::decode::required(v3, "total_count")?,
            total_pages: crate::runtime::decode::required(v4, "total_pages")?,
        })
    }
}

/// An agent (agent·e).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Agent {
    pub id: i64,
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// The agent's subject identifier at Inclusion Connect, when they use it.
    pub inclusion_connect_open_id_sub: Option<String>,
}

impl Agent {
    /// A new `Agent` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i64>, email: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            email: email.into(),
            first_name: None,
            last_name: None,
            inclusion_connect_open_id_sub: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
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

    /// Sets `inclusion_connect_open_id_sub`.
    #[must_use]
    pub fn with_inclusion_connect_open_id_sub(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.inclusion_connect_open_id_sub = Some(value.into());
        self
    }
}

impl serde::Serialize for Agent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("first_name", &self.first_name)?;
        map.serialize_entry("last_name", &self.last_name)?;
        if let Some(value) = &self.inclusion_connect_open_id_sub {
            map.serialize_entry("inclusion_connect_open_id_sub", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Agent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Agent {
    const NAME: &'static str = "Agent";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "email",
        "first_name",
        "last_name",
        "inclusion_connect_open_id_sub",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "last_name")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v4,
                        "inclusion_connect_open_id_sub",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            email: crate::runtime::decode::required(v1, "email")?,
            first_name: crate::runtime::decode::optional(v2),
            last_name: crate::runtime::decode::optional(v3),
            inclusion_connect_open_id_sub: crate::runtime::decode::optional(v4),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AgentList {
    pub agents: Vec<Agent>,
    pub meta: Meta,
}

impl AgentList {
    /// A new `AgentList` from its required fields; the others are unset or at their default.
    pub fn new(agents: impl Into<Vec<Agent>>, meta: impl Into<Meta>) -> Self {
        Self {
            agents: agents.into(),
            meta: meta.into(),
        }
    }

    /// Sets `agents`.
    #[must_use]
    pub fn with_agents(mut self, value: impl Into<Vec<Agent>>) -> Self {
        self.agents = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for AgentList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("agents", &self.agents)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AgentList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for AgentList {
    const NAME: &'static str = "AgentList";
    const FIELDS: &'static [&'static str] = &["agents", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "agents")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            agents: crate::runtime::decode::required(v0, "agents")?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// An organisation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Organisation {
    pub id: i64,
    pub email: Option<String>,
    pub name: String,
    pub phone_number: Option<String>,
    /// The product line (verticale) the organisation belongs to, e.g. `rdv_solidarites`.
    pub verticale: Option<String>,
}

impl Organisation {
    /// A new `Organisation` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i64>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            email: None,
            name: name.into(),
            phone_number: None,
            verticale: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `verticale`.
    #[must_use]
    pub fn with_verticale(mut self, value: impl Into<String>) -> Self {
        self.verticale = Some(value.into());
        self
    }
}

impl serde::Serialize for Organisation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("phone_number", &self.phone_number)?;
        if let Some(value) = &self.verticale {
            map.serialize_entry("verticale", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Organisation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Organisation {
    const NAME: &'static str = "Organisation";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "email",
        "name",
        "phone_number",
        "verticale",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "phone_number")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "verticale")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            email: crate::runtime::decode::optional(v1),
            name: crate::runtime::decode::required(v2, "name")?,
            phone_number: crate::runtime::decode::optional(v3),
            verticale: crate::runtime::decode::optional(v4),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganisationEnvelope {
    pub organisation: Organisation,
}

impl OrganisationEnvelope {
    /// A new `OrganisationEnvelope` from its required fields; the others are unset or at their default.
    pub fn new(organisation: impl Into<Organisation>) -> Self {
        Self {
            organisation: organisation.into(),
        }
    }

    /// Sets `organisation`.
    #[must_use]
    pub fn with_organisation(mut self, value: impl Into<Organisation>) -> Self {
        self.organisation = value.into();
        self
    }
}

impl serde::Serialize for OrganisationEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("organisation", &self.organisation)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganisationEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for OrganisationEnvelope {
    const NAME: &'static str = "OrganisationEnvelope";
    const FIELDS: &'static [&'static str] = &["organisation"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "organisation")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            organisation: crate::runtime::decode::required(v0, "organisation")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganisationList {
    pub organisations: Vec<Organisation>,
    pub meta: Meta,
}

impl OrganisationList {
    /// A new `OrganisationList` from its required fields; the others are unset or at their default.
    pub fn new(
        organisations: impl Into<Vec<Organisation>>,
        meta: impl Into<Meta>,
    ) -> Self {
        Self {
            organisations: organisations.into(),
            meta: meta.into(),
        }
    }

    /// Sets `organisations`.
    #[must_use]
    pub fn with_organisations(mut self, value: impl Into<Vec<Organisation>>) -> Self {
        self.organisations = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for OrganisationList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("organisations", &self.organisations)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganisationList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for OrganisationList {
    const NAME: &'static str = "OrganisationList";
    const FIELDS: &'static [&'static str] = &["organisations", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "organisations")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            organisations: crate::runtime::decode::required(v0, "organisations")?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// Fields of an organisation to change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateOrganisationRequest {
    /// Name.
    pub name: Option<String>,
    /// Contact email.
    pub email: Option<String>,
    /// Phone number.
    pub phone_number: Option<String>,
}

impl UpdateOrganisationRequest {
    /// A new `UpdateOrganisationRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            name: None,
            email: None,
            phone_number: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateOrganisationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phone_number", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateOrganisationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateOrganisationRequest {
    const NAME: &'static str = "UpdateOrganisationRequest";
    const FIELDS: &'static [&'static str] = &["name", "email", "phone_number"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "phone_number")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
            email: crate::runtime::decode::optional(v1),
            phone_number: crate::runtime::decode::optional(v2),
        })
    }
}

/// An agent's absence.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Absence {
    pub id: i64,
    pub title: String,
    /// First day of the absence.
    pub first_day: chrono::NaiveDate,
    /// Start time on the first day, `HH:MM:SS`.
    pub start_time: String,
    /// Last day of the absence.
    pub end_day: chrono::NaiveDate,
    /// End time on the last day, `HH:MM:SS`.
    pub end_time: String,
    /// The absent agent.
    pub agent: Option<Agent>,
    /// UID of the absence in its iCal form.
    pub ical_uid: String,
    /// The absence as an iCalendar (`text/calendar`) document.
    pub ical: Option<String>,
    /// Recurrence rule (iCal RRULE) of a recurring absence, `null` otherwise.
    pub rrule: Option<String>,
    /// Organisation of the absence (older server versions).
    pub organisation: Option<Organisation>,
}

impl Absence {
    /// A new `Absence` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        title: impl Into<String>,
        first_day: impl Into<chrono::NaiveDate>,
        start_time: impl Into<String>,
        end_day: impl Into<chrono::NaiveDate>,
        end_time: impl Into<String>,
        ical_uid: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            first_day: first_day.into(),
            start_time: start_time.into(),
            end_day: end_day.into(),
            end_time: end_time.into(),
            agent: None,
            ical_uid: ical_uid.into(),
            ical: None,
            rrule: None,
            organisation: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = value.into();
        self
    }

    /// Sets `first_day`.
    #[must_use]
    pub fn with_first_day(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.first_day = value.into();
        self
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn with_start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_day`.
    #[must_use]
    pub fn with_end_day(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.end_day = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn with_end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = value.into();
        self
    }

    /// Sets `agent`.
    #[must_use]
    pub fn with_agent(mut self, value: impl Into<Agent>) -> Self {
        self.agent = Some(value.into());
        self
    }

    /// Sets `ical_uid`.
    #[must_use]
    pub fn with_ical_uid(mut self, value: impl Into<String>) -> Self {
        self.ical_uid = value.into();
        self
    }

    /// Sets `ical`.
    #[must_use]
    pub fn with_ical(mut self, value: impl Into<String>) -> Self {
        self.ical = Some(value.into());
        self
    }

    /// Sets `rrule`.
    #[must_use]
    pub fn with_rrule(mut self, value: impl Into<String>) -> Self {
        self.rrule = Some(value.into());
        self
    }

    /// Sets `organisation`.
    #[must_use]
    pub fn with_organisation(mut self, value: impl Into<Organisation>) -> Self {
        self.organisation = Some(value.into());
        self
    }
}

impl serde::Serialize for Absence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("first_day", &self.first_day)?;
        map.serialize_entry("start_time", &self.start_time)?;
        map.serialize_entry("end_day", &self.end_day)?;
        map.serialize_entry("end_time", &self.end_time)?;
        map.serialize_entry("agent", &self.agent)?;
        map.serialize_entry("ical_uid", &self.ical_uid)?;
        if let Some(value) = &self.ical {
            map.serialize_entry("ical", value)?;
        }
        if let Some(value) = &self.rrule {
            map.serialize_entry("rrule", value)?;
        }
        if let Some(value) = &self.organisation {
            map.serialize_entry("organisation", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Absence {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Absence {
    const NAME: &'static str = "Absence";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "title",
        "first_day",
        "start_time",
        "end_day",
        "end_time",
        "agent",
        "ical_uid",
        "ical",
        "rrule",
        "organisation",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "title")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_day")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "start_time")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "end_day")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "end_time")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "agent")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "ical_uid")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "ical")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "rrule")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "organisation")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            title: crate::runtime::decode::required(v1, "title")?,
            first_day: crate::runtime::decode::required(v2, "first_day")?,
            start_time: crate::runtime::decode::required(v3, "start_time")?,
            end_day: crate::runtime::decode::required(v4, "end_day")?,
            end_time: crate::runtime::decode::required(v5, "end_time")?,
            agent: crate::runtime::decode::optional(v6),
            ical_uid: crate::runtime::decode::required(v7, "ical_uid")?,
            ical: crate::runtime::decode::optional(v8),
            rrule: crate::runtime::decode::optional(v9),
            organisation: crate::runtime::decode::optional(v10),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AbsenceEnvelope {
    pub absence: Absence,
}

impl AbsenceEnvelope {
    /// A new `AbsenceEnvelope` from its required fields; the others are unset or at their default.
    pub fn new(absence: impl Into<Absence>) -> Self {
        Self { absence: absence.into() }
    }

    /// Sets `absence`.
    #[must_use]
    pub fn with_absence(mut self, value: impl Into<Absence>) -> Self {
        self.absence = value.into();
        self
    }
}

impl serde::Serialize for AbsenceEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("absence", &self.absence)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AbsenceEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for AbsenceEnvelope {
    const NAME: &'static str = "AbsenceEnvelope";
    const FIELDS: &'static [&'static str] = &["absence"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "absence")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            absence: crate::runtime::decode::required(v0, "absence")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AbsenceList {
    pub absences: Vec<Absence>,
    pub meta: Meta,
}

impl AbsenceList {
    /// A new `AbsenceList` from its required fields; the others are unset or at their default.
    pub fn new(absences: impl Into<Vec<Absence>>, meta: impl Into<Meta>) -> Self {
        Self {
            absences: absences.into(),
            meta: meta.into(),
        }
    }

    /// Sets `absences`.
    #[must_use]
    pub fn with_absences(mut self, value: impl Into<Vec<Absence>>) -> Self {
        self.absences = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for AbsenceList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("absences", &self.absences)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AbsenceList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for AbsenceList {
    const NAME: &'static str = "AbsenceList";
    const FIELDS: &'static [&'static str] = &["absences", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "absences")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            absences: crate::runtime::decode::required(v0, "absences")?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// A new absence. Give the agent by `agent_id` or, when `agent_id` is left out, by
/// `agent_email`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateAbsenceRequest {
    /// Identifier of the absent agent.
    pub agent_id: Option<i64>,
    /// Email of the absent agent, used when `agent_id` is left out.
    pub agent_email: Option<String>,
    /// Title of the absence.
    pub title: String,
    /// First day (DATE, `YYYY-MM-DD`).
    pub first_day: chrono::NaiveDate,
    pub start_time: Time,
    /// Last day (DATE, `YYYY-MM-DD`).
    pub end_day: chrono::NaiveDate,
    pub end_time: Time,
}

impl CreateAbsenceRequest {
    /// A new `CreateAbsenceRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        title: impl Into<String>,
        first_day: impl Into<chrono::NaiveDate>,
        start_time: impl Into<Time>,
        end_day: impl Into<chrono::NaiveDate>,
        end_time: impl Into<Time>,
    ) -> Self {
        Self {
            agent_id: None,
            agent_email: None,
            title: title.into(),
            first_day: first_day.into(),
            start_time: start_time.into(),
            end_day: end_day.into(),
            end_time: end_time.into(),
        }
    }

    /// Sets `agent_id`.
    #[must_use]
    pub fn with_agent_id(mut self, value: impl Into<i64>) -> Self {
        self.agent_id = Some(value.into());
        self
    }

    /// Sets `agent_email`.
    #[must_use]
    pub fn with_agent_email(mut self, value: impl Into<String>) -> Self {
        self.agent_email = Some(value.into());
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = value.into();
        self
    }

    /// Sets `first_day`.
    #[must_use]
    pub fn with_first_day(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.first_day = value.into();
        self
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn with_start_time(mut self, value: impl Into<Time>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_day`.
    #[must_use]
    pub fn with_end_day(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.end_day = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn with_end_time(mut self, value: impl Into<Time>) -> Self {
        self.end_time = value.into();
        self
    }
}

impl serde::Serialize for CreateAbsenceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.agent_id {
            map.serialize_entry("agent_id", value)?;
        }
        if let Some(value) = &self.agent_email {
            map.serialize_entry("agent_email", value)?;
        }
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("first_day", &self.first_day)?;
        map.serialize_entry("start_time", &self.start_time)?;
        map.serialize_entry("end_day", &self.end_day)?;
        map.serialize_entry("end_time", &self.end_time)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateAbsenceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreateAbsenceRequest {
    const NAME: &'static str = "CreateAbsenceRequest";
    const FIELDS: &'static [&'static str] = &[
        "agent_id",
        "agent_email",
        "title",
        "first_day",
        "start_time",
        "end_day",
        "end_time",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "agent_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "agent_email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "title")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "first_day")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "start_time")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "end_day")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "end_time")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            agent_id: crate::runtime::decode::optional(v0),
            agent_email: crate::runtime::decode::optional(v1),
            title: crate::runtime::decode::required(v2, "title")?,
            first_day: crate::runtime::decode::required(v3, "first_day")?,
            start_time: crate::runtime::decode::required(v4, "start_time")?,
            end_day: crate::runtime::decode::required(v5, "end_day")?,
            end_time: crate::runtime::decode::required(v6, "end_time")?,
        })
    }
}

/// Fields of an absence to change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateAbsenceRequest {
    /// Title of the absence.
    pub title: Option<String>,
    /// First day (DATE, `YYYY-MM-DD`).
    pub first_day: Option<chrono::NaiveDate>,
    pub start_time: Option<Time>,
    /// Last day (DATE, `YYYY-MM-DD`).
    pub end_day: Option<chrono::NaiveDate>,
    pub end_time: Option<Time>,
}

impl UpdateAbsenceRequest {
    /// A new `UpdateAbsenceRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            title: None,
            first_day: None,
            start_time: None,
            end_day: None,
            end_time: None,
        }
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `first_day`.
    #[must_use]
    pub fn with_first_day(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.first_day = Some(value.into());
        self
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn with_start_time(mut self, value: impl Into<Time>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// Sets `end_day`.
    #[must_use]
    pub fn with_end_day(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.end_day = Some(value.into());
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn with_end_time(mut self, value: impl Into<Time>) -> Self {
        self.end_time = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateAbsenceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.first_day {
            map.serialize_entry("first_day", value)?;
        }
        if let Some(value) = &self.start_time {
            map.serialize_entry("start_time", value)?;
        }
        if let Some(value) = &self.end_day {
            map.serialize_entry("end_day", value)?;
        }
        if let Some(value) = &self.end_time {
            map.serialize_entry("end_time", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateAbsenceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateAbsenceRequest {
    const NAME: &'static str = "UpdateAbsenceRequest";
    const FIELDS: &'static [&'static str] = &[
        "title",
        "first_day",
        "start_time",
        "end_day",
        "end_time",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "title")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "first_day")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "start_time")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "end_day")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "end_time")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            title: crate::runtime::decode::optional(v0),
            first_day: crate::runtime::decode::optional(v1),
            start_time: crate::runtime::decode::optional(v2),
            end_day: crate::runtime::decode::optional(v3),
            end_time: crate::runtime::decode::optional(v4),
        })
    }
}

/// A time of day in the API's TIME format, `H:m[:s]`, e.g. `10:30`.
pub type Time = String;

/// Category of a motif.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MotifCategory {
    pub id: i64,
    pub name: String,
    pub short_name: String,
}

impl MotifCategory {
    /// A new `MotifCategory` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        name: impl Into<String>,
        short_name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            short_name: short_name.into(),
        }
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
        self.name = value.into();
        self
    }

    /// Sets `short_name`.
    #[must_use]
    pub fn with_short_name(mut self, value: impl Into<String>) -> Self {
        self.short_name = value.into();
        self
    }
}

impl serde::Serialize for MotifCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("short_name", &self.short_name)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MotifCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MotifCategory {
    const NAME: &'static str = "MotifCategory";
    const FIELDS: &'static [&'static str] = &["id", "name", "short_name"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "short_name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            name: crate::runtime::decode::required(v1, "name")?,
            short_name: crate::runtime::decode::required(v2, "short_name")?,
        })
    }
}

/// The reason (motif) of an RDV.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Motif {
    pub id: i64,
    pub name: String,
    pub organisation_id: i64,
    pub service_id: i64,
    /// Where the RDV takes place.
    pub location_type: MotifLocationType,
    /// Whether users can book this motif online.
    pub bookable_publicly: bool,
    /// Who can book this motif.
    pub bookable_by: MotifBookableBy,
    /// Whether RDVs of this motif are collective (several users).
    pub collectif: Option<bool>,
    /// Whether this is a follow-up motif (RDV with the user's referent).
    pub follow_up: Option<bool>,
    /// Instructions given to the user for the RDV.
    pub instruction_for_rdv: Option<String>,
    /// Deletion time (`YYYY-MM-DD HH:MM:SS +ZZZZ`), `null` for an active motif.
    pub deleted_at: Option<String>,
    pub motif_category: Option<MotifCategory>,
}

impl Motif {
    /// A new `Motif` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        name: impl Into<String>,
        organisation_id: impl Into<i64>,
        service_id: impl Into<i64>,
        location_type: impl Into<MotifLocationType>,
        bookable_publicly: impl Into<bool>,
        bookable_by: impl Into<MotifBookableBy>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            organisation_id: organisation_id.into(),
            service_id: service_id.into(),
            location_type: location_type.into(),
            bookable_publicly: bookable_publicly.into(),
            bookable_by: bookable_by.into(),
            collectif: None,
            follow_up: None,
            instruction_for_rdv: None,
            deleted_at: None,
            motif_category: None,
        }
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
        self.name = value.into();
        self
    }

    /// Sets `organisation_id`.
    #[must_use]
    pub fn with_organisation_id(mut self, value: impl Into<i64>) -> Self {
        self.organisation_id = value.into();
        self
    }

    /// Sets `service_id`.
    #[must_use]
    pub fn with_service_id(mut self, value: impl Into<i64>) -> Self {
        self.service_id = value.into();
        self
    }

    /// Sets `location_type`.
    #[must_use]
    pub fn with_location_type(mut self, value: impl Into<MotifLocationType>) -> Self {
        self.location_type = value.into();
        self
    }

    /// Sets `bookable_publicly`.
    #[must_use]
    pub fn with_bookable_publicly(mut self, value: impl Into<bool>) -> Self {
        self.bookable_publicly = value.into();
        self
    }

    /// Sets `bookable_by`.
    #[must_use]
    pub fn with_bookable_by(mut self, value: impl Into<MotifBookableBy>) -> Self {
        self.bookable_by = value.into();
        self
    }

    /// Sets `collectif`.
    #[must_use]
    pub fn with_collectif(mut self, value: impl Into<bool>) -> Self {
        self.collectif = Some(value.into());
        self
    }

    /// Sets `follow_up`.
    #[must_use]
    pub fn with_follow_up(mut self, value: impl Into<bool>) -> Self {
        self.follow_up = Some(value.into());
        self
    }

    /// Sets `instruction_for_rdv`.
    #[must_use]
    pub fn with_instruction_for_rdv(mut self, value: impl Into<String>) -> Self {
        self.instruction_for_rdv = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(mut self, value: impl Into<String>) -> Self {
        self.deleted_at = Some(value.into());
        self
    }

    /// Sets `motif_category`.
    #[must_use]
    pub fn with_motif_category(mut self, value: impl Into<MotifCategory>) -> Self {
        self.motif_category = Some(value.into());
        self
    }
}

impl serde::Serialize for Motif {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("organisation_id", &self.organisation_id)?;
        map.serialize_entry("service_id", &self.service_id)?;
        map.serialize_entry("location_type", &self.location_type)?;
        map.serialize_entry("bookable_publicly", &self.bookable_publicly)?;
        map.serialize_entry("bookable_by", &self.bookable_by)?;
        if let Some(value) = &self.collectif {
            map.serialize_entry("collectif", value)?;
        }
        if let Some(value) = &self.follow_up {
            map.serialize_entry("follow_up", value)?;
        }
        if let Some(value) = &self.instruction_for_rdv {
            map.serialize_entry("instruction_for_rdv", value)?;
        }
        map.serialize_entry("deleted_at", &self.deleted_at)?;
        if let Some(value) = &self.motif_category {
            map.serialize_entry("motif_category", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Motif {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Motif {
    const NAME: &'static str = "Motif";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "organisation_id",
        "service_id",
        "location_type",
        "bookable_publicly",
        "bookable_by",
        "collectif",
        "follow_up",
        "instruction_for_rdv",
        "deleted_at",
        "motif_category",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "organisation_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "service_id")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "location_type")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v5,
                        "bookable_publicly",
                    )?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "bookable_by")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "collectif")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "follow_up")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "instruction_for_rdv",
                    )?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "deleted_at")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "motif_category")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            name: crate::runtime::decode::required(v1, "name")?,
            organisation_id: crate::runtime::decode::required(v2, "organisation_id")?,
            service_id: crate::runtime::decode::required(v3, "service_id")?,
            location_type: crate::runtime::decode::required(v4, "location_type")?,
            bookable_publicly: crate::runtime::decode::required(
                v5,
                "bookable_publicly",
            )?,
            bookable_by: crate::runtime::decode::required(v6, "bookable_by")?,
            collectif: crate::runtime::decode::optional(v7),
            follow_up: crate::runtime::decode::optional(v8),
            instruction_for_rdv: crate::runtime::decode::optional(v9),
            deleted_at: crate::runtime::decode::optional(v10),
            motif_category: crate::runtime::decode::optional(v11),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MotifList {
    pub motifs: Vec<Motif>,
    pub meta: Meta,
}

impl MotifList {
    /// A new `MotifList` from its required fields; the others are unset or at their default.
    pub fn new(motifs: impl Into<Vec<Motif>>, meta: impl Into<Meta>) -> Self {
        Self {
            motifs: motifs.into(),
            meta: meta.into(),
        }
    }

    /// Sets `motifs`.
    #[must_use]
    pub fn with_motifs(mut self, value: impl Into<Vec<Motif>>) -> Self {
        self.motifs = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for MotifList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("motifs", &self.motifs)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MotifList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MotifList {
    const NAME: &'static str = "MotifList";
    const FIELDS: &'static [&'static str] = &["motifs", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "motifs")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            motifs: crate::runtime::decode::required(v0, "motifs")?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// The place (lieu) of an RDV.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Lieu {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub organisation_id: i64,
    pub phone_number: Option<String>,
    /// Whether the place was created for a single RDV.
    pub single_use: bool,
}

impl Lieu {
    /// A new `Lieu` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        name: impl Into<String>,
        address: impl Into<String>,
        organisation_id: impl Into<i64>,
        single_use: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            address: address.into(),
            organisation_id: organisation_id.into(),
            phone_number: None,
            single_use: single_use.into(),
        }
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
        self.name = value.into();
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `organisation_id`.
    #[must_use]
    pub fn with_organisation_id(mut self, value: impl Into<i64>) -> Self {
        self.organisation_id = value.into();
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `single_use`.
    #[must_use]
    pub fn with_single_use(mut self, value: impl Into<bool>) -> Self {
        self.single_use = value.into();
        self
    }
}

impl serde::Serialize for Lieu {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("address", &self.address)?;
        map.serialize_entry("organisation_id", &self.organisation_id)?;
        map.serialize_entry("phone_number", &self.phone_number)?;
        map.serialize_entry("single_use", &self.single_use)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Lieu {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Lieu {
    const NAME: &'static str = "Lieu";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "address",
        "organisation_id",
        "phone_number",
        "single_use",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "address")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "organisation_id")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "phone_number")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "single_use")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            name: crate::runtime::decode::required(v1, "name")?,
            address: crate::runtime::decode::required(v2, "address")?,
            organisation_id: crate::runtime::decode::required(v3, "organisation_id")?,
            phone_number: crate::runtime::decode::optional(v4),
            single_use: crate::runtime::decode::required(v5, "single_use")?,
        })
    }
}

/// Status of an RDV or of one participation: `unknown` (upcoming or not yet filled in),
/// `seen`, `excused` (cancelled by the user), `revoked` (cancelled by the service),
/// `noshow`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RdvStatus {
    /// `unknown`
    Unknown,
    /// `seen`
    Seen,
    /// `excused`
    Excused,
    /// `revoked`
    Revoked,
    /// `noshow`
    NoShow,
    /// A value this version of the client does not know, kept as sent.
    Other(String),
}

impl RdvStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Seen => "seen",
            Self::Excused => "excused",
            Self::Revoked => "revoked",
            Self::NoShow => "noshow",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for RdvStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for RdvStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unknown" => Self::Unknown,
            "seen" => Self::Seen,
            "excused" => Self::Excused,
            "revoked" => Self::Revoked,
            "noshow" => Self::NoShow,
            _ => Self::Other(value),
        }
    }
}

impl serde::Serialize for RdvStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RdvStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Deprecated in favour of `created_by_type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreatedBy {
    /// `agent`
    Agent,
    /// `user`
    User,
    /// `file_attente`
    FileAttente,
    /// `prescripteur`
    Prescripteur,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CreatedBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::User => "user",
            Self::FileAttente => "file_attente",
            Self::Prescripteur => "prescripteur",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CreatedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CreatedBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "agent" => Self::Agent,
            "user" => Self::User,
            "file_attente" => Self::FileAttente,
            "prescripteur" => Self::Prescripteur,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CreatedBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Kind of author of an RDV or participation (`FileAttente` only for RDVs).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreatedByType {
    /// `Agent`
    Agent,
    /// `User`
    User,
    /// `FileAttente`
    FileAttente,
    /// `Prescripteur`
    Prescripteur,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CreatedByType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "Agent",
            Self::User => "User",
            Self::FileAttente => "FileAttente",
            Self::Prescripteur => "Prescripteur",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CreatedByType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CreatedByType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Agent" => Self::Agent,
            "User" => Self::User,
            "FileAttente" => Self::FileAttente,
            "Prescripteur" => Self::Prescripteur,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CreatedByType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatedByType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// An appointment (rendez-vous). `status` is the RDV's overall status; each participant has
/// their own status in `participations`, which should be preferred (for a `collectif` RDV
/// they may differ). `users_count` is the live number of participants, not counting the
/// `revoked` and `excused` ones.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Rdv {
    pub id: i64,
    pub uuid: uuid::Uuid,
    /// Start, `YYYY-MM-DD HH:MM:SS +ZZZZ`.
    pub starts_at: String,
    /// End, `YYYY-MM-DD HH:MM:SS +ZZZZ`.
    pub ends_at: Option<String>,
    pub duration_in_min: i32,
    pub status: RdvStatus,
    /// Cancellation time (`YYYY-MM-DD HH:MM:SS +ZZZZ`), `null` if not cancelled.
    pub cancelled_at: Option<String>,
    /// Address of the RDV.
    pub address: String,
    /// Whether the RDV is collective (several users).
    pub collectif: bool,
    /// Free-text context given by the agent.
    pub context: Option<String>,
    /// Name of a collective RDV.
    pub name: Option<String>,
    /// Maximum number of participants of a collective RDV.
    pub max_participants_count: Option<i32>,
    /// Live number of participants, excluding `revoked` and `excused`.
    pub users_count: i32,
    /// Deprecated.
    pub created_by: Option<CreatedBy>,
    pub created_by_type: CreatedByType,
    pub created_by_id: Option<i64>,
    pub agents: Vec<Agent>,
    /// Place of the RDV; `null` for phone or home RDVs.
    pub lieu: Option<Lieu>,
    pub motif: Motif,
    pub organisation: Organisation,
    pub participations: Vec<Participation>,
    pub users: Vec<User>,
}

impl Rdv {
    /// A new `Rdv` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        uuid: impl Into<uuid::Uuid>,
        starts_at: impl Into<String>,
        duration_in_min: impl Into<i32>,
        status: impl Into<RdvStatus>,
        address: impl Into<String>,
        collectif: impl Into<bool>,
        users_count: impl Into<i32>,
        created_by_type: impl Into<CreatedByType>,
        agents: impl Into<Vec<Agent>>,
        motif: impl Into<Motif>,
        organisation: impl Into<Organisation>,
        participations: impl Into<Vec<Participation>>,
        users: impl Into<Vec<User>>,
    ) -> Self {
        Self {
            id: id.into(),
            uuid: uuid.into(),
            starts_at: starts_at.into(),
            ends_at: None,
            duration_in_min: duration_in_min.into(),
            status: status.into(),
            cancelled_at: None,
            address: address.into(),
            collectif: collectif.into(),
            context: None,
            name: None,
            max_participants_count: None,
            users_count: users_count.into(),
            created_by: None,
            created_by_type: created_by_type.into(),
            created_by_id: None,
            agents: agents.into(),
            lieu: None,
            motif: motif.into(),
            organisation: organisation.into(),
            participations: participations.into(),
            users: users.into(),
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `uuid`.
    #[must_use]
    pub fn with_uuid(mut self, value: impl Into<uuid::Uuid>) -> Self {
        self.uuid = value.into();
        self
    }

    /// Sets `starts_at`.
    #[must_use]
    pub fn with_starts_at(mut self, value: impl Into<String>) -> Self {
        self.starts_at = value.into();
        self
    }

    /// Sets `ends_at`.
    #[must_use]
    pub fn with_ends_at(mut self, value: impl Into<String>) -> Self {
        self.ends_at = Some(value.into());
        self
    }

    /// Sets `duration_in_min`.
    #[must_use]
    pub fn with_duration_in_min(mut self, value: impl Into<i32>) -> Self {
        self.duration_in_min = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<RdvStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `cancelled_at`.
    #[must_use]
    pub fn with_cancelled_at(mut self, value: impl Into<String>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `collectif`.
    #[must_use]
    pub fn with_collectif(mut self, value: impl Into<bool>) -> Self {
        self.collectif = value.into();
        self
    }

    /// Sets `context`.
    #[must_use]
    pub fn with_context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `max_participants_count`.
    #[must_use]
    pub fn with_max_participants_count(mut self, value: impl Into<i32>) -> Self {
        self.max_participants_count = Some(value.into());
        self
    }

    /// Sets `users_count`.
    #[must_use]
    pub fn with_users_count(mut self, value: impl Into<i32>) -> Self {
        self.users_count = value.into();
        self
    }

    /// Sets `created_by`.
    #[must_use]
    pub fn with_created_by(mut self, value: impl Into<CreatedBy>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Sets `created_by_type`.
    #[must_use]
    pub fn with_created_by_type(mut self, value: impl Into<CreatedByType>) -> Self {
        self.created_by_type = value.into();
        self
    }

    /// Sets `created_by_id`.
    #[must_use]
    pub fn with_created_by_id(mut self, value: impl Into<i64>) -> Self {
        self.created_by_id = Some(value.into());
        self
    }

    /// Sets `agents`.
    #[must_use]
    pub fn with_agents(mut self, value: impl Into<Vec<Agent>>) -> Self {
        self.agents = value.into();
        self
    }

    /// Sets `lieu`.
    #[must_use]
    pub fn with_lieu(mut self, value: impl Into<Lieu>) -> Self {
        self.lieu = Some(value.into());
        self
    }

    /// Sets `motif`.
    #[must_use]
    pub fn with_motif(mut self, value: impl Into<Motif>) -> Self {
        self.motif = value.into();
        self
    }

    /// Sets `organisation`.
    #[must_use]
    pub fn with_organisation(mut self, value: impl Into<Organisation>) -> Self {
        self.organisation = value.into();
        self
    }

    /// Sets `participations`.
    #[must_use]
    pub fn with_participations(mut self, value: impl Into<Vec<Participation>>) -> Self {
        self.participations = value.into();
        self
    }

    /// Sets `users`.
    #[must_use]
    pub fn with_users(mut self, value: impl Into<Vec<User>>) -> Self {
        self.users = value.into();
        self
    }
}

impl serde::Serialize for Rdv {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("uuid", &self.uuid)?;
        map.serialize_entry("starts_at", &self.starts_at)?;
        if let Some(value) = &self.ends_at {
            map.serialize_entry("ends_at", value)?;
        }
        map.serialize_entry("duration_in_min", &self.duration_in_min)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("cancelled_at", &self.cancelled_at)?;
        map.serialize_entry("address", &self.address)?;
        map.serialize_entry("collectif", &self.collectif)?;
        map.serialize_entry("context", &self.context)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("max_participants_count", &self.max_participants_count)?;
        map.serialize_entry("users_count", &self.users_count)?;
        if let Some(value) = &self.created_by {
            map.serialize_entry("created_by", value)?;
        }
        map.serialize_entry("created_by_type", &self.created_by_type)?;
        if let Some(value) = &self.created_by_id {
            map.serialize_entry("created_by_id", value)?;
        }
        map.serialize_entry("agents", &self.agents)?;
        map.serialize_entry("lieu", &self.lieu)?;
        map.serialize_entry("motif", &self.motif)?;
        map.serialize_entry("organisation", &self.organisation)?;
        map.serialize_entry("participations", &self.participations)?;
        map.serialize_entry("users", &self.users)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Rdv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Rdv {
    const NAME: &'static str = "Rdv";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uuid",
        "starts_at",
        "ends_at",
        "duration_in_min",
        "status",
        "cancelled_at",
        "address",
        "collectif",
        "context",
        "name",
        "max_participants_count",
        "users_count",
        "created_by",
        "created_by_type",
        "created_by_id",
        "agents",
        "lieu",
        "motif",
        "organisation",
        "participations",
        "users",
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
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        let mut v18 = None;
        let mut v19 = None;
        let mut v20 = None;
        let mut v21 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "uuid")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "starts_at")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "ends_at")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "duration_in_min")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "status")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "cancelled_at")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "address")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "collectif")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "context")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "name")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v11,
                        "max_participants_count",
                    )?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "users_count")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "created_by")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "created_by_type")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "created_by_id")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "agents")?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "lieu")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "motif")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "organisation")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(&mut map, &mut v20, "participations")?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(&mut map, &mut v21, "users")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            uuid: crate::runtime::decode::required(v1, "uuid")?,
            starts_at: crate::runtime::decode::required(v2, "starts_at")?,
            ends_at: crate::runtime::decode::optional(v3),
            duration_in_min: crate::runtime::decode::required(v4, "duration_in_min")?,
            status: crate::runtime::decode::required(v5, "status")?,
            cancelled_at: crate::runtime::decode::optional(v6),
            address: crate::runtime::decode::required(v7, "address")?,
            collectif: crate::runtime::decode::required(v8, "collectif")?,
            context: crate::runtime::decode::optional(v9),
            name: crate::runtime::decode::optional(v10),
            max_participants_count: crate::runtime::decode::optional(v11),
            users_count: crate::runtime::decode::required(v12, "users_count")?,
            created_by: crate::runtime::decode::optional(v13),
            created_by_type: crate::runtime::decode::required(v14, "created_by_type")?,
            created_by_id: crate::runtime::decode::optional(v15),
            agents: crate::runtime::decode::required(v16, "agents")?,
            lieu: crate::runtime::decode::optional(v17),
            motif: crate::runtime::decode::required(v18, "motif")?,
            organisation: crate::runtime::decode::required(v19, "organisation")?,
            participations: crate::runtime::decode::required(v20, "participations")?,
            users: crate::runtime::decode::required(v21, "users")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RdvList {
    pub rdvs: Vec<Rdv>,
    pub meta: Meta,
}

impl RdvList {
    /// A new `RdvList` from its required fields; the others are unset or at their default.
    pub fn new(rdvs: impl Into<Vec<Rdv>>, meta: impl Into<Meta>) -> Self {
        Self {
            rdvs: rdvs.into(),
            meta: meta.into(),
        }
    }

    /// Sets `rdvs`.
    #[must_use]
    pub fn with_rdvs(mut self, value: impl Into<Vec<Rdv>>) -> Self {
        self.rdvs = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for RdvList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("rdvs", &self.rdvs)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RdvList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for RdvList {
    const NAME: &'static str = "RdvList";
    const FIELDS: &'static [&'static str] = &["rdvs", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "rdvs")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            rdvs: crate::runtime::decode::required(v0, "rdvs")?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// A user's participation in an RDV, with its own status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Participation {
    pub id: Option<i64>,
    pub status: RdvStatus,
    pub user: User,
    pub send_lifecycle_notifications: bool,
    pub send_reminder_notification: bool,
    /// Deprecated.
    pub created_by: Option<CreatedBy>,
    pub created_by_type: CreatedByType,
    pub created_by_id: Option<i64>,
    pub created_by_agent_prescripteur: Option<bool>,
}

impl Participation {
    /// A new `Participation` from its required fields; the others are unset or at their default.
    pub fn new(
        status: impl Into<RdvStatus>,
        user: impl Into<User>,
        send_lifecycle_notifications: impl Into<bool>,
        send_reminder_notification: impl Into<bool>,
        created_by_type: impl Into<CreatedByType>,
    ) -> Self {
        Self {
            id: None,
            status: status.into(),
            user: user.into(),
            send_lifecycle_notifications: send_lifecycle_notifications.into(),
            send_reminder_notification: send_reminder_notification.into(),
            created_by: None,
            created_by_type: created_by_type.into(),
            created_by_id: None,
            created_by_agent_prescripteur: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<RdvStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn with_user(mut self, value: impl Into<User>) -> Self {
        self.user = value.into();
        self
    }

    /// Sets `send_lifecycle_notifications`.
    #[must_use]
    pub fn with_send_lifecycle_notifications(mut self, value: impl Into<bool>) -> Self {
        self.send_lifecycle_notifications = value.into();
        self
    }

    /// Sets `send_reminder_notification`.
    #[must_use]
    pub fn with_send_reminder_notification(mut self, value: impl Into<bool>) -> Self {
        self.send_reminder_notification = value.into();
        self
    }

    /// Sets `created_by`.
    #[must_use]
    pub fn with_created_by(mut self, value: impl Into<CreatedBy>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Sets `created_by_type`.
    #[must_use]
    pub fn with_created_by_type(mut self, value: impl Into<CreatedByType>) -> Self {
        self.created_by_type = value.into();
        self
    }

    /// Sets `created_by_id`.
    #[must_use]
    pub fn with_created_by_id(mut self, value: impl Into<i64>) -> Self {
        self.created_by_id = Some(value.into());
        self
    }

    /// Sets `created_by_agent_prescripteur`.
    #[must_use]
    pub fn with_created_by_agent_prescripteur(mut self, value: impl Into<bool>) -> Self {
        self.created_by_agent_prescripteur = Some(value.into());
        self
    }
}

impl serde::Serialize for Participation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("user", &self.user)?;
        map.serialize_entry(
            "send_lifecycle_notifications",
            &self.send_lifecycle_notifications,
        )?;
        map.serialize_entry(
            "send_reminder_notification",
            &self.send_reminder_notification,
        )?;
        if let Some(value) = &self.created_by {
            map.serialize_entry("created_by", value)?;
        }
        map.serialize_entry("created_by_type", &self.created_by_type)?;
        if let Some(value) = &self.created_by_id {
            map.serialize_entry("created_by_id", value)?;
        }
        if let Some(value) = &self.created_by_agent_prescripteur {
            map.serialize_entry("created_by_agent_prescripteur", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Participation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Participation {
    const NAME: &'static str = "Participation";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "status",
        "user",
        "send_lifecycle_notifications",
        "send_reminder_notification",
        "created_by",
        "created_by_type",
        "created_by_id",
        "created_by_agent_prescripteur",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "status")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "user")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v3,
                        "send_lifecycle_notifications",
                    )?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v4,
                        "send_reminder_notification",
                    )?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "created_by")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "created_by_type")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "created_by_id")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "created_by_agent_prescripteur",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            status: crate::runtime::decode::required(v1, "status")?,
            user: crate::runtime::decode::required(v2, "user")?,
            send_lifecycle_notifications: crate::runtime::decode::required(
                v3,
                "send_lifecycle_notifications",
            )?,
            send_reminder_notification: crate::runtime::decode::required(
                v4,
                "send_reminder_notification",
            )?,
            created_by: crate::runtime::decode::optional(v5),
            created_by_type: crate::runtime::decode::required(v6, "created_by_type")?,
            created_by_id: crate::runtime::decode::optional(v7),
            created_by_agent_prescripteur: crate::runtime::decode::optional(v8),
        })
    }
}

/// Benefits office (caisse d'affiliation).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaisseAffiliation {
    /// `aucun`
    Aucun,
    /// `caf`
    Caf,
    /// `msa`
    Msa,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CaisseAffiliation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aucun => "aucun",
            Self::Caf => "caf",
            Self::Msa => "msa",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CaisseAffiliation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CaisseAffiliation {
    fn from(value: String) -> Self {
        match value.as_str() {
            "aucun" => Self::Aucun,
            "caf" => Self::Caf,
            "msa" => Self::Msa,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CaisseAffiliation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CaisseAffiliation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Family situation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FamilySituation {
    /// `single`
    Single,
    /// `in_a_relationship`
    InARelationship,
    /// `divorced`
    Divorced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl FamilySituation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "single",
            Self::InARelationship => "in_a_relationship",
            Self::Divorced => "divorced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for FamilySituation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for FamilySituation {
    fn from(value: String) -> Self {
        match value.as_str() {
            "single" => Self::Single,
            "in_a_relationship" => Self::InARelationship,
            "divorced" => Self::Divorced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for FamilySituation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FamilySituation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Housing situation (logement).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Logement {
    /// `sdf`
    Sdf,
    /// `heberge`
    Heberge,
    /// `en_accession_propriete`
    EnAccessionPropriete,
    /// `proprietaire`
    Proprietaire,
    /// `autre`
    Autre,
    /// `locataire`
    Locataire,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl Logement {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sdf => "sdf",
            Self::Heberge => "heberge",
            Self::EnAccessionPropriete => "en_accession_propriete",
            Self::Proprietaire => "proprietaire",
            Self::Autre => "autre",
            Self::Locataire => "locataire",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Logement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Logement {
    fn from(value: String) -> Self {
        match value.as_str() {
            "sdf" => Self::Sdf,
            "heberge" => Self::Heberge,
            "en_accession_propriete" => Self::EnAccessionPropriete,
            "proprietaire" => Self::Proprietaire,
            "autre" => Self::Autre,
            "locataire" => Self::Locataire,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Logement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Logement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A user (usager·ère). (The published document misspells `birth_date` and `birth_name`
/// as `bith_date` and `bith_name` in its property list.)
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct User {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub birth_name: Option<String>,
    pub birth_date: Option<chrono::NaiveDate>,
    pub email: Option<String>,
    /// Phone number as entered.
    pub phone_number: Option<String>,
    /// Phone number in E.164 form, e.g. `+33600008012`.
    pub phone_number_formatted: Option<String>,
    pub address: Option<String>,
    pub address_details: Option<String>,
    pub caisse_affiliation: Option<CaisseAffiliation>,
    pub affiliation_number: Option<String>,
    pub family_situation: Option<FamilySituation>,
    pub number_of_children: Option<i32>,
    pub logement: Option<Logement>,
    pub notes: Option<String>,
    pub case_number: Option<String>,
    pub notify_by_sms: bool,
    pub notify_by_email: bool,
    /// Creation time, `YYYY-MM-DD HH:MM:SS +ZZZZ`.
    pub created_at: String,
    /// When the user was invited to create an account.
    pub invitation_created_at: Option<String>,
    /// When the user accepted the invitation.
    pub invitation_accepted_at: Option<String>,
    /// Identifier of the user responsible for this one (e.g. a child's parent).
    pub responsible_id: Option<i64>,
    /// The responsible user, with the same fields as `User`; `null` when there is none.
    /// Kept as a free-form object so that `null` stays valid (OpenAPI 3.0 `nullable` does
    /// not apply through a `$ref`).
    pub responsible: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The user's profiles in the organisations the agent can see; only filled in by
    /// `getUser`, `null` elsewhere.
    pub user_profiles: Option<Vec<UserProfile>>,
}

impl User {
    /// A new `User` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        notify_by_sms: impl Into<bool>,
        notify_by_email: impl Into<bool>,
        created_at: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
            birth_name: None,
            birth_date: None,
            email: None,
            phone_number: None,
            phone_number_formatted: None,
            address: None,
            address_details: None,
            caisse_affiliation: None,
            affiliation_number: None,
            family_situation: None,
            number_of_children: None,
            logement: None,
            notes: None,
            case_number: None,
            notify_by_sms: notify_by_sms.into(),
            notify_by_email: notify_by_email.into(),
            created_at: created_at.into(),
            invitation_created_at: None,
            invitation_accepted_at: None,
            responsible_id: None,
            responsible: None,
            user_profiles: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `first_name`.
    #[must_use]
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = value.into();
        self
    }

    /// Sets `last_name`.
    #[must_use]
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = value.into();
        self
    }

    /// Sets `birth_name`.
    #[must_use]
    pub fn with_birth_name(mut self, value: impl Into<String>) -> Self {
        self.birth_name = Some(value.into());
        self
    }

    /// Sets `birth_date`.
    #[must_use]
    pub fn with_birth_date(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.birth_date = Some(value.into());
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `phone_number_formatted`.
    #[must_use]
    pub fn with_phone_number_formatted(mut self, value: impl Into<String>) -> Self {
        self.phone_number_formatted = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `address_details`.
    #[must_use]
    pub fn with_address_details(mut self, value: impl Into<String>) -> Self {
        self.address_details = Some(value.into());
        self
    }

    /// Sets `caisse_affiliation`.
    #[must_use]
    pub fn with_caisse_affiliation(
        mut self,
        value: impl Into<CaisseAffiliation>,
    ) -> Self {
        self.caisse_affiliation = Some(value.into());
        self
    }

    /// Sets `affiliation_number`.
    #[must_use]
    pub fn with_affiliation_number(mut self, value: impl Into<String>) -> Self {
        self.affiliation_number = Some(value.into());
        self
    }

    /// Sets `family_situation`.
    #[must_use]
    pub fn with_family_situation(mut self, value: impl Into<FamilySituation>) -> Self {
        self.family_situation = Some(value.into());
        self
    }

    /// Sets `number_of_children`.
    #[must_use]
    pub fn with_number_of_children(mut self, value: impl Into<i32>) -> Self {
        self.number_of_children = Some(value.into());
        self
    }

    /// Sets `logement`.
    #[must_use]
    pub fn with_logement(mut self, value: impl Into<Logement>) -> Self {
        self.logement = Some(value.into());
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }

    /// Sets `case_number`.
    #[must_use]
    pub fn with_case_number(mut self, value: impl Into<String>) -> Self {
        self.case_number = Some(value.into());
        self
    }

    /// Sets `notify_by_sms`.
    #[must_use]
    pub fn with_notify_by_sms(mut self, value: impl Into<bool>) -> Self {
        self.notify_by_sms = value.into();
        self
    }

    /// Sets `notify_by_email`.
    #[must_use]
    pub fn with_notify_by_email(mut self, value: impl Into<bool>) -> Self {
        self.notify_by_email = value.into();
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = value.into();
        self
    }

    /// Sets `invitation_created_at`.
    #[must_use]
    pub fn with_invitation_created_at(mut self, value: impl Into<String>) -> Self {
        self.invitation_created_at = Some(value.into());
        self
    }

    /// Sets `invitation_accepted_at`.
    #[must_use]
    pub fn with_invitation_accepted_at(mut self, value: impl Into<String>) -> Self {
        self.invitation_accepted_at = Some(value.into());
        self
    }

    /// Sets `responsible_id`.
    #[must_use]
    pub fn with_responsible_id(mut self, value: impl Into<i64>) -> Self {
        self.responsible_id = Some(value.into());
        self
    }

    /// Sets `responsible`.
    #[must_use]
    pub fn with_responsible(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.responsible = Some(value.into());
        self
    }

    /// Sets `user_profiles`.
    #[must_use]
    pub fn with_user_profiles(mut self, value: impl Into<Vec<UserProfile>>) -> Self {
        self.user_profiles = Some(value.into());
        self
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("first_name", &self.first_name)?;
        map.serialize_entry("last_name", &self.last_name)?;
        map.serialize_entry("birth_name", &self.birth_name)?;
        map.serialize_entry("birth_date", &self.birth_date)?;
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        map.serialize_entry("phone_number", &self.phone_number)?;
        map.serialize_entry("phone_number_formatted", &self.phone_number_formatted)?;
        map.serialize_entry("address", &self.address)?;
        map.serialize_entry("address_details", &self.address_details)?;
        if let Some(value) = &self.caisse_affiliation {
            map.serialize_entry("caisse_affiliation", value)?;
        }
        map.serialize_entry("affiliation_number", &self.affiliation_number)?;
        if let Some(value) = &self.family_situation {
            map.serialize_entry("family_situation", value)?;
        }
        if let Some(value) = &self.number_of_children {
            map.serialize_entry("number_of_children", value)?;
        }
        if let Some(value) = &self.logement {
            map.serialize_entry("logement", value)?;
        }
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        map.serialize_entry("case_number", &self.case_number)?;
        map.serialize_entry("notify_by_sms", &self.notify_by_sms)?;
        map.serialize_entry("notify_by_email", &self.notify_by_email)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("invitation_created_at", &self.invitation_created_at)?;
        map.serialize_entry("invitation_accepted_at", &self.invitation_accepted_at)?;
        map.serialize_entry("responsible_id", &self.responsible_id)?;
        map.serialize_entry("responsible", &self.responsible)?;
        map.serialize_entry("user_profiles", &self.user_profiles)?;
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
    const FIELDS: &'static [&'static str] = &[
        "id",
        "first_name",
        "last_name",
        "birth_name",
        "birth_date",
        "email",
        "phone_number",
        "phone_number_formatted",
        "address",
        "address_details",
        "caisse_affiliation",
        "affiliation_number",
        "family_situation",
        "number_of_children",
        "logement",
        "notes",
        "case_number",
        "notify_by_sms",
        "notify_by_email",
        "created_at",
        "invitation_created_at",
        "invitation_accepted_at",
        "responsible_id",
        "responsible",
        "user_profiles",
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
        let mut v24 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "first_name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "last_name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "birth_name")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "birth_date")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "email")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "phone_number")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v7,
                        "phone_number_formatted",
                    )?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "address")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "address_details")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v10,
                        "caisse_affiliation",
                    )?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v11,
                        "affiliation_number",
                    )?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v12,
                        "family_situation",
                    )?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v13,
                        "number_of_children",
                    )?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "logement")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "notes")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "case_number")?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "notify_by_sms")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "notify_by_email")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "created_at")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v20,
                        "invitation_created_at",
                    )?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v21,
                        "invitation_accepted_at",
                    )?
                }
                crate::runtime::decode::Key::Field(22) => {
                    crate::runtime::decode::value(&mut map, &mut v22, "responsible_id")?
                }
                crate::runtime::decode::Key::Field(23) => {
                    crate::runtime::decode::value(&mut map, &mut v23, "responsible")?
                }
                crate::runtime::decode::Key::Field(24) => {
                    crate::runtime::decode::value(&mut map, &mut v24, "user_profiles")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            first_name: crate::runtime::decode::required(v1, "first_name")?,
            last_name: crate::runtime::decode::required(v2, "last_name")?,
            birth_name: crate::runtime::decode::optional(v3),
            birth_date: crate::runtime::decode::optional(v4),
            email: crate::runtime::decode::optional(v5),
            phone_number: crate::runtime::decode::optional(v6),
            phone_number_formatted: crate::runtime::decode::optional(v7),
            address: crate::runtime::decode::optional(v8),
            address_details: crate::runtime::decode::optional(v9),
            caisse_affiliation: crate::runtime::decode::optional(v10),
            affiliation_number: crate::runtime::decode::optional(v11),
            family_situation: crate::runtime::decode::optional(v12),
            number_of_children: crate::runtime::decode::optional(v13),
            logement: crate::runtime::decode::optional(v14),
            notes: crate::runtime::decode::optional(v15),
            case_number: crate::runtime::decode::optional(v16),
            notify_by_sms: crate::runtime::decode::required(v17, "notify_by_sms")?,
            notify_by_email: crate::runtime::decode::required(v18, "notify_by_email")?,
            created_at: crate::runtime::decode::required(v19, "created_at")?,
            invitation_created_at: crate::runtime::decode::optional(v20),
            invitation_accepted_at: crate::runtime::decode::optional(v21),
            responsible_id: crate::runtime::decode::optional(v22),
            responsible: crate::runtime::decode::optional(v23),
            user_profiles: crate::runtime::decode::optional(v24),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserEnvelope {
    pub user: User,
}

impl UserEnvelope {
    /// A new `UserEnvelope` from its required fields; the others are unset or at their default.
    pub fn new(user: impl Into<User>) -> Self {
        Self { user: user.into() }
    }

    /// Sets `user`.
    #[must_use]
    pub fn with_user(mut self, value: impl Into<User>) -> Self {
        self.user = value.into();
        self
    }
}

impl serde::Serialize for UserEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("user", &self.user)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UserEnvelope {
    const NAME: &'static str = "UserEnvelope";
    const FIELDS: &'static [&'static str] = &["user"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "user")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            user: crate::runtime::decode::required(v0, "user")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserList {
    pub users: Vec<User>,
    pub meta: Meta,
}

impl UserList {
    /// A new `UserList` from its required fields; the others are unset or at their default.
    pub fn new(users: impl Into<Vec<User>>, meta: impl Into<Meta>) -> Self {
        Self {
            users: users.into(),
            meta: meta.into(),
        }
    }

    /// Sets `users`.
    #[must_use]
    pub fn with_users(mut self, value: impl Into<Vec<User>>) -> Self {
        self.users = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for UserList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("users", &self.users)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UserList {
    const NAME: &'static str = "UserList";
    const FIELDS: &'static [&'static str] = &["users", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "users")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            users: crate::runtime::decode::required(v0, "users")?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// A new user.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateUserRequest {
    /// Organisations the user joins (at least one).
    pub organisation_ids: Vec<i64>,
    /// Agents to make the user's referents (only those the signed-in agent may manage are kept).
    pub referent_agent_ids: Option<Vec<i64>>,
    /// First name (prénom).
    pub first_name: String,
    /// Last name (nom).
    pub last_name: String,
    /// Birth name (nom de naissance).
    pub birth_name: Option<String>,
    /// Birth date (DATE, `YYYY-MM-DD`).
    pub birth_date: Option<chrono::NaiveDate>,
    pub email: Option<String>,
    pub phone_number: Option<String>,
    pub address: Option<String>,
    pub caisse_affiliation: Option<CaisseAffiliation>,
    /// Affiliation number at the caisse.
    pub affiliation_number: Option<String>,
    pub family_situation: Option<FamilySituation>,
    pub number_of_children: Option<i32>,
    /// Whether the user accepts SMS notifications.
    pub notify_by_sms: Option<bool>,
    /// Whether the user accepts email notifications.
    pub notify_by_email: Option<bool>,
    /// Identifier of the responsible user.
    pub responsible_id: Option<i64>,
}

impl CreateUserRequest {
    /// A new `CreateUserRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        organisation_ids: impl Into<Vec<i64>>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
    ) -> Self {
        Self {
            organisation_ids: organisation_ids.into(),
            referent_agent_ids: None,
            first_name: first_name.into(),
            last_name: last_name.into(),
            birth_name: None,
            birth_date: None,
            email: None,
            phone_number: None,
            address: None,
            caisse_affiliation: None,
            affiliation_number: None,
            family_situation: None,
            number_of_children: None,
            notify_by_sms: None,
            notify_by_email: None,
            responsible_id: None,
        }
    }

    /// Sets `organisation_ids`.
    #[must_use]
    pub fn with_organisation_ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.organisation_ids = value.into();
        self
    }

    /// Sets `referent_agent_ids`.
    #[must_use]
    pub fn with_referent_agent_ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.referent_agent_ids = Some(value.into());
        self
    }

    /// Sets `first_name`.
    #[must_use]
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = value.into();
        self
    }

    /// Sets `last_name`.
    #[must_use]
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = value.into();
        self
    }

    /// Sets `birth_name`.
    #[must_use]
    pub fn with_birth_name(mut self, value: impl Into<String>) -> Self {
        self.birth_name = Some(value.into());
        self
    }

    /// Sets `birth_date`.
    #[must_use]
    pub fn with_birth_date(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.birth_date = Some(value.into());
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `caisse_affiliation`.
    #[must_use]
    pub fn with_caisse_affiliation(
        mut self,
        value: impl Into<CaisseAffiliation>,
    ) -> Self {
        self.caisse_affiliation = Some(value.into());
        self
    }

    /// Sets `affiliation_number`.
    #[must_use]
    pub fn with_affiliation_number(mut self, value: impl Into<String>) -> Self {
        self.affiliation_number = Some(value.into());
        self
    }

    /// Sets `family_situation`.
    #[must_use]
    pub fn with_family_situation(mut self, value: impl Into<FamilySituation>) -> Self {
        self.family_situation = Some(value.into());
        self
    }

    /// Sets `number_of_children`.
    #[must_use]
    pub fn with_number_of_children(mut self, value: impl Into<i32>) -> Self {
        self.number_of_children = Some(value.into());
        self
    }

    /// Sets `notify_by_sms`.
    #[must_use]
    pub fn with_notify_by_sms(mut self, value: impl Into<bool>) -> Self {
        self.notify_by_sms = Some(value.into());
        self
    }

    /// Sets `notify_by_email`.
    #[must_use]
    pub fn with_notify_by_email(mut self, value: impl Into<bool>) -> Self {
        self.notify_by_email = Some(value.into());
        self
    }

    /// Sets `responsible_id`.
    #[must_use]
    pub fn with_responsible_id(mut self, value: impl Into<i64>) -> Self {
        self.responsible_id = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateUserRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("organisation_ids", &self.organisation_ids)?;
        if let Some(value) = &self.referent_agent_ids {
            map.serialize_entry("referent_agent_ids", value)?;
        }
        map.serialize_entry("first_name", &self.first_name)?;
        map.serialize_entry("last_name", &self.last_name)?;
        if let Some(value) = &self.birth_name {
            map.serialize_entry("birth_name", value)?;
        }
        if let Some(value) = &self.birth_date {
            map.serialize_entry("birth_date", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phone_number", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.caisse_affiliation {
            map.serialize_entry("caisse_affiliation", value)?;
        }
        if let Some(value) = &self.affiliation_number {
            map.serialize_entry("affiliation_number", value)?;
        }
        if let Some(value) = &self.family_situation {
            map.serialize_entry("family_situation", value)?;
        }
        if let Some(value) = &self.number_of_children {
            map.serialize_entry("number_of_children", value)?;
        }
        if let Some(value) = &self.notify_by_sms {
            map.serialize_entry("notify_by_sms", value)?;
        }
        if let Some(value) = &self.notify_by_email {
            map.serialize_entry("notify_by_email", value)?;
        }
        if let Some(value) = &self.responsible_id {
            map.serialize_entry("responsible_id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateUserRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreateUserRequest {
    const NAME: &'static str = "CreateUserRequest";
    const FIELDS: &'static [&'static str] = &[
        "organisation_ids",
        "referent_agent_ids",
        "first_name",
        "last_name",
        "birth_name",
        "birth_date",
        "email",
        "phone_number",
        "address",
        "caisse_affiliation",
        "affiliation_number",
        "family_situation",
        "number_of_children",
        "notify_by_sms",
        "notify_by_email",
        "responsible_id",
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
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "organisation_ids")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v1,
                        "referent_agent_ids",
                    )?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "last_name")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "birth_name")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "birth_date")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "email")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "phone_number")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "address")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "caisse_affiliation",
                    )?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v10,
                        "affiliation_number",
                    )?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v11,
                        "family_situation",
                    )?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v12,
                        "number_of_children",
                    )?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "notify_by_sms")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "notify_by_email")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "responsible_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            organisation_ids: crate::runtime::decode::required(v0, "organisation_ids")?,
            referent_agent_ids: crate::runtime::decode::optional(v1),
            first_name: crate::runtime::decode::required(v2, "first_name")?,
            last_name: crate::runtime::decode::required(v3, "last_name")?,
            birth_name: crate::runtime::decode::optional(v4),
            birth_date: crate::runtime::decode::optional(v5),
            email: crate::runtime::decode::optional(v6),
            phone_number: crate::runtime::decode::optional(v7),
            address: crate::runtime::decode::optional(v8),
            caisse_affiliation: crate::runtime::decode::optional(v9),
            affiliation_number: crate::runtime::decode::optional(v10),
            family_situation: crate::runtime::decode::optional(v11),
            number_of_children: crate::runtime::decode::optional(v12),
            notify_by_sms: crate::runtime::decode::optional(v13),
            notify_by_email: crate::runtime::decode::optional(v14),
            responsible_id: crate::runtime::decode::optional(v15),
        })
    }
}

/// Fields of a user to change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateUserRequest {
    /// Organisations of the user.
    pub organisation_ids: Option<Vec<i64>>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub birth_name: Option<String>,
    /// Birth date (DATE, `YYYY-MM-DD`).
    pub birth_date: Option<chrono::NaiveDate>,
    /// Email; cannot be changed once the user confirmed their account.
    pub email: Option<String>,
    pub phone_number: Option<String>,
    pub address: Option<String>,
    pub caisse_affiliation: Option<CaisseAffiliation>,
    pub affiliation_number: Option<String>,
    pub family_situation: Option<FamilySituation>,
    pub number_of_children: Option<i32>,
    pub logement: Option<Logement>,
    /// A note about the user.
    pub notes: Option<String>,
    pub notify_by_sms: Option<bool>,
    pub notify_by_email: Option<bool>,
    pub responsible_id: Option<i64>,
}

impl UpdateUserRequest {
    /// A new `UpdateUserRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            organisation_ids: None,
            first_name: None,
            last_name: None,
            birth_name: None,
            birth_date: None,
            email: None,
            phone_number: None,
            address: None,
            caisse_affiliation: None,
            affiliation_number: None,
            family_situation: None,
            number_of_children: None,
            logement: None,
            notes: None,
            notify_by_sms: None,
            notify_by_email: None,
            responsible_id: None,
        }
    }

    /// Sets `organisation_ids`.
    #[must_use]
    pub fn with_organisation_ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.organisation_ids = Some(value.into());
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

    /// Sets `birth_name`.
    #[must_use]
    pub fn with_birth_name(mut self, value: impl Into<String>) -> Self {
        self.birth_name = Some(value.into());
        self
    }

    /// Sets `birth_date`.
    #[must_use]
    pub fn with_birth_date(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.birth_date = Some(value.into());
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `caisse_affiliation`.
    #[must_use]
    pub fn with_caisse_affiliation(
        mut self,
        value: impl Into<CaisseAffiliation>,
    ) -> Self {
        self.caisse_affiliation = Some(value.into());
        self
    }

    /// Sets `affiliation_number`.
    #[must_use]
    pub fn with_affiliation_number(mut self, value: impl Into<String>) -> Self {
        self.affiliation_number = Some(value.into());
        self
    }

    /// Sets `family_situation`.
    #[must_use]
    pub fn with_family_situation(mut self, value: impl Into<FamilySituation>) -> Self {
        self.family_situation = Some(value.into());
        self
    }

    /// Sets `number_of_children`.
    #[must_use]
    pub fn with_number_of_children(mut self, value: impl Into<i32>) -> Self {
        self.number_of_children = Some(value.into());
        self
    }

    /// Sets `logement`.
    #[must_use]
    pub fn with_logement(mut self, value: impl Into<Logement>) -> Self {
        self.logement = Some(value.into());
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }

    /// Sets `notify_by_sms`.
    #[must_use]
    pub fn with_notify_by_sms(mut self, value: impl Into<bool>) -> Self {
        self.notify_by_sms = Some(value.into());
        self
    }

    /// Sets `notify_by_email`.
    #[must_use]
    pub fn with_notify_by_email(mut self, value: impl Into<bool>) -> Self {
        self.notify_by_email = Some(value.into());
        self
    }

    /// Sets `responsible_id`.
    #[must_use]
    pub fn with_responsible_id(mut self, value: impl Into<i64>) -> Self {
        self.responsible_id = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateUserRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.organisation_ids {
            map.serialize_entry("organisation_ids", value)?;
        }
        if let Some(value) = &self.first_name {
            map.serialize_entry("first_name", value)?;
        }
        if let Some(value) = &self.last_name {
            map.serialize_entry("last_name", value)?;
        }
        if let Some(value) = &self.birth_name {
            map.serialize_entry("birth_name", value)?;
        }
        if let Some(value) = &self.birth_date {
            map.serialize_entry("birth_date", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phone_number", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.caisse_affiliation {
            map.serialize_entry("caisse_affiliation", value)?;
        }
        if let Some(value) = &self.affiliation_number {
            map.serialize_entry("affiliation_number", value)?;
        }
        if let Some(value) = &self.family_situation {
            map.serialize_entry("family_situation", value)?;
        }
        if let Some(value) = &self.number_of_children {
            map.serialize_entry("number_of_children", value)?;
        }
        if let Some(value) = &self.logement {
            map.serialize_entry("logement", value)?;
        }
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        if let Some(value) = &self.notify_by_sms {
            map.serialize_entry("notify_by_sms", value)?;
        }
        if let Some(value) = &self.notify_by_email {
            map.serialize_entry("notify_by_email", value)?;
        }
        if let Some(value) = &self.responsible_id {
            map.serialize_entry("responsible_id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateUserRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateUserRequest {
    const NAME: &'static str = "UpdateUserRequest";
    const FIELDS: &'static [&'static str] = &[
        "organisation_ids",
        "first_name",
        "last_name",
        "birth_name",
        "birth_date",
        "email",
        "phone_number",
        "address",
        "caisse_affiliation",
        "affiliation_number",
        "family_situation",
        "number_of_children",
        "logement",
        "notes",
        "notify_by_sms",
        "notify_by_email",
        "responsible_id",
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
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "organisation_ids")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "first_name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "last_name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "birth_name")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "birth_date")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "email")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "phone_number")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "address")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "caisse_affiliation",
                    )?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "affiliation_number",
                    )?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v10,
                        "family_situation",
                    )?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v11,
                        "number_of_children",
                    )?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "logement")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "notes")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "notify_by_sms")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "notify_by_email")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "responsible_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            organisation_ids: crate::runtime::decode::optional(v0),
            first_name: crate::runtime::decode::optional(v1),
            last_name: crate::runtime::decode::optional(v2),
            birth_name: crate::runtime::decode::optional(v3),
            birth_date: crate::runtime::decode::optional(v4),
            email: crate::runtime::decode::optional(v5),
            phone_number: crate::runtime::decode::optional(v6),
            address: crate::runtime::decode::optional(v7),
            caisse_affiliation: crate::runtime::decode::optional(v8),
            affiliation_number: crate::runtime::decode::optional(v9),
            family_situation: crate::runtime::decode::optional(v10),
            number_of_children: crate::runtime::decode::optional(v11),
            logement: crate::runtime::decode::optional(v12),
            notes: crate::runtime::decode::optional(v13),
            notify_by_sms: crate::runtime::decode::optional(v14),
            notify_by_email: crate::runtime::decode::optional(v15),
            responsible_id: crate::runtime::decode::optional(v16),
        })
    }
}

/// A user's RDV invitation token.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Invitation {
    pub invitation_token: String,
    pub invitation_url: Option<String>,
}

impl Invitation {
    /// A new `Invitation` from its required fields; the others are unset or at their default.
    pub fn new(invitation_token: impl Into<String>) -> Self {
        Self {
            invitation_token: invitation_token.into(),
            invitation_url: None,
        }
    }

    /// Sets `invitation_token`.
    #[must_use]
    pub fn with_invitation_token(mut self, value: impl Into<String>) -> Self {
        self.invitation_token = value.into();
        self
    }

    /// Sets `invitation_url`.
    #[must_use]
    pub fn with_invitation_url(mut self, value: impl Into<String>) -> Self {
        self.invitation_url = Some(value.into());
        self
    }
}

impl serde::Serialize for Invitation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("invitation_token", &self.invitation_token)?;
        if let Some(value) = &self.invitation_url {
            map.serialize_entry("invitation_url", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Invitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Invitation {
    const NAME: &'static str = "Invitation";
    const FIELDS: &'static [&'static str] = &["invitation_token", "invitation_url"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "invitation_token")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "invitation_url")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            invitation_token: crate::runtime::decode::required(v0, "invitation_token")?,
            invitation_url: crate::runtime::decode::optional(v1),
        })
    }
}

/// Link between a user and an organisation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserProfile {
    pub organisation: Organisation,
    pub user: Option<User>,
}

impl UserProfile {
    /// A new `UserProfile` from its required fields; the others are unset or at their default.
    pub fn new(organisation: impl Into<Organisation>) -> Self {
        Self {
            organisation: organisation.into(),
            user: None,
        }
    }

    /// Sets `organisation`.
    #[must_use]
    pub fn with_organisation(mut self, value: impl Into<Organisation>) -> Self {
        self.organisation = value.into();
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn with_user(mut self, value: impl Into<User>) -> Self {
        self.user = Some(value.into());
        self
    }
}

impl serde::Serialize for UserProfile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("organisation", &self.organisation)?;
        if let Some(value) = &self.user {
            map.serialize_entry("user", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserProfile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UserProfile {
    const NAME: &'static str = "UserProfile";
    const FIELDS: &'static [&'static str] = &["organisation", "user"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "organisation")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "user")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            organisation: crate::runtime::decode::required(v0, "organisation")?,
            user: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserProfileEnvelope {
    pub user_profile: UserProfile,
}

impl UserProfileEnvelope {
    /// A new `UserProfileEnvelope` from its required fields; the others are unset or at their default.
    pub fn new(user_profile: impl Into<UserProfile>) -> Self {
        Self {
            user_profile: user_profile.into(),
        }
    }

    /// Sets `user_profile`.
    #[must_use]
    pub fn with_user_profile(mut self, value: impl Into<UserProfile>) -> Self {
        self.user_profile = value.into();
        self
    }
}

impl serde::Serialize for UserProfileEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("user_profile", &self.user_profile)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserProfileEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UserProfileEnvelope {
    const NAME: &'static str = "UserProfileEnvelope";
    const FIELDS: &'static [&'static str] = &["user_profile"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "user_profile")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            user_profile: crate::runtime::decode::required(v0, "user_profile")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserProfileRequest {
    /// Identifier of the organisation.
    pub organisation_id: i64,
    /// Identifier of the user.
    pub user_id: i64,
}

impl UserProfileRequest {
    /// A new `UserProfileRequest` from its required fields; the others are unset or at their default.
    pub fn new(organisation_id: impl Into<i64>, user_id: impl Into<i64>) -> Self {
        Self {
            organisation_id: organisation_id.into(),
            user_id: user_id.into(),
        }
    }

    /// Sets `organisation_id`.
    #[must_use]
    pub fn with_organisation_id(mut self, value: impl Into<i64>) -> Self {
        self.organisation_id = value.into();
        self
    }

    /// Sets `user_id`.
    #[must_use]
    pub fn with_user_id(mut self, value: impl Into<i64>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl serde::Serialize for UserProfileRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("organisation_id", &self.organisation_id)?;
        map.serialize_entry("user_id", &self.user_id)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserProfileRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UserProfileRequest {
    const NAME: &'static str = "UserProfileRequest";
    const FIELDS: &'static [&'static str] = &["organisation_id", "user_id"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "organisation_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "user_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            organisation_id: crate::runtime::decode::required(v0, "organisation_id")?,
            user_id: crate::runtime::decode::required(v1, "user_id")?,
        })
    }
}

/// An agent assigned as referent of a user.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReferentAssignation {
    pub agent: Agent,
    pub user: User,
}

impl ReferentAssignation {
    /// A new `ReferentAssignation` from its required fields; the others are unset or at their default.
    pub fn new(agent: impl Into<Agent>, user: impl Into<User>) -> Self {
        Self {
            agent: agent.into(),
            user: user.into(),
        }
    }

    /// Sets `agent`.
    #[must_use]
    pub fn with_agent(mut self, value: impl Into<Agent>) -> Self {
        self.agent = value.into();
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn with_user(mut self, value: impl Into<User>) -> Self {
        self.user = value.into();
        self
    }
}

impl serde::Serialize for ReferentAssignation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("agent", &self.agent)?;
        map.serialize_entry("user", &self.user)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReferentAssignation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ReferentAssignation {
    const NAME: &'static str = "ReferentAssignation";
    const FIELDS: &'static [&'static str] = &["agent", "user"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "agent")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "user")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            agent: crate::runtime::decode::required(v0, "agent")?,
            user: crate::runtime::decode::required(v1, "user")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReferentAssignationEnvelope {
    pub referent_assignation: ReferentAssignation,
}

impl ReferentAssignationEnvelope {
    /// A new `ReferentAssignationEnvelope` from its required fields; the others are unset or at their default.
    pub fn new(referent_assignation: impl Into<ReferentAssignation>) -> Self {
        Self {
            referent_assignation: referent_assignation.into(),
        }
    }

    /// Sets `referent_assignation`.
    #[must_use]
    pub fn with_referent_assignation(
        mut self,
        value: impl Into<ReferentAssignation>,
    ) -> Self {
        self.referent_assignation = value.into();
        self
    }
}

impl serde::Serialize for ReferentAssignationEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("referent_assignation", &self.referent_assignation)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReferentAssignationEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ReferentAssignationEnvelope {
    const NAME: &'static str = "ReferentAssignationEnvelope";
    const FIELDS: &'static [&'static str] = &["referent_assignation"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v0,
                        "referent_assignation",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            referent_assignation: crate::runtime::decode::required(
                v0,
                "referent_assignation",
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReferentAssignationRequest {
    /// Identifier of the referent agent.
    pub agent_id: i64,
    /// Identifier of the user.
    pub user_id: i64,
}

impl ReferentAssignationRequest {
    /// A new `ReferentAssignationRequest` from its required fields; the others are unset or at their default.
    pub fn new(agent_id: impl Into<i64>, user_id: impl Into<i64>) -> Self {
        Self {
            agent_id: agent_id.into(),
            user_id: user_id.into(),
        }
    }

    /// Sets `agent_id`.
    #[must_use]
    pub fn with_agent_id(mut self, value: impl Into<i64>) -> Self {
        self.agent_id = value.into();
        self
    }

    /// Sets `user_id`.
    #[must_use]
    pub fn with_user_id(mut self, value: impl Into<i64>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl serde::Serialize for ReferentAssignationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("agent_id", &self.agent_id)?;
        map.serialize_entry("user_id", &self.user_id)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReferentAssignationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ReferentAssignationRequest {
    const NAME: &'static str = "ReferentAssignationRequest";
    const FIELDS: &'static [&'static str] = &["agent_id", "user_id"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "agent_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "user_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            agent_id: crate::runtime::decode::required(v0, "agent_id")?,
            user_id: crate::runtime::decode::required(v1, "user_id")?,
        })
    }
}

/// A model whose changes are sent to a webhook endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebhookSubscription {
    /// `rdv`
    Rdv,
    /// `absence`
    Absence,
    /// `plage_ouverture`
    PlageOuverture,
    /// `user`
    User,
    /// `user_profile`
    UserProfile,
    /// `organisation`
    Organisation,
    /// `motif`
    Motif,
    /// `lieu`
    Lieu,
    /// `agent`
    Agent,
    /// `agent_role`
    AgentRole,
    /// `referent_assignation`
    ReferentAssignation,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl WebhookSubscription {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rdv => "rdv",
            Self::Absence => "absence",
            Self::PlageOuverture => "plage_ouverture",
            Self::User => "user",
            Self::UserProfile => "user_profile",
            Self::Organisation => "organisation",
            Self::Motif => "motif",
            Self::Lieu => "lieu",
            Self::Agent => "agent",
            Self::AgentRole => "agent_role",
            Self::ReferentAssignation => "referent_assignation",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for WebhookSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for WebhookSubscription {
    fn from(value: String) -> Self {
        match value.as_str() {
            "rdv" => Self::Rdv,
            "absence" => Self::Absence,
            "plage_ouverture" => Self::PlageOuverture,
            "user" => Self::User,
            "user_profile" => Self::UserProfile,
            "organisation" => Self::Organisation,
            "motif" => Self::Motif,
            "lieu" => Self::Lieu,
            "agent" => Self::Agent,
            "agent_role" => Self::AgentRole,
            "referent_assignation" => Self::ReferentAssignation,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for WebhookSubscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WebhookSubscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A webhook endpoint of an organisation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookEndpoint {
    pub id: i64,
    pub organisation_id: i64,
    pub target_url: String,
    pub subscriptions: Option<Vec<WebhookSubscription>>,
    /// Shared secret used to sign the notifications; usually not returned.
    pub secret: Option<String>,
}

impl WebhookEndpoint {
    /// A new `WebhookEndpoint` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        organisation_id: impl Into<i64>,
        target_url: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            organisation_id: organisation_id.into(),
            target_url: target_url.into(),
            subscriptions: None,
            secret: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `organisation_id`.
    #[must_use]
    pub fn with_organisation_id(mut self, value: impl Into<i64>) -> Self {
        self.organisation_id = value.into();
        self
    }

    /// Sets `target_url`.
    #[must_use]
    pub fn with_target_url(mut self, value: impl Into<String>) -> Self {
        self.target_url = value.into();
        self
    }

    /// Sets `subscriptions`.
    #[must_use]
    pub fn with_subscriptions(
        mut self,
        value: impl Into<Vec<WebhookSubscription>>,
    ) -> Self {
        self.subscriptions = Some(value.into());
        self
    }

    /// Sets `secret`.
    #[must_use]
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
}

impl serde::Serialize for WebhookEndpoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("organisation_id", &self.organisation_id)?;
        map.serialize_entry("target_url", &self.target_url)?;
        if let Some(value) = &self.subscriptions {
            map.serialize_entry("subscriptions", value)?;
        }
        if let Some(value) = &self.secret {
            map.serialize_entry("secret", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebhookEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for WebhookEndpoint {
    const NAME: &'static str = "WebhookEndpoint";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "organisation_id",
        "target_url",
        "subscriptions",
        "secret",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "organisation_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "target_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "subscriptions")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "secret")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            organisation_id: crate::runtime::decode::required(v1, "organisation_id")?,
            target_url: crate::runtime::decode::required(v2, "target_url")?,
            subscriptions: crate::runtime::decode::optional(v3),
            secret: crate::runtime::decode::optional(v4),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookEndpointEnvelope {
    pub webhook_endpoint: WebhookEndpoint,
}

impl WebhookEndpointEnvelope {
    /// A new `WebhookEndpointEnvelope` from its required fields; the others are unset or at their default.
    pub fn new(webhook_endpoint: impl Into<WebhookEndpoint>) -> Self {
        Self {
            webhook_endpoint: webhook_endpoint.into(),
        }
    }

    /// Sets `webhook_endpoint`.
    #[must_use]
    pub fn with_webhook_endpoint(mut self, value: impl Into<WebhookEndpoint>) -> Self {
        self.webhook_endpoint = value.into();
        self
    }
}

impl serde::Serialize for WebhookEndpointEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("webhook_endpoint", &self.webhook_endpoint)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebhookEndpointEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for WebhookEndpointEnvelope {
    const NAME: &'static str = "WebhookEndpointEnvelope";
    const FIELDS: &'static [&'static str] = &["webhook_endpoint"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "webhook_endpoint")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            webhook_endpoint: crate::runtime::decode::required(v0, "webhook_endpoint")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookEndpointList {
    pub webhook_endpoints: Vec<WebhookEndpoint>,
    pub meta: Meta,
}

impl WebhookEndpointList {
    /// A new `WebhookEndpointList` from its required fields; the others are unset or at their default.
    pub fn new(
        webhook_endpoints: impl Into<Vec<WebhookEndpoint>>,
        meta: impl Into<Meta>,
    ) -> Self {
        Self {
            webhook_endpoints: webhook_endpoints.into(),
            meta: meta.into(),
        }
    }

    /// Sets `webhook_endpoints`.
    #[must_use]
    pub fn with_webhook_endpoints(
        mut self,
        value: impl Into<Vec<WebhookEndpoint>>,
    ) -> Self {
        self.webhook_endpoints = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for WebhookEndpointList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("webhook_endpoints", &self.webhook_endpoints)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebhookEndpointList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for WebhookEndpointList {
    const NAME: &'static str = "WebhookEndpointList";
    const FIELDS: &'static [&'static str] = &["webhook_endpoints", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v0,
                        "webhook_endpoints",
                    )?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            webhook_endpoints: crate::runtime::decode::required(
                v0,
                "webhook_endpoints",
            )?,
            meta: crate::runtime::decode::required(v1, "meta")?,
        })
    }
}

/// A new webhook endpoint.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateWebhookEndpointRequest {
    /// URL the notifications are posted to (unique within the organisation).
    pub target_url: String,
    /// Secret shared with the receiving application, used to sign the notifications.
    pub secret: String,
    /// Models whose changes are sent.
    pub subscriptions: Option<Vec<WebhookSubscription>>,
}

impl CreateWebhookEndpointRequest {
    /// A new `CreateWebhookEndpointRequest` from its required fields; the others are unset or at their default.
    pub fn new(target_url: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            target_url: target_url.into(),
            secret: secret.into(),
            subscriptions: None,
        }
    }

    /// Sets `target_url`.
    #[must_use]
    pub fn with_target_url(mut self, value: impl Into<String>) -> Self {
        self.target_url = value.into();
        self
    }

    /// Sets `secret`.
    #[must_use]
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = value.into();
        self
    }

    /// Sets `subscriptions`.
    #[must_use]
    pub fn with_subscriptions(
        mut self,
        value: impl Into<Vec<WebhookSubscription>>,
    ) -> Self {
        self.subscriptions = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateWebhookEndpointRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("target_url", &self.target_url)?;
        map.serialize_entry("secret", &self.secret)?;
        if let Some(value) = &self.subscriptions {
            map.serialize_entry("subscriptions", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateWebhookEndpointRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreateWebhookEndpointRequest {
    const NAME: &'static str = "CreateWebhookEndpointRequest";
    const FIELDS: &'static [&'static str] = &["target_url", "secret", "subscriptions"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "target_url")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "secret")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "subscriptions")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            target_url: crate::runtime::decode::required(v0, "target_url")?,
            secret: crate::runtime::decode::required(v1, "secret")?,
            subscriptions: crate::runtime::decode::optional(v2),
        })
    }
}

/// Fields of a webhook endpoint to change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateWebhookEndpointRequest {
    /// URL the notifications are posted to.
    pub target_url: Option<String>,
    /// Secret shared with the receiving application.
    pub secret: Option<String>,
    /// Models whose changes are sent.
    pub subscriptions: Option<Vec<WebhookSubscription>>,
}

impl UpdateWebhookEndpointRequest {
    /// A new `UpdateWebhookEndpointRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            target_url: None,
            secret: None,
            subscriptions: None,
        }
    }

    /// Sets `target_url`.
    #[must_use]
    pub fn with_target_url(mut self, value: impl Into<String>) -> Self {
        self.target_url = Some(value.into());
        self
    }

    /// Sets `secret`.
    #[must_use]
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }

    /// Sets `subscriptions`.
    #[must_use]
    pub fn with_subscriptions(
        mut self,
        value: impl Into<Vec<WebhookSubscription>>,
    ) -> Self {
        self.subscriptions = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateWebhookEndpointRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.target_url {
            map.serialize_entry("target_url", value)?;
        }
        if let Some(value) = &self.secret {
            map.serialize_entry("secret", value)?;
        }
        if let Some(value) = &self.subscriptions {
            map.serialize_entry("subscriptions", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateWebhookEndpointRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateWebhookEndpointRequest {
    const NAME: &'static str = "UpdateWebhookEndpointRequest";
    const FIELDS: &'static [&'static str] = &["target_url", "secret", "subscriptions"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "target_url")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "secret")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "subscriptions")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            target_url: crate::runtime::decode::optional(v0),
            secret: crate::runtime::decode::optional(v1),
            subscriptions: crate::runtime::decode::optional(v2),
        })
    }
}

/// Public search link of an organisation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PublicLink {
    /// The organisation's external identifier.
    pub external_id: String,
    /// URL of the search pre-filtered on the organisation.
    pub public_link: String,
}

impl PublicLink {
    /// A new `PublicLink` from its required fields; the others are unset or at their default.
    pub fn new(external_id: impl Into<String>, public_link: impl Into<String>) -> Self {
        Self {
            external_id: external_id.into(),
            public_link: public_link.into(),
        }
    }

    /// Sets `external_id`.
    #[must_use]
    pub fn with_external_id(mut self, value: impl Into<String>) -> Self {
        self.external_id = value.into();
        self
    }

    /// Sets `public_link`.
    #[must_use]
    pub fn with_public_link(mut self, value: impl Into<String>) -> Self {
        self.public_link = value.into();
        self
    }
}

impl serde::Serialize for PublicLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("external_id", &self.external_id)?;
        map.serialize_entry("public_link", &self.public_link)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PublicLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PublicLink {
    const NAME: &'static str = "PublicLink";
    const FIELDS: &'static [&'static str] = &["external_id", "public_link"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "external_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "public_link")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            external_id: crate::runtime::decode::required(v0, "external_id")?,
            public_link: crate::runtime::decode::required(v1, "public_link")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PublicLinkList {
    pub public_links: Vec<PublicLink>,
}

impl PublicLinkList {
    /// A new `PublicLinkList` from its required fields; the others are unset or at their default.
    pub fn new(public_links: impl Into<Vec<PublicLink>>) -> Self {
        Self {
            public_links: public_links.into(),
        }
    }

    /// Sets `public_links`.
    #[must_use]
    pub fn with_public_links(mut self, value: impl Into<Vec<PublicLink>>) -> Self {
        self.public_links = value.into();
        self
    }
}

impl serde::Serialize for PublicLinkList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("public_links", &self.public_links)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PublicLinkList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PublicLinkList {
    const NAME: &'static str = "PublicLinkList";
    const FIELDS: &'static [&'static str] = &["public_links"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "public_links")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            public_links: crate::runtime::decode::required(v0, "public_links")?,
        })
    }
}

/// A list of error messages: `401`, `429`, and record-not-found `404` bodies.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorList {
    pub errors: Vec<String>,
    /// `false` when present.
    pub success: Option<bool>,
}

impl ErrorList {
    /// A new `ErrorList` from its required fields; the others are unset or at their default.
    pub fn new(errors: impl Into<Vec<String>>) -> Self {
        Self {
            errors: errors.into(),
            success: None,
        }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<String>>) -> Self {
        self.errors = value.into();
        self
    }

    /// Sets `success`.
    #[must_use]
    pub fn with_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self
    }
}

impl serde::Serialize for ErrorList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("errors", &self.errors)?;
        if let Some(value) = &self.success {
            map.serialize_entry("success", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorList {
    const NAME: &'static str = "ErrorList";
    const FIELDS: &'static [&'static str] = &["errors", "success"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "errors")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "success")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            errors: crate::runtime::decode::required(v0, "errors")?,
            success: crate::runtime::decode::optional(v1),
        })
    }
}

/// Body of a `403`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ForbiddenError {
    pub errors: Vec<ForbiddenReason>,
    pub error_messages: Option<Vec<String>>,
}

impl ForbiddenError {
    /// A new `ForbiddenError` from its required fields; the others are unset or at their default.
    pub fn new(errors: impl Into<Vec<ForbiddenReason>>) -> Self {
        Self {
            errors: errors.into(),
            error_messages: None,
        }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<ForbiddenReason>>) -> Self {
        self.errors = value.into();
        self
    }

    /// Sets `error_messages`.
    #[must_use]
    pub fn with_error_messages(mut self, value: impl Into<Vec<String>>) -> Self {
        self.error_messages = Some(value.into());
        self
    }
}

impl serde::Serialize for ForbiddenError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("errors", &self.errors)?;
        if let Some(value) = &self.error_messages {
            map.serialize_entry("error_messages", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ForbiddenError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ForbiddenError {
    const NAME: &'static str = "ForbiddenError";
    const FIELDS: &'static [&'static str] = &["errors", "error_messages"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "errors")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "error_messages")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            errors: crate::runtime::decode::required(v0, "errors")?,
            error_messages: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ForbiddenReason {
    /// Always `forbidden`.
    pub base: String,
}

impl ForbiddenReason {
    /// A new `ForbiddenReason` from its required fields; the others are unset or at their default.
    pub fn new(base: impl Into<String>) -> Self {
        Self { base: base.into() }
    }

    /// Sets `base`.
    #[must_use]
    pub fn with_base(mut self, value: impl Into<String>) -> Self {
        self.base = value.into();
        self
    }
}

impl serde::Serialize for ForbiddenReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("base", &self.base)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ForbiddenReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ForbiddenReason {
    const NAME: &'static str = "ForbiddenReason";
    const FIELDS: &'static [&'static str] = &["base"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "base")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            base: crate::runtime::decode::required(v0, "base")?,
        })
    }
}

/// Body of a `404` naming the missing kind of record.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotFoundError {
    /// Kind of record not found, e.g. `absence`, `agent`, `user`, `territory`.
    pub not_found: String,
}

impl NotFoundError {
    /// A new `NotFoundError` from its required fields; the others are unset or at their default.
    pub fn new(not_found: impl Into<String>) -> Self {
        Self {
            not_found: not_found.into(),
        }
    }

    /// Sets `not_found`.
    #[must_use]
    pub fn with_not_found(mut self, value: impl Into<String>) -> Self {
        self.not_found = value.into();
        self
    }
}

impl serde::Serialize for NotFoundError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("not_found", &self.not_found)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NotFoundError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for NotFoundError {
    const NAME: &'static str = "NotFoundError";
    const FIELDS: &'static [&'static str] = &["not_found"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "not_found")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            not_found: crate::runtime::decode::required(v0, "not_found")?,
        })
    }
}

/// Body of a `400` naming the missing parameters.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MissingParameterError {
    /// The missing parameters, as a sentence.
    pub missing: String,
}

impl MissingParameterError {
    /// A new `MissingParameterError` from its required fields; the others are unset or at their default.
    pub fn new(missing: impl Into<String>) -> Self {
        Self { missing: missing.into() }
    }

    /// Sets `missing`.
    #[must_use]
    pub fn with_missing(mut self, value: impl Into<String>) -> Self {
        self.missing = value.into();
        self
    }
}

impl serde::Serialize for MissingParameterError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("missing", &self.missing)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MissingParameterError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MissingParameterError {
    const NAME: &'static str = "MissingParameterError";
    const FIELDS: &'static [&'static str] = &["missing"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "missing")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            missing: crate::runtime::decode::required(v0, "missing")?,
        })
    }
}

/// Body of a `422`. `errors` is usually an object grouping error details by attribute; for
/// a missing required parameter it is a list of messages instead.
/// `error_messages` holds the same errors in human-readable form.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationError {
    /// `false` when present.
    pub success: Option<bool>,
    pub errors: ValidationErrors,
    pub error_messages: Option<Vec<String>>,
}

impl ValidationError {
    /// A new `ValidationError` from its required fields; the others are unset or at their default.
    pub fn new(errors: impl Into<ValidationErrors>) -> Self {
        Self {
            success: None,
            errors: errors.into(),
            error_messages: None,
        }
    }

    /// Sets `success`.
    #[must_use]
    pub fn with_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<ValidationErrors>) -> Self {
        self.errors = value.into();
        self
    }

    /// Sets `error_messages`.
    #[must_use]
    pub fn with_error_messages(mut self, value: impl Into<Vec<String>>) -> Self {
        self.error_messages = Some(value.into());
        self
    }
}

impl serde::Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.success {
            map.serialize_entry("success", value)?;
        }
        map.serialize_entry("errors", &self.errors)?;
        if let Some(value) = &self.error_messages {
            map.serialize_entry("error_messages", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ValidationError {
    const NAME: &'static str = "ValidationError";
    const FIELDS: &'static [&'static str] = &["success", "errors", "error_messages"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "success")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "errors")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "error_messages")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            success: crate::runtime::decode::optional(v0),
            errors: crate::runtime::decode::required(v1, "errors")?,
            error_messages: crate::runtime::decode::optional(v2),
        })
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ValidationErrors {
    /// Error details grouped by attribute.
    Map(std::collections::BTreeMap<String, Vec<ValidationErrorDetail>>),
    /// Error messages (missing parameters).
    Array(Vec<String>),
}

/// One error on an attribute, in machine form (plus possible extra keys such as `count`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationErrorDetail {
    /// Error code, e.g. `blank`, or a message.
    pub error: String,
}

impl ValidationErrorDetail {
    /// A new `ValidationErrorDetail` from its required fields; the others are unset or at their default.
    pub fn new(error: impl Into<String>) -> Self {
        Self { error: error.into() }
    }

    /// Sets `error`.
    #[must_use]
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}

impl serde::Serialize for ValidationErrorDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ValidationErrorDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ValidationErrorDetail {
    const NAME: &'static str = "ValidationErrorDetail";
    const FIELDS: &'static [&'static str] = &["error"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "error")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            error: crate::runtime::decode::required(v0, "error")?,
        })
    }
}

/// Generic error body of `400` and `500`; which fields appear depends on the server version.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServerError {
    pub errors: Option<Vec<String>>,
    pub status: Option<i32>,
    pub error: Option<String>,
}

impl ServerError {
    /// A new `ServerError` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            errors: None,
            status: None,
            error: None,
        }
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<String>>) -> Self {
        self.errors = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<i32>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `error`.
    #[must_use]
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}

impl serde::Serialize for ServerError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.errors {
            map.serialize_entry("errors", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.error {
            map.serialize_entry("error", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServerError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ServerError {
    const NAME: &'static str = "ServerError";
    const FIELDS: &'static [&'static str] = &["errors", "status", "error"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "errors")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "status")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "error")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            errors: crate::runtime::decode::optional(v0),
            status: crate::runtime::decode::optional(v1),
            error: crate::runtime::decode::optional(v2),
        })
    }
}

/// Where the RDV takes place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MotifLocationType {
    /// `public_office`
    PublicOffice,
    /// `phone`
    Phone,
    /// `home`
    Home,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl MotifLocationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PublicOffice => "public_office",
            Self::Phone => "phone",
            Self::Home => "home",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for MotifLocationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for MotifLocationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "public_office" => Self::PublicOffice,
            "phone" => Self::Phone,
            "home" => Self::Home,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MotifLocationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MotifLocationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Who can book this motif.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MotifBookableBy {
    /// `agents`
    Agents,
    /// `agents_and_prescripteurs`
    AgentsAndPrescripteurs,
    /// `agents_and_prescripteurs_and_invited_users`
    AgentsAndPrescripteursAndInvitedUsers,
    /// `everyone`
    Everyone,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl MotifBookableBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agents => "agents",
            Self::AgentsAndPrescripteurs => "agents_and_prescripteurs",
            Self::AgentsAndPrescripteursAndInvitedUsers => {
                "agents_and_prescripteurs_and_invited_users"
            }
            Self::Everyone => "everyone",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for MotifBookableBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for MotifBookableBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "agents" => Self::Agents,
            "agents_and_prescripteurs" => Self::AgentsAndPrescripteurs,
            "agents_and_prescripteurs_and_invited_users" => {
                Self::AgentsAndPrescripteursAndInvitedUsers
            }
            "everyone" => Self::Everyone,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MotifBookableBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MotifBookableBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Documented error bodies of [`Client::get_absences`](crate::Client::get_absences).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAbsencesError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_absence`](crate::Client::create_absence).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAbsenceError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// The agent given by `agent_id` or `agent_email` does not exist.
    NotFound(NotFoundError),
    /// Invalid values, e.g. an end before the start or badly formatted dates.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_absence`](crate::Client::get_absence).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAbsenceError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such absence.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_absence`](crate::Client::update_absence).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateAbsenceError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such absence.
    NotFound(NotFoundError),
    /// Well-formed but invalid parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::delete_absence`](crate::Client::delete_absence).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteAbsenceError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such absence.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_agents`](crate::Client::get_agents).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAgentsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_organisations`](crate::Client::get_organisations).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOrganisationsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_organisation`](crate::Client::get_organisation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOrganisationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_organisation`](crate::Client::update_organisation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOrganisationError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Well-formed but invalid parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_motifs`](crate::Client::get_motifs).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetMotifsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_rdvs`](crate::Client::get_rdvs).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRdvsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_users_from_organisation`](crate::Client::get_users_from_organisation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUsersFromOrganisationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_user_from_organisation`](crate::Client::get_user_from_organisation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserFromOrganisationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetWebhookEndpointsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_webhook_endpoint`](crate::Client::create_webhook_endpoint).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateWebhookEndpointError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Missing fields, or the subscriptions list holds unknown values.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_webhook_endpoint`](crate::Client::update_webhook_endpoint).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateWebhookEndpointError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// The record does not exist.
    NotFound(ErrorList),
    /// Missing fields, or the subscriptions list holds unknown values.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_public_links`](crate::Client::get_public_links).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetPublicLinksError {
    /// The `territory` parameter is missing.
    BadRequest(MissingParameterError),
    /// No territory has this département number.
    NotFound(NotFoundError),
    /// More than 50 calls per minute to unauthenticated endpoints.
    TooManyRequests(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_referent_assignation`](crate::Client::create_referent_assignation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateReferentAssignationError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The agent is not in the same territory as the referent.
    Forbidden(ForbiddenError),
    /// Well-formed but invalid parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::delete_referent_assignation`](crate::Client::delete_referent_assignation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteReferentAssignationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The agent is not in the same territory as the referent.
    Forbidden(ForbiddenError),
    /// No such assignment.
    NotFound(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_user_profile`](crate::Client::create_user_profile).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateUserProfileError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Unknown user or organisation, or the profile already exists.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::delete_user_profile`](crate::Client::delete_user_profile).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteUserProfileError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such profile.
    NotFound(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_users`](crate::Client::get_users).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUsersError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_user`](crate::Client::create_user).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateUserError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Missing, badly formatted or impossible parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_user`](crate::Client::get_user).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The user belongs to another organisation.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_user`](crate::Client::update_user).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Missing, badly formatted or impossible parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_user_invitation`](crate::Client::create_user_invitation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateUserInvitationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The user belongs to another organisation.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}
