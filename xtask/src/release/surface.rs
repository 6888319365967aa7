//! The public API of a generated crate, read from its Rust sources with `syn`: what a downstream
//! crate can name, build, match and call, as a sorted list of facts.
//!
//! Reading the emitted code (not the generator's model) means the surface is the one users
//! compile against, whatever part of the generator produced it (schema types, operations,
//! runtime template, quirk templates).

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::{Attribute, Fields, ImplItem, Item, TraitItem, Visibility};

/// One fact of the public API: its key (`kind path`) and what it is (`a type, a signature, ...`).
/// Two surfaces are compared key by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Surface {
    pub facts: BTreeMap<String, String>,
}

/// The kinds of facts, as written at the start of each key.
pub mod kind {
    pub const MODULE: &str = "mod";
    pub const REEXPORT: &str = "use";
    pub const STRUCT: &str = "struct";
    pub const FIELD: &str = "field";
    pub const ENUM: &str = "enum";
    pub const VARIANT: &str = "variant";
    pub const FN: &str = "fn";
    pub const METHOD: &str = "method";
    pub const IMPL: &str = "impl";
    pub const TYPE: &str = "type";
    pub const CONST: &str = "const";
    pub const TRAIT: &str = "trait";
    pub const TRAIT_FN: &str = "trait-fn";
    /// The HTTP method and path a client method calls (from its docs): names operations in the
    /// changelog, not part of the Rust API.
    pub const ROUTE: &str = "route";
}

/// Struct and enum facts: whether users may build them with a literal or match them exhaustively.
pub const EXHAUSTIVE: &str = "exhaustive";
pub const NON_EXHAUSTIVE: &str = "non_exhaustive";
/// Struct fact: exhaustive, but with private fields, so not buildable outside the crate either.
pub const PRIVATE_FIELDS: &str = "private fields";
/// Trait method fact suffix: it has a default body.
pub const PROVIDED: &str = " (provided)";

impl Surface {
    /// The surface of a crate from its `src/` files (`lib.rs` the root; `mod x;` is `x.rs`).
    pub fn from_sources(files: &BTreeMap<String, String>) -> Result<Surface, String> {
        let mut reader = Reader {
            files,
            decls: Vec::new(),
            impls: Vec::new(),
            reexports: Vec::new(),
            imports: Vec::new(),
            modules: BTreeSet::new(),
            local_traits: BTreeSet::new(),
        };
        reader.module("lib.rs", &[], true)?;
        Ok(reader.finish())
    }

    /// The fact's text as stored in `public-api.txt`: `key: value`, or `key` alone.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.facts.iter().map(|(k, v)| if v.is_empty() { k.clone() } else { format!("{k}: {v}") })
    }

    /// Reads back [`Surface::lines`]. Keys never contain `": "` (paths use `::`).
    pub fn from_lines<'a>(lines: impl Iterator<Item = &'a str>) -> Surface {
        let facts = lines
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| match l.split_once(": ") {
                // Records written before `mut` bindings were left out of signatures.
                Some((k, v)) if k.starts_with(kind::METHOD) => {
                    (k.to_owned(), v.replace("(mut self", "(self").replace(", mut ", ", "))
                }
                Some((k, v)) => (k.to_owned(), v.to_owned()),
                None => (l.to_owned(), String::new()),
            })
            .collect();
        Surface { facts }
    }
}

/// A named public item, where it is declared.
struct Decl {
    module: Vec<String>,
    /// Every module from the root to it is `pub`.
    reachable: bool,
    name: String,
    /// `None` for a `pub mod`.
    item: Option<Item>,
}

struct Reexport {
    module: Vec<String>,
    /// `use` path, e.g. `["runtime", "Client"]`, or `["types", "*"]`.
    path: Vec<String>,
    alias: Option<String>,
}

/// A `use` of a module: `name` is what it brings in (`None` for a glob), from `source`.
struct Import {
    module: Vec<String>,
    name: Option<String>,
    source: Vec<String>,
}

struct Reader<'a> {
    files: &'a BTreeMap<String, String>,
    decls: Vec<Decl>,
    /// Impl blocks, with the module each is written in.
    impls: Vec<(Vec<String>, syn::ItemImpl)>,
    reexports: Vec<Reexport>,
    /// Imports, public or not: how a name is found in a module that does not declare it
    /// (`use super::Call` in a feature group's file, `pub use group_pets::*` in its parent).
    imports: Vec<Import>,
    /// Every module the crate has, public or not.
    modules: BTreeSet<Vec<String>>,
    /// Every trait the crate declares, public or not: impls of the others are not API.
    local_traits: BTreeSet<String>,
}

