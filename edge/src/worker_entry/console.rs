//! The console's I/O (`crate::console` composes the pages): sessions and sign-in, the
//! attention list from D1's attention index, an order's page with its actions, the CSV export
//! and the evidence pack. Every page is `no-store`, framed by nobody, and runs no script.

use super::console_session::{self as sessions, Session};
use super::handlers::{client_ip, Ctx};
use super::intl::IntlFormatter;
use super::registrations::{self, rows, statement, StoreError};
use super::{body, config, notifications, refresh, timeline, words};
use crate::api::evidence_page;
use crate::api::hex;
use crate::api::query;
use crate::console::filter::{Filter, ListRow, EXPORT_MAX, PAGE};
use crate::console::html::{page, Chrome, Ui, CSP};
use crate::console::list::{self, ListPage};
use crate::console::order_page::{self, OrderPage, Viewer};
use crate::console::routes::{route, Action, Page};
use crate::console::session;
use crate::console::{csv, login};
use crate::proactive::delivery::Delivery;
use serde::Deserialize;
use waymark_shared::words::console::{console_lang, ConsoleId, ConsoleWords};
use waymark_shared::words::{Args, Composer, Formatter, Lang, PlainFormatter, ShipmentAnswer};
use worker::{console_log, Env, Request, Response, Result};

/// The largest form the console accepts.
const FORM_MAX: usize = 8 * 1024;

fn header(req: &Request, name: &str) -> Option<String> {
    req.headers().get(name).ok().flatten()
}

fn now_ms() -> i64 {
    timeline::now().timestamp_millis()
}

/// The console's language: the merchant's choice (cookie), else `Accept-Language`.
fn language(req: &Request) -> Lang {
    let cookies = header(req, "Cookie").unwrap_or_default();
    match session::cookie(&cookies, session::LANG_COOKIE) {
        Some(tag) => console_lang(tag),
        None => console_lang(&header(req, "Accept-Language").unwrap_or_default()),
    }
}

/// Words and a formatter in the merchant's language (UTC).
struct Speech {
    words: ConsoleWords,
    fmt: Box<dyn Formatter>,
}

impl Speech {
    fn of(req: &Request) -> Speech {
        let lang = language(req);
        let fmt: Box<dyn Formatter> = match IntlFormatter::or_utc(lang, None) {
            Some(f) => Box::new(f),
            None => Box::new(PlainFormatter::utc(lang)),
        };
        Speech {
            words: ConsoleWords::new(lang),
            fmt,
        }
    }

    fn ui(&self) -> Ui<'_> {
        Ui {
            words: &self.words,
            fmt: self.fmt.as_ref(),
        }
    }

    fn t(&self, id: ConsoleId) -> String {
        self.words.t(id, self.fmt.as_ref())
    }
}

/// An HTML page with the console's headers.
fn html(body: String, status: u16) -> Result<Response> {
    let resp = Response::ok(body)?.with_status(status);
    let h = resp.headers();
    h.set("Content-Type", "text/html; charset=utf-8")?;
    h.set("Content-Security-Policy", CSP)?;
    secure_headers(h)?;
    Ok(resp)
}

fn secure_headers(h: &worker::Headers) -> Result<()> {
    h.set("Cache-Control", "no-store")?;
    h.set("X-Content-Type-Options", "nosniff")?;
    h.set("X-Frame-Options", "DENY")?;
    h.set("Referrer-Policy", "same-origin")?;
    h.set("X-Robots-Tag", "noindex")?;
    Ok(())
}

/// `303 See Other` to `location`, optionally setting a cookie.
fn redirect(location: &str, cookie: Option<&str>) -> Result<Response> {
    let resp = Response::empty()?.with_status(303);
    let h = resp.headers();
    h.set("Location", location)?;
    if let Some(c) = cookie {
        h.set("Set-Cookie", c)?;
    }
    secure_headers(h)?;
    Ok(resp)
}

/// A page that says one thing (an error, a refusal).
fn message(speech: &Speech, text: &str, status: u16, chrome: Chrome) -> Result<Response> {
    let main = format!(
        r#"{}<p><a href="/console">{}</a></p>"#,
        crate::console::html::notice(&evidence_page::escape(text), true),
        speech.t(ConsoleId::ConsoleOrderBack).replace('&', "&amp;")
    );
    html(page(&speech.ui(), text, chrome, &main), status)
}

