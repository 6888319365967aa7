//! Types of the API's schemas, parameters, responses and errors.

/// The body of every error answer (ServiceStack style).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    pub response_status: ResponseStatus,
}

impl ErrorResponse {
    /// A new `ErrorResponse` from its required fields; the others are unset or at their default.
    pub fn new(response_status: impl Into<ResponseStatus>) -> Self {
        Self {
            response_status: response_status.into(),
        }
    }

    /// Sets `response_status`.
    #[must_use]
    pub fn with_response_status(mut self, value: impl Into<ResponseStatus>) -> Self {
        self.response_status = value.into();
        self
    }
}

impl serde::Serialize for ErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ResponseStatus", &self.response_status)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ErrorResponse {
    const NAME: &'static str = "ErrorResponse";
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
            response_status: crate::runtime::decode::required(v0, "ResponseStatus")?,
        })
    }
}

/// What went wrong. Some error codes are undocumented (e.g. `458`, `402`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResponseStatus {
    /// Code of the error, e.g. `Forbidden`.
    pub error_code: String,
    /// Description of the error, in the language chosen by `Accept-Language`.
    pub message: Option<String>,
    /// Server stack trace, when the API includes one.
    pub stack_trace: Option<String>,
    /// Field-level errors, for validation failures.
    pub errors: Option<Vec<ResponseError>>,
    /// Additional data about the error.
    pub meta: Option<std::collections::BTreeMap<String, String>>,
}

impl ResponseStatus {
    /// A new `ResponseStatus` from its required fields; the others are unset or at their default.
    pub fn new(error_code: impl Into<String>) -> Self {
        Self {
            error_code: error_code.into(),
            message: None,
            stack_trace: None,
            errors: None,
            meta: None,
        }
    }

    /// Sets `error_code`.
    #[must_use]
    pub fn with_error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `stack_trace`.
    #[must_use]
    pub fn with_stack_trace(mut self, value: impl Into<String>) -> Self {
        self.stack_trace = Some(value.into());
        self
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(mut self, value: impl Into<Vec<ResponseError>>) -> Self {
        self.errors = Some(value.into());
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.meta = Some(value.into());
        self
    }
}

impl serde::Serialize for ResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ErrorCode", &self.error_code)?;
        if let Some(value) = &self.message {
            map.serialize_entry("Message", value)?;
        }
        if let Some(value) = &self.stack_trace {
            map.serialize_entry("StackTrace", value)?;
        }
        if let Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let Some(value) = &self.meta {
            map.serialize_entry("Meta", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ResponseStatus {
    const NAME: &'static str = "ResponseStatus";
    const FIELDS: &'static [&'static str] = &[
        "ErrorCode",
        "Message",
        "StackTrace",
        "Errors",
        "Meta",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "ErrorCode")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Message")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "StackTrace")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "Errors")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "Meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            error_code: crate::runtime::decode::required(v0, "ErrorCode")?,
            message: crate::runtime::decode::optional(v1),
            stack_trace: crate::runtime::decode::optional(v2),
            errors: crate::runtime::decode::optional(v3),
            meta: crate::runtime::decode::optional(v4),
        })
    }
}

/// One field-level error.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResponseError {
    /// Code of the error.
    pub error_code: String,
    /// Name of the field in error.
    pub field_name: Option<String>,
    /// Description of the error.
    pub message: Option<String>,
    /// Additional data about the error.
    pub meta: Option<std::collections::BTreeMap<String, String>>,
}

impl ResponseError {
    /// A new `ResponseError` from its required fields; the others are unset or at their default.
    pub fn new(error_code: impl Into<String>) -> Self {
        Self {
            error_code: error_code.into(),
            field_name: None,
            message: None,
            meta: None,
        }
    }

    /// Sets `error_code`.
    #[must_use]
    pub fn with_error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = value.into();
        self
    }

    /// Sets `field_name`.
    #[must_use]
    pub fn with_field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.meta = Some(value.into());
        self
    }
}

impl serde::Serialize for ResponseError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ErrorCode", &self.error_code)?;
        if let Some(value) = &self.field_name {
            map.serialize_entry("FieldName", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("Message", value)?;
        }
        if let Some(value) = &self.meta {
            map.serialize_entry("Meta", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ResponseError {
    const NAME: &'static str = "ResponseError";
    const FIELDS: &'static [&'static str] = &[
        "ErrorCode",
        "FieldName",
        "Message",
        "Meta",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "ErrorCode")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "FieldName")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Message")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "Meta")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            error_code: crate::runtime::decode::required(v0, "ErrorCode")?,
            field_name: crate::runtime::decode::optional(v1),
            message: crate::runtime::decode::optional(v2),
            meta: crate::runtime::decode::optional(v3),
        })
    }
}

/// The ID of the object a call created (or updated).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IdResponse {
    /// ID of the object.
    pub id: i64,
}

impl IdResponse {
    /// A new `IdResponse` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i64>) -> Self {
        Self { id: id.into() }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = value.into();
        self
    }
}

impl serde::Serialize for IdResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ID", &self.id)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for IdResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for IdResponse {
    const NAME: &'static str = "IdResponse";
    const FIELDS: &'static [&'static str] = &["ID"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "ID")?,
        })
    }
}

/// An application of the account. Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Application {
    /// ID of the application.
    pub id: i32,
    /// Name of the application.
    pub name: Option<String>,
}

impl Application {
    /// A new `Application` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i32>) -> Self {
        Self { id: id.into(), name: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i32>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for Application {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ID", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Application {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Application {
    const NAME: &'static str = "Application";
    const FIELDS: &'static [&'static str] = &["ID", "Name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "ID")?,
            name: crate::runtime::decode::optional(v1),
        })
    }
}

/// A page of applications.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApplicationList {
    /// Number of results in this response.
    pub count: i32,
    /// Total number of results of the query.
    pub total: i32,
    /// The applications.
    pub item_list: Vec<Application>,
}

