//! Compiles the buyer's words (`locales/*.ftl`, Fluent syntax) at build time.
//!
//! Each file is parsed by the Fluent project's own parser (`fluent-syntax`) and checked against
//! `en.ftl`: the same message ids, the same attributes (`.short`, `.whatsapp`), the same
//! variables in every form, the same variants for the choice selectors (`$when`, `$where`,
//! `$route`), no selects in a WhatsApp body, and only the constructs the runtime renders
//! (text, `{ $var }`, selects on a variable). Any mismatch fails the build with the file, the
//! message and what is wrong.
//!
//! Output (in `OUT_DIR`): `words_ids.rs` (the `MsgId` enum with each message's variables) and
//! one compiled catalog per language as JSON (`words_<lang>.json`), which native builds embed
//! and the workers load as static assets (keeping 20 languages out of the wasm upload).
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Selectors that choose between cases (their variants must match English); every other
/// selector is a number and selects by the language's plural categories.
const CHOICES: [&str; 3] = ["when", "where", "route"];
/// Messages the widget keeps compiled in for when the edge cannot answer (offline, error).
const WIDGET_FALLBACK: [&str; 2] = ["ui-loading", "ui-error"];
/// The languages the merchant's console speaks (each needs `locales/console/<tag>.ftl`).
const CONSOLE_LANGS: [&str; 2] = ["en", "zh-Hans"];

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Piece>)>,
        default: usize,
    },
}

struct Msg {
    forms: BTreeMap<String, Vec<Piece>>,
}

fn main() {
    let dir = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("shared/locales")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut langs: BTreeMap<String, BTreeMap<String, Msg>> = BTreeMap::new();
    let mut errors = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let lang = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).expect("readable locale file");
        match compile_file(&text) {
            Ok(m) => {
                langs.insert(lang, m);
            }
            Err(e) => errors.extend(e.into_iter().map(|e| format!("{lang}.ftl: {e}"))),
        }
    }
    let en = langs.get("en").expect("locales/en.ftl is the reference");
    for (lang, msgs) in &langs {
        if lang != "en" {
            errors.extend(
                check_against(en, msgs)
                    .into_iter()
                    .map(|e| format!("{lang}.ftl: {e}")),
            );
        }
    }
    if !errors.is_empty() {
        panic!(
            "locale files do not match en.ftl:\n  {}",
            errors.join("\n  ")
        );
    }
    let out = std::env::var("OUT_DIR").unwrap();
    let out = Path::new(&out);
    console(out);
    std::fs::write(out.join("words_ids.rs"), ids_source(en, &langs)).unwrap();
    for (lang, msgs) in &langs {
        std::fs::write(
            out.join(format!("words_{lang}.json")),
            catalog_json(lang, msgs),
        )
        .unwrap();
    }
}

