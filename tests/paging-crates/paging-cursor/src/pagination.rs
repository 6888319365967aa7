//! Paged list operations as lazy streams of items (a cursor read at `/response_metadata/next_cursor` in the body, sent back as `cursor`).
//!
//! The request of each list operation has `stream`, the items of every page, which fetches the
//! next page only when the items of the previous one are used up (so memory does not grow with
//! the number of items), and `pages`, every page with its response's status and headers. Page
//! metadata is read from each body as the server sent it, whether the document models it or not.
//!
//! A stream ends at a page whose body gives no cursor (absent, null or empty), whatever the
//! number of items on the page (a server may answer fewer than asked, or none, and still have
//! more); a server that gives a cursor it gave before ends it with an error, after the items of
//! that page, instead of being followed forever.

use std::collections::HashSet;
use std::future::Future;
use std::hash::{Hash, Hasher};
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use crate::{Paged, Response};
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

/// Drives one paged operation, a page at a time: `fetch` sends the request (with the body as the
/// server sent it), `set_cursor` moves the request to the page a cursor names.
fn paged<'a, P, R, E, F, Fut>(
    request: P,
    fetch: F,
    set_cursor: fn(&mut P, String),
) -> BoxStream<'a, Result<Response<R>, crate::Error<E>>>
where
    P: Send + 'a,
    R: Send + 'a,
    E: Send + 'a,
    F: Fn(P) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(P, Response<R>, PageInfo), crate::Error<E>>> + Send
        + 'a,
{
    let state = Some((Next::Page(request), HashSet::<u64>::new()));
    stream::try_unfold(
            state,
            move |state| {
                let fetched = state
                    .map(|(next, seen)| match next {
                        Next::Page(request) => (Some(fetch(request)), seen),
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
                    let (mut request, page, info) = fetched.await?;
                    let value: Value = serde_json::from_slice(&info.body)
                        .unwrap_or(Value::Null);
                    let state = next_cursor(&value)
                        .map(|cursor| {
                            if seen.insert(fingerprint(cursor.as_bytes())) {
                                set_cursor(&mut request, cursor);
                                (Next::Page(request), seen)
                            } else {
                                (Next::Cycle, seen)
                            }
                        });
                    Ok(Some((page, state)))
                }
            },
        )
        .boxed()
}

impl<'a> crate::requests::ListConversations<'a> {
    /// Every page of [`list_conversations`](crate::Client::list_conversations), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives the first page unless a cursor is set
    /// and the other parameters, kept for every page.
    pub fn pages(self) -> Paged<'a, Response<crate::types::ConversationList>, ()> {
        Paged::new(
            paged(
                self,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |request, next| request.operation.cursor = Some(next),
            ),
        )
    }

    /// Every item of [`list_conversations`](crate::Client::list_conversations), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Conversation, ()> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().channels;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}
