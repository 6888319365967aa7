//! Paged list operations as lazy streams of items (`offset`/`limit` with `{Count, Total, ItemList}`).
//!
//! Each list operation `x` also has `x_stream`, which fetches the next page only when the items
//! of the previous one are used up (so memory does not grow with the number of items), and
//! `x_all`, which collects up to a given number of items. Page metadata is read from each body as
//! the server sent it, whether the document models it or not.
//!
//! A stream ends at the last page, or at a page that comes back empty or shorter than the page
//! size asked for; a server that sends a page it sent before ends it with an error instead of
//! being followed forever.

use std::collections::HashSet;
use std::future::Future;
use std::hash::{Hash, Hasher};
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde_json::Value;
use crate::runtime::PageInfo;
/// One fingerprint per page (or link, or cursor) seen: a cycle of any length is found while
/// memory stays small however long the stream.
fn fingerprint(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// The page after `current`, read from the page's metadata (by wire names), or `None` at the end.
/// `count` is the number of items on the page, `size` the page size asked for.
fn next_page(page: &Value, current: i64, count: i64, size: Option<i64>) -> Option<i64> {
    if count == 0 || size.is_some_and(|size| count < size) {
        return None;
    }

    let number = |pointer: &str| {
        page
            .pointer(pointer)
            .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
    };
    let next = current + count;
    match number("/Total") {
        Some(total) => (next < total).then_some(next),
        None => Some(next),
    }
}

/// Drives one paged operation: `fetch` gets the page for some parameters (with the body as the
/// server sent it), `items` takes the items out of it, `set_page` moves the parameters to another
/// page.
fn paged<'a, P, R, T, E, F, Fut>(
    params: P,
    first: i64,
    size: Option<i64>,
    fetch: F,
    items: fn(R) -> Vec<T>,
    set_page: fn(&mut P, i64),
) -> BoxStream<'a, Result<T, crate::Error<E>>>
where
    P: Send + 'a,
    R: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    F: Fn(P) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(P, R, PageInfo), crate::Error<E>>> + Send + 'a,
{
    let state = Some(((params, first), HashSet::<u64>::new()));
    stream::try_unfold(
            state,
            move |state| {
                let fetched = state
                    .map(|((params, current), seen)| (fetch(params), current, seen));
                async move {
                    let Some((fetched, current, mut seen)) = fetched else {
                        return Ok(None)
                    };
                    let (mut params, page, info) = fetched.await?;
                    if !seen.insert(fingerprint(&info.body)) {
                        return Err(
                            crate::Error::InvalidResponse(
                                format!(
                                    "the server sent a page it had sent before (asked for page {current}); stopping"
                                ),
                            ),
                        );
                    }
                    let value: Value = serde_json::from_slice(&info.body)
                        .unwrap_or(Value::Null);
                    let items = items(page);
                    let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
                    let state = next_page(&value, current, count, size)
                        .map(|next| {
                            set_page(&mut params, next);
                            ((params, next), seen)
                        });
                    Ok(Some((stream::iter(items.into_iter().map(Ok)), state)))
                }
            },
        )
        .try_flatten()
        .boxed()
}

impl crate::Client {
    /// Every item of [`list_applications`](Self::list_applications), page after page, each page fetched when
    /// the stream reaches it. `params` gives offset 0 unless set and the other parameters,
    /// kept for every page.
    pub fn list_applications_stream(
        &self,
        params: crate::types::ListApplicationsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Application, crate::Error<crate::types::ErrorResponse>>,
    > {
        let first = params.offset.map_or(0, i64::from);
        let size = params.limit.map(i64::from);
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_applications_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.item_list,
            |params, next| params.offset = next.try_into().ok(),
        )
    }

    /// Collects the items of [`list_applications_stream`](Self::list_applications_stream), at most `max_items`.
    pub async fn list_applications_all(
        &self,
        params: crate::types::ListApplicationsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::Application>,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.list_applications_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_campaigns`](Self::list_campaigns), page after page, each page fetched when
    /// the stream reaches it. `params` gives offset 0 unless set and the other parameters,
    /// kept for every page.
    pub fn list_campaigns_stream(
        &self,
        params: crate::types::ListCampaignsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Campaign, crate::Error<crate::types::ErrorResponse>>,
    > {
        let first = params.offset.map_or(0, i64::from);
        let size = params.limit.map(i64::from);
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_campaigns_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.item_list,
            |params, next| params.offset = next.try_into().ok(),
        )
    }

    /// Collects the items of [`list_campaigns_stream`](Self::list_campaigns_stream), at most `max_items`.
    pub async fn list_campaigns_all(
        &self,
        params: crate::types::ListCampaignsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Campaign>, crate::Error<crate::types::ErrorResponse>> {
        self.list_campaigns_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_sender_addresses`](Self::list_sender_addresses), page after page, each page fetched when
    /// the stream reaches it. `params` gives offset 0 unless set and the other parameters,
    /// kept for every page.
    pub fn list_sender_addresses_stream(
        &self,
        params: crate::types::ListSenderAddressesParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::SenderAddress, crate::Error<crate::types::ErrorResponse>>,
    > {
        let first = params.offset.map_or(0, i64::from);
        let size = params.limit.map(i64::from);
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_sender_addresses_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.item_list,
            |params, next| params.offset = next.try_into().ok(),
        )
    }

    /// Collects the items of [`list_sender_addresses_stream`](Self::list_sender_addresses_stream), at most `max_items`.
    pub async fn list_sender_addresses_all(
        &self,
        params: crate::types::ListSenderAddressesParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::SenderAddress>,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.list_sender_addresses_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_reply_addresses`](Self::list_reply_addresses), page after page, each page fetched when
    /// the stream reaches it. `params` gives offset 0 unless set and the other parameters,
    /// kept for every page.
    pub fn list_reply_addresses_stream(
        &self,
        params: crate::types::ListReplyAddressesParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::ReplyAddress, crate::Error<crate::types::ErrorResponse>>,
    > {
        let first = params.offset.map_or(0, i64::from);
        let size = params.limit.map(i64::from);
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_reply_addresses_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.item_list,
            |params, next| params.offset = next.try_into().ok(),
        )
    }

    /// Collects the items of [`list_reply_addresses_stream`](Self::list_reply_addresses_stream), at most `max_items`.
    pub async fn list_reply_addresses_all(
        &self,
        params: crate::types::ListReplyAddressesParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::ReplyAddress>,
        crate::Error<crate::types::ErrorResponse>,
    > {
        self.list_reply_addresses_stream(params).take(max_items).try_collect().await
    }
}
