//! Types of the API's schemas, parameters, responses and errors.

/// Administrator user model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Admin {
    pub id: Option<i64>,
    pub email: String,
    pub username: String,
    pub firstname: String,
    pub lastname: String,
    pub email_verified_at: Option<chrono::DateTime<chrono::Utc>>,
    pub last_login: Option<chrono::DateTime<chrono::Utc>>,
    pub last_login_ip: Option<String>,
    pub signature: Option<String>,
    pub dark_mode: Option<bool>,
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    pub locale: Option<String>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
    pub role: Option<Role>,
}

impl Admin {
    /// A new `Admin` from its required fields; the others are unset or at their default.
    pub fn new(
        email: impl Into<String>,
        username: impl Into<String>,
        firstname: impl Into<String>,
        lastname: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            email: email.into(),
            username: username.into(),
            firstname: firstname.into(),
            lastname: lastname.into(),
            email_verified_at: None,
            last_login: None,
            last_login_ip: None,
            signature: None,
            dark_mode: None,
            expires_at: None,
            locale: None,
            created_at: None,
            updated_at: None,
            deleted_at: None,
            role: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = value.into();
        self
    }

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: impl Into<String>) -> Self {
        self.firstname = value.into();
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: impl Into<String>) -> Self {
        self.lastname = value.into();
        self
    }

    /// Sets `email_verified_at`.
    #[must_use]
    pub fn with_email_verified_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.email_verified_at = Some(value.into());
        self
    }

    /// Sets `last_login`.
    #[must_use]
    pub fn with_last_login(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.last_login = Some(value.into());
        self
    }

    /// Sets `last_login_ip`.
    #[must_use]
    pub fn with_last_login_ip(mut self, value: impl Into<String>) -> Self {
        self.last_login_ip = Some(value.into());
        self
    }

    /// Sets `signature`.
    #[must_use]
    pub fn with_signature(mut self, value: impl Into<String>) -> Self {
        self.signature = Some(value.into());
        self
    }

    /// Sets `dark_mode`.
    #[must_use]
    pub fn with_dark_mode(mut self, value: impl Into<bool>) -> Self {
        self.dark_mode = Some(value.into());
        self
    }

    /// Sets `expires_at`.
    #[must_use]
    pub fn with_expires_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.expires_at = Some(value.into());
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.deleted_at = Some(value.into());
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn with_role(mut self, value: impl Into<Role>) -> Self {
        self.role = Some(value.into());
        self
    }
}

impl serde::Serialize for Admin {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("username", &self.username)?;
        map.serialize_entry("firstname", &self.firstname)?;
        map.serialize_entry("lastname", &self.lastname)?;
        if let Some(value) = &self.email_verified_at {
            map.serialize_entry("email_verified_at", value)?;
        }
        if let Some(value) = &self.last_login {
            map.serialize_entry("last_login", value)?;
        }
        if let Some(value) = &self.last_login_ip {
            map.serialize_entry("last_login_ip", value)?;
        }
        if let Some(value) = &self.signature {
            map.serialize_entry("signature", value)?;
        }
        if let Some(value) = &self.dark_mode {
            map.serialize_entry("dark_mode", value)?;
        }
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        if let Some(value) = &self.locale {
            map.serialize_entry("locale", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.deleted_at {
            map.serialize_entry("deleted_at", value)?;
        }
        if let Some(value) = &self.role {
            map.serialize_entry("role", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Admin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Admin {
    const NAME: &'static str = "Admin";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "email",
        "username",
        "firstname",
        "lastname",
        "email_verified_at",
        "last_login",
        "last_login_ip",
        "signature",
        "dark_mode",
        "expires_at",
        "locale",
        "created_at",
        "updated_at",
        "deleted_at",
        "role",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "username")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "firstname")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "lastname")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v5,
                        "email_verified_at",
                    )?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "last_login")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "last_login_ip")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "signature")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "dark_mode")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "expires_at")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "locale")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "created_at")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "updated_at")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "deleted_at")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "role")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            email: crate::runtime::decode::required(v1, "email")?,
            username: crate::runtime::decode::required(v2, "username")?,
            firstname: crate::runtime::decode::required(v3, "firstname")?,
            lastname: crate::runtime::decode::required(v4, "lastname")?,
            email_verified_at: crate::runtime::decode::optional(v5),
            last_login: crate::runtime::decode::optional(v6),
            last_login_ip: crate::runtime::decode::optional(v7),
            signature: crate::runtime::decode::optional(v8),
            dark_mode: crate::runtime::decode::optional(v9),
            expires_at: crate::runtime::decode::optional(v10),
            locale: crate::runtime::decode::optional(v11),
            created_at: crate::runtime::decode::optional(v12),
            updated_at: crate::runtime::decode::optional(v13),
            deleted_at: crate::runtime::decode::optional(v14),
            role: crate::runtime::decode::optional(v15),
        })
    }
}

/// Custom Item
///
/// Custom product added to an invoice manually
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CustomItem {
    pub id: Option<i64>,
    pub name: String,
    pub description: Option<String>,
    pub unit_price: f32,
    pub unit_setupfees: Option<f32>,
}

impl CustomItem {
    /// A new `CustomItem` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>, unit_price: impl Into<f32>) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: None,
            unit_price: unit_price.into(),
            unit_setupfees: None,
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

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `unit_price`.
    #[must_use]
    pub fn with_unit_price(mut self, value: impl Into<f32>) -> Self {
        self.unit_price = value.into();
        self
    }

    /// Sets `unit_setupfees`.
    #[must_use]
    pub fn with_unit_setupfees(mut self, value: impl Into<f32>) -> Self {
        self.unit_setupfees = Some(value.into());
        self
    }
}

impl serde::Serialize for CustomItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        map.serialize_entry("unit_price", &self.unit_price)?;
        if let Some(value) = &self.unit_setupfees {
            map.serialize_entry("unit_setupfees", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CustomItem {
    const NAME: &'static str = "CustomItem";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "unit_price",
        "unit_setupfees",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "description")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "unit_price")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "unit_setupfees")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            name: crate::runtime::decode::required(v1, "name")?,
            description: crate::runtime::decode::optional(v2),
            unit_price: crate::runtime::decode::required(v3, "unit_price")?,
            unit_setupfees: crate::runtime::decode::optional(v4),
        })
    }
}

/// Customer model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Customer {
    /// Customer phone
    pub phone: Option<String>,
    /// Customer address
    pub address: Option<String>,
    /// Customer address line 2
    pub address2: Option<String>,
    /// Customer city
    pub city: Option<String>,
    /// Customer country
    pub country: Option<String>,
    /// Customer locale
    pub locale: Option<String>,
    /// Customer region
    pub region: Option<String>,
    /// Customer zipcode
    pub zipcode: Option<String>,
    /// Customer email verification timestamp
    pub email_verified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Customer confirmation status
    pub is_confirmed: Option<bool>,
    /// Customer deletion status
    pub is_deleted: Option<bool>,
    /// Customer theme mode
    pub dark_mode: Option<bool>,
    /// Last login timestamp
    pub last_login: Option<String>,
    /// Last login IP address
    pub last_ip: Option<String>,
    /// Customer company name
    pub company_name: Option<String>,
    /// Customer billing details
    pub billing_details: Option<String>,
    /// Indicates if the customer has given GDPR consent
    pub gdpr_compliment: Option<bool>,
    /// Account credit balance.
    pub balance: Option<f64>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Customer ID.
    pub id: i64,
    /// Customer email
    pub email: String,
    /// Customer firstname
    pub firstname: String,
    /// Customer lastname
    pub lastname: String,
}

impl Customer {
    /// A new `Customer` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        email: impl Into<String>,
        firstname: impl Into<String>,
        lastname: impl Into<String>,
    ) -> Self {
        Self {
            phone: None,
            address: None,
            address2: None,
            city: None,
            country: None,
            locale: None,
            region: None,
            zipcode: None,
            email_verified_at: None,
            is_confirmed: None,
            is_deleted: None,
            dark_mode: None,
            last_login: None,
            last_ip: None,
            company_name: None,
            billing_details: None,
            gdpr_compliment: None,
            balance: None,
            created_at: None,
            updated_at: None,
            id: id.into(),
            email: email.into(),
            firstname: firstname.into(),
            lastname: lastname.into(),
        }
    }

    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `address2`.
    #[must_use]
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `zipcode`.
    #[must_use]
    pub fn with_zipcode(mut self, value: impl Into<String>) -> Self {
        self.zipcode = Some(value.into());
        self
    }

    /// Sets `email_verified_at`.
    #[must_use]
    pub fn with_email_verified_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.email_verified_at = Some(value.into());
        self
    }

    /// Sets `is_confirmed`.
    #[must_use]
    pub fn with_is_confirmed(mut self, value: impl Into<bool>) -> Self {
        self.is_confirmed = Some(value.into());
        self
    }

    /// Sets `is_deleted`.
    #[must_use]
    pub fn with_is_deleted(mut self, value: impl Into<bool>) -> Self {
        self.is_deleted = Some(value.into());
        self
    }

    /// Sets `dark_mode`.
    #[must_use]
    pub fn with_dark_mode(mut self, value: impl Into<bool>) -> Self {
        self.dark_mode = Some(value.into());
        self
    }

    /// Sets `last_login`.
    #[must_use]
    pub fn with_last_login(mut self, value: impl Into<String>) -> Self {
        self.last_login = Some(value.into());
        self
    }

    /// Sets `last_ip`.
    #[must_use]
    pub fn with_last_ip(mut self, value: impl Into<String>) -> Self {
        self.last_ip = Some(value.into());
        self
    }

    /// Sets `company_name`.
    #[must_use]
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
        self
    }

    /// Sets `billing_details`.
    #[must_use]
    pub fn with_billing_details(mut self, value: impl Into<String>) -> Self {
        self.billing_details = Some(value.into());
        self
    }

    /// Sets `gdpr_compliment`.
    #[must_use]
    pub fn with_gdpr_compliment(mut self, value: impl Into<bool>) -> Self {
        self.gdpr_compliment = Some(value.into());
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
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

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: impl Into<String>) -> Self {
        self.firstname = value.into();
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: impl Into<String>) -> Self {
        self.lastname = value.into();
        self
    }
}

impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.phone {
            map.serialize_entry("phone", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.address2 {
            map.serialize_entry("address2", value)?;
        }
        if let Some(value) = &self.city {
            map.serialize_entry("city", value)?;
        }
        if let Some(value) = &self.country {
            map.serialize_entry("country", value)?;
        }
        if let Some(value) = &self.locale {
            map.serialize_entry("locale", value)?;
        }
        if let Some(value) = &self.region {
            map.serialize_entry("region", value)?;
        }
        if let Some(value) = &self.zipcode {
            map.serialize_entry("zipcode", value)?;
        }
        if let Some(value) = &self.email_verified_at {
            map.serialize_entry("email_verified_at", value)?;
        }
        if let Some(value) = &self.is_confirmed {
            map.serialize_entry("is_confirmed", value)?;
        }
        if let Some(value) = &self.is_deleted {
            map.serialize_entry("is_deleted", value)?;
        }
        if let Some(value) = &self.dark_mode {
            map.serialize_entry("dark_mode", value)?;
        }
        if let Some(value) = &self.last_login {
            map.serialize_entry("last_login", value)?;
        }
        if let Some(value) = &self.last_ip {
            map.serialize_entry("last_ip", value)?;
        }
        if let Some(value) = &self.company_name {
            map.serialize_entry("company_name", value)?;
        }
        if let Some(value) = &self.billing_details {
            map.serialize_entry("billing_details", value)?;
        }
        if let Some(value) = &self.gdpr_compliment {
            map.serialize_entry("gdpr_compliment", value)?;
        }
        if let Some(value) = &self.balance {
            map.serialize_entry("balance", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("firstname", &self.firstname)?;
        map.serialize_entry("lastname", &self.lastname)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Customer {
    const NAME: &'static str = "Customer";
    const FIELDS: &'static [&'static str] = &[
        "phone",
        "address",
        "address2",
        "city",
        "country",
        "locale",
        "region",
        "zipcode",
        "email_verified_at",
        "is_confirmed",
        "is_deleted",
        "dark_mode",
        "last_login",
        "last_ip",
        "company_name",
        "billing_details",
        "gdpr_compliment",
        "balance",
        "created_at",
        "updated_at",
        "id",
        "email",
        "firstname",
        "lastname",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "phone")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "address")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "address2")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "city")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "country")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "locale")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "region")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "zipcode")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "email_verified_at",
                    )?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "is_confirmed")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "is_deleted")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "dark_mode")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "last_login")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "last_ip")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "company_name")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "billing_details")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "gdpr_compliment")?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "balance")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "created_at")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "updated_at")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(&mut map, &mut v20, "id")?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(&mut map, &mut v21, "email")?
                }
                crate::runtime::decode::Key::Field(22) => {
                    crate::runtime::decode::value(&mut map, &mut v22, "firstname")?
                }
                crate::runtime::decode::Key::Field(23) => {
                    crate::runtime::decode::value(&mut map, &mut v23, "lastname")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            phone: crate::runtime::decode::optional(v0),
            address: crate::runtime::decode::optional(v1),
            address2: crate::runtime::decode::optional(v2),
            city: crate::runtime::decode::optional(v3),
            country: crate::runtime::decode::optional(v4),
            locale: crate::runtime::decode::optional(v5),
            region: crate::runtime::decode::optional(v6),
            zipcode: crate::runtime::decode::optional(v7),
            email_verified_at: crate::runtime::decode::optional(v8),
            is_confirmed: crate::runtime::decode::optional(v9),
            is_deleted: crate::runtime::decode::optional(v10),
            dark_mode: crate::runtime::decode::optional(v11),
            last_login: crate::runtime::decode::optional(v12),
            last_ip: crate::runtime::decode::optional(v13),
            company_name: crate::runtime::decode::optional(v14),
            billing_details: crate::runtime::decode::optional(v15),
            gdpr_compliment: crate::runtime::decode::optional(v16),
            balance: crate::runtime::decode::optional(v17),
            created_at: crate::runtime::decode::optional(v18),
            updated_at: crate::runtime::decode::optional(v19),
            id: crate::runtime::decode::required(v20, "id")?,
            email: crate::runtime::decode::required(v21, "email")?,
            firstname: crate::runtime::decode::required(v22, "firstname")?,
            lastname: crate::runtime::decode::required(v23, "lastname")?,
        })
    }
}

/// ExportInvoiceRequest
///
/// Request body for exporting invoices
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExportInvoiceRequest {
    /// The format to export the invoices
    pub format: ExportInvoiceRequestFormat,
    /// The start date for the invoice export
    pub date_from: Option<chrono::NaiveDate>,
    /// The end date for the invoice export
    pub date_to: Option<chrono::NaiveDate>,
    /// The status of the invoices to export
    pub status: Option<Vec<ExportInvoiceRequestStatusItem>>,
}

impl ExportInvoiceRequest {
    /// A new `ExportInvoiceRequest` from its required fields; the others are unset or at their default.
    pub fn new(format: impl Into<ExportInvoiceRequestFormat>) -> Self {
        Self {
            format: format.into(),
            date_from: None,
            date_to: None,
            status: None,
        }
    }

    /// Sets `format`.
    #[must_use]
    pub fn with_format(mut self, value: impl Into<ExportInvoiceRequestFormat>) -> Self {
        self.format = value.into();
        self
    }

    /// Sets `date_from`.
    #[must_use]
    pub fn with_date_from(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.date_from = Some(value.into());
        self
    }

    /// Sets `date_to`.
    #[must_use]
    pub fn with_date_to(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.date_to = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(
        mut self,
        value: impl Into<Vec<ExportInvoiceRequestStatusItem>>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}

impl serde::Serialize for ExportInvoiceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("format", &self.format)?;
        if let Some(value) = &self.date_from {
            map.serialize_entry("date_from", value)?;
        }
        if let Some(value) = &self.date_to {
            map.serialize_entry("date_to", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExportInvoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ExportInvoiceRequest {
    const NAME: &'static str = "ExportInvoiceRequest";
    const FIELDS: &'static [&'static str] = &[
        "format",
        "date_from",
        "date_to",
        "status",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "format")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "date_from")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "date_to")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "status")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            format: crate::runtime::decode::required(v0, "format")?,
            date_from: crate::runtime::decode::optional(v1),
            date_to: crate::runtime::decode::optional(v2),
            status: crate::runtime::decode::optional(v3),
        })
    }
}

/// Gateway
///
/// A payment gateway available for customer payments
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Gateway {
    pub id: Option<i64>,
    pub uuid: String,
    pub name: String,
    pub status: Option<String>,
    pub minimal_amount: Option<f32>,
}

impl Gateway {
    /// A new `Gateway` from its required fields; the others are unset or at their default.
    pub fn new(uuid: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: None,
            uuid: uuid.into(),
            name: name.into(),
            status: None,
            minimal_amount: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `uuid`.
    #[must_use]
    pub fn with_uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `minimal_amount`.
    #[must_use]
    pub fn with_minimal_amount(mut self, value: impl Into<f32>) -> Self {
        self.minimal_amount = Some(value.into());
        self
    }
}

impl serde::Serialize for Gateway {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("uuid", &self.uuid)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.minimal_amount {
            map.serialize_entry("minimal_amount", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Gateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Gateway {
    const NAME: &'static str = "Gateway";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uuid",
        "name",
        "status",
        "minimal_amount",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "uuid")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "status")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "minimal_amount")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            uuid: crate::runtime::decode::required(v1, "uuid")?,
            name: crate::runtime::decode::required(v2, "name")?,
            status: crate::runtime::decode::optional(v3),
            minimal_amount: crate::runtime::decode::optional(v4),
        })
    }
}

/// Invoice
///
/// A billing invoice issued to a customer
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Invoice {
    pub id: i64,
    pub uuid: Option<String>,
    pub customer_id: i64,
    pub billing_address: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub due_date: Option<chrono::DateTime<chrono::Utc>>,
    pub total: f64,
    pub subtotal: Option<f64>,
    pub tax: Option<f64>,
    pub setupfees: Option<f64>,
    pub currency: String,
    pub external_id: Option<String>,
    pub notes: Option<String>,
    pub paymethod: Option<String>,
    pub fees: Option<f64>,
    pub invoice_number: Option<String>,
    pub paid_at: Option<chrono::DateTime<chrono::Utc>>,
    pub payment_method_id: Option<String>,
    pub balance: Option<f64>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub items: Option<Vec<InvoiceItem>>,
    pub customer: Option<Customer>,
    pub status: InvoiceStatus,
}

impl Invoice {
    /// A new `Invoice` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        customer_id: impl Into<i64>,
        total: impl Into<f64>,
        currency: impl Into<String>,
        status: impl Into<InvoiceStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            uuid: None,
            customer_id: customer_id.into(),
            billing_address: None,
            due_date: None,
            total: total.into(),
            subtotal: None,
            tax: None,
            setupfees: None,
            currency: currency.into(),
            external_id: None,
            notes: None,
            paymethod: None,
            fees: None,
            invoice_number: None,
            paid_at: None,
            payment_method_id: None,
            balance: None,
            created_at: None,
            updated_at: None,
            items: None,
            customer: None,
            status: status.into(),
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
    pub fn with_uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = value.into();
        self
    }

    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `due_date`.
    #[must_use]
    pub fn with_due_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<f64>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `subtotal`.
    #[must_use]
    pub fn with_subtotal(mut self, value: impl Into<f64>) -> Self {
        self.subtotal = Some(value.into());
        self
    }

    /// Sets `tax`.
    #[must_use]
    pub fn with_tax(mut self, value: impl Into<f64>) -> Self {
        self.tax = Some(value.into());
        self
    }

    /// Sets `setupfees`.
    #[must_use]
    pub fn with_setupfees(mut self, value: impl Into<f64>) -> Self {
        self.setupfees = Some(value.into());
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = value.into();
        self
    }

    /// Sets `external_id`.
    #[must_use]
    pub fn with_external_id(mut self, value: impl Into<String>) -> Self {
        self.external_id = Some(value.into());
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }

    /// Sets `paymethod`.
    #[must_use]
    pub fn with_paymethod(mut self, value: impl Into<String>) -> Self {
        self.paymethod = Some(value.into());
        self
    }

    /// Sets `fees`.
    #[must_use]
    pub fn with_fees(mut self, value: impl Into<f64>) -> Self {
        self.fees = Some(value.into());
        self
    }

    /// Sets `invoice_number`.
    #[must_use]
    pub fn with_invoice_number(mut self, value: impl Into<String>) -> Self {
        self.invoice_number = Some(value.into());
        self
    }

    /// Sets `paid_at`.
    #[must_use]
    pub fn with_paid_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.paid_at = Some(value.into());
        self
    }

    /// Sets `payment_method_id`.
    #[must_use]
    pub fn with_payment_method_id(mut self, value: impl Into<String>) -> Self {
        self.payment_method_id = Some(value.into());
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `items`.
    #[must_use]
    pub fn with_items(mut self, value: impl Into<Vec<InvoiceItem>>) -> Self {
        self.items = Some(value.into());
        self
    }

    /// Sets `customer`.
    #[must_use]
    pub fn with_customer(mut self, value: impl Into<Customer>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<InvoiceStatus>) -> Self {
        self.status = value.into();
        self
    }
}

impl serde::Serialize for Invoice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.uuid {
            map.serialize_entry("uuid", value)?;
        }
        map.serialize_entry("customer_id", &self.customer_id)?;
        if let Some(value) = &self.billing_address {
            map.serialize_entry("billing_address", value)?;
        }
        if let Some(value) = &self.due_date {
            map.serialize_entry("due_date", value)?;
        }
        map.serialize_entry("total", &self.total)?;
        if let Some(value) = &self.subtotal {
            map.serialize_entry("subtotal", value)?;
        }
        if let Some(value) = &self.tax {
            map.serialize_entry("tax", value)?;
        }
        if let Some(value) = &self.setupfees {
            map.serialize_entry("setupfees", value)?;
        }
        map.serialize_entry("currency", &self.currency)?;
        if let Some(value) = &self.external_id {
            map.serialize_entry("external_id", value)?;
        }
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        if let Some(value) = &self.paymethod {
            map.serialize_entry("paymethod", value)?;
        }
        if let Some(value) = &self.fees {
            map.serialize_entry("fees", value)?;
        }
        if let Some(value) = &self.invoice_number {
            map.serialize_entry("invoice_number", value)?;
        }
        if let Some(value) = &self.paid_at {
            map.serialize_entry("paid_at", value)?;
        }
        if let Some(value) = &self.payment_method_id {
            map.serialize_entry("payment_method_id", value)?;
        }
        if let Some(value) = &self.balance {
            map.serialize_entry("balance", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.items {
            map.serialize_entry("items", value)?;
        }
        if let Some(value) = &self.customer {
            map.serialize_entry("customer", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Invoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Invoice {
    const NAME: &'static str = "Invoice";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uuid",
        "customer_id",
        "billing_address",
        "due_date",
        "total",
        "subtotal",
        "tax",
        "setupfees",
        "currency",
        "external_id",
        "notes",
        "paymethod",
        "fees",
        "invoice_number",
        "paid_at",
        "payment_method_id",
        "balance",
        "created_at",
        "updated_at",
        "items",
        "customer",
        "status",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "uuid")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "customer_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "billing_address")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "due_date")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "total")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "subtotal")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "tax")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "setupfees")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "currency")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "external_id")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "notes")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "paymethod")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "fees")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "invoice_number")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "paid_at")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v16,
                        "payment_method_id",
                    )?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "balance")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "created_at")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "updated_at")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(&mut map, &mut v20, "items")?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(&mut map, &mut v21, "customer")?
                }
                crate::runtime::decode::Key::Field(22) => {
                    crate::runtime::decode::value(&mut map, &mut v22, "status")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            uuid: crate::runtime::decode::optional(v1),
            customer_id: crate::runtime::decode::required(v2, "customer_id")?,
            billing_address: crate::runtime::decode::optional(v3),
            due_date: crate::runtime::decode::optional(v4),
            total: crate::runtime::decode::required(v5, "total")?,
            subtotal: crate::runtime::decode::optional(v6),
            tax: crate::runtime::decode::optional(v7),
            setupfees: crate::runtime::decode::optional(v8),
            currency: crate::runtime::decode::required(v9, "currency")?,
            external_id: crate::runtime::decode::optional(v10),
            notes: crate::runtime::decode::optional(v11),
            paymethod: crate::runtime::decode::optional(v12),
            fees: crate::runtime::decode::optional(v13),
            invoice_number: crate::runtime::decode::optional(v14),
            paid_at: crate::runtime::decode::optional(v15),
            payment_method_id: crate::runtime::decode::optional(v16),
            balance: crate::runtime::decode::optional(v17),
            created_at: crate::runtime::decode::optional(v18),
            updated_at: crate::runtime::decode::optional(v19),
            items: crate::runtime::decode::optional(v20),
            customer: crate::runtime::decode::optional(v21),
            status: crate::runtime::decode::required(v22, "status")?,
        })
    }
}