impl ApplicationList {
    /// A new `ApplicationList` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i32>,
        total: impl Into<i32>,
        item_list: impl Into<Vec<Application>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i32>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i32>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<Application>>) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for ApplicationList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ApplicationList {
    const NAME: &'static str = "ApplicationList";
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

/// The value of one contact field, addressed by its numeric ID (7: e-mail address, 72: deliverability status). Dates held in contact fields come back as `YYYY-MM-DDTHH:MM:ss.nnnnnnn`, without an offset.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactField {
    /// ID of the field.
    pub id: i32,
    /// Value of the field, as text. For field 72 (deliverability status) the public client singles out `4` (the remote server refuses mail because it knows the address to be in error) and `7` (a definitive error after a sending: the address does not, or no longer, exist).
    pub value: Option<String>,
}

impl ContactField {
    /// A new `ContactField` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i32>) -> Self {
        Self { id: id.into(), value: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i32>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ID", &self.id)?;
        if let Some(value) = &self.value {
            map.serialize_entry("Value", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactField {
    const NAME: &'static str = "ContactField";
    const FIELDS: &'static [&'static str] = &["ID", "Value"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Value")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "ID")?,
            value: crate::runtime::decode::optional(v1),
        })
    }
}

/// A contact: its ID and the requested fields. Both properties may be absent when `POST /contacts/read` finds no contact (the public client treats that as "not found").
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Contact {
    /// ID of the contact.
    pub id: Option<i64>,
    /// The requested fields of the contact.
    pub field_list: Option<Vec<ContactField>>,
}

impl Contact {
    /// A new `Contact` with every field unset or at its default.
    pub fn new() -> Self {
        Self { id: None, field_list: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `field_list`.
    #[must_use]
    pub fn with_field_list(mut self, value: impl Into<Vec<ContactField>>) -> Self {
        self.field_list = Some(value.into());
        self
    }
}

impl serde::Serialize for Contact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("ID", value)?;
        }
        if let Some(value) = &self.field_list {
            map.serialize_entry("FieldList", value)?;
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
    const FIELDS: &'static [&'static str] = &["ID", "FieldList"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "FieldList")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::optional(v0),
            field_list: crate::runtime::decode::optional(v1),
        })
    }
}

/// A page of contacts (at most 50 from the contact search).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactList {
    /// Number of results in this response.
    pub count: i32,
    /// Total number of results of the query.
    pub total: i32,
    /// The contacts.
    pub item_list: Vec<Contact>,
}

impl ContactList {
    /// A new `ContactList` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i32>,
        total: impl Into<i32>,
        item_list: impl Into<Vec<Contact>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i32>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i32>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<Contact>>) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for ContactList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactList {
    const NAME: &'static str = "ContactList";
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

/// Which contact(s) to find, by field values, and which fields to return.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactQuery {
    /// Field values the contact must have, e.g. field 7 (e-mail address) equal to an address.
    pub field_value_list: Vec<ContactField>,
    /// IDs of the fields to return in `FieldList`, e.g. 72 for the deliverability status.
    pub output_field_id_list: Option<Vec<i32>>,
}

impl ContactQuery {
    /// A new `ContactQuery` from its required fields; the others are unset or at their default.
    pub fn new(field_value_list: impl Into<Vec<ContactField>>) -> Self {
        Self {
            field_value_list: field_value_list.into(),
            output_field_id_list: None,
        }
    }

    /// Sets `field_value_list`.
    #[must_use]
    pub fn with_field_value_list(mut self, value: impl Into<Vec<ContactField>>) -> Self {
        self.field_value_list = value.into();
        self
    }

    /// Sets `output_field_id_list`.
    #[must_use]
    pub fn with_output_field_id_list(mut self, value: impl Into<Vec<i32>>) -> Self {
        self.output_field_id_list = Some(value.into());
        self
    }
}

impl serde::Serialize for ContactQuery {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("FieldValueList", &self.field_value_list)?;
        if let Some(value) = &self.output_field_id_list {
            map.serialize_entry("OutputFieldIDList", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactQuery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactQuery {
    const NAME: &'static str = "ContactQuery";
    const FIELDS: &'static [&'static str] = &["FieldValueList", "OutputFieldIDList"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "FieldValueList")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v1,
                        "OutputFieldIDList",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            field_value_list: crate::runtime::decode::required(v0, "FieldValueList")?,
            output_field_id_list: crate::runtime::decode::optional(v1),
        })
    }
}

/// The body of `POST /contacts/read` and `POST /contacts/search`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactQueryRequest {
    pub query: ContactQuery,
}

impl ContactQueryRequest {
    /// A new `ContactQueryRequest` from its required fields; the others are unset or at their default.
    pub fn new(query: impl Into<ContactQuery>) -> Self {
        Self { query: query.into() }
    }

    /// Sets `query`.
    #[must_use]
    pub fn with_query(mut self, value: impl Into<ContactQuery>) -> Self {
        self.query = value.into();
        self
    }
}

impl serde::Serialize for ContactQueryRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Query", &self.query)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactQueryRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactQueryRequest {
    const NAME: &'static str = "ContactQueryRequest";
    const FIELDS: &'static [&'static str] = &["Query"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Query")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            query: crate::runtime::decode::required(v0, "Query")?,
        })
    }
}

/// The fields of a contact to create or update; the unicity-key fields (usually field 7, the e-mail address) identify it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContactFields {
    /// The field values.
    pub field_list: Vec<ContactField>,
}

impl ContactFields {
    /// A new `ContactFields` from its required fields; the others are unset or at their default.
    pub fn new(field_list: impl Into<Vec<ContactField>>) -> Self {
        Self {
            field_list: field_list.into(),
        }
    }

    /// Sets `field_list`.
    #[must_use]
    pub fn with_field_list(mut self, value: impl Into<Vec<ContactField>>) -> Self {
        self.field_list = value.into();
        self
    }
}

impl serde::Serialize for ContactFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("FieldList", &self.field_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactFields {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ContactFields {
    const NAME: &'static str = "ContactFields";
    const FIELDS: &'static [&'static str] = &["FieldList"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "FieldList")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            field_list: crate::runtime::decode::required(v0, "FieldList")?,
        })
    }
}

/// The body of `POST /contacts` (inferred shape).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpsertContactRequest {
    pub contact: ContactFields,
}

impl UpsertContactRequest {
    /// A new `UpsertContactRequest` from its required fields; the others are unset or at their default.
    pub fn new(contact: impl Into<ContactFields>) -> Self {
        Self { contact: contact.into() }
    }

