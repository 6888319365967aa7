//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Order {
    /// Read-only: set by the server, ignored in requests.
    pub id: Option<i64>,
    pub status: OrderStatus,
    pub note: Option<String>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub lines: Option<Vec<OrderLine>>,
    pub customer: Option<Customer>,
}

impl Order {
    /// A new `Order` from its required fields; the others are unset or at their default.
    pub fn new(status: impl Into<OrderStatus>) -> Self {
        Self {
            id: None,
            status: status.into(),
            note: None,
            created_at: None,
            lines: None,
            customer: None,
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
    pub fn with_status(mut self, value: impl Into<OrderStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `note`.
    #[must_use]
    pub fn with_note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
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

    /// Sets `lines`.
    #[must_use]
    pub fn with_lines(mut self, value: impl Into<Vec<OrderLine>>) -> Self {
        self.lines = Some(value.into());
        self
    }

    /// Sets `customer`.
    #[must_use]
    pub fn with_customer(mut self, value: impl Into<Customer>) -> Self {
        self.customer = Some(value.into());
        self
    }
}

impl serde::Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("ID", value)?;
        }
        map.serialize_entry("Status", &self.status)?;
        if let Some(value) = &self.note {
            map.serialize_entry("Note", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("CreatedAt", value)?;
        }
        if let Some(value) = &self.lines {
            map.serialize_entry("Lines", value)?;
        }
        if let Some(value) = &self.customer {
            map.serialize_entry("Customer", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Order {
    const NAME: &'static str = "Order";
    const FIELDS: &'static [&'static str] = &[
        "ID",
        "Status",
        "Note",
        "CreatedAt",
        "Lines",
        "Customer",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Status")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Note")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "CreatedAt")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "Lines")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "Customer")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            status: crate::runtime::decode::required(v1, "Status")?,
            note: crate::runtime::decode::optional(v2),
            created_at: crate::runtime::decode::optional(v3),
            lines: crate::runtime::decode::optional(v4),
            customer: crate::runtime::decode::optional(v5),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderLine {
    pub sku: Option<String>,
    pub quantity: Option<i32>,
}

impl OrderLine {
    /// A new `OrderLine` with every field unset or at its default.
    pub fn new() -> Self {
        Self { sku: None, quantity: None }
    }

    /// Sets `sku`.
    #[must_use]
    pub fn with_sku(mut self, value: impl Into<String>) -> Self {
        self.sku = Some(value.into());
        self
    }

    /// Sets `quantity`.
    #[must_use]
    pub fn with_quantity(mut self, value: impl Into<i32>) -> Self {
        self.quantity = Some(value.into());
        self
    }
}

impl serde::Serialize for OrderLine {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.sku {
            map.serialize_entry("Sku", value)?;
        }
        if let Some(value) = &self.quantity {
            map.serialize_entry("Quantity", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrderLine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for OrderLine {
    const NAME: &'static str = "OrderLine";
    const FIELDS: &'static [&'static str] = &["Sku", "Quantity"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Sku")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Quantity")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            sku: crate::runtime::decode::optional(v0),
            quantity: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Customer {
    pub kind: String,
    pub name: Option<String>,
}

impl Customer {
    /// A new `Customer` from its required fields; the others are unset or at their default.
    pub fn new(kind: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            name: None,
        }
    }

    /// Sets `kind`.
    #[must_use]
    pub fn with_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Kind", &self.kind)?;
        if let Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
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
    const FIELDS: &'static [&'static str] = &["Kind", "Name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Kind")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            kind: crate::runtime::decode::required(v0, "Kind")?,
            name: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderPage {
    pub count: i64,
    pub total: i64,
    pub item_list: Vec<Order>,
}

impl OrderPage {
    /// A new `OrderPage` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i64>,
        total: impl Into<i64>,
        item_list: impl Into<Vec<Order>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i64>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i64>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<Order>>) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for OrderPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrderPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for OrderPage {
    const NAME: &'static str = "OrderPage";
    const FIELDS: &'static [&'static str] = &["Count", "Total", "ItemList"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Count")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Total")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "ItemList")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            count: crate::runtime::decode::required(v0, "Count")?,
            total: crate::runtime::decode::required(v1, "Total")?,
            item_list: crate::runtime::decode::required(v2, "ItemList")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResponseStatusWrapper {
    pub response_status: Option<ResponseStatusWrapperResponseStatus>,
}

impl ResponseStatusWrapper {
    /// A new `ResponseStatusWrapper` with every field unset or at its default.
    pub fn new() -> Self {
        Self { response_status: None }
    }

    /// Sets `response_status`.
    #[must_use]
    pub fn with_response_status(
        mut self,
        value: impl Into<ResponseStatusWrapperResponseStatus>,
    ) -> Self {
        self.response_status = Some(value.into());
        self
    }
}

impl serde::Serialize for ResponseStatusWrapper {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.response_status {
            map.serialize_entry("ResponseStatus", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseStatusWrapper {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ResponseStatusWrapper {
    const NAME: &'static str = "ResponseStatusWrapper";
    const FIELDS: &'static [&'static str] = &["ResponseStatus"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ResponseStatus")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            response_status: crate::runtime::decode::optional(v0),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderStatus {
    /// `Pending`
    Pending,
    /// `Paid`
    Paid,
    /// `Cancelled`
    Cancelled,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl OrderStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Paid => "Paid",
            Self::Cancelled => "Cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for OrderStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Pending" => Self::Pending,
            "Paid" => Self::Paid,
            "Cancelled" => Self::Cancelled,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for OrderStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResponseStatusWrapperResponseStatus {
    pub error_code: Option<String>,
    pub message: Option<String>,
}

impl ResponseStatusWrapperResponseStatus {
    /// A new `ResponseStatusWrapperResponseStatus` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            error_code: None,
            message: None,
        }
    }

    /// Sets `error_code`.
    #[must_use]
    pub fn with_error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = Some(value.into());
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

impl serde::Serialize for ResponseStatusWrapperResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.error_code {
            map.serialize_entry("ErrorCode", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("Message", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseStatusWrapperResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ResponseStatusWrapperResponseStatus {
    const NAME: &'static str = "ResponseStatusWrapperResponseStatus";
    const FIELDS: &'static [&'static str] = &["ErrorCode", "Message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ErrorCode")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Message")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            error_code: crate::runtime::decode::optional(v0),
            message: crate::runtime::decode::optional(v1),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `fr-FR`
    FrFr,
    /// `en-US`
    EnUs,
    /// `es-ES`
    EsEs,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl Language {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FrFr => "fr-FR",
            Self::EnUs => "en-US",
            Self::EsEs => "es-ES",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Language {
    fn from(value: String) -> Self {
        match value.as_str() {
            "fr-FR" => Self::FrFr,
            "en-US" => Self::EnUs,
            "es-ES" => Self::EsEs,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LoginBody {
    pub username: String,
    pub password: String,
}

impl LoginBody {
    /// A new `LoginBody` from its required fields; the others are unset or at their default.
    pub fn new(username: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
        }
    }

    /// Sets `username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = value.into();
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = value.into();
        self
    }
}

impl serde::Serialize for LoginBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("username", &self.username)?;
        map.serialize_entry("password", &self.password)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LoginBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for LoginBody {
    const NAME: &'static str = "LoginBody";
    const FIELDS: &'static [&'static str] = &["username", "password"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "username")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "password")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            username: crate::runtime::decode::required(v0, "username")?,
            password: crate::runtime::decode::required(v1, "password")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoginResponse {
    pub token: Option<String>,
}

impl LoginResponse {
    /// A new `LoginResponse` with every field unset or at its default.
    pub fn new() -> Self {
        Self { token: None }
    }

    /// Sets `token`.
    #[must_use]
    pub fn with_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
}

impl serde::Serialize for LoginResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.token {
            map.serialize_entry("token", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LoginResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for LoginResponse {
    const NAME: &'static str = "LoginResponse";
    const FIELDS: &'static [&'static str] = &["token"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "token")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            token: crate::runtime::decode::optional(v0),
        })
    }
}

/// Multipart body of [`Client::upload_attachment`](crate::Client::upload_attachment).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct UploadAttachmentForm {
    pub file: crate::FilePart,
    pub note: Option<String>,
}

impl UploadAttachmentForm {
    /// A new `UploadAttachmentForm` from its required fields; the others are unset or at their default.
    pub fn new(file: impl Into<crate::FilePart>) -> Self {
        Self {
            file: file.into(),
            note: None,
        }
    }

    /// Sets `file`.
    #[must_use]
    pub fn with_file(mut self, value: impl Into<crate::FilePart>) -> Self {
        self.file = value.into();
        self
    }

    /// Sets `note`.
    #[must_use]
    pub fn with_note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
}

impl UploadAttachmentForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        form = form.part("file", self.file.into_part()?);
        if let Some(text) = crate::runtime::text_value(&self.note)? {
            form = form.text("note", text);
        }
        Ok(form)
    }
}