/// InvoiceDraftRequest
///
/// Invoice draft request
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvoiceDraftRequest {
    pub name: String,
    pub description: String,
    pub unit_price_ttc: f32,
    pub unit_setup_ttc: f32,
    pub quantity: i64,
    pub related_id: i64,
    pub related: InvoiceDraftRequestRelated,
    pub billing: Option<String>,
}

impl InvoiceDraftRequest {
    /// A new `InvoiceDraftRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        unit_price_ttc: impl Into<f32>,
        unit_setup_ttc: impl Into<f32>,
        quantity: impl Into<i64>,
        related_id: impl Into<i64>,
        related: impl Into<InvoiceDraftRequestRelated>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            unit_price_ttc: unit_price_ttc.into(),
            unit_setup_ttc: unit_setup_ttc.into(),
            quantity: quantity.into(),
            related_id: related_id.into(),
            related: related.into(),
            billing: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `unit_price_ttc`.
    #[must_use]
    pub fn with_unit_price_ttc(mut self, value: impl Into<f32>) -> Self {
        self.unit_price_ttc = value.into();
        self
    }

    /// Sets `unit_setup_ttc`.
    #[must_use]
    pub fn with_unit_setup_ttc(mut self, value: impl Into<f32>) -> Self {
        self.unit_setup_ttc = value.into();
        self
    }

    /// Sets `quantity`.
    #[must_use]
    pub fn with_quantity(mut self, value: impl Into<i64>) -> Self {
        self.quantity = value.into();
        self
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: impl Into<i64>) -> Self {
        self.related_id = value.into();
        self
    }

    /// Sets `related`.
    #[must_use]
    pub fn with_related(mut self, value: impl Into<InvoiceDraftRequestRelated>) -> Self {
        self.related = value.into();
        self
    }

    /// Sets `billing`.
    #[must_use]
    pub fn with_billing(mut self, value: impl Into<String>) -> Self {
        self.billing = Some(value.into());
        self
    }
}

impl serde::Serialize for InvoiceDraftRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("unit_price_ttc", &self.unit_price_ttc)?;
        map.serialize_entry("unit_setup_ttc", &self.unit_setup_ttc)?;
        map.serialize_entry("quantity", &self.quantity)?;
        map.serialize_entry("related_id", &self.related_id)?;
        map.serialize_entry("related", &self.related)?;
        if let Some(value) = &self.billing {
            map.serialize_entry("billing", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceDraftRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for InvoiceDraftRequest {
    const NAME: &'static str = "InvoiceDraftRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "unit_price_ttc",
        "unit_setup_ttc",
        "quantity",
        "related_id",
        "related",
        "billing",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "description")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "unit_price_ttc")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "unit_setup_ttc")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "quantity")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "related_id")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "related")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "billing")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            description: crate::runtime::decode::required(v1, "description")?,
            unit_price_ttc: crate::runtime::decode::required(v2, "unit_price_ttc")?,
            unit_setup_ttc: crate::runtime::decode::required(v3, "unit_setup_ttc")?,
            quantity: crate::runtime::decode::required(v4, "quantity")?,
            related_id: crate::runtime::decode::required(v5, "related_id")?,
            related: crate::runtime::decode::required(v6, "related")?,
            billing: crate::runtime::decode::optional(v7),
        })
    }
}

/// Invoice Item
///
/// A product or service included in an invoice
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvoiceItem {
    pub id: i64,
    pub invoice_id: i64,
    pub name: String,
    pub description: Option<String>,
    pub quantity: i64,
    pub unit_price_ht: f64,
    pub unit_setup_ht: Option<f64>,
    pub unit_price_ttc: Option<f64>,
    pub unit_setup_ttc: Option<f64>,
    pub type_: Option<String>,
    pub related_id: Option<i64>,
    pub delivered_at: Option<String>,
    pub cancelled_at: Option<String>,
    pub refunded_at: Option<String>,
    /// Custom data associated with this item
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Optional discount structure for the item
    pub discount: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub parent_id: Option<i64>,
}

impl InvoiceItem {
    /// A new `InvoiceItem` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        invoice_id: impl Into<i64>,
        name: impl Into<String>,
        quantity: impl Into<i64>,
        unit_price_ht: impl Into<f64>,
    ) -> Self {
        Self {
            id: id.into(),
            invoice_id: invoice_id.into(),
            name: name.into(),
            description: None,
            quantity: quantity.into(),
            unit_price_ht: unit_price_ht.into(),
            unit_setup_ht: None,
            unit_price_ttc: None,
            unit_setup_ttc: None,
            type_: None,
            related_id: None,
            delivered_at: None,
            cancelled_at: None,
            refunded_at: None,
            data: None,
            discount: None,
            parent_id: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `invoice_id`.
    #[must_use]
    pub fn with_invoice_id(mut self, value: impl Into<i64>) -> Self {
        self.invoice_id = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `quantity`.
    #[must_use]
    pub fn with_quantity(mut self, value: impl Into<i64>) -> Self {
        self.quantity = value.into();
        self
    }

    /// Sets `unit_price_ht`.
    #[must_use]
    pub fn with_unit_price_ht(mut self, value: impl Into<f64>) -> Self {
        self.unit_price_ht = value.into();
        self
    }

    /// Sets `unit_setup_ht`.
    #[must_use]
    pub fn with_unit_setup_ht(mut self, value: impl Into<f64>) -> Self {
        self.unit_setup_ht = Some(value.into());
        self
    }

    /// Sets `unit_price_ttc`.
    #[must_use]
    pub fn with_unit_price_ttc(mut self, value: impl Into<f64>) -> Self {
        self.unit_price_ttc = Some(value.into());
        self
    }

    /// Sets `unit_setup_ttc`.
    #[must_use]
    pub fn with_unit_setup_ttc(mut self, value: impl Into<f64>) -> Self {
        self.unit_setup_ttc = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: impl Into<i64>) -> Self {
        self.related_id = Some(value.into());
        self
    }

    /// Sets `delivered_at`.
    #[must_use]
    pub fn with_delivered_at(mut self, value: impl Into<String>) -> Self {
        self.delivered_at = Some(value.into());
        self
    }

    /// Sets `cancelled_at`.
    #[must_use]
    pub fn with_cancelled_at(mut self, value: impl Into<String>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }

    /// Sets `refunded_at`.
    #[must_use]
    pub fn with_refunded_at(mut self, value: impl Into<String>) -> Self {
        self.refunded_at = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Sets `discount`.
    #[must_use]
    pub fn with_discount(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.discount = Some(value.into());
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: impl Into<i64>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
}

impl serde::Serialize for InvoiceItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("invoice_id", &self.invoice_id)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        map.serialize_entry("quantity", &self.quantity)?;
        map.serialize_entry("unit_price_ht", &self.unit_price_ht)?;
        if let Some(value) = &self.unit_setup_ht {
            map.serialize_entry("unit_setup_ht", value)?;
        }
        if let Some(value) = &self.unit_price_ttc {
            map.serialize_entry("unit_price_ttc", value)?;
        }
        if let Some(value) = &self.unit_setup_ttc {
            map.serialize_entry("unit_setup_ttc", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.related_id {
            map.serialize_entry("related_id", value)?;
        }
        if let Some(value) = &self.delivered_at {
            map.serialize_entry("delivered_at", value)?;
        }
        if let Some(value) = &self.cancelled_at {
            map.serialize_entry("cancelled_at", value)?;
        }
        if let Some(value) = &self.refunded_at {
            map.serialize_entry("refunded_at", value)?;
        }
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.discount {
            map.serialize_entry("discount", value)?;
        }
        if let Some(value) = &self.parent_id {
            map.serialize_entry("parent_id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for InvoiceItem {
    const NAME: &'static str = "InvoiceItem";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "invoice_id",
        "name",
        "description",
        "quantity",
        "unit_price_ht",
        "unit_setup_ht",
        "unit_price_ttc",
        "unit_setup_ttc",
        "type",
        "related_id",
        "delivered_at",
        "cancelled_at",
        "refunded_at",
        "data",
        "discount",
        "parent_id",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "invoice_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "name")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "description")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "quantity")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "unit_price_ht")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "unit_setup_ht")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "unit_price_ttc")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "unit_setup_ttc")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "type")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "related_id")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "delivered_at")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "cancelled_at")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "refunded_at")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "data")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "discount")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "parent_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            invoice_id: crate::runtime::decode::required(v1, "invoice_id")?,
            name: crate::runtime::decode::required(v2, "name")?,
            description: crate::runtime::decode::optional(v3),
            quantity: crate::runtime::decode::required(v4, "quantity")?,
            unit_price_ht: crate::runtime::decode::required(v5, "unit_price_ht")?,
            unit_setup_ht: crate::runtime::decode::optional(v6),
            unit_price_ttc: crate::runtime::decode::optional(v7),
            unit_setup_ttc: crate::runtime::decode::optional(v8),
            type_: crate::runtime::decode::optional(v9),
            related_id: crate::runtime::decode::optional(v10),
            delivered_at: crate::runtime::decode::optional(v11),
            cancelled_at: crate::runtime::decode::optional(v12),
            refunded_at: crate::runtime::decode::optional(v13),
            data: crate::runtime::decode::optional(v14),
            discount: crate::runtime::decode::optional(v15),
            parent_id: crate::runtime::decode::optional(v16),
        })
    }
}

/// Permission
///
/// System permission attached to an admin role
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Permission {
    pub id: Option<i64>,
    /// Internal permission key
    pub name: String,
    /// Human-readable permission label (translated)
    pub label: String,
    /// Optional group for permission grouping
    pub group: Option<String>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Permission {
    /// A new `Permission` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            label: label.into(),
            group: None,
            created_at: None,
            updated_at: None,
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

    /// Sets `label`.
    #[must_use]
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = value.into();
        self
    }

    /// Sets `group`.
    #[must_use]
    pub fn with_group(mut self, value: impl Into<String>) -> Self {
        self.group = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

impl serde::Serialize for Permission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("label", &self.label)?;
        if let Some(value) = &self.group {
            map.serialize_entry("group", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Permission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Permission {
    const NAME: &'static str = "Permission";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "label",
        "group",
        "created_at",
        "updated_at",
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
                    crate::runtime::decode::value(&mut map, &mut v2, "label")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "group")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "created_at")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "updated_at")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            name: crate::runtime::decode::required(v1, "name")?,
            label: crate::runtime::decode::required(v2, "label")?,
            group: crate::runtime::decode::optional(v3),
            created_at: crate::runtime::decode::optional(v4),
            updated_at: crate::runtime::decode::optional(v5),
        })
    }
}

/// Store Pricing Request
///
/// Schema for creating or updating a pricing related to a product or service
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PricingRequest {
    /// ID of the related product/service
    pub related_id: i64,
    /// Type of the related entity (e.g. product, config_option)
    pub related_type: String,
    /// Currency code (ISO 4217)
    pub currency: String,
    pub onetime: Option<f64>,
    pub monthly: Option<f64>,
    pub quarterly: Option<f64>,
    pub semiannually: Option<f64>,
    pub annually: Option<f64>,
    pub biennially: Option<f64>,
    pub triennially: Option<f64>,
    pub setup_onetime: Option<f64>,
    pub setup_monthly: Option<f64>,
    pub setup_quarterly: Option<f64>,
    pub setup_semiannually: Option<f64>,
    pub setup_annually: Option<f64>,
    pub setup_biennially: Option<f64>,
    pub setup_triennially: Option<f64>,
}

impl PricingRequest {
    /// A new `PricingRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        related_id: impl Into<i64>,
        related_type: impl Into<String>,
        currency: impl Into<String>,
    ) -> Self {
        Self {
            related_id: related_id.into(),
            related_type: related_type.into(),
            currency: currency.into(),
            onetime: None,
            monthly: None,
            quarterly: None,
            semiannually: None,
            annually: None,
            biennially: None,
            triennially: None,
            setup_onetime: None,
            setup_monthly: None,
            setup_quarterly: None,
            setup_semiannually: None,
            setup_annually: None,
            setup_biennially: None,
            setup_triennially: None,
        }
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: impl Into<i64>) -> Self {
        self.related_id = value.into();
        self
    }

    /// Sets `related_type`.
    #[must_use]
    pub fn with_related_type(mut self, value: impl Into<String>) -> Self {
        self.related_type = value.into();
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = value.into();
        self
    }

    /// Sets `onetime`.
    #[must_use]
    pub fn with_onetime(mut self, value: impl Into<f64>) -> Self {
        self.onetime = Some(value.into());
        self
    }

    /// Sets `monthly`.
    #[must_use]
    pub fn with_monthly(mut self, value: impl Into<f64>) -> Self {
        self.monthly = Some(value.into());
        self
    }

    /// Sets `quarterly`.
    #[must_use]
    pub fn with_quarterly(mut self, value: impl Into<f64>) -> Self {
        self.quarterly = Some(value.into());
        self
    }

    /// Sets `semiannually`.
    #[must_use]
    pub fn with_semiannually(mut self, value: impl Into<f64>) -> Self {
        self.semiannually = Some(value.into());
        self
    }

    /// Sets `annually`.
    #[must_use]
    pub fn with_annually(mut self, value: impl Into<f64>) -> Self {
        self.annually = Some(value.into());
        self
    }

    /// Sets `biennially`.
    #[must_use]
    pub fn with_biennially(mut self, value: impl Into<f64>) -> Self {
        self.biennially = Some(value.into());
        self
    }

    /// Sets `triennially`.
    #[must_use]
    pub fn with_triennially(mut self, value: impl Into<f64>) -> Self {
        self.triennially = Some(value.into());
        self
    }

    /// Sets `setup_onetime`.
    #[must_use]
    pub fn with_setup_onetime(mut self, value: impl Into<f64>) -> Self {
        self.setup_onetime = Some(value.into());
        self
    }

    /// Sets `setup_monthly`.
    #[must_use]
    pub fn with_setup_monthly(mut self, value: impl Into<f64>) -> Self {
        self.setup_monthly = Some(value.into());
        self
    }

    /// Sets `setup_quarterly`.
    #[must_use]
    pub fn with_setup_quarterly(mut self, value: impl Into<f64>) -> Self {
        self.setup_quarterly = Some(value.into());
        self
    }

    /// Sets `setup_semiannually`.
    #[must_use]
    pub fn with_setup_semiannually(mut self, value: impl Into<f64>) -> Self {
        self.setup_semiannually = Some(value.into());
        self
    }

    /// Sets `setup_annually`.
    #[must_use]
    pub fn with_setup_annually(mut self, value: impl Into<f64>) -> Self {
        self.setup_annually = Some(value.into());
        self
    }

    /// Sets `setup_biennially`.
    #[must_use]
    pub fn with_setup_biennially(mut self, value: impl Into<f64>) -> Self {
        self.setup_biennially = Some(value.into());
        self
    }

    /// Sets `setup_triennially`.
    #[must_use]
    pub fn with_setup_triennially(mut self, value: impl Into<f64>) -> Self {
        self.setup_triennially = Some(value.into());
        self
    }
}

impl serde::Serialize for PricingRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("related_id", &self.related_id)?;
        map.serialize_entry("related_type", &self.related_type)?;
        map.serialize_entry("currency", &self.currency)?;
        if let Some(value) = &self.onetime {
            map.serialize_entry("onetime", value)?;
        }
        if let Some(value) = &self.monthly {
            map.serialize_entry("monthly", value)?;
        }
        if let Some(value) = &self.quarterly {
            map.serialize_entry("quarterly", value)?;
        }
        if let Some(value) = &self.semiannually {
            map.serialize_entry("semiannually", value)?;
        }
        if let Some(value) = &self.annually {
            map.serialize_entry("annually", value)?;
        }
        if let Some(value) = &self.biennially {
            map.serialize_entry("biennially", value)?;
        }
        if let Some(value) = &self.triennially {
            map.serialize_entry("triennially", value)?;
        }
        if let Some(value) = &self.setup_onetime {
            map.serialize_entry("setup_onetime", value)?;
        }
        if let Some(value) = &self.setup_monthly {
            map.serialize_entry("setup_monthly", value)?;
        }
        if let Some(value) = &self.setup_quarterly {
            map.serialize_entry("setup_quarterly", value)?;
        }
        if let Some(value) = &self.setup_semiannually {
            map.serialize_entry("setup_semiannually", value)?;
        }
        if let Some(value) = &self.setup_annually {
            map.serialize_entry("setup_annually", value)?;
        }
        if let Some(value) = &self.setup_biennially {
            map.serialize_entry("setup_biennially", value)?;
        }
        if let Some(value) = &self.setup_triennially {
            map.serialize_entry("setup_triennially", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PricingRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PricingRequest {
    const NAME: &'static str = "PricingRequest";
    const FIELDS: &'static [&'static str] = &[
        "related_id",
        "related_type",
        "currency",
        "onetime",
        "monthly",
        "quarterly",
        "semiannually",
        "annually",
        "biennially",
        "triennially",
        "setup_onetime",
        "setup_monthly",
        "setup_quarterly",
        "setup_semiannually",
        "setup_annually",
        "setup_biennially",
        "setup_triennially",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "related_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "related_type")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "currency")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "onetime")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "monthly")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "quarterly")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "semiannually")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "annually")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "biennially")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "triennially")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "setup_onetime")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "setup_monthly")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "setup_quarterly")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v13,
                        "setup_semiannually",
                    )?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "setup_annually")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v15,
                        "setup_biennially",
                    )?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v16,
                        "setup_triennially",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            related_id: crate::runtime::decode::required(v0, "related_id")?,
            related_type: crate::runtime::decode::required(v1, "related_type")?,
            currency: crate::runtime::decode::required(v2, "currency")?,
            onetime: crate::runtime::decode::optional(v3),
            monthly: crate::runtime::decode::optional(v4),
            quarterly: crate::runtime::decode::optional(v5),
            semiannually: crate::runtime::decode::optional(v6),
            annually: crate::runtime::decode::optional(v7),
            biennially: crate::runtime::decode::optional(v8),
            triennially: crate::runtime::decode::optional(v9),
            setup_onetime: crate::runtime::decode::optional(v10),
            setup_monthly: crate::runtime::decode::optional(v11),
            setup_quarterly: crate::runtime::decode::optional(v12),
            setup_semiannually: crate::runtime::decode::optional(v13),
            setup_annually: crate::runtime::decode::optional(v14),
            setup_biennially: crate::runtime::decode::optional(v15),
            setup_triennially: crate::runtime::decode::optional(v16),
        })
    }
}

/// Provisioning Server
///
/// A server entity used for service provisioning, including credentials and technical specifications.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProvisioningServer {
    pub id: Option<i64>,
    pub name: String,
    pub hostname: String,
    pub address: String,
    /// Port used to communicate with the server
    pub port: Option<i64>,
    pub username: Option<String>,
    pub password: Option<String>,
    /// Type of the provisioning integration
    pub type_: String,
    pub status: Option<ProvisioningServerStatus>,
    /// Maximum number of accounts/services on this server
    pub maxaccounts: Option<i64>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ProvisioningServer {
    /// A new `ProvisioningServer` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        hostname: impl Into<String>,
        address: impl Into<String>,
        type_: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            hostname: hostname.into(),
            address: address.into(),
            port: None,
            username: None,
            password: None,
            type_: type_.into(),
            status: None,
            maxaccounts: None,
            created_at: None,
            updated_at: None,
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

    /// Sets `hostname`.
    #[must_use]
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = value.into();
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn with_port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProvisioningServerStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `maxaccounts`.
    #[must_use]
    pub fn with_maxaccounts(mut self, value: impl Into<i64>) -> Self {
        self.maxaccounts = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

impl serde::Serialize for ProvisioningServer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("hostname", &self.hostname)?;
        map.serialize_entry("address", &self.address)?;
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.maxaccounts {
            map.serialize_entry("maxaccounts", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningServer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProvisioningServer {
    const NAME: &'static str = "ProvisioningServer";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "hostname",
        "address",
        "port",
        "username",
        "password",
        "type",
        "status",
        "maxaccounts",
        "created_at",
        "updated_at",
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
                    crate::runtime::decode::value(&mut map, &mut v2, "hostname")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "address")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "port")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "username")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "password")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "type")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "status")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "maxaccounts")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "created_at")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "updated_at")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            name: crate::runtime::decode::required(v1, "name")?,
            hostname: crate::runtime::decode::required(v2, "hostname")?,
            address: crate::runtime::decode::required(v3, "address")?,
            port: crate::runtime::decode::optional(v4),
            username: crate::runtime::decode::optional(v5),
            password: crate::runtime::decode::optional(v6),
            type_: crate::runtime::decode::required(v7, "type")?,
            status: crate::runtime::decode::optional(v8),
            maxaccounts: crate::runtime::decode::optional(v9),
            created_at: crate::runtime::decode::optional(v10),
            updated_at: crate::runtime::decode::optional(v11),
        })
    }
}

/// Service
///
/// service model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProvisioningService {
    /// The UUID of the service
    pub uuid: Option<String>,
    /// The billing of the service
    pub billing: Option<String>,
    /// The ID of the associated server
    pub server_id: Option<i64>,
    /// The ID of the associated product (nullable)
    pub product_id: Option<i64>,
    /// The ID of the associated invoice for renewal (nullable)
    pub invoice_id: Option<i64>,
    /// The expiration date of the service
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The suspension date of the service
    pub suspended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The cancellation date of the service
    pub cancelled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The cancellation reason of the service
    pub cancelled_reason: Option<String>,
    /// The notes of the service
    pub notes: Option<String>,
    /// The delivery errors of the service
    pub delivery_errors: Option<String>,
    /// The delivery attempts of the service
    pub delivery_attempts: Option<i64>,
    /// The renewals of the service
    pub renewals: Option<i64>,
    /// The trial end date of the service
    pub trial_ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The maximum renewals of the service
    pub max_renewals: Option<i64>,
    /// The data of the service
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The currency of the service
    pub currency: Option<String>,
    /// The suspension reason of the service
    pub suspend_reason: Option<String>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Service ID.
    pub id: i64,
    /// The ID of the associated customer
    pub customer_id: i64,
    /// The name of the service
    pub name: String,
    /// The type of the service
    pub type_: String,
    pub status: ServiceStatus,
}

