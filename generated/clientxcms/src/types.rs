//! Types of the API's schemas, parameters, responses and errors.

/// Error body of Laravel for 400, 401, 403 and 404 answers, e.g. `{"message": "Unauthenticated."}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorMessage {
    /// Human-readable error message (translated to the instance's locale).
    pub message: String,
}

impl ErrorMessage {
    /// A new `ErrorMessage` from its required fields; the others are unset or at their default.
    pub fn new(message: String) -> Self {
        Self { message }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: String) -> Self {
        self.message = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ErrorMessage {
    const NAME: &'static str = "ErrorMessage";
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "message")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::decode::required(v0, "message")?,
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
    pub fn new(error: String) -> Self {
        Self { error }
    }

    /// Sets `error`.
    #[must_use]
    pub fn with_error(mut self, value: String) -> Self {
        self.error = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ErrorReason {
    const NAME: &'static str = "ErrorReason";
    const FIELDS: &'static [&'static str] = &["error"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "error")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            error: crate::decode::required(v0, "error")?,
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
        message: String,
        errors: std::collections::BTreeMap<String, Vec<String>>,
    ) -> Self {
        Self { message, errors }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: String) -> Self {
        self.message = value;
        self
    }

    /// Sets `errors`.
    #[must_use]
    pub fn with_errors(
        mut self,
        value: std::collections::BTreeMap<String, Vec<String>>,
    ) -> Self {
        self.errors = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ValidationError {
    const NAME: &'static str = "ValidationError";
    const FIELDS: &'static [&'static str] = &["message", "errors"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "message")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "errors")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::decode::required(v0, "message")?,
            errors: crate::decode::required(v1, "errors")?,
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
    pub fn new(message: String) -> Self {
        Self { message }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: String) -> Self {
        self.message = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for MessageResponse {
    const NAME: &'static str = "MessageResponse";
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "message")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::decode::required(v0, "message")?,
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
    pub fn with_first(mut self, value: String) -> Self {
        self.first = Some(value);
        self
    }

    /// Sets `last`.
    #[must_use]
    pub fn with_last(mut self, value: String) -> Self {
        self.last = Some(value);
        self
    }

    /// Sets `prev`.
    #[must_use]
    pub fn with_prev(mut self, value: String) -> Self {
        self.prev = Some(value);
        self
    }

    /// Sets `next`.
    #[must_use]
    pub fn with_next(mut self, value: String) -> Self {
        self.next = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for PaginationLinks {
    const NAME: &'static str = "PaginationLinks";
    const FIELDS: &'static [&'static str] = &["first", "last", "prev", "next"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "first")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "last")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "prev")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "next")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            first: crate::decode::optional(v0),
            last: crate::decode::optional(v1),
            prev: crate::decode::optional(v2),
            next: crate::decode::optional(v3),
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
        current_page: i64,
        last_page: i64,
        path: String,
        per_page: i64,
        total: i64,
    ) -> Self {
        Self {
            current_page,
            from: None,
            last_page,
            links: None,
            path,
            per_page,
            to: None,
            total,
        }
    }

    /// Sets `current_page`.
    #[must_use]
    pub fn with_current_page(mut self, value: i64) -> Self {
        self.current_page = value;
        self
    }

    /// Sets `from`.
    #[must_use]
    pub fn with_from(mut self, value: i64) -> Self {
        self.from = Some(value);
        self
    }

    /// Sets `last_page`.
    #[must_use]
    pub fn with_last_page(mut self, value: i64) -> Self {
        self.last_page = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: Vec<PaginationMetaLink>) -> Self {
        self.links = Some(value);
        self
    }

    /// Sets `path`.
    #[must_use]
    pub fn with_path(mut self, value: String) -> Self {
        self.path = value;
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = value;
        self
    }

    /// Sets `to`.
    #[must_use]
    pub fn with_to(mut self, value: i64) -> Self {
        self.to = Some(value);
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for PaginationMeta {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "current_page")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "from")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "last_page")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "links")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "path")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "per_page")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "to")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "total")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            current_page: crate::decode::required(v0, "current_page")?,
            from: crate::decode::optional(v1),
            last_page: crate::decode::required(v2, "last_page")?,
            links: crate::decode::optional(v3),
            path: crate::decode::required(v4, "path")?,
            per_page: crate::decode::required(v5, "per_page")?,
            to: crate::decode::optional(v6),
            total: crate::decode::required(v7, "total")?,
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
    pub fn new(label: String, active: bool) -> Self {
        Self { url: None, label, active }
    }

    /// Sets `url`.
    #[must_use]
    pub fn with_url(mut self, value: String) -> Self {
        self.url = Some(value);
        self
    }

    /// Sets `label`.
    #[must_use]
    pub fn with_label(mut self, value: String) -> Self {
        self.label = value;
        self
    }

    /// Sets `active`.
    #[must_use]
    pub fn with_active(mut self, value: bool) -> Self {
        self.active = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for PaginationMetaLink {
    const NAME: &'static str = "PaginationMetaLink";
    const FIELDS: &'static [&'static str] = &["url", "label", "active"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "url")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "label")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "active")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            url: crate::decode::optional(v0),
            label: crate::decode::required(v1, "label")?,
            active: crate::decode::required(v2, "active")?,
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
        data: Vec<Customer>,
        links: PaginationLinks,
        meta: PaginationMeta,
    ) -> Self {
        Self { data, links, meta }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: Vec<Customer>) -> Self {
        self.data = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: PaginationLinks) -> Self {
        self.links = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: PaginationMeta) -> Self {
        self.meta = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for CustomerPage {
    const NAME: &'static str = "CustomerPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "links")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            links: crate::decode::required(v1, "links")?,
            meta: crate::decode::required(v2, "meta")?,
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
        data: Vec<ShopProduct>,
        links: PaginationLinks,
        meta: PaginationMeta,
    ) -> Self {
        Self { data, links, meta }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: Vec<ShopProduct>) -> Self {
        self.data = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: PaginationLinks) -> Self {
        self.links = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: PaginationMeta) -> Self {
        self.meta = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ProductPage {
    const NAME: &'static str = "ProductPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "links")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            links: crate::decode::required(v1, "links")?,
            meta: crate::decode::required(v2, "meta")?,
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
        data: Vec<ShopGroup>,
        links: PaginationLinks,
        meta: PaginationMeta,
    ) -> Self {
        Self { data, links, meta }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: Vec<ShopGroup>) -> Self {
        self.data = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: PaginationLinks) -> Self {
        self.links = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: PaginationMeta) -> Self {
        self.meta = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for GroupPage {
    const NAME: &'static str = "GroupPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "links")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            links: crate::decode::required(v1, "links")?,
            meta: crate::decode::required(v2, "meta")?,
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
        data: Vec<ShopPricing>,
        links: PaginationLinks,
        meta: PaginationMeta,
    ) -> Self {
        Self { data, links, meta }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: Vec<ShopPricing>) -> Self {
        self.data = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: PaginationLinks) -> Self {
        self.links = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: PaginationMeta) -> Self {
        self.meta = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for PricingPage {
    const NAME: &'static str = "PricingPage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "links")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            links: crate::decode::required(v1, "links")?,
            meta: crate::decode::required(v2, "meta")?,
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
        data: Vec<ProvisioningService>,
        links: PaginationLinks,
        meta: PaginationMeta,
    ) -> Self {
        Self { data, links, meta }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: Vec<ProvisioningService>) -> Self {
        self.data = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: PaginationLinks) -> Self {
        self.links = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: PaginationMeta) -> Self {
        self.meta = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ServicePage {
    const NAME: &'static str = "ServicePage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "links")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            links: crate::decode::required(v1, "links")?,
            meta: crate::decode::required(v2, "meta")?,
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
        data: Vec<Invoice>,
        links: PaginationLinks,
        meta: PaginationMeta,
    ) -> Self {
        Self { data, links, meta }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: Vec<Invoice>) -> Self {
        self.data = value;
        self
    }

    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: PaginationLinks) -> Self {
        self.links = value;
        self
    }

    /// Sets `meta`.
    #[must_use]
    pub fn with_meta(mut self, value: PaginationMeta) -> Self {
        self.meta = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for InvoicePage {
    const NAME: &'static str = "InvoicePage";
    const FIELDS: &'static [&'static str] = &["data", "links", "meta"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "links")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "meta")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            links: crate::decode::required(v1, "links")?,
            meta: crate::decode::required(v2, "meta")?,
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
    pub fn new(status: String) -> Self {
        Self { status }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: String) -> Self {
        self.status = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for HealthStatus {
    const NAME: &'static str = "HealthStatus";
    const FIELDS: &'static [&'static str] = &["status"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "status")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::decode::required(v0, "status")?,
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
    pub fn new(status: LicenseInfoStatus) -> Self {
        Self {
            status,
            license: None,
            message: None,
        }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: LicenseInfoStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `license`.
    #[must_use]
    pub fn with_license(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.license = Some(value);
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: String) -> Self {
        self.message = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for LicenseInfo {
    const NAME: &'static str = "LicenseInfo";
    const FIELDS: &'static [&'static str] = &["status", "license", "message"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "status")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "license")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "message")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::decode::required(v0, "status")?,
            license: crate::decode::optional(v1),
            message: crate::decode::optional(v2),
        })
    }
}

/// Customer
///
/// A customer account. `id`, `balance` and the timestamps are not in the published schema and are inferred from the Eloquent model; the password hash is never returned.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Customer {
    /// Customer ID.
    pub id: i64,
    /// Customer email.
    pub email: String,
    /// First name.
    pub firstname: String,
    /// Last name.
    pub lastname: String,
    /// Phone number.
    pub phone: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Address line 2.
    pub address2: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Postal code.
    pub zipcode: Option<String>,
    /// Region.
    pub region: Option<String>,
    /// Country (ISO 3166-1 alpha-2 code, e.g. `FR`).
    pub country: Option<String>,
    /// Preferred locale, e.g. `fr`.
    pub locale: Option<String>,
    /// Account credit balance.
    pub balance: Option<f64>,
    /// Company name.
    pub company_name: Option<String>,
    /// Free billing details printed on invoices.
    pub billing_details: Option<String>,
    /// When the email address was verified; null while unverified.
    pub email_verified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether the account is confirmed.
    pub is_confirmed: Option<bool>,
    /// Whether the account is deleted.
    pub is_deleted: Option<bool>,
    /// Whether the customer uses the dark theme.
    pub dark_mode: Option<bool>,
    /// Last login time, as stored by the instance (its format is not published, so it is left a plain string).
    pub last_login: Option<String>,
    /// IP address of the last login.
    pub last_ip: Option<String>,
    /// Whether the customer gave GDPR consent (the API's own spelling).
    pub gdpr_compliment: Option<bool>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Customer {
    /// A new `Customer` from its required fields; the others are unset or at their default.
    pub fn new(id: i64, email: String, firstname: String, lastname: String) -> Self {
        Self {
            id,
            email,
            firstname,
            lastname,
            phone: None,
            address: None,
            address2: None,
            city: None,
            zipcode: None,
            region: None,
            country: None,
            locale: None,
            balance: None,
            company_name: None,
            billing_details: None,
            email_verified_at: None,
            is_confirmed: None,
            is_deleted: None,
            dark_mode: None,
            last_login: None,
            last_ip: None,
            gdpr_compliment: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: String) -> Self {
        self.email = value;
        self
    }

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: String) -> Self {
        self.firstname = value;
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: String) -> Self {
        self.lastname = value;
        self
    }

    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(mut self, value: String) -> Self {
        self.phone = Some(value);
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: String) -> Self {
        self.address = Some(value);
        self
    }

    /// Sets `address2`.
    #[must_use]
    pub fn with_address2(mut self, value: String) -> Self {
        self.address2 = Some(value);
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: String) -> Self {
        self.city = Some(value);
        self
    }

    /// Sets `zipcode`.
    #[must_use]
    pub fn with_zipcode(mut self, value: String) -> Self {
        self.zipcode = Some(value);
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn with_region(mut self, value: String) -> Self {
        self.region = Some(value);
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn with_country(mut self, value: String) -> Self {
        self.country = Some(value);
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: String) -> Self {
        self.locale = Some(value);
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: f64) -> Self {
        self.balance = Some(value);
        self
    }

    /// Sets `company_name`.
    #[must_use]
    pub fn with_company_name(mut self, value: String) -> Self {
        self.company_name = Some(value);
        self
    }

    /// Sets `billing_details`.
    #[must_use]
    pub fn with_billing_details(mut self, value: String) -> Self {
        self.billing_details = Some(value);
        self
    }

    /// Sets `email_verified_at`.
    #[must_use]
    pub fn with_email_verified_at(
        mut self,
        value: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        self.email_verified_at = Some(value);
        self
    }

    /// Sets `is_confirmed`.
    #[must_use]
    pub fn with_is_confirmed(mut self, value: bool) -> Self {
        self.is_confirmed = Some(value);
        self
    }

    /// Sets `is_deleted`.
    #[must_use]
    pub fn with_is_deleted(mut self, value: bool) -> Self {
        self.is_deleted = Some(value);
        self
    }

    /// Sets `dark_mode`.
    #[must_use]
    pub fn with_dark_mode(mut self, value: bool) -> Self {
        self.dark_mode = Some(value);
        self
    }

    /// Sets `last_login`.
    #[must_use]
    pub fn with_last_login(mut self, value: String) -> Self {
        self.last_login = Some(value);
        self
    }

    /// Sets `last_ip`.
    #[must_use]
    pub fn with_last_ip(mut self, value: String) -> Self {
        self.last_ip = Some(value);
        self
    }

    /// Sets `gdpr_compliment`.
    #[must_use]
    pub fn with_gdpr_compliment(mut self, value: bool) -> Self {
        self.gdpr_compliment = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.updated_at = Some(value);
        self
    }
}

impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("firstname", &self.firstname)?;
        map.serialize_entry("lastname", &self.lastname)?;
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
        if let Some(value) = &self.zipcode {
            map.serialize_entry("zipcode", value)?;
        }
        if let Some(value) = &self.region {
            map.serialize_entry("region", value)?;
        }
        if let Some(value) = &self.country {
            map.serialize_entry("country", value)?;
        }
        if let Some(value) = &self.locale {
            map.serialize_entry("locale", value)?;
        }
        if let Some(value) = &self.balance {
            map.serialize_entry("balance", value)?;
        }
        if let Some(value) = &self.company_name {
            map.serialize_entry("company_name", value)?;
        }
        if let Some(value) = &self.billing_details {
            map.serialize_entry("billing_details", value)?;
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
        if let Some(value) = &self.gdpr_compliment {
            map.serialize_entry("gdpr_compliment", value)?;
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

impl<'de> serde::Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for Customer {
    const NAME: &'static str = "Customer";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "email",
        "firstname",
        "lastname",
        "phone",
        "address",
        "address2",
        "city",
        "zipcode",
        "region",
        "country",
        "locale",
        "balance",
        "company_name",
        "billing_details",
        "email_verified_at",
        "is_confirmed",
        "is_deleted",
        "dark_mode",
        "last_login",
        "last_ip",
        "gdpr_compliment",
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
        let mut v20 = None;
        let mut v21 = None;
        let mut v22 = None;
        let mut v23 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "email")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "firstname")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "lastname")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "phone")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "address")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "address2")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "city")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "zipcode")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "region")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "country")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "locale")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "balance")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "company_name")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "billing_details")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "email_verified_at")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "is_confirmed")?
                }
                crate::decode::Key::Field(17) => {
                    crate::decode::value(&mut map, &mut v17, "is_deleted")?
                }
                crate::decode::Key::Field(18) => {
                    crate::decode::value(&mut map, &mut v18, "dark_mode")?
                }
                crate::decode::Key::Field(19) => {
                    crate::decode::value(&mut map, &mut v19, "last_login")?
                }
                crate::decode::Key::Field(20) => {
                    crate::decode::value(&mut map, &mut v20, "last_ip")?
                }
                crate::decode::Key::Field(21) => {
                    crate::decode::value(&mut map, &mut v21, "gdpr_compliment")?
                }
                crate::decode::Key::Field(22) => {
                    crate::decode::value(&mut map, &mut v22, "created_at")?
                }
                crate::decode::Key::Field(23) => {
                    crate::decode::value(&mut map, &mut v23, "updated_at")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            email: crate::decode::required(v1, "email")?,
            firstname: crate::decode::required(v2, "firstname")?,
            lastname: crate::decode::required(v3, "lastname")?,
            phone: crate::decode::optional(v4),
            address: crate::decode::optional(v5),
            address2: crate::decode::optional(v6),
            city: crate::decode::optional(v7),
            zipcode: crate::decode::optional(v8),
            region: crate::decode::optional(v9),
            country: crate::decode::optional(v10),
            locale: crate::decode::optional(v11),
            balance: crate::decode::optional(v12),
            company_name: crate::decode::optional(v13),
            billing_details: crate::decode::optional(v14),
            email_verified_at: crate::decode::optional(v15),
            is_confirmed: crate::decode::optional(v16),
            is_deleted: crate::decode::optional(v17),
            dark_mode: crate::decode::optional(v18),
            last_login: crate::decode::optional(v19),
            last_ip: crate::decode::optional(v20),
            gdpr_compliment: crate::decode::optional(v21),
            created_at: crate::decode::optional(v22),
            updated_at: crate::decode::optional(v23),
        })
    }
}

