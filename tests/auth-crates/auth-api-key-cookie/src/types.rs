//! Types of the API's schemas, parameters, responses and errors.
