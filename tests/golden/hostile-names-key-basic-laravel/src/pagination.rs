//! Paged list operations as lazy streams of items (Laravel `page`/`per_page`).
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
    if let Some(last) = number("/meta/last_page").or_else(|| number("/last_page")) {
        return (current < last).then_some(current + 1);
    }

    match page.pointer("/links/next").or_else(|| page.get("next_page_url")) {
        Some(next) => (!next.is_null()).then_some(current + 1),
        None => Some(current + 1),
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
    /// Every item of [`list_pets`](Self::list_pets), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_pets_stream_2(
        &self,
        params: crate::types::ListPetsParams,
    ) -> BoxStream<'_, Result<crate::types::Pet, crate::Error<crate::types::Error2>>> {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_pets_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data.unwrap_or_default(),
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_pets_stream_2`](Self::list_pets_stream_2), at most `max_items`.
    pub async fn list_pets_all_2(
        &self,
        params: crate::types::ListPetsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Pet>, crate::Error<crate::types::Error2>> {
        self.list_pets_stream_2(params).take(max_items).try_collect().await
    }
}
