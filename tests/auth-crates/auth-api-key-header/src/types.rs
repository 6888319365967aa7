//! Types of the API's schemas, parameters, responses and errors.

/// Optional parameters of [`Client::list_items`](crate::Client::list_items).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListItemsParams {
    /// `limit` (query parameter).
    pub limit: Option<i64>,
}

impl ListItemsParams {
    /// A new `ListItemsParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { limit: None }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
}
