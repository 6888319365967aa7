//! Types of the API's schemas, parameters, responses and errors.

/// Error body of Laravel for 400, 401, 403 and 404 answers, e.g. `{"message": "Unauthenticated."}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorMessage {
    /// Human-readable error message (translated to the instance's locale).
    pub message: String,
}

/// Error body used by a few CLIENTXCMS endpoints that refuse an action (`{"error": "..."}`), e.g. deleting a customer who still has invoices or a group that still has products.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorReason {
    /// Why the action was refused.
    pub error: String,
}

/// Laravel validation failure (HTTP 422): a summary message and the messages per invalid field.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidationError {
    /// Summary of the first error, e.g. `The email field is required. (and 1 more error)`.
    pub message: String,
    /// Messages keyed by field name (dotted for nested fields).
    pub errors: std::collections::BTreeMap<String, Vec<String>>,
}

/// Success answer that only carries a message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageResponse {
    /// What was done.
    pub message: String,
}

/// Links of a Laravel paginator resource.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaginationLinks {
    /// URL of the first page.
    #[serde(default)]
    pub first: Option<String>,
    /// URL of the last page.
    #[serde(default)]
    pub last: Option<String>,
    /// URL of the previous page; null on the first page.
    #[serde(default)]
    pub prev: Option<String>,
    /// URL of the next page; null on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

/// Counters of a Laravel paginator resource.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginationMeta {
    /// Number of this page, from 1.
    pub current_page: i64,
    /// Position of the first item of this page in the whole list; null when the page is empty.
    #[serde(default)]
    pub from: Option<i64>,
    /// Number of the last page.
    pub last_page: i64,
    /// Page links as rendered by Laravel's paginator (previous, each page, next).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<PaginationMetaLink>>,
    /// URL of the listing without query string.
    pub path: String,
    /// Items per page.
    pub per_page: i64,
    /// Position of the last item of this page in the whole list; null when the page is empty.
    #[serde(default)]
    pub to: Option<i64>,
    /// Number of items in the whole list.
    pub total: i64,
}

/// One entry of `meta.links`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginationMetaLink {
    /// Target page URL; null for a disabled previous/next link.
    #[serde(default)]
    pub url: Option<String>,
    /// Label (page number, or HTML-escaped previous/next text).
    pub label: String,
    /// Whether this entry is the current page.
    pub active: bool,
}

/// One page of customers. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerPage {
    pub data: Vec<Customer>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

/// One page of products. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProductPage {
    pub data: Vec<ShopProduct>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

/// One page of product groups. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupPage {
    pub data: Vec<ShopGroup>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

/// One page of pricings. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingPage {
    pub data: Vec<ShopPricing>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

/// One page of services. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServicePage {
    pub data: Vec<ProvisioningService>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

/// One page of invoices. Laravel paginator resource: `data` holds the page, `links` and `meta` describe the pagination.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePage {
    pub data: Vec<Invoice>,
    pub links: PaginationLinks,
    pub meta: PaginationMeta,
}

/// Answer of the health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HealthStatus {
    /// `ok` when the API answers.
    pub status: String,
}

/// Answer of the license endpoint. When the instance has no cached license the API still answers HTTP 200, with `status` = `error` and a `message`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LicenseInfo {
    /// `ok` when a license is cached, `error` otherwise.
    pub status: LicenseInfoStatus,
    /// The cached CLIENTXCMS license as serialized by the instance (fields such as expiry, domains and enabled extensions). Its fields are not published; kept as a free-form object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Present with `status` = `error`, e.g. `License not found`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Customer
///
/// A customer account. `id`, `balance` and the timestamps are not in the published schema and are inferred from the Eloquent model; the password hash is never returned.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// Region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Country (ISO 3166-1 alpha-2 code, e.g. `FR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Preferred locale, e.g. `fr`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Account credit balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Free billing details printed on invoices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<String>,
    /// When the email address was verified; null while unverified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether the account is confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_confirmed: Option<bool>,
    /// Whether the account is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deleted: Option<bool>,
    /// Whether the customer uses the dark theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dark_mode: Option<bool>,
    /// Last login time, as stored by the instance (its format is not published, so it is left a plain string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<String>,
    /// IP address of the last login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<String>,
    /// Whether the customer gave GDPR consent (the API's own spelling).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdpr_compliment: Option<bool>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// New customer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StoreCustomerRequest {
    /// Email address (unique).
    pub email: String,
    /// Password; when omitted the customer sets one through the reset link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// First name.
    pub firstname: String,
    /// Last name.
    pub lastname: String,
    /// Address.
    pub address: String,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City.
    pub city: String,
    /// Postal code.
    pub zipcode: String,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Region.
    pub region: String,
    /// Mark the email address as verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Initial credit balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// Preferred locale, e.g. `fr`.
    pub locale: String,
    /// Country (ISO 3166-1 alpha-2 code).
    pub country: String,
    /// Mark the account as confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<bool>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Free billing details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<String>,
}

