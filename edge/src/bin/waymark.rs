//! `waymark`: the operator's command line. `waymark normalize --carrier <slug> <FILE>` prints
//! the normalized shipments of a saved carrier reply as `{"shipments":[...]}`; with
//! `--lang fr --tz Europe/Paris` each shipment also carries the buyer's answer (`answer`).
//! `waymark words export DIR` writes the compiled locale catalogs the workers serve from.
//! `waymark fetch --carrier <slug> <NUMBER>` makes the worker's own carrier request (credentials
//! and base URLs from the environment) and prints the normalized shipments the same way.

#[path = "waymark/fetch.rs"]
mod fetch;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use waymark_edge::carriers::{self, Context};
use waymark_shared::Carrier;

/// Waymark command line.
#[derive(Parser)]
#[command(name = "waymark", version, about = "Waymark shipment-tracking tools")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Normalize a saved carrier reply and print {"shipments":[...]}.
    Normalize {
        /// Carrier slug (dhl, ups, fedex, usps, canadapost, australiapost, laposte,
        /// royalmail, cainiao, 4px, yanwen, landmark, seko, easypost, 17track).
        #[arg(long)]
        carrier: String,
        /// The reply body, as saved from the carrier.
        file: PathBuf,
        #[command(flatten)]
        wording: WordingArgs,
    },
    /// The buyer's words: `export DIR` writes each language's compiled catalog as DIR/<tag>.json
    /// (the workers' static assets).
    Words {
        #[command(subcommand)]
        command: WordsCommand,
    },
    /// Ask the carrier live, with the worker's own request, and print {"shipments":[...]}.
    ///
    /// Builds the request the worker would (its OAuth token step too, for UPS, FedEx and USPS)
    /// from the same variables the worker's configuration reads, sends it, and normalizes the
    /// reply like `normalize` does.
    #[command(after_help = fetch::env_help())]
    Fetch {
        /// Carrier slug (dhl, ups, fedex, usps, canadapost, australiapost, laposte,
        /// royalmail, cainiao, 4px, yanwen, landmark, seko, easypost, 17track).
        #[arg(long)]
        carrier: String,
        /// The tracking number, sent as given.
        number: String,
        /// Print the carrier's reply body instead (whatever its HTTP status; a failure status
        /// still exits non-zero).
        #[arg(long)]
        raw: bool,
        #[command(flatten)]
        wording: WordingArgs,
    },
    /// Rank the carriers a tracking number may belong to; prints {"number", "candidates"}.
    Detect {
        /// The tracking number (spaces and dashes are ignored).
        number: String,
    },
}

/// How to word the answer (`normalize` and `fetch` alike).
#[derive(clap::Args)]
struct WordingArgs {
    /// Adds the buyer's answer in this language (BCP 47) to each shipment (field `answer`).
    #[arg(long)]
    lang: Option<String>,
    /// The buyer's IANA time zone for the answer's dates.
    #[arg(long, default_value = "UTC")]
    tz: String,
    /// The instant the timeline is judged at (RFC 3339); now by default.
    #[arg(long)]
    now: Option<String>,
}

#[derive(Subcommand)]
enum WordsCommand {
    /// Write every language's compiled catalog to DIR/<tag>.json.
    Export {
        /// The directory (created if missing).
        dir: PathBuf,
    },
}

/// The `normalize` output, fields in contract order.
#[derive(serde::Serialize)]
struct Normalized {
    shipments: Vec<Answered>,
}

/// A shipment with, when a language was asked for, the buyer's answer beside its fields.
#[derive(serde::Serialize)]
struct Answered {
    #[serde(flatten)]
    shipment: waymark_shared::Shipment,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<waymark_shared::words::ShipmentAnswer>,
}

/// How the CLI words an answer: a language, a zone and the instant it is judged at.
struct Wording {
    lang: waymark_shared::words::Lang,
    tz: chrono_tz::Tz,
    now: chrono::DateTime<chrono::Utc>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Normalize {
            carrier,
            file,
            wording: w,
        } => match wording(w.lang.as_deref(), &w.tz, w.now.as_deref()) {
            Ok(w) => normalize(&carrier, &file, w),
            Err(e) => fail(e),
        },
        Command::Words {
            command: WordsCommand::Export { dir },
        } => export_words(&dir),
        Command::Detect { number } => detect(&number),
        Command::Fetch {
            carrier,
            number,
            raw,
            wording: w,
        } => match wording(w.lang.as_deref(), &w.tz, w.now.as_deref()) {
            Ok(w) => fetch_live(&carrier, &number, raw, w),
            Err(e) => fail(e),
        },
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn print_out(text: &str) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot write output: {e}")),
    }
}

fn fail(message: String) -> ExitCode {
    eprintln!("waymark: {message}");
    ExitCode::FAILURE
}

fn wording(lang: Option<&str>, tz: &str, now: Option<&str>) -> Result<Option<Wording>, String> {
    let Some(lang) = lang else { return Ok(None) };
    let tz: chrono_tz::Tz = tz
        .parse()
        .map_err(|_| format!("--tz: {tz:?} is not an IANA time zone"))?;
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|e| format!("--now: {e}"))?
            .with_timezone(&chrono::Utc),
        None => chrono::Utc::now(),
    };
    Ok(Some(Wording {
        lang: waymark_shared::words::Lang::negotiate(lang),
        tz,
        now,
    }))
}