/// New customer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreCustomerRequest {
    /// Email address (unique).
    pub email: String,
    /// Password; when omitted the customer sets one through the reset link.
    pub password: Option<String>,
    /// First name.
    pub firstname: String,
    /// Last name.
    pub lastname: String,
    /// Address.
    pub address: String,
    /// Address line 2.
    pub address2: Option<String>,
    /// City.
    pub city: String,
    /// Postal code.
    pub zipcode: String,
    /// Phone number.
    pub phone: Option<String>,
    /// Region.
    pub region: String,
    /// Mark the email address as verified.
    pub verified: Option<bool>,
    /// Initial credit balance.
    pub balance: Option<f64>,
    /// Preferred locale, e.g. `fr`.
    pub locale: String,
    /// Country (ISO 3166-1 alpha-2 code).
    pub country: String,
    /// Mark the account as confirmed.
    pub confirmed: Option<bool>,
    /// Company name.
    pub company_name: Option<String>,
    /// Free billing details.
    pub billing_details: Option<String>,
}

impl StoreCustomerRequest {
    /// A new `StoreCustomerRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        email: String,
        firstname: String,
        lastname: String,
        address: String,
        city: String,
        zipcode: String,
        region: String,
        locale: String,
        country: String,
    ) -> Self {
        Self {
            email,
            password: None,
            firstname,
            lastname,
            address,
            address2: None,
            city,
            zipcode,
            phone: None,
            region,
            verified: None,
            balance: None,
            locale,
            country,
            confirmed: None,
            company_name: None,
            billing_details: None,
        }
    }

    /// Sets `email`.
    #[must_use]
    pub fn with_email(mut self, value: String) -> Self {
        self.email = value;
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: String) -> Self {
        self.password = Some(value);
        self
    }

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: String) -> Self {
        self.firstname = value;
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: String) -> Self {
        self.lastname = value;
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: String) -> Self {
        self.address = value;
        self
    }

    /// Sets `address2`.
    #[must_use]
    pub fn with_address2(mut self, value: String) -> Self {
        self.address2 = Some(value);
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: String) -> Self {
        self.city = value;
        self
    }

    /// Sets `zipcode`.
    #[must_use]
    pub fn with_zipcode(mut self, value: String) -> Self {
        self.zipcode = value;
        self
    }

    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(mut self, value: String) -> Self {
        self.phone = Some(value);
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn with_region(mut self, value: String) -> Self {
        self.region = value;
        self
    }

    /// Sets `verified`.
    #[must_use]
    pub fn with_verified(mut self, value: bool) -> Self {
        self.verified = Some(value);
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: f64) -> Self {
        self.balance = Some(value);
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: String) -> Self {
        self.locale = value;
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn with_country(mut self, value: String) -> Self {
        self.country = value;
        self
    }

    /// Sets `confirmed`.
    #[must_use]
    pub fn with_confirmed(mut self, value: bool) -> Self {
        self.confirmed = Some(value);
        self
    }

    /// Sets `company_name`.
    #[must_use]
    pub fn with_company_name(mut self, value: String) -> Self {
        self.company_name = Some(value);
        self
    }

    /// Sets `billing_details`.
    #[must_use]
    pub fn with_billing_details(mut self, value: String) -> Self {
        self.billing_details = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for StoreCustomerRequest {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "email")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "password")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "firstname")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "lastname")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "address")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "address2")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "city")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "zipcode")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "phone")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "region")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "verified")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "balance")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "locale")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "country")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "confirmed")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "company_name")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "billing_details")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::decode::required(v0, "email")?,
            password: crate::decode::optional(v1),
            firstname: crate::decode::required(v2, "firstname")?,
            lastname: crate::decode::required(v3, "lastname")?,
            address: crate::decode::required(v4, "address")?,
            address2: crate::decode::optional(v5),
            city: crate::decode::required(v6, "city")?,
            zipcode: crate::decode::required(v7, "zipcode")?,
            phone: crate::decode::optional(v8),
            region: crate::decode::required(v9, "region")?,
            verified: crate::decode::optional(v10),
            balance: crate::decode::optional(v11),
            locale: crate::decode::required(v12, "locale")?,
            country: crate::decode::required(v13, "country")?,
            confirmed: crate::decode::optional(v14),
            company_name: crate::decode::optional(v15),
            billing_details: crate::decode::optional(v16),
        })
    }
}

/// Fields to change; omitted fields keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateCustomerRequest {
    /// Email address.
    pub email: Option<String>,
    /// New password.
    pub password: Option<String>,
    /// First name.
    pub firstname: Option<String>,
    /// Last name.
    pub lastname: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Address line 2.
    pub address2: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Postal code.
    pub zipcode: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Region.
    pub region: Option<String>,
    /// Mark the email address as verified.
    pub verified: Option<bool>,
    /// Credit balance.
    pub balance: Option<f64>,
    /// Country (ISO 3166-1 alpha-2 code).
    pub country: Option<String>,
    /// Preferred locale.
    pub locale: Option<String>,
    /// Company name.
    pub company_name: Option<String>,
    /// Free billing details.
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
    pub fn with_email(mut self, value: String) -> Self {
        self.email = Some(value);
        self
    }

    /// Sets `password`.
    #[must_use]
    pub fn with_password(mut self, value: String) -> Self {
        self.password = Some(value);
        self
    }

    /// Sets `firstname`.
    #[must_use]
    pub fn with_firstname(mut self, value: String) -> Self {
        self.firstname = Some(value);
        self
    }

    /// Sets `lastname`.
    #[must_use]
    pub fn with_lastname(mut self, value: String) -> Self {
        self.lastname = Some(value);
        self
    }

    /// Sets `address`.
    #[must_use]
    pub fn with_address(mut self, value: String) -> Self {
        self.address = Some(value);
        self
    }

    /// Sets `address2`.
    #[must_use]
    pub fn with_address2(mut self, value: String) -> Self {
        self.address2 = Some(value);
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: String) -> Self {
        self.city = Some(value);
        self
    }

    /// Sets `zipcode`.
    #[must_use]
    pub fn with_zipcode(mut self, value: String) -> Self {
        self.zipcode = Some(value);
        self
    }

    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(mut self, value: String) -> Self {
        self.phone = Some(value);
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn with_region(mut self, value: String) -> Self {
        self.region = Some(value);
        self
    }

    /// Sets `verified`.
    #[must_use]
    pub fn with_verified(mut self, value: bool) -> Self {
        self.verified = Some(value);
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: f64) -> Self {
        self.balance = Some(value);
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn with_country(mut self, value: String) -> Self {
        self.country = Some(value);
        self
    }

    /// Sets `locale`.
    #[must_use]
    pub fn with_locale(mut self, value: String) -> Self {
        self.locale = Some(value);
        self
    }

    /// Sets `company_name`.
    #[must_use]
    pub fn with_company_name(mut self, value: String) -> Self {
        self.company_name = Some(value);
        self
    }

    /// Sets `billing_details`.
    #[must_use]
    pub fn with_billing_details(mut self, value: String) -> Self {
        self.billing_details = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for UpdateCustomerRequest {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "email")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "password")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "firstname")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "lastname")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "address")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "address2")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "city")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "zipcode")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "phone")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "region")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "verified")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "balance")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "country")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "locale")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "company_name")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "billing_details")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            email: crate::decode::optional(v0),
            password: crate::decode::optional(v1),
            firstname: crate::decode::optional(v2),
            lastname: crate::decode::optional(v3),
            address: crate::decode::optional(v4),
            address2: crate::decode::optional(v5),
            city: crate::decode::optional(v6),
            zipcode: crate::decode::optional(v7),
            phone: crate::decode::optional(v8),
            region: crate::decode::optional(v9),
            verified: crate::decode::optional(v10),
            balance: crate::decode::optional(v11),
            country: crate::decode::optional(v12),
            locale: crate::decode::optional(v13),
            company_name: crate::decode::optional(v14),
            billing_details: crate::decode::optional(v15),
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
    pub fn with_reason(mut self, value: String) -> Self {
        self.reason = Some(value);
        self
    }

    /// Sets `notify`.
    #[must_use]
    pub fn with_notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
        self
    }

    /// Sets `force`.
    #[must_use]
    pub fn with_force(mut self, value: bool) -> Self {
        self.force = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for CustomerActionRequest {
    const NAME: &'static str = "CustomerActionRequest";
    const FIELDS: &'static [&'static str] = &["reason", "notify", "force"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "reason")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "notify")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "force")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            reason: crate::decode::optional(v0),
            notify: crate::decode::optional(v1),
            force: crate::decode::optional(v2),
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