/// The merchant's console words (`locales/console/*.ftl`): the same syntax, parser and checks
/// against English as the buyer's words, in the languages the console speaks
/// ([`CONSOLE_LANGS`], each required); generates `console_ids.rs` (the `ConsoleId` enum and
/// the compiled catalogs, small enough to build into the updates worker).
fn console(out: &Path) {
    let dir = Path::new("locales/console");
    println!("cargo:rerun-if-changed=locales/console");
    let mut langs: BTreeMap<String, BTreeMap<String, Msg>> = BTreeMap::new();
    let mut errors = Vec::new();
    for lang in CONSOLE_LANGS {
        let path = dir.join(format!("{lang}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is required", path.display()));
        match compile_file(&text) {
            Ok(m) => {
                langs.insert(lang.to_string(), m);
            }
            Err(e) => errors.extend(e.into_iter().map(|e| format!("console/{lang}.ftl: {e}"))),
        }
    }
    if let Some(en) = langs.get("en") {
        for (lang, msgs) in langs.iter().filter(|(l, _)| *l != "en") {
            errors.extend(
                check_against(en, msgs)
                    .into_iter()
                    .map(|e| format!("console/{lang}.ftl: {e}")),
            );
        }
    }
    if !errors.is_empty() {
        panic!(
            "console locale files do not match console/en.ftl:\n  {}",
            errors.join("\n  ")
        );
    }
    let en = &langs["en"];
    let mut s = String::new();
    s.push_str("/// Every message id of `locales/console/en.ftl` (generated by `build.rs`).\n");
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[allow(missing_docs)]\npub enum ConsoleId {\n");
    for id in en.keys() {
        let _ = writeln!(s, "    {},", camel(id));
    }
    s.push_str("}\n\nimpl ConsoleId {\n    /// Every id, in file-name order.\n");
    let _ = writeln!(s, "    pub const ALL: [ConsoleId; {}] = [", en.len());
    for id in en.keys() {
        let _ = writeln!(s, "        ConsoleId::{},", camel(id));
    }
    s.push_str("    ];\n\n    /// The id as written in the locale files.\n    pub fn as_str(self) -> &'static str {\n        match self {\n");
    for id in en.keys() {
        let _ = writeln!(s, "            ConsoleId::{} => {id:?},", camel(id));
    }
    s.push_str("        }\n    }\n}\n\n/// The compiled console catalogs: (language tag, JSON).\npub const CONSOLE_CATALOGS: &[(&str, &str)] = &[\n");
    for (lang, msgs) in &langs {
        let file = format!("console_{lang}.json");
        std::fs::write(out.join(&file), catalog_json(lang, msgs)).unwrap();
        let _ = writeln!(
            s,
            "    ({lang:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))),"
        );
    }
    s.push_str("];\n");
    std::fs::write(out.join("console_ids.rs"), s).unwrap();
}

fn compile_file(text: &str) -> Result<BTreeMap<String, Msg>, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errs)) => {
            return Err(errs
                .iter()
                .map(|e| format!("syntax error at bytes {:?}: {:?}", e.pos, e.kind))
                .collect())
        }
    };
    let mut out = BTreeMap::new();
    let mut errors = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let mut forms = BTreeMap::new();
                match m.value.as_ref().map(pattern) {
                    Some(Ok(p)) => {
                        forms.insert("full".to_string(), p);
                    }
                    Some(Err(e)) => errors.push(format!("{id}: {e}")),
                    None => errors.push(format!("{id}: no value")),
                }
                for a in &m.attributes {
                    match pattern(&a.value) {
                        Ok(p) => {
                            forms.insert(a.id.name.to_string(), p);
                        }
                        Err(e) => errors.push(format!("{id}.{}: {e}", a.id.name)),
                    }
                }
                if out.insert(id.clone(), Msg { forms }).is_some() {
                    errors.push(format!("{id}: defined twice"));
                }
            }
            ast::Entry::Term(t) => errors.push(format!("-{}: terms are not used", t.id.name)),
            ast::Entry::Junk { content } => errors.push(format!("unparsed text: {content:?}")),
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn pattern(p: &ast::Pattern<&str>) -> Result<Vec<Piece>, String> {
    let mut out: Vec<Piece> = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.push(Piece::Var(id.name.to_string()))
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    push_text(&mut out, value)
                }
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a select must be on a variable".into());
                    };
                    let mut vs = Vec::new();
                    let mut default = 0;
                    for (i, v) in variants.iter().enumerate() {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        if v.default {
                            default = i;
                        }
                        let mut body = pattern(&v.value)?;
                        trim(&mut body);
                        vs.push((key, body));
                    }
                    out.push(Piece::Select {
                        var: id.name.to_string(),
                        variants: vs,
                        default,
                    });
                }
                other => return Err(format!("unsupported expression {other:?}")),
            },
        }
    }
    trim(&mut out);
    Ok(out)
}

fn push_text(out: &mut Vec<Piece>, value: &str) {
    if let Some(Piece::Text(t)) = out.last_mut() {
        t.push_str(value);
    } else {
        out.push(Piece::Text(value.to_string()));
    }
}