fn export_words(dir: &PathBuf) -> ExitCode {
    use waymark_shared::words::{ids::CATALOGS, Lang};
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(format!("words: cannot create {}: {e}", dir.display()));
    }
    // Every language whose locale file exists; the workers serve English for the others.
    for (tag, json) in CATALOGS {
        let path = dir.join(format!("{tag}.json"));
        if let Err(e) = std::fs::write(&path, json) {
            return fail(format!("words: cannot write {}: {e}", path.display()));
        }
    }
    let missing: Vec<&str> = Lang::ALL
        .iter()
        .map(|l| l.tag())
        .filter(|t| !CATALOGS.iter().any(|(c, _)| c == t))
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "words: no locale file yet for {} (served in English)",
            missing.join(", ")
        );
    }
    ExitCode::SUCCESS
}

/// The shipment with its answer composed, when wording was asked for.
fn answered(mut shipment: waymark_shared::Shipment, wording: Option<&Wording>) -> Answered {
    use chrono::Offset;
    use waymark_shared::words::{Catalog, Composer, PlainFormatter};
    let Some(w) = wording else {
        return Answered {
            shipment,
            answer: None,
        };
    };
    waymark_shared::exception_rules::refresh(&mut shipment, w.now);
    let catalog = Catalog::builtin(w.lang);
    let tz = w.tz;
    let fmt = PlainFormatter::new(w.lang, move |at| at.with_timezone(&tz).offset().fix());
    let answer = Composer::new(&catalog, &fmt).shipment(&shipment, None);
    Answered {
        shipment,
        answer: Some(answer),
    }
}

fn normalize(slug: &str, file: &PathBuf, wording: Option<Wording>) -> ExitCode {
    let carrier: Carrier = match slug.parse() {
        Ok(c) => c,
        Err(e) => return fail(e.to_string()),
    };
    let body = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return fail(format!("{slug}: cannot read {}: {e}", file.display())),
    };
    let ctx = Context {
        fetched_at: chrono::Utc::now(),
    };
    match carriers::normalize(&carrier, &body, &ctx) {
        Ok(shipments) => print_shipments(slug, shipments, wording.as_ref()),
        Err(e) => fail(format!("{slug}: {e}")),
    }
}

/// Prints `{"shipments":[...]}`, each with its answer when wording was asked for.
fn print_shipments(
    slug: &str,
    shipments: Vec<waymark_shared::Shipment>,
    wording: Option<&Wording>,
) -> ExitCode {
    match serde_json::to_string_pretty(&Normalized {
        shipments: shipments
            .into_iter()
            .map(|s| answered(s, wording))
            .collect(),
    }) {
        Ok(text) => print_out(&text),
        Err(e) => fail(format!("{slug}: cannot write JSON: {e}")),
    }
}

/// `fetch`: the worker's request made live, its reply normalized (or, `raw`, printed as is).
fn fetch_live(slug: &str, number: &str, raw: bool, wording: Option<Wording>) -> ExitCode {
    let carrier: Carrier = match slug.parse() {
        Ok(c) => c,
        Err(e) => return fail(e.to_string()),
    };
    let number = number.trim();
    if number.is_empty() {
        return fail(format!("{slug}: the tracking number is empty"));
    }
    let reply = match fetch::fetch(&carrier, number, raw) {
        Ok(reply) => reply,
        Err(e) => return fail(format!("{slug}: {e}")),
    };
    if raw {
        let printed = print_raw(&reply.body);
        if !(200..300).contains(&reply.status) {
            return fail(format!(
                "{slug}: the carrier answered HTTP {} to the tracking request",
                reply.status
            ));
        }
        return printed;
    }
    match fetch::shipments(&carrier, number, &reply.body) {
        Ok((shipments, pending)) => {
            if pending {
                eprintln!(
                    "waymark: {slug}: the carrier does not know {number} yet; shown as the worker serves it (pending)"
                );
            }
            print_shipments(slug, shipments, wording.as_ref())
        }
        Err(e) => fail(format!("{slug}: {e}")),
    }
}

/// Writes a reply body to stdout as received (a final newline added when it has none).
fn print_raw(body: &[u8]) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = out.write_all(body).and_then(|()| {
        if body.ends_with(b"\n") {
            Ok(())
        } else {
            out.write_all(b"\n")
        }
    });
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot write output: {e}")),
    }
}

/// The `detect` output.
#[derive(serde::Serialize)]
struct Detected {
    number: String,
    candidates: Vec<waymark_shared::detect::Candidate>,
}

fn detect(raw: &str) -> ExitCode {
    let number = waymark_shared::detect::normalize_number(raw);
    if number.is_empty() {
        return fail("detect: the tracking number is empty".into());
    }
    let candidates = waymark_shared::detect::detect(&number);
    match serde_json::to_string_pretty(&Detected { number, candidates }) {
        Ok(text) => print_out(&text),
        Err(e) => fail(format!("detect: cannot write JSON: {e}")),
    }
}