/// Fields to change; omitted fields keep their value.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerRequest {
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// New password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firstname: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lastname: Option<String>,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Mark the email address as verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Credit balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// Country (ISO 3166-1 alpha-2 code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Preferred locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Free billing details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<String>,
}

/// Action on a customer account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CustomerActionRequest {
    /// Reason shown to the customer (default `No reason provided`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Email the customer about the action (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// Also act on the customer's services (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// Visibility of a product or group in the store: `active` (listed), `hidden` (not orderable), `unreferenced` (orderable by direct link only).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShopGroup {
    /// Group ID.
    pub id: i64,
    /// Name.
    pub name: String,
    /// URL slug.
    pub slug: String,
    pub status: ProductStatus,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Position in listings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    /// Whether the group is pinned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    /// Path of the group image on the instance's storage, e.g. `groups/vps.png`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Parent group ID; null for a top-level group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    /// Whether the image is used as the card background.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_image_as_background: Option<bool>,
    /// Present with `include=products`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<ShopProduct>>,
    /// Child groups; present with `include=groups`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<ShopGroup>>,
    /// Present with `include=metadata`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Vec<Metadata>>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// New product group. The published document also lists an `image` file field; a file cannot travel in a JSON body, so it is left out here (upload the image from the administration panel).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    /// Parent group ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    /// Use the image as the card background.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_image_as_background: Option<bool>,
}

/// Fields to change. As for creation, the `image` file field of the published document is left out.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateGroupRequest {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProductStatus>,
    /// URL slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Position in listings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    /// Pin the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_image: Option<BooleanString>,
    /// Parent group ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_image_as_background: Option<BooleanString>,
}

/// Pricing
///
/// Prices of a product (or of another priced item, such as a configuration option) in one currency, one amount per billing period. `id` and the timestamps are inferred from the Eloquent model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShopPricing {
    /// Pricing ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// ID of the priced item.
    pub related_id: i64,
    /// Kind of the priced item, e.g. `product` or `config_option`.
    pub related_type: String,
    /// Currency (ISO 4217), e.g. `EUR`.
    pub currency: String,
    /// Price of the one-time payment billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onetime: Option<f64>,
    /// Price of the monthly billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly: Option<f64>,
    /// Price of the quarterly billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarterly: Option<f64>,
    /// Price of the semi-annual billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semiannually: Option<f64>,
    /// Price of the annual billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annually: Option<f64>,
    /// Price of the biennial billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biennially: Option<f64>,
    /// Price of the triennial billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triennially: Option<f64>,
    /// Setup fee charged with the one-time payment billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_onetime: Option<f64>,
    /// Setup fee charged with the monthly billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_monthly: Option<f64>,
    /// Setup fee charged with the quarterly billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_quarterly: Option<f64>,
    /// Setup fee charged with the semi-annual billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_semiannually: Option<f64>,
    /// Setup fee charged with the annual billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_annually: Option<f64>,
    /// Setup fee charged with the biennial billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_biennially: Option<f64>,
    /// Setup fee charged with the triennial billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_triennially: Option<f64>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Pricing request
///
/// Pricing to create or the new values of a pricing.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingRequest {
    /// ID of the priced item.
    pub related_id: i64,
    /// Kind of the priced item, e.g. `product` or `config_option`.
    pub related_type: String,
    /// Currency (ISO 4217).
    pub currency: String,
    /// Price of the one-time payment billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onetime: Option<f64>,
    /// Price of the monthly billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly: Option<f64>,
    /// Price of the quarterly billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarterly: Option<f64>,
    /// Price of the semi-annual billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semiannually: Option<f64>,
    /// Price of the annual billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annually: Option<f64>,
    /// Price of the biennial billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biennially: Option<f64>,
    /// Price of the triennial billing period; null when the period is not offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triennially: Option<f64>,
    /// Setup fee charged with the one-time payment billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_onetime: Option<f64>,
    /// Setup fee charged with the monthly billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_monthly: Option<f64>,
    /// Setup fee charged with the quarterly billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_quarterly: Option<f64>,
    /// Setup fee charged with the semi-annual billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_semiannually: Option<f64>,
    /// Setup fee charged with the annual billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_annually: Option<f64>,
    /// Setup fee charged with the biennial billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_biennially: Option<f64>,
    /// Setup fee charged with the triennial billing period; null when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_triennially: Option<f64>,
}