impl ProvisioningService {
    /// A new `ProvisioningService` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        customer_id: impl Into<i64>,
        name: impl Into<String>,
        type_: impl Into<String>,
        status: impl Into<ServiceStatus>,
    ) -> Self {
        Self {
            uuid: None,
            billing: None,
            server_id: None,
            product_id: None,
            invoice_id: None,
            expires_at: None,
            suspended_at: None,
            cancelled_at: None,
            cancelled_reason: None,
            notes: None,
            delivery_errors: None,
            delivery_attempts: None,
            renewals: None,
            trial_ends_at: None,
            max_renewals: None,
            data: None,
            currency: None,
            suspend_reason: None,
            created_at: None,
            updated_at: None,
            id: id.into(),
            customer_id: customer_id.into(),
            name: name.into(),
            type_: type_.into(),
            status: status.into(),
        }
    }

    /// Sets `uuid`.
    #[must_use]
    pub fn with_uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }

    /// Sets `billing`.
    #[must_use]
    pub fn with_billing(mut self, value: impl Into<String>) -> Self {
        self.billing = Some(value.into());
        self
    }

    /// Sets `server_id`.
    #[must_use]
    pub fn with_server_id(mut self, value: impl Into<i64>) -> Self {
        self.server_id = Some(value.into());
        self
    }

    /// Sets `product_id`.
    #[must_use]
    pub fn with_product_id(mut self, value: impl Into<i64>) -> Self {
        self.product_id = Some(value.into());
        self
    }

    /// Sets `invoice_id`.
    #[must_use]
    pub fn with_invoice_id(mut self, value: impl Into<i64>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }

    /// Sets `expires_at`.
    #[must_use]
    pub fn with_expires_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.expires_at = Some(value.into());
        self
    }

    /// Sets `suspended_at`.
    #[must_use]
    pub fn with_suspended_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.suspended_at = Some(value.into());
        self
    }

    /// Sets `cancelled_at`.
    #[must_use]
    pub fn with_cancelled_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }

    /// Sets `cancelled_reason`.
    #[must_use]
    pub fn with_cancelled_reason(mut self, value: impl Into<String>) -> Self {
        self.cancelled_reason = Some(value.into());
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }

    /// Sets `delivery_errors`.
    #[must_use]
    pub fn with_delivery_errors(mut self, value: impl Into<String>) -> Self {
        self.delivery_errors = Some(value.into());
        self
    }

    /// Sets `delivery_attempts`.
    #[must_use]
    pub fn with_delivery_attempts(mut self, value: impl Into<i64>) -> Self {
        self.delivery_attempts = Some(value.into());
        self
    }

    /// Sets `renewals`.
    #[must_use]
    pub fn with_renewals(mut self, value: impl Into<i64>) -> Self {
        self.renewals = Some(value.into());
        self
    }

    /// Sets `trial_ends_at`.
    #[must_use]
    pub fn with_trial_ends_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.trial_ends_at = Some(value.into());
        self
    }

    /// Sets `max_renewals`.
    #[must_use]
    pub fn with_max_renewals(mut self, value: impl Into<i64>) -> Self {
        self.max_renewals = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `suspend_reason`.
    #[must_use]
    pub fn with_suspend_reason(mut self, value: impl Into<String>) -> Self {
        self.suspend_reason = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = value.into();
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

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ServiceStatus>) -> Self {
        self.status = value.into();
        self
    }
}

impl serde::Serialize for ProvisioningService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.uuid {
            map.serialize_entry("uuid", value)?;
        }
        if let Some(value) = &self.billing {
            map.serialize_entry("billing", value)?;
        }
        if let Some(value) = &self.server_id {
            map.serialize_entry("server_id", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("product_id", value)?;
        }
        if let Some(value) = &self.invoice_id {
            map.serialize_entry("invoice_id", value)?;
        }
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        if let Some(value) = &self.suspended_at {
            map.serialize_entry("suspended_at", value)?;
        }
        if let Some(value) = &self.cancelled_at {
            map.serialize_entry("cancelled_at", value)?;
        }
        if let Some(value) = &self.cancelled_reason {
            map.serialize_entry("cancelled_reason", value)?;
        }
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        if let Some(value) = &self.delivery_errors {
            map.serialize_entry("delivery_errors", value)?;
        }
        if let Some(value) = &self.delivery_attempts {
            map.serialize_entry("delivery_attempts", value)?;
        }
        if let Some(value) = &self.renewals {
            map.serialize_entry("renewals", value)?;
        }
        if let Some(value) = &self.trial_ends_at {
            map.serialize_entry("trial_ends_at", value)?;
        }
        if let Some(value) = &self.max_renewals {
            map.serialize_entry("max_renewals", value)?;
        }
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.currency {
            map.serialize_entry("currency", value)?;
        }
        if let Some(value) = &self.suspend_reason {
            map.serialize_entry("suspend_reason", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("customer_id", &self.customer_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("status", &self.status)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProvisioningService {
    const NAME: &'static str = "ProvisioningService";
    const FIELDS: &'static [&'static str] = &[
        "uuid",
        "billing",
        "server_id",
        "product_id",
        "invoice_id",
        "expires_at",
        "suspended_at",
        "cancelled_at",
        "cancelled_reason",
        "notes",
        "delivery_errors",
        "delivery_attempts",
        "renewals",
        "trial_ends_at",
        "max_renewals",
        "data",
        "currency",
        "suspend_reason",
        "created_at",
        "updated_at",
        "id",
        "customer_id",
        "name",
        "type",
        "status",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "uuid")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "billing")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "server_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "product_id")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "invoice_id")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "expires_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "suspended_at")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "cancelled_at")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "cancelled_reason")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "notes")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "delivery_errors")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v11,
                        "delivery_attempts",
                    )?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "renewals")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "trial_ends_at")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "max_renewals")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "data")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "currency")?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "suspend_reason")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "created_at")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "updated_at")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(&mut map, &mut v20, "id")?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(&mut map, &mut v21, "customer_id")?
                }
                crate::runtime::decode::Key::Field(22) => {
                    crate::runtime::decode::value(&mut map, &mut v22, "name")?
                }
                crate::runtime::decode::Key::Field(23) => {
                    crate::runtime::decode::value(&mut map, &mut v23, "type")?
                }
                crate::runtime::decode::Key::Field(24) => {
                    crate::runtime::decode::value(&mut map, &mut v24, "status")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            uuid: crate::runtime::decode::optional(v0),
            billing: crate::runtime::decode::optional(v1),
            server_id: crate::runtime::decode::optional(v2),
            product_id: crate::runtime::decode::optional(v3),
            invoice_id: crate::runtime::decode::optional(v4),
            expires_at: crate::runtime::decode::optional(v5),
            suspended_at: crate::runtime::decode::optional(v6),
            cancelled_at: crate::runtime::decode::optional(v7),
            cancelled_reason: crate::runtime::decode::optional(v8),
            notes: crate::runtime::decode::optional(v9),
            delivery_errors: crate::runtime::decode::optional(v10),
            delivery_attempts: crate::runtime::decode::optional(v11),
            renewals: crate::runtime::decode::optional(v12),
            trial_ends_at: crate::runtime::decode::optional(v13),
            max_renewals: crate::runtime::decode::optional(v14),
            data: crate::runtime::decode::optional(v15),
            currency: crate::runtime::decode::optional(v16),
            suspend_reason: crate::runtime::decode::optional(v17),
            created_at: crate::runtime::decode::optional(v18),
            updated_at: crate::runtime::decode::optional(v19),
            id: crate::runtime::decode::required(v20, "id")?,
            customer_id: crate::runtime::decode::required(v21, "customer_id")?,
            name: crate::runtime::decode::required(v22, "name")?,
            type_: crate::runtime::decode::required(v23, "type")?,
            status: crate::runtime::decode::required(v24, "status")?,
        })
    }
}

/// Role
///
/// Admin role and associated permissions
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Role {
    pub id: Option<i64>,
    pub name: String,
    pub level: i64,
    /// Grants all permissions automatically
    pub is_admin: Option<bool>,
    /// Used as the default role when none is assigned
    pub is_default: Option<bool>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// List of permissions attached to this role
    pub permissions: Option<Vec<Permission>>,
}

impl Role {
    /// A new `Role` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>, level: impl Into<i64>) -> Self {
        Self {
            id: None,
            name: name.into(),
            level: level.into(),
            is_admin: None,
            is_default: None,
            created_at: None,
            updated_at: None,
            deleted_at: None,
            permissions: None,
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

    /// Sets `level`.
    #[must_use]
    pub fn with_level(mut self, value: impl Into<i64>) -> Self {
        self.level = value.into();
        self
    }

    /// Sets `is_admin`.
    #[must_use]
    pub fn with_is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }

    /// Sets `is_default`.
    #[must_use]
    pub fn with_is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.deleted_at = Some(value.into());
        self
    }

    /// Sets `permissions`.
    #[must_use]
    pub fn with_permissions(mut self, value: impl Into<Vec<Permission>>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("level", &self.level)?;
        if let Some(value) = &self.is_admin {
            map.serialize_entry("is_admin", value)?;
        }
        if let Some(value) = &self.is_default {
            map.serialize_entry("is_default", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.deleted_at {
            map.serialize_entry("deleted_at", value)?;
        }
        if let Some(value) = &self.permissions {
            map.serialize_entry("permissions", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Role {
    const NAME: &'static str = "Role";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "level",
        "is_admin",
        "is_default",
        "created_at",
        "updated_at",
        "deleted_at",
        "permissions",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "level")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "is_admin")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "is_default")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "created_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "updated_at")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "deleted_at")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "permissions")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            name: crate::runtime::decode::required(v1, "name")?,
            level: crate::runtime::decode::required(v2, "level")?,
            is_admin: crate::runtime::decode::optional(v3),
            is_default: crate::runtime::decode::optional(v4),
            created_at: crate::runtime::decode::optional(v5),
            updated_at: crate::runtime::decode::optional(v6),
            deleted_at: crate::runtime::decode::optional(v7),
            permissions: crate::runtime::decode::optional(v8),
        })
    }
}

/// Service Renewals
///
/// Information about a service renewal cycle
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceRenewals {
    pub id: Option<i64>,
    pub service_id: i64,
    pub invoice_id: i64,
    pub start_date: chrono::DateTime<chrono::Utc>,
    pub end_date: chrono::DateTime<chrono::Utc>,
    pub renewed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub next_billing_on: Option<chrono::DateTime<chrono::Utc>>,
    pub period: Option<String>,
    pub first_period: Option<bool>,
}

impl ServiceRenewals {
    /// A new `ServiceRenewals` from its required fields; the others are unset or at their default.
    pub fn new(
        service_id: impl Into<i64>,
        invoice_id: impl Into<i64>,
        start_date: impl Into<chrono::DateTime<chrono::Utc>>,
        end_date: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        Self {
            id: None,
            service_id: service_id.into(),
            invoice_id: invoice_id.into(),
            start_date: start_date.into(),
            end_date: end_date.into(),
            renewed_at: None,
            next_billing_on: None,
            period: None,
            first_period: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `service_id`.
    #[must_use]
    pub fn with_service_id(mut self, value: impl Into<i64>) -> Self {
        self.service_id = value.into();
        self
    }

    /// Sets `invoice_id`.
    #[must_use]
    pub fn with_invoice_id(mut self, value: impl Into<i64>) -> Self {
        self.invoice_id = value.into();
        self
    }

    /// Sets `start_date`.
    #[must_use]
    pub fn with_start_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.start_date = value.into();
        self
    }

    /// Sets `end_date`.
    #[must_use]
    pub fn with_end_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.end_date = value.into();
        self
    }

    /// Sets `renewed_at`.
    #[must_use]
    pub fn with_renewed_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.renewed_at = Some(value.into());
        self
    }

    /// Sets `next_billing_on`.
    #[must_use]
    pub fn with_next_billing_on(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.next_billing_on = Some(value.into());
        self
    }

    /// Sets `period`.
    #[must_use]
    pub fn with_period(mut self, value: impl Into<String>) -> Self {
        self.period = Some(value.into());
        self
    }

    /// Sets `first_period`.
    #[must_use]
    pub fn with_first_period(mut self, value: impl Into<bool>) -> Self {
        self.first_period = Some(value.into());
        self
    }
}

impl serde::Serialize for ServiceRenewals {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("service_id", &self.service_id)?;
        map.serialize_entry("invoice_id", &self.invoice_id)?;
        map.serialize_entry("start_date", &self.start_date)?;
        map.serialize_entry("end_date", &self.end_date)?;
        if let Some(value) = &self.renewed_at {
            map.serialize_entry("renewed_at", value)?;
        }
        if let Some(value) = &self.next_billing_on {
            map.serialize_entry("next_billing_on", value)?;
        }
        if let Some(value) = &self.period {
            map.serialize_entry("period", value)?;
        }
        if let Some(value) = &self.first_period {
            map.serialize_entry("first_period", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceRenewals {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ServiceRenewals {
    const NAME: &'static str = "ServiceRenewals";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "service_id",
        "invoice_id",
        "start_date",
        "end_date",
        "renewed_at",
        "next_billing_on",
        "period",
        "first_period",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "service_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "invoice_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "start_date")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "end_date")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "renewed_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "next_billing_on")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "period")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "first_period")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            service_id: crate::runtime::decode::required(v1, "service_id")?,
            invoice_id: crate::runtime::decode::required(v2, "invoice_id")?,
            start_date: crate::runtime::decode::required(v3, "start_date")?,
            end_date: crate::runtime::decode::required(v4, "end_date")?,
            renewed_at: crate::runtime::decode::optional(v5),
            next_billing_on: crate::runtime::decode::optional(v6),
            period: crate::runtime::decode::optional(v7),
            first_period: crate::runtime::decode::optional(v8),
        })
    }
}

/// Shop group model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopGroup {
    /// The id of the item
    pub id: i64,
    /// The name of the item
    pub name: String,
    /// The URL-friendly slug for the item
    pub slug: String,
    /// A description or details about the item
    pub description: Option<String>,
    /// The order in which the item should be sorted
    pub sort_order: Option<i64>,
    /// Whether the item is pinned or not
    pub pinned: Option<bool>,
    /// The URL or path to the item's image
    pub image: Option<String>,
    /// The id of the parent group
    pub parent_id: Option<i64>,
    pub status: ProductStatus,
    /// Whether the image is used as the card background.
    pub use_image_as_background: Option<bool>,
    /// Present with `include=products`.
    pub products: Option<Vec<ShopProduct>>,
    /// Child groups; present with `include=groups`.
    pub groups: Option<Vec<ShopGroup>>,
    /// Present with `include=metadata`.
    pub metadata: Option<Vec<Metadata>>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ShopGroup {
    /// A new `ShopGroup` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        name: impl Into<String>,
        slug: impl Into<String>,
        status: impl Into<ProductStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            slug: slug.into(),
            description: None,
            sort_order: None,
            pinned: None,
            image: None,
            parent_id: None,
            status: status.into(),
            use_image_as_background: None,
            products: None,
            groups: None,
            metadata: None,
            created_at: None,
            updated_at: None,
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

    /// Sets `slug`.
    #[must_use]
    pub fn with_slug(mut self, value: impl Into<String>) -> Self {
        self.slug = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: impl Into<i64>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: impl Into<bool>) -> Self {
        self.pinned = Some(value.into());
        self
    }

    /// Sets `image`.
    #[must_use]
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: impl Into<i64>) -> Self {
        self.parent_id = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `use_image_as_background`.
    #[must_use]
    pub fn with_use_image_as_background(mut self, value: impl Into<bool>) -> Self {
        self.use_image_as_background = Some(value.into());
        self
    }

    /// Sets `products`.
    #[must_use]
    pub fn with_products(mut self, value: impl Into<Vec<ShopProduct>>) -> Self {
        self.products = Some(value.into());
        self
    }

    /// Sets `groups`.
    #[must_use]
    pub fn with_groups(mut self, value: impl Into<Vec<ShopGroup>>) -> Self {
        self.groups = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn with_metadata(mut self, value: impl Into<Vec<Metadata>>) -> Self {
        self.metadata = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

impl serde::Serialize for ShopGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("slug", &self.slug)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.sort_order {
            map.serialize_entry("sort_order", value)?;
        }
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.image {
            map.serialize_entry("image", value)?;
        }
        if let Some(value) = &self.parent_id {
            map.serialize_entry("parent_id", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        if let Some(value) = &self.use_image_as_background {
            map.serialize_entry("use_image_as_background", value)?;
        }
        if let Some(value) = &self.products {
            map.serialize_entry("products", value)?;
        }
        if let Some(value) = &self.groups {
            map.serialize_entry("groups", value)?;
        }
        if let Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ShopGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ShopGroup {
    const NAME: &'static str = "ShopGroup";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "slug",
        "description",
        "sort_order",
        "pinned",
        "image",
        "parent_id",
        "status",
        "use_image_as_background",
        "products",
        "groups",
        "metadata",
        "created_at",
        "updated_at",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "slug")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "description")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "sort_order")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "pinned")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "image")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "parent_id")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "status")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "use_image_as_background",
                    )?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "products")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "groups")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "metadata")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "created_at")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "updated_at")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            name: crate::runtime::decode::required(v1, "name")?,
            slug: crate::runtime::decode::required(v2, "slug")?,
            description: crate::runtime::decode::optional(v3),
            sort_order: crate::runtime::decode::optional(v4),
            pinned: crate::runtime::decode::optional(v5),
            image: crate::runtime::decode::optional(v6),
            parent_id: crate::runtime::decode::optional(v7),
            status: crate::runtime::decode::required(v8, "status")?,
            use_image_as_background: crate::runtime::decode::optional(v9),
            products: crate::runtime::decode::optional(v10),
            groups: crate::runtime::decode::optional(v11),
            metadata: crate::runtime::decode::optional(v12),
            created_at: crate::runtime::decode::optional(v13),
            updated_at: crate::runtime::decode::optional(v14),
        })
    }
}

/// Shop pricing model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopPricing {
    /// The ID of the associated item
    pub related_id: i64,
    /// The type of the associated item (e.g., product, service, etc.)
    pub related_type: String,
    /// The currency for pricing
    pub currency: String,
    /// One-time payment amount
    pub onetime: Option<f64>,
    /// Monthly payment amount
    pub monthly: Option<f64>,
    /// Quarterly payment amount
    pub quarterly: Option<f64>,
    /// Semi-annual payment amount
    pub semiannually: Option<f64>,
    /// Annual payment amount
    pub annually: Option<f64>,
    /// Biennial payment amount
    pub biennially: Option<f64>,
    /// Triennial payment amount
    pub triennially: Option<f64>,
    /// One-time setup fee amount
    pub setup_onetime: Option<f64>,
    /// Monthly setup fee amount
    pub setup_monthly: Option<f64>,
    /// Quarterly setup fee amount
    pub setup_quarterly: Option<f64>,
    /// Semi-annual setup fee amount
    pub setup_semiannually: Option<f64>,
    /// Annual setup fee amount
    pub setup_annually: Option<f64>,
    /// Biennial setup fee amount
    pub setup_biennially: Option<f64>,
    /// Triennial setup fee amount
    pub setup_triennially: Option<f64>,
    /// Pricing ID.
    pub id: Option<i64>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ShopPricing {
    /// A new `ShopPricing` from its required fields; the others are unset or at their default.
    pub fn new(
        related_id: impl Into<i64>,
        related_type: impl Into<String>,
        currency: impl Into<String>,
    ) -> Self {
        Self {
            related_id: related_id.into(),
            related_type: related_type.into(),
            currency: currency.into(),
            onetime: None,
            monthly: None,
            quarterly: None,
            semiannually: None,
            annually: None,
            biennially: None,
            triennially: None,
            setup_onetime: None,
            setup_monthly: None,
            setup_quarterly: None,
            setup_semiannually: None,
            setup_annually: None,
            setup_biennially: None,
            setup_triennially: None,
            id: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: impl Into<i64>) -> Self {
        self.related_id = value.into();
        self
    }

    /// Sets `related_type`.
    #[must_use]
    pub fn with_related_type(mut self, value: impl Into<String>) -> Self {
        self.related_type = value.into();
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = value.into();
        self
    }

    /// Sets `onetime`.
    #[must_use]
    pub fn with_onetime(mut self, value: impl Into<f64>) -> Self {
        self.onetime = Some(value.into());
        self
    }

    /// Sets `monthly`.
    #[must_use]
    pub fn with_monthly(mut self, value: impl Into<f64>) -> Self {
        self.monthly = Some(value.into());
        self
    }

    /// Sets `quarterly`.
    #[must_use]
    pub fn with_quarterly(mut self, value: impl Into<f64>) -> Self {
        self.quarterly = Some(value.into());
        self
    }

    /// Sets `semiannually`.
    #[must_use]
    pub fn with_semiannually(mut self, value: impl Into<f64>) -> Self {
        self.semiannually = Some(value.into());
        self
    }

    /// Sets `annually`.
    #[must_use]
    pub fn with_annually(mut self, value: impl Into<f64>) -> Self {
        self.annually = Some(value.into());
        self
    }

    /// Sets `biennially`.
    #[must_use]
    pub fn with_biennially(mut self, value: impl Into<f64>) -> Self {
        self.biennially = Some(value.into());
        self
    }

    /// Sets `triennially`.
    #[must_use]
    pub fn with_triennially(mut self, value: impl Into<f64>) -> Self {
        self.triennially = Some(value.into());
        self
    }

    /// Sets `setup_onetime`.
    #[must_use]
    pub fn with_setup_onetime(mut self, value: impl Into<f64>) -> Self {
        self.setup_onetime = Some(value.into());
        self
    }

    /// Sets `setup_monthly`.
    #[must_use]
    pub fn with_setup_monthly(mut self, value: impl Into<f64>) -> Self {
        self.setup_monthly = Some(value.into());
        self
    }

    /// Sets `setup_quarterly`.
    #[must_use]
    pub fn with_setup_quarterly(mut self, value: impl Into<f64>) -> Self {
        self.setup_quarterly = Some(value.into());
        self
    }

    /// Sets `setup_semiannually`.
    #[must_use]
    pub fn with_setup_semiannually(mut self, value: impl Into<f64>) -> Self {
        self.setup_semiannually = Some(value.into());
        self
    }

    /// Sets `setup_annually`.
    #[must_use]
    pub fn with_setup_annually(mut self, value: impl Into<f64>) -> Self {
        self.setup_annually = Some(value.into());
        self
    }

    /// Sets `setup_biennially`.
    #[must_use]
    pub fn with_setup_biennially(mut self, value: impl Into<f64>) -> Self {
        self.setup_biennially = Some(value.into());
        self
    }

    /// Sets `setup_triennially`.
    #[must_use]
    pub fn with_setup_triennially(mut self, value: impl Into<f64>) -> Self {
        self.setup_triennially = Some(value.into());
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

impl serde::Serialize for ShopPricing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("related_id", &self.related_id)?;
        map.serialize_entry("related_type", &self.related_type)?;
        map.serialize_entry("currency", &self.currency)?;
        if let Some(value) = &self.onetime {
            map.serialize_entry("onetime", value)?;
        }
        if let Some(value) = &self.monthly {
            map.serialize_entry("monthly", value)?;
        }
        if let Some(value) = &self.quarterly {
            map.serialize_entry("quarterly", value)?;
        }
        if let Some(value) = &self.semiannually {
            map.serialize_entry("semiannually", value)?;
        }
        if let Some(value) = &self.annually {
            map.serialize_entry("annually", value)?;
        }
        if let Some(value) = &self.biennially {
            map.serialize_entry("biennially", value)?;
        }
        if let Some(value) = &self.triennially {
            map.serialize_entry("triennially", value)?;
        }
        if let Some(value) = &self.setup_onetime {
            map.serialize_entry("setup_onetime", value)?;
        }
        if let Some(value) = &self.setup_monthly {
            map.serialize_entry("setup_monthly", value)?;
        }
        if let Some(value) = &self.setup_quarterly {
            map.serialize_entry("setup_quarterly", value)?;
        }
        if let Some(value) = &self.setup_semiannually {
            map.serialize_entry("setup_semiannually", value)?;
        }
        if let Some(value) = &self.setup_annually {
            map.serialize_entry("setup_annually", value)?;
        }
        if let Some(value) = &self.setup_biennially {
            map.serialize_entry("setup_biennially", value)?;
        }
        if let Some(value) = &self.setup_triennially {
            map.serialize_entry("setup_triennially", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ShopPricing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ShopPricing {
    const NAME: &'static str = "ShopPricing";
    const FIELDS: &'static [&'static str] = &[
        "related_id",
        "related_type",
        "currency",
        "onetime",
        "monthly",
        "quarterly",
        "semiannually",
        "annually",
        "biennially",
        "triennially",
        "setup_onetime",
        "setup_monthly",
        "setup_quarterly",
        "setup_semiannually",
        "setup_annually",
        "setup_biennially",
        "setup_triennially",
        "id",
        "created_at",
        "updated_at",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "related_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "related_type")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "currency")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "onetime")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "monthly")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "quarterly")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "semiannually")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "annually")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "biennially")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "triennially")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "setup_onetime")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "setup_monthly")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "setup_quarterly")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v13,
                        "setup_semiannually",
                    )?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "setup_annually")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v15,
                        "setup_biennially",
                    )?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v16,
                        "setup_triennially",
                    )?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "id")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "created_at")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "updated_at")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            related_id: crate::runtime::decode::required(v0, "related_id")?,
            related_type: crate::runtime::decode::required(v1, "related_type")?,
            currency: crate::runtime::decode::required(v2, "currency")?,
            onetime: crate::runtime::decode::optional(v3),
            monthly: crate::runtime::decode::optional(v4),
            quarterly: crate::runtime::decode::optional(v5),
            semiannually: crate::runtime::decode::optional(v6),
            annually: crate::runtime::decode::optional(v7),
            biennially: crate::runtime::decode::optional(v8),
            triennially: crate::runtime::decode::optional(v9),
            setup_onetime: crate::runtime::decode::optional(v10),
            setup_monthly: crate::runtime::decode::optional(v11),
            setup_quarterly: crate::runtime::decode::optional(v12),
            setup_semiannually: crate::runtime::decode::optional(v13),
            setup_annually: crate::runtime::decode::optional(v14),
            setup_biennially: crate::runtime::decode::optional(v15),
            setup_triennially: crate::runtime::decode::optional(v16),
            id: crate::runtime::decode::optional(v17),
            created_at: crate::runtime::decode::optional(v18),
            updated_at: crate::runtime::decode::optional(v19),
        })
    }
}