/// Product group
///
/// A group of products in the store (groups can nest through `parent_id`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopGroup {
    /// Group ID.
    pub id: i64,
    /// Name.
    pub name: String,
    /// URL slug.
    pub slug: String,
    pub status: ProductStatus,
    /// Description.
    pub description: Option<String>,
    /// Position in listings.
    pub sort_order: Option<i64>,
    /// Whether the group is pinned.
    pub pinned: Option<bool>,
    /// Path of the group image on the instance's storage, e.g. `groups/vps.png`.
    pub image: Option<String>,
    /// Parent group ID; null for a top-level group.
    pub parent_id: Option<i64>,
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
    pub fn new(id: i64, name: String, slug: String, status: ProductStatus) -> Self {
        Self {
            id,
            name,
            slug,
            status,
            description: None,
            sort_order: None,
            pinned: None,
            image: None,
            parent_id: None,
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
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `slug`.
    #[must_use]
    pub fn with_slug(mut self, value: String) -> Self {
        self.slug = value;
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: ProductStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: String) -> Self {
        self.description = Some(value);
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: bool) -> Self {
        self.pinned = Some(value);
        self
    }

    /// Sets `image`.
    #[must_use]
    pub fn with_image(mut self, value: String) -> Self {
        self.image = Some(value);
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: i64) -> Self {
        self.parent_id = Some(value);
        self
    }

    /// Sets `use_image_as_background`.
    #[must_use]
    pub fn with_use_image_as_background(mut self, value: bool) -> Self {
        self.use_image_as_background = Some(value);
        self
    }

    /// Sets `products`.
    #[must_use]
    pub fn with_products(mut self, value: Vec<ShopProduct>) -> Self {
        self.products = Some(value);
        self
    }

    /// Sets `groups`.
    #[must_use]
    pub fn with_groups(mut self, value: Vec<ShopGroup>) -> Self {
        self.groups = Some(value);
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn with_metadata(mut self, value: Vec<Metadata>) -> Self {
        self.metadata = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.updated_at = Some(value);
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
        map.serialize_entry("status", &self.status)?;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ShopGroup {
    const NAME: &'static str = "ShopGroup";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "slug",
        "status",
        "description",
        "sort_order",
        "pinned",
        "image",
        "parent_id",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "name")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "slug")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "status")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "description")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "sort_order")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "pinned")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "image")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "parent_id")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "use_image_as_background")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "products")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "groups")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "metadata")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "created_at")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "updated_at")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            name: crate::decode::required(v1, "name")?,
            slug: crate::decode::required(v2, "slug")?,
            status: crate::decode::required(v3, "status")?,
            description: crate::decode::optional(v4),
            sort_order: crate::decode::optional(v5),
            pinned: crate::decode::optional(v6),
            image: crate::decode::optional(v7),
            parent_id: crate::decode::optional(v8),
            use_image_as_background: crate::decode::optional(v9),
            products: crate::decode::optional(v10),
            groups: crate::decode::optional(v11),
            metadata: crate::decode::optional(v12),
            created_at: crate::decode::optional(v13),
            updated_at: crate::decode::optional(v14),
        })
    }
}

/// New product group. The published document also lists an `image` file field; a file cannot travel in a JSON body, so it is left out here (upload the image from the administration panel).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreGroupRequest {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    pub status: ProductStatus,
    /// URL slug (unique).
    pub slug: String,
    /// Position in listings.
    pub sort_order: i64,
    /// Pin the group.
    pub pinned: Option<bool>,
    /// Parent group ID.
    pub parent_id: Option<i64>,
    /// Use the image as the card background.
    pub use_image_as_background: Option<bool>,
}

impl StoreGroupRequest {
    /// A new `StoreGroupRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        name: String,
        description: String,
        status: ProductStatus,
        slug: String,
        sort_order: i64,
    ) -> Self {
        Self {
            name,
            description,
            status,
            slug,
            sort_order,
            pinned: None,
            parent_id: None,
            use_image_as_background: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: String) -> Self {
        self.description = value;
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: ProductStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `slug`.
    #[must_use]
    pub fn with_slug(mut self, value: String) -> Self {
        self.slug = value;
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: i64) -> Self {
        self.sort_order = value;
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: bool) -> Self {
        self.pinned = Some(value);
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: i64) -> Self {
        self.parent_id = Some(value);
        self
    }

    /// Sets `use_image_as_background`.
    #[must_use]
    pub fn with_use_image_as_background(mut self, value: bool) -> Self {
        self.use_image_as_background = Some(value);
        self
    }
}

impl serde::Serialize for StoreGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("slug", &self.slug)?;
        map.serialize_entry("sort_order", &self.sort_order)?;
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.parent_id {
            map.serialize_entry("parent_id", value)?;
        }
        if let Some(value) = &self.use_image_as_background {
            map.serialize_entry("use_image_as_background", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for StoreGroupRequest {
    const NAME: &'static str = "StoreGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "status",
        "slug",
        "sort_order",
        "pinned",
        "parent_id",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "name")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "description")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "status")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "slug")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "sort_order")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "pinned")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "parent_id")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "use_image_as_background")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::decode::required(v0, "name")?,
            description: crate::decode::required(v1, "description")?,
            status: crate::decode::required(v2, "status")?,
            slug: crate::decode::required(v3, "slug")?,
            sort_order: crate::decode::required(v4, "sort_order")?,
            pinned: crate::decode::optional(v5),
            parent_id: crate::decode::optional(v6),
            use_image_as_background: crate::decode::optional(v7),
        })
    }
}

/// Fields to change. As for creation, the `image` file field of the published document is left out.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateGroupRequest {
    /// Name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    pub status: Option<ProductStatus>,
    /// URL slug.
    pub slug: Option<String>,
    /// Position in listings.
    pub sort_order: Option<i64>,
    /// Pin the group.
    pub pinned: Option<bool>,
    pub remove_image: Option<BooleanString>,
    /// Parent group ID.
    pub parent_id: Option<i64>,
    pub use_image_as_background: Option<BooleanString>,
}

impl UpdateGroupRequest {
    /// A new `UpdateGroupRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            name: None,
            description: None,
            status: None,
            slug: None,
            sort_order: None,
            pinned: None,
            remove_image: None,
            parent_id: None,
            use_image_as_background: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = Some(value);
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: String) -> Self {
        self.description = Some(value);
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: ProductStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `slug`.
    #[must_use]
    pub fn with_slug(mut self, value: String) -> Self {
        self.slug = Some(value);
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: bool) -> Self {
        self.pinned = Some(value);
        self
    }

    /// Sets `remove_image`.
    #[must_use]
    pub fn with_remove_image(mut self, value: BooleanString) -> Self {
        self.remove_image = Some(value);
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: i64) -> Self {
        self.parent_id = Some(value);
        self
    }

    /// Sets `use_image_as_background`.
    #[must_use]
    pub fn with_use_image_as_background(mut self, value: BooleanString) -> Self {
        self.use_image_as_background = Some(value);
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
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
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
        if let Some(value) = &self.remove_image {
            map.serialize_entry("remove_image", value)?;
        }
        if let Some(value) = &self.parent_id {
            map.serialize_entry("parent_id", value)?;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for UpdateGroupRequest {
    const NAME: &'static str = "UpdateGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "status",
        "slug",
        "sort_order",
        "pinned",
        "remove_image",
        "parent_id",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "name")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "description")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "status")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "slug")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "sort_order")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "pinned")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "remove_image")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "parent_id")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "use_image_as_background")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::decode::optional(v0),
            description: crate::decode::optional(v1),
            status: crate::decode::optional(v2),
            slug: crate::decode::optional(v3),
            sort_order: crate::decode::optional(v4),
            pinned: crate::decode::optional(v5),
            remove_image: crate::decode::optional(v6),
            parent_id: crate::decode::optional(v7),
            use_image_as_background: crate::decode::optional(v8),
        })
    }
}

