//! Paged list operations as lazy streams of items (RFC 8288 `Link: <...>; rel="next"` headers).
//!
//! Each list operation `x` also has `x_stream`, which fetches the next page only when the items
//! of the previous one are used up (so memory does not grow with the number of items), and
//! `x_all`, which collects up to a given number of items. Page metadata is read from each body as
//! the server sent it, whether the document models it or not.
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
    page.headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|value| http_link::parse_link_header(value, &page.url).ok())
        .flatten()
        .find(|link| link.rel == "next")
        .map(|link| link.target)
}

/// Drives one paged operation: `fetch` gets the first page (`None`) or the page at a URL, with
/// its response's URL and headers; `items` takes the items out of it.
fn paged<'a, R, T, E, F, Fut>(
    fetch: F,
    items: fn(R) -> Vec<T>,
) -> BoxStream<'a, Result<T, crate::Error<E>>>
where
    R: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    F: Fn(Option<Url>) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(R, PageInfo), crate::Error<E>>> + Send + 'a,
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
                    let items = items(page);
                    let state = next_url(&info)
                        .map(|next| {
                            if seen.insert(fingerprint(next.as_str().as_bytes())) {
                                (Next::Page(Some(next)), seen)
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
    /// Every item of [`list_issues`](Self::list_issues), page after page, each page fetched when
    /// the stream reaches it. `params` gives the first page and the other parameters,
    /// kept for every page.
    pub fn list_issues_stream<'a>(
        &'a self,
        owner: &'a str,
        repo: &'a str,
        params: crate::types::ListIssuesParams,
    ) -> BoxStream<
        'a,
        Result<crate::types::Issue, crate::Error<crate::types::Problem>>,
    > {
        paged(
            move |next| {
                let params = params.clone();
                async move {
                    self.list_issues_page(owner, repo, &params, next.as_ref()).await
                }
            },
            |page| page,
        )
    }

    /// Collects the items of [`list_issues_stream`](Self::list_issues_stream), at most `max_items`.
    pub async fn list_issues_all<'a>(
        &'a self,
        owner: &'a str,
        repo: &'a str,
        params: crate::types::ListIssuesParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Issue>, crate::Error<crate::types::Problem>> {
        self.list_issues_stream(owner, repo, params).take(max_items).try_collect().await
    }
}