/// Shop product model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopProduct {
    /// The id of the item
    pub id: i64,
    /// The name of the item
    pub name: String,
    /// A description or details about the item
    pub description: Option<String>,
    /// The order in which the item should be sorted
    pub sort_order: Option<i64>,
    /// The stock quantity of the item
    pub stock: Option<i64>,
    /// Whether the item is pinned or not
    pub pinned: Option<bool>,
    /// The image URL of the item
    pub image: Option<String>,
    /// Prices, one entry per currency; present with `pricing=1` or `include=pricing`.
    pub pricing: Option<Vec<ShopPricing>>,
    pub group: Option<ShopGroup>,
    /// Present with `include=metadata`.
    pub metadata: Option<Vec<Metadata>>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub status: ProductStatus,
    /// The ID of the group to which the item belongs
    pub group_id: i64,
    /// The type of the product
    pub type_: String,
}

impl ShopProduct {
    /// A new `ShopProduct` from its required fields; the others are unset or at their default.
    pub fn new(
        id: impl Into<i64>,
        name: impl Into<String>,
        status: impl Into<ProductStatus>,
        group_id: impl Into<i64>,
        type_: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            sort_order: None,
            stock: None,
            pinned: None,
            image: None,
            pricing: None,
            group: None,
            metadata: None,
            created_at: None,
            updated_at: None,
            status: status.into(),
            group_id: group_id.into(),
            type_: type_.into(),
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

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: impl Into<i64>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sets `stock`.
    #[must_use]
    pub fn with_stock(mut self, value: impl Into<i64>) -> Self {
        self.stock = Some(value.into());
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: impl Into<bool>) -> Self {
        self.pinned = Some(value.into());
        self
    }

    /// Sets `image`.
    #[must_use]
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(mut self, value: impl Into<Vec<ShopPricing>>) -> Self {
        self.pricing = Some(value.into());
        self
    }

    /// Sets `group`.
    #[must_use]
    pub fn with_group(mut self, value: impl Into<ShopGroup>) -> Self {
        self.group = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn with_metadata(mut self, value: impl Into<Vec<Metadata>>) -> Self {
        self.metadata = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `group_id`.
    #[must_use]
    pub fn with_group_id(mut self, value: impl Into<i64>) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }
}

impl serde::Serialize for ShopProduct {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.sort_order {
            map.serialize_entry("sort_order", value)?;
        }
        if let Some(value) = &self.stock {
            map.serialize_entry("stock", value)?;
        }
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.image {
            map.serialize_entry("image", value)?;
        }
        if let Some(value) = &self.pricing {
            map.serialize_entry("pricing", value)?;
        }
        if let Some(value) = &self.group {
            map.serialize_entry("group", value)?;
        }
        if let Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("group_id", &self.group_id)?;
        map.serialize_entry("type", &self.type_)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ShopProduct {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ShopProduct {
    const NAME: &'static str = "ShopProduct";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "sort_order",
        "stock",
        "pinned",
        "image",
        "pricing",
        "group",
        "metadata",
        "created_at",
        "updated_at",
        "status",
        "group_id",
        "type",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "description")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "sort_order")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "stock")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "pinned")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "image")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "pricing")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "group")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "metadata")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "created_at")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "updated_at")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "status")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "group_id")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "type")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "id")?,
            name: crate::runtime::decode::required(v1, "name")?,
            description: crate::runtime::decode::optional(v2),
            sort_order: crate::runtime::decode::optional(v3),
            stock: crate::runtime::decode::optional(v4),
            pinned: crate::runtime::decode::optional(v5),
            image: crate::runtime::decode::optional(v6),
            pricing: crate::runtime::decode::optional(v7),
            group: crate::runtime::decode::optional(v8),
            metadata: crate::runtime::decode::optional(v9),
            created_at: crate::runtime::decode::optional(v10),
            updated_at: crate::runtime::decode::optional(v11),
            status: crate::runtime::decode::required(v12, "status")?,
            group_id: crate::runtime::decode::required(v13, "group_id")?,
            type_: crate::runtime::decode::required(v14, "type")?,
        })
    }
}

/// Shop Product Request
///
/// Payload to create or update a product with associated pricing definitions
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopProductRequest {
    pub name: String,
    pub description: String,
    pub pinned: Option<bool>,
    /// Array of pricing definitions for the product
    pub pricing: Option<std::collections::BTreeMap<String, ProductPriceInput>>,
    pub remove_image: Option<BooleanString>,
    pub status: ProductStatus,
    pub group_id: i64,
    pub stock: i64,
    pub type_: String,
}

impl ShopProductRequest {
    /// A new `ShopProductRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        status: impl Into<ProductStatus>,
        group_id: impl Into<i64>,
        stock: impl Into<i64>,
        type_: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            pinned: None,
            pricing: None,
            remove_image: None,
            status: status.into(),
            group_id: group_id.into(),
            stock: stock.into(),
            type_: type_.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: impl Into<bool>) -> Self {
        self.pinned = Some(value.into());
        self
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, ProductPriceInput>>,
    ) -> Self {
        self.pricing = Some(value.into());
        self
    }

    /// Sets `remove_image`.
    #[must_use]
    pub fn with_remove_image(mut self, value: impl Into<BooleanString>) -> Self {
        self.remove_image = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `group_id`.
    #[must_use]
    pub fn with_group_id(mut self, value: impl Into<i64>) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets `stock`.
    #[must_use]
    pub fn with_stock(mut self, value: impl Into<i64>) -> Self {
        self.stock = value.into();
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }
}

impl serde::Serialize for ShopProductRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.pricing {
            map.serialize_entry("pricing", value)?;
        }
        if let Some(value) = &self.remove_image {
            map.serialize_entry("remove_image", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("group_id", &self.group_id)?;
        map.serialize_entry("stock", &self.stock)?;
        map.serialize_entry("type", &self.type_)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ShopProductRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ShopProductRequest {
    const NAME: &'static str = "ShopProductRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "pinned",
        "pricing",
        "remove_image",
        "status",
        "group_id",
        "stock",
        "type",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "description")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "pinned")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "pricing")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "remove_image")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "status")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "group_id")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "stock")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "type")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            description: crate::runtime::decode::required(v1, "description")?,
            pinned: crate::runtime::decode::optional(v2),
            pricing: crate::runtime::decode::optional(v3),
            remove_image: crate::runtime::decode::optional(v4),
            status: crate::runtime::decode::required(v5, "status")?,
            group_id: crate::runtime::decode::required(v6, "group_id")?,
            stock: crate::runtime::decode::required(v7, "stock")?,
            type_: crate::runtime::decode::required(v8, "type")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreCustomerRequest {
    pub email: String,
    pub password: Option<String>,
    pub firstname: String,
    pub lastname: String,
    pub address: String,
    pub address2: Option<String>,
    pub city: String,
    pub zipcode: String,
    pub phone: Option<String>,
    pub region: String,
    pub verified: Option<bool>,
    pub balance: Option<f64>,
    pub locale: String,
    pub country: String,
    pub confirmed: Option<bool>,
    pub company_name: Option<String>,
    pub billing_details: Option<String>,
}

impl StoreCustomerRequest {
    /// A new `StoreCustomerRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        email: impl Into<String>,
        firstname: impl Into<String>,
        lastname: impl Into<String>,
        address: impl Into<String>,
        city: impl Into<String>,
        zipcode: impl Into<String>,
        region: impl Into<String>,
        locale: impl Into<String>,
        country: impl Into<String>,
    ) -> Self {
        Self {
            email: email.into(),
            password: None,
            firstname: firstname.into(),
            lastname: lastname.into(),
            address: address.into(),
            address2: None,
            city: city.into(),
            zipcode: zipcode.into(),
            phone: None,
            region: region.into(),
            verified: None,
            balance: None,
            locale: locale.into(),
            country: country.into(),
            confirmed: None,
            company_name: None,
            billing_details: None,
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
        self.password = Some(value.into());
        self
    }

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: impl Into<String>) -> Self {
        self.firstname = value.into();
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: impl Into<String>) -> Self {
        self.lastname = value.into();
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `address2`.
    #[must_use]
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = value.into();
        self
    }

    /// Sets `zipcode`.
    #[must_use]
    pub fn with_zipcode(mut self, value: impl Into<String>) -> Self {
        self.zipcode = value.into();
        self
    }

    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = value.into();
        self
    }

    /// Sets `verified`.
    #[must_use]
    pub fn with_verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(value.into());
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: impl Into<String>) -> Self {
        self.locale = value.into();
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = value.into();
        self
    }

    /// Sets `confirmed`.
    #[must_use]
    pub fn with_confirmed(mut self, value: impl Into<bool>) -> Self {
        self.confirmed = Some(value.into());
        self
    }

    /// Sets `company_name`.
    #[must_use]
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
        self
    }

    /// Sets `billing_details`.
    #[must_use]
    pub fn with_billing_details(mut self, value: impl Into<String>) -> Self {
        self.billing_details = Some(value.into());
        self
    }
}

impl serde::Serialize for StoreCustomerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("email", &self.email)?;
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.serialize_entry("firstname", &self.firstname)?;
        map.serialize_entry("lastname", &self.lastname)?;
        map.serialize_entry("address", &self.address)?;
        if let Some(value) = &self.address2 {
            map.serialize_entry("address2", value)?;
        }
        map.serialize_entry("city", &self.city)?;
        map.serialize_entry("zipcode", &self.zipcode)?;
        if let Some(value) = &self.phone {
            map.serialize_entry("phone", value)?;
        }
        map.serialize_entry("region", &self.region)?;
        if let Some(value) = &self.verified {
            map.serialize_entry("verified", value)?;
        }
        if let Some(value) = &self.balance {
            map.serialize_entry("balance", value)?;
        }
        map.serialize_entry("locale", &self.locale)?;
        map.serialize_entry("country", &self.country)?;
        if let Some(value) = &self.confirmed {
            map.serialize_entry("confirmed", value)?;
        }
        if let Some(value) = &self.company_name {
            map.serialize_entry("company_name", value)?;
        }
        if let Some(value) = &self.billing_details {
            map.serialize_entry("billing_details", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreCustomerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreCustomerRequest {
    const NAME: &'static str = "StoreCustomerRequest";
    const FIELDS: &'static [&'static str] = &[
        "email",
        "password",
        "firstname",
        "lastname",
        "address",
        "address2",
        "city",
        "zipcode",
        "phone",
        "region",
        "verified",
        "balance",
        "locale",
        "country",
        "confirmed",
        "company_name",
        "billing_details",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "email")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "password")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "firstname")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "lastname")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "address")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "address2")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "city")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "zipcode")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "phone")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "region")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "verified")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "balance")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "locale")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "country")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "confirmed")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "company_name")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "billing_details")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::runtime::decode::required(v0, "email")?,
            password: crate::runtime::decode::optional(v1),
            firstname: crate::runtime::decode::required(v2, "firstname")?,
            lastname: crate::runtime::decode::required(v3, "lastname")?,
            address: crate::runtime::decode::required(v4, "address")?,
            address2: crate::runtime::decode::optional(v5),
            city: crate::runtime::decode::required(v6, "city")?,
            zipcode: crate::runtime::decode::required(v7, "zipcode")?,
            phone: crate::runtime::decode::optional(v8),
            region: crate::runtime::decode::required(v9, "region")?,
            verified: crate::runtime::decode::optional(v10),
            balance: crate::runtime::decode::optional(v11),
            locale: crate::runtime::decode::required(v12, "locale")?,
            country: crate::runtime::decode::required(v13, "country")?,
            confirmed: crate::runtime::decode::optional(v14),
            company_name: crate::runtime::decode::optional(v15),
            billing_details: crate::runtime::decode::optional(v16),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreGroupRequest {
    pub name: String,
    pub description: String,
    pub pinned: Option<bool>,
    pub parent_id: Option<i64>,
    pub use_image_as_background: Option<bool>,
    pub status: ProductStatus,
    pub slug: String,
    pub sort_order: i64,
}

impl StoreGroupRequest {
    /// A new `StoreGroupRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        status: impl Into<ProductStatus>,
        slug: impl Into<String>,
        sort_order: impl Into<i64>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            pinned: None,
            parent_id: None,
            use_image_as_background: None,
            status: status.into(),
            slug: slug.into(),
            sort_order: sort_order.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: impl Into<bool>) -> Self {
        self.pinned = Some(value.into());
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: impl Into<i64>) -> Self {
        self.parent_id = Some(value.into());
        self
    }

    /// Sets `use_image_as_background`.
    #[must_use]
    pub fn with_use_image_as_background(mut self, value: impl Into<bool>) -> Self {
        self.use_image_as_background = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `slug`.
    #[must_use]
    pub fn with_slug(mut self, value: impl Into<String>) -> Self {
        self.slug = value.into();
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: impl Into<i64>) -> Self {
        self.sort_order = value.into();
        self
    }
}

impl serde::Serialize for StoreGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.parent_id {
            map.serialize_entry("parent_id", value)?;
        }
        if let Some(value) = &self.use_image_as_background {
            map.serialize_entry("use_image_as_background", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("slug", &self.slug)?;
        map.serialize_entry("sort_order", &self.sort_order)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreGroupRequest {
    const NAME: &'static str = "StoreGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "pinned",
        "parent_id",
        "use_image_as_background",
        "status",
        "slug",
        "sort_order",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "description")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "pinned")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "parent_id")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v4,
                        "use_image_as_background",
                    )?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "status")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "slug")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "sort_order")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            description: crate::runtime::decode::required(v1, "description")?,
            pinned: crate::runtime::decode::optional(v2),
            parent_id: crate::runtime::decode::optional(v3),
            use_image_as_background: crate::runtime::decode::optional(v4),
            status: crate::runtime::decode::required(v5, "status")?,
            slug: crate::runtime::decode::required(v6, "slug")?,
            sort_order: crate::runtime::decode::required(v7, "sort_order")?,
        })
    }
}

/// StoreInvoiceRequest
///
/// Request body for storing invoices
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreInvoiceRequest {
    /// The ID of the customer
    pub customer_id: i64,
    /// The currency of the invoice
    pub currency: String,
}

impl StoreInvoiceRequest {
    /// A new `StoreInvoiceRequest` from its required fields; the others are unset or at their default.
    pub fn new(customer_id: impl Into<i64>, currency: impl Into<String>) -> Self {
        Self {
            customer_id: customer_id.into(),
            currency: currency.into(),
        }
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = value.into();
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = value.into();
        self
    }
}

impl serde::Serialize for StoreInvoiceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("customer_id", &self.customer_id)?;
        map.serialize_entry("currency", &self.currency)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreInvoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreInvoiceRequest {
    const NAME: &'static str = "StoreInvoiceRequest";
    const FIELDS: &'static [&'static str] = &["customer_id", "currency"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "customer_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "currency")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            customer_id: crate::runtime::decode::required(v0, "customer_id")?,
            currency: crate::runtime::decode::required(v1, "currency")?,
        })
    }
}

/// Provisioning Server Store
///
/// Fields required to create a new provisioning server.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreServerRequest {
    pub name: String,
    pub ip: Option<String>,
    /// Port used to connect to the server
    pub port: Option<i64>,
    /// Server login username
    pub username: Option<String>,
    /// Server login password
    pub password: Option<String>,
    /// The hostname of the server
    pub hostname: String,
    /// The provisioning connection address
    pub address: String,
    /// Type of server (e.g., pterodactyl, proxmox)
    pub type_: String,
    /// Status of the server
    pub status: Option<StoreServerRequestStatus>,
    /// Maximum number of services allowed on this server
    pub maxaccounts: Option<i64>,
}

impl StoreServerRequest {
    /// A new `StoreServerRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        hostname: impl Into<String>,
        address: impl Into<String>,
        type_: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            ip: None,
            port: None,
            username: None,
            password: None,
            hostname: hostname.into(),
            address: address.into(),
            type_: type_.into(),
            status: None,
            maxaccounts: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `ip`.
    #[must_use]
    pub fn with_ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn with_port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `hostname`.
    #[must_use]
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = value.into();
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<StoreServerRequestStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `maxaccounts`.
    #[must_use]
    pub fn with_maxaccounts(mut self, value: impl Into<i64>) -> Self {
        self.maxaccounts = Some(value.into());
        self
    }
}

impl serde::Serialize for StoreServerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.ip {
            map.serialize_entry("ip", value)?;
        }
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.serialize_entry("hostname", &self.hostname)?;
        map.serialize_entry("address", &self.address)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.maxaccounts {
            map.serialize_entry("maxaccounts", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreServerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreServerRequest {
    const NAME: &'static str = "StoreServerRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "ip",
        "port",
        "username",
        "password",
        "hostname",
        "address",
        "type",
        "status",
        "maxaccounts",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "ip")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "port")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "username")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "password")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "hostname")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "address")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "type")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "status")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "maxaccounts")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            ip: crate::runtime::decode::optional(v1),
            port: crate::runtime::decode::optional(v2),
            username: crate::runtime::decode::optional(v3),
            password: crate::runtime::decode::optional(v4),
            hostname: crate::runtime::decode::required(v5, "hostname")?,
            address: crate::runtime::decode::required(v6, "address")?,
            type_: crate::runtime::decode::required(v7, "type")?,
            status: crate::runtime::decode::optional(v8),
            maxaccounts: crate::runtime::decode::optional(v9),
        })
    }
}

/// Support Attachment
///
/// A file attached to a support ticket message
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportAttachment {
    pub id: Option<i64>,
    pub filename: String,
    pub path: String,
    pub mime: String,
    /// Size in bytes
    pub size: i64,
    pub ticket_id: i64,
    pub message_id: Option<i64>,
    pub customer_id: Option<i64>,
    pub admin_id: Option<i64>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl SupportAttachment {
    /// A new `SupportAttachment` from its required fields; the others are unset or at their default.
    pub fn new(
        filename: impl Into<String>,
        path: impl Into<String>,
        mime: impl Into<String>,
        size: impl Into<i64>,
        ticket_id: impl Into<i64>,
    ) -> Self {
        Self {
            id: None,
            filename: filename.into(),
            path: path.into(),
            mime: mime.into(),
            size: size.into(),
            ticket_id: ticket_id.into(),
            message_id: None,
            customer_id: None,
            admin_id: None,
            created_at: None,
            updated_at: None,
            deleted_at: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `filename`.
    #[must_use]
    pub fn with_filename(mut self, value: impl Into<String>) -> Self {
        self.filename = value.into();
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = value.into();
        self
    }

    /// Sets `mime`.
    #[must_use]
    pub fn with_mime(mut self, value: impl Into<String>) -> Self {
        self.mime = value.into();
        self
    }

    /// Sets `size`.
    #[must_use]
    pub fn with_size(mut self, value: impl Into<i64>) -> Self {
        self.size = value.into();
        self
    }

    /// Sets `ticket_id`.
    #[must_use]
    pub fn with_ticket_id(mut self, value: impl Into<i64>) -> Self {
        self.ticket_id = value.into();
        self
    }

    /// Sets `message_id`.
    #[must_use]
    pub fn with_message_id(mut self, value: impl Into<i64>) -> Self {
        self.message_id = Some(value.into());
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Sets `admin_id`.
    #[must_use]
    pub fn with_admin_id(mut self, value: impl Into<i64>) -> Self {
        self.admin_id = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.deleted_at = Some(value.into());
        self
    }
}

impl serde::Serialize for SupportAttachment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("filename", &self.filename)?;
        map.serialize_entry("path", &self.path)?;
        map.serialize_entry("mime", &self.mime)?;
        map.serialize_entry("size", &self.size)?;
        map.serialize_entry("ticket_id", &self.ticket_id)?;
        if let Some(value) = &self.message_id {
            map.serialize_entry("message_id", value)?;
        }
        if let Some(value) = &self.customer_id {
            map.serialize_entry("customer_id", value)?;
        }
        if let Some(value) = &self.admin_id {
            map.serialize_entry("admin_id", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.deleted_at {
            map.serialize_entry("deleted_at", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportAttachment {
    const NAME: &'static str = "SupportAttachment";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "filename",
        "path",
        "mime",
        "size",
        "ticket_id",
        "message_id",
        "customer_id",
        "admin_id",
        "created_at",
        "updated_at",
        "deleted_at",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "filename")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "path")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "mime")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "size")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "ticket_id")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "message_id")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "customer_id")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "admin_id")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "created_at")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "updated_at")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "deleted_at")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            filename: crate::runtime::decode::required(v1, "filename")?,
            path: crate::runtime::decode::required(v2, "path")?,
            mime: crate::runtime::decode::required(v3, "mime")?,
            size: crate::runtime::decode::required(v4, "size")?,
            ticket_id: crate::runtime::decode::required(v5, "ticket_id")?,
            message_id: crate::runtime::decode::optional(v6),
            customer_id: crate::runtime::decode::optional(v7),
            admin_id: crate::runtime::decode::optional(v8),
            created_at: crate::runtime::decode::optional(v9),
            updated_at: crate::runtime::decode::optional(v10),
            deleted_at: crate::runtime::decode::optional(v11),
        })
    }
}

/// Support Comment
///
/// Internal comment on a support ticket
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportComment {
    pub id: Option<i64>,
    pub ticket_id: i64,
    pub admin_id: i64,
    pub comment: String,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub staff: Option<Admin>,
}

impl SupportComment {
    /// A new `SupportComment` from its required fields; the others are unset or at their default.
    pub fn new(
        ticket_id: impl Into<i64>,
        admin_id: impl Into<i64>,
        comment: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            ticket_id: ticket_id.into(),
            admin_id: admin_id.into(),
            comment: comment.into(),
            created_at: None,
            updated_at: None,
            staff: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `ticket_id`.
    #[must_use]
    pub fn with_ticket_id(mut self, value: impl Into<i64>) -> Self {
        self.ticket_id = value.into();
        self
    }

    /// Sets `admin_id`.
    #[must_use]
    pub fn with_admin_id(mut self, value: impl Into<i64>) -> Self {
        self.admin_id = value.into();
        self
    }

    /// Sets `comment`.
    #[must_use]
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = value.into();
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `staff`.
    #[must_use]
    pub fn with_staff(mut self, value: impl Into<Admin>) -> Self {
        self.staff = Some(value.into());
        self
    }
}

impl serde::Serialize for SupportComment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("ticket_id", &self.ticket_id)?;
        map.serialize_entry("admin_id", &self.admin_id)?;
        map.serialize_entry("comment", &self.comment)?;
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.staff {
            map.serialize_entry("staff", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportComment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportComment {
    const NAME: &'static str = "SupportComment";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "ticket_id",
        "admin_id",
        "comment",
        "created_at",
        "updated_at",
        "staff",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "ticket_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "admin_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "comment")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "created_at")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "updated_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "staff")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            ticket_id: crate::runtime::decode::required(v1, "ticket_id")?,
            admin_id: crate::runtime::decode::required(v2, "admin_id")?,
            comment: crate::runtime::decode::required(v3, "comment")?,
            created_at: crate::runtime::decode::optional(v4),
            updated_at: crate::runtime::decode::optional(v5),
            staff: crate::runtime::decode::optional(v6),
        })
    }
}