/// Pricing
///
/// Prices of a product (or of another priced item, such as a configuration option) in one currency, one amount per billing period. `id` and the timestamps are inferred from the Eloquent model.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopPricing {
    /// Pricing ID.
    pub id: Option<i64>,
    /// ID of the priced item.
    pub related_id: i64,
    /// Kind of the priced item, e.g. `product` or `config_option`.
    pub related_type: String,
    /// Currency (ISO 4217), e.g. `EUR`.
    pub currency: String,
    /// Price of the one-time payment billing period; null when the period is not offered.
    pub onetime: Option<f64>,
    /// Price of the monthly billing period; null when the period is not offered.
    pub monthly: Option<f64>,
    /// Price of the quarterly billing period; null when the period is not offered.
    pub quarterly: Option<f64>,
    /// Price of the semi-annual billing period; null when the period is not offered.
    pub semiannually: Option<f64>,
    /// Price of the annual billing period; null when the period is not offered.
    pub annually: Option<f64>,
    /// Price of the biennial billing period; null when the period is not offered.
    pub biennially: Option<f64>,
    /// Price of the triennial billing period; null when the period is not offered.
    pub triennially: Option<f64>,
    /// Setup fee charged with the one-time payment billing period; null when none.
    pub setup_onetime: Option<f64>,
    /// Setup fee charged with the monthly billing period; null when none.
    pub setup_monthly: Option<f64>,
    /// Setup fee charged with the quarterly billing period; null when none.
    pub setup_quarterly: Option<f64>,
    /// Setup fee charged with the semi-annual billing period; null when none.
    pub setup_semiannually: Option<f64>,
    /// Setup fee charged with the annual billing period; null when none.
    pub setup_annually: Option<f64>,
    /// Setup fee charged with the biennial billing period; null when none.
    pub setup_biennially: Option<f64>,
    /// Setup fee charged with the triennial billing period; null when none.
    pub setup_triennially: Option<f64>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ShopPricing {
    /// A new `ShopPricing` from its required fields; the others are unset or at their default.
    pub fn new(related_id: i64, related_type: String, currency: String) -> Self {
        Self {
            id: None,
            related_id,
            related_type,
            currency,
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
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: i64) -> Self {
        self.related_id = value;
        self
    }

    /// Sets `related_type`.
    #[must_use]
    pub fn with_related_type(mut self, value: String) -> Self {
        self.related_type = value;
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: String) -> Self {
        self.currency = value;
        self
    }

    /// Sets `onetime`.
    #[must_use]
    pub fn with_onetime(mut self, value: f64) -> Self {
        self.onetime = Some(value);
        self
    }

    /// Sets `monthly`.
    #[must_use]
    pub fn with_monthly(mut self, value: f64) -> Self {
        self.monthly = Some(value);
        self
    }

    /// Sets `quarterly`.
    #[must_use]
    pub fn with_quarterly(mut self, value: f64) -> Self {
        self.quarterly = Some(value);
        self
    }

    /// Sets `semiannually`.
    #[must_use]
    pub fn with_semiannually(mut self, value: f64) -> Self {
        self.semiannually = Some(value);
        self
    }

    /// Sets `annually`.
    #[must_use]
    pub fn with_annually(mut self, value: f64) -> Self {
        self.annually = Some(value);
        self
    }

    /// Sets `biennially`.
    #[must_use]
    pub fn with_biennially(mut self, value: f64) -> Self {
        self.biennially = Some(value);
        self
    }

    /// Sets `triennially`.
    #[must_use]
    pub fn with_triennially(mut self, value: f64) -> Self {
        self.triennially = Some(value);
        self
    }

    /// Sets `setup_onetime`.
    #[must_use]
    pub fn with_setup_onetime(mut self, value: f64) -> Self {
        self.setup_onetime = Some(value);
        self
    }

    /// Sets `setup_monthly`.
    #[must_use]
    pub fn with_setup_monthly(mut self, value: f64) -> Self {
        self.setup_monthly = Some(value);
        self
    }

    /// Sets `setup_quarterly`.
    #[must_use]
    pub fn with_setup_quarterly(mut self, value: f64) -> Self {
        self.setup_quarterly = Some(value);
        self
    }

    /// Sets `setup_semiannually`.
    #[must_use]
    pub fn with_setup_semiannually(mut self, value: f64) -> Self {
        self.setup_semiannually = Some(value);
        self
    }

    /// Sets `setup_annually`.
    #[must_use]
    pub fn with_setup_annually(mut self, value: f64) -> Self {
        self.setup_annually = Some(value);
        self
    }

    /// Sets `setup_biennially`.
    #[must_use]
    pub fn with_setup_biennially(mut self, value: f64) -> Self {
        self.setup_biennially = Some(value);
        self
    }

    /// Sets `setup_triennially`.
    #[must_use]
    pub fn with_setup_triennially(mut self, value: f64) -> Self {
        self.setup_triennially = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.updated_at = Some(value);
        self
    }
}

impl serde::Serialize for ShopPricing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ShopPricing {
    const NAME: &'static str = "ShopPricing";
    const FIELDS: &'static [&'static str] = &[
        "id",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "related_id")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "related_type")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "currency")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "onetime")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "monthly")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "quarterly")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "semiannually")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "annually")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "biennially")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "triennially")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "setup_onetime")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "setup_monthly")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "setup_quarterly")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "setup_semiannually")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "setup_annually")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "setup_biennially")?
                }
                crate::decode::Key::Field(17) => {
                    crate::decode::value(&mut map, &mut v17, "setup_triennially")?
                }
                crate::decode::Key::Field(18) => {
                    crate::decode::value(&mut map, &mut v18, "created_at")?
                }
                crate::decode::Key::Field(19) => {
                    crate::decode::value(&mut map, &mut v19, "updated_at")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::optional(v0),
            related_id: crate::decode::required(v1, "related_id")?,
            related_type: crate::decode::required(v2, "related_type")?,
            currency: crate::decode::required(v3, "currency")?,
            onetime: crate::decode::optional(v4),
            monthly: crate::decode::optional(v5),
            quarterly: crate::decode::optional(v6),
            semiannually: crate::decode::optional(v7),
            annually: crate::decode::optional(v8),
            biennially: crate::decode::optional(v9),
            triennially: crate::decode::optional(v10),
            setup_onetime: crate::decode::optional(v11),
            setup_monthly: crate::decode::optional(v12),
            setup_quarterly: crate::decode::optional(v13),
            setup_semiannually: crate::decode::optional(v14),
            setup_annually: crate::decode::optional(v15),
            setup_biennially: crate::decode::optional(v16),
            setup_triennially: crate::decode::optional(v17),
            created_at: crate::decode::optional(v18),
            updated_at: crate::decode::optional(v19),
        })
    }
}

/// Pricing request
///
/// Pricing to create or the new values of a pricing.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PricingRequest {
    /// ID of the priced item.
    pub related_id: i64,
    /// Kind of the priced item, e.g. `product` or `config_option`.
    pub related_type: String,
    /// Currency (ISO 4217).
    pub currency: String,
    /// Price of the one-time payment billing period; null when the period is not offered.
    pub onetime: Option<f64>,
    /// Price of the monthly billing period; null when the period is not offered.
    pub monthly: Option<f64>,
    /// Price of the quarterly billing period; null when the period is not offered.
    pub quarterly: Option<f64>,
    /// Price of the semi-annual billing period; null when the period is not offered.
    pub semiannually: Option<f64>,
    /// Price of the annual billing period; null when the period is not offered.
    pub annually: Option<f64>,
    /// Price of the biennial billing period; null when the period is not offered.
    pub biennially: Option<f64>,
    /// Price of the triennial billing period; null when the period is not offered.
    pub triennially: Option<f64>,
    /// Setup fee charged with the one-time payment billing period; null when none.
    pub setup_onetime: Option<f64>,
    /// Setup fee charged with the monthly billing period; null when none.
    pub setup_monthly: Option<f64>,
    /// Setup fee charged with the quarterly billing period; null when none.
    pub setup_quarterly: Option<f64>,
    /// Setup fee charged with the semi-annual billing period; null when none.
    pub setup_semiannually: Option<f64>,
    /// Setup fee charged with the annual billing period; null when none.
    pub setup_annually: Option<f64>,
    /// Setup fee charged with the biennial billing period; null when none.
    pub setup_biennially: Option<f64>,
    /// Setup fee charged with the triennial billing period; null when none.
    pub setup_triennially: Option<f64>,
}

impl PricingRequest {
    /// A new `PricingRequest` from its required fields; the others are unset or at their default.
    pub fn new(related_id: i64, related_type: String, currency: String) -> Self {
        Self {
            related_id,
            related_type,
            currency,
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
    pub fn with_related_id(mut self, value: i64) -> Self {
        self.related_id = value;
        self
    }

    /// Sets `related_type`.
    #[must_use]
    pub fn with_related_type(mut self, value: String) -> Self {
        self.related_type = value;
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: String) -> Self {
        self.currency = value;
        self
    }

    /// Sets `onetime`.
    #[must_use]
    pub fn with_onetime(mut self, value: f64) -> Self {
        self.onetime = Some(value);
        self
    }

    /// Sets `monthly`.
    #[must_use]
    pub fn with_monthly(mut self, value: f64) -> Self {
        self.monthly = Some(value);
        self
    }

    /// Sets `quarterly`.
    #[must_use]
    pub fn with_quarterly(mut self, value: f64) -> Self {
        self.quarterly = Some(value);
        self
    }

    /// Sets `semiannually`.
    #[must_use]
    pub fn with_semiannually(mut self, value: f64) -> Self {
        self.semiannually = Some(value);
        self
    }

    /// Sets `annually`.
    #[must_use]
    pub fn with_annually(mut self, value: f64) -> Self {
        self.annually = Some(value);
        self
    }

    /// Sets `biennially`.
    #[must_use]
    pub fn with_biennially(mut self, value: f64) -> Self {
        self.biennially = Some(value);
        self
    }

    /// Sets `triennially`.
    #[must_use]
    pub fn with_triennially(mut self, value: f64) -> Self {
        self.triennially = Some(value);
        self
    }

    /// Sets `setup_onetime`.
    #[must_use]
    pub fn with_setup_onetime(mut self, value: f64) -> Self {
        self.setup_onetime = Some(value);
        self
    }

    /// Sets `setup_monthly`.
    #[must_use]
    pub fn with_setup_monthly(mut self, value: f64) -> Self {
        self.setup_monthly = Some(value);
        self
    }

    /// Sets `setup_quarterly`.
    #[must_use]
    pub fn with_setup_quarterly(mut self, value: f64) -> Self {
        self.setup_quarterly = Some(value);
        self
    }

    /// Sets `setup_semiannually`.
    #[must_use]
    pub fn with_setup_semiannually(mut self, value: f64) -> Self {
        self.setup_semiannually = Some(value);
        self
    }

    /// Sets `setup_annually`.
    #[must_use]
    pub fn with_setup_annually(mut self, value: f64) -> Self {
        self.setup_annually = Some(value);
        self
    }

    /// Sets `setup_biennially`.
    #[must_use]
    pub fn with_setup_biennially(mut self, value: f64) -> Self {
        self.setup_biennially = Some(value);
        self
    }

    /// Sets `setup_triennially`.
    #[must_use]
    pub fn with_setup_triennially(mut self, value: f64) -> Self {
        self.setup_triennially = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for PricingRequest {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "related_id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "related_type")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "currency")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "onetime")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "monthly")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "quarterly")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "semiannually")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "annually")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "biennially")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "triennially")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "setup_onetime")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "setup_monthly")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "setup_quarterly")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "setup_semiannually")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "setup_annually")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "setup_biennially")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "setup_triennially")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            related_id: crate::decode::required(v0, "related_id")?,
            related_type: crate::decode::required(v1, "related_type")?,
            currency: crate::decode::required(v2, "currency")?,
            onetime: crate::decode::optional(v3),
            monthly: crate::decode::optional(v4),
            quarterly: crate::decode::optional(v5),
            semiannually: crate::decode::optional(v6),
            annually: crate::decode::optional(v7),
            biennially: crate::decode::optional(v8),
            triennially: crate::decode::optional(v9),
            setup_onetime: crate::decode::optional(v10),
            setup_monthly: crate::decode::optional(v11),
            setup_quarterly: crate::decode::optional(v12),
            setup_semiannually: crate::decode::optional(v13),
            setup_annually: crate::decode::optional(v14),
            setup_biennially: crate::decode::optional(v15),
            setup_triennially: crate::decode::optional(v16),
        })
    }
}

/// Product
///
/// A product of the store. `pricing`, `group` and `metadata` are present when asked for with `pricing=1` or `include=`; the timestamps are inferred from the Eloquent model.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopProduct {
    /// Product ID.
    pub id: i64,
    /// Name.
    pub name: String,
    pub status: ProductStatus,
    /// Description (may contain HTML).
    pub description: Option<String>,
    /// Position in listings.
    pub sort_order: Option<i64>,
    /// ID of the product's group.
    pub group_id: i64,
    /// Units in stock.
    pub stock: Option<i64>,
    /// Provisioning type (the extension that delivers it), e.g. `pterodactyl`, `proxmox` or `none`.
    pub type_: String,
    /// Whether the product is pinned.
    pub pinned: Option<bool>,
    /// Path of the product image on the instance's storage.
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
}

impl ShopProduct {
    /// A new `ShopProduct` from its required fields; the others are unset or at their default.
    pub fn new(
        id: i64,
        name: String,
        status: ProductStatus,
        group_id: i64,
        type_: String,
    ) -> Self {
        Self {
            id,
            name,
            status,
            description: None,
            sort_order: None,
            group_id,
            stock: None,
            type_,
            pinned: None,
            image: None,
            pricing: None,
            group: None,
            metadata: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: ProductStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: String) -> Self {
        self.description = Some(value);
        self
    }

    /// Sets `sort_order`.
    #[must_use]
    pub fn with_sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }

    /// Sets `group_id`.
    #[must_use]
    pub fn with_group_id(mut self, value: i64) -> Self {
        self.group_id = value;
        self
    }

    /// Sets `stock`.
    #[must_use]
    pub fn with_stock(mut self, value: i64) -> Self {
        self.stock = Some(value);
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: String) -> Self {
        self.type_ = value;
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: bool) -> Self {
        self.pinned = Some(value);
        self
    }