    /// Sets `contact`.
    #[must_use]
    pub fn with_contact(mut self, value: impl Into<ContactFields>) -> Self {
        self.contact = value.into();
        self
    }
}

impl serde::Serialize for UpsertContactRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Contact", &self.contact)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpsertContactRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for UpsertContactRequest {
    const NAME: &'static str = "UpsertContactRequest";
    const FIELDS: &'static [&'static str] = &["Contact"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Contact")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            contact: crate::runtime::decode::required(v0, "Contact")?,
        })
    }
}

/// An e-mail campaign. Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Campaign {
    /// ID of the campaign.
    pub id: i32,
    /// Name of the campaign.
    pub name: Option<String>,
    /// ID of the e-mail message the campaign sends.
    pub message_id: Option<i32>,
    /// Status of the campaign, as the API names it (e.g. `Sent`).
    pub status: Option<String>,
    /// When the campaign was created (UTC, seven fractional digits and an offset, e.g. `2021-03-20T10:00:00.0000000+01:00`).
    pub creation_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the campaign is or was sent (UTC, seven fractional digits and an offset).
    pub send_date: Option<chrono::DateTime<chrono::Utc>>,
}

impl Campaign {
    /// A new `Campaign` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i32>) -> Self {
        Self {
            id: id.into(),
            name: None,
            message_id: None,
            status: None,
            creation_date: None,
            send_date: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i32>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `message_id`.
    #[must_use]
    pub fn with_message_id(mut self, value: impl Into<i32>) -> Self {
        self.message_id = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `creation_date`.
    #[must_use]
    pub fn with_creation_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.creation_date = Some(value.into());
        self
    }

    /// Sets `send_date`.
    #[must_use]
    pub fn with_send_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.send_date = Some(value.into());
        self
    }
}

impl serde::Serialize for Campaign {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ID", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let Some(value) = &self.message_id {
            map.serialize_entry("MessageID", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let Some(value) = &self.creation_date {
            map.serialize_entry("CreationDate", value)?;
        }
        if let Some(value) = &self.send_date {
            map.serialize_entry("SendDate", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Campaign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for Campaign {
    const NAME: &'static str = "Campaign";
    const FIELDS: &'static [&'static str] = &[
        "ID",
        "Name",
        "MessageID",
        "Status",
        "CreationDate",
        "SendDate",
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
                    crate::runtime::decode::value(&mut map, &mut v1, "Name")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "MessageID")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "Status")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "CreationDate")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "SendDate")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "ID")?,
            name: crate::runtime::decode::optional(v1),
            message_id: crate::runtime::decode::optional(v2),
            status: crate::runtime::decode::optional(v3),
            creation_date: crate::runtime::decode::optional(v4),
            send_date: crate::runtime::decode::optional(v5),
        })
    }
}

/// A page of campaigns.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignList {
    /// Number of results in this response.
    pub count: i32,
    /// Total number of results of the query.
    pub total: i32,
    /// The campaigns.
    pub item_list: Vec<Campaign>,
}

impl CampaignList {
    /// A new `CampaignList` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i32>,
        total: impl Into<i32>,
        item_list: impl Into<Vec<Campaign>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i32>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i32>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<Campaign>>) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for CampaignList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CampaignList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CampaignList {
    const NAME: &'static str = "CampaignList";
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

/// A campaign to create. Inferred shape.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewCampaign {
    /// Name of the campaign.
    pub name: String,
    /// ID of the e-mail message to send (from `POST /email/messages`).
    pub message_id: i32,
    /// When to send; immediately when absent. Any ISO-8601 form the API accepts (with seven fractional digits, `Z` or an offset); stored in UTC.
    pub send_date: Option<chrono::DateTime<chrono::Utc>>,
}

impl NewCampaign {
    /// A new `NewCampaign` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>, message_id: impl Into<i32>) -> Self {
        Self {
            name: name.into(),
            message_id: message_id.into(),
            send_date: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `message_id`.
    #[must_use]
    pub fn with_message_id(mut self, value: impl Into<i32>) -> Self {
        self.message_id = value.into();
        self
    }

    /// Sets `send_date`.
    #[must_use]
    pub fn with_send_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.send_date = Some(value.into());
        self
    }
}

impl serde::Serialize for NewCampaign {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("MessageID", &self.message_id)?;
        if let Some(value) = &self.send_date {
            map.serialize_entry("SendDate", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewCampaign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for NewCampaign {
    const NAME: &'static str = "NewCampaign";
    const FIELDS: &'static [&'static str] = &["Name", "MessageID", "SendDate"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "MessageID")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "SendDate")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "Name")?,
            message_id: crate::runtime::decode::required(v1, "MessageID")?,
            send_date: crate::runtime::decode::optional(v2),
        })
    }
}

/// The body of `POST /campaigns` (inferred shape).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateCampaignRequest {
    pub campaign: NewCampaign,
}

impl CreateCampaignRequest {
    /// A new `CreateCampaignRequest` from its required fields; the others are unset or at their default.
    pub fn new(campaign: impl Into<NewCampaign>) -> Self {
        Self { campaign: campaign.into() }
    }

    /// Sets `campaign`.
    #[must_use]
    pub fn with_campaign(mut self, value: impl Into<NewCampaign>) -> Self {
        self.campaign = value.into();
        self
    }
}

impl serde::Serialize for CreateCampaignRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Campaign", &self.campaign)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateCampaignRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreateCampaignRequest {
    const NAME: &'static str = "CreateCampaignRequest";
    const FIELDS: &'static [&'static str] = &["Campaign"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Campaign")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            campaign: crate::runtime::decode::required(v0, "Campaign")?,
        })
    }
}

/// An e-mail message (the `Message` object of Dolist's reference).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EmailMessage {
    /// A unique name for the message.
    pub name: String,
    /// The message's subject (objet).
    pub subject: Option<String>,
    /// The message's language, e.g. `fr-FR`.
    pub culture_name: Option<String>,
    /// ID of the sender address (see `GET /email/messages/addresses/packsenders`).
    pub sender_id: Option<i32>,
    /// ID of the reply-to address (see `GET /email/messages/addresses/replies`).
    pub reply_address_id: Option<i32>,
    /// Force non-secure http link tracking.
    pub force_http: Option<bool>,
    /// The message's format.
    pub format: Option<EmailMessageFormat>,
    /// Disable open tracking.
    pub disable_open_tracking: Option<bool>,
    /// The editor the HTML was produced with.
    pub editor: Option<EmailMessageEditor>,
    /// Whether the message's tracking is validated. False when absent; true skips the test sending (BAT) step before a real sending, and is the value to pass for a transactional sending.
    pub is_tracking_validated: Option<bool>,
}