impl Reader<'_> {
    fn module(&mut self, file: &str, path: &[String], reachable: bool) -> Result<(), String> {
        let text = self.files.get(file).ok_or_else(|| format!("src/{file} is missing"))?;
        let parsed = syn::parse_file(text).map_err(|e| format!("src/{file}: {e}"))?;
        self.items(parsed.items, path, reachable)
    }

    fn items(&mut self, items: Vec<Item>, path: &[String], reachable: bool) -> Result<(), String> {
        self.modules.insert(path.to_vec());
        for item in items {
            match item {
                Item::Mod(m) => {
                    let mut inner = path.to_vec();
                    inner.push(m.ident.to_string());
                    let public = is_pub(&m.vis);
                    if public && reachable {
                        self.decls.push(Decl {
                            module: path.to_vec(),
                            reachable,
                            name: m.ident.to_string(),
                            item: None,
                        });
                    }
                    match m.content {
                        Some((_, items)) => self.items(items, &inner, reachable && public)?,
                        None => {
                            let child = format!("{}.rs", inner.join("/"));
                            self.module(&child, &inner, reachable && public)?;
                        }
                    }
                }
                Item::Use(u) => {
                    let mut found = Vec::new();
                    use_paths(&u.tree, Vec::new(), &mut found);
                    for (use_path, alias) in found {
                        let source = resolve(path, &use_path);
                        let name = match use_path.last().map(String::as_str) {
                            Some("*") => None,
                            last => alias.clone().or(last.map(str::to_owned)),
                        };
                        self.imports.push(Import { module: path.to_vec(), name, source });
                        if is_pub(&u.vis) {
                            self.reexports.push(Reexport { module: path.to_vec(), path: use_path, alias });
                        }
                    }
                }
                Item::Impl(i) => self.impls.push((path.to_vec(), i)),
                item => {
                    if let Item::Trait(t) = &item {
                        self.local_traits.insert(t.ident.to_string());
                    }
                    if let Some((name, vis)) = named(&item) {
                        // `#[doc(hidden)]` items are for generated code, not the crate's users.
                        if is_pub(vis) && !hidden(item_attrs(&item)) {
                            self.decls.push(Decl { module: path.to_vec(), reachable, name, item: Some(item) });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> Surface {
        let public = self.public_paths();
        let mut facts = BTreeMap::new();
        for (index, decl) in self.decls.iter().enumerate() {
            let Some(path) = public.get(&index) else { continue };
            match &decl.item {
                Some(item) => decl_facts(path, item, &mut facts),
                None => {
                    facts.insert(format!("{} {path}", kind::MODULE), String::new());
                }
            }
        }
        for reexport in &self.reexports {
            if !self.module_reachable(&reexport.module) || self.glob_of_private_module(reexport) {
                continue;
            }
            let name = reexport.alias.clone().unwrap_or_else(|| reexport.path.last().cloned().unwrap_or_default());
            let at = join(&reexport.module, &name);
            facts.insert(format!("{} {at}", kind::REEXPORT), reexport.path.join("::"));
        }
        // An impl block's type, resolved from the module it is written in, is a declaration
        // (`runtime::Client`) or a public path (`crate::ClientBuilder`, re-exported).
        let mut types: BTreeMap<Vec<String>, &String> = BTreeMap::new();
        for (index, decl) in self.decls.iter().enumerate() {
            let (Some(_), Some(path)) = (&decl.item, public.get(&index)) else { continue };
            let mut declared = decl.module.clone();
            declared.push(decl.name.clone());
            types.insert(declared, path);
            types.insert(path.split("::").map(str::to_owned).collect(), path);
        }
        for (module, block) in &self.impls {
            let syn::Type::Path(self_ty) = &*block.self_ty else { continue };
            let segments: Vec<String> = self_ty.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let Some(path) = types.get(&resolve(module, &segments)) else { continue };
            if !self.implements_private_trait(block) {
                impl_facts(block, path, &mut facts);
            }
        }
        self.alias_facts(&public, &mut facts);
        Surface { facts }
    }

    /// Whether the impl block is of a trait the crate declares without making it public: such
    /// impls are not API.
    fn implements_private_trait(&self, block: &syn::ItemImpl) -> bool {
        let trait_ident = block.trait_.as_ref().and_then(|(_, path, _)| path.segments.last()).map(|s| s.ident.to_string());
        let public_trait = |t: &String| self.decls.iter().any(|d| d.name == *t && d.item.is_some());
        trait_ident.is_some_and(|t| self.local_traits.contains(&t) && !public_trait(&t))
    }

    /// A public alias of a local generic type (`requests::ListPets<'a>` for
    /// `Call<'a, operations::ListPets>`) has, under its own name, the methods and traits of the
    /// type's generic impls, and its derives where the alias's type arguments derive them too.
    fn alias_facts(&self, public: &BTreeMap<usize, String>, facts: &mut BTreeMap<String, String>) {
        let declared = |path: &[String]| self.lookup(path, 0);
        let path_of = |module: &[String], ty: &syn::Type| match ty {
            syn::Type::Path(ty) => Some(resolve(module, &ty.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>())),
            _ => None,
        };
        for (index, decl) in self.decls.iter().enumerate() {
            let (Some(Item::Type(alias)), Some(alias_path)) = (&decl.item, public.get(&index)) else { continue };
            let Some(target) = path_of(&decl.module, &alias.ty).and_then(|path| declared(&path)) else { continue };
            let Some(Item::Struct(target_struct)) = &target.item else { continue };
            for (module, block) in &self.impls {
                let generic = block.generics.type_params().next().is_some();
                let implemented = path_of(module, &block.self_ty).and_then(|path| declared(&path));
                let applies = generic && implemented.is_some_and(|found| std::ptr::eq(found, target));
                if applies && !self.implements_private_trait(block) {
                    impl_facts(block, alias_path, facts);
                }
            }
            let syn::Type::Path(ty) = &*alias.ty else { continue };
            let arguments: Vec<&Item> = ty.path.segments.last().into_iter().flat_map(|last| match &last.arguments {
                syn::PathArguments::AngleBracketed(args) => args.args.iter().collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => path_of(&decl.module, ty),
                _ => None,
            })
            .filter_map(|path| declared(&path)?.item.as_ref())
            .collect();
            for derived in derives(&target_struct.attrs) {
                if arguments.iter().all(|item| derives(item_attrs(item)).contains(&derived)) {
                    facts.insert(format!("{} {derived} for {alias_path}", kind::IMPL), String::new());
                }
            }
        }
    }

    /// Where each public declaration can be named from outside: its own path when every module
    /// on the way is `pub`, else the first `pub use` that re-exports it.
    fn public_paths(&self) -> BTreeMap<usize, String> {
        let mut paths = BTreeMap::new();
        for (index, decl) in self.decls.iter().enumerate() {
            if decl.item.is_none() {
                if decl.reachable {
                    paths.insert(index, join(&decl.module, &decl.name));
                }
                continue;
            }
            if decl.reachable {
                paths.insert(index, join(&decl.module, &decl.name));
                continue;
            }
            let exported = self.reexports.iter().filter(|r| self.module_reachable(&r.module)).find_map(|r| {
                let (last, source) = r.path.split_last()?;
                let source = resolve(&r.module, source);
                if source != decl.module {
                    return None;
                }
                if last == "*" {
                    Some(join(&r.module, &decl.name))
                } else if *last == decl.name {
                    Some(join(&r.module, r.alias.as_deref().unwrap_or(&decl.name)))
                } else {
                    None
                }
            });
            if let Some(path) = exported {
                paths.insert(index, path);
            }
        }
        paths
    }

    /// The declaration a path names: declared in its module, or found through that module's
    /// imports (a feature group's file names its parent's `Call` by `use super::Call`; its
    /// parent re-exports the group's items by `pub use group_x::*`).
    fn lookup(&self, path: &[String], depth: usize) -> Option<&Decl> {
        let (name, module) = path.split_last()?;
        let here = self.decls.iter().find(|d| d.item.is_some() && d.name == *name && d.module == module);
        if here.is_some() || depth > 4 {
            return here;
        }
        self.imports.iter().filter(|import| import.module == module).find_map(|import| match &import.name {
            Some(imported) if imported == name => self.lookup(&import.source, depth + 1),
            Some(_) => None,
            None => {
                // A glob: its source is the module, then `*`.
                let (_, module) = import.source.split_last()?;
                let mut inner = module.to_vec();
                inner.push(name.clone());
                self.lookup(&inner, depth + 1)
            }
        })
    }

    /// `pub use group_x::*` of a module the crate keeps private: its items are listed at the
    /// paths it gives them, the glob itself is not API.
    fn glob_of_private_module(&self, reexport: &Reexport) -> bool {
        let Some((last, source)) = reexport.path.split_last() else { return false };
        let source = resolve(&reexport.module, source);
        last == "*" && self.modules.contains(&source) && !self.module_reachable(&source)
    }

    fn module_reachable(&self, module: &[String]) -> bool {
        module.is_empty()
            || self.decls.iter().any(|d| {
                d.item.is_none() && d.reachable && {
                    let mut full = d.module.clone();
                    full.push(d.name.clone());
                    full == module
                }
            })
    }
}

/// A `use` path relative to the module it is written in (`crate::`, `self::`, `super::`).
fn resolve(module: &[String], path: &[String]) -> Vec<String> {
    let mut out: Vec<String> = module.to_vec();
    let mut segments = path.iter().peekable();
    match segments.peek().map(|s| s.as_str()) {
        Some("crate") => {
            out.clear();
            segments.next();
        }
        Some("self") => {
            segments.next();
        }
        _ => {
            // 2018 paths in a submodule name crates or the module's own children; generated
            // crates only write `use child::...` in lib.rs, where both readings agree.
        }
    }
    for segment in segments {
        if segment == "super" {
            out.pop();
        } else {
            out.push(segment.clone());
        }
    }
    out
}

fn use_paths(tree: &syn::UseTree, prefix: Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    let with = |segment: String| {
        let mut path = prefix.clone();
        path.push(segment);
        path
    };
    match tree {
        syn::UseTree::Path(p) => use_paths(&p.tree, with(p.ident.to_string()), out),
        syn::UseTree::Name(n) => out.push((with(n.ident.to_string()), None)),
        syn::UseTree::Rename(r) => out.push((with(r.ident.to_string()), Some(r.rename.to_string()))),
        syn::UseTree::Glob(_) => out.push((with("*".to_owned()), None)),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_paths(t, prefix.clone(), out)),
    }
}

fn named(item: &Item) -> Option<(String, &Visibility)> {
    Some(match item {
        Item::Struct(i) => (i.ident.to_string(), &i.vis),
        Item::Enum(i) => (i.ident.to_string(), &i.vis),
        Item::Fn(i) => (i.sig.ident.to_string(), &i.vis),
        Item::Type(i) => (i.ident.to_string(), &i.vis),
        Item::Const(i) => (i.ident.to_string(), &i.vis),
        Item::Static(i) => (i.ident.to_string(), &i.vis),
        Item::Trait(i) => (i.ident.to_string(), &i.vis),
        Item::Union(i) => (i.ident.to_string(), &i.vis),
        _ => return None,
    })
}

fn is_pub(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

/// A signature as callers see it: `mut` on a by-value receiver or argument binds it inside the
/// body only.
fn interface(sig: &syn::Signature) -> syn::Signature {
    let mut sig = sig.clone();
    for input in &mut sig.inputs {
        match input {
            syn::FnArg::Receiver(receiver) if receiver.reference.is_none() => receiver.mutability = None,
            syn::FnArg::Typed(typed) => {
                if let syn::Pat::Ident(ident) = &mut *typed.pat {
                    ident.mutability = None;
                }
            }
            syn::FnArg::Receiver(_) => {}
        }
    }
    sig
}

/// `#[doc(hidden)]`.
fn hidden(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("doc") && attr.parse_args::<syn::Ident>().is_ok_and(|ident| ident == "hidden")
    })
}

fn item_attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Struct(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Const(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        _ => &[],
    }
}

fn join(module: &[String], name: &str) -> String {
    module.iter().map(String::as_str).chain([name]).collect::<Vec<_>>().join("::")
}

fn decl_facts(path: &str, item: &Item, facts: &mut BTreeMap<String, String>) {
    match item {
        Item::Struct(s) => {
            let private = s.fields.iter().any(|f| !is_pub(&f.vis));
            let meta = if non_exhaustive(&s.attrs) {
                NON_EXHAUSTIVE
            } else if private {
                PRIVATE_FIELDS
            } else {
                EXHAUSTIVE
            };
            facts.insert(format!("{} {path}", kind::STRUCT), format!("{meta}{}", generics(&s.generics)));
            for (index, field) in s.fields.iter().enumerate().filter(|(_, f)| is_pub(&f.vis)) {
                let name = field.ident.as_ref().map_or_else(|| index.to_string(), ToString::to_string);
                facts.insert(format!("{} {path}.{name}", kind::FIELD), tidy(&field.ty));
            }
            derive_facts(path, &s.attrs, facts);
        }
        Item::Enum(e) => {
            let meta = if non_exhaustive(&e.attrs) { NON_EXHAUSTIVE } else { EXHAUSTIVE };
            facts.insert(format!("{} {path}", kind::ENUM), format!("{meta}{}", generics(&e.generics)));
            for variant in &e.variants {
                let shape = match &variant.fields {
                    Fields::Unit => "unit".to_owned(),
                    Fields::Unnamed(f) => {
                        format!("({})", f.unnamed.iter().map(|f| tidy(&f.ty)).collect::<Vec<_>>().join(", "))
                    }
                    Fields::Named(f) => {
                        let fields = f.named.iter().map(|f| {
                            format!("{}: {}", f.ident.as_ref().map(ToString::to_string).unwrap_or_default(), tidy(&f.ty))
                        });
                        format!("{{ {} }}", fields.collect::<Vec<_>>().join(", "))
                    }
                };
                let meta = if non_exhaustive(&variant.attrs) { " non_exhaustive" } else { "" };
                facts.insert(format!("{} {path}::{}", kind::VARIANT, variant.ident), format!("{shape}{meta}"));
            }
            derive_facts(path, &e.attrs, facts);
        }
        Item::Fn(f) => {
            facts.insert(format!("{} {path}", kind::FN), tidy(&f.sig));
        }
        Item::Type(t) => {
            facts.insert(format!("{} {path}", kind::TYPE), format!("{}{}", tidy(&t.ty), generics(&t.generics)));
        }
        Item::Const(c) => {
            facts.insert(format!("{} {path}", kind::CONST), tidy(&c.ty));
        }
        Item::Static(s) => {
            facts.insert(format!("{} {path}", kind::CONST), tidy(&s.ty));
        }
        Item::Trait(t) => {
            let supertraits = t.supertraits.iter().map(tidy).collect::<Vec<_>>().join(" + ");
            facts.insert(format!("{} {path}", kind::TRAIT), supertraits);
            for item in &t.items {
                if let TraitItem::Fn(f) = item {
                    let provided = if f.default.is_some() { PROVIDED } else { "" };
                    facts.insert(format!("{} {path}::{}", kind::TRAIT_FN, f.sig.ident), format!("{}{provided}", tidy(&f.sig)));
                }
            }
        }
        _ => {}
    }
}

fn impl_facts(block: &syn::ItemImpl, path: &str, facts: &mut BTreeMap<String, String>) {
    match &block.trait_ {
        Some((_, trait_path, _)) => {
            facts.insert(format!("{} {} for {path}", kind::IMPL, trait_name(trait_path)), String::new());
        }
        None => {
            for item in &block.items {
                if let ImplItem::Fn(f) = item {
                    if is_pub(&f.vis) && !hidden(&f.attrs) {
                        facts.insert(format!("{} {path}::{}", kind::METHOD, f.sig.ident), tidy(&interface(&f.sig)));
                        if let Some(route) = route(&f.attrs) {
                            facts.insert(format!("{} {path}::{}", kind::ROUTE, f.sig.ident), route);
                        }
                    }
                }
            }
        }
    }
}

/// The `` `GET /pets/{id}` `` line the generator writes in an operation's docs.
fn route(attrs: &[Attribute]) -> Option<String> {
    const METHODS: [&str; 8] = ["GET ", "PUT ", "POST ", "DELETE ", "PATCH ", "HEAD ", "OPTIONS ", "TRACE "];
    attrs.iter().filter(|a| a.path().is_ident("doc")).find_map(|a| {
        let syn::Meta::NameValue(doc) = &a.meta else { return None };
        let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &doc.value else { return None };
        let text = text.value();
        let route = text.trim().strip_prefix('`')?.strip_suffix('`')?;
        METHODS.iter().any(|m| route.starts_with(m)).then(|| route.to_owned())
    })
}

/// `serde::Serialize` -> `Serialize`; `From<String>` stays; lifetimes (`Deserialize<'de>`) go.
fn trait_name(path: &syn::Path) -> String {
    let Some(last) = path.segments.last() else { return String::new() };
    let mut name = last.ident.to_string();
    if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
        let args: Vec<String> =
            args.args.iter().filter(|a| !matches!(a, syn::GenericArgument::Lifetime(_))).map(tidy).collect();
        if !args.is_empty() {
            name = format!("{name}<{}>", args.join(", "));
        }
    }
    name
}

fn derive_facts(path: &str, attrs: &[Attribute], facts: &mut BTreeMap<String, String>) {
    for derived in derives(attrs) {
        facts.insert(format!("{} {derived} for {path}", kind::IMPL), String::new());
    }
}

/// The traits of the item's `#[derive(..)]`s, as `trait_name` writes them.
fn derives(attrs: &[Attribute]) -> Vec<String> {
    let mut traits = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let Ok(list) = attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        traits.extend(list.iter().map(trait_name));
    }
    traits
}

fn non_exhaustive(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
}

fn generics(generics: &syn::Generics) -> String {
    if generics.params.is_empty() {
        String::new()
    } else {
        format!(" {}", tidy(generics))
    }
}

/// Tokens as one readable line: `Option < Vec < String > >` -> `Option<Vec<String>>`.
pub fn tidy(tokens: &impl ToTokens) -> String {
    let mut flat = Vec::new();
    flatten(tokens.to_token_stream(), &mut flat);
    // `crate::types::Pet` is `types::Pet` for a reader, and paths are written from the root.
    let mut atoms = Vec::with_capacity(flat.len());
    let mut iter = flat.into_iter().peekable();
    while let Some(atom) = iter.next() {
        if atom == "crate" && iter.peek().is_some_and(|next| next == "::") {
            iter.next();
            continue;
        }
        atoms.push(atom);
    }
    let mut out = String::new();
    for (index, atom) in atoms.iter().enumerate() {
        let next = atoms.get(index + 1).map(String::as_str);
        // Trailing commas of multi-line signatures.
        if atom == "," && matches!(next, Some(")" | ">" | "]") | None) {
            continue;
        }
        if index > 0 {
            let prev = atoms[index - 1].as_str();
            let word = |s: &str| s.ends_with(|c: char| c.is_alphanumeric() || c == '_');
            let glued_to_prev = matches!(atom.as_str(), ">" | "," | ")" | "]" | "?" | "." | ";" | ":" | "::")
                || (matches!(atom.as_str(), "(" | "<") && (word(prev) || prev == ">"));
            let glued_to_next = matches!(prev, "<" | "(" | "[" | "&" | "::" | "!" | "#");
            if !glued_to_prev && !glued_to_next {
                out.push(' ');
            }
        }
        out.push_str(atom);
    }
    out
}

/// Tokens as atoms: identifiers, literals, joined punctuation (`::`, `->`, `'a`), delimiters.
fn flatten(stream: proc_macro2::TokenStream, atoms: &mut Vec<String>) {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    let mut joined = String::new();
    for tree in stream {
        match tree {
            TokenTree::Punct(p) => {
                joined.push(p.as_char());
                if p.spacing() == Spacing::Alone {
                    atoms.push(std::mem::take(&mut joined));
                }
                continue;
            }
            TokenTree::Ident(i) if joined == "'" => {
                joined.push_str(&i.to_string());
                atoms.push(std::mem::take(&mut joined));
                continue;
            }
            _ => {}
        }
        if !joined.is_empty() {
            atoms.push(std::mem::take(&mut joined));
        }
        match tree {
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                if !open.is_empty() {
                    atoms.push(open.to_owned());
                }
                flatten(g.stream(), atoms);
                if !close.is_empty() {
                    atoms.push(close.to_owned());
                }
            }
            other => atoms.push(other.to_string()),
        }
    }
    if !joined.is_empty() {
        atoms.push(joined);
    }
}

