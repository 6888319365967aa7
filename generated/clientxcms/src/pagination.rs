//! Paged list operations as lazy streams of items (Laravel `page`/`per_page`).
//!
//! Each list operation `x` also has `x_stream`, which fetches the next page only when the items
//! of the previous one are used up (so memory does not grow with the number of items), and
//! `x_all`, which collects up to a given number of items. A stream ends at the last page, or
//! at a page that comes back empty or shorter than the page size asked for; a server that sends
//! the same page twice ends it with an error instead of being followed forever.

use std::future::Future;
use std::hash::{Hash, Hasher};
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde_json::Value;
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

/// Drives one paged operation: `fetch` gets the page for some parameters, `items` takes the
/// items out of it, `set_page` moves the parameters to another page.
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
    R: serde::Serialize + Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    F: Fn(P) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<(P, R), crate::Error<E>>> + Send + 'a,
{
    let state = Some((params, first, None::<u64>));
    stream::try_unfold(
            state,
            move |state| {
                let fetched = state
                    .map(|(params, current, previous)| (
                        fetch(params),
                        current,
                        previous,
                    ));
                async move {
                    let Some((fetched, current, previous)) = fetched else {
                        return Ok(None)
                    };
                    let (mut params, page) = fetched.await?;
                    let value = serde_json::to_value(&page).unwrap_or(Value::Null);
                    let fingerprint = fingerprint(&value);
                    if previous == Some(fingerprint) {
                        return Err(
                            crate::Error::InvalidResponse(
                                format!(
                                    "the server sent the same page twice (after page {current}); stopping"
                                ),
                            ),
                        );
                    }
                    let items = items(page);
                    let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
                    let state = next_page(&value, current, count, size)
                        .map(|next| {
                            set_page(&mut params, next);
                            (params, next, Some(fingerprint))
                        });
                    Ok(Some((stream::iter(items.into_iter().map(Ok)), state)))
                }
            },
        )
        .try_flatten()
        .boxed()
}

fn fingerprint(page: &Value) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    page.to_string().hash(&mut hasher);
    hasher.finish()
}

impl crate::Client {
    /// Every item of [`list_coupons`](Self::list_coupons), page after page, each page fetched when
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_coupons(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.get_customers(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_departments(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.get_group_list(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_invoices(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_action_logs(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.get_pricings(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.get_product_list(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_servers(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.get_all_services(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_subdomain_hosts(&params).await?;
                Ok((params, page))
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
    /// the stream reaches it. `params` gives the first page (page 1 unless set) and the
    /// other parameters, kept for every page.
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
                let page = self.list_tickets(&params).await?;
                Ok((params, page))
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