impl EmailMessage {
    /// A new `EmailMessage` from its required fields; the others are unset or at their default.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            subject: None,
            culture_name: None,
            sender_id: None,
            reply_address_id: None,
            force_http: None,
            format: None,
            disable_open_tracking: None,
            editor: None,
            is_tracking_validated: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `subject`.
    #[must_use]
    pub fn with_subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }

    /// Sets `culture_name`.
    #[must_use]
    pub fn with_culture_name(mut self, value: impl Into<String>) -> Self {
        self.culture_name = Some(value.into());
        self
    }

    /// Sets `sender_id`.
    #[must_use]
    pub fn with_sender_id(mut self, value: impl Into<i32>) -> Self {
        self.sender_id = Some(value.into());
        self
    }

    /// Sets `reply_address_id`.
    #[must_use]
    pub fn with_reply_address_id(mut self, value: impl Into<i32>) -> Self {
        self.reply_address_id = Some(value.into());
        self
    }

    /// Sets `force_http`.
    #[must_use]
    pub fn with_force_http(mut self, value: impl Into<bool>) -> Self {
        self.force_http = Some(value.into());
        self
    }

    /// Sets `format`.
    #[must_use]
    pub fn with_format(mut self, value: impl Into<EmailMessageFormat>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Sets `disable_open_tracking`.
    #[must_use]
    pub fn with_disable_open_tracking(mut self, value: impl Into<bool>) -> Self {
        self.disable_open_tracking = Some(value.into());
        self
    }

    /// Sets `editor`.
    #[must_use]
    pub fn with_editor(mut self, value: impl Into<EmailMessageEditor>) -> Self {
        self.editor = Some(value.into());
        self
    }

    /// Sets `is_tracking_validated`.
    #[must_use]
    pub fn with_is_tracking_validated(mut self, value: impl Into<bool>) -> Self {
        self.is_tracking_validated = Some(value.into());
        self
    }
}

impl serde::Serialize for EmailMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Name", &self.name)?;
        if let Some(value) = &self.subject {
            map.serialize_entry("Subject", value)?;
        }
        if let Some(value) = &self.culture_name {
            map.serialize_entry("CultureName", value)?;
        }
        if let Some(value) = &self.sender_id {
            map.serialize_entry("SenderID", value)?;
        }
        if let Some(value) = &self.reply_address_id {
            map.serialize_entry("ReplyAddressID", value)?;
        }
        if let Some(value) = &self.force_http {
            map.serialize_entry("ForceHttp", value)?;
        }
        if let Some(value) = &self.format {
            map.serialize_entry("Format", value)?;
        }
        if let Some(value) = &self.disable_open_tracking {
            map.serialize_entry("DisableOpenTracking", value)?;
        }
        if let Some(value) = &self.editor {
            map.serialize_entry("Editor", value)?;
        }
        if let Some(value) = &self.is_tracking_validated {
            map.serialize_entry("IsTrackingValidated", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EmailMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for EmailMessage {
    const NAME: &'static str = "EmailMessage";
    const FIELDS: &'static [&'static str] = &[
        "Name",
        "Subject",
        "CultureName",
        "SenderID",
        "ReplyAddressID",
        "ForceHttp",
        "Format",
        "DisableOpenTracking",
        "Editor",
        "IsTrackingValidated",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "Name")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Subject")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "CultureName")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "SenderID")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "ReplyAddressID")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "ForceHttp")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "Format")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v7,
                        "DisableOpenTracking",
                    )?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "Editor")?
                }
                crate::runtime::decode::Key::Field(9) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v9,
                        "IsTrackingValidated",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::runtime::decode::required(v0, "Name")?,
            subject: crate::runtime::decode::optional(v1),
            culture_name: crate::runtime::decode::optional(v2),
            sender_id: crate::runtime::decode::optional(v3),
            reply_address_id: crate::runtime::decode::optional(v4),
            force_http: crate::runtime::decode::optional(v5),
            format: crate::runtime::decode::optional(v6),
            disable_open_tracking: crate::runtime::decode::optional(v7),
            editor: crate::runtime::decode::optional(v8),
            is_tracking_validated: crate::runtime::decode::optional(v9),
        })
    }
}

/// The body of `POST /email/messages`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateEmailMessageRequest {
    pub message: EmailMessage,
}

impl CreateEmailMessageRequest {
    /// A new `CreateEmailMessageRequest` from its required fields; the others are unset or at their default.
    pub fn new(message: impl Into<EmailMessage>) -> Self {
        Self { message: message.into() }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<EmailMessage>) -> Self {
        self.message = value.into();
        self
    }
}

impl serde::Serialize for CreateEmailMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Message", &self.message)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateEmailMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreateEmailMessageRequest {
    const NAME: &'static str = "CreateEmailMessageRequest";
    const FIELDS: &'static [&'static str] = &["Message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Message")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::runtime::decode::required(v0, "Message")?,
        })
    }
}

/// A sender address (adresse d'expéditeur). Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SenderAddress {
    /// ID of the address, as used in a message's `SenderID`.
    pub id: i32,
    /// The e-mail address.
    pub email: Option<String>,
    /// The display name.
    pub name: Option<String>,
}

impl SenderAddress {
    /// A new `SenderAddress` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i32>) -> Self {
        Self {
            id: id.into(),
            email: None,
            name: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i32>) -> Self {
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
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for SenderAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ID", &self.id)?;
        if let Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SenderAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SenderAddress {
    const NAME: &'static str = "SenderAddress";
    const FIELDS: &'static [&'static str] = &["ID", "Email", "Name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "ID")?,
            email: crate::runtime::decode::optional(v1),
            name: crate::runtime::decode::optional(v2),
        })
    }
}

/// A page of sender addresses.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SenderAddressList {
    /// Number of results in this response.
    pub count: i32,
    /// Total number of results of the query.
    pub total: i32,
    /// The sender addresses.
    pub item_list: Vec<SenderAddress>,
}

