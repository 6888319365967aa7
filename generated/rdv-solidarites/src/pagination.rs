//! Paged list operations as lazy streams of items (`page` with `meta {current_page, total_pages}`).
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
    if let Some(next) = page.pointer("/meta/next_page") {
        return next.as_i64().filter(|next| *next > current);
    }

    match number("/meta/total_pages") {
        Some(total) => (current < total).then_some(current + 1),
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

impl<'a> crate::requests::GetAbsences<'a> {
    /// Every page of [`get_absences`](crate::Client::get_absences), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::AbsenceList>, crate::types::GetAbsencesError> {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.absences.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_absences`](crate::Client::get_absences), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::Absence, crate::types::GetAbsencesError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().absences;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetAgents<'a> {
    /// Every page of [`get_agents`](crate::Client::get_agents), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::AgentList>, crate::types::GetAgentsError> {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.agents.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_agents`](crate::Client::get_agents), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Agent, crate::types::GetAgentsError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().agents;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetOrganisations<'a> {
    /// Every page of [`get_organisations`](crate::Client::get_organisations), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::OrganisationList>,
        crate::types::GetOrganisationsError,
    > {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.organisations.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_organisations`](crate::Client::get_organisations), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::Organisation, crate::types::GetOrganisationsError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().organisations;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetMotifs<'a> {
    /// Every page of [`get_motifs`](crate::Client::get_motifs), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::MotifList>, crate::types::GetMotifsError> {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.motifs.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_motifs`](crate::Client::get_motifs), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Motif, crate::types::GetMotifsError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().motifs;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetRdvs<'a> {
    /// Every page of [`get_rdvs`](crate::Client::get_rdvs), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::RdvList>, crate::types::GetRdvsError> {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.rdvs.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_rdvs`](crate::Client::get_rdvs), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Rdv, crate::types::GetRdvsError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().rdvs;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetUsersFromOrganisation<'a> {
    /// Every page of [`get_users_from_organisation`](crate::Client::get_users_from_organisation), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::UserList>,
        crate::types::GetUsersFromOrganisationError,
    > {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.users.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_users_from_organisation`](crate::Client::get_users_from_organisation), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::User, crate::types::GetUsersFromOrganisationError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().users;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetWebhookEndpoints<'a> {
    /// Every page of [`get_webhook_endpoints`](crate::Client::get_webhook_endpoints), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::WebhookEndpointList>,
        crate::types::GetWebhookEndpointsError,
    > {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.webhook_endpoints.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_webhook_endpoints`](crate::Client::get_webhook_endpoints), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<
        'a,
        crate::types::WebhookEndpoint,
        crate::types::GetWebhookEndpointsError,
    > {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().webhook_endpoints;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}

impl<'a> crate::requests::GetUsers<'a> {
    /// Every page of [`get_users`](crate::Client::get_users), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::UserList>, crate::types::GetUsersError> {
        let first = self.operation.page.map_or(1, i64::from);
        let size = None;
        Paged::new(
            paged(
                self,
                first,
                size,
                |request| async move {
                    let (page, info) = request.clone().fetch_page().await?;
                    Ok((request, page, info))
                },
                |page| page.users.len(),
                |request, next| request.operation.page = next.try_into().ok(),
            ),
        )
    }

    /// Every item of [`get_users`](crate::Client::get_users), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::User, crate::types::GetUsersError> {
        Paged::new(
            self
                .pages()
                .map_ok(|page| {
                    let items = page.into_body().users;
                    stream::iter(items.into_iter().map(Ok))
                })
                .try_flatten()
                .boxed(),
        )
    }
}