/// Support Department
///
/// A support department that handles support tickets and groups staff subscribers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportDepartment {
    pub id: Option<i64>,
    pub name: String,
    pub description: String,
    /// Bootstrap icon class
    pub icon: Option<String>,
    /// List of admin IDs subscribed to this department
    pub staff_subscribers: Option<Vec<i64>>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// List of tickets belonging to this department
    pub tickets: Option<Vec<SupportTicket>>,
}

impl SupportDepartment {
    /// A new `SupportDepartment` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: description.into(),
            icon: None,
            staff_subscribers: None,
            created_at: None,
            updated_at: None,
            deleted_at: None,
            tickets: None,
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

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `icon`.
    #[must_use]
    pub fn with_icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }

    /// Sets `staff_subscribers`.
    #[must_use]
    pub fn with_staff_subscribers(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.staff_subscribers = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.deleted_at = Some(value.into());
        self
    }

    /// Sets `tickets`.
    #[must_use]
    pub fn with_tickets(mut self, value: impl Into<Vec<SupportTicket>>) -> Self {
        self.tickets = Some(value.into());
        self
    }
}

impl serde::Serialize for SupportDepartment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        if let Some(value) = &self.icon {
            map.serialize_entry("icon", value)?;
        }
        if let Some(value) = &self.staff_subscribers {
            map.serialize_entry("staff_subscribers", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.deleted_at {
            map.serialize_entry("deleted_at", value)?;
        }
        if let Some(value) = &self.tickets {
            map.serialize_entry("tickets", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportDepartment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportDepartment {
    const NAME: &'static str = "SupportDepartment";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "icon",
        "staff_subscribers",
        "created_at",
        "updated_at",
        "deleted_at",
        "tickets",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "description")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "icon")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v4,
                        "staff_subscribers",
                    )?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "created_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "updated_at")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "deleted_at")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "tickets")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            name: crate::runtime::decode::required(v1, "name")?,
            description: crate::runtime::decode::required(v2, "description")?,
            icon: crate::runtime::decode::optional(v3),
            staff_subscribers: crate::runtime::decode::optional(v4),
            created_at: crate::runtime::decode::optional(v5),
            updated_at: crate::runtime::decode::optional(v6),
            deleted_at: crate::runtime::decode::optional(v7),
            tickets: crate::runtime::decode::optional(v8),
        })
    }
}

/// Support Message
///
/// Message sent on a support ticket
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportMessage {
    pub id: Option<i64>,
    pub ticket_id: i64,
    pub customer_id: Option<i64>,
    pub admin_id: Option<i64>,
    pub message: String,
    pub read_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
    pub customer: Option<Customer>,
    pub admin: Option<Admin>,
}

impl SupportMessage {
    /// A new `SupportMessage` from its required fields; the others are unset or at their default.
    pub fn new(ticket_id: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            id: None,
            ticket_id: ticket_id.into(),
            customer_id: None,
            admin_id: None,
            message: message.into(),
            read_at: None,
            created_at: None,
            updated_at: None,
            deleted_at: None,
            customer: None,
            admin: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `ticket_id`.
    #[must_use]
    pub fn with_ticket_id(mut self, value: impl Into<i64>) -> Self {
        self.ticket_id = value.into();
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Sets `admin_id`.
    #[must_use]
    pub fn with_admin_id(mut self, value: impl Into<i64>) -> Self {
        self.admin_id = Some(value.into());
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }

    /// Sets `read_at`.
    #[must_use]
    pub fn with_read_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.read_at = Some(value.into());
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

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `deleted_at`.
    #[must_use]
    pub fn with_deleted_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.deleted_at = Some(value.into());
        self
    }

    /// Sets `customer`.
    #[must_use]
    pub fn with_customer(mut self, value: impl Into<Customer>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `admin`.
    #[must_use]
    pub fn with_admin(mut self, value: impl Into<Admin>) -> Self {
        self.admin = Some(value.into());
        self
    }
}

impl serde::Serialize for SupportMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("ticket_id", &self.ticket_id)?;
        if let Some(value) = &self.customer_id {
            map.serialize_entry("customer_id", value)?;
        }
        if let Some(value) = &self.admin_id {
            map.serialize_entry("admin_id", value)?;
        }
        map.serialize_entry("message", &self.message)?;
        if let Some(value) = &self.read_at {
            map.serialize_entry("read_at", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.deleted_at {
            map.serialize_entry("deleted_at", value)?;
        }
        if let Some(value) = &self.customer {
            map.serialize_entry("customer", value)?;
        }
        if let Some(value) = &self.admin {
            map.serialize_entry("admin", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportMessage {
    const NAME: &'static str = "SupportMessage";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "ticket_id",
        "customer_id",
        "admin_id",
        "message",
        "read_at",
        "created_at",
        "updated_at",
        "deleted_at",
        "customer",
        "admin",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "ticket_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "customer_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "admin_id")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "message")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "read_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "created_at")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "updated_at")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "deleted_at")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "customer")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "admin")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            ticket_id: crate::runtime::decode::required(v1, "ticket_id")?,
            customer_id: crate::runtime::decode::optional(v2),
            admin_id: crate::runtime::decode::optional(v3),
            message: crate::runtime::decode::required(v4, "message")?,
            read_at: crate::runtime::decode::optional(v5),
            created_at: crate::runtime::decode::optional(v6),
            updated_at: crate::runtime::decode::optional(v7),
            deleted_at: crate::runtime::decode::optional(v8),
            customer: crate::runtime::decode::optional(v9),
            admin: crate::runtime::decode::optional(v10),
        })
    }
}

/// Support Ticket
///
/// Support ticket model
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportTicket {
    pub id: Option<i64>,
    pub subject: String,
    pub priority: SupportTicketPriority,
    pub status: SupportTicketStatus,
    pub department_id: i64,
    pub customer_id: i64,
    pub assigned_to: Option<i64>,
    pub staff_subscribers: Option<Vec<i64>>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub close_reason: Option<String>,
    pub closed_by: Option<String>,
    pub closed_by_id: Option<i64>,
    pub related_type: Option<SupportTicketRelatedType>,
    pub related_id: Option<i64>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub uuid: Option<String>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub customer: Option<Customer>,
    pub assigned_to_2: Option<Admin>,
    pub department: Option<SupportDepartment>,
    pub attachments: Option<Vec<SupportAttachment>>,
    pub messages: Option<Vec<SupportMessage>>,
    pub comments: Option<Vec<SupportComment>>,
}

impl SupportTicket {
    /// A new `SupportTicket` from its required fields; the others are unset or at their default.
    pub fn new(
        subject: impl Into<String>,
        priority: impl Into<SupportTicketPriority>,
        status: impl Into<SupportTicketStatus>,
        department_id: impl Into<i64>,
        customer_id: impl Into<i64>,
    ) -> Self {
        Self {
            id: None,
            subject: subject.into(),
            priority: priority.into(),
            status: status.into(),
            department_id: department_id.into(),
            customer_id: customer_id.into(),
            assigned_to: None,
            staff_subscribers: None,
            closed_at: None,
            close_reason: None,
            closed_by: None,
            closed_by_id: None,
            related_type: None,
            related_id: None,
            created_at: None,
            uuid: None,
            updated_at: None,
            customer: None,
            assigned_to_2: None,
            department: None,
            attachments: None,
            messages: None,
            comments: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `subject`.
    #[must_use]
    pub fn with_subject(mut self, value: impl Into<String>) -> Self {
        self.subject = value.into();
        self
    }

    /// Sets `priority`.
    #[must_use]
    pub fn with_priority(mut self, value: impl Into<SupportTicketPriority>) -> Self {
        self.priority = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<SupportTicketStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `department_id`.
    #[must_use]
    pub fn with_department_id(mut self, value: impl Into<i64>) -> Self {
        self.department_id = value.into();
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = value.into();
        self
    }

    /// Sets `assigned_to`.
    #[must_use]
    pub fn with_assigned_to(mut self, value: impl Into<i64>) -> Self {
        self.assigned_to = Some(value.into());
        self
    }

    /// Sets `staff_subscribers`.
    #[must_use]
    pub fn with_staff_subscribers(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.staff_subscribers = Some(value.into());
        self
    }

    /// Sets `closed_at`.
    #[must_use]
    pub fn with_closed_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.closed_at = Some(value.into());
        self
    }

    /// Sets `close_reason`.
    #[must_use]
    pub fn with_close_reason(mut self, value: impl Into<String>) -> Self {
        self.close_reason = Some(value.into());
        self
    }

    /// Sets `closed_by`.
    #[must_use]
    pub fn with_closed_by(mut self, value: impl Into<String>) -> Self {
        self.closed_by = Some(value.into());
        self
    }

    /// Sets `closed_by_id`.
    #[must_use]
    pub fn with_closed_by_id(mut self, value: impl Into<i64>) -> Self {
        self.closed_by_id = Some(value.into());
        self
    }

    /// Sets `related_type`.
    #[must_use]
    pub fn with_related_type(
        mut self,
        value: impl Into<SupportTicketRelatedType>,
    ) -> Self {
        self.related_type = Some(value.into());
        self
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: impl Into<i64>) -> Self {
        self.related_id = Some(value.into());
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

    /// Sets `uuid`.
    #[must_use]
    pub fn with_uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `customer`.
    #[must_use]
    pub fn with_customer(mut self, value: impl Into<Customer>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `assigned_to_2`.
    #[must_use]
    pub fn with_assigned_to_2(mut self, value: impl Into<Admin>) -> Self {
        self.assigned_to_2 = Some(value.into());
        self
    }

    /// Sets `department`.
    #[must_use]
    pub fn with_department(mut self, value: impl Into<SupportDepartment>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `attachments`.
    #[must_use]
    pub fn with_attachments(mut self, value: impl Into<Vec<SupportAttachment>>) -> Self {
        self.attachments = Some(value.into());
        self
    }

    /// Sets `messages`.
    #[must_use]
    pub fn with_messages(mut self, value: impl Into<Vec<SupportMessage>>) -> Self {
        self.messages = Some(value.into());
        self
    }

    /// Sets `comments`.
    #[must_use]
    pub fn with_comments(mut self, value: impl Into<Vec<SupportComment>>) -> Self {
        self.comments = Some(value.into());
        self
    }
}

impl serde::Serialize for SupportTicket {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("subject", &self.subject)?;
        map.serialize_entry("priority", &self.priority)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("department_id", &self.department_id)?;
        map.serialize_entry("customer_id", &self.customer_id)?;
        if let Some(value) = &self.assigned_to {
            map.serialize_entry("assigned_to", value)?;
        }
        if let Some(value) = &self.staff_subscribers {
            map.serialize_entry("staff_subscribers", value)?;
        }
        if let Some(value) = &self.closed_at {
            map.serialize_entry("closed_at", value)?;
        }
        if let Some(value) = &self.close_reason {
            map.serialize_entry("close_reason", value)?;
        }
        if let Some(value) = &self.closed_by {
            map.serialize_entry("closed_by", value)?;
        }
        if let Some(value) = &self.closed_by_id {
            map.serialize_entry("closed_by_id", value)?;
        }
        if let Some(value) = &self.related_type {
            map.serialize_entry("related_type", value)?;
        }
        if let Some(value) = &self.related_id {
            map.serialize_entry("related_id", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.uuid {
            map.serialize_entry("uuid", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.customer {
            map.serialize_entry("customer", value)?;
        }
        if let Some(value) = &self.assigned_to_2 {
            map.serialize_entry("assignedTo", value)?;
        }
        if let Some(value) = &self.department {
            map.serialize_entry("department", value)?;
        }
        if let Some(value) = &self.attachments {
            map.serialize_entry("attachments", value)?;
        }
        if let Some(value) = &self.messages {
            map.serialize_entry("messages", value)?;
        }
        if let Some(value) = &self.comments {
            map.serialize_entry("comments", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportTicket {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportTicket {
    const NAME: &'static str = "SupportTicket";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "subject",
        "priority",
        "status",
        "department_id",
        "customer_id",
        "assigned_to",
        "staff_subscribers",
        "closed_at",
        "close_reason",
        "closed_by",
        "closed_by_id",
        "related_type",
        "related_id",
        "created_at",
        "uuid",
        "updated_at",
        "customer",
        "assignedTo",
        "department",
        "attachments",
        "messages",
        "comments",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "subject")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "priority")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "status")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "department_id")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "customer_id")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "assigned_to")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v7,
                        "staff_subscribers",
                    )?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "closed_at")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "close_reason")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "closed_by")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "closed_by_id")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "related_type")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "related_id")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "created_at")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "uuid")?
                }
                crate::runtime::decode::Key::Field(16) => {
                    crate::runtime::decode::value(&mut map, &mut v16, "updated_at")?
                }
                crate::runtime::decode::Key::Field(17) => {
                    crate::runtime::decode::value(&mut map, &mut v17, "customer")?
                }
                crate::runtime::decode::Key::Field(18) => {
                    crate::runtime::decode::value(&mut map, &mut v18, "assignedTo")?
                }
                crate::runtime::decode::Key::Field(19) => {
                    crate::runtime::decode::value(&mut map, &mut v19, "department")?
                }
                crate::runtime::decode::Key::Field(20) => {
                    crate::runtime::decode::value(&mut map, &mut v20, "attachments")?
                }
                crate::runtime::decode::Key::Field(21) => {
                    crate::runtime::decode::value(&mut map, &mut v21, "messages")?
                }
                crate::runtime::decode::Key::Field(22) => {
                    crate::runtime::decode::value(&mut map, &mut v22, "comments")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            subject: crate::runtime::decode::required(v1, "subject")?,
            priority: crate::runtime::decode::required(v2, "priority")?,
            status: crate::runtime::decode::required(v3, "status")?,
            department_id: crate::runtime::decode::required(v4, "department_id")?,
            customer_id: crate::runtime::decode::required(v5, "customer_id")?,
            assigned_to: crate::runtime::decode::optional(v6),
            staff_subscribers: crate::runtime::decode::optional(v7),
            closed_at: crate::runtime::decode::optional(v8),
            close_reason: crate::runtime::decode::optional(v9),
            closed_by: crate::runtime::decode::optional(v10),
            closed_by_id: crate::runtime::decode::optional(v11),
            related_type: crate::runtime::decode::optional(v12),
            related_id: crate::runtime::decode::optional(v13),
            created_at: crate::runtime::decode::optional(v14),
            uuid: crate::runtime::decode::optional(v15),
            updated_at: crate::runtime::decode::optional(v16),
            customer: crate::runtime::decode::optional(v17),
            assigned_to_2: crate::runtime::decode::optional(v18),
            department: crate::runtime::decode::optional(v19),
            attachments: crate::runtime::decode::optional(v20),
            messages: crate::runtime::decode::optional(v21),
            comments: crate::runtime::decode::optional(v22),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateCustomerRequest {
    pub email: Option<String>,
    pub password: Option<String>,
    pub firstname: Option<String>,
    pub lastname: Option<String>,
    pub address: Option<String>,
    pub address2: Option<String>,
    pub city: Option<String>,
    pub zipcode: Option<String>,
    pub phone: Option<String>,
    pub region: Option<String>,
    pub verified: Option<bool>,
    pub balance: Option<f64>,
    pub country: Option<String>,
    pub locale: Option<String>,
    pub company_name: Option<String>,
    pub billing_details: Option<String>,
}

impl UpdateCustomerRequest {
    /// A new `UpdateCustomerRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            email: None,
            password: None,
            firstname: None,
            lastname: None,
            address: None,
            address2: None,
            city: None,
            zipcode: None,
            phone: None,
            region: None,
            verified: None,
            balance: None,
            country: None,
            locale: None,
            company_name: None,
            billing_details: None,
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

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: impl Into<String>) -> Self {
        self.firstname = Some(value.into());
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: impl Into<String>) -> Self {
        self.lastname = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `address2`.
    #[must_use]
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `zipcode`.
    #[must_use]
    pub fn with_zipcode(mut self, value: impl Into<String>) -> Self {
        self.zipcode = Some(value.into());
        self
    }

    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `verified`.
    #[must_use]
    pub fn with_verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(value.into());
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }

    /// Sets `company_name`.
    #[must_use]
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
        self
    }

    /// Sets `billing_details`.
    #[must_use]
    pub fn with_billing_details(mut self, value: impl Into<String>) -> Self {
        self.billing_details = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateCustomerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.firstname {
            map.serialize_entry("firstname", value)?;
        }
        if let Some(value) = &self.lastname {
            map.serialize_entry("lastname", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.address2 {
            map.serialize_entry("address2", value)?;
        }
        if let Some(value) = &self.city {
            map.serialize_entry("city", value)?;
        }
        if let Some(value) = &self.zipcode {
            map.serialize_entry("zipcode", value)?;
        }
        if let Some(value) = &self.phone {
            map.serialize_entry("phone", value)?;
        }
        if let Some(value) = &self.region {
            map.serialize_entry("region", value)?;
        }
        if let Some(value) = &self.verified {
            map.serialize_entry("verified", value)?;
        }
        if let Some(value) = &self.balance {
            map.serialize_entry("balance", value)?;
        }
        if let Some(value) = &self.country {
            map.serialize_entry("country", value)?;
        }
        if let Some(value) = &self.locale {
            map.serialize_entry("locale", value)?;
        }
        if let Some(value) = &self.company_name {
            map.serialize_entry("company_name", value)?;
        }
        if let Some(value) = &self.billing_details {
            map.serialize_entry("billing_details", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateCustomerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateCustomerRequest {
    const NAME: &'static str = "UpdateCustomerRequest";
    const FIELDS: &'static [&'static str] = &[
        "email",
        "password",
        "firstname",
        "lastname",
        "address",
        "address2",
        "city",
        "zipcode",
        "phone",
        "region",
        "verified",
        "balance",
        "country",
        "locale",
        "company_name",
        "billing_details",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "email")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "password")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "firstname")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "lastname")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "address")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "address2")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "city")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "zipcode")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "phone")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "region")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "verified")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "balance")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "country")?
                }
                crate::runtime::decode::Key::Field(13) => {
                    crate::runtime::decode::value(&mut map, &mut v13, "locale")?
                }
                crate::runtime::decode::Key::Field(14) => {
                    crate::runtime::decode::value(&mut map, &mut v14, "company_name")?
                }
                crate::runtime::decode::Key::Field(15) => {
                    crate::runtime::decode::value(&mut map, &mut v15, "billing_details")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::runtime::decode::optional(v0),
            password: crate::runtime::decode::optional(v1),
            firstname: crate::runtime::decode::optional(v2),
            lastname: crate::runtime::decode::optional(v3),
            address: crate::runtime::decode::optional(v4),
            address2: crate::runtime::decode::optional(v5),
            city: crate::runtime::decode::optional(v6),
            zipcode: crate::runtime::decode::optional(v7),
            phone: crate::runtime::decode::optional(v8),
            region: crate::runtime::decode::optional(v9),
            verified: crate::runtime::decode::optional(v10),
            balance: crate::runtime::decode::optional(v11),
            country: crate::runtime::decode::optional(v12),
            locale: crate::runtime::decode::optional(v13),
            company_name: crate::runtime::decode::optional(v14),
            billing_details: crate::runtime::decode::optional(v15),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateGroupRequest {
    pub name: Option<String>,
    pub description: Option<String>,
    pub slug: Option<String>,
    pub sort_order: Option<i64>,
    pub pinned: Option<bool>,
    pub parent_id: Option<i64>,
    pub status: Option<ProductStatus>,
    pub remove_image: Option<BooleanString>,
    pub use_image_as_background: Option<BooleanString>,
}

impl UpdateGroupRequest {
    /// A new `UpdateGroupRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            name: None,
            description: None,
            slug: None,
            sort_order: None,
            pinned: None,
            parent_id: None,
            status: None,
            remove_image: None,
            use_image_as_background: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `slug`.
    #[must_use]
    pub fn with_slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: impl Into<i64>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: impl Into<bool>) -> Self {
        self.pinned = Some(value.into());
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: impl Into<i64>) -> Self {
        self.parent_id = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `remove_image`.
    #[must_use]
    pub fn with_remove_image(mut self, value: impl Into<BooleanString>) -> Self {
        self.remove_image = Some(value.into());
        self
    }

    /// Sets `use_image_as_background`.
    #[must_use]
    pub fn with_use_image_as_background(
        mut self,
        value: impl Into<BooleanString>,
    ) -> Self {
        self.use_image_as_background = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.slug {
            map.serialize_entry("slug", value)?;
        }
        if let Some(value) = &self.sort_order {
            map.serialize_entry("sort_order", value)?;
        }
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.parent_id {
            map.serialize_entry("parent_id", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.remove_image {
            map.serialize_entry("remove_image", value)?;
        }
        if let Some(value) = &self.use_image_as_background {
            map.serialize_entry("use_image_as_background", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateGroupRequest {
    const NAME: &'static str = "UpdateGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "slug",
        "sort_order",
        "pinned",
        "parent_id",
        "status",
        "remove_image",
        "use_image_as_background",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "description")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "slug")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "sort_order")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "pinned")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "parent_id")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "status")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "remove_image")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "use_image_as_background",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
            description: crate::runtime::decode::optional(v1),
            slug: crate::runtime::decode::optional(v2),
            sort_order: crate::runtime::decode::optional(v3),
            pinned: crate::runtime::decode::optional(v4),
            parent_id: crate::runtime::decode::optional(v5),
            status: crate::runtime::decode::optional(v6),
            remove_image: crate::runtime::decode::optional(v7),
            use_image_as_background: crate::runtime::decode::optional(v8),
        })
    }
}

/// UpdateInvoiceRequest
///
/// Request body for updating invoices
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceRequest {
    /// Additional notes for the invoice
    pub notes: Option<String>,
    /// The payment method used for the invoice
    pub paymethod: Option<String>,
    /// Any additional fees for the invoice
    pub fees: Option<f64>,
    /// The tax amount for the invoice
    pub tax: Option<f64>,
    /// The currency of the invoice
    pub currency: Option<String>,
    /// The due date for the invoice
    pub due_date: Option<chrono::NaiveDate>,
    /// The date the invoice was paid
    pub paid_at: Option<chrono::NaiveDate>,
    /// The remaining balance for the invoice
    pub balance: Option<f64>,
    /// The ID of the payment method used
    pub payment_method_id: Option<i64>,
    /// The billing address for the invoice
    pub billing_address: Option<Vec<String>>,
    /// An external ID for the invoice
    pub external_id: Option<String>,
    pub status: Option<InvoiceStatus>,
}

impl UpdateInvoiceRequest {
    /// A new `UpdateInvoiceRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            notes: None,
            paymethod: None,
            fees: None,
            tax: None,
            currency: None,
            due_date: None,
            paid_at: None,
            balance: None,
            payment_method_id: None,
            billing_address: None,
            external_id: None,
            status: None,
        }
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }

    /// Sets `paymethod`.
    #[must_use]
    pub fn with_paymethod(mut self, value: impl Into<String>) -> Self {
        self.paymethod = Some(value.into());
        self
    }

    /// Sets `fees`.
    #[must_use]
    pub fn with_fees(mut self, value: impl Into<f64>) -> Self {
        self.fees = Some(value.into());
        self
    }

    /// Sets `tax`.
    #[must_use]
    pub fn with_tax(mut self, value: impl Into<f64>) -> Self {
        self.tax = Some(value.into());
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `due_date`.
    #[must_use]
    pub fn with_due_date(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Sets `paid_at`.
    #[must_use]
    pub fn with_paid_at(mut self, value: impl Into<chrono::NaiveDate>) -> Self {
        self.paid_at = Some(value.into());
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(value.into());
        self
    }

    /// Sets `payment_method_id`.
    #[must_use]
    pub fn with_payment_method_id(mut self, value: impl Into<i64>) -> Self {
        self.payment_method_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(mut self, value: impl Into<Vec<String>>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `external_id`.
    #[must_use]
    pub fn with_external_id(mut self, value: impl Into<String>) -> Self {
        self.external_id = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<InvoiceStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateInvoiceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        if let Some(value) = &self.paymethod {
            map.serialize_entry("paymethod", value)?;
        }
        if let Some(value) = &self.fees {
            map.serialize_entry("fees", value)?;
        }
        if let Some(value) = &self.tax {
            map.serialize_entry("tax", value)?;
        }
        if let Some(value) = &self.currency {
            map.serialize_entry("currency", value)?;
        }
        if let Some(value) = &self.due_date {
            map.serialize_entry("due_date", value)?;
        }
        if let Some(value) = &self.paid_at {
            map.serialize_entry("paid_at", value)?;
        }
        if let Some(value) = &self.balance {
            map.serialize_entry("balance", value)?;
        }
        if let Some(value) = &self.payment_method_id {
            map.serialize_entry("payment_method_id", value)?;
        }
        if let Some(value) = &self.billing_address {
            map.serialize_entry("billing_address", value)?;
        }
        if let Some(value) = &self.external_id {
            map.serialize_entry("external_id", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateInvoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateInvoiceRequest {
    const NAME: &'static str = "UpdateInvoiceRequest";
    const FIELDS: &'static [&'static str] = &[
        "notes",
        "paymethod",
        "fees",
        "tax",
        "currency",
        "due_date",
        "paid_at",
        "balance",
        "payment_method_id",
        "billing_address",
        "external_id",
        "status",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "notes")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "paymethod")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "fees")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "tax")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "currency")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "due_date")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "paid_at")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "balance")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "payment_method_id",
                    )?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "billing_address")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "external_id")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "status")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            notes: crate::runtime::decode::optional(v0),
            paymethod: crate::runtime::decode::optional(v1),
            fees: crate::runtime::decode::optional(v2),
            tax: crate::runtime::decode::optional(v3),
            currency: crate::runtime::decode::optional(v4),
            due_date: crate::runtime::decode::optional(v5),
            paid_at: crate::runtime::decode::optional(v6),
            balance: crate::runtime::decode::optional(v7),
            payment_method_id: crate::runtime::decode::optional(v8),
            billing_address: crate::runtime::decode::optional(v9),
            external_id: crate::runtime::decode::optional(v10),
            status: crate::runtime::decode::optional(v11),
        })
    }
}