/// The kinds whose keys name a parent (`field A.b`, `variant A::B`, `method A::b`, `trait-fn A::b`):
/// the parent's path.
pub fn parent(key_kind: &str, path: &str) -> Option<String> {
    match key_kind {
        kind::FIELD => path.rsplit_once('.').map(|(p, _)| p.to_owned()),
        kind::VARIANT | kind::METHOD | kind::TRAIT_FN => path.rsplit_once("::").map(|(p, _)| p.to_owned()),
        _ => None,
    }
}

/// Splits a key into its kind and path.
pub fn split_key(key: &str) -> (&str, &str) {
    key.split_once(' ').unwrap_or((key, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(files: &[(&str, &str)]) -> Vec<String> {
        let files = files.iter().map(|(name, text)| (name.to_string(), text.to_string())).collect();
        Surface::from_sources(&files).expect("reads").lines().collect()
    }

    /// A builder named by an alias of the generic `Call` has `Call`'s methods and traits under its
    /// own name, `Clone` only where its operation is `Clone`; the hidden trait is not API.
    #[test]
    fn an_alias_of_a_generic_type_has_its_methods_under_its_own_name() {
        let lib = "pub mod requests;\n#[doc(hidden)]\npub mod operations;\n";
        let requests = "
            #[derive(Clone)]
            pub struct Call<'a, O> { client: &'a (), operation: O }
            #[doc(hidden)]
            pub trait Operation {}
            impl<'a, O: Operation> Call<'a, O> { pub fn send(self) -> u8 { 0 } }
            impl<'a, O: Operation> std::future::IntoFuture for Call<'a, O> {}
            impl<'a, O> Operation for Call<'a, O> {}
            pub type ListPets<'a> = Call<'a, crate::operations::ListPets>;
            impl ListPets<'_> { pub fn limit(self, value: i32) -> Self { self } }
            pub type Upload<'a> = Call<'a, crate::operations::Upload>;
        ";
        let operations = "#[derive(Clone)]\npub struct ListPets {}\npub struct Upload {}\n";
        let found = lines(&[("lib.rs", lib), ("requests.rs", requests), ("operations.rs", operations)]);
        let has = |line: &str| found.iter().any(|l| l.starts_with(line));
        assert!(has("method requests::ListPets::send: fn send(self) -> u8"), "{found:#?}");
        assert!(has("method requests::Upload::send"), "{found:#?}");
        assert!(has("method requests::ListPets::limit"), "{found:#?}");
        assert!(has("impl IntoFuture for requests::ListPets"), "{found:#?}");
        assert!(has("impl Clone for requests::ListPets"), "{found:#?}");
        assert!(!has("impl Clone for requests::Upload"), "{found:#?}");
        assert!(!found.iter().any(|l| l.contains("impl Operation")), "{found:#?}");
    }

    /// Grouping puts a group's items in files of their own, behind its feature, and moves no
    /// public path: the grouped crate's surface is the ungrouped one's.
    #[test]
    fn feature_groups_move_no_public_path() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace");
        let spec = root.join("tests/specs/groups/feature-groups.yaml");
        let surface = |groups| {
            let config = codegen::Config::new("feature-groups").feature_groups(groups);
            let generated = codegen::generate(&spec, &config).expect("generates");
            let sources = generated
                .files
                .iter()
                .filter_map(|file| {
                    let path = file.path.strip_prefix("src").ok()?;
                    Some((path.to_string_lossy().replace('\\', "/"), file.contents.clone()))
                })
                .collect();
            Surface::from_sources(&sources).expect("reads").lines().collect::<Vec<_>>()
        };
        let grouped = surface(codegen::config::FeatureGroups::On);
        let flat = surface(codegen::config::FeatureGroups::Off);
        let only = |a: &[String], b: &[String]| a.iter().filter(|l| !b.contains(l)).cloned().collect::<Vec<_>>();
        assert_eq!(only(&grouped, &flat), only(&flat, &grouped), "grouped only, then flat only");
        let has = |line: &str| grouped.iter().any(|l| l.starts_with(line));
        // Items of a group's files (`types/group_store_front.rs`, `requests/group_pets.rs`).
        assert!(has("struct types::Store"), "{grouped:#?}");
        assert!(has("method requests::GetPet::send"), "{grouped:#?}");
        assert!(has("method Client::get_pet"), "{grouped:#?}");
    }
}