impl SenderAddressList {
    /// A new `SenderAddressList` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i32>,
        total: impl Into<i32>,
        item_list: impl Into<Vec<SenderAddress>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i32>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i32>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<SenderAddress>>) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for SenderAddressList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SenderAddressList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SenderAddressList {
    const NAME: &'static str = "SenderAddressList";
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

/// A reply-to address (adresse de réponse). Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReplyAddress {
    /// ID of the address, as used in a message's `ReplyAddressID`.
    pub id: i32,
    /// The e-mail address.
    pub email: Option<String>,
    /// The display name.
    pub name: Option<String>,
}

impl ReplyAddress {
    /// A new `ReplyAddress` from its required fields; the others are unset or at their default.
    pub fn new(id: impl Into<i32>) -> Self {
        Self {
            id: id.into(),
            email: None,
            name: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: impl Into<i32>) -> Self {
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
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for ReplyAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ID", &self.id)?;
        if let Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReplyAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ReplyAddress {
    const NAME: &'static str = "ReplyAddress";
    const FIELDS: &'static [&'static str] = &["ID", "Email", "Name"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Email")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Name")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::runtime::decode::required(v0, "ID")?,
            email: crate::runtime::decode::optional(v1),
            name: crate::runtime::decode::optional(v2),
        })
    }
}

/// A page of reply-to addresses.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReplyAddressList {
    /// Number of results in this response.
    pub count: i32,
    /// Total number of results of the query.
    pub total: i32,
    /// The reply-to addresses.
    pub item_list: Vec<ReplyAddress>,
}

impl ReplyAddressList {
    /// A new `ReplyAddressList` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i32>,
        total: impl Into<i32>,
        item_list: impl Into<Vec<ReplyAddress>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i32>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i32>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(mut self, value: impl Into<Vec<ReplyAddress>>) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for ReplyAddressList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReplyAddressList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for ReplyAddressList {
    const NAME: &'static str = "ReplyAddressList";
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

/// The recipient: the account's unicity-key fields (usually field 7, the e-mail address), plus any optional contact fields the message uses.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransactionalContact {
    /// The recipient's field values.
    pub field_list: Vec<ContactField>,
}

impl TransactionalContact {
    /// A new `TransactionalContact` from its required fields; the others are unset or at their default.
    pub fn new(field_list: impl Into<Vec<ContactField>>) -> Self {
        Self {
            field_list: field_list.into(),
        }
    }

    /// Sets `field_list`.
    #[must_use]
    pub fn with_field_list(mut self, value: impl Into<Vec<ContactField>>) -> Self {
        self.field_list = value.into();
        self
    }
}

impl serde::Serialize for TransactionalContact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("FieldList", &self.field_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalContact {
    const NAME: &'static str = "TransactionalContact";
    const FIELDS: &'static [&'static str] = &["FieldList"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "FieldList")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            field_list: crate::runtime::decode::required(v0, "FieldList")?,
        })
    }
}

/// The content of a transactional message.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MessageContent {
    /// The message's source (HTML for an html message).
    pub source_code: String,
    /// Character encoding of `SourceCode`, e.g. `UTF8`.
    pub encoding_type: Option<String>,
    /// Enable the custom link tracking used by the messages of previous sendings.
    pub enable_tracking_detection: Option<bool>,
}

impl MessageContent {
    /// A new `MessageContent` from its required fields; the others are unset or at their default.
    pub fn new(source_code: impl Into<String>) -> Self {
        Self {
            source_code: source_code.into(),
            encoding_type: None,
            enable_tracking_detection: None,
        }
    }

    /// Sets `source_code`.
    #[must_use]
    pub fn with_source_code(mut self, value: impl Into<String>) -> Self {
        self.source_code = value.into();
        self
    }

    /// Sets `encoding_type`.
    #[must_use]
    pub fn with_encoding_type(mut self, value: impl Into<String>) -> Self {
        self.encoding_type = Some(value.into());
        self
    }

    /// Sets `enable_tracking_detection`.
    #[must_use]
    pub fn with_enable_tracking_detection(mut self, value: impl Into<bool>) -> Self {
        self.enable_tracking_detection = Some(value.into());
        self
    }
}

impl serde::Serialize for MessageContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("SourceCode", &self.source_code)?;
        if let Some(value) = &self.encoding_type {
            map.serialize_entry("EncodingType", value)?;
        }
        if let Some(value) = &self.enable_tracking_detection {
            map.serialize_entry("EnableTrackingDetection", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for MessageContent {
    const NAME: &'static str = "MessageContent";
    const FIELDS: &'static [&'static str] = &[
        "SourceCode",
        "EncodingType",
        "EnableTrackingDetection",
    ];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "SourceCode")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "EncodingType")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(
                        &mut map,
                        &mut v2,
                        "EnableTrackingDetection",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            source_code: crate::runtime::decode::required(v0, "SourceCode")?,
            encoding_type: crate::runtime::decode::optional(v1),
            enable_tracking_detection: crate::runtime::decode::optional(v2),
        })
    }
}

/// A transactional e-mail sending. Dolist's reference says a sending is made of six elements and requires the type and the contact; the stored copy of that page is cut short after the second, so only the four elements the public client sends are modelled (a deferred sending's date, for one, is not).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransactionalSending {
    /// `TransactionalMarketing` for a marketing communication (product recommendations, promotional offers...), `TransactionalService` for a service e-mail (password renewal, welcome e-mail...).
    pub type_: TransactionalSendingType,
    pub contact: TransactionalContact,
    pub message: EmailMessage,
    pub message_content: MessageContent,
}

impl TransactionalSending {
    /// A new `TransactionalSending` from its required fields; the others are unset or at their default.
    pub fn new(
        type_: impl Into<TransactionalSendingType>,
        contact: impl Into<TransactionalContact>,
        message: impl Into<EmailMessage>,
        message_content: impl Into<MessageContent>,
    ) -> Self {
        Self {
            type_: type_.into(),
            contact: contact.into(),
            message: message.into(),
            message_content: message_content.into(),
        }
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: impl Into<TransactionalSendingType>) -> Self {
        self.type_ = value.into();
        self
    }