/// Provisioning Server Update Input
///
/// Fields to update an existing provisioning server.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateServerRequest {
    pub name: Option<String>,
    pub ip: Option<String>,
    /// Port used to connect to the server
    pub port: Option<i64>,
    /// Server login username
    pub username: Option<String>,
    /// Server login password
    pub password: Option<String>,
    /// The hostname of the server
    pub hostname: Option<String>,
    /// The provisioning connection address
    pub address: Option<String>,
    /// Type of server (e.g., pterodactyl, proxmox)
    pub type_: Option<String>,
    /// Status of the server
    pub status: Option<UpdateServerRequestStatus>,
    /// Maximum number of services allowed on this server
    pub maxaccounts: Option<i64>,
}

impl UpdateServerRequest {
    /// A new `UpdateServerRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            name: None,
            ip: None,
            port: None,
            username: None,
            password: None,
            hostname: None,
            address: None,
            type_: None,
            status: None,
            maxaccounts: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `ip`.
    #[must_use]
    pub fn with_ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn with_port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `hostname`.
    #[must_use]
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<UpdateServerRequestStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `maxaccounts`.
    #[must_use]
    pub fn with_maxaccounts(mut self, value: impl Into<i64>) -> Self {
        self.maxaccounts = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateServerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.ip {
            map.serialize_entry("ip", value)?;
        }
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.hostname {
            map.serialize_entry("hostname", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.maxaccounts {
            map.serialize_entry("maxaccounts", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateServerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateServerRequest {
    const NAME: &'static str = "UpdateServerRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "ip",
        "port",
        "username",
        "password",
        "hostname",
        "address",
        "type",
        "status",
        "maxaccounts",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "ip")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "port")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "username")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "password")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "hostname")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "address")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "type")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "status")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "maxaccounts")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
            ip: crate::runtime::decode::optional(v1),
            port: crate::runtime::decode::optional(v2),
            username: crate::runtime::decode::optional(v3),
            password: crate::runtime::decode::optional(v4),
            hostname: crate::runtime::decode::optional(v5),
            address: crate::runtime::decode::optional(v6),
            type_: crate::runtime::decode::optional(v7),
            status: crate::runtime::decode::optional(v8),
            maxaccounts: crate::runtime::decode::optional(v9),
        })
    }
}

/// Upgrade
///
/// An upgrade operation applied to a service
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Upgrade {
    pub id: Option<i64>,
    pub customer_id: i64,
    pub service_id: i64,
    pub old_product_id: i64,
    pub new_product_id: i64,
    pub invoice_id: Option<i64>,
    pub upgraded: Option<bool>,
}

impl Upgrade {
    /// A new `Upgrade` from its required fields; the others are unset or at their default.
    pub fn new(
        customer_id: impl Into<i64>,
        service_id: impl Into<i64>,
        old_product_id: impl Into<i64>,
        new_product_id: impl Into<i64>,
    ) -> Self {
        Self {
            id: None,
            customer_id: customer_id.into(),
            service_id: service_id.into(),
            old_product_id: old_product_id.into(),
            new_product_id: new_product_id.into(),
            invoice_id: None,
            upgraded: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = value.into();
        self
    }

    /// Sets `service_id`.
    #[must_use]
    pub fn with_service_id(mut self, value: impl Into<i64>) -> Self {
        self.service_id = value.into();
        self
    }

    /// Sets `old_product_id`.
    #[must_use]
    pub fn with_old_product_id(mut self, value: impl Into<i64>) -> Self {
        self.old_product_id = value.into();
        self
    }

    /// Sets `new_product_id`.
    #[must_use]
    pub fn with_new_product_id(mut self, value: impl Into<i64>) -> Self {
        self.new_product_id = value.into();
        self
    }

    /// Sets `invoice_id`.
    #[must_use]
    pub fn with_invoice_id(mut self, value: impl Into<i64>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }

    /// Sets `upgraded`.
    #[must_use]
    pub fn with_upgraded(mut self, value: impl Into<bool>) -> Self {
        self.upgraded = Some(value.into());
        self
    }
}

impl serde::Serialize for Upgrade {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("customer_id", &self.customer_id)?;
        map.serialize_entry("service_id", &self.service_id)?;
        map.serialize_entry("old_product_id", &self.old_product_id)?;
        map.serialize_entry("new_product_id", &self.new_product_id)?;
        if let Some(value) = &self.invoice_id {
            map.serialize_entry("invoice_id", value)?;
        }
        if let Some(value) = &self.upgraded {
            map.serialize_entry("upgraded", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Upgrade {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Upgrade {
    const NAME: &'static str = "Upgrade";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "customer_id",
        "service_id",
        "old_product_id",
        "new_product_id",
        "invoice_id",
        "upgraded",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "customer_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "service_id")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "old_product_id")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "new_product_id")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "invoice_id")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "upgraded")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            customer_id: crate::runtime::decode::required(v1, "customer_id")?,
            service_id: crate::runtime::decode::required(v2, "service_id")?,
            old_product_id: crate::runtime::decode::required(v3, "old_product_id")?,
            new_product_id: crate::runtime::decode::required(v4, "new_product_id")?,
            invoice_id: crate::runtime::decode::optional(v5),
            upgraded: crate::runtime::decode::optional(v6),
        })
    }
}

/// Error body of Laravel for 400, 401, 403 and 404 answers, e.g. `{"message": "Unauthenticated."}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorMessage {
    /// Human-readable error message (translated to the instance's locale).
    pub message: String,
}

impl ErrorMessage {
    /// A new `ErrorMessage` from its required fields; the others are unset or at their default.
    pub fn new(message: impl Into<String>) -> Self {
        Self { message: message.into() }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

impl serde::Serialize for ErrorMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorMessage {
    const NAME: &'static str = "ErrorMessage";
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
            message: crate::runtime::decode::required(v0, "message")?,
        })
    }
}

/// Error body used by a few CLIENTXCMS endpoints that refuse an action (`{"error": "..."}`), e.g. deleting a customer who still has invoices or a group that still has products.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorReason {
    /// Why the action was refused.
    pub error: String,
}

impl ErrorReason {
    /// A new `ErrorReason` from its required fields; the others are unset or at their default.
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

impl serde::Serialize for ErrorReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorReason {
    const NAME: &'static str = "ErrorReason";
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

/// Laravel validation failure (HTTP 422): a summary message and the messages per invalid field.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationError {
    /// Summary of the first error, e.g. `The email field is required. (and 1 more error)`.
    pub message: String,
    /// Messages keyed by field name (dotted for nested fields).
    pub errors: std::collections::BTreeMap<String, Vec<String>>,
}

impl ValidationError {
    /// A new `ValidationError` from its required fields; the others are unset or at their default.
    pub fn new(
        message: impl Into<String>,
        errors: impl Into<std::collections::BTreeMap<String, Vec<String>>>,
    ) -> Self {
        Self {
            message: message.into(),
            errors: errors.into(),
        }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, Vec<String>>>,
    ) -> Self {
        self.errors = value.into();
        self
    }
}

impl serde::Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("errors", &self.errors)?;
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
    const FIELDS: &'static [&'static str] = &["message", "errors"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "message")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "errors")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::runtime::decode::required(v0, "message")?,
            errors: crate::runtime::decode::required(v1, "errors")?,
        })
    }
}

/// Success answer that only carries a message.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MessageResponse {
    /// What was done.
    pub message: String,
}

impl MessageResponse {
    /// A new `MessageResponse` from its required fields; the others are unset or at their default.
    pub fn new(message: impl Into<String>) -> Self {
        Self { message: message.into() }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

impl serde::Serialize for MessageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MessageResponse {
    const NAME: &'static str = "MessageResponse";
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
            message: crate::runtime::decode::required(v0, "message")?,
        })
    }
}

/// Links of a Laravel paginator resource.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaginationLinks {
    /// URL of the first page.
    pub first: Option<String>,
    /// URL of the last page.
    pub last: Option<String>,
    /// URL of the previous page; null on the first page.
    pub prev: Option<String>,
    /// URL of the next page; null on the last page.
    pub next: Option<String>,
}

impl PaginationLinks {
    /// A new `PaginationLinks` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            first: None,
            last: None,
            prev: None,
            next: None,
        }
    }

    /// Sets `first`.
    #[must_use]
    pub fn with_first(mut self, value: impl Into<String>) -> Self {
        self.first = Some(value.into());
        self
    }

    /// Sets `last`.
    #[must_use]
    pub fn with_last(mut self, value: impl Into<String>) -> Self {
        self.last = Some(value.into());
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
}

impl serde::Serialize for PaginationLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("first", &self.first)?;
        map.serialize_entry("last", &self.last)?;
        map.serialize_entry("prev", &self.prev)?;
        map.serialize_entry("next", &self.next)?;
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
    const FIELDS: &'static [&'static str] = &["first", "last", "prev", "next"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "last")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "prev")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "next")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            first: crate::runtime::decode::optional(v0),
            last: crate::runtime::decode::optional(v1),
            prev: crate::runtime::decode::optional(v2),
            next: crate::runtime::decode::optional(v3),
        })
    }
}

/// Counters of a Laravel paginator resource.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PaginationMeta {
    /// Number of this page, from 1.
    pub current_page: i64,
    /// Position of the first item of this page in the whole list; null when the page is empty.
    pub from: Option<i64>,
    /// Number of the last page.
    pub last_page: i64,
    /// Page links as rendered by Laravel's paginator (previous, each page, next).
    pub links: Option<Vec<PaginationMetaLink>>,
    /// URL of the listing without query string.
    pub path: String,
    /// Items per page.
    pub per_page: i64,
    /// Position of the last item of this page in the whole list; null when the page is empty.
    pub to: Option<i64>,
    /// Number of items in the whole list.
    pub total: i64,
}

impl PaginationMeta {
    /// A new `PaginationMeta` from its required fields; the others are unset or at their default.
    pub fn new(
        current_page: impl Into<i64>,
        last_page: impl Into<i64>,
        path: impl Into<String>,
        per_page: impl Into<i64>,
        total: impl Into<i64>,
    ) -> Self {
        Self {
            current_page: current_page.into(),
            from: None,
            last_page: last_page.into(),
            links: None,
            path: path.into(),
            per_page: per_page.into(),
            to: None,
            total: total.into(),
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = value.into();
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = value.into();
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = value.into();
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
        self.total = value.into();
        self
    }
}

impl serde::Serialize for PaginationMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("current_page", &self.current_page)?;
        map.serialize_entry("from", &self.from)?;
        map.serialize_entry("last_page", &self.last_page)?;
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        map.serialize_entry("path", &self.path)?;
        map.serialize_entry("per_page", &self.per_page)?;
        map.serialize_entry("to", &self.to)?;
        map.serialize_entry("total", &self.total)?;
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
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "from",
        "last_page",
        "links",
        "path",
        "per_page",
        "to",
        "total",
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
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "from")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "last_page")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "links")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "path")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "per_page")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "to")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::required(v0, "current_page")?,
            from: crate::runtime::decode::optional(v1),
            last_page: crate::runtime::decode::required(v2, "last_page")?,
            links: crate::runtime::decode::optional(v3),
            path: crate::runtime::decode::required(v4, "path")?,
            per_page: crate::runtime::decode::required(v5, "per_page")?,
            to: crate::runtime::decode::optional(v6),
            total: crate::runtime::decode::required(v7, "total")?,
        })
    }
}

/// One entry of `meta.links`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PaginationMetaLink {
    /// Target page URL; null for a disabled previous/next link.
    pub url: Option<String>,
    /// Label (page number, or HTML-escaped previous/next text).
    pub label: String,
    /// Whether this entry is the current page.
    pub active: bool,
}

impl PaginationMetaLink {
    /// A new `PaginationMetaLink` from its required fields; the others are unset or at their default.
    pub fn new(label: impl Into<String>, active: impl Into<bool>) -> Self {
        Self {
            url: None,
            label: label.into(),
            active: active.into(),
        }
    }

    /// Sets `url`.
    #[must_use]
    pub fn with_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }

    /// Sets `label`.
    #[must_use]
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = value.into();
        self
    }

    /// Sets `active`.
    #[must_use]
    pub fn with_active(mut self, value: impl Into<bool>) -> Self {
        self.active = value.into();
        self
    }
}

impl serde::Serialize for PaginationMetaLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", &self.url)?;
        map.serialize_entry("label", &self.label)?;
        map.serialize_entry("active", &self.active)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PaginationMetaLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PaginationMetaLink {
    const NAME: &'static str = "PaginationMetaLink";
    const FIELDS: &'static [&'static str] = &["url", "label", "active"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "url")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "label")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "active")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            url: crate::runtime::decode::optional(v0),
            label: crate::runtime::decode::required(v1, "label")?,
            active: crate::runtime::decode::required(v2, "active")?,
        })
    }
}

/// One page of customers. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CustomerPage {
    pub data: Vec<Customer>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

impl CustomerPage {
    /// A new `CustomerPage` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<Vec<Customer>>,
        links: impl Into<PaginationLinks>,
        meta: impl Into<PaginationMeta>,
    ) -> Self {
        Self {
            data: data.into(),
            links: links.into(),
            meta: meta.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<Customer>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for CustomerPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("links", &self.links)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomerPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CustomerPage {
    const NAME: &'static str = "CustomerPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            links: crate::runtime::decode::required(v1, "links")?,
            meta: crate::runtime::decode::required(v2, "meta")?,
        })
    }
}

/// One page of products. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProductPage {
    pub data: Vec<ShopProduct>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

impl ProductPage {
    /// A new `ProductPage` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<Vec<ShopProduct>>,
        links: impl Into<PaginationLinks>,
        meta: impl Into<PaginationMeta>,
    ) -> Self {
        Self {
            data: data.into(),
            links: links.into(),
            meta: meta.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ShopProduct>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for ProductPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("links", &self.links)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProductPage {
    const NAME: &'static str = "ProductPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            links: crate::runtime::decode::required(v1, "links")?,
            meta: crate::runtime::decode::required(v2, "meta")?,
        })
    }
}

/// One page of product groups. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GroupPage {
    pub data: Vec<ShopGroup>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

impl GroupPage {
    /// A new `GroupPage` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<Vec<ShopGroup>>,
        links: impl Into<PaginationLinks>,
        meta: impl Into<PaginationMeta>,
    ) -> Self {
        Self {
            data: data.into(),
            links: links.into(),
            meta: meta.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ShopGroup>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for GroupPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("links", &self.links)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for GroupPage {
    const NAME: &'static str = "GroupPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            links: crate::runtime::decode::required(v1, "links")?,
            meta: crate::runtime::decode::required(v2, "meta")?,
        })
    }
}

/// One page of pricings. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PricingPage {
    pub data: Vec<ShopPricing>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

impl PricingPage {
    /// A new `PricingPage` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<Vec<ShopPricing>>,
        links: impl Into<PaginationLinks>,
        meta: impl Into<PaginationMeta>,
    ) -> Self {
        Self {
            data: data.into(),
            links: links.into(),
            meta: meta.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ShopPricing>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for PricingPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("links", &self.links)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PricingPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for PricingPage {
    const NAME: &'static str = "PricingPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            links: crate::runtime::decode::required(v1, "links")?,
            meta: crate::runtime::decode::required(v2, "meta")?,
        })
    }
}

/// One page of services. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServicePage {
    pub data: Vec<ProvisioningService>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

impl ServicePage {
    /// A new `ServicePage` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<Vec<ProvisioningService>>,
        links: impl Into<PaginationLinks>,
        meta: impl Into<PaginationMeta>,
    ) -> Self {
        Self {
            data: data.into(),
            links: links.into(),
            meta: meta.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ProvisioningService>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for ServicePage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("links", &self.links)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServicePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ServicePage {
    const NAME: &'static str = "ServicePage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            links: crate::runtime::decode::required(v1, "links")?,
            meta: crate::runtime::decode::required(v2, "meta")?,
        })
    }
}

/// One page of invoices. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvoicePage {
    pub data: Vec<Invoice>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

impl InvoicePage {
    /// A new `InvoicePage` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<Vec<Invoice>>,
        links: impl Into<PaginationLinks>,
        meta: impl Into<PaginationMeta>,
    ) -> Self {
        Self {
            data: data.into(),
            links: links.into(),
            meta: meta.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<Invoice>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<PaginationLinks>) -> Self {
        self.links = value.into();
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: impl Into<PaginationMeta>) -> Self {
        self.meta = value.into();
        self
    }
}

impl serde::Serialize for InvoicePage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("links", &self.links)?;
        map.serialize_entry("meta", &self.meta)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for InvoicePage {
    const NAME: &'static str = "InvoicePage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "data")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "links")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            links: crate::runtime::decode::required(v1, "links")?,
            meta: crate::runtime::decode::required(v2, "meta")?,
        })
    }
}

/// Answer of the health check.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HealthStatus {
    /// `ok` when the API answers.
    pub status: String,
}

impl HealthStatus {
    /// A new `HealthStatus` from its required fields; the others are unset or at their default.
    pub fn new(status: impl Into<String>) -> Self {
        Self { status: status.into() }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
}

impl serde::Serialize for HealthStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("status", &self.status)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HealthStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for HealthStatus {
    const NAME: &'static str = "HealthStatus";
    const FIELDS: &'static [&'static str] = &["status"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "status")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::runtime::decode::required(v0, "status")?,
        })
    }
}

/// Answer of the license endpoint. When the instance has no cached license the API still answers HTTP 200, with `status` = `error` and a `message`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LicenseInfo {
    /// `ok` when a license is cached, `error` otherwise.
    pub status: LicenseInfoStatus,
    /// The cached CLIENTXCMS license as serialized by the instance (fields such as expiry, domains and enabled extensions). Its fields are not published; kept as a free-form object.
    pub license: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Present with `status` = `error`, e.g. `License not found`.
    pub message: Option<String>,
}

impl LicenseInfo {
    /// A new `LicenseInfo` from its required fields; the others are unset or at their default.
    pub fn new(status: impl Into<LicenseInfoStatus>) -> Self {
        Self {
            status: status.into(),
            license: None,
            message: None,
        }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<LicenseInfoStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `license`.
    #[must_use]
    pub fn with_license(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.license = Some(value.into());
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

impl serde::Serialize for LicenseInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(value) = &self.license {
            map.serialize_entry("license", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LicenseInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for LicenseInfo {
    const NAME: &'static str = "LicenseInfo";
    const FIELDS: &'static [&'static str] = &["status", "license", "message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "status")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "license")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "message")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::runtime::decode::required(v0, "status")?,
            license: crate::runtime::decode::optional(v1),
            message: crate::runtime::decode::optional(v2),
        })
    }
}

/// Action on a customer account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomerAction {
    /// `suspend`
    Suspend,
    /// `reactivate`
    Reactivate,
    /// `ban`
    Ban,
    /// `disable2FA`
    Disable2Fa,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CustomerAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Suspend => "suspend",
            Self::Reactivate => "reactivate",
            Self::Ban => "ban",
            Self::Disable2Fa => "disable2FA",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CustomerAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CustomerAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "suspend" => Self::Suspend,
            "reactivate" => Self::Reactivate,
            "ban" => Self::Ban,
            "disable2FA" => Self::Disable2Fa,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CustomerAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomerAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Options of a customer action. `reason` and `force` apply to `suspend` and `ban`; `notify` to `suspend`, `ban` and `reactivate`; `disable2FA` takes none.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerActionRequest {
    /// Reason shown to the customer (default `No reason provided`).
    pub reason: Option<String>,
    /// Email the customer about the action (default false).
    pub notify: Option<bool>,
    /// Also act on the customer's services (default false).
    pub force: Option<bool>,
}

impl CustomerActionRequest {
    /// A new `CustomerActionRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            reason: None,
            notify: None,
            force: None,
        }
    }

    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Sets `notify`.
    #[must_use]
    pub fn with_notify(mut self, value: impl Into<bool>) -> Self {
        self.notify = Some(value.into());
        self
    }

    /// Sets `force`.
    #[must_use]
    pub fn with_force(mut self, value: impl Into<bool>) -> Self {
        self.force = Some(value.into());
        self
    }
}

impl serde::Serialize for CustomerActionRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        if let Some(value) = &self.notify {
            map.serialize_entry("notify", value)?;
        }
        if let Some(value) = &self.force {
            map.serialize_entry("force", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomerActionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CustomerActionRequest {
    const NAME: &'static str = "CustomerActionRequest";
    const FIELDS: &'static [&'static str] = &["reason", "notify", "force"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "reason")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "notify")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "force")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            reason: crate::runtime::decode::optional(v0),
            notify: crate::runtime::decode::optional(v1),
            force: crate::runtime::decode::optional(v2),
        })
    }
}

/// Visibility of a product or group in the store: `active` (listed), `hidden` (not orderable), `unreferenced` (orderable by direct link only).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProductStatus {
    /// `active`
    Active,
    /// `hidden`
    Hidden,
    /// `unreferenced`
    Unreferenced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ProductStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Hidden => "hidden",
            Self::Unreferenced => "unreferenced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ProductStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ProductStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "hidden" => Self::Hidden,
            "unreferenced" => Self::Unreferenced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ProductStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ProductStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A boolean sent as the string `true` or `false` (form-style flag kept as published).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BooleanString {
    /// `true`
    True,
    /// `false`
    False,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl BooleanString {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for BooleanString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for BooleanString {
    fn from(value: String) -> Self {
        match value.as_str() {
            "true" => Self::True,
            "false" => Self::False,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for BooleanString {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for BooleanString {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Price and setup fee of one billing period in a product request.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductPriceInput {
    /// Price of the period.
    pub price: Option<f64>,
    /// Setup fee of the period.
    pub setup: Option<f64>,
}

impl ProductPriceInput {
    /// A new `ProductPriceInput` with every field unset or at its default.
    pub fn new() -> Self {
        Self { price: None, setup: None }
    }

    /// Sets `price`.
    #[must_use]
    pub fn with_price(mut self, value: impl Into<f64>) -> Self {
        self.price = Some(value.into());
        self
    }

    /// Sets `setup`.
    #[must_use]
    pub fn with_setup(mut self, value: impl Into<f64>) -> Self {
        self.setup = Some(value.into());
        self
    }
}

impl serde::Serialize for ProductPriceInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.price {
            map.serialize_entry("price", value)?;
        }
        if let Some(value) = &self.setup {
            map.serialize_entry("setup", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductPriceInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProductPriceInput {
    const NAME: &'static str = "ProductPriceInput";
    const FIELDS: &'static [&'static str] = &["price", "setup"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "price")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "setup")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            price: crate::runtime::decode::optional(v0),
            setup: crate::runtime::decode::optional(v1),
        })
    }
}

/// Product configuration as stored by the product's provisioning extension (for example the server, memory or egg of a game server). Its keys depend on the product `type`, so it is a free-form object.
pub type ProductConfig = std::collections::BTreeMap<String, serde_json::Value>;

/// A key/value metadata entry attached to a model (inferred from the CLIENTXCMS `metadata` relation).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Metadata {
    /// Metadata ID.
    pub id: Option<i64>,
    /// Key.
    pub key: String,
    /// Value.
    pub value: Option<String>,
}

impl Metadata {
    /// A new `Metadata` from its required fields; the others are unset or at their default.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            id: None,
            key: key.into(),
            value: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `key`.
    #[must_use]
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl serde::Serialize for Metadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("key", &self.key)?;
        map.serialize_entry("value", &self.value)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Metadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Metadata {
    const NAME: &'static str = "Metadata";
    const FIELDS: &'static [&'static str] = &["id", "key", "value"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "key")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "value")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            key: crate::runtime::decode::required(v1, "key")?,
            value: crate::runtime::decode::optional(v2),
        })
    }
}

