//! Types of the API's schemas, parameters, responses and errors.

/// Optional parameters of [`Client::get_cart`](crate::Client::get_cart).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCartParams {
    /// `theme` (cookie parameter).
    pub theme: Option<String>,
}

impl GetCartParams {
    /// A new `GetCartParams` with every field unset or at its default.
    pub fn new() -> Self {
        Self { theme: None }
    }

    /// Sets `theme`.
    #[must_use]
    pub fn with_theme(mut self, value: String) -> Self {
        self.theme = Some(value);
        self
    }
}