    /// Sets `contact`.
    #[must_use]
    pub fn with_contact(mut self, value: impl Into<TransactionalContact>) -> Self {
        self.contact = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<EmailMessage>) -> Self {
        self.message = value.into();
        self
    }

    /// Sets `message_content`.
    #[must_use]
    pub fn with_message_content(mut self, value: impl Into<MessageContent>) -> Self {
        self.message_content = value.into();
        self
    }
}

impl serde::Serialize for TransactionalSending {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Type", &self.type_)?;
        map.serialize_entry("Contact", &self.contact)?;
        map.serialize_entry("Message", &self.message)?;
        map.serialize_entry("MessageContent", &self.message_content)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSending {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalSending {
    const NAME: &'static str = "TransactionalSending";
    const FIELDS: &'static [&'static str] = &[
        "Type",
        "Contact",
        "Message",
        "MessageContent",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "Type")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "Contact")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Message")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "MessageContent")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            type_: crate::runtime::decode::required(v0, "Type")?,
            contact: crate::runtime::decode::required(v1, "Contact")?,
            message: crate::runtime::decode::required(v2, "Message")?,
            message_content: crate::runtime::decode::required(v3, "MessageContent")?,
        })
    }
}

/// The body of `POST /email/sendings/transactional`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SendTransactionalEmailRequest {
    pub transactional_sending: TransactionalSending,
}

impl SendTransactionalEmailRequest {
    /// A new `SendTransactionalEmailRequest` from its required fields; the others are unset or at their default.
    pub fn new(transactional_sending: impl Into<TransactionalSending>) -> Self {
        Self {
            transactional_sending: transactional_sending.into(),
        }
    }

    /// Sets `transactional_sending`.
    #[must_use]
    pub fn with_transactional_sending(
        mut self,
        value: impl Into<TransactionalSending>,
    ) -> Self {
        self.transactional_sending = value.into();
        self
    }
}

impl serde::Serialize for SendTransactionalEmailRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("TransactionalSending", &self.transactional_sending)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendTransactionalEmailRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for SendTransactionalEmailRequest {
    const NAME: &'static str = "SendTransactionalEmailRequest";
    const FIELDS: &'static [&'static str] = &["TransactionalSending"];
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
                        "TransactionalSending",
                    )?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            transactional_sending: crate::runtime::decode::required(
                v0,
                "TransactionalSending",
            )?,
        })
    }
}

/// The answer to a transactional sending.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransactionalSendingResult {
    /// The outcome of the sending. Its type is not documented by the sources (the public client only checks that the answer is not empty, and its test stubs the string `success`), so it is left untyped.
    pub result: serde_json::Value,
}

impl TransactionalSendingResult {
    /// A new `TransactionalSendingResult` from its required fields; the others are unset or at their default.
    pub fn new(result: impl Into<serde_json::Value>) -> Self {
        Self { result: result.into() }
    }

    /// Sets `result`.
    #[must_use]
    pub fn with_result(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.result = value.into();
        self
    }
}

impl serde::Serialize for TransactionalSendingResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Result", &self.result)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalSendingResult {
    const NAME: &'static str = "TransactionalSendingResult";
    const FIELDS: &'static [&'static str] = &["Result"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "Result")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            result: crate::runtime::decode::required(v0, "Result")?,
        })
    }
}

/// Criteria of a transactional sending search.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TransactionalSendingSearchQuery {
    /// ID of the contact whose sendings to return (from `POST /contacts/read`).
    pub contact_id: Option<i64>,
}

impl TransactionalSendingSearchQuery {
    /// A new `TransactionalSendingSearchQuery` with every field unset or at its default.
    pub fn new() -> Self {
        Self { contact_id: None }
    }

    /// Sets `contact_id`.
    #[must_use]
    pub fn with_contact_id(mut self, value: impl Into<i64>) -> Self {
        self.contact_id = Some(value.into());
        self
    }
}

impl serde::Serialize for TransactionalSendingSearchQuery {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.contact_id {
            map.serialize_entry("ContactID", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingSearchQuery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalSendingSearchQuery {
    const NAME: &'static str = "TransactionalSendingSearchQuery";
    const FIELDS: &'static [&'static str] = &["ContactID"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "ContactID")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            contact_id: crate::runtime::decode::optional(v0),
        })
    }
}

/// The body of `POST /statistics/email/sendings/transactional/search`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransactionalSendingSearchRequest {
    pub search_query: TransactionalSendingSearchQuery,
}

impl TransactionalSendingSearchRequest {
    /// A new `TransactionalSendingSearchRequest` from its required fields; the others are unset or at their default.
    pub fn new(search_query: impl Into<TransactionalSendingSearchQuery>) -> Self {
        Self {
            search_query: search_query.into(),
        }
    }

    /// Sets `search_query`.
    #[must_use]
    pub fn with_search_query(
        mut self,
        value: impl Into<TransactionalSendingSearchQuery>,
    ) -> Self {
        self.search_query = value.into();
        self
    }
}

impl serde::Serialize for TransactionalSendingSearchRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("SearchQuery", &self.search_query)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingSearchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalSendingSearchRequest {
    const NAME: &'static str = "TransactionalSendingSearchRequest";
    const FIELDS: &'static [&'static str] = &["SearchQuery"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "SearchQuery")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            search_query: crate::runtime::decode::required(v0, "SearchQuery")?,
        })
    }
}

/// One transactional sending to a contact.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TransactionalSendingStatistics {
    /// Name of the sending (the message's name).
    pub sending_name: Option<String>,
    /// When the sending was made (UTC, seven fractional digits and an offset, e.g. `2021-03-22T05:06:07.0000000+01:00`).
    pub send_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Status of the sending, e.g. `Sent`; the sources name no other value.
    pub status: Option<String>,
    /// Whether the recipient's server accepted the message.
    pub is_delivered: Option<bool>,
}

impl TransactionalSendingStatistics {
    /// A new `TransactionalSendingStatistics` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            sending_name: None,
            send_date: None,
            status: None,
            is_delivered: None,
        }
    }

    /// Sets `sending_name`.
    #[must_use]
    pub fn with_sending_name(mut self, value: impl Into<String>) -> Self {
        self.sending_name = Some(value.into());
        self
    }

    /// Sets `send_date`.
    #[must_use]
    pub fn with_send_date(
        mut self,
        value: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        self.send_date = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `is_delivered`.
    #[must_use]
    pub fn with_is_delivered(mut self, value: impl Into<bool>) -> Self {
        self.is_delivered = Some(value.into());
        self
    }
}