/// Product
///
/// A product of the store. `pricing`, `group` and `metadata` are present when asked for with `pricing=1` or `include=`; the timestamps are inferred from the Eloquent model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShopProduct {
    /// Product ID.
    pub id: i64,
    /// Name.
    pub name: String,
    pub status: ProductStatus,
    /// Description (may contain HTML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Position in listings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    /// ID of the product's group.
    pub group_id: i64,
    /// Units in stock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock: Option<i64>,
    /// Provisioning type (the extension that delivers it), e.g. `pterodactyl`, `proxmox` or `none`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Whether the product is pinned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    /// Path of the product image on the instance's storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Prices, one entry per currency; present with `pricing=1` or `include=pricing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing: Option<Vec<ShopPricing>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<ShopGroup>,
    /// Present with `include=metadata`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Vec<Metadata>>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Price and setup fee of one billing period in a product request.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProductPriceInput {
    /// Price of the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// Setup fee of the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup: Option<f64>,
}

/// Product request
///
/// Product to create, or its new values. The published document also lists an `image` file field; a file cannot travel in a JSON body, so it is left out here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(rename = "type")]
    pub type_: String,
    /// Pin the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    /// Prices keyed by billing period (`onetime`, `monthly`, `quarterly`, `semiannually`, `annually`, `biennially`, `triennially`). The published document types this as an array of pricings; the CLIENTXCMS source reads a map of `{price, setup}` per period. Some releases ignore it on API requests: set prices with the pricing endpoints (`related_type` = `product`) to be sure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing: Option<std::collections::BTreeMap<String, ProductPriceInput>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_image: Option<BooleanString>,
}

/// Product configuration as stored by the product's provisioning extension (for example the server, memory or egg of a game server). Its keys depend on the product `type`, so it is a free-form object.
pub type ProductConfig = std::collections::BTreeMap<String, serde_json::Value>;
/// A key/value metadata entry attached to a model (inferred from the CLIENTXCMS `metadata` relation).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Metadata {
    /// Metadata ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Key.
    pub key: String,
    /// Value.
    #[serde(default)]
    pub value: Option<String>,
}

/// State of a service (constants of the CLIENTXCMS `Service` model).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningService {
    /// Service ID.
    pub id: i64,
    /// Service UUID; most endpoints accept it in place of the ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Owner's customer ID.
    pub customer_id: i64,
    /// Name.
    pub name: String,
    /// Provisioning type, e.g. `proxmox` or `pterodactyl`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Billing period, e.g. `monthly`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<String>,
    /// ID of the provisioning server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<i64>,
    /// ID of the product it was ordered from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    /// ID of the renewal invoice waiting for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<i64>,
    pub status: ServiceStatus,
    /// Expiry time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Suspension time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Cancellation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Cancellation reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_reason: Option<String>,
    /// Staff notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Errors of the last delivery attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_errors: Option<String>,
    /// Delivery attempts so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_attempts: Option<i64>,
    /// Renewals so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewals: Option<i64>,
    /// End of the trial period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Renewals allowed; null for unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_renewals: Option<i64>,
    /// Data of the provisioning extension (free-form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Currency of the service's price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Suspension reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend_reason: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Options of an expiry.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExpireServiceRequest {
    /// Expire even if the service's extension refuses (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// Options of a suspension.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SuspendServiceRequest {
    /// Suspension reason shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Email the customer (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
}

/// Outcome reported by the service's provisioning extension (CLIENTXCMS `ServiceStateChangeDTO`; inferred from the source, the published document does not describe it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceStateChange {
    /// Whether the extension carried the change out.
    pub success: bool,
    /// Message of the extension.
    pub message: String,
    /// When the change was attempted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Extra data of the extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ProvisioningService>,
}

/// Answer of expire, suspend and unsuspend: the service after the change and the outcome. The published document shows a bare service; the CLIENTXCMS source answers `{data, result}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceStateChangeResponse {
    pub data: ProvisioningService,
    pub result: ServiceStateChange,
}

/// Invoice state (constants of the CLIENTXCMS `Invoice` model).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    /// Invoice ID.
    pub id: i64,
    /// Invoice UUID; the invoice endpoints accept it in place of the ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Customer ID.
    pub customer_id: i64,
    /// Billing address copied onto the invoice (a JSON object; `json` in the published schema).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Total including taxes.
    pub total: f64,
    /// Total excluding taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal: Option<f64>,
    /// Tax amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax: Option<f64>,
    /// Setup fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setupfees: Option<f64>,
    /// Currency (ISO 4217).
    pub currency: String,
    pub status: InvoiceStatus,
    /// ID at the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// UUID of the payment gateway, e.g. `stripe`, or `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paymethod: Option<String>,
    /// Gateway fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<f64>,
    /// Invoice number, e.g. `CTX-2024-05-0001`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// Payment time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Saved payment method used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_id: Option<String>,
    /// Part paid from the customer's credit balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Lines; present with `include=items`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<InvoiceItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
}

