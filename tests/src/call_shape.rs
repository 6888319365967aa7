//! Compile checks of the call shape every generated crate has, on the Dolist crate: `cargo test`
//! runs them as doctests. Each `compile_fail` block is a passing block with one thing wrong.
//!
//! The short form (awaiting the request builder) and the builder form both compile:
//!
//! ```no_run
//! # async fn example(client: dolist::Client, query: dolist::ContactQueryRequest) -> Result<(), dolist::Error<dolist::ErrorResponse>> {
//! use std::time::Duration;
//! let campaign = client.get_campaign(42).await?;
//! let page = client.list_campaigns().limit(20).offset(40).await?;
//! let response = client
//!     .list_campaigns()
//!     .limit(20)
//!     .timeout(Duration::from_secs(5))
//!     .header("X-Request-Id", "abc")
//!     .retry(dolist::RetryPolicy::none())
//!     .send_with_response()
//!     .await?;
//! let remaining = response.headers().get("X-Rate-Limit-Remaining");
//! let raw: dolist::Response<bytes::Bytes> = client.get_campaign(42).send_raw().await?;
//! let mut contacts = client.search_contacts(query).limit(50).stream();
//! while let Some(contact) = contacts.try_next().await? {
//!     let _ = contact;
//! }
//! # let _ = (campaign, page, remaining, raw);
//! # Ok(())
//! # }
//! ```
//!
//! A missing required argument does not compile (the campaign's id):
//!
//! ```compile_fail
//! # async fn example(client: dolist::Client) -> Result<(), dolist::Error<dolist::ErrorResponse>> {
//! let campaign = client.get_campaign().await?;
//! # let _ = campaign;
//! # Ok(())
//! # }
//! ```
//!
//! Nor does a missing required body:
//!
//! ```compile_fail
//! # async fn example(client: dolist::Client) -> Result<(), dolist::Error<dolist::ErrorResponse>> {
//! let mut contacts = client.search_contacts().limit(50).stream();
//! # let _ = contacts.try_next().await?;
//! # Ok(())
//! # }
//! ```
//!
//! Nor an optional parameter given as an argument instead of a setter:
//!
//! ```compile_fail
//! # async fn example(client: dolist::Client) -> Result<(), dolist::Error<dolist::ErrorResponse>> {
//! let page = client.list_campaigns(20).await?;
//! # let _ = page;
//! # Ok(())
//! # }
//! ```