/// "There is no such order." (404).
fn not_found(speech: &Speech, chrome: Chrome) -> Result<Response> {
    message(speech, &speech.t(ConsoleId::ConsoleNotFound), 404, chrome)
}

fn unavailable(speech: &Speech, e: StoreError) -> Result<Response> {
    console_log!("waymark: console: {e}");
    message(
        speech,
        &speech.t(ConsoleId::ConsoleUnavailable),
        503,
        Chrome::Bare,
    )
}

/// This worker's own origin, as the browser addresses it.
fn own_origin(req: &Request) -> String {
    let url = req.inner().url();
    let after = url.find("://").map_or(0, |i| i + 3);
    let end = url[after..].find('/').map_or(url.len(), |i| after + i);
    url[..end].to_string()
}

async fn form(req: &mut Request) -> Option<String> {
    let bytes = body::bytes(req, FORM_MAX).await.ok()?;
    String::from_utf8(bytes).ok()
}

/// The console: one entry for every `/console` path.
pub async fn serve(mut req: Request, ctx: Ctx) -> Result<Response> {
    let method = req.inner().method().to_ascii_uppercase();
    let speech = Speech::of(&req);
    let page = route(&method, &req.path());
    if let Page::WrongMethod(allow) = page {
        let resp = html(String::new(), 405)?;
        resp.headers().set("Allow", allow)?;
        return Ok(resp);
    }
    if let Page::Lang(tag) = &page {
        let cookie = format!(
            "{}={tag}; Path=/console; Max-Age=31536000; SameSite=Lax",
            session::LANG_COOKIE
        );
        return redirect("/console", Some(&cookie));
    }
    // Every change comes from a page of this origin (and carries the session's CSRF token).
    let posting = method == "POST";
    if posting
        && !session::same_origin(
            header(&req, "Origin").as_deref(),
            header(&req, "Sec-Fetch-Site").as_deref(),
            &own_origin(&req),
        )
    {
        return message(
            &speech,
            &speech.t(ConsoleId::ConsoleCsrf),
            403,
            Chrome::Bare,
        );
    }
    if page == Page::Login {
        return sign_in(&mut req, &ctx, &speech).await;
    }
    let cookies = header(&req, "Cookie").unwrap_or_default();
    let signed_in = match sessions::current(&ctx.env, &cookies, now_ms()).await {
        Ok(s) => s,
        Err(e) => return unavailable(&speech, e),
    };
    let Some(session) = signed_in else {
        return match page {
            Page::Home => html(login::render(&speech.ui(), None), 200),
            Page::NotFound => html(String::new(), 404),
            // A form without a live session: its token cannot be checked.
            _ if posting => message(
                &speech,
                &speech.t(ConsoleId::ConsoleCsrf),
                403,
                Chrome::Bare,
            ),
            _ => redirect("/console", None),
        };
    };
    if posting {
        let fields = form(&mut req).await.unwrap_or_default();
        if !session::csrf_matches(query::param(&fields, "csrf").as_deref(), &session.csrf) {
            return message(
                &speech,
                &speech.t(ConsoleId::ConsoleCsrf),
                403,
                Chrome::SignedIn {
                    csrf: &session.csrf,
                },
            );
        }
    }
    let url = req.inner().url();
    let raw_query = query::of_url(&url).to_string();
    match page {
        Page::Home => home(&ctx.env, &speech, &session, &raw_query).await,
        Page::Csv => export(&ctx.env, &speech, &raw_query).await,
        Page::Lanes => lanes(&ctx.env, &speech, &session).await,
        Page::Logout => {
            if let Err(e) = sessions::end(&ctx.env, &session.id_hash).await {
                return unavailable(&speech, e);
            }
            redirect("/console?signed_out=1", Some(&session::end_cookie()))
        }
        Page::Order(id) => order(&ctx.env, &speech, &session, &id, &raw_query).await,
        Page::Evidence(id) => evidence(&ctx.env, &speech, &id).await,
        Page::Act(id, action) => act(&ctx, &speech, &id, action).await,
        Page::Login | Page::Lang(_) | Page::WrongMethod(_) | Page::NotFound => message(
            &speech,
            "404",
            404,
            Chrome::SignedIn {
                csrf: &session.csrf,
            },
        ),
    }
}

