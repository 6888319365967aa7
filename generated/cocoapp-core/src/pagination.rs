//! Paged list operations as lazy streams of items (JSON:API `page[number]`/`page[size]`).
//!
//! The request of each list operation has `stream`, the items of every page, which fetches the
//! next page only when the items of the previous one are used up (so memory does not grow with
//! the number of items), and `pages`, every page with its response's status and headers. Page
//! metadata is read from each body as the server sent it, whether the document models it or not.
//!
//! A stream ends at the last page the server's metadata gives (a total, a last page, a next
//! link), or, where the server gives none, at a page that comes back empty or shorter than the
//! page size asked for; a server that answers fewer items than asked (a cap) and reports a total
//! is paged to that total. A server that sends a page it sent before ends it with an error
//! instead of being followed forever.

use std::collections::HashSet;
use std::future::Future;
use std::hash::{Hash, Hasher};
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use crate::{Paged, Response};
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
/// `count` is the number of items on the page, `size` the page size asked for. Metadata wins
/// over the page's length: a short page is the last only when the server says nothing.
fn next_page(page: &Value, current: i64, count: i64, size: Option<i64>) -> Option<i64> {
    if count == 0 {
        return None;
    }

    let short = size.is_some_and(|size| count < size);
    let number = |pointer: &str| {
        page
            .pointer(pointer)
            .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
    };
    if let Some(last) = number("/meta/page/last-page") {
        return (current < last).then_some(current + 1);
    }

    match page.pointer("/links/next") {
        Some(next) => (!next.is_null()).then_some(current + 1),
        None if page.get("links").is_some() => None,
        None => (!short).then_some(current + 1),
    }
}

/// Drives one paged operation, a page at a time: `fetch` sends the request (with the body as the
/// server sent it), `count` counts a page's items, `set_page` moves the request to another page.
fn paged<'a, P, R, E, F, Fut>(
    request: P,
    first: i64,
    size: Option<i64>,
    fetch: F,
    count: fn(&R) -> usize,
    set_page: fn(&mut P, i64),
) -> BoxStream<'a, Result<Response<R>, crate::Error<E>>>
where
    P: Send + 'a,
    R: Send + 'a,
    E: Send + 'a,
    F: Fn(P) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(P, Response<R>, PageInfo), crate::Error<E>>> + Send
        + 'a,
{
    let state = Some(((request, first), HashSet::<u64>::new()));
    stream::try_unfold(
            state,
            move |state| {
                let fetched = state
                    .map(|((request, current), seen)| (fetch(request), current, seen));
                async move {
                    let Some((fetched, current, mut seen)) = fetched else {
                        return Ok(None)
                    };
                    let (mut request, page, info) = fetched.await?;
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
                    let count = i64::try_from(count(page.body())).unwrap_or(i64::MAX);
                    let state = next_page(&value, current, count, size)
                        .map(|next| {
                            set_page(&mut request, next);
                            ((request, next), seen)
                        });
                    Ok(Some((page, state)))
                }
            },
        )
        .boxed()
}

impl<'a> crate::requests::ListContacts<'a> {
    /// Every page of [`list_contacts`](crate::Client::list_contacts), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::ContactCollectionDocument>,
        crate::types::ErrorDocument,
    > {
        let first = self.operation.page_number.unwrap_or(1);
        let size = self.operation.page_size;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.data.len(),
                |request, next| request.operation.page_number = Some(next),
            ),
        )
    }

    /// Every item of [`list_contacts`](crate::Client::list_contacts), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::Contact, crate::types::ErrorDocument> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().data;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}