impl serde::Serialize for TransactionalSendingStatistics {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.sending_name {
            map.serialize_entry("SendingName", value)?;
        }
        if let Some(value) = &self.send_date {
            map.serialize_entry("SendDate", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let Some(value) = &self.is_delivered {
            map.serialize_entry("IsDelivered", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingStatistics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalSendingStatistics {
    const NAME: &'static str = "TransactionalSendingStatistics";
    const FIELDS: &'static [&'static str] = &[
        "SendingName",
        "SendDate",
        "Status",
        "IsDelivered",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "SendingName")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "SendDate")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "Status")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "IsDelivered")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            sending_name: crate::runtime::decode::optional(v0),
            send_date: crate::runtime::decode::optional(v1),
            status: crate::runtime::decode::optional(v2),
            is_delivered: crate::runtime::decode::optional(v3),
        })
    }
}

/// A page of a contact's transactional sendings.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransactionalSendingStatisticsList {
    /// Number of results in this response.
    pub count: i32,
    /// Total number of results of the query.
    pub total: i32,
    /// The sendings.
    pub item_list: Vec<TransactionalSendingStatistics>,
}

impl TransactionalSendingStatisticsList {
    /// A new `TransactionalSendingStatisticsList` from its required fields; the others are unset or at their default.
    pub fn new(
        count: impl Into<i32>,
        total: impl Into<i32>,
        item_list: impl Into<Vec<TransactionalSendingStatistics>>,
    ) -> Self {
        Self {
            count: count.into(),
            total: total.into(),
            item_list: item_list.into(),
        }
    }

    /// Sets `count`.
    #[must_use]
    pub fn with_count(mut self, value: impl Into<i32>) -> Self {
        self.count = value.into();
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: impl Into<i32>) -> Self {
        self.total = value.into();
        self
    }

    /// Sets `item_list`.
    #[must_use]
    pub fn with_item_list(
        mut self,
        value: impl Into<Vec<TransactionalSendingStatistics>>,
    ) -> Self {
        self.item_list = value.into();
        self
    }
}

impl serde::Serialize for TransactionalSendingStatisticsList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Count", &self.count)?;
        map.serialize_entry("Total", &self.total)?;
        map.serialize_entry("ItemList", &self.item_list)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingStatisticsList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for TransactionalSendingStatisticsList {
    const NAME: &'static str = "TransactionalSendingStatisticsList";
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

/// Delivery and activity counters of an e-mail campaign. Inferred: the sources do not document the fields.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignStatistics {
    /// ID of the campaign.
    pub campaign_id: i32,
    /// Number of messages sent.
    pub sent_count: Option<i32>,
    /// Number of messages delivered.
    pub delivered_count: Option<i32>,
    /// Number of opens.
    pub open_count: Option<i32>,
    /// Number of clicks.
    pub click_count: Option<i32>,
    /// Number of temporary delivery errors (soft bounces).
    pub soft_bounce_count: Option<i32>,
    /// Number of definitive delivery errors (hard bounces).
    pub hard_bounce_count: Option<i32>,
    /// Number of unsubscriptions (désabonnements).
    pub unsubscribe_count: Option<i32>,
    /// Number of spam complaints (plaintes).
    pub complaint_count: Option<i32>,
}

impl CampaignStatistics {
    /// A new `CampaignStatistics` from its required fields; the others are unset or at their default.
    pub fn new(campaign_id: impl Into<i32>) -> Self {
        Self {
            campaign_id: campaign_id.into(),
            sent_count: None,
            delivered_count: None,
            open_count: None,
            click_count: None,
            soft_bounce_count: None,
            hard_bounce_count: None,
            unsubscribe_count: None,
            complaint_count: None,
        }
    }

    /// Sets `campaign_id`.
    #[must_use]
    pub fn with_campaign_id(mut self, value: impl Into<i32>) -> Self {
        self.campaign_id = value.into();
        self
    }

    /// Sets `sent_count`.
    #[must_use]
    pub fn with_sent_count(mut self, value: impl Into<i32>) -> Self {
        self.sent_count = Some(value.into());
        self
    }

    /// Sets `delivered_count`.
    #[must_use]
    pub fn with_delivered_count(mut self, value: impl Into<i32>) -> Self {
        self.delivered_count = Some(value.into());
        self
    }

    /// Sets `open_count`.
    #[must_use]
    pub fn with_open_count(mut self, value: impl Into<i32>) -> Self {
        self.open_count = Some(value.into());
        self
    }

    /// Sets `click_count`.
    #[must_use]
    pub fn with_click_count(mut self, value: impl Into<i32>) -> Self {
        self.click_count = Some(value.into());
        self
    }

    /// Sets `soft_bounce_count`.
    #[must_use]
    pub fn with_soft_bounce_count(mut self, value: impl Into<i32>) -> Self {
        self.soft_bounce_count = Some(value.into());
        self
    }

    /// Sets `hard_bounce_count`.
    #[must_use]
    pub fn with_hard_bounce_count(mut self, value: impl Into<i32>) -> Self {
        self.hard_bounce_count = Some(value.into());
        self
    }

    /// Sets `unsubscribe_count`.
    #[must_use]
    pub fn with_unsubscribe_count(mut self, value: impl Into<i32>) -> Self {
        self.unsubscribe_count = Some(value.into());
        self
    }

    /// Sets `complaint_count`.
    #[must_use]
    pub fn with_complaint_count(mut self, value: impl Into<i32>) -> Self {
        self.complaint_count = Some(value.into());
        self
    }
}

