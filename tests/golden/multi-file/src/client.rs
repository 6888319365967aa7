//! The API's operations, as methods on [`Client`](crate::Client).

impl crate::Client {
    /// `GET /pets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: multi_file::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.list_pets().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets(&self) -> crate::requests::ListPets<'_> {
        crate::requests::Call::new(self, crate::operations::ListPets {})
    }

    /// `POST /pets`
    ///
    /// Optional parameters are setters of the returned request: [`body`](crate::requests::CreatePet::body).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: multi_file::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let answer = client.create_pet().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_pet(&self) -> crate::requests::CreatePet<'_> {
        crate::requests::Call::new(
            self,
            crate::operations::CreatePet {
                body: None,
            },
        )
    }
}