async fn sign_in(req: &mut Request, ctx: &Ctx, speech: &Speech) -> Result<Response> {
    let now = now_ms();
    let network = session::network(&client_ip(req));
    match sessions::locked_for(&ctx.env, &network, now).await {
        Ok(Some(seconds)) => {
            let text = speech
                .words
                .render(
                    ConsoleId::ConsoleLoginLimited,
                    &Args::new().number("minutes", (seconds + 59) / 60),
                    speech.fmt.as_ref(),
                )
                .unwrap_or_default();
            let resp = html(
                login::render(&speech.ui(), Some((evidence_page::escape(&text), true))),
                429,
            )?;
            resp.headers().set("Retry-After", &seconds.to_string())?;
            return Ok(resp);
        }
        Ok(None) => {}
        Err(e) => return unavailable(speech, e),
    }
    let given = form(req)
        .await
        .and_then(|f| query::param(&f, "key"))
        .unwrap_or_default();
    let expected = config::text(&ctx.env, "MERCHANT_API_KEY").unwrap_or_default();
    if expected.is_empty() || !hex::same(given.as_bytes(), expected.as_bytes()) {
        if let Err(e) = sessions::failed(&ctx.env, &network, now).await {
            return unavailable(speech, e);
        }
        let text = evidence_page::escape(&speech.t(ConsoleId::ConsoleLoginFailed));
        return html(login::render(&speech.ui(), Some((text, true))), 401);
    }
    match sessions::start(&ctx.env, now).await {
        Ok(value) => redirect("/console", Some(&session::start_cookie(&value))),
        Err(e) => unavailable(speech, e),
    }
}

#[derive(Deserialize)]
struct Choice {
    carrier: Option<String>,
    destination: Option<String>,
}

