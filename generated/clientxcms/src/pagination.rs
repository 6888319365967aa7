//! Paged list operations as lazy streams of items (Laravel `page`/`per_page`).
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
    if let Some(last) = number("/meta/last_page").or_else(|| number("/last_page")) {
        return (current < last).then_some(current + 1);
    }

    match page.pointer("/links/next").or_else(|| page.get("next_page_url")) {
        Some(next) => (!next.is_null()).then_some(current + 1),
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

impl<'a> crate::requests::ListCoupons<'a> {
    /// Every page of [`list_coupons`](crate::Client::list_coupons), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::CouponPage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_coupons`](crate::Client::list_coupons), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Coupon, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::GetCustomers<'a> {
    /// Every page of [`get_customers`](crate::Client::get_customers), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::CustomerPage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`get_customers`](crate::Client::get_customers), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::Customer, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::ListDepartments<'a> {
    /// Every page of [`list_departments`](crate::Client::list_departments), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::SupportDepartmentPage>,
        crate::types::ErrorMessage,
    > {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_departments`](crate::Client::list_departments), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::SupportDepartment, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::GetGroupList<'a> {
    /// Every page of [`get_group_list`](crate::Client::get_group_list), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::GroupPage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`get_group_list`](crate::Client::get_group_list), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::ShopGroup, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::ListInvoices<'a> {
    /// Every page of [`list_invoices`](crate::Client::list_invoices), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::InvoicePage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_invoices`](crate::Client::list_invoices), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(self) -> Paged<'a, crate::types::Invoice, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::ListActionLogs<'a> {
    /// Every page of [`list_action_logs`](crate::Client::list_action_logs), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::ActionLogPage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_action_logs`](crate::Client::list_action_logs), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::ActionLog, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::GetPricings<'a> {
    /// Every page of [`get_pricings`](crate::Client::get_pricings), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::PricingPage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`get_pricings`](crate::Client::get_pricings), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::ShopPricing, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::GetProductList<'a> {
    /// Every page of [`get_product_list`](crate::Client::get_product_list), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::ProductPage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`get_product_list`](crate::Client::get_product_list), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::ShopProduct, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::ListServers<'a> {
    /// Every page of [`list_servers`](crate::Client::list_servers), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::ProvisioningServerPage>,
        crate::types::ErrorMessage,
    > {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_servers`](crate::Client::list_servers), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::ProvisioningServer, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::GetAllServices<'a> {
    /// Every page of [`get_all_services`](crate::Client::get_all_services), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<'a, Response<crate::types::ServicePage>, crate::types::ErrorMessage> {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`get_all_services`](crate::Client::get_all_services), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::ProvisioningService, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::ListSubdomainHosts<'a> {
    /// Every page of [`list_subdomain_hosts`](crate::Client::list_subdomain_hosts), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::SubdomainHostPage>,
        crate::types::ErrorMessage,
    > {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_subdomain_hosts`](crate::Client::list_subdomain_hosts), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::SubdomainHost, crate::types::ErrorMessage> {
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

impl<'a> crate::requests::ListTickets<'a> {
    /// Every page of [`list_tickets`](crate::Client::list_tickets), each with its response's status
    /// and headers, fetched when the stream reaches it. The request gives page 1 unless set
    /// and the other parameters, kept for every page.
    pub fn pages(
        self,
    ) -> Paged<
        'a,
        Response<crate::types::SupportTicketPage>,
        crate::types::ErrorMessage,
    > {
        let first = self.operation.page.unwrap_or(1);
        let size = self.operation.per_page;
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
                |request, next| request.operation.page = Some(next),
            ),
        )
    }

    /// Every item of [`list_tickets`](crate::Client::list_tickets), page after page, each page fetched
    /// when the stream reaches it (see [`pages`](Self::pages)).
    pub fn stream(
        self,
    ) -> Paged<'a, crate::types::SupportTicket, crate::types::ErrorMessage> {
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
