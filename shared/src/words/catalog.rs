//! A language's compiled messages (from `locales/<tag>.ftl`, see `build.rs`) and rendering one
//! message with its arguments. Hand-written rather than `fluent-bundle`: the files are parsed
//! and checked at build time by Fluent's own parser, so the runtime only walks text, variables
//! and selects — a few hundred bytes of wasm instead of a bundle with every locale's plural data.

use super::args::{Arg, Args};
use super::format::Formatter;
use super::ids::MsgId;
use super::lang::Lang;
use serde::Deserialize;
use std::collections::HashMap;
use thiserror::Error;

/// Which form of a message: the full sentence, the SMS form, or the WhatsApp template body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// The sentence as every screen and email shows it.
    Full,
    /// The SMS form (`.short`).
    Short,
    /// The WhatsApp template body (`.whatsapp`).
    Whatsapp,
}

impl Form {
    fn name(self) -> &'static str {
        match self {
            Form::Full => "full",
            Form::Short => "short",
            Form::Whatsapp => "whatsapp",
        }
    }
}

/// One piece of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Piece {
    /// Literal text.
    Text(String),
    /// A variable's value.
    Var {
        /// The variable's name.
        v: String,
    },
    /// A choice between variants by a variable's value (or its plural category).
    Select {
        /// The selecting variable.
        s: String,
        /// The variants: key and body.
        o: Vec<(String, Vec<Piece>)>,
        /// The default variant's index.
        d: usize,
    },
}

#[derive(Debug, Clone, Deserialize)]
struct Compiled {
    lang: String,
    messages: HashMap<String, HashMap<String, Vec<Piece>>>,
}

/// Why a catalog could not be loaded, a message not rendered, or an override not taken.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WordsError {
    /// The compiled catalog is not valid JSON of the expected shape.
    #[error("the catalog is not readable: {0}")]
    Unreadable(String),
    /// The catalog is for another language than expected.
    #[error("the catalog is for {found}, not {wanted}")]
    WrongLanguage {
        /// Expected tag.
        wanted: &'static str,
        /// The catalog's tag.
        found: String,
    },
    /// A message id is not in the catalog.
    #[error("message {0} is missing")]
    Missing(&'static str),
    /// A variable the message uses was not given.
    #[error("message {id} needs the variable ${var}")]
    MissingArg {
        /// The message.
        id: &'static str,
        /// The variable.
        var: String,
    },
    /// An override names no known message.
    #[error("there is no message {0} to override")]
    UnknownOverride(String),
    /// An override uses a variable its message does not have.
    #[error("the override of {id} uses ${var}, which that message does not have")]
    OverrideVariable {
        /// The message.
        id: String,
        /// The variable.
        var: String,
    },
}

/// English compiled, on every target: the workers embed it so they never answer without words
/// (every other language is a static asset, see `docs/words.md`).
pub const ENGLISH_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/words_en.json"));

/// A language's messages, ready to render.
#[derive(Debug, Clone)]
pub struct Catalog {
    lang: Lang,
    messages: HashMap<MsgId, HashMap<Form, Vec<Piece>>>,
}

impl Catalog {
    /// A catalog from its compiled JSON (as `build.rs` writes it).
    pub fn from_json(lang: Lang, json: &str) -> Result<Catalog, WordsError> {
        let compiled: Compiled =
            serde_json::from_str(json).map_err(|e| WordsError::Unreadable(e.to_string()))?;
        if compiled.lang != lang.tag() {
            return Err(WordsError::WrongLanguage {
                wanted: lang.tag(),
                found: compiled.lang,
            });
        }
        let by_name: HashMap<&str, MsgId> = MsgId::ALL.iter().map(|m| (m.as_str(), *m)).collect();
        let mut messages = HashMap::new();
        for (id, forms) in compiled.messages {
            let Some(id) = by_name.get(id.as_str()) else {
                continue;
            };
            let forms = forms
                .into_iter()
                .filter_map(|(f, p)| {
                    let form = match f.as_str() {
                        "full" => Form::Full,
                        "short" => Form::Short,
                        "whatsapp" => Form::Whatsapp,
                        _ => return None,
                    };
                    Some((form, p))
                })
                .collect();
            messages.insert(*id, forms);
        }
        Ok(Catalog { lang, messages })
    }