/// The carriers and destination countries among the orders on the list (the filters'
/// choices), from one pass over the attention index.
async fn choices(env: &Env) -> (Vec<String>, Vec<String>) {
    let Ok(db) = registrations::db(env) else {
        return (Vec::new(), Vec::new());
    };
    let found = match statement(
        &db,
        "SELECT carrier, destination FROM registrations WHERE attention_key IS NOT NULL \
         GROUP BY carrier, destination LIMIT 1000",
        &[],
    ) {
        Ok(stmt) => rows::<Choice>(stmt).await.unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    let distinct = |mut v: Vec<String>| {
        v.sort();
        v.dedup();
        v
    };
    let carriers = distinct(found.iter().filter_map(|c| c.carrier.clone()).collect());
    let destinations = distinct(found.iter().filter_map(|c| c.destination.clone()).collect());
    (carriers, destinations)
}

async fn list_rows(
    env: &Env,
    filter: &Filter,
    limit: u32,
) -> std::result::Result<Vec<ListRow>, StoreError> {
    let db = registrations::db(env)?;
    let (sql, values) = filter.sql(now_ms(), limit);
    rows(statement(&db, &sql, &registrations::js_values(&values))?).await
}

async fn home(env: &Env, speech: &Speech, s: &Session, raw_query: &str) -> Result<Response> {
    let filter = Filter::from_query(raw_query);
    let mut found = match list_rows(env, &filter, PAGE + 1).await {
        Ok(r) => r,
        Err(e) => return unavailable(speech, e),
    };
    let more = found.len() > PAGE as usize;
    found.truncate(PAGE as usize);
    let (carriers, destinations) = choices(env).await;
    let notice =
        query::param(raw_query, "signed_out").map(|_| speech.t(ConsoleId::ConsoleSignedOut));
    let body = list::render(
        &speech.ui(),
        &ListPage {
            filter: &filter,
            rows: &found,
            more,
            carriers: &carriers,
            destinations: &destinations,
            csrf: &s.csrf,
            notice,
        },
    );
    html(body, 200)
}

/// How many days of delivered parcels the lanes page counts.
const LANE_DAYS: f64 = 90.0;

async fn lanes(env: &Env, speech: &Speech, s: &Session) -> Result<Response> {
    let since = now_ms() as f64 - LANE_DAYS * 86_400_000.0;
    match super::parcels::since(env, since).await {
        Ok(records) => {
            let lanes = crate::proactive::lane_stats::lanes(&records);
            html(
                crate::console::lanes_page::render(&speech.ui(), &lanes, &s.csrf),
                200,
            )
        }
        Err(e) => unavailable(speech, e),
    }
}

async fn export(env: &Env, speech: &Speech, raw_query: &str) -> Result<Response> {
    let mut filter = Filter::from_query(raw_query);
    filter.after = None;
    match list_rows(env, &filter, EXPORT_MAX).await {
        Ok(found) => {
            let resp = Response::ok(csv::render(&found))?;
            let h = resp.headers();
            h.set("Content-Type", "text/csv; charset=utf-8")?;
            h.set(
                "Content-Disposition",
                "attachment; filename=\"waymark-attention.csv\"",
            )?;
            secure_headers(h)?;
            Ok(resp)
        }
        Err(e) => unavailable(speech, e),
    }
}

/// The parcels of an order in a language and zone.
pub(super) async fn answers(
    env: &Env,
    reg: &crate::proactive::registration::Registration,
    lang: Lang,
    tz: Option<&str>,
) -> Vec<ShipmentAnswer> {
    let Ok(catalog) = words::catalog(env, lang).await else {
        return Vec::new();
    };
    let fmt: Box<dyn Formatter> = match IntlFormatter::or_utc(catalog.lang(), tz) {
        Some(f) => Box::new(f),
        None => Box::new(PlainFormatter::utc(catalog.lang())),
    };
    let composer = Composer::new(&catalog, fmt.as_ref());
    let n = reg.snapshot.len();
    reg.snapshot
        .iter()
        .enumerate()
        .map(|(i, s)| composer.shipment(s, (n > 1).then_some((i + 1, n))))
        .collect()
}

/// An order's page for a viewer (the merchant, or a support link's agent).
pub async fn order_html(
    env: &Env,
    words: &ConsoleWords,
    fmt: &dyn Formatter,
    reg: &crate::proactive::registration::Registration,
    viewer: Viewer<'_>,
    notice: Option<String>,
) -> String {
    let buyer_lang = Lang::negotiate(reg.locale.as_deref().unwrap_or("en"));
    let buyer = answers(env, reg, buyer_lang, reg.time_zone.as_deref()).await;
    let scans = answers(env, reg, words.lang(), None).await;
    let log = notifications::of(env, &reg.id).await.unwrap_or_default();
    order_page::render(
        &Ui { words, fmt },
        &OrderPage {
            reg,
            buyer: &buyer,
            scans: &scans,
            notifications: &log,
            viewer,
            notice,
        },
    )
}

fn order_id(raw: &str) -> Option<String> {
    query::decode(raw).filter(|id| crate::proactive::registration::valid_id(id))
}

async fn order(
    env: &Env,
    speech: &Speech,
    s: &Session,
    raw_id: &str,
    raw_query: &str,
) -> Result<Response> {
    let chrome = || Chrome::SignedIn { csrf: &s.csrf };
    let Some(id) = order_id(raw_id) else {
        return not_found(speech, chrome());
    };
    let stored = match registrations::get(env, &id).await {
        Ok(Some(st)) => st,
        Ok(None) => return not_found(speech, chrome()),
        Err(e) => return unavailable(speech, e),
    };
    let notice = match query::param(raw_query, "done").as_deref() {
        Some("refresh") => Some(speech.t(ConsoleId::ConsoleDoneRefresh)),
        Some("stop") => Some(speech.t(ConsoleId::ConsoleDoneStop)),
        Some("resend") => {
            let n: i64 = query::param(raw_query, "n")
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            speech
                .words
                .render(
                    ConsoleId::ConsoleDoneResend,
                    &Args::new().number("count", n),
                    speech.fmt.as_ref(),
                )
                .ok()
        }
        _ => None,
    };
    let body = order_html(
        env,
        &speech.words,
        speech.fmt.as_ref(),
        &stored.reg,
        Viewer::Merchant { csrf: &s.csrf },
        notice,
    )
    .await;
    html(body, 200)
}

async fn evidence(env: &Env, speech: &Speech, raw_id: &str) -> Result<Response> {
    let Some(id) = order_id(raw_id) else {
        return not_found(speech, Chrome::Bare);
    };
    match registrations::get(env, &id).await {
        Ok(Some(st)) => {
            let now = timeline::now();
            let files: Vec<_> = st
                .reg
                .snapshot
                .iter()
                .map(|s| waymark_shared::evidence::compile(s, now))
                .collect();
            let resp = Response::ok(evidence_page::render_order(&st.reg.id, &files))?;
            let h = resp.headers();
            h.set("Content-Type", "text/html; charset=utf-8")?;
            h.set(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'",
            )?;
            secure_headers(h)?;
            Ok(resp)
        }
        Ok(None) => not_found(speech, Chrome::Bare),
        Err(e) => unavailable(speech, e),
    }
}

async fn act(ctx: &Ctx, speech: &Speech, raw_id: &str, action: Action) -> Result<Response> {
    let Some(id) = order_id(raw_id) else {
        return not_found(speech, Chrome::Bare);
    };
    let env = &ctx.env;
    let back = format!("/console/orders/{}", query::encode(&id));
    match action {
        Action::Stop => match registrations::stop(env, &id).await {
            Ok(Some(_)) => redirect(&format!("{back}?done=stop"), None),
            Ok(None) => not_found(speech, Chrome::Bare),
            Err(e) => unavailable(speech, e),
        },
        Action::Refresh => match registrations::get(env, &id).await {
            Ok(Some(mut stored)) => {
                let legs = refresh::wanted(env, &stored.reg);
                refresh::refresh(env, &mut stored, &legs, timeline::now()).await;
                redirect(&format!("{back}?done=refresh"), None)
            }
            Ok(None) => not_found(speech, Chrome::Bare),
            Err(e) => unavailable(speech, e),
        },
        Action::Resend => {
            let stored = match registrations::get(env, &id).await {
                Ok(Some(st)) => st,
                Ok(None) => return not_found(speech, Chrome::Bare),
                Err(e) => return unavailable(speech, e),
            };
            let dead = match notifications::dead(env, &id).await {
                Ok(d) => d,
                Err(e) => return unavailable(speech, e),
            };
            let deliveries: Vec<String> = dead
                .iter()
                .filter_map(|(key, body)| {
                    serde_json::to_string(&Delivery {
                        key: key.clone(),
                        registration: id.clone(),
                        url: stored.reg.webhook_url.clone(),
                        body: body.clone(),
                    })
                    .ok()
                })
                .collect();
            let n = deliveries.len();
            if n > 0 {
                let sent = match env.queue(refresh::QUEUE) {
                    Ok(q) => q.send_batch(deliveries).await.is_ok(),
                    Err(_) => false,
                };
                if !sent {
                    return unavailable(speech, StoreError("the queue did not take them".into()));
                }
                let keys: Vec<String> = dead.into_iter().map(|(k, _)| k).collect();
                if let Err(e) = notifications::requeued(env, &keys, now_ms() as f64).await {
                    console_log!("waymark: console: {e}");
                }
            }
            redirect(&format!("{back}?done=resend&n={n}"), None)
        }
    }
}

/// The order page, read-only, for a support link's grant — when the order is registered and
/// watches one of the numbers the link names (the link grants those numbers, nothing more).
pub async fn support_view(
    req: &Request,
    env: &Env,
    grant: &crate::api::token::SupportGrant,
) -> Option<String> {
    let stored = registrations::get(env, &grant.o).await.ok()??;
    let granted = |n: &str| grant.n.iter().any(|g| g.t.eq_ignore_ascii_case(n));
    if !stored.reg.numbers.iter().any(|n| granted(&n.number)) {
        return None;
    }
    let speech = Speech::of(req);
    Some(
        order_html(
            env,
            &speech.words,
            speech.fmt.as_ref(),
            &stored.reg,
            Viewer::Support,
            None,
        )
        .await,
    )
}