/// Variant bodies and whole patterns lose the line breaks and indentation around them.
fn trim(p: &mut Vec<Piece>) {
    if let Some(Piece::Text(t)) = p.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Piece::Text(t)) = p.last_mut() {
        *t = t.trim_end().to_string();
    }
    p.retain(|x| !matches!(x, Piece::Text(t) if t.is_empty()));
}

fn vars(p: &[Piece], out: &mut BTreeSet<String>) {
    for x in p {
        match x {
            Piece::Text(_) => {}
            Piece::Var(v) => {
                out.insert(v.clone());
            }
            Piece::Select { var, variants, .. } => {
                out.insert(var.clone());
                for (_, body) in variants {
                    vars(body, out);
                }
            }
        }
    }
}

fn choice_variants(p: &[Piece], out: &mut BTreeMap<String, BTreeSet<String>>) {
    for x in p {
        if let Piece::Select { var, variants, .. } = x {
            if CHOICES.contains(&var.as_str()) {
                let e = out.entry(var.clone()).or_default();
                e.extend(variants.iter().map(|(k, _)| k.clone()));
            }
            for (_, body) in variants {
                choice_variants(body, out);
            }
        }
    }
}

fn has_select(p: &[Piece]) -> bool {
    p.iter().any(|x| matches!(x, Piece::Select { .. }))
}

fn check_against(en: &BTreeMap<String, Msg>, other: &BTreeMap<String, Msg>) -> Vec<String> {
    let mut errors = Vec::new();
    for id in en.keys().filter(|k| !other.contains_key(*k)) {
        errors.push(format!("{id}: missing"));
    }
    for id in other.keys().filter(|k| !en.contains_key(*k)) {
        errors.push(format!("{id}: not in en.ftl"));
    }
    for (id, m) in other {
        let Some(e) = en.get(id) else { continue };
        let (a, b): (BTreeSet<_>, BTreeSet<_>) =
            (e.forms.keys().collect(), m.forms.keys().collect());
        if a != b {
            errors.push(format!("{id}: forms {b:?}, en has {a:?}"));
        }
        for (form, p) in &m.forms {
            let Some(ep) = e.forms.get(form) else {
                continue;
            };
            let (mut want, mut have) = (BTreeSet::new(), BTreeSet::new());
            vars(ep, &mut want);
            vars(p, &mut have);
            if want != have {
                let missing: Vec<_> = want.difference(&have).collect();
                let extra: Vec<_> = have.difference(&want).collect();
                errors.push(format!(
                    "{id} ({form}): missing variables {missing:?}, extra {extra:?}"
                ));
            }
            let (mut wc, mut hc) = (BTreeMap::new(), BTreeMap::new());
            choice_variants(ep, &mut wc);
            choice_variants(p, &mut hc);
            if wc != hc {
                errors.push(format!(
                    "{id} ({form}): choice variants {hc:?}, en has {wc:?}"
                ));
            }
        }
    }
    for (id, m) in en.iter().chain(other.iter()) {
        if m.forms.get("whatsapp").is_some_and(|p| has_select(p)) {
            errors.push(format!(
                "{id}.whatsapp: a WhatsApp template body cannot select"
            ));
        }
    }
    errors
}

fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn ids_source(
    en: &BTreeMap<String, Msg>,
    langs: &BTreeMap<String, BTreeMap<String, Msg>>,
) -> String {
    let mut s = String::new();
    s.push_str("/// Every message id of `locales/en.ftl` (generated by `build.rs`).\n");
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[allow(missing_docs)]\npub enum MsgId {\n");
    for id in en.keys() {
        let _ = writeln!(s, "    {},", camel(id));
    }
    s.push_str("}\n\nimpl MsgId {\n    /// Every id, in file-name order.\n");
    let _ = writeln!(s, "    pub const ALL: [MsgId; {}] = [", en.len());
    for id in en.keys() {
        let _ = writeln!(s, "        MsgId::{},", camel(id));
    }
    s.push_str("    ];\n\n    /// The id as written in the locale files.\n    pub fn as_str(self) -> &'static str {\n        match self {\n");
    for id in en.keys() {
        let _ = writeln!(s, "            MsgId::{} => {id:?},", camel(id));
    }
    s.push_str("        }\n    }\n\n    /// The variables the message takes (every form together), sorted.\n    pub fn vars(self) -> &'static [&'static str] {\n        match self {\n");
    for (id, m) in en {
        let mut v = BTreeSet::new();
        for p in m.forms.values() {
            vars(p, &mut v);
        }
        let list: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
        let _ = writeln!(
            s,
            "            MsgId::{} => &[{}],",
            camel(id),
            list.join(", ")
        );
    }
    s.push_str("        }\n    }\n\n    /// The forms the message has besides `full` (`short`, `whatsapp`).\n    pub fn forms(self) -> &'static [&'static str] {\n        match self {\n");
    for (id, m) in en {
        let list: Vec<String> = m
            .forms
            .keys()
            .filter(|f| *f != "full")
            .map(|x| format!("{x:?}"))
            .collect();
        let _ = writeln!(
            s,
            "            MsgId::{} => &[{}],",
            camel(id),
            list.join(", ")
        );
    }
    s.push_str("        }\n    }\n}\n\n");
    // The widget's compiled-in fallback words: plain text per language.
    s.push_str("/// The widget's fallback words per language tag: (tag, [");
    s.push_str(&WIDGET_FALLBACK.join(", "));
    s.push_str("]).\npub const FALLBACK: &[(&str, [&str; 2])] = &[\n");
    for (lang, msgs) in langs {
        let texts: Vec<String> = WIDGET_FALLBACK
            .iter()
            .map(|id| match msgs.get(*id).and_then(|m| m.forms.get("full")).map(|p| p.as_slice()) {
                Some([Piece::Text(t)]) => format!("{t:?}"),
                _ => panic!("{lang}.ftl: {id} must be plain text (the widget shows it without the edge)"),
            })
            .collect();
        let _ = writeln!(s, "    ({lang:?}, [{}]),", texts.join(", "));
    }
    s.push_str("];\n\n/// Every compiled catalog: (language tag, JSON), for native builds.\n#[cfg(not(target_arch = \"wasm32\"))]\npub const CATALOGS: &[(&str, &str)] = &[\n");
    for lang in langs.keys() {
        let _ = writeln!(
            s,
            "    ({lang:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/words_{lang}.json\"))),"
        );
    }
    s.push_str("];\n");
    s
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn pieces_json(p: &[Piece]) -> String {
    let parts: Vec<String> = p
        .iter()
        .map(|x| match x {
            Piece::Text(t) => json_str(t),
            Piece::Var(v) => format!("{{\"v\":{}}}", json_str(v)),
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let vs: Vec<String> = variants
                    .iter()
                    .map(|(k, b)| format!("[{},{}]", json_str(k), pieces_json(b)))
                    .collect();
                format!(
                    "{{\"s\":{},\"o\":[{}],\"d\":{default}}}",
                    json_str(var),
                    vs.join(",")
                )
            }
        })
        .collect();
    format!("[{}]", parts.join(","))
}

fn catalog_json(lang: &str, msgs: &BTreeMap<String, Msg>) -> String {
    let entries: Vec<String> = msgs
        .iter()
        .map(|(id, m)| {
            let forms: Vec<String> = m
                .forms
                .iter()
                .map(|(f, p)| format!("{}:{}", json_str(f), pieces_json(p)))
                .collect();
            format!("{}:{{{}}}", json_str(id), forms.join(","))
        })
        .collect();
    format!(
        "{{\"lang\":{},\"messages\":{{{}}}}}",
        json_str(lang),
        entries.join(",\n")
    )
}