    /// Sets `image`.
    #[must_use]
    pub fn with_image(mut self, value: String) -> Self {
        self.image = Some(value);
        self
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(mut self, value: Vec<ShopPricing>) -> Self {
        self.pricing = Some(value);
        self
    }

    /// Sets `group`.
    #[must_use]
    pub fn with_group(mut self, value: ShopGroup) -> Self {
        self.group = Some(value);
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn with_metadata(mut self, value: Vec<Metadata>) -> Self {
        self.metadata = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.updated_at = Some(value);
        self
    }
}

impl serde::Serialize for ShopProduct {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.sort_order {
            map.serialize_entry("sort_order", value)?;
        }
        map.serialize_entry("group_id", &self.group_id)?;
        if let Some(value) = &self.stock {
            map.serialize_entry("stock", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
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
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ShopProduct {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ShopProduct {
    const NAME: &'static str = "ShopProduct";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "status",
        "description",
        "sort_order",
        "group_id",
        "stock",
        "type",
        "pinned",
        "image",
        "pricing",
        "group",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "name")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "status")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "description")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "sort_order")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "group_id")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "stock")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "type")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "pinned")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "image")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "pricing")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "group")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "metadata")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "created_at")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "updated_at")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            name: crate::decode::required(v1, "name")?,
            status: crate::decode::required(v2, "status")?,
            description: crate::decode::optional(v3),
            sort_order: crate::decode::optional(v4),
            group_id: crate::decode::required(v5, "group_id")?,
            stock: crate::decode::optional(v6),
            type_: crate::decode::required(v7, "type")?,
            pinned: crate::decode::optional(v8),
            image: crate::decode::optional(v9),
            pricing: crate::decode::optional(v10),
            group: crate::decode::optional(v11),
            metadata: crate::decode::optional(v12),
            created_at: crate::decode::optional(v13),
            updated_at: crate::decode::optional(v14),
        })
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
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = Some(value);
        self
    }

    /// Sets `setup`.
    #[must_use]
    pub fn with_setup(mut self, value: f64) -> Self {
        self.setup = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ProductPriceInput {
    const NAME: &'static str = "ProductPriceInput";
    const FIELDS: &'static [&'static str] = &["price", "setup"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "price")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "setup")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            price: crate::decode::optional(v0),
            setup: crate::decode::optional(v1),
        })
    }
}

/// Product request
///
/// Product to create, or its new values. The published document also lists an `image` file field; a file cannot travel in a JSON body, so it is left out here.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShopProductRequest {
    /// Name.
    pub name: String,
    /// Description (required by the server's validation although the published schema marks it optional).
    pub description: String,
    pub status: ProductStatus,
    /// ID of an existing group.
    pub group_id: i64,
    /// Units in stock.
    pub stock: i64,
    /// Provisioning type: `none` or the key of an installed product type extension.
    pub type_: String,
    /// Pin the product.
    pub pinned: Option<bool>,
    /// Prices keyed by billing period (`onetime`, `monthly`, `quarterly`, `semiannually`, `annually`, `biennially`, `triennially`). The published document types this as an array of pricings; the CLIENTXCMS source reads a map of `{price, setup}` per period. Some releases ignore it on API requests: set prices with the pricing endpoints (`related_type` = `product`) to be sure.
    pub pricing: Option<std::collections::BTreeMap<String, ProductPriceInput>>,
    pub remove_image: Option<BooleanString>,
}

impl ShopProductRequest {
    /// A new `ShopProductRequest` from its required fields; the others are unset or at their default.
    pub fn new(
        name: String,
        description: String,
        status: ProductStatus,
        group_id: i64,
        stock: i64,
        type_: String,
    ) -> Self {
        Self {
            name,
            description,
            status,
            group_id,
            stock,
            type_,
            pinned: None,
            pricing: None,
            remove_image: None,
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: String) -> Self {
        self.description = value;
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: ProductStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `group_id`.
    #[must_use]
    pub fn with_group_id(mut self, value: i64) -> Self {
        self.group_id = value;
        self
    }

    /// Sets `stock`.
    #[must_use]
    pub fn with_stock(mut self, value: i64) -> Self {
        self.stock = value;
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: String) -> Self {
        self.type_ = value;
        self
    }

    /// Sets `pinned`.
    #[must_use]
    pub fn with_pinned(mut self, value: bool) -> Self {
        self.pinned = Some(value);
        self
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(
        mut self,
        value: std::collections::BTreeMap<String, ProductPriceInput>,
    ) -> Self {
        self.pricing = Some(value);
        self
    }

    /// Sets `remove_image`.
    #[must_use]
    pub fn with_remove_image(mut self, value: BooleanString) -> Self {
        self.remove_image = Some(value);
        self
    }
}

impl serde::Serialize for ShopProductRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("group_id", &self.group_id)?;
        map.serialize_entry("stock", &self.stock)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.pinned {
            map.serialize_entry("pinned", value)?;
        }
        if let Some(value) = &self.pricing {
            map.serialize_entry("pricing", value)?;
        }
        if let Some(value) = &self.remove_image {
            map.serialize_entry("remove_image", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ShopProductRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ShopProductRequest {
    const NAME: &'static str = "ShopProductRequest";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "status",
        "group_id",
        "stock",
        "type",
        "pinned",
        "pricing",
        "remove_image",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "name")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "description")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "status")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "group_id")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "stock")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "type")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "pinned")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "pricing")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "remove_image")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            name: crate::decode::required(v0, "name")?,
            description: crate::decode::required(v1, "description")?,
            status: crate::decode::required(v2, "status")?,
            group_id: crate::decode::required(v3, "group_id")?,
            stock: crate::decode::required(v4, "stock")?,
            type_: crate::decode::required(v5, "type")?,
            pinned: crate::decode::optional(v6),
            pricing: crate::decode::optional(v7),
            remove_image: crate::decode::optional(v8),
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
    pub fn new(key: String) -> Self {
        Self { id: None, key, value: None }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }

    /// Sets `key`.
    #[must_use]
    pub fn with_key(mut self, value: String) -> Self {
        self.key = value;
        self
    }

    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: String) -> Self {
        self.value = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for Metadata {
    const NAME: &'static str = "Metadata";
    const FIELDS: &'static [&'static str] = &["id", "key", "value"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "key")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "value")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::optional(v0),
            key: crate::decode::required(v1, "key")?,
            value: crate::decode::optional(v2),
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

/// Service
///
/// A service (a delivered product) of a customer. `id` and the timestamps are not in the published schema and are inferred from the Eloquent model.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProvisioningService {
    /// Service ID.
    pub id: i64,
    /// Service UUID; most endpoints accept it in place of the ID.
    pub uuid: Option<String>,
    /// Owner's customer ID.
    pub customer_id: i64,
    /// Name.
    pub name: String,
    /// Provisioning type, e.g. `proxmox` or `pterodactyl`.
    pub type_: String,
    /// Billing period, e.g. `monthly`.
    pub billing: Option<String>,
    /// ID of the provisioning server.
    pub server_id: Option<i64>,
    /// ID of the product it was ordered from.
    pub product_id: Option<i64>,
    /// ID of the renewal invoice waiting for payment.
    pub invoice_id: Option<i64>,
    pub status: ServiceStatus,
    /// Expiry time.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Suspension time.
    pub suspended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Cancellation time.
    pub cancelled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Cancellation reason.
    pub cancelled_reason: Option<String>,
    /// Staff notes.
    pub notes: Option<String>,
    /// Errors of the last delivery attempt.
    pub delivery_errors: Option<String>,
    /// Delivery attempts so far.
    pub delivery_attempts: Option<i64>,
    /// Renewals so far.
    pub renewals: Option<i64>,
    /// End of the trial period.
    pub trial_ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Renewals allowed; null for unlimited.
    pub max_renewals: Option<i64>,
    /// Data of the provisioning extension (free-form).
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Currency of the service's price.
    pub currency: Option<String>,
    /// Suspension reason.
    pub suspend_reason: Option<String>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ProvisioningService {
    /// A new `ProvisioningService` from its required fields; the others are unset or at their default.
    pub fn new(
        id: i64,
        customer_id: i64,
        name: String,
        type_: String,
        status: ServiceStatus,
    ) -> Self {
        Self {
            id,
            uuid: None,
            customer_id,
            name,
            type_,
            billing: None,
            server_id: None,
            product_id: None,
            invoice_id: None,
            status,
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
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `uuid`.
    #[must_use]
    pub fn with_uuid(mut self, value: String) -> Self {
        self.uuid = Some(value);
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: i64) -> Self {
        self.customer_id = value;
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

    /// Sets `billing`.
    #[must_use]
    pub fn with_billing(mut self, value: String) -> Self {
        self.billing = Some(value);
        self
    }

    /// Sets `server_id`.
    #[must_use]
    pub fn with_server_id(mut self, value: i64) -> Self {
        self.server_id = Some(value);
        self
    }

    /// Sets `product_id`.
    #[must_use]
    pub fn with_product_id(mut self, value: i64) -> Self {
        self.product_id = Some(value);
        self
    }

    /// Sets `invoice_id`.
    #[must_use]
    pub fn with_invoice_id(mut self, value: i64) -> Self {
        self.invoice_id = Some(value);
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: ServiceStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `expires_at`.
    #[must_use]
    pub fn with_expires_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.expires_at = Some(value);
        self
    }

    /// Sets `suspended_at`.
    #[must_use]
    pub fn with_suspended_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.suspended_at = Some(value);
        self
    }

    /// Sets `cancelled_at`.
    #[must_use]
    pub fn with_cancelled_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.cancelled_at = Some(value);
        self
    }

    /// Sets `cancelled_reason`.
    #[must_use]
    pub fn with_cancelled_reason(mut self, value: String) -> Self {
        self.cancelled_reason = Some(value);
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: String) -> Self {
        self.notes = Some(value);
        self
    }

    /// Sets `delivery_errors`.
    #[must_use]
    pub fn with_delivery_errors(mut self, value: String) -> Self {
        self.delivery_errors = Some(value);
        self
    }

    /// Sets `delivery_attempts`.
    #[must_use]
    pub fn with_delivery_attempts(mut self, value: i64) -> Self {
        self.delivery_attempts = Some(value);
        self
    }

    /// Sets `renewals`.
    #[must_use]
    pub fn with_renewals(mut self, value: i64) -> Self {
        self.renewals = Some(value);
        self
    }

    /// Sets `trial_ends_at`.
    #[must_use]
    pub fn with_trial_ends_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.trial_ends_at = Some(value);
        self
    }

    /// Sets `max_renewals`.
    #[must_use]
    pub fn with_max_renewals(mut self, value: i64) -> Self {
        self.max_renewals = Some(value);
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.data = Some(value);
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: String) -> Self {
        self.currency = Some(value);
        self
    }

    /// Sets `suspend_reason`.
    #[must_use]
    pub fn with_suspend_reason(mut self, value: String) -> Self {
        self.suspend_reason = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.updated_at = Some(value);
        self
    }
}

