//! Paged list operations as lazy streams of items (the next page's URL in the `Next-Page` header).
//!
//! The request of each list operation has `stream`, the items of every page, which fetches the
//! next page only when the items of the previous one are used up (so memory does not grow with
//! the number of items), and `pages`, every page with its response's status and headers. Page
//! metadata is read from each body as the server sent it, whether the document models it or not.
//!
//! A stream ends at a page whose response gives no next page, whatever the number of items on
//! the page (a server may answer fewer than asked, or none, and still have more). The next
//! page's URL is followed only under the client's base URL, so the client's credentials never go
//! elsewhere; a server that links back to a page already fetched ends the stream with an error,
//! after the items of the page that links back, instead of being followed forever.

use std::collections::HashSet;
use std::future::Future;
use std::hash::{Hash, Hasher};
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use crate::{Paged, Response};
use reqwest::Url;
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

/// The next page's URL from a page's response, or `None` at the end.
fn next_url(page: &PageInfo) -> Option<Url> {
    let value = page.headers.get("Next-Page")?.to_str().ok()?.trim();
    if value.is_empty() {
        return None;
    }

    page.url.join(value).ok()
}

/// Drives one paged operation, a page at a time: `fetch` gets the first page (`None`) or the page
/// at a URL, with its response's URL and headers.
fn paged<'a, R, E, F, Fut>(
    fetch: F,
) -> BoxStream<'a, Result<Response<R>, crate::Error<E>>>
where
    R: Send + 'a,
    E: Send + 'a,
    F: Fn(Option<Url>) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(Response<R>, PageInfo), crate::Error<E>>> + Send + 'a,
{
    let state = Some((Next::Page(None::<Url>), HashSet::<u64>::new()));
    stream::try_unfold(
            state,
            move |state| {
                let fetched = state
                    .map(|(next, seen)| match next {
                        Next::Page(url) => (Some(fetch(url)), seen),
                        Next::Cycle => (None, seen),
                    });
                async move {
                    let Some((fetched, mut seen)) = fetched else { return Ok(None) };
                    let Some(fetched) = fetched else {
                        return Err(
                            crate::Error::InvalidResponse(
                                "the server's next-page link leads to a page already fetched; stopping"
                                    .to_owned(),
                            ),
                        );
                    };
                    let (page, info) = fetched.await?;
                    seen.insert(fingerprint(info.url.as_str().as_bytes()));
                    let state = next_url(&info)
                        .map(|next| {
                            if seen.insert(fingerprint(next.as_str().as_bytes())) {
                                (Next::Page(Some(next)), seen)
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

impl<'a> crate::requests::ListRecords<'a> {
    /// Every page of [`list_records`](crate::Client::list_records), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives the first page
    /// and the other parameters, kept for every page.
    pub fn pages(self) -> Paged<'a, Response<crate::types::RecordList>, ()> {
        Paged::new(
            paged(move |next| {
                let request = self.clone();
                async move { request.fetch_page(next.as_ref()).await }
            }),
        )
    }

    /// Every item of [`list_records`](crate::Client::list_records), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Record, ()> {
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