/// State of a service (constants of the CLIENTXCMS `Service` model).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceStatus {
    /// `pending`
    Pending,
    /// `active`
    Active,
    /// `suspended`
    Suspended,
    /// `expired`
    Expired,
    /// `cancelled`
    Cancelled,
    /// `hidden`
    Hidden,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ServiceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Suspended => "suspended",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
            Self::Hidden => "hidden",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ServiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ServiceStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pending" => Self::Pending,
            "active" => Self::Active,
            "suspended" => Self::Suspended,
            "expired" => Self::Expired,
            "cancelled" => Self::Cancelled,
            "hidden" => Self::Hidden,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ServiceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ServiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Options of an expiry.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExpireServiceRequest {
    /// Expire even if the service's extension refuses (default false).
    pub force: Option<bool>,
}

impl ExpireServiceRequest {
    /// A new `ExpireServiceRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self { force: None }
    }

    /// Sets `force`.
    #[must_use]
    pub fn with_force(mut self, value: impl Into<bool>) -> Self {
        self.force = Some(value.into());
        self
    }
}

impl serde::Serialize for ExpireServiceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.force {
            map.serialize_entry("force", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExpireServiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ExpireServiceRequest {
    const NAME: &'static str = "ExpireServiceRequest";
    const FIELDS: &'static [&'static str] = &["force"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "force")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            force: crate::runtime::decode::optional(v0),
        })
    }
}

/// Options of a suspension.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SuspendServiceRequest {
    /// Suspension reason shown to the customer.
    pub reason: Option<String>,
    /// Email the customer (default false).
    pub notify: Option<bool>,
}

impl SuspendServiceRequest {
    /// A new `SuspendServiceRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self { reason: None, notify: None }
    }

    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Sets `notify`.
    #[must_use]
    pub fn with_notify(mut self, value: impl Into<bool>) -> Self {
        self.notify = Some(value.into());
        self
    }
}

impl serde::Serialize for SuspendServiceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        if let Some(value) = &self.notify {
            map.serialize_entry("notify", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SuspendServiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SuspendServiceRequest {
    const NAME: &'static str = "SuspendServiceRequest";
    const FIELDS: &'static [&'static str] = &["reason", "notify"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "reason")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "notify")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            reason: crate::runtime::decode::optional(v0),
            notify: crate::runtime::decode::optional(v1),
        })
    }
}

/// Outcome reported by the service's provisioning extension (CLIENTXCMS `ServiceStateChangeDTO`; inferred from the source, the published document does not describe it).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceStateChange {
    /// Whether the extension carried the change out.
    pub success: bool,
    /// Message of the extension.
    pub message: String,
    /// When the change was attempted.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Extra data of the extension.
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub service: Option<ProvisioningService>,
}

impl ServiceStateChange {
    /// A new `ServiceStateChange` from its required fields; the others are unset or at their default.
    pub fn new(success: impl Into<bool>, message: impl Into<String>) -> Self {
        Self {
            success: success.into(),
            message: message.into(),
            created_at: None,
            data: None,
            service: None,
        }
    }

    /// Sets `success`.
    #[must_use]
    pub fn with_success(mut self, value: impl Into<bool>) -> Self {
        self.success = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
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

    /// Sets `data`.
    #[must_use]
    pub fn with_data(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Sets `service`.
    #[must_use]
    pub fn with_service(mut self, value: impl Into<ProvisioningService>) -> Self {
        self.service = Some(value.into());
        self
    }
}

impl serde::Serialize for ServiceStateChange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("success", &self.success)?;
        map.serialize_entry("message", &self.message)?;
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.service {
            map.serialize_entry("service", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceStateChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ServiceStateChange {
    const NAME: &'static str = "ServiceStateChange";
    const FIELDS: &'static [&'static str] = &[
        "success",
        "message",
        "created_at",
        "data",
        "service",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "success")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "message")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "created_at")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "data")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "service")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            success: crate::runtime::decode::required(v0, "success")?,
            message: crate::runtime::decode::required(v1, "message")?,
            created_at: crate::runtime::decode::optional(v2),
            data: crate::runtime::decode::optional(v3),
            service: crate::runtime::decode::optional(v4),
        })
    }
}

/// Answer of expire, suspend and unsuspend: the service after the change and the outcome. The published document shows a bare service; the CLIENTXCMS source answers `{data, result}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceStateChangeResponse {
    pub data: ProvisioningService,
    pub result: ServiceStateChange,
}

impl ServiceStateChangeResponse {
    /// A new `ServiceStateChangeResponse` from its required fields; the others are unset or at their default.
    pub fn new(
        data: impl Into<ProvisioningService>,
        result: impl Into<ServiceStateChange>,
    ) -> Self {
        Self {
            data: data.into(),
            result: result.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<ProvisioningService>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `result`.
    #[must_use]
    pub fn with_result(mut self, value: impl Into<ServiceStateChange>) -> Self {
        self.result = value.into();
        self
    }
}

impl serde::Serialize for ServiceStateChangeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("result", &self.result)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceStateChangeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ServiceStateChangeResponse {
    const NAME: &'static str = "ServiceStateChangeResponse";
    const FIELDS: &'static [&'static str] = &["data", "result"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "result")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::runtime::decode::required(v0, "data")?,
            result: crate::runtime::decode::required(v1, "result")?,
        })
    }
}

/// Invoice state (constants of the CLIENTXCMS `Invoice` model).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoiceStatus {
    /// `pending`
    Pending,
    /// `paid`
    Paid,
    /// `draft`
    Draft,
    /// `cancelled`
    Cancelled,
    /// `refunded`
    Refunded,
    /// `failed`
    Failed,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Paid => "paid",
            Self::Draft => "draft",
            Self::Cancelled => "cancelled",
            Self::Refunded => "refunded",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for InvoiceStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pending" => Self::Pending,
            "paid" => Self::Paid,
            "draft" => Self::Draft,
            "cancelled" => Self::Cancelled,
            "refunded" => Self::Refunded,
            "failed" => Self::Failed,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for InvoiceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Answer of validate, edit and notify: a translated message and the invoice. The published document shows a bare invoice; the CLIENTXCMS source answers `{message, invoice}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvoiceActionResponse {
    /// What was done (translated).
    pub message: String,
    pub invoice: Invoice,
}

impl InvoiceActionResponse {
    /// A new `InvoiceActionResponse` from its required fields; the others are unset or at their default.
    pub fn new(message: impl Into<String>, invoice: impl Into<Invoice>) -> Self {
        Self {
            message: message.into(),
            invoice: invoice.into(),
        }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }

    /// Sets `invoice`.
    #[must_use]
    pub fn with_invoice(mut self, value: impl Into<Invoice>) -> Self {
        self.invoice = value.into();
        self
    }
}

impl serde::Serialize for InvoiceActionResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("invoice", &self.invoice)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceActionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for InvoiceActionResponse {
    const NAME: &'static str = "InvoiceActionResponse";
    const FIELDS: &'static [&'static str] = &["message", "invoice"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "message")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "invoice")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::runtime::decode::required(v0, "message")?,
            invoice: crate::runtime::decode::required(v1, "invoice")?,
        })
    }
}

/// support tickets page
///
/// One page of support tickets: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportTicketPage {
    pub current_page: Option<i64>,
    pub data: Vec<SupportTicket>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl SupportTicketPage {
    /// A new `SupportTicketPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<SupportTicket>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<SupportTicket>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for SupportTicketPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportTicketPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportTicketPage {
    const NAME: &'static str = "SupportTicketPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// support departments page
///
/// One page of support departments: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupportDepartmentPage {
    pub current_page: Option<i64>,
    pub data: Vec<SupportDepartment>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl SupportDepartmentPage {
    /// A new `SupportDepartmentPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<SupportDepartment>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<SupportDepartment>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for SupportDepartmentPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SupportDepartmentPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SupportDepartmentPage {
    const NAME: &'static str = "SupportDepartmentPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// servers page
///
/// One page of servers: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProvisioningServerPage {
    pub current_page: Option<i64>,
    pub data: Vec<ProvisioningServer>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl ProvisioningServerPage {
    /// A new `ProvisioningServerPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<ProvisioningServer>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ProvisioningServer>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for ProvisioningServerPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningServerPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ProvisioningServerPage {
    const NAME: &'static str = "ProvisioningServerPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// Coupon
///
/// A coupon (with its `products` and `pricing` after creation and update). The published document has no coupon schema, so its fields are left free-form.
pub type Coupon = std::collections::BTreeMap<String, serde_json::Value>;

/// coupons page
///
/// One page of coupons: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CouponPage {
    pub current_page: Option<i64>,
    pub data: Vec<Coupon>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl CouponPage {
    /// A new `CouponPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<Coupon>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<Coupon>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for CouponPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CouponPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CouponPage {
    const NAME: &'static str = "CouponPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// Subdomain host
///
/// A domain under which customers can take subdomains (`domain`, the `products` and `groups` it is offered for). The published document has no schema, so its fields are left free-form.
pub type SubdomainHost = std::collections::BTreeMap<String, serde_json::Value>;

/// subdomain hosts page
///
/// One page of subdomain hosts: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SubdomainHostPage {
    pub current_page: Option<i64>,
    pub data: Vec<SubdomainHost>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl SubdomainHostPage {
    /// A new `SubdomainHostPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<SubdomainHost>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<SubdomainHost>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for SubdomainHostPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SubdomainHostPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SubdomainHostPage {
    const NAME: &'static str = "SubdomainHostPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// Action log
///
/// An entry of the action log (who did what to which model). The published document has no schema, so its fields are left free-form.
pub type ActionLog = std::collections::BTreeMap<String, serde_json::Value>;

/// action log entries page
///
/// One page of action log entries: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActionLogPage {
    pub current_page: Option<i64>,
    pub data: Vec<ActionLog>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl ActionLogPage {
    /// A new `ActionLogPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<ActionLog>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<ActionLog>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for ActionLogPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ActionLogPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ActionLogPage {
    const NAME: &'static str = "ActionLogPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// Cancellation reason
///
/// A reason customers can give when cancelling a service.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CancellationReason {
    pub id: Option<i64>,
    pub reason: Option<String>,
    pub status: Option<ProductStatus>,
    /// Properties beyond the declared ones.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl CancellationReason {
    /// A new `CancellationReason` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            id: None,
            reason: None,
            status: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `additional_properties`.
    #[must_use]
    pub fn with_additional_properties(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.additional_properties = value.into();
        self
    }
}

impl serde::Serialize for CancellationReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancellationReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CancellationReason {
    const NAME: &'static str = "CancellationReason";
    const FIELDS: &'static [&'static str] = &["id", "reason", "status"];
    const KEEPS_OTHERS: bool = true;
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut others = std::collections::BTreeMap::new();
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "reason")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "status")?
                }
                crate::runtime::decode::Key::Other(Some(name)) => {
                    others.insert(name, map.next_value()?);
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            reason: crate::runtime::decode::optional(v1),
            status: crate::runtime::decode::optional(v2),
            additional_properties: others,
        })
    }
}

/// cancellation reasons page
///
/// One page of cancellation reasons: a Laravel paginator serialized as is (`{current_page, data, ..., total}`), as `queryIndex` and `queryShow` answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CancellationReasonPage {
    pub current_page: Option<i64>,
    pub data: Vec<CancellationReason>,
    pub first_page_url: Option<String>,
    pub from: Option<i64>,
    pub last_page: Option<i64>,
    pub last_page_url: Option<String>,
    pub links: Option<Vec<PaginationMetaLink>>,
    pub next_page_url: Option<String>,
    pub path: Option<String>,
    pub per_page: Option<i64>,
    pub prev_page_url: Option<String>,
    pub to: Option<i64>,
    pub total: Option<i64>,
}

impl CancellationReasonPage {
    /// A new `CancellationReasonPage` from its required fields; the others are unset or at their default.
    pub fn new(data: impl Into<Vec<CancellationReason>>) -> Self {
        Self {
            current_page: None,
            data: data.into(),
            first_page_url: None,
            from: None,
            last_page: None,
            last_page_url: None,
            links: None,
            next_page_url: None,
            path: None,
            per_page: None,
            prev_page_url: None,
            to: None,
            total: None,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: impl Into<i64>) -> Self {
        self.current_page = Some(value.into());
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<Vec<CancellationReason>>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `first_page_url`.
    #[must_use]
    pub fn with_first_page_url(mut self, value: impl Into<String>) -> Self {
        self.first_page_url = Some(value.into());
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: impl Into<i64>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: impl Into<i64>) -> Self {
        self.last_page = Some(value.into());
        self
    }

    /// Sets `last_page_url`.
    #[must_use]
    pub fn with_last_page_url(mut self, value: impl Into<String>) -> Self {
        self.last_page_url = Some(value.into());
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: impl Into<Vec<PaginationMetaLink>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `next_page_url`.
    #[must_use]
    pub fn with_next_page_url(mut self, value: impl Into<String>) -> Self {
        self.next_page_url = Some(value.into());
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `prev_page_url`.
    #[must_use]
    pub fn with_prev_page_url(mut self, value: impl Into<String>) -> Self {
        self.prev_page_url = Some(value.into());
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
}

impl serde::Serialize for CancellationReasonPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_page {
            map.serialize_entry("current_page", value)?;
        }
        map.serialize_entry("data", &self.data)?;
        if let Some(value) = &self.first_page_url {
            map.serialize_entry("first_page_url", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.last_page {
            map.serialize_entry("last_page", value)?;
        }
        if let Some(value) = &self.last_page_url {
            map.serialize_entry("last_page_url", value)?;
        }
        if let Some(value) = &self.links {
            map.serialize_entry("links", value)?;
        }
        if let Some(value) = &self.next_page_url {
            map.serialize_entry("next_page_url", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        if let Some(value) = &self.per_page {
            map.serialize_entry("per_page", value)?;
        }
        if let Some(value) = &self.prev_page_url {
            map.serialize_entry("prev_page_url", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        if let Some(value) = &self.total {
            map.serialize_entry("total", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancellationReasonPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CancellationReasonPage {
    const NAME: &'static str = "CancellationReasonPage";
    const FIELDS: &'static [&'static str] = &[
        "current_page",
        "data",
        "first_page_url",
        "from",
        "last_page",
        "last_page_url",
        "links",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "total",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "data")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "first_page_url")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "from")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "last_page")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "last_page_url")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "links")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "next_page_url")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "path")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(&mut map, &mut v9, "per_page")?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "prev_page_url")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "to")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "total")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::runtime::decode::optional(v0),
            data: crate::runtime::decode::required(v1, "data")?,
            first_page_url: crate::runtime::decode::optional(v2),
            from: crate::runtime::decode::optional(v3),
            last_page: crate::runtime::decode::optional(v4),
            last_page_url: crate::runtime::decode::optional(v5),
            links: crate::runtime::decode::optional(v6),
            next_page_url: crate::runtime::decode::optional(v7),
            path: crate::runtime::decode::optional(v8),
            per_page: crate::runtime::decode::optional(v9),
            prev_page_url: crate::runtime::decode::optional(v10),
            to: crate::runtime::decode::optional(v11),
            total: crate::runtime::decode::optional(v12),
        })
    }
}

/// Cancellation reason request
///
/// A cancellation reason to create (both fields required), or the fields to change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CancellationReasonRequest {
    pub reason: Option<String>,
    pub status: Option<ProductStatus>,
}

impl CancellationReasonRequest {
    /// A new `CancellationReasonRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self { reason: None, status: None }
    }

    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<ProductStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

impl serde::Serialize for CancellationReasonRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancellationReasonRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CancellationReasonRequest {
    const NAME: &'static str = "CancellationReasonRequest";
    const FIELDS: &'static [&'static str] = &["reason", "status"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "reason")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "status")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            reason: crate::runtime::decode::optional(v0),
            status: crate::runtime::decode::optional(v1),
        })
    }
}

/// Cancellation reason analytics
///
/// Counts of cancellations per reason, as computed by `CancellationReasonController::analytics`; free-form.
pub type CancellationReasonAnalytics = std::collections::BTreeMap<
    String,
    serde_json::Value,
>;

/// Ticket action answer
///
/// Answer of reply, close and reopen: a translated message and the ticket.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TicketActionResponse {
    pub message: String,
    pub ticket: SupportTicket,
}

impl TicketActionResponse {
    /// A new `TicketActionResponse` from its required fields; the others are unset or at their default.
    pub fn new(message: impl Into<String>, ticket: impl Into<SupportTicket>) -> Self {
        Self {
            message: message.into(),
            ticket: ticket.into(),
        }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }

    /// Sets `ticket`.
    #[must_use]
    pub fn with_ticket(mut self, value: impl Into<SupportTicket>) -> Self {
        self.ticket = value.into();
        self
    }
}

impl serde::Serialize for TicketActionResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("ticket", &self.ticket)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TicketActionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TicketActionResponse {
    const NAME: &'static str = "TicketActionResponse";
    const FIELDS: &'static [&'static str] = &["message", "ticket"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "message")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "ticket")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::runtime::decode::required(v0, "message")?,
            ticket: crate::runtime::decode::required(v1, "ticket")?,
        })
    }
}

/// Server test result
///
/// Outcome of a connection test.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServerTestResult {
    pub success: bool,
    pub status: Option<i64>,
    /// A message, or the validation messages per field.
    pub message: Option<serde_json::Value>,
}

impl ServerTestResult {
    /// A new `ServerTestResult` from its required fields; the others are unset or at their default.
    pub fn new(success: impl Into<bool>) -> Self {
        Self {
            success: success.into(),
            status: None,
            message: None,
        }
    }

    /// Sets `success`.
    #[must_use]
    pub fn with_success(mut self, value: impl Into<bool>) -> Self {
        self.success = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.message = Some(value.into());
        self
    }
}

impl serde::Serialize for ServerTestResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("success", &self.success)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServerTestResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ServerTestResult {
    const NAME: &'static str = "ServerTestResult";
    const FIELDS: &'static [&'static str] = &["success", "status", "message"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "status")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "message")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            success: crate::runtime::decode::required(v0, "success")?,
            status: crate::runtime::decode::optional(v1),
            message: crate::runtime::decode::optional(v2),
        })
    }
}