impl serde::Serialize for ProvisioningService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.uuid {
            map.serialize_entry("uuid", value)?;
        }
        map.serialize_entry("customer_id", &self.customer_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("type", &self.type_)?;
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
        map.serialize_entry("status", &self.status)?;
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
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ProvisioningService {
    const NAME: &'static str = "ProvisioningService";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uuid",
        "customer_id",
        "name",
        "type",
        "billing",
        "server_id",
        "product_id",
        "invoice_id",
        "status",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "uuid")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "customer_id")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "name")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "type")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "billing")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "server_id")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "product_id")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "invoice_id")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "status")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "expires_at")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "suspended_at")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "cancelled_at")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "cancelled_reason")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "notes")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "delivery_errors")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "delivery_attempts")?
                }
                crate::decode::Key::Field(17) => {
                    crate::decode::value(&mut map, &mut v17, "renewals")?
                }
                crate::decode::Key::Field(18) => {
                    crate::decode::value(&mut map, &mut v18, "trial_ends_at")?
                }
                crate::decode::Key::Field(19) => {
                    crate::decode::value(&mut map, &mut v19, "max_renewals")?
                }
                crate::decode::Key::Field(20) => {
                    crate::decode::value(&mut map, &mut v20, "data")?
                }
                crate::decode::Key::Field(21) => {
                    crate::decode::value(&mut map, &mut v21, "currency")?
                }
                crate::decode::Key::Field(22) => {
                    crate::decode::value(&mut map, &mut v22, "suspend_reason")?
                }
                crate::decode::Key::Field(23) => {
                    crate::decode::value(&mut map, &mut v23, "created_at")?
                }
                crate::decode::Key::Field(24) => {
                    crate::decode::value(&mut map, &mut v24, "updated_at")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            uuid: crate::decode::optional(v1),
            customer_id: crate::decode::required(v2, "customer_id")?,
            name: crate::decode::required(v3, "name")?,
            type_: crate::decode::required(v4, "type")?,
            billing: crate::decode::optional(v5),
            server_id: crate::decode::optional(v6),
            product_id: crate::decode::optional(v7),
            invoice_id: crate::decode::optional(v8),
            status: crate::decode::required(v9, "status")?,
            expires_at: crate::decode::optional(v10),
            suspended_at: crate::decode::optional(v11),
            cancelled_at: crate::decode::optional(v12),
            cancelled_reason: crate::decode::optional(v13),
            notes: crate::decode::optional(v14),
            delivery_errors: crate::decode::optional(v15),
            delivery_attempts: crate::decode::optional(v16),
            renewals: crate::decode::optional(v17),
            trial_ends_at: crate::decode::optional(v18),
            max_renewals: crate::decode::optional(v19),
            data: crate::decode::optional(v20),
            currency: crate::decode::optional(v21),
            suspend_reason: crate::decode::optional(v22),
            created_at: crate::decode::optional(v23),
            updated_at: crate::decode::optional(v24),
        })
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
    pub fn with_force(mut self, value: bool) -> Self {
        self.force = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ExpireServiceRequest {
    const NAME: &'static str = "ExpireServiceRequest";
    const FIELDS: &'static [&'static str] = &["force"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "force")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            force: crate::decode::optional(v0),
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
    pub fn with_reason(mut self, value: String) -> Self {
        self.reason = Some(value);
        self
    }

    /// Sets `notify`.
    #[must_use]
    pub fn with_notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for SuspendServiceRequest {
    const NAME: &'static str = "SuspendServiceRequest";
    const FIELDS: &'static [&'static str] = &["reason", "notify"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "reason")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "notify")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            reason: crate::decode::optional(v0),
            notify: crate::decode::optional(v1),
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
    pub fn new(success: bool, message: String) -> Self {
        Self {
            success,
            message,
            created_at: None,
            data: None,
            service: None,
        }
    }

    /// Sets `success`.
    #[must_use]
    pub fn with_success(mut self, value: bool) -> Self {
        self.success = value;
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: String) -> Self {
        self.message = value;
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.data = Some(value);
        self
    }

    /// Sets `service`.
    #[must_use]
    pub fn with_service(mut self, value: ProvisioningService) -> Self {
        self.service = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ServiceStateChange {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "success")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "message")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "created_at")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "data")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "service")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            success: crate::decode::required(v0, "success")?,
            message: crate::decode::required(v1, "message")?,
            created_at: crate::decode::optional(v2),
            data: crate::decode::optional(v3),
            service: crate::decode::optional(v4),
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
    pub fn new(data: ProvisioningService, result: ServiceStateChange) -> Self {
        Self { data, result }
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(mut self, value: ProvisioningService) -> Self {
        self.data = value;
        self
    }

    /// Sets `result`.
    #[must_use]
    pub fn with_result(mut self, value: ServiceStateChange) -> Self {
        self.result = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ServiceStateChangeResponse {
    const NAME: &'static str = "ServiceStateChangeResponse";
    const FIELDS: &'static [&'static str] = &["data", "result"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "data")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "result")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            data: crate::decode::required(v0, "data")?,
            result: crate::decode::required(v1, "result")?,
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

/// Invoice
///
/// A billing invoice issued to a customer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Invoice {
    /// Invoice ID.
    pub id: i64,
    /// Invoice UUID; the invoice endpoints accept it in place of the ID.
    pub uuid: Option<String>,
    /// Customer ID.
    pub customer_id: i64,
    /// Billing address copied onto the invoice (a JSON object; `json` in the published schema).
    pub billing_address: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Due date.
    pub due_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Total including taxes.
    pub total: f64,
    /// Total excluding taxes.
    pub subtotal: Option<f64>,
    /// Tax amount.
    pub tax: Option<f64>,
    /// Setup fees.
    pub setupfees: Option<f64>,
    /// Currency (ISO 4217).
    pub currency: String,
    pub status: InvoiceStatus,
    /// ID at the payment gateway.
    pub external_id: Option<String>,
    /// Notes.
    pub notes: Option<String>,
    /// UUID of the payment gateway, e.g. `stripe`, or `none`.
    pub paymethod: Option<String>,
    /// Gateway fees.
    pub fees: Option<f64>,
    /// Invoice number, e.g. `CTX-2024-05-0001`.
    pub invoice_number: Option<String>,
    /// Payment time.
    pub paid_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Saved payment method used.
    pub payment_method_id: Option<String>,
    /// Part paid from the customer's credit balance.
    pub balance: Option<f64>,
    /// Creation time.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Lines; present with `include=items`.
    pub items: Option<Vec<InvoiceItem>>,
    pub customer: Option<Customer>,
}

impl Invoice {
    /// A new `Invoice` from its required fields; the others are unset or at their default.
    pub fn new(
        id: i64,
        customer_id: i64,
        total: f64,
        currency: String,
        status: InvoiceStatus,
    ) -> Self {
        Self {
            id,
            uuid: None,
            customer_id,
            billing_address: None,
            due_date: None,
            total,
            subtotal: None,
            tax: None,
            setupfees: None,
            currency,
            status,
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
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `uuid`.
    #[must_use]
    pub fn with_uuid(mut self, value: String) -> Self {
        self.uuid = Some(value);
        self
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: i64) -> Self {
        self.customer_id = value;
        self
    }

    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.billing_address = Some(value);
        self
    }

    /// Sets `due_date`.
    #[must_use]
    pub fn with_due_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.due_date = Some(value);
        self
    }

    /// Sets `total`.
    #[must_use]
    pub fn with_total(mut self, value: f64) -> Self {
        self.total = value;
        self
    }

    /// Sets `subtotal`.
    #[must_use]
    pub fn with_subtotal(mut self, value: f64) -> Self {
        self.subtotal = Some(value);
        self
    }

    /// Sets `tax`.
    #[must_use]
    pub fn with_tax(mut self, value: f64) -> Self {
        self.tax = Some(value);
        self
    }

    /// Sets `setupfees`.
    #[must_use]
    pub fn with_setupfees(mut self, value: f64) -> Self {
        self.setupfees = Some(value);
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: String) -> Self {
        self.currency = value;
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: InvoiceStatus) -> Self {
        self.status = value;
        self
    }

    /// Sets `external_id`.
    #[must_use]
    pub fn with_external_id(mut self, value: String) -> Self {
        self.external_id = Some(value);
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: String) -> Self {
        self.notes = Some(value);
        self
    }

    /// Sets `paymethod`.
    #[must_use]
    pub fn with_paymethod(mut self, value: String) -> Self {
        self.paymethod = Some(value);
        self
    }

    /// Sets `fees`.
    #[must_use]
    pub fn with_fees(mut self, value: f64) -> Self {
        self.fees = Some(value);
        self
    }

    /// Sets `invoice_number`.
    #[must_use]
    pub fn with_invoice_number(mut self, value: String) -> Self {
        self.invoice_number = Some(value);
        self
    }

    /// Sets `paid_at`.
    #[must_use]
    pub fn with_paid_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.paid_at = Some(value);
        self
    }

    /// Sets `payment_method_id`.
    #[must_use]
    pub fn with_payment_method_id(mut self, value: String) -> Self {
        self.payment_method_id = Some(value);
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: f64) -> Self {
        self.balance = Some(value);
        self
    }

    /// Sets `created_at`.
    #[must_use]
    pub fn with_created_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Sets `updated_at`.
    #[must_use]
    pub fn with_updated_at(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.updated_at = Some(value);
        self
    }

    /// Sets `items`.
    #[must_use]
    pub fn with_items(mut self, value: Vec<InvoiceItem>) -> Self {
        self.items = Some(value);
        self
    }

    /// Sets `customer`.
    #[must_use]
    pub fn with_customer(mut self, value: Customer) -> Self {
        self.customer = Some(value);
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
        map.serialize_entry("status", &self.status)?;
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
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Invoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for Invoice {
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
        "status",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "uuid")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "customer_id")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "billing_address")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "due_date")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "total")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "subtotal")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "tax")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "setupfees")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "currency")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "status")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "external_id")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "notes")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "paymethod")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "fees")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "invoice_number")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "paid_at")?
                }
                crate::decode::Key::Field(17) => {
                    crate::decode::value(&mut map, &mut v17, "payment_method_id")?
                }
                crate::decode::Key::Field(18) => {
                    crate::decode::value(&mut map, &mut v18, "balance")?
                }
                crate::decode::Key::Field(19) => {
                    crate::decode::value(&mut map, &mut v19, "created_at")?
                }
                crate::decode::Key::Field(20) => {
                    crate::decode::value(&mut map, &mut v20, "updated_at")?
                }
                crate::decode::Key::Field(21) => {
                    crate::decode::value(&mut map, &mut v21, "items")?
                }
                crate::decode::Key::Field(22) => {
                    crate::decode::value(&mut map, &mut v22, "customer")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            uuid: crate::decode::optional(v1),
            customer_id: crate::decode::required(v2, "customer_id")?,
            billing_address: crate::decode::optional(v3),
            due_date: crate::decode::optional(v4),
            total: crate::decode::required(v5, "total")?,
            subtotal: crate::decode::optional(v6),
            tax: crate::decode::optional(v7),
            setupfees: crate::decode::optional(v8),
            currency: crate::decode::required(v9, "currency")?,
            status: crate::decode::required(v10, "status")?,
            external_id: crate::decode::optional(v11),
            notes: crate::decode::optional(v12),
            paymethod: crate::decode::optional(v13),
            fees: crate::decode::optional(v14),
            invoice_number: crate::decode::optional(v15),
            paid_at: crate::decode::optional(v16),
            payment_method_id: crate::decode::optional(v17),
            balance: crate::decode::optional(v18),
            created_at: crate::decode::optional(v19),
            updated_at: crate::decode::optional(v20),
            items: crate::decode::optional(v21),
            customer: crate::decode::optional(v22),
        })
    }
}

/// Invoice item
///
/// A product, service or custom line of an invoice.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvoiceItem {
    /// Line ID.
    pub id: i64,
    /// Invoice ID.
    pub invoice_id: i64,
    /// Label.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Quantity.
    pub quantity: i64,
    /// Unit price excluding taxes (HT, hors taxes).
    pub unit_price_ht: f64,
    /// Unit setup fee excluding taxes.
    pub unit_setup_ht: Option<f64>,
    /// Unit price including taxes (TTC, toutes taxes comprises).
    pub unit_price_ttc: Option<f64>,
    /// Unit setup fee including taxes.
    pub unit_setup_ttc: Option<f64>,
    /// Kind of line, e.g. `service`, `product` or `custom_item`.
    pub type_: Option<String>,
    /// ID of the related service, product or custom item.
    pub related_id: Option<i64>,
    /// Delivery time, as stored (format not published, so a plain string).
    pub delivered_at: Option<String>,
    /// Cancellation time, as stored (format not published, so a plain string).
    pub cancelled_at: Option<String>,
    /// Refund time, as stored (format not published, so a plain string).
    pub refunded_at: Option<String>,
    /// Custom data of the line.
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Discount applied to the line.
    pub discount: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Parent line ID.
    pub parent_id: Option<i64>,
}