    /// The catalog compiled into native builds (the CLI, tests). The workers load theirs from
    /// static assets instead (see `docs/words.md`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin(lang: Lang) -> Catalog {
        let json = super::ids::CATALOGS
            .iter()
            .find(|(tag, _)| *tag == lang.tag())
            .map(|(_, j)| *j)
            .expect("every language has a compiled catalog");
        Catalog::from_json(lang, json).expect("compiled catalogs are valid")
    }

    /// The compiled JSON of a language as built into native builds, for writing the workers'
    /// static assets.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin_json(lang: Lang) -> &'static str {
        super::ids::CATALOGS
            .iter()
            .find(|(tag, _)| *tag == lang.tag())
            .map(|(_, j)| *j)
            .expect("every language has a compiled catalog")
    }

    /// The catalog's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Replaces one message's full form with the merchant's own words (brand voice): plain
    /// text with `{ $var }` placeholders, each one the message already has.
    pub fn override_message(&mut self, id: &str, text: &str) -> Result<(), WordsError> {
        let Some(msg) = MsgId::ALL.iter().find(|m| m.as_str() == id).copied() else {
            return Err(WordsError::UnknownOverride(id.to_string()));
        };
        let pieces = parse_plain(text);
        for p in &pieces {
            if let Piece::Var { v } = p {
                if !msg.vars().contains(&v.as_str()) {
                    return Err(WordsError::OverrideVariable {
                        id: id.to_string(),
                        var: v.clone(),
                    });
                }
            }
        }
        self.messages
            .entry(msg)
            .or_default()
            .insert(Form::Full, pieces);
        Ok(())
    }

    /// Renders a message's form (falling back to the full form when it has no such form).
    pub fn render(
        &self,
        id: MsgId,
        form: Form,
        args: &Args,
        fmt: &dyn Formatter,
    ) -> Result<String, WordsError> {
        let forms = self
            .messages
            .get(&id)
            .ok_or(WordsError::Missing(id.as_str()))?;
        let pattern = forms
            .get(&form)
            .or_else(|| forms.get(&Form::Full))
            .ok_or(WordsError::Missing(id.as_str()))?;
        let mut out = String::new();
        walk(pattern, id, args, fmt, &mut out)?;
        Ok(out)
    }

    /// Whether a message has a form of its own (not falling back to the full one).
    pub fn has_form(&self, id: MsgId, form: Form) -> bool {
        self.messages
            .get(&id)
            .is_some_and(|f| f.contains_key(&form))
    }

    /// The compiled pattern of a message's form, for checks that look at the words themselves.
    pub fn pattern(&self, id: MsgId, form: Form) -> Option<&[Piece]> {
        self.messages.get(&id)?.get(&form).map(|p| p.as_slice())
    }

    /// The name of a form, as written in the locale files.
    pub fn form_name(form: Form) -> &'static str {
        form.name()
    }
}

fn walk(
    pattern: &[Piece],
    id: MsgId,
    args: &Args,
    fmt: &dyn Formatter,
    out: &mut String,
) -> Result<(), WordsError> {
    for piece in pattern {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var { v } => match args.get(v) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Choice(c)) => out.push_str(c),
                Some(Arg::Number(n)) => out.push_str(&fmt.number(*n)),
                None => {
                    return Err(WordsError::MissingArg {
                        id: id.as_str(),
                        var: v.clone(),
                    })
                }
            },
            Piece::Select { s, o, d } => {
                let key: String = match args.get(s) {
                    Some(Arg::Choice(c)) => (*c).to_string(),
                    Some(Arg::Text(t)) => t.clone(),
                    Some(Arg::Number(n)) => {
                        // An exact number variant ([0]) wins over the plural category.
                        let exact = n.to_string();
                        if o.iter().any(|(k, _)| *k == exact) {
                            exact
                        } else {
                            fmt.plural(*n).as_str().to_string()
                        }
                    }
                    None => {
                        return Err(WordsError::MissingArg {
                            id: id.as_str(),
                            var: s.clone(),
                        })
                    }
                };
                let body = o
                    .iter()
                    .find(|(k, _)| *k == key)
                    .or_else(|| o.get(*d))
                    .map(|(_, b)| b.as_slice())
                    .unwrap_or(&[]);
                walk(body, id, args, fmt, out)?;
            }
        }
    }
    Ok(())
}

/// A merchant's override text: literal text and `{ $var }` placeholders (no selects).
fn parse_plain(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let inner = rest[start + 1..start + len].trim();
        if let Some(var) = inner.strip_prefix('$') {
            if !rest[..start].is_empty() {
                out.push(Piece::Text(rest[..start].to_string()));
            }
            out.push(Piece::Var {
                v: var.trim().to_string(),
            });
        } else {
            out.push(Piece::Text(rest[..start + len + 1].to_string()));
        }
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    out
}
