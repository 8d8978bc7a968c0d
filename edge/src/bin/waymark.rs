//! `waymark`: the operator's command line. `waymark normalize --carrier <slug> <FILE>` prints
//! the normalized shipments of a saved carrier reply as `{"shipments":[...]}`.

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
    },
    /// Rank the carriers a tracking number may belong to; prints {"number", "candidates"}.
    Detect {
        /// The tracking number (spaces and dashes are ignored).
        number: String,
    },
}

/// The `normalize` output, fields in contract order.
#[derive(serde::Serialize)]
struct Normalized {
    shipments: Vec<waymark_shared::Shipment>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Normalize { carrier, file } => normalize(&carrier, &file),
        Command::Detect { number } => detect(&number),
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

fn normalize(slug: &str, file: &PathBuf) -> ExitCode {
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
        Ok(shipments) => match serde_json::to_string_pretty(&Normalized { shipments }) {
            Ok(text) => print_out(&text),
            Err(e) => fail(format!("{slug}: cannot write JSON: {e}")),
        },
        Err(e) => fail(format!("{slug}: {e}")),
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