impl InvoiceItem {
    /// A new `InvoiceItem` from its required fields; the others are unset or at their default.
    pub fn new(
        id: i64,
        invoice_id: i64,
        name: String,
        quantity: i64,
        unit_price_ht: f64,
    ) -> Self {
        Self {
            id,
            invoice_id,
            name,
            description: None,
            quantity,
            unit_price_ht,
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
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = value;
        self
    }

    /// Sets `invoice_id`.
    #[must_use]
    pub fn with_invoice_id(mut self, value: i64) -> Self {
        self.invoice_id = value;
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, value: String) -> Self {
        self.name = value;
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, value: String) -> Self {
        self.description = Some(value);
        self
    }

    /// Sets `quantity`.
    #[must_use]
    pub fn with_quantity(mut self, value: i64) -> Self {
        self.quantity = value;
        self
    }

    /// Sets `unit_price_ht`.
    #[must_use]
    pub fn with_unit_price_ht(mut self, value: f64) -> Self {
        self.unit_price_ht = value;
        self
    }

    /// Sets `unit_setup_ht`.
    #[must_use]
    pub fn with_unit_setup_ht(mut self, value: f64) -> Self {
        self.unit_setup_ht = Some(value);
        self
    }

    /// Sets `unit_price_ttc`.
    #[must_use]
    pub fn with_unit_price_ttc(mut self, value: f64) -> Self {
        self.unit_price_ttc = Some(value);
        self
    }

    /// Sets `unit_setup_ttc`.
    #[must_use]
    pub fn with_unit_setup_ttc(mut self, value: f64) -> Self {
        self.unit_setup_ttc = Some(value);
        self
    }

    /// Sets `type_`.
    #[must_use]
    pub fn with_type(mut self, value: String) -> Self {
        self.type_ = Some(value);
        self
    }

    /// Sets `related_id`.
    #[must_use]
    pub fn with_related_id(mut self, value: i64) -> Self {
        self.related_id = Some(value);
        self
    }

    /// Sets `delivered_at`.
    #[must_use]
    pub fn with_delivered_at(mut self, value: String) -> Self {
        self.delivered_at = Some(value);
        self
    }

    /// Sets `cancelled_at`.
    #[must_use]
    pub fn with_cancelled_at(mut self, value: String) -> Self {
        self.cancelled_at = Some(value);
        self
    }

    /// Sets `refunded_at`.
    #[must_use]
    pub fn with_refunded_at(mut self, value: String) -> Self {
        self.refunded_at = Some(value);
        self
    }

    /// Sets `data`.
    #[must_use]
    pub fn with_data(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.data = Some(value);
        self
    }

    /// Sets `discount`.
    #[must_use]
    pub fn with_discount(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.discount = Some(value);
        self
    }

    /// Sets `parent_id`.
    #[must_use]
    pub fn with_parent_id(mut self, value: i64) -> Self {
        self.parent_id = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for InvoiceItem {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "invoice_id")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "name")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "description")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "quantity")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "unit_price_ht")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "unit_setup_ht")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "unit_price_ttc")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "unit_setup_ttc")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "type")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "related_id")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "delivered_at")?
                }
                crate::decode::Key::Field(12) => {
                    crate::decode::value(&mut map, &mut v12, "cancelled_at")?
                }
                crate::decode::Key::Field(13) => {
                    crate::decode::value(&mut map, &mut v13, "refunded_at")?
                }
                crate::decode::Key::Field(14) => {
                    crate::decode::value(&mut map, &mut v14, "data")?
                }
                crate::decode::Key::Field(15) => {
                    crate::decode::value(&mut map, &mut v15, "discount")?
                }
                crate::decode::Key::Field(16) => {
                    crate::decode::value(&mut map, &mut v16, "parent_id")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::decode::required(v0, "id")?,
            invoice_id: crate::decode::required(v1, "invoice_id")?,
            name: crate::decode::required(v2, "name")?,
            description: crate::decode::optional(v3),
            quantity: crate::decode::required(v4, "quantity")?,
            unit_price_ht: crate::decode::required(v5, "unit_price_ht")?,
            unit_setup_ht: crate::decode::optional(v6),
            unit_price_ttc: crate::decode::optional(v7),
            unit_setup_ttc: crate::decode::optional(v8),
            type_: crate::decode::optional(v9),
            related_id: crate::decode::optional(v10),
            delivered_at: crate::decode::optional(v11),
            cancelled_at: crate::decode::optional(v12),
            refunded_at: crate::decode::optional(v13),
            data: crate::decode::optional(v14),
            discount: crate::decode::optional(v15),
            parent_id: crate::decode::optional(v16),
        })
    }
}

/// New (draft) invoice for a customer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoreInvoiceRequest {
    /// Customer ID.
    pub customer_id: i64,
    /// Currency (ISO 4217).
    pub currency: String,
}

impl StoreInvoiceRequest {
    /// A new `StoreInvoiceRequest` from its required fields; the others are unset or at their default.
    pub fn new(customer_id: i64, currency: String) -> Self {
        Self { customer_id, currency }
    }

    /// Sets `customer_id`.
    #[must_use]
    pub fn with_customer_id(mut self, value: i64) -> Self {
        self.customer_id = value;
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: String) -> Self {
        self.currency = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for StoreInvoiceRequest {
    const NAME: &'static str = "StoreInvoiceRequest";
    const FIELDS: &'static [&'static str] = &["customer_id", "currency"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "customer_id")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "currency")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            customer_id: crate::decode::required(v0, "customer_id")?,
            currency: crate::decode::required(v1, "currency")?,
        })
    }
}

/// Fields to change. The published `status` values were `draft`, `sent`, `paid`, `cancelled`; this document uses the statuses of the Invoice model instead (`sent` does not exist there).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceRequest {
    pub status: Option<InvoiceStatus>,
    /// Notes.
    pub notes: Option<String>,
    /// UUID of the payment gateway.
    pub paymethod: Option<String>,
    /// Gateway fees.
    pub fees: Option<f64>,
    /// Tax amount.
    pub tax: Option<f64>,
    /// Currency (ISO 4217).
    pub currency: Option<String>,
    /// Due date.
    pub due_date: Option<chrono::NaiveDate>,
    /// Payment date.
    pub paid_at: Option<chrono::NaiveDate>,
    /// Part paid from the credit balance.
    pub balance: Option<f64>,
    /// Saved payment method ID.
    pub payment_method_id: Option<i64>,
    /// Billing address lines.
    pub billing_address: Option<Vec<String>>,
    /// ID at the payment gateway.
    pub external_id: Option<String>,
}

impl UpdateInvoiceRequest {
    /// A new `UpdateInvoiceRequest` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            status: None,
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
        }
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: InvoiceStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `notes`.
    #[must_use]
    pub fn with_notes(mut self, value: String) -> Self {
        self.notes = Some(value);
        self
    }

    /// Sets `paymethod`.
    #[must_use]
    pub fn with_paymethod(mut self, value: String) -> Self {
        self.paymethod = Some(value);
        self
    }

    /// Sets `fees`.
    #[must_use]
    pub fn with_fees(mut self, value: f64) -> Self {
        self.fees = Some(value);
        self
    }

    /// Sets `tax`.
    #[must_use]
    pub fn with_tax(mut self, value: f64) -> Self {
        self.tax = Some(value);
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn with_currency(mut self, value: String) -> Self {
        self.currency = Some(value);
        self
    }

    /// Sets `due_date`.
    #[must_use]
    pub fn with_due_date(mut self, value: chrono::NaiveDate) -> Self {
        self.due_date = Some(value);
        self
    }

    /// Sets `paid_at`.
    #[must_use]
    pub fn with_paid_at(mut self, value: chrono::NaiveDate) -> Self {
        self.paid_at = Some(value);
        self
    }

    /// Sets `balance`.
    #[must_use]
    pub fn with_balance(mut self, value: f64) -> Self {
        self.balance = Some(value);
        self
    }

    /// Sets `payment_method_id`.
    #[must_use]
    pub fn with_payment_method_id(mut self, value: i64) -> Self {
        self.payment_method_id = Some(value);
        self
    }

    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(mut self, value: Vec<String>) -> Self {
        self.billing_address = Some(value);
        self
    }

    /// Sets `external_id`.
    #[must_use]
    pub fn with_external_id(mut self, value: String) -> Self {
        self.external_id = Some(value);
        self
    }
}

impl serde::Serialize for UpdateInvoiceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
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
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateInvoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for UpdateInvoiceRequest {
    const NAME: &'static str = "UpdateInvoiceRequest";
    const FIELDS: &'static [&'static str] = &[
        "status",
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "status")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "notes")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "paymethod")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "fees")?
                }
                crate::decode::Key::Field(4) => {
                    crate::decode::value(&mut map, &mut v4, "tax")?
                }
                crate::decode::Key::Field(5) => {
                    crate::decode::value(&mut map, &mut v5, "currency")?
                }
                crate::decode::Key::Field(6) => {
                    crate::decode::value(&mut map, &mut v6, "due_date")?
                }
                crate::decode::Key::Field(7) => {
                    crate::decode::value(&mut map, &mut v7, "paid_at")?
                }
                crate::decode::Key::Field(8) => {
                    crate::decode::value(&mut map, &mut v8, "balance")?
                }
                crate::decode::Key::Field(9) => {
                    crate::decode::value(&mut map, &mut v9, "payment_method_id")?
                }
                crate::decode::Key::Field(10) => {
                    crate::decode::value(&mut map, &mut v10, "billing_address")?
                }
                crate::decode::Key::Field(11) => {
                    crate::decode::value(&mut map, &mut v11, "external_id")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            status: crate::decode::optional(v0),
            notes: crate::decode::optional(v1),
            paymethod: crate::decode::optional(v2),
            fees: crate::decode::optional(v3),
            tax: crate::decode::optional(v4),
            currency: crate::decode::optional(v5),
            due_date: crate::decode::optional(v6),
            paid_at: crate::decode::optional(v7),
            balance: crate::decode::optional(v8),
            payment_method_id: crate::decode::optional(v9),
            billing_address: crate::decode::optional(v10),
            external_id: crate::decode::optional(v11),
        })
    }
}

/// Which invoices to export, and in which format.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExportInvoiceRequest {
    /// File format.
    pub format: ExportInvoiceRequestFormat,
    /// First creation date included.
    pub date_from: Option<chrono::NaiveDate>,
    /// Last creation date included.
    pub date_to: Option<chrono::NaiveDate>,
    /// Statuses to include.
    pub status: Option<Vec<ExportInvoiceRequestStatusItem>>,
}

impl ExportInvoiceRequest {
    /// A new `ExportInvoiceRequest` from its required fields; the others are unset or at their default.
    pub fn new(format: ExportInvoiceRequestFormat) -> Self {
        Self {
            format,
            date_from: None,
            date_to: None,
            status: None,
        }
    }

    /// Sets `format`.
    #[must_use]
    pub fn with_format(mut self, value: ExportInvoiceRequestFormat) -> Self {
        self.format = value;
        self
    }

    /// Sets `date_from`.
    #[must_use]
    pub fn with_date_from(mut self, value: chrono::NaiveDate) -> Self {
        self.date_from = Some(value);
        self
    }

    /// Sets `date_to`.
    #[must_use]
    pub fn with_date_to(mut self, value: chrono::NaiveDate) -> Self {
        self.date_to = Some(value);
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, value: Vec<ExportInvoiceRequestStatusItem>) -> Self {
        self.status = Some(value);
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for ExportInvoiceRequest {
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
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "format")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "date_from")?
                }
                crate::decode::Key::Field(2) => {
                    crate::decode::value(&mut map, &mut v2, "date_to")?
                }
                crate::decode::Key::Field(3) => {
                    crate::decode::value(&mut map, &mut v3, "status")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            format: crate::decode::required(v0, "format")?,
            date_from: crate::decode::optional(v1),
            date_to: crate::decode::optional(v2),
            status: crate::decode::optional(v3),
        })
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
    pub fn new(message: String, invoice: Invoice) -> Self {
        Self { message, invoice }
    }

    /// Sets `message`.
    #[must_use]
    pub fn with_message(mut self, value: String) -> Self {
        self.message = value;
        self
    }

    /// Sets `invoice`.
    #[must_use]
    pub fn with_invoice(mut self, value: Invoice) -> Self {
        self.invoice = value;
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
        crate::decode::deserialize(deserializer)
    }
}

impl crate::decode::FromMap for InvoiceActionResponse {
    const NAME: &'static str = "InvoiceActionResponse";
    const FIELDS: &'static [&'static str] = &["message", "invoice"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = crate::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::decode::Key::Field(0) => {
                    crate::decode::value(&mut map, &mut v0, "message")?
                }
                crate::decode::Key::Field(1) => {
                    crate::decode::value(&mut map, &mut v1, "invoice")?
                }
                _ => crate::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            message: crate::decode::required(v0, "message")?,
            invoice: crate::decode::required(v1, "invoice")?,
        })
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

/// File format.
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

