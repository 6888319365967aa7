//! The names the configured templates add, claimed in the crate's namespaces before anything
//! from the document.

use super::Lowerer;
use crate::model::{ArgumentValue, Extension, NamedItem};
use crate::templates::Descriptor;

impl Lowerer<'_, '_> {
    /// Claims each template's types and methods; a name already held (by the runtime or an
    /// earlier template) is renamed, with a warning.
    pub(super) fn claim_extensions(&mut self, descriptors: Vec<Descriptor>) -> Vec<Extension> {
        let mut extensions = Vec::with_capacity(descriptors.len());
        for descriptor in descriptors {
            let mut ext = descriptor.extension;
            let owner = format!("the `{}` template", ext.template);
            let at = format!("/{}", descriptor.config_key);
            let mut renamed_types: Vec<(String, String)> = Vec::new();
            for item in &mut ext.root_types {
                let wanted = item.name.clone();
                claim(&mut self.type_names, item, &owner, "type", &mut self.config_diags, &at);
                if item.name != wanted {
                    renamed_types.push((wanted, item.name.clone()));
                }
            }
            for method in &mut ext.client_methods {
                claim(&mut self.method_names, &mut method.item, &owner, "`Client` method", &mut self.config_diags, &at);
            }
            for method in &mut ext.builder_methods {
                claim(&mut self.builder_names, &mut method.item, &owner, "`ClientBuilder` method", &mut self.config_diags, &at);
            }
            // Arguments naming a renamed type follow it.
            for method in ext.builder_methods.iter_mut().chain(&mut ext.client_methods) {
                for arg in &mut method.args {
                    if let ArgumentValue::Variant { ty, .. } = &mut arg.value {
                        if let Some((_, new)) = renamed_types.iter().find(|(old, _)| old == ty) {
                            *ty = new.clone();
                        }
                    }
                }
            }
            extensions.push(ext);
        }
        extensions
    }
}

/// Claims `item`'s name in `names` for `owner`, warning (at `at` in the configuration) when it
/// must be renamed.
fn claim(
    names: &mut crate::naming::Namespace,
    item: &mut NamedItem,
    owner: &str,
    what: &str,
    diags: &mut crate::diagnostics::Diagnostics,
    at: &str,
) {
    let wanted = item.name.clone();
    let holder = names.owner(&wanted).map(str::to_owned);
    item.name = names.claim_for(&wanted, owner);
    if let Some(holder) = holder {
        let holder = if holder.is_empty() { "another item".to_owned() } else { holder };
        diags.warn(at, format!("{owner} adds the {what} `{wanted}`, which is {holder}; using `{}`", item.name));
    }
}
