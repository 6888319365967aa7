//! Paged list operations as lazy streams of items (a cursor read at `/response_metadata/next_cursor` in the body, sent back as `cursor`).
//!
//! Each list operation `x` also has `x_stream`, which fetches the next page only when the items
//! of the previous one are used up (so memory does not grow with the number of items), and
//! `x_all`, which collects up to a given number of items. Page metadata is read from each body as
//! the server sent it, whether the document models it or not.
//!
//! A stream ends at a page whose body gives no cursor (absent, null or empty), whatever the
//! number of items on the page (a server may answer fewer than asked, or none, and still have
//! more); a server that gives a cursor it gave before ends it with an error, after the items of
//! that page, instead of being followed forever.

use std::collections::HashSet;
use std::future::Future;
use std::hash::{Hash, Hasher};
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde_json::Value;
use crate::runtime::PageInfo;
/// Where a stream stands after a page: the next one to fetch, or a cycle found (the error
/// comes after the items of the page that closed it).
enum Next<P> {
    Page(P),
    Cycle,
}

/// One fingerprint per page (or link, or cursor) seen: a cycle of any length is found while
/// memory stays small however long the stream.
fn fingerprint(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// The next cursor read from a page's body (as the server sent it), or `None` at the end.
fn next_cursor(page: &Value) -> Option<String> {
    match page.pointer("/response_metadata/next_cursor")? {
        Value::String(cursor) if !cursor.is_empty() => Some(cursor.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Drives one paged operation: `fetch` gets the page for some parameters (with the body as the
/// server sent it), `items` takes the items out of it, `set_cursor` moves the parameters to the
/// page a cursor names.
fn paged<'a, P, R, T, E, F, Fut>(
    params: P,
    fetch: F,
    items: fn(R) -> Vec<T>,
    set_cursor: fn(&mut P, String),
) -> BoxStream<'a, Result<T, crate::Error<E>>>
where
    P: Send + 'a,
    R: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    F: Fn(P) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(P, R, PageInfo), crate::Error<E>>> + Send + 'a,
{
    let state = Some((Next::Page(params), HashSet::<u64>::new()));
    stream::try_unfold(
            state,
            move |state| {
                let fetched = state
                    .map(|(next, seen)| match next {
                        Next::Page(params) => (Some(fetch(params)), seen),
                        Next::Cycle => (None, seen),
                    });
                async move {
                    let Some((fetched, mut seen)) = fetched else { return Ok(None) };
                    let Some(fetched) = fetched else {
                        return Err(
                            crate::Error::InvalidResponse(
                                "the server gave a cursor it gave before; stopping"
                                    .to_owned(),
                            ),
                        );
                    };
                    let (mut params, page, info) = fetched.await?;
                    let value: Value = serde_json::from_slice(&info.body)
                        .unwrap_or(Value::Null);
                    let items = items(page);
                    let state = next_cursor(&value)
                        .map(|cursor| {
                            if seen.insert(fingerprint(cursor.as_bytes())) {
                                set_cursor(&mut params, cursor);
                                (Next::Page(params), seen)
                            } else {
                                (Next::Cycle, seen)
                            }
                        });
                    Ok(Some((stream::iter(items.into_iter().map(Ok)), state)))
                }
            },
        )
        .try_flatten()
        .boxed()
}

impl crate::Client {
    /// Every item of [`list_conversations`](Self::list_conversations), page after page, each page fetched when
    /// the stream reaches it. `params` gives the first page unless a cursor is set and the other parameters,
    /// kept for every page.
    pub fn list_conversations_stream(
        &self,
        params: crate::types::ListConversationsParams,
    ) -> BoxStream<'_, Result<crate::types::Conversation, crate::Error<()>>> {
        paged(
            params,
            move |params| async move {
                let (page, info) = self.list_conversations_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.channels,
            |params, next| params.cursor = Some(next),
        )
    }

    /// Collects the items of [`list_conversations_stream`](Self::list_conversations_stream), at most `max_items`.
    pub async fn list_conversations_all(
        &self,
        params: crate::types::ListConversationsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Conversation>, crate::Error<()>> {
        self.list_conversations_stream(params).take(max_items).try_collect().await
    }
}
