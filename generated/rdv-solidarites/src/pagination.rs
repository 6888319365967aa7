//! Paged list operations as lazy streams of items (`page` with `meta {current_page, total_pages}`).
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
    if let Some(next) = page.pointer("/meta/next_page") {
        return next.as_i64().filter(|next| *next > current);
    }

    match number("/meta/total_pages") {
        Some(total) => (current < total).then_some(current + 1),
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
    /// Every item of [`get_absences`](Self::get_absences), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_absences_stream(
        &self,
        params: crate::types::GetAbsencesParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Absence, crate::Error<crate::types::GetAbsencesError>>,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_absences_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.absences,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_absences_stream`](Self::get_absences_stream), at most `max_items`.
    pub async fn get_absences_all(
        &self,
        params: crate::types::GetAbsencesParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::Absence>,
        crate::Error<crate::types::GetAbsencesError>,
    > {
        self.get_absences_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_agents`](Self::get_agents), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_agents_stream(
        &self,
        params: crate::types::GetAgentsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Agent, crate::Error<crate::types::GetAgentsError>>,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_agents_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.agents,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_agents_stream`](Self::get_agents_stream), at most `max_items`.
    pub async fn get_agents_all(
        &self,
        params: crate::types::GetAgentsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Agent>, crate::Error<crate::types::GetAgentsError>> {
        self.get_agents_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_organisations`](Self::get_organisations), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_organisations_stream(
        &self,
        params: crate::types::GetOrganisationsParams,
    ) -> BoxStream<
        '_,
        Result<
            crate::types::Organisation,
            crate::Error<crate::types::GetOrganisationsError>,
        >,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_organisations_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.organisations,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_organisations_stream`](Self::get_organisations_stream), at most `max_items`.
    pub async fn get_organisations_all(
        &self,
        params: crate::types::GetOrganisationsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::Organisation>,
        crate::Error<crate::types::GetOrganisationsError>,
    > {
        self.get_organisations_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_motifs`](Self::get_motifs), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_motifs_stream(
        &self,
        organisation_id: i64,
        params: crate::types::GetMotifsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Motif, crate::Error<crate::types::GetMotifsError>>,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_motifs_page(organisation_id, &params).await?;
                Ok((params, page, info))
            },
            |page| page.motifs,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_motifs_stream`](Self::get_motifs_stream), at most `max_items`.
    pub async fn get_motifs_all(
        &self,
        organisation_id: i64,
        params: crate::types::GetMotifsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Motif>, crate::Error<crate::types::GetMotifsError>> {
        self.get_motifs_stream(organisation_id, params)
            .take(max_items)
            .try_collect()
            .await
    }

    /// Every item of [`get_rdvs`](Self::get_rdvs), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_rdvs_stream(
        &self,
        organisation_id: i64,
        params: crate::types::GetRdvsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Rdv, crate::Error<crate::types::GetRdvsError>>,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_rdvs_page(organisation_id, &params).await?;
                Ok((params, page, info))
            },
            |page| page.rdvs,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_rdvs_stream`](Self::get_rdvs_stream), at most `max_items`.
    pub async fn get_rdvs_all(
        &self,
        organisation_id: i64,
        params: crate::types::GetRdvsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Rdv>, crate::Error<crate::types::GetRdvsError>> {
        self.get_rdvs_stream(organisation_id, params).take(max_items).try_collect().await
    }

    /// Every item of [`get_users_from_organisation`](Self::get_users_from_organisation), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_users_from_organisation_stream(
        &self,
        organisation_id: i64,
        params: crate::types::GetUsersFromOrganisationParams,
    ) -> BoxStream<
        '_,
        Result<
            crate::types::User,
            crate::Error<crate::types::GetUsersFromOrganisationError>,
        >,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self
                    .get_users_from_organisation_page(organisation_id, &params)
                    .await?;
                Ok((params, page, info))
            },
            |page| page.users,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_users_from_organisation_stream`](Self::get_users_from_organisation_stream), at most `max_items`.
    pub async fn get_users_from_organisation_all(
        &self,
        organisation_id: i64,
        params: crate::types::GetUsersFromOrganisationParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::User>,
        crate::Error<crate::types::GetUsersFromOrganisationError>,
    > {
        self.get_users_from_organisation_stream(organisation_id, params)
            .take(max_items)
            .try_collect()
            .await
    }

    /// Every item of [`get_webhook_endpoints`](Self::get_webhook_endpoints), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_webhook_endpoints_stream(
        &self,
        organisation_id: i64,
        params: crate::types::GetWebhookEndpointsParams,
    ) -> BoxStream<
        '_,
        Result<
            crate::types::WebhookEndpoint,
            crate::Error<crate::types::GetWebhookEndpointsError>,
        >,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self
                    .get_webhook_endpoints_page(organisation_id, &params)
                    .await?;
                Ok((params, page, info))
            },
            |page| page.webhook_endpoints,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_webhook_endpoints_stream`](Self::get_webhook_endpoints_stream), at most `max_items`.
    pub async fn get_webhook_endpoints_all(
        &self,
        organisation_id: i64,
        params: crate::types::GetWebhookEndpointsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::WebhookEndpoint>,
        crate::Error<crate::types::GetWebhookEndpointsError>,
    > {
        self.get_webhook_endpoints_stream(organisation_id, params)
            .take(max_items)
            .try_collect()
            .await
    }

    /// Every item of [`get_users`](Self::get_users), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_users_stream(
        &self,
        params: crate::types::GetUsersParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::User, crate::Error<crate::types::GetUsersError>>,
    > {
        let first = params.page.map_or(1, i64::from);
        let size = None;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_users_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.users,
            |params, next| params.page = next.try_into().ok(),
        )
    }

    /// Collects the items of [`get_users_stream`](Self::get_users_stream), at most `max_items`.
    pub async fn get_users_all(
        &self,
        params: crate::types::GetUsersParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::User>, crate::Error<crate::types::GetUsersError>> {
        self.get_users_stream(params).take(max_items).try_collect().await
    }
}
