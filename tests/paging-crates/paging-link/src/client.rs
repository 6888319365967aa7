//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// Issues of a repository
    ///
    /// `GET /repos/{owner}/{repo}/issues`
    ///
    /// # Arguments
    /// - `owner`
    /// - `repo`
    ///
    /// Optional parameters are setters of the returned request: [`state`](crate::requests::ListIssues::state), [`per_page`](crate::requests::ListIssues::per_page), [`page`](crate::requests::ListIssues::page).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: paging_link::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_issues("id", "id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_issues(
        &self,
        owner: impl Into<String>,
        repo: impl Into<String>,
    ) -> crate::requests::ListIssues<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::ListIssues {
                owner: owner.into(),
                repo: repo.into(),
                state: None,
                per_page: None,
                page: None,
            },
        )
    }

    /// One issue
    ///
    /// `GET /repos/{owner}/{repo}/issues/{number}`
    ///
    /// # Arguments
    /// - `owner`
    /// - `repo`
    /// - `number`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: paging_link::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.get_issue("id", "id", 1).await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_issue(
        &self,
        owner: impl Into<String>,
        repo: impl Into<String>,
        number: impl Into<i64>,
    ) -> crate::requests::GetIssue<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::GetIssue {
                owner: owner.into(),
                repo: repo.into(),
                number: number.into(),
            },
        )
    }

    /// A repository archive
    ///
    /// Answers a redirect to a short-lived download URL.
    ///
    /// `GET /repos/{owner}/{repo}/tarball/{ref}`
    ///
    /// # Arguments
    /// - `owner`
    /// - `repo`
    /// - `ref_`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: paging_link::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.download_tarball("id", "id", "id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn download_tarball(
        &self,
        owner: impl Into<String>,
        repo: impl Into<String>,
        ref_: impl Into<String>,
    ) -> crate::requests::DownloadTarball<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::DownloadTarball {
                owner: owner.into(),
                repo: repo.into(),
                ref_: ref_.into(),
            },
        )
    }

    /// Star a repository
    ///
    /// `PUT /user/starred/{owner}/{repo}`
    ///
    /// # Arguments
    /// - `owner`
    /// - `repo`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: paging_link::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.star_repository("id", "id").await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn star_repository(
        &self,
        owner: impl Into<String>,
        repo: impl Into<String>,
    ) -> crate::requests::StarRepository<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::StarRepository {
                owner: owner.into(),
                repo: repo.into(),
            },
        )
    }
}