/// Invoice item
///
/// A product, service or custom line of an invoice.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceItem {
    /// Line ID.
    pub id: i64,
    /// Invoice ID.
    pub invoice_id: i64,
    /// Label.
    pub name: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Quantity.
    pub quantity: i64,
    /// Unit price excluding taxes (HT, hors taxes).
    pub unit_price_ht: f64,
    /// Unit setup fee excluding taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_setup_ht: Option<f64>,
    /// Unit price including taxes (TTC, toutes taxes comprises).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price_ttc: Option<f64>,
    /// Unit setup fee including taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_setup_ttc: Option<f64>,
    /// Kind of line, e.g. `service`, `product` or `custom_item`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// ID of the related service, product or custom item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_id: Option<i64>,
    /// Delivery time, as stored (format not published, so a plain string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<String>,
    /// Cancellation time, as stored (format not published, so a plain string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
    /// Refund time, as stored (format not published, so a plain string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded_at: Option<String>,
    /// Custom data of the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Discount applied to the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Parent line ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
}

/// New (draft) invoice for a customer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StoreInvoiceRequest {
    /// Customer ID.
    pub customer_id: i64,
    /// Currency (ISO 4217).
    pub currency: String,
}

/// Fields to change. The published `status` values were `draft`, `sent`, `paid`, `cancelled`; this document uses the statuses of the Invoice model instead (`sent` does not exist there).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateInvoiceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InvoiceStatus>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// UUID of the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paymethod: Option<String>,
    /// Gateway fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<f64>,
    /// Tax amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax: Option<f64>,
    /// Currency (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<chrono::NaiveDate>,
    /// Payment date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<chrono::NaiveDate>,
    /// Part paid from the credit balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// Saved payment method ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_id: Option<i64>,
    /// Billing address lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Vec<String>>,
    /// ID at the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// Which invoices to export, and in which format.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportInvoiceRequest {
    /// File format.
    pub format: ExportInvoiceRequestFormat,
    /// First creation date included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_from: Option<chrono::NaiveDate>,
    /// Last creation date included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_to: Option<chrono::NaiveDate>,
    /// Statuses to include.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<ExportInvoiceRequestStatusItem>>,
}

/// Answer of validate, edit and notify: a translated message and the invoice. The published document shows a bare invoice; the CLIENTXCMS source answers `{message, invoice}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceActionResponse {
    /// What was done (translated).
    pub message: String,
    pub invoice: Invoice,
}

/// `ok` when a license is cached, `error` otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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

/// Documented error bodies of [`Client::store_customer`](crate::Client::store_customer).
#[derive(Debug, Clone, PartialEq)]
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
pub struct DeleteCustomerParams {
    /// Force deletion even with active services.
    ///
    /// `force` (query parameter).
    pub force: Option<bool>,
}

/// Documented error bodies of [`Client::delete_customer`](crate::Client::delete_customer).
#[derive(Debug, Clone, PartialEq)]
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

/// Documented error bodies of [`Client::store_product`](crate::Client::store_product).
#[derive(Debug, Clone, PartialEq)]
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

/// Documented error bodies of [`Client::update_product`](crate::Client::update_product).
#[derive(Debug, Clone, PartialEq)]
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

/// Documented error bodies of [`Client::store_group`](crate::Client::store_group).
#[derive(Debug, Clone, PartialEq)]
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
pub struct GetGroupByIdParams {
    /// Relations to embed, comma-separated: `products`, `groups` (children), `metadata`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

/// Documented error bodies of [`Client::update_group`](crate::Client::update_group).
#[derive(Debug, Clone, PartialEq)]
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

/// Documented error bodies of [`Client::create_pricing`](crate::Client::create_pricing).
#[derive(Debug, Clone, PartialEq)]
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

/// Optional parameters of [`Client::list_invoices`](crate::Client::list_invoices).
#[derive(Debug, Clone, Default, PartialEq)]
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

/// Documented error bodies of [`Client::create_invoice`](crate::Client::create_invoice).
#[derive(Debug, Clone, PartialEq)]
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
pub struct GetInvoiceParams {
    /// Relations to embed, comma-separated: `customer`, `items`.
    ///
    /// `include` (query parameter).
    pub include: Option<String>,
}

/// Documented error bodies of [`Client::update_invoice`](crate::Client::update_invoice).
#[derive(Debug, Clone, PartialEq)]
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
pub enum ExportInvoicesError {
    /// Missing or invalid API key (`{"message": "Unauthenticated."}`).
    Unauthorized(ErrorMessage),
    /// The API key lacks the permission the operation needs (`{"message": "Invalid ability provided."}`).
    Forbidden(ErrorMessage),
    /// Validation failed.
    UnprocessableEntity(ValidationError),
}