/// The format to export the invoices
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportInvoiceRequestFormat {
    /// `pdf`
    Pdf,
    /// `csv`
    Csv,
    /// `xlsx`
    Xlsx,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ExportInvoiceRequestFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ExportInvoiceRequestFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ExportInvoiceRequestFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pdf" => Self::Pdf,
            "csv" => Self::Csv,
            "xlsx" => Self::Xlsx,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ExportInvoiceRequestFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ExportInvoiceRequestFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportInvoiceRequestStatusItem {
    /// `paid`
    Paid,
    /// `unpaid`
    Unpaid,
    /// `cancelled`
    Cancelled,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ExportInvoiceRequestStatusItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Paid => "paid",
            Self::Unpaid => "unpaid",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ExportInvoiceRequestStatusItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ExportInvoiceRequestStatusItem {
    fn from(value: String) -> Self {
        match value.as_str() {
            "paid" => Self::Paid,
            "unpaid" => Self::Unpaid,
            "cancelled" => Self::Cancelled,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ExportInvoiceRequestStatusItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ExportInvoiceRequestStatusItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoiceDraftRequestRelated {
    /// `product`
    Product,
    /// `service`
    Service,
    /// `custom_item`
    CustomItem,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl InvoiceDraftRequestRelated {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Product => "product",
            Self::Service => "service",
            Self::CustomItem => "custom_item",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for InvoiceDraftRequestRelated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for InvoiceDraftRequestRelated {
    fn from(value: String) -> Self {
        match value.as_str() {
            "product" => Self::Product,
            "service" => Self::Service,
            "custom_item" => Self::CustomItem,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for InvoiceDraftRequestRelated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceDraftRequestRelated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProvisioningServerStatus {
    /// `active`
    Active,
    /// `hidden`
    Hidden,
    /// `unreferenced`
    Unreferenced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl ProvisioningServerStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Hidden => "hidden",
            Self::Unreferenced => "unreferenced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ProvisioningServerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for ProvisioningServerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "hidden" => Self::Hidden,
            "unreferenced" => Self::Unreferenced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ProvisioningServerStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningServerStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Status of the server
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoreServerRequestStatus {
    /// `active`
    Active,
    /// `hidden`
    Hidden,
    /// `unreferenced`
    Unreferenced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl StoreServerRequestStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Hidden => "hidden",
            Self::Unreferenced => "unreferenced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for StoreServerRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for StoreServerRequestStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "hidden" => Self::Hidden,
            "unreferenced" => Self::Unreferenced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for StoreServerRequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for StoreServerRequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportTicketPriority {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl SupportTicketPriority {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for SupportTicketPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for SupportTicketPriority {
    fn from(value: String) -> Self {
        match value.as_str() {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for SupportTicketPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SupportTicketPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportTicketStatus {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// `answered`
    Answered,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl SupportTicketStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Answered => "answered",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for SupportTicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for SupportTicketStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "closed" => Self::Closed,
            "answered" => Self::Answered,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for SupportTicketStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SupportTicketStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportTicketRelatedType {
    /// `service`
    Service,
    /// `invoice`
    Invoice,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl SupportTicketRelatedType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "service",
            Self::Invoice => "invoice",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for SupportTicketRelatedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for SupportTicketRelatedType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "service" => Self::Service,
            "invoice" => Self::Invoice,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for SupportTicketRelatedType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SupportTicketRelatedType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Status of the server
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateServerRequestStatus {
    /// `active`
    Active,
    /// `hidden`
    Hidden,
    /// `unreferenced`
    Unreferenced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl UpdateServerRequestStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Hidden => "hidden",
            Self::Unreferenced => "unreferenced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for UpdateServerRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for UpdateServerRequestStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "hidden" => Self::Hidden,
            "unreferenced" => Self::Unreferenced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for UpdateServerRequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UpdateServerRequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// `ok` when a license is cached, `error` otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenseInfoStatus {
    /// `ok`
    Ok,
    /// `error`
    Error,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl LicenseInfoStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for LicenseInfoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for LicenseInfoStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ok" => Self::Ok,
            "error" => Self::Error,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for LicenseInfoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LicenseInfoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreCouponBody {
    pub code: String,
    pub type_: StoreCouponBodyType,
    pub applied_month: Option<i64>,
    pub free_setup: Option<bool>,
    pub start_at: Option<chrono::DateTime<chrono::Utc>>,
    pub end_at: Option<chrono::DateTime<chrono::Utc>>,
    pub first_order_only: Option<bool>,
    pub max_uses: Option<i64>,
    pub max_uses_per_customer: Option<i64>,
    pub minimum_order_amount: Option<f64>,
    pub is_global: Option<bool>,
    pub products: Option<Vec<i64>>,
    pub pricing: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

impl StoreCouponBody {
    /// A new `StoreCouponBody` from its required fields; the others are unset or at their default.
    pub fn new(code: impl Into<String>, type_: impl Into<StoreCouponBodyType>) -> Self {
        Self {
            code: code.into(),
            type_: type_.into(),
            applied_month: None,
            free_setup: None,
            start_at: None,
            end_at: None,
            first_order_only: None,
            max_uses: None,
            max_uses_per_customer: None,
            minimum_order_amount: None,
            is_global: None,
            products: None,
            pricing: None,
        }
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = value.into();
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<StoreCouponBodyType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `applied_month`.
    #[must_use]
    pub fn with_applied_month(mut self, value: impl Into<i64>) -> Self {
        self.applied_month = Some(value.into());
        self
    }

    /// Sets `free_setup`.
    #[must_use]
    pub fn with_free_setup(mut self, value: impl Into<bool>) -> Self {
        self.free_setup = Some(value.into());
        self
    }

    /// Sets `start_at`.
    #[must_use]
    pub fn with_start_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.start_at = Some(value.into());
        self
    }

    /// Sets `end_at`.
    #[must_use]
    pub fn with_end_at(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.end_at = Some(value.into());
        self
    }

    /// Sets `first_order_only`.
    #[must_use]
    pub fn with_first_order_only(mut self, value: impl Into<bool>) -> Self {
        self.first_order_only = Some(value.into());
        self
    }

    /// Sets `max_uses`.
    #[must_use]
    pub fn with_max_uses(mut self, value: impl Into<i64>) -> Self {
        self.max_uses = Some(value.into());
        self
    }

    /// Sets `max_uses_per_customer`.
    #[must_use]
    pub fn with_max_uses_per_customer(mut self, value: impl Into<i64>) -> Self {
        self.max_uses_per_customer = Some(value.into());
        self
    }

    /// Sets `minimum_order_amount`.
    #[must_use]
    pub fn with_minimum_order_amount(mut self, value: impl Into<f64>) -> Self {
        self.minimum_order_amount = Some(value.into());
        self
    }

    /// Sets `is_global`.
    #[must_use]
    pub fn with_is_global(mut self, value: impl Into<bool>) -> Self {
        self.is_global = Some(value.into());
        self
    }

    /// Sets `products`.
    #[must_use]
    pub fn with_products(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.products = Some(value.into());
        self
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.pricing = Some(value.into());
        self
    }
}

impl serde::Serialize for StoreCouponBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.applied_month {
            map.serialize_entry("applied_month", value)?;
        }
        if let Some(value) = &self.free_setup {
            map.serialize_entry("free_setup", value)?;
        }
        if let Some(value) = &self.start_at {
            map.serialize_entry("start_at", value)?;
        }
        if let Some(value) = &self.end_at {
            map.serialize_entry("end_at", value)?;
        }
        if let Some(value) = &self.first_order_only {
            map.serialize_entry("first_order_only", value)?;
        }
        if let Some(value) = &self.max_uses {
            map.serialize_entry("max_uses", value)?;
        }
        if let Some(value) = &self.max_uses_per_customer {
            map.serialize_entry("max_uses_per_customer", value)?;
        }
        if let Some(value) = &self.minimum_order_amount {
            map.serialize_entry("minimum_order_amount", value)?;
        }
        if let Some(value) = &self.is_global {
            map.serialize_entry("is_global", value)?;
        }
        if let Some(value) = &self.products {
            map.serialize_entry("products", value)?;
        }
        if let Some(value) = &self.pricing {
            map.serialize_entry("pricing", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreCouponBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreCouponBody {
    const NAME: &'static str = "StoreCouponBody";
    const FIELDS: &'static [&'static str] = &[
        "code",
        "type",
        "applied_month",
        "free_setup",
        "start_at",
        "end_at",
        "first_order_only",
        "max_uses",
        "max_uses_per_customer",
        "minimum_order_amount",
        "is_global",
        "products",
        "pricing",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "code")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "type")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "applied_month")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "free_setup")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "start_at")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "end_at")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "first_order_only")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "max_uses")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v8,
                        "max_uses_per_customer",
                    )?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "minimum_order_amount",
                    )?
                }
                crate::runtime::decode::Key::Field(10) => {
                    crate::runtime::decode::value(&mut map, &mut v10, "is_global")?
                }
                crate::runtime::decode::Key::Field(11) => {
                    crate::runtime::decode::value(&mut map, &mut v11, "products")?
                }
                crate::runtime::decode::Key::Field(12) => {
                    crate::runtime::decode::value(&mut map, &mut v12, "pricing")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            code: crate::runtime::decode::required(v0, "code")?,
            type_: crate::runtime::decode::required(v1, "type")?,
            applied_month: crate::runtime::decode::optional(v2),
            free_setup: crate::runtime::decode::optional(v3),
            start_at: crate::runtime::decode::optional(v4),
            end_at: crate::runtime::decode::optional(v5),
            first_order_only: crate::runtime::decode::optional(v6),
            max_uses: crate::runtime::decode::optional(v7),
            max_uses_per_customer: crate::runtime::decode::optional(v8),
            minimum_order_amount: crate::runtime::decode::optional(v9),
            is_global: crate::runtime::decode::optional(v10),
            products: crate::runtime::decode::optional(v11),
            pricing: crate::runtime::decode::optional(v12),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoreCouponBodyType {
    /// `fixed`
    Fixed,
    /// `percent`
    Percent,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl StoreCouponBodyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fixed => "fixed",
            Self::Percent => "percent",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for StoreCouponBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for StoreCouponBodyType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "fixed" => Self::Fixed,
            "percent" => Self::Percent,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for StoreCouponBodyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for StoreCouponBodyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateCouponBody {
    pub code: Option<String>,
    pub type_: Option<UpdateCouponBodyType>,
    pub is_global: Option<bool>,
    pub products: Option<Vec<i64>>,
}

impl UpdateCouponBody {
    /// A new `UpdateCouponBody` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            code: None,
            type_: None,
            is_global: None,
            products: None,
        }
    }

    /// Sets `code`.
    #[must_use]
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<UpdateCouponBodyType>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `is_global`.
    #[must_use]
    pub fn with_is_global(mut self, value: impl Into<bool>) -> Self {
        self.is_global = Some(value.into());
        self
    }

    /// Sets `products`.
    #[must_use]
    pub fn with_products(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.products = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateCouponBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.is_global {
            map.serialize_entry("is_global", value)?;
        }
        if let Some(value) = &self.products {
            map.serialize_entry("products", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateCouponBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateCouponBody {
    const NAME: &'static str = "UpdateCouponBody";
    const FIELDS: &'static [&'static str] = &["code", "type", "is_global", "products"];
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
                    crate::runtime::decode::value(&mut map, &mut v0, "code")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "type")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "is_global")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "products")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            code: crate::runtime::decode::optional(v0),
            type_: crate::runtime::decode::optional(v1),
            is_global: crate::runtime::decode::optional(v2),
            products: crate::runtime::decode::optional(v3),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateCouponBodyType {
    /// `fixed`
    Fixed,
    /// `percent`
    Percent,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl UpdateCouponBodyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fixed => "fixed",
            Self::Percent => "percent",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for UpdateCouponBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for UpdateCouponBodyType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "fixed" => Self::Fixed,
            "percent" => Self::Percent,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for UpdateCouponBodyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UpdateCouponBodyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreDepartmentBody {
    pub name: String,
    pub description: String,
    pub icon: String,
}

impl StoreDepartmentBody {
    /// A new `StoreDepartmentBody` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        icon: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            icon: icon.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `icon`.
    #[must_use]
    pub fn with_icon(mut self, value: impl Into<String>) -> Self {
        self.icon = value.into();
        self
    }
}

impl serde::Serialize for StoreDepartmentBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("icon", &self.icon)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreDepartmentBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreDepartmentBody {
    const NAME: &'static str = "StoreDepartmentBody";
    const FIELDS: &'static [&'static str] = &["name", "description", "icon"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "description")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "icon")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            description: crate::runtime::decode::required(v1, "description")?,
            icon: crate::runtime::decode::required(v2, "icon")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateDepartmentBody {
    pub name: String,
    pub description: String,
    pub icon: String,
}

impl UpdateDepartmentBody {
    /// A new `UpdateDepartmentBody` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        icon: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            icon: icon.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `icon`.
    #[must_use]
    pub fn with_icon(mut self, value: impl Into<String>) -> Self {
        self.icon = value.into();
        self
    }
}

impl serde::Serialize for UpdateDepartmentBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("icon", &self.icon)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateDepartmentBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateDepartmentBody {
    const NAME: &'static str = "UpdateDepartmentBody";
    const FIELDS: &'static [&'static str] = &["name", "description", "icon"];
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
                    crate::runtime::decode::value(&mut map, &mut v1, "description")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "icon")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            description: crate::runtime::decode::required(v1, "description")?,
            icon: crate::runtime::decode::required(v2, "icon")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreServerBody {
    pub name: String,
    pub hostname: Option<String>,
    pub address: String,
    pub port: Option<i64>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub type_: String,
    pub status: Option<StoreServerBodyStatus>,
    pub maxaccounts: Option<i64>,
}

impl StoreServerBody {
    /// A new `StoreServerBody` from its required fields; the others are unset or at their default.
    pub fn new(
        name: impl Into<String>,
        address: impl Into<String>,
        type_: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            hostname: None,
            address: address.into(),
            port: None,
            username: None,
            password: None,
            type_: type_.into(),
            status: None,
            maxaccounts: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `hostname`.
    #[must_use]
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn with_port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<StoreServerBodyStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `maxaccounts`.
    #[must_use]
    pub fn with_maxaccounts(mut self, value: impl Into<i64>) -> Self {
        self.maxaccounts = Some(value.into());
        self
    }
}

impl serde::Serialize for StoreServerBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.hostname {
            map.serialize_entry("hostname", value)?;
        }
        map.serialize_entry("address", &self.address)?;
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.maxaccounts {
            map.serialize_entry("maxaccounts", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreServerBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreServerBody {
    const NAME: &'static str = "StoreServerBody";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "hostname",
        "address",
        "port",
        "username",
        "password",
        "type",
        "status",
        "maxaccounts",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "hostname")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "address")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "port")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "username")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "password")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "type")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "status")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "maxaccounts")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "name")?,
            hostname: crate::runtime::decode::optional(v1),
            address: crate::runtime::decode::required(v2, "address")?,
            port: crate::runtime::decode::optional(v3),
            username: crate::runtime::decode::optional(v4),
            password: crate::runtime::decode::optional(v5),
            type_: crate::runtime::decode::required(v6, "type")?,
            status: crate::runtime::decode::optional(v7),
            maxaccounts: crate::runtime::decode::optional(v8),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoreServerBodyStatus {
    /// `active`
    Active,
    /// `hidden`
    Hidden,
    /// `unreferenced`
    Unreferenced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl StoreServerBodyStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Hidden => "hidden",
            Self::Unreferenced => "unreferenced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for StoreServerBodyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for StoreServerBodyStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "hidden" => Self::Hidden,
            "unreferenced" => Self::Unreferenced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for StoreServerBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for StoreServerBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TestServerBody {
    pub address: String,
    pub port: Option<i64>,
    pub type_: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub hostname: Option<String>,
    /// Existing server ID to use credentials from
    pub server_id: Option<i64>,
}

impl TestServerBody {
    /// A new `TestServerBody` from its required fields; the others are unset or at their default.
    pub fn new(address: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            address: address.into(),
            port: None,
            type_: type_.into(),
            username: None,
            password: None,
            hostname: None,
            server_id: None,
        }
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn with_port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `hostname`.
    #[must_use]
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }

    /// Sets `server_id`.
    #[must_use]
    pub fn with_server_id(mut self, value: impl Into<i64>) -> Self {
        self.server_id = Some(value.into());
        self
    }
}

impl serde::Serialize for TestServerBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("address", &self.address)?;
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.hostname {
            map.serialize_entry("hostname", value)?;
        }
        if let Some(value) = &self.server_id {
            map.serialize_entry("server_id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TestServerBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TestServerBody {
    const NAME: &'static str = "TestServerBody";
    const FIELDS: &'static [&'static str] = &[
        "address",
        "port",
        "type",
        "username",
        "password",
        "hostname",
        "server_id",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "address")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "port")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "type")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "username")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "password")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "hostname")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "server_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            address: crate::runtime::decode::required(v0, "address")?,
            port: crate::runtime::decode::optional(v1),
            type_: crate::runtime::decode::required(v2, "type")?,
            username: crate::runtime::decode::optional(v3),
            password: crate::runtime::decode::optional(v4),
            hostname: crate::runtime::decode::optional(v5),
            server_id: crate::runtime::decode::optional(v6),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateServerBody {
    pub name: Option<String>,
    pub hostname: Option<String>,
    pub address: Option<String>,
    pub port: Option<i64>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub type_: Option<String>,
    pub status: Option<String>,
    pub maxaccounts: Option<i64>,
}

impl UpdateServerBody {
    /// A new `UpdateServerBody` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            name: None,
            hostname: None,
            address: None,
            port: None,
            username: None,
            password: None,
            type_: None,
            status: None,
            maxaccounts: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `hostname`.
    #[must_use]
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn with_port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `maxaccounts`.
    #[must_use]
    pub fn with_maxaccounts(mut self, value: impl Into<i64>) -> Self {
        self.maxaccounts = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateServerBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.hostname {
            map.serialize_entry("hostname", value)?;
        }
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.maxaccounts {
            map.serialize_entry("maxaccounts", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateServerBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateServerBody {
    const NAME: &'static str = "UpdateServerBody";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "hostname",
        "address",
        "port",
        "username",
        "password",
        "type",
        "status",
        "maxaccounts",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "hostname")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "address")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "port")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "username")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "password")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "type")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "status")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "maxaccounts")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::optional(v0),
            hostname: crate::runtime::decode::optional(v1),
            address: crate::runtime::decode::optional(v2),
            port: crate::runtime::decode::optional(v3),
            username: crate::runtime::decode::optional(v4),
            password: crate::runtime::decode::optional(v5),
            type_: crate::runtime::decode::optional(v6),
            status: crate::runtime::decode::optional(v7),
            maxaccounts: crate::runtime::decode::optional(v8),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreSubdomainHostBody {
    pub domain: String,
}

impl StoreSubdomainHostBody {
    /// A new `StoreSubdomainHostBody` from its required fields; the others are unset or at their default.
    pub fn new(domain: impl Into<String>) -> Self {
        Self { domain: domain.into() }
    }

    /// Sets `domain`.
    #[must_use]
    pub fn with_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = value.into();
        self
    }
}

impl serde::Serialize for StoreSubdomainHostBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("domain", &self.domain)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreSubdomainHostBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreSubdomainHostBody {
    const NAME: &'static str = "StoreSubdomainHostBody";
    const FIELDS: &'static [&'static str] = &["domain"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "domain")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            domain: crate::runtime::decode::required(v0, "domain")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateSubdomainHostBody {
    pub domain: String,
}

impl UpdateSubdomainHostBody {
    /// A new `UpdateSubdomainHostBody` from its required fields; the others are unset or at their default.
    pub fn new(domain: impl Into<String>) -> Self {
        Self { domain: domain.into() }
    }

    /// Sets `domain`.
    #[must_use]
    pub fn with_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = value.into();
        self
    }
}

impl serde::Serialize for UpdateSubdomainHostBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("domain", &self.domain)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateSubdomainHostBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateSubdomainHostBody {
    const NAME: &'static str = "UpdateSubdomainHostBody";
    const FIELDS: &'static [&'static str] = &["domain"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "domain")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            domain: crate::runtime::decode::required(v0, "domain")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreTicketBody {
    pub department_id: i64,
    pub customer_id: i64,
    pub subject: String,
    pub priority: StoreTicketBodyPriority,
    pub content: String,
    pub related_type: Option<StoreTicketBodyRelatedType>,
    pub related_id: Option<i64>,
}

impl StoreTicketBody {
    /// A new `StoreTicketBody` from its required fields; the others are unset or at their default.
    pub fn new(
        department_id: impl Into<i64>,
        customer_id: impl Into<i64>,
        subject: impl Into<String>,
        priority: impl Into<StoreTicketBodyPriority>,
        content: impl Into<String>,
    ) -> Self {
        Self {
            department_id: department_id.into(),
            customer_id: customer_id.into(),
            subject: subject.into(),
            priority: priority.into(),
            content: content.into(),
            related_type: None,
            related_id: None,
        }
    }

    /// Sets `department_id`.
    #[must_use]
    pub fn with_department_id(mut self, value: impl Into<i64>) -> Self {
        self.department_id = value.into();
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = value.into();
        self
    }

    /// Sets `subject`.
    #[must_use]
    pub fn with_subject(mut self, value: impl Into<String>) -> Self {
        self.subject = value.into();
        self
    }

    /// Sets `priority`.
    #[must_use]
    pub fn with_priority(mut self, value: impl Into<StoreTicketBodyPriority>) -> Self {
        self.priority = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn with_content(mut self, value: impl Into<String>) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `related_type`.
    #[must_use]
    pub fn with_related_type(
        mut self,
        value: impl Into<StoreTicketBodyRelatedType>,
    ) -> Self {
        self.related_type = Some(value.into());
        self
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: impl Into<i64>) -> Self {
        self.related_id = Some(value.into());
        self
    }
}

impl serde::Serialize for StoreTicketBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("department_id", &self.department_id)?;
        map.serialize_entry("customer_id", &self.customer_id)?;
        map.serialize_entry("subject", &self.subject)?;
        map.serialize_entry("priority", &self.priority)?;
        map.serialize_entry("content", &self.content)?;
        if let Some(value) = &self.related_type {
            map.serialize_entry("related_type", value)?;
        }
        if let Some(value) = &self.related_id {
            map.serialize_entry("related_id", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreTicketBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for StoreTicketBody {
    const NAME: &'static str = "StoreTicketBody";
    const FIELDS: &'static [&'static str] = &[
        "department_id",
        "customer_id",
        "subject",
        "priority",
        "content",
        "related_type",
        "related_id",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "department_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "customer_id")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "subject")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "priority")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "content")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "related_type")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "related_id")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            department_id: crate::runtime::decode::required(v0, "department_id")?,
            customer_id: crate::runtime::decode::required(v1, "customer_id")?,
            subject: crate::runtime::decode::required(v2, "subject")?,
            priority: crate::runtime::decode::required(v3, "priority")?,
            content: crate::runtime::decode::required(v4, "content")?,
            related_type: crate::runtime::decode::optional(v5),
            related_id: crate::runtime::decode::optional(v6),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoreTicketBodyPriority {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl StoreTicketBodyPriority {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for StoreTicketBodyPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for StoreTicketBodyPriority {
    fn from(value: String) -> Self {
        match value.as_str() {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for StoreTicketBodyPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for StoreTicketBodyPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoreTicketBodyRelatedType {
    /// `service`
    Service,
    /// `invoice`
    Invoice,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl StoreTicketBodyRelatedType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "service",
            Self::Invoice => "invoice",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for StoreTicketBodyRelatedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for StoreTicketBodyRelatedType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "service" => Self::Service,
            "invoice" => Self::Invoice,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for StoreTicketBodyRelatedType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for StoreTicketBodyRelatedType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateTicketBody {
    pub department_id: i64,
    pub subject: String,
    pub priority: UpdateTicketBodyPriority,
    pub assigned_to: Option<i64>,
    pub close_reason: Option<String>,
}

impl UpdateTicketBody {
    /// A new `UpdateTicketBody` from its required fields; the others are unset or at their default.
    pub fn new(
        department_id: impl Into<i64>,
        subject: impl Into<String>,
        priority: impl Into<UpdateTicketBodyPriority>,
    ) -> Self {
        Self {
            department_id: department_id.into(),
            subject: subject.into(),
            priority: priority.into(),
            assigned_to: None,
            close_reason: None,
        }
    }

    /// Sets `department_id`.
    #[must_use]
    pub fn with_department_id(mut self, value: impl Into<i64>) -> Self {
        self.department_id = value.into();
        self
    }

    /// Sets `subject`.
    #[must_use]
    pub fn with_subject(mut self, value: impl Into<String>) -> Self {
        self.subject = value.into();
        self
    }

    /// Sets `priority`.
    #[must_use]
    pub fn with_priority(mut self, value: impl Into<UpdateTicketBodyPriority>) -> Self {
        self.priority = value.into();
        self
    }

    /// Sets `assigned_to`.
    #[must_use]
    pub fn with_assigned_to(mut self, value: impl Into<i64>) -> Self {
        self.assigned_to = Some(value.into());
        self
    }

    /// Sets `close_reason`.
    #[must_use]
    pub fn with_close_reason(mut self, value: impl Into<String>) -> Self {
        self.close_reason = Some(value.into());
        self
    }
}

impl serde::Serialize for UpdateTicketBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("department_id", &self.department_id)?;
        map.serialize_entry("subject", &self.subject)?;
        map.serialize_entry("priority", &self.priority)?;
        if let Some(value) = &self.assigned_to {
            map.serialize_entry("assigned_to", value)?;
        }
        if let Some(value) = &self.close_reason {
            map.serialize_entry("close_reason", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTicketBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpdateTicketBody {
    const NAME: &'static str = "UpdateTicketBody";
    const FIELDS: &'static [&'static str] = &[
        "department_id",
        "subject",
        "priority",
        "assigned_to",
        "close_reason",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "department_id")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "subject")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "priority")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "assigned_to")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "close_reason")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            department_id: crate::runtime::decode::required(v0, "department_id")?,
            subject: crate::runtime::decode::required(v1, "subject")?,
            priority: crate::runtime::decode::required(v2, "priority")?,
            assigned_to: crate::runtime::decode::optional(v3),
            close_reason: crate::runtime::decode::optional(v4),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateTicketBodyPriority {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl UpdateTicketBodyPriority {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for UpdateTicketBodyPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for UpdateTicketBodyPriority {
    fn from(value: String) -> Self {
        match value.as_str() {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for UpdateTicketBodyPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTicketBodyPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CloseTicketBody {
    pub reason: Option<String>,
}

impl CloseTicketBody {
    /// A new `CloseTicketBody` with every field unset or at its default.
    pub fn new() -> Self {
        Self { reason: None }
    }

    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}

impl serde::Serialize for CloseTicketBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CloseTicketBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CloseTicketBody {
    const NAME: &'static str = "CloseTicketBody";
    const FIELDS: &'static [&'static str] = &["reason"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "reason")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            reason: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReplyToTicketBody {
    pub content: String,
}

impl ReplyToTicketBody {
    /// A new `ReplyToTicketBody` from its required fields; the others are unset or at their default.
    pub fn new(content: impl Into<String>) -> Self {
        Self { content: content.into() }
    }

    /// Sets `content`.
    #[must_use]
    pub fn with_content(mut self, value: impl Into<String>) -> Self {
        self.content = value.into();
        self
    }
}

impl serde::Serialize for ReplyToTicketBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReplyToTicketBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ReplyToTicketBody {
    const NAME: &'static str = "ReplyToTicketBody";
    const FIELDS: &'static [&'static str] = &["content"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "content")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            content: crate::runtime::decode::required(v0, "content")?,
        })
    }
}

/// Documented error bodies of [`Client::store_customer`](crate::Client::store_customer).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StoreCustomerError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::delete_customer`](crate::Client::delete_customer).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteCustomerError {
    /// Customer cannot be deleted
    BadRequest(ErrorReason),
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
}

/// Documented error bodies of [`Client::update_customer`](crate::Client::update_customer).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateCustomerError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::store_group`](crate::Client::store_group).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StoreGroupError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation error
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::delete_group_by_id`](crate::Client::delete_group_by_id).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteGroupByIdError {
    /// The group still has products.
    BadRequest(ErrorReason),
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// group not found
    NotFound(ErrorMessage),
}

/// Documented error bodies of [`Client::update_group`](crate::Client::update_group).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateGroupError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
    /// Validation error
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::create_invoice`](crate::Client::create_invoice).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateInvoiceError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::export_invoices`](crate::Client::export_invoices).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExportInvoicesError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::update_invoice`](crate::Client::update_invoice).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateInvoiceError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::create_pricing`](crate::Client::create_pricing).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreatePricingError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::update_pricing`](crate::Client::update_pricing).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdatePricingError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
    /// Validation failed
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::store_product`](crate::Client::store_product).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StoreProductError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::update_product`](crate::Client::update_product).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateProductError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Documented error bodies of [`Client::update_product_config`](crate::Client::update_product_config).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateProductConfigError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Product config not found
    NotFound(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}