/// Optional parameters of [`Client::get_customers`](crate::Client::get_customers).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomersParams {
    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub page: Option<i64>,
    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub per_page: Option<i64>,
    /// Only customers whose email contains this text.
    ///
    /// `filter[email]` (query parameter).
    pub filter_email: Option<String>,
    /// Only customers whose first name contains this text.
    ///
    /// `filter[firstname]` (query parameter).
    pub filter_firstname: Option<String>,
    /// Only customers whose last name contains this text.
    ///
    /// `filter[lastname]` (query parameter).
    pub filter_lastname: Option<String>,
    /// Only customers whose phone number contains this text.
    ///
    /// `filter[phone]` (query parameter).
    pub filter_phone: Option<String>,
    /// Sort field: `id`, `email`, `firstname`, `lastname`, `phone`, `created_at` or `updated_at`; prefix with `-` for descending, join several with commas.
    ///
    /// `sort` (query parameter).
    pub sort: Option<String>,
    /// Relations to embed, comma-separated: `invoices`, `metadata`, `services`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetCustomersParams {
    /// A new `GetCustomersParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            page: None,
            per_page: None,
            filter_email: None,
            filter_firstname: None,
            filter_lastname: None,
            filter_phone: None,
            sort: None,
            include: None,
        }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `filter_email`.
    #[must_use]
    pub fn with_filter_email(mut self, value: String) -> Self {
        self.filter_email = Some(value);
        self
    }

    /// Sets `filter_firstname`.
    #[must_use]
    pub fn with_filter_firstname(mut self, value: String) -> Self {
        self.filter_firstname = Some(value);
        self
    }

    /// Sets `filter_lastname`.
    #[must_use]
    pub fn with_filter_lastname(mut self, value: String) -> Self {
        self.filter_lastname = Some(value);
        self
    }

    /// Sets `filter_phone`.
    #[must_use]
    pub fn with_filter_phone(mut self, value: String) -> Self {
        self.filter_phone = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(mut self, value: String) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
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

/// Optional parameters of [`Client::delete_customer`](crate::Client::delete_customer).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteCustomerParams {
    /// Force deletion even with active services.
    ///
    /// `force` (query parameter).
    pub force: Option<bool>,
}

impl DeleteCustomerParams {
    /// A new `DeleteCustomerParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { force: None }
    }

    /// Sets `force`.
    #[must_use]
    pub fn with_force(mut self, value: bool) -> Self {
        self.force = Some(value);
        self
    }
}

/// Documented error bodies of [`Client::delete_customer`](crate::Client::delete_customer).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteCustomerError {
    /// The customer cannot be deleted (e.g. it has invoices).
    BadRequest(ErrorReason),
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// No such record.
    NotFound(ErrorMessage),
}

/// Optional parameters of [`Client::get_product_list`](crate::Client::get_product_list).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProductListParams {
    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub page: Option<i64>,
    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub per_page: Option<i64>,
    /// `1` asks for each product's prices (`pricing`) in the answer: the CLIENTXCMS documentation's tip `?pricing=1`. Releases that do not read it still embed the prices with `include=pricing`.
    ///
    /// `pricing` (query parameter).
    pub pricing: Option<i64>,
    /// Only this product ID.
    ///
    /// `filter[id]` (query parameter).
    pub filter_id: Option<i64>,
    /// Only products whose name contains this text.
    ///
    /// `filter[name]` (query parameter).
    pub filter_name: Option<String>,
    /// Only products with this status.
    ///
    /// `filter[status]` (query parameter).
    pub filter_status: Option<ProductStatus>,
    /// Only products whose description contains this text.
    ///
    /// `filter[description]` (query parameter).
    pub filter_description: Option<String>,
    /// Only products of this group.
    ///
    /// `filter[group_id]` (query parameter).
    pub filter_group_id: Option<i64>,
    /// Only products with this stock.
    ///
    /// `filter[stock]` (query parameter).
    pub filter_stock: Option<i64>,
    /// Only products of this provisioning type.
    ///
    /// `filter[type]` (query parameter).
    pub filter_type: Option<String>,
    /// Only pinned (or unpinned) products.
    ///
    /// `filter[pinned]` (query parameter).
    pub filter_pinned: Option<bool>,
    /// Sort field: `id`, `name`, `status`, `description`, `sort_order`, `group_id`, `stock`, `type` or `pinned`; prefix with `-` for descending.
    ///
    /// `sort` (query parameter).
    pub sort: Option<String>,
    /// Relations to embed, comma-separated: `metadata`, `pricing`, `group`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetProductListParams {
    /// A new `GetProductListParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            page: None,
            per_page: None,
            pricing: None,
            filter_id: None,
            filter_name: None,
            filter_status: None,
            filter_description: None,
            filter_group_id: None,
            filter_stock: None,
            filter_type: None,
            filter_pinned: None,
            sort: None,
            include: None,
        }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(mut self, value: i64) -> Self {
        self.pricing = Some(value);
        self
    }

    /// Sets `filter_id`.
    #[must_use]
    pub fn with_filter_id(mut self, value: i64) -> Self {
        self.filter_id = Some(value);
        self
    }

    /// Sets `filter_name`.
    #[must_use]
    pub fn with_filter_name(mut self, value: String) -> Self {
        self.filter_name = Some(value);
        self
    }

    /// Sets `filter_status`.
    #[must_use]
    pub fn with_filter_status(mut self, value: ProductStatus) -> Self {
        self.filter_status = Some(value);
        self
    }

    /// Sets `filter_description`.
    #[must_use]
    pub fn with_filter_description(mut self, value: String) -> Self {
        self.filter_description = Some(value);
        self
    }

    /// Sets `filter_group_id`.
    #[must_use]
    pub fn with_filter_group_id(mut self, value: i64) -> Self {
        self.filter_group_id = Some(value);
        self
    }

    /// Sets `filter_stock`.
    #[must_use]
    pub fn with_filter_stock(mut self, value: i64) -> Self {
        self.filter_stock = Some(value);
        self
    }

    /// Sets `filter_type`.
    #[must_use]
    pub fn with_filter_type(mut self, value: String) -> Self {
        self.filter_type = Some(value);
        self
    }

    /// Sets `filter_pinned`.
    #[must_use]
    pub fn with_filter_pinned(mut self, value: bool) -> Self {
        self.filter_pinned = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(mut self, value: String) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
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

/// Optional parameters of [`Client::get_product_by_id`](crate::Client::get_product_by_id).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProductByIdParams {
    /// `1` asks for each product's prices (`pricing`) in the answer: the CLIENTXCMS documentation's tip `?pricing=1`. Releases that do not read it still embed the prices with `include=pricing`.
    ///
    /// `pricing` (query parameter).
    pub pricing: Option<i64>,
    /// Relations to embed, comma-separated: `metadata`, `pricing`, `group`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetProductByIdParams {
    /// A new `GetProductByIdParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            pricing: None,
            include: None,
        }
    }

    /// Sets `pricing`.
    #[must_use]
    pub fn with_pricing(mut self, value: i64) -> Self {
        self.pricing = Some(value);
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
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
    /// No such record.
    NotFound(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Optional parameters of [`Client::get_group_list`](crate::Client::get_group_list).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupListParams {
    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub page: Option<i64>,
    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub per_page: Option<i64>,
    /// Only groups whose name contains this text.
    ///
    /// `filter[name]` (query parameter).
    pub filter_name: Option<String>,
    /// Only groups whose slug contains this text.
    ///
    /// `filter[slug]` (query parameter).
    pub filter_slug: Option<String>,
    /// Sort field, e.g. `name`; prefix with `-` for descending.
    ///
    /// `sort` (query parameter).
    pub sort: Option<String>,
    /// Relations to embed, comma-separated: `products`, `groups` (children), `metadata`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetGroupListParams {
    /// A new `GetGroupListParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            page: None,
            per_page: None,
            filter_name: None,
            filter_slug: None,
            sort: None,
            include: None,
        }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `filter_name`.
    #[must_use]
    pub fn with_filter_name(mut self, value: String) -> Self {
        self.filter_name = Some(value);
        self
    }

    /// Sets `filter_slug`.
    #[must_use]
    pub fn with_filter_slug(mut self, value: String) -> Self {
        self.filter_slug = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(mut self, value: String) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
}

/// Documented error bodies of [`Client::store_group`](crate::Client::store_group).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StoreGroupError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Optional parameters of [`Client::get_group_by_id`](crate::Client::get_group_by_id).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupByIdParams {
    /// Relations to embed, comma-separated: `products`, `groups` (children), `metadata`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetGroupByIdParams {
    /// A new `GetGroupByIdParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { include: None }
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
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
    /// Validation failed.
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
    /// No such record.
    NotFound(ErrorMessage),
}

/// Optional parameters of [`Client::get_pricings`](crate::Client::get_pricings).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPricingsParams {
    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub page: Option<i64>,
    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub per_page: Option<i64>,
    /// Only pricings of this item ID.
    ///
    /// `filter[related_id]` (query parameter).
    pub filter_related_id: Option<i64>,
    /// Only pricings of this kind of item, e.g. `product` or `config_option`.
    ///
    /// `filter[related_type]` (query parameter).
    pub filter_related_type: Option<String>,
    /// Only pricings in this currency.
    ///
    /// `filter[currency]` (query parameter).
    pub filter_currency: Option<String>,
    /// Only pricings with this monthly price.
    ///
    /// `filter[monthly]` (query parameter).
    pub filter_monthly: Option<f64>,
    /// Sort fields (`id`, `related_id`, `currency`, any amount field...); prefix with `-` for descending.
    ///
    /// `sort[]` (query parameter).
    pub sort: Option<Vec<String>>,
}

impl GetPricingsParams {
    /// A new `GetPricingsParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            page: None,
            per_page: None,
            filter_related_id: None,
            filter_related_type: None,
            filter_currency: None,
            filter_monthly: None,
            sort: None,
        }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `filter_related_id`.
    #[must_use]
    pub fn with_filter_related_id(mut self, value: i64) -> Self {
        self.filter_related_id = Some(value);
        self
    }

    /// Sets `filter_related_type`.
    #[must_use]
    pub fn with_filter_related_type(mut self, value: String) -> Self {
        self.filter_related_type = Some(value);
        self
    }

    /// Sets `filter_currency`.
    #[must_use]
    pub fn with_filter_currency(mut self, value: String) -> Self {
        self.filter_currency = Some(value);
        self
    }

    /// Sets `filter_monthly`.
    #[must_use]
    pub fn with_filter_monthly(mut self, value: f64) -> Self {
        self.filter_monthly = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(mut self, value: Vec<String>) -> Self {
        self.sort = Some(value);
        self
    }
}

/// Documented error bodies of [`Client::create_pricing`](crate::Client::create_pricing).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreatePricingError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
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
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}

/// Optional parameters of [`Client::get_all_services`](crate::Client::get_all_services).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllServicesParams {
    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub page: Option<i64>,
    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub per_page: Option<i64>,
    /// Sort field, e.g. `created_at`; prefix with `-` for descending.
    ///
    /// `sort` (query parameter).
    pub sort: Option<String>,
    /// Relations to embed, comma-separated: `customer`, `metadata`, `pricings`, `configoptions`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetAllServicesParams {
    /// A new `GetAllServicesParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            page: None,
            per_page: None,
            sort: None,
            include: None,
        }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(mut self, value: String) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
}

/// Optional parameters of [`Client::list_invoices`](crate::Client::list_invoices).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInvoicesParams {
    /// Page number, from 1 (Laravel paginator).
    ///
    /// `page` (query parameter).
    pub page: Option<i64>,
    /// Items per page. The server default differs per listing (see the operation).
    ///
    /// `per_page` (query parameter).
    pub per_page: Option<i64>,
    /// Sort field: `id`, `customer_id`, `status`, `amount`, `created_at` or `updated_at`; prefix with `-` for descending.
    ///
    /// `sort` (query parameter).
    pub sort: Option<String>,
    /// Only invoices of this customer.
    ///
    /// `filter[customer_id]` (query parameter).
    pub filter_customer_id: Option<i64>,
    /// Only invoices in this state.
    ///
    /// `filter[status]` (query parameter).
    pub filter_status: Option<InvoiceStatus>,
    /// Relations to embed, comma-separated: `customer`, `items`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl ListInvoicesParams {
    /// A new `ListInvoicesParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self {
            page: None,
            per_page: None,
            sort: None,
            filter_customer_id: None,
            filter_status: None,
            include: None,
        }
    }

    /// Sets `page`.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `sort`.
    #[must_use]
    pub fn with_sort(mut self, value: String) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets `filter_customer_id`.
    #[must_use]
    pub fn with_filter_customer_id(mut self, value: i64) -> Self {
        self.filter_customer_id = Some(value);
        self
    }

    /// Sets `filter_status`.
    #[must_use]
    pub fn with_filter_status(mut self, value: InvoiceStatus) -> Self {
        self.filter_status = Some(value);
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
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

/// Optional parameters of [`Client::get_invoice`](crate::Client::get_invoice).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceParams {
    /// Relations to embed, comma-separated: `customer`, `items`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

impl GetInvoiceParams {
    /// A new `GetInvoiceParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { include: None }
    }

    /// Sets `include`.
    #[must_use]
    pub fn with_include(mut self, value: String) -> Self {
        self.include = Some(value);
        self
    }
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
