//! A language's compiled messages (from `locales/<tag>.ftl`, see `build.rs`) and rendering one
//! message with its arguments. Hand-written rather than `fluent-bundle`: the files are parsed
//! and checked at build time by Fluent's own parser, so the runtime only walks text, variables
//! and selects — a few hundred bytes of wasm instead of a bundle with every locale's plural data.

use super::args::{Arg, Args};
use super::format::Formatter;
use super::ids::MsgId;
use super::lang::Lang;
use serde::Deserialize;
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

/// A language's messages, ready to render.
#[derive(Debug, Clone)]
pub struct Catalog {
    lang: Lang,
    /// By message (`MsgId as usize`, the order of `MsgId::ALL`): its full, short and WhatsApp
    /// forms. A table rather than maps, read from the JSON by hand: the workers load catalogs
    /// at run time, and derived map and untagged-enum readers cost them ~35 KB of wasm.
    messages: Vec<[Option<Vec<Piece>>; 3]>,
}

fn form_slot(form: Form) -> usize {
    match form {
        Form::Full => 0,
        Form::Short => 1,
        Form::Whatsapp => 2,
    }
}

fn unreadable(what: &str) -> WordsError {
    WordsError::Unreadable(what.to_string())
}

/// One compiled pattern: an array of text, `{"v": var}` and `{"s": var, "o": [[key, body]],
/// "d": default}`.
pub(super) fn pattern_of(v: &serde_json::Value) -> Result<Vec<Piece>, WordsError> {
    let items = v
        .as_array()
        .ok_or_else(|| unreadable("a pattern is not an array"))?;
    items
        .iter()
        .map(|item| {
            if let Some(t) = item.as_str() {
                return Ok(Piece::Text(t.to_string()));
            }
            if let Some(var) = item.get("v").and_then(|v| v.as_str()) {
                return Ok(Piece::Var { v: var.to_string() });
            }
            let s = item.get("s").and_then(|s| s.as_str());
            let o = item.get("o").and_then(|o| o.as_array());
            let d = item.get("d").and_then(|d| d.as_u64());
            let (Some(s), Some(o), Some(d)) = (s, o, d) else {
                return Err(unreadable(
                    "a piece is neither text, a variable nor a select",
                ));
            };
            let o = o
                .iter()
                .map(|variant| match variant.as_array().map(|v| v.as_slice()) {
                    Some([key, body]) => Ok((
                        key.as_str()
                            .ok_or_else(|| unreadable("a variant key is not text"))?
                            .to_string(),
                        pattern_of(body)?,
                    )),
                    _ => Err(unreadable("a variant is not [key, body]")),
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Piece::Select {
                s: s.to_string(),
                o,
                d: d as usize,
            })
        })
        .collect()
}

impl Catalog {
    /// A catalog from its compiled JSON (as `build.rs` writes it).
    pub fn from_json(lang: Lang, json: &str) -> Result<Catalog, WordsError> {
        let compiled: serde_json::Value =
            serde_json::from_str(json).map_err(|e| WordsError::Unreadable(e.to_string()))?;
        let found = compiled
            .get("lang")
            .and_then(|l| l.as_str())
            .unwrap_or_default();
        if found != lang.tag() {
            return Err(WordsError::WrongLanguage {
                wanted: lang.tag(),
                found: found.to_string(),
            });
        }
        let listed = compiled
            .get("messages")
            .and_then(|m| m.as_object())
            .ok_or_else(|| unreadable("no messages"))?;
        let mut messages: Vec<[Option<Vec<Piece>>; 3]> = vec![[None, None, None]; MsgId::ALL.len()];
        for (id, forms) in listed {
            let Some(id) = MsgId::ALL.iter().find(|m| m.as_str() == id) else {
                continue;
            };
            let forms = forms
                .as_object()
                .ok_or_else(|| unreadable("a message is not an object"))?;
            for (f, p) in forms {
                let form = match f.as_str() {
                    "full" => Form::Full,
                    "short" => Form::Short,
                    "whatsapp" => Form::Whatsapp,
                    _ => continue,
                };
                messages[*id as usize][form_slot(form)] = Some(pattern_of(p)?);
            }
        }
        Ok(Catalog { lang, messages })
    }

    /// The catalog compiled into native builds (the CLI, tests). The workers load theirs from
    /// static assets instead (see `docs/words.md`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin(lang: Lang) -> Catalog {
        Catalog::from_json(lang, Catalog::builtin_json(lang)).expect("compiled catalogs are valid")
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
        self.messages[msg as usize][form_slot(Form::Full)] = Some(pieces);
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
        let forms = &self.messages[id as usize];
        let pattern = forms[form_slot(form)]
            .as_ref()
            .or(forms[form_slot(Form::Full)].as_ref())
            .ok_or(WordsError::Missing(id.as_str()))?;
        let mut out = String::new();
        walk(pattern, id.as_str(), args, fmt, &mut out)?;
        Ok(out)
    }

    /// The compiled pattern of a message's form, for checks that look at the words themselves.
    pub fn pattern(&self, id: MsgId, form: Form) -> Option<&[Piece]> {
        self.messages[id as usize][form_slot(form)].as_deref()
    }
}

/// Renders a compiled pattern (`id` names the message in errors).
pub(super) fn walk(
    pattern: &[Piece],
    id: &'static str,
    args: &Args,
    fmt: &dyn Formatter,
    out: &mut String,
) -> Result<(), WordsError> {
    for piece in pattern {
        match piece {
            // A value that ends a sentence's abbreviation ("6–17 déc.") before the sentence's
            // own full stop would print "déc.."; one stop is kept.
            Piece::Text(t) => match t.strip_prefix('.') {
                Some(rest) if out.ends_with('.') => out.push_str(rest),
                _ => out.push_str(t),
            },
            Piece::Var { v } => match args.get(v) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Choice(c)) => out.push_str(c),
                Some(Arg::Number(n)) => out.push_str(&fmt.number(*n)),
                None => return Err(WordsError::MissingArg { id, var: v.clone() }),
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
                    None => return Err(WordsError::MissingArg { id, var: s.clone() }),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_index_the_table_in_their_order() {
        for (i, id) in MsgId::ALL.iter().enumerate() {
            assert_eq!(*id as usize, i, "{}", id.as_str());
        }
        let en = Catalog::from_json(Lang::En, Catalog::builtin_json(Lang::En)).unwrap();
        assert!(MsgId::ALL
            .iter()
            .all(|id| en.pattern(*id, Form::Full).is_some()));
        assert!(matches!(
            Catalog::from_json(Lang::Fr, Catalog::builtin_json(Lang::En)),
            Err(WordsError::WrongLanguage { .. })
        ));
        assert!(matches!(
            Catalog::from_json(
                Lang::En,
                r#"{"lang":"en","messages":{"ui-history":{"full":[1]}}}"#
            ),
            Err(WordsError::Unreadable(_))
        ));
    }
}