impl serde::Serialize for CampaignStatistics {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("CampaignID", &self.campaign_id)?;
        if let Some(value) = &self.sent_count {
            map.serialize_entry("SentCount", value)?;
        }
        if let Some(value) = &self.delivered_count {
            map.serialize_entry("DeliveredCount", value)?;
        }
        if let Some(value) = &self.open_count {
            map.serialize_entry("OpenCount", value)?;
        }
        if let Some(value) = &self.click_count {
            map.serialize_entry("ClickCount", value)?;
        }
        if let Some(value) = &self.soft_bounce_count {
            map.serialize_entry("SoftBounceCount", value)?;
        }
        if let Some(value) = &self.hard_bounce_count {
            map.serialize_entry("HardBounceCount", value)?;
        }
        if let Some(value) = &self.unsubscribe_count {
            map.serialize_entry("UnsubscribeCount", value)?;
        }
        if let Some(value) = &self.complaint_count {
            map.serialize_entry("ComplaintCount", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CampaignStatistics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CampaignStatistics {
    const NAME: &'static str = "CampaignStatistics";
    const FIELDS: &'static [&'static str] = &[
        "CampaignID",
        "SentCount",
        "DeliveredCount",
        "OpenCount",
        "ClickCount",
        "SoftBounceCount",
        "HardBounceCount",
        "UnsubscribeCount",
        "ComplaintCount",
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
                    crate::runtime::decode::value(&mut map, &mut v0, "CampaignID")?
                }
                crate::runtime::decode::Key::Field(1) => {
                    crate::runtime::decode::value(&mut map, &mut v1, "SentCount")?
                }
                crate::runtime::decode::Key::Field(2) => {
                    crate::runtime::decode::value(&mut map, &mut v2, "DeliveredCount")?
                }
                crate::runtime::decode::Key::Field(3) => {
                    crate::runtime::decode::value(&mut map, &mut v3, "OpenCount")?
                }
                crate::runtime::decode::Key::Field(4) => {
                    crate::runtime::decode::value(&mut map, &mut v4, "ClickCount")?
                }
                crate::runtime::decode::Key::Field(5) => {
                    crate::runtime::decode::value(&mut map, &mut v5, "SoftBounceCount")?
                }
                crate::runtime::decode::Key::Field(6) => {
                    crate::runtime::decode::value(&mut map, &mut v6, "HardBounceCount")?
                }
                crate::runtime::decode::Key::Field(7) => {
                    crate::runtime::decode::value(&mut map, &mut v7, "UnsubscribeCount")?
                }
                crate::runtime::decode::Key::Field(8) => {
                    crate::runtime::decode::value(&mut map, &mut v8, "ComplaintCount")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            campaign_id: crate::runtime::decode::required(v0, "CampaignID")?,
            sent_count: crate::runtime::decode::optional(v1),
            delivered_count: crate::runtime::decode::optional(v2),
            open_count: crate::runtime::decode::optional(v3),
            click_count: crate::runtime::decode::optional(v4),
            soft_bounce_count: crate::runtime::decode::optional(v5),
            hard_bounce_count: crate::runtime::decode::optional(v6),
            unsubscribe_count: crate::runtime::decode::optional(v7),
            complaint_count: crate::runtime::decode::optional(v8),
        })
    }
}

/// The message's format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmailMessageFormat {
    /// `html`
    Html,
    /// `text`
    Text,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl EmailMessageFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Html => "html",
            Self::Text => "text",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for EmailMessageFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for EmailMessageFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "html" => Self::Html,
            "text" => Self::Text,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EmailMessageFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EmailMessageFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The editor the HTML was produced with.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmailMessageEditor {
    /// `Unknown`
    UnknownEditor,
    /// `Source`
    Source,
    /// `Wysiwyg`
    Wysiwyg,
    /// `DolistGMR`
    DolistGmr,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl EmailMessageEditor {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UnknownEditor => "Unknown",
            Self::Source => "Source",
            Self::Wysiwyg => "Wysiwyg",
            Self::DolistGmr => "DolistGMR",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for EmailMessageEditor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for EmailMessageEditor {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Unknown" => Self::UnknownEditor,
            "Source" => Self::Source,
            "Wysiwyg" => Self::Wysiwyg,
            "DolistGMR" => Self::DolistGmr,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for EmailMessageEditor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EmailMessageEditor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// `TransactionalMarketing` for a marketing communication (product recommendations, promotional offers...), `TransactionalService` for a service e-mail (password renewal, welcome e-mail...).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransactionalSendingType {
    /// `TransactionalMarketing`
    TransactionalMarketing,
    /// `TransactionalService`
    TransactionalService,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl TransactionalSendingType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TransactionalMarketing => "TransactionalMarketing",
            Self::TransactionalService => "TransactionalService",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for TransactionalSendingType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for TransactionalSendingType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "TransactionalMarketing" => Self::TransactionalMarketing,
            "TransactionalService" => Self::TransactionalService,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for TransactionalSendingType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TransactionalSendingType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Multipart body of [`Client::send_transactional_email_with_attachment`](crate::Client::send_transactional_email_with_attachment).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SendTransactionalEmailWithAttachmentForm {
    /// The `TransactionalSending` object (see the `TransactionalSending` definition) as text (`text/plain; charset=utf-8`). The public client serialises it in ServiceStack's JSV notation, e.g. `{Type:TransactionalService,Contact:{FieldList:[{ID:7,Value:a@b.fr}]},...}`.
    pub transactional_sending: String,
    /// A PDF attachment (`application/pdf`), sent with its file name.
    pub attachment: crate::FilePart,
}

impl SendTransactionalEmailWithAttachmentForm {
    /// A new `SendTransactionalEmailWithAttachmentForm` from its required fields; the others are unset or at their default.
    pub fn new(
        transactional_sending: impl Into<String>,
        attachment: impl Into<crate::FilePart>,
    ) -> Self {
        Self {
            transactional_sending: transactional_sending.into(),
            attachment: attachment.into(),
        }
    }

    /// Sets `transactional_sending`.
    #[must_use]
    pub fn with_transactional_sending(mut self, value: impl Into<String>) -> Self {
        self.transactional_sending = value.into();
        self
    }

    /// Sets `attachment`.
    #[must_use]
    pub fn with_attachment(mut self, value: impl Into<crate::FilePart>) -> Self {
        self.attachment = value.into();
        self
    }
}

impl SendTransactionalEmailWithAttachmentForm {
    pub(crate) fn into_form(
        self,
    ) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
        let mut form = reqwest::multipart::Form::new();
        if let Some(text) = crate::runtime::text_value(&self.transactional_sending)? {
            form = form.text("TransactionalSending", text);
        }
        form = form.part("Attachment", self.attachment.into_part()?);
        Ok(form)
    }
}
