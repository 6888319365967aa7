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
    /// Every item of [`list_coupons`](Self::list_coupons), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_coupons_stream(
        &self,
        params: crate::types::ListCouponsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Coupon, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_coupons_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_coupons_stream`](Self::list_coupons_stream), at most `max_items`.
    pub async fn list_coupons_all(
        &self,
        params: crate::types::ListCouponsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Coupon>, crate::Error<crate::types::ErrorMessage>> {
        self.list_coupons_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_customers`](Self::get_customers), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_customers_stream(
        &self,
        params: crate::types::GetCustomersParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Customer, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_customers_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`get_customers_stream`](Self::get_customers_stream), at most `max_items`.
    pub async fn get_customers_all(
        &self,
        params: crate::types::GetCustomersParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Customer>, crate::Error<crate::types::ErrorMessage>> {
        self.get_customers_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_departments`](Self::list_departments), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_departments_stream(
        &self,
        params: crate::types::ListDepartmentsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::SupportDepartment, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_departments_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_departments_stream`](Self::list_departments_stream), at most `max_items`.
    pub async fn list_departments_all(
        &self,
        params: crate::types::ListDepartmentsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::SupportDepartment>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_departments_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_group_list`](Self::get_group_list), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_group_list_stream(
        &self,
        params: crate::types::GetGroupListParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::ShopGroup, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_group_list_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`get_group_list_stream`](Self::get_group_list_stream), at most `max_items`.
    pub async fn get_group_list_all(
        &self,
        params: crate::types::GetGroupListParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::ShopGroup>, crate::Error<crate::types::ErrorMessage>> {
        self.get_group_list_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_invoices`](Self::list_invoices), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_invoices_stream(
        &self,
        params: crate::types::ListInvoicesParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::Invoice, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_invoices_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_invoices_stream`](Self::list_invoices_stream), at most `max_items`.
    pub async fn list_invoices_all(
        &self,
        params: crate::types::ListInvoicesParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::Invoice>, crate::Error<crate::types::ErrorMessage>> {
        self.list_invoices_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_action_logs`](Self::list_action_logs), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_action_logs_stream(
        &self,
        params: crate::types::ListActionLogsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::ActionLog, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_action_logs_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_action_logs_stream`](Self::list_action_logs_stream), at most `max_items`.
    pub async fn list_action_logs_all(
        &self,
        params: crate::types::ListActionLogsParams,
        max_items: usize,
    ) -> Result<Vec<crate::types::ActionLog>, crate::Error<crate::types::ErrorMessage>> {
        self.list_action_logs_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_pricings`](Self::get_pricings), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_pricings_stream(
        &self,
        params: crate::types::GetPricingsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::ShopPricing, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_pricings_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`get_pricings_stream`](Self::get_pricings_stream), at most `max_items`.
    pub async fn get_pricings_all(
        &self,
        params: crate::types::GetPricingsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::ShopPricing>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.get_pricings_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_product_list`](Self::get_product_list), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_product_list_stream(
        &self,
        params: crate::types::GetProductListParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::ShopProduct, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_product_list_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`get_product_list_stream`](Self::get_product_list_stream), at most `max_items`.
    pub async fn get_product_list_all(
        &self,
        params: crate::types::GetProductListParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::ShopProduct>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.get_product_list_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_servers`](Self::list_servers), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_servers_stream(
        &self,
        params: crate::types::ListServersParams,
    ) -> BoxStream<
        '_,
        Result<
            crate::types::ProvisioningServer,
            crate::Error<crate::types::ErrorMessage>,
        >,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_servers_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_servers_stream`](Self::list_servers_stream), at most `max_items`.
    pub async fn list_servers_all(
        &self,
        params: crate::types::ListServersParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::ProvisioningServer>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_servers_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`get_all_services`](Self::get_all_services), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn get_all_services_stream(
        &self,
        params: crate::types::GetAllServicesParams,
    ) -> BoxStream<
        '_,
        Result<
            crate::types::ProvisioningService,
            crate::Error<crate::types::ErrorMessage>,
        >,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.get_all_services_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`get_all_services_stream`](Self::get_all_services_stream), at most `max_items`.
    pub async fn get_all_services_all(
        &self,
        params: crate::types::GetAllServicesParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::ProvisioningService>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.get_all_services_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_subdomain_hosts`](Self::list_subdomain_hosts), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_subdomain_hosts_stream(
        &self,
        params: crate::types::ListSubdomainHostsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::SubdomainHost, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_subdomain_hosts_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_subdomain_hosts_stream`](Self::list_subdomain_hosts_stream), at most `max_items`.
    pub async fn list_subdomain_hosts_all(
        &self,
        params: crate::types::ListSubdomainHostsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::SubdomainHost>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_subdomain_hosts_stream(params).take(max_items).try_collect().await
    }

    /// Every item of [`list_tickets`](Self::list_tickets), page after page, each page fetched when
    /// the stream reaches it. `params` gives page 1 unless set and the other parameters,
    /// kept for every page.
    pub fn list_tickets_stream(
        &self,
        params: crate::types::ListTicketsParams,
    ) -> BoxStream<
        '_,
        Result<crate::types::SupportTicket, crate::Error<crate::types::ErrorMessage>>,
    > {
        let first = params.page.unwrap_or(1);
        let size = params.per_page;
        paged(
            params,
            first,
            size,
            move |params| async move {
                let (page, info) = self.list_tickets_page(&params).await?;
                Ok((params, page, info))
            },
            |page| page.data,
            |params, next| params.page = Some(next),
        )
    }

    /// Collects the items of [`list_tickets_stream`](Self::list_tickets_stream), at most `max_items`.
    pub async fn list_tickets_all(
        &self,
        params: crate::types::ListTicketsParams,
        max_items: usize,
    ) -> Result<
        Vec<crate::types::SupportTicket>,
        crate::Error<crate::types::ErrorMessage>,
    > {
        self.list_tickets_stream(params).take(max_items).try_collect().await
    }
}
