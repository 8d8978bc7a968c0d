//! Composing the buyer's answer from a timeline: which message says each thing, with which
//! facts. Pure: the catalog gives the words, the formatter the dates, `now` the moment.

use super::answer::{
    EventAnswer, ExceptionAnswer, Link, NotReceived, OrderWords, ProgressAnswer, ShipmentAnswer,
    Step, StepState,
};
use super::args::Args;
use super::catalog::{Catalog, Form};
use super::format::Formatter;
use super::ids::MsgId;
use super::progress::progress;
use super::text::title_case_if_shouting;
use crate::estimate::destination_country;
use crate::milestone::MilestoneKind;
use crate::order::OrderTimeline;
use crate::{
    BuyerAction, Carrier, EtaBasis, Event, ExceptionKind, Location, Phase, Reason, Shipment,
    ShipmentException, Status,
};
use chrono::{DateTime, Utc};

/// Days after a delivery scan within which the buyer should tell the store it never arrived.
pub const CLAIM_WINDOW_DAYS: u32 = 14;

/// Composes answers in one language and time zone. The timeline was judged (ETA,
/// exceptions) at the moment of serving; composing only words it.
pub struct Composer<'a> {
    catalog: &'a Catalog,
    fmt: &'a dyn Formatter,
}

impl<'a> Composer<'a> {
    /// A composer with the language's words and the buyer's formatter.
    pub fn new(catalog: &'a Catalog, fmt: &'a dyn Formatter) -> Composer<'a> {
        Composer { catalog, fmt }
    }

    /// Renders one message's form. The locale files are checked at build time and every
    /// composition path by the property tests, so a failure here is a bug: debug builds stop,
    /// release builds show nothing rather than a broken sentence.
    pub fn say(&self, id: MsgId, args: Args, form: Form) -> String {
        match self.catalog.render(id, form, &args, self.fmt) {
            Ok(s) => s,
            Err(e) => {
                debug_assert!(false, "{e}");
                String::new()
            }
        }
    }

    fn full(&self, id: MsgId, args: Args) -> String {
        self.say(id, args, Form::Full)
    }

    /// The order's words that are not about one parcel.
    pub fn order_words(&self, order_id: &str, tz: &str, support_url: Option<String>) -> OrderWords {
        let lang = self.catalog.lang();
        OrderWords {
            lang,
            dir: lang.dir(),
            tz: tz.to_string(),
            history: self.full(MsgId::UiHistory, Args::new()),
            show_less: self.full(MsgId::UiShowLess, Args::new()),
            contact: self.full(MsgId::UiContact, Args::new()),
            contact_subject: self
                .full(MsgId::UiSupportSubject, Args::new().text("order", order_id)),
            eta_label: self.full(MsgId::EtaLabel, Args::new()),
            no_events: self.full(MsgId::UiNoEvents, Args::new()),
            support_url,
        }
    }

    /// Every parcel of an order, in order.
    pub fn order(&self, timeline: &OrderTimeline) -> Vec<ShipmentAnswer> {
        let total = timeline.shipments.len();
        timeline
            .shipments
            .iter()
            .enumerate()
            .map(|(i, s)| self.shipment(s, (total > 1).then_some((i + 1, total))))
            .collect()
    }

    /// One parcel's answer; `index` is (n, total) when the order has several parcels.
    pub fn shipment(&self, s: &Shipment, index: Option<(usize, usize)>) -> ShipmentAnswer {
        let delivered_at = delivered_at(s);
        // A parcel presumed lost has no honest window, whatever the lane model says.
        let lost = s.exceptions.iter().any(|e| e.kind == ExceptionKind::Lost);
        let eta_window = s
            .eta
            .as_ref()
            .filter(|_| !lost)
            .map(|e| self.fmt.date_range(e.earliest, e.latest));
        let late = late_promise(s);
        let eta_text = match (delivered_at, late) {
            (Some(_), _) => None,
            _ if s.status.is_terminal() || s.status.is_returning() => None,
            (None, Some(promised)) => {
                let promised = self.fmt.date(promised);
                Some(match &eta_window {
                    Some(w) => self.full(
                        MsgId::EtaLate,
                        Args::new()
                            .text("promised", promised)
                            .text("window", w.clone()),
                    ),
                    None => self.full(
                        MsgId::EtaLateUnknown,
                        Args::new().text("promised", promised),
                    ),
                })
            }
            (None, None) => Some(match &eta_window {
                Some(w) => self.full(MsgId::EtaWindow, Args::new().text("window", w.clone())),
                None => self.full(MsgId::EtaUnknown, Args::new()),
            }),
        };
        let eta_basis = match (&s.eta, &eta_text) {
            (Some(e), Some(_)) if eta_window.is_some() => Some(self.full(
                match e.basis {
                    EtaBasis::CarrierPromise => MsgId::EtaBasisCarrierPromise,
                    EtaBasis::CarrierEstimate => MsgId::EtaBasisCarrierEstimate,
                    EtaBasis::LaneHistory => MsgId::EtaBasisLaneHistory,
                },
                Args::new(),
            )),
            _ => None,
        };
        let delivered_text = delivered_at.map(|at| {
            self.full(
                MsgId::EtaDelivered,
                Args::new().text("date", self.fmt.date(at)),
            )
        });
        let events: Vec<EventAnswer> = s.events.iter().map(|e| self.event(e)).collect();
        ShipmentAnswer {
            status: s.status,
            status_label: self.full(status_label(s.status), Args::new()),
            headline: self.headline(s, delivered_at),
            sentence: self.sentence(s, delivered_at, eta_window.clone()),
            eta_text,
            eta_basis,
            delivered_text,
            progress: self.progress(s),
            exceptions: s.exceptions.iter().map(|e| self.exception(s, e)).collect(),
            show_all: self.full(
                MsgId::UiShowAll,
                Args::new().number("count", events.len() as i64),
            ),
            events,
            stale_text: s.stale.then(|| {
                self.full(
                    MsgId::UiStale,
                    Args::new().text("time", self.fmt.date_time(s.updated_at)),
                )
            }),
            parcel_label: index.map(|(n, total)| {
                self.full(
                    MsgId::UiParcel,
                    Args::new()
                        .number("n", n as i64)
                        .number("total", total as i64),
                )
            }),
            carrier_page: carrier_page(s).map(|(carrier, url)| Link {
                label: self.full(
                    MsgId::UiCarrierPage,
                    Args::new().text("carrier", carrier.to_string()),
                ),
                url,
            }),
            not_received: delivered_at.map(|at| NotReceived {
                question: self.full(MsgId::ReceivedQuestion, Args::new()),
                help: self.full(
                    MsgId::ReceivedHelp,
                    Args::new()
                        .text("carrier", last_carrier(s).to_string())
                        .place("place", self.place_of(delivered_event(s)))
                        .text("date", self.fmt.date(at))
                        .number("days", CLAIM_WINDOW_DAYS as i64),
                ),
                claim_days: CLAIM_WINDOW_DAYS,
            }),
        }
    }

    fn headline(&self, s: &Shipment, delivered_at: Option<DateTime<Utc>>) -> String {
        if let Some(at) = delivered_at {
            return self.full(
                MsgId::HeadlineDelivered,
                Args::new().text("date", self.fmt.date(at)),
            );
        }
        if late_promise(s).is_some() && !s.status.is_terminal() {
            return self.full(MsgId::HeadlineLate, Args::new());
        }
        let id = match s.status {
            Status::Pending => MsgId::HeadlinePending,
            Status::InfoReceived => MsgId::HeadlineInfoReceived,
            Status::InTransit => MsgId::HeadlineInTransit,
            Status::OutForDelivery => MsgId::HeadlineOutForDelivery,
            Status::AvailableForPickup => MsgId::HeadlineAvailableForPickup,
            Status::FailedAttempt => MsgId::HeadlineFailedAttempt,
            Status::Delivered => MsgId::HeadlineInTransit,
            Status::Exception => MsgId::HeadlineException,
            Status::ReturningToSender => MsgId::HeadlineReturningToSender,
            Status::ReturnedToSender => MsgId::HeadlineReturnedToSender,
            Status::Expired => MsgId::HeadlineExpired,
            Status::Cancelled => MsgId::HeadlineCancelled,
        };
        self.full(id, Args::new())
    }

    /// The one sentence, chosen by what matters most: an outcome, then what the buyer must do,
    /// then where the parcel is on its path.
    fn sentence(
        &self,
        s: &Shipment,
        delivered_at: Option<DateTime<Utc>>,
        window: Option<String>,
    ) -> String {
        let carrier = last_carrier(s).to_string();
        let last = s.events.last();
        if let Some(at) = delivered_at {
            return self.full(
                MsgId::AnswerDelivered,
                Args::new()
                    .place("place", self.place_of(delivered_event(s)))
                    .text("date", self.fmt.date(at)),
            );
        }
        match s.status {
            Status::ReturnedToSender => return self.full(MsgId::AnswerReturned, Args::new()),
            Status::ReturningToSender => return self.full(MsgId::AnswerReturning, Args::new()),
            Status::Cancelled => return self.full(MsgId::AnswerCancelled, Args::new()),
            Status::Expired => {
                return self.full(MsgId::AnswerExpired, Args::new().text("carrier", carrier))
            }
            _ => {}
        }
        let find = |k: ExceptionKind| s.exceptions.iter().find(|e| e.kind == k);
        if let Some(e) = s.exceptions.iter().find(|e| e.action.is_needed()) {
            let country = e.facts.country.as_deref().map(|c| self.fmt.country(c));
            match e.action {
                BuyerAction::PayDuties => {
                    return self.full(
                        MsgId::AnswerPayDuties,
                        Args::new().place("country", country),
                    )
                }
                BuyerAction::ProvideDocuments => {
                    return self.full(
                        MsgId::AnswerProvideDocuments,
                        Args::new().place("country", country),
                    )
                }
                BuyerAction::ConfirmAddress => {
                    return self.full(
                        MsgId::AnswerConfirmAddress,
                        Args::new().text("carrier", carrier),
                    )
                }
                _ => {}
            }
        }
        match s.status {
            Status::FailedAttempt => {
                return self.full(
                    MsgId::AnswerFailedAttempt,
                    Args::new()
                        .text("carrier", carrier)
                        .place("place", self.place_of(last)),
                )
            }
            Status::AvailableForPickup => {
                return self.full(MsgId::AnswerPickup, self.pickup_args(s))
            }
            Status::OutForDelivery => {
                return self.full(
                    MsgId::AnswerOutForDelivery,
                    Args::new().place("place", self.place_of(last)),
                )
            }
            _ => {}
        }
        if let Some(e) = find(ExceptionKind::Lost) {
            let carrier = e.carrier.to_string();
            return match e.facts.days {
                Some(days) => self.full(
                    MsgId::AnswerLost,
                    Args::new().text("carrier", carrier).number("days", days),
                ),
                None => self.full(
                    MsgId::AnswerLostReported,
                    Args::new().text("carrier", carrier),
                ),
            };
        }
        if let Some(promised) = late_promise(s) {
            let promised = self.fmt.date(promised);
            return self.full(
                MsgId::AnswerLate,
                Args::new()
                    .text("promised", promised)
                    .window("window", window),
            );
        }
        if let Some(days) = find(ExceptionKind::NeverScanned).and_then(|e| e.facts.days) {
            return self.full(
                MsgId::AnswerNeverScanned,
                Args::new().text("carrier", carrier).number("days", days),
            );
        }
        match s.status {
            Status::Pending if s.events.is_empty() => {
                return self.full(MsgId::AnswerPending, Args::new())
            }
            Status::Pending | Status::InfoReceived => {
                return self.full(
                    MsgId::AnswerLabel,
                    Args::new()
                        .text("carrier", carrier)
                        .window("window", window),
                )
            }
            _ => {}
        }
        let args = Args::new().window("window", window);
        match s.phase {
            Some(Phase::Origin) => self.full(
                MsgId::AnswerOrigin,
                args.text("carrier", carrier).choice(
                    "route",
                    if s.is_cross_border() {
                        "cross_border"
                    } else {
                        "domestic"
                    },
                ),
            ),
            Some(Phase::ExportCustoms) => self.full(MsgId::AnswerExportCustoms, args),
            Some(Phase::Linehaul) => self.full(MsgId::AnswerLinehaul, args),
            Some(Phase::ImportCustoms) => {
                let country = destination_country(s).map(|c| self.fmt.country(&c));
                self.full(MsgId::AnswerImportCustoms, args.place("country", country))
            }
            Some(Phase::Destination | Phase::LastMile) => self.full(
                MsgId::AnswerDestination,
                args.place("place", self.place_of(last)),
            ),
            Some(Phase::Return) => self.full(MsgId::AnswerReturning, Args::new()),
            None => self.full(MsgId::AnswerInTransit, args.text("carrier", carrier)),
        }
    }

    fn pickup_args(&self, s: &Shipment) -> Args {
        let point = s
            .pickup
            .as_ref()
            .map(|p| p.name.clone())
            .filter(|n| !n.trim().is_empty());
        let by = s
            .pickup
            .as_ref()
            .and_then(|p| p.collect_by)
            .map(|d| self.fmt.date(d));
        Args::new()
            .place("point", point)
            .text("carrier", last_carrier(s).to_string())
            .choice("when", if by.is_some() { "window" } else { "none" })
            .text("date", by.unwrap_or_default())
    }

    fn progress(&self, s: &Shipment) -> ProgressAnswer {
        let bar = progress(s);
        let steps: Vec<Step> = bar
            .steps
            .iter()
            .enumerate()
            .map(|(i, p)| Step {
                phase: *p,
                label: self.full(phase_label(*p), Args::new()),
                state: match bar.current {
                    Some(c) if i < c || (i == c && bar.percent == 100) => StepState::Done,
                    Some(c) if i == c => StepState::Now,
                    _ => StepState::Todo,
                },
            })
            .collect();
        let (valuetext, now_label) = match bar.current {
            Some(i) => {
                let label = steps[i].label.clone();
                (
                    self.full(
                        MsgId::UiProgress,
                        Args::new()
                            .text("phase", label.clone())
                            .number("n", i as i64 + 1)
                            .number("total", steps.len() as i64),
                    ),
                    Some(self.full(MsgId::UiNow, Args::new().text("phase", label))),
                )
            }
            None => (self.full(status_label(s.status), Args::new()), None),
        };
        ProgressAnswer {
            steps,
            current: bar.current,
            percent: bar.percent,
            valuetext,
            now_label,
        }
    }

    fn exception(&self, s: &Shipment, e: &ShipmentException) -> ExceptionAnswer {
        let carrier = e.carrier.to_string();
        let f = &e.facts;
        let explanation = match (e.kind, f.days) {
            (ExceptionKind::CustomsDwell, Some(days)) if f.usual_max.unwrap_or(0) > 0 => self.full(
                MsgId::ExcWhyCustomsDwell,
                Args::new()
                    .number("days", days)
                    .number("min", f.usual_min.unwrap_or(1) as i64)
                    .number("max", f.usual_max.unwrap_or(1) as i64),
            ),
            (ExceptionKind::CustomsDwell, _) => self.full(MsgId::ExcWhyCustomsDelay, Args::new()),
            (ExceptionKind::Silence, Some(days)) => self.full(
                MsgId::ExcWhySilence,
                Args::new()
                    .text("carrier", carrier.clone())
                    .number("days", days),
            ),
            (ExceptionKind::Silence, None) => self.full(
                MsgId::ExcWhyCarrierDelay,
                Args::new().text("carrier", carrier.clone()),
            ),
            (ExceptionKind::Lost, Some(days)) => self.full(
                MsgId::ExcWhyLost,
                Args::new()
                    .text("carrier", carrier.clone())
                    .number("days", days),
            ),
            (ExceptionKind::Lost, None) => self.full(
                MsgId::ExcWhyLostReported,
                Args::new().text("carrier", carrier.clone()),
            ),
            (ExceptionKind::Late, _) => match f.promised_by.or_else(|| late_promise(s)) {
                Some(p) => self.full(
                    MsgId::ExcWhyLate,
                    Args::new().text("promised", self.fmt.date(p)).window(
                        "window",
                        s.eta
                            .as_ref()
                            .map(|w| self.fmt.date_range(w.earliest, w.latest)),
                    ),
                ),
                None => self.full(
                    MsgId::ExcWhyCarrierDelay,
                    Args::new().text("carrier", carrier.clone()),
                ),
            },
            (ExceptionKind::Expired, _) => self.full(
                MsgId::ExcWhyExpired,
                Args::new().text("carrier", carrier.clone()),
            ),
            (ExceptionKind::NeverScanned, Some(days)) => self.full(
                MsgId::ExcWhyNeverScanned,
                Args::new()
                    .text("carrier", carrier.clone())
                    .number("days", days),
            ),
            (ExceptionKind::NeverScanned, None) => self.full(
                MsgId::ExcWhyOther,
                Args::new().text("carrier", carrier.clone()),
            ),
            (ExceptionKind::WatchEnded, Some(days)) => {
                self.full(MsgId::ExcWhyWatchEnded, Args::new().number("days", days))
            }
            (ExceptionKind::WatchEnded, None) => self.full(
                MsgId::ExcWhyExpired,
                Args::new().text("carrier", carrier.clone()),
            ),
            (ExceptionKind::AwaitingPickup, _) => {
                self.full(MsgId::ExcWhyAwaitingPickup, self.pickup_args(s))
            }
            (ExceptionKind::Returned, _) => self.full(
                if s.status == Status::ReturnedToSender {
                    MsgId::ExcWhyReturned
                } else {
                    MsgId::ExcWhyReturning
                },
                Args::new(),
            ),
            (ExceptionKind::FailedAttempt, _) => self.full(
                match e.reason {
                    Some(Reason::AddressIssue) => MsgId::ExcWhyFailedAddressIssue,
                    Some(Reason::BusinessClosed) => MsgId::ExcWhyFailedBusinessClosed,
                    Some(Reason::Refused) => MsgId::ExcWhyFailedRefused,
                    _ => MsgId::ExcWhyFailedOther,
                },
                Args::new().text("carrier", carrier.clone()),
            ),
            (ExceptionKind::CarrierException, _) => self.full(
                reason_explanation(e.reason),
                Args::new().text("carrier", carrier.clone()),
            ),
        };
        let deadline = e.deadline.map(|d| self.fmt.date(d));
        let action = match e.action {
            BuyerAction::None => self.full(MsgId::ActionNone, Args::new()),
            BuyerAction::PayDuties => self.full(MsgId::ActionPayDuties, Args::new()),
            BuyerAction::ProvideDocuments => self.full(MsgId::ActionProvideDocuments, Args::new()),
            BuyerAction::ConfirmAddress => self.full(MsgId::ActionConfirmAddress, Args::new()),
            BuyerAction::ArrangeRedelivery => self.full(
                MsgId::ActionArrangeRedelivery,
                Args::new().text("carrier", carrier),
            ),
            BuyerAction::Collect => self.full(
                MsgId::ActionCollect,
                Args::new().window("date", deadline.clone()),
            ),
            BuyerAction::ContactStore => self.full(MsgId::ActionContactStore, Args::new()),
            BuyerAction::WaitStore => self.full(MsgId::ActionWaitStore, Args::new()),
        };
        let hours = (e.kind == ExceptionKind::AwaitingPickup)
            .then(|| s.pickup.as_ref().and_then(|p| p.hours.clone()))
            .flatten()
            .filter(|h| !h.trim().is_empty())
            .map(|h| self.full(MsgId::ExcPickupHours, Args::new().text("hours", h)));
        ExceptionAnswer {
            kind: e.kind,
            title: self.full(exception_title(e.kind), Args::new()),
            explanation,
            action_kind: e.action,
            action,
            deadline,
            hours,
        }
    }

    fn event(&self, e: &Event) -> EventAnswer {
        let label = match (e.status, e.reason, e.phase) {
            (Status::Exception | Status::FailedAttempt, Some(r), _) => reason_label(r),
            (Status::InTransit, _, Some(p)) => in_transit_label(p),
            (status, _, _) => status_label(status),
        };
        EventAnswer {
            label: self.full(label, Args::new()),
            carrier_text: e.description.clone(),
            when: self.fmt.date_time(e.at),
            at: crate::serde_time::format_utc(&e.at),
            local_time: e.local_offset.map(|o| {
                self.full(
                    MsgId::UiLocalTime,
                    Args::new().text("time", self.fmt.scan_time(e.at, o)),
                )
            }),
            place: e.location.as_ref().and_then(|l| self.full_place(l)),
        }
    }

    /// "Where now" for a sentence: the city as the carrier gave it (title case where it
    /// shouts), else the country's name.
    fn place_of(&self, event: Option<&Event>) -> Option<String> {
        let l = event?.location.as_ref()?;
        l.city
            .as_deref()
            .filter(|c| !c.trim().is_empty())
            .map(title_case_if_shouting)
            .or_else(|| l.country.as_deref().map(|c| self.fmt.country(c)))
    }

    /// A scan's place: city, region and country name.
    fn full_place(&self, l: &Location) -> Option<String> {
        let parts: Vec<String> = [
            l.city.as_deref().map(title_case_if_shouting),
            l.region.clone(),
            l.country.as_deref().map(|c| self.fmt.country(c)),
        ]
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// A milestone's message in the given form, for a channel (`order` and `link` are facts).
    pub fn milestone(
        &self,
        kind: Option<MilestoneKind>,
        order: &str,
        link: &str,
        carrier: &Carrier,
        form: Form,
    ) -> String {
        let id = match kind {
            Some(MilestoneKind::PickedUp) => MsgId::MilestonePickedUp,
            Some(MilestoneKind::ExportCleared) => MsgId::MilestoneExportCleared,
            Some(MilestoneKind::DepartedOriginCountry) => MsgId::MilestoneDepartedOriginCountry,
            Some(MilestoneKind::ArrivedDestinationCountry) => {
                MsgId::MilestoneArrivedDestinationCountry
            }
            Some(MilestoneKind::ImportCleared) => MsgId::MilestoneImportCleared,
            Some(MilestoneKind::AvailableForPickup) => MsgId::MilestoneAvailableForPickup,
            Some(MilestoneKind::OutForDelivery) => MsgId::MilestoneOutForDelivery,
            Some(MilestoneKind::Delivered) => MsgId::MilestoneDelivered,
            None => MsgId::MilestoneException,
        };
        self.say(
            id,
            Args::new()
                .text("order", order)
                .text("link", link)
                .text("carrier", carrier.to_string()),
            form,
        )
    }
}

/// The latest promised day, when the parcel is late against it.
fn late_promise(s: &Shipment) -> Option<DateTime<Utc>> {
    let e = s
        .exceptions
        .iter()
        .find(|e| e.kind == ExceptionKind::Late)?;
    e.facts
        .promised_by
        .or_else(|| s.promised.as_ref().map(|p| p.latest))
}

fn delivered_event(s: &Shipment) -> Option<&Event> {
    s.events
        .iter()
        .rev()
        .find(|e| e.status == Status::Delivered)
}

/// When the parcel was delivered, if it was (the delivery scan, else the last scan).
fn delivered_at(s: &Shipment) -> Option<DateTime<Utc>> {
    (s.status == Status::Delivered)
        .then(|| delivered_event(s).or(s.events.last()).map(|e| e.at))
        .flatten()
}

fn last_carrier(s: &Shipment) -> &Carrier {
    s.events.last().map_or(&s.carrier, |e| &e.carrier)
}

/// The tracking page of the carrier that has the parcel now, for its number on that leg.
fn carrier_page(s: &Shipment) -> Option<(Carrier, String)> {
    let carrier = last_carrier(s).clone();
    let number = s
        .legs
        .iter()
        .rev()
        .find(|l| l.carrier == carrier)
        .map_or(s.tracking_number.as_str(), |l| l.tracking_number.as_str());
    crate::carrier_page::url(&carrier, number)
        .or_else(|| crate::carrier_page::url(&s.carrier, &s.tracking_number))
        .map(|u| (carrier, u))
}

/// The message naming a status.
pub fn status_label(s: Status) -> MsgId {
    match s {
        Status::Pending => MsgId::StatusPending,
        Status::InfoReceived => MsgId::StatusInfoReceived,
        Status::InTransit => MsgId::StatusInTransit,
        Status::OutForDelivery => MsgId::StatusOutForDelivery,
        Status::AvailableForPickup => MsgId::StatusAvailableForPickup,
        Status::FailedAttempt => MsgId::StatusFailedAttempt,
        Status::Delivered => MsgId::StatusDelivered,
        Status::Exception => MsgId::StatusException,
        Status::ReturningToSender => MsgId::StatusReturningToSender,
        Status::ReturnedToSender => MsgId::StatusReturnedToSender,
        Status::Expired => MsgId::StatusExpired,
        Status::Cancelled => MsgId::StatusCancelled,
    }
}

/// The message naming a phase.
pub fn phase_label(p: Phase) -> MsgId {
    match p {
        Phase::Origin => MsgId::PhaseOrigin,
        Phase::ExportCustoms => MsgId::PhaseExportCustoms,
        Phase::Linehaul => MsgId::PhaseLinehaul,
        Phase::ImportCustoms => MsgId::PhaseImportCustoms,
        Phase::Destination => MsgId::PhaseDestination,
        Phase::LastMile => MsgId::PhaseLastMile,
        Phase::Return => MsgId::PhaseReturn,
    }
}

fn in_transit_label(p: Phase) -> MsgId {
    match p {
        Phase::Origin => MsgId::EventInTransitOrigin,
        Phase::ExportCustoms => MsgId::EventInTransitExportCustoms,
        Phase::Linehaul => MsgId::EventInTransitLinehaul,
        Phase::ImportCustoms => MsgId::EventInTransitImportCustoms,
        Phase::Destination => MsgId::EventInTransitDestination,
        Phase::LastMile => MsgId::EventInTransitLastMile,
        Phase::Return => MsgId::EventInTransitReturn,
    }
}

/// The message naming a reason.
pub fn reason_label(r: Reason) -> MsgId {
    match r {
        Reason::CustomsDelay => MsgId::ReasonCustomsDelay,
        Reason::CustomsDocuments => MsgId::ReasonCustomsDocuments,
        Reason::DutiesUnpaid => MsgId::ReasonDutiesUnpaid,
        Reason::Prohibited => MsgId::ReasonProhibited,
        Reason::CustomsInspection => MsgId::ReasonCustomsInspection,
        Reason::AddressIssue => MsgId::ReasonAddressIssue,
        Reason::RecipientUnavailable => MsgId::ReasonRecipientUnavailable,
        Reason::BusinessClosed => MsgId::ReasonBusinessClosed,
        Reason::Refused => MsgId::ReasonRefused,
        Reason::Damaged => MsgId::ReasonDamaged,
        Reason::Lost => MsgId::ReasonLost,
        Reason::Weather => MsgId::ReasonWeather,
        Reason::CarrierDelay => MsgId::ReasonCarrierDelay,
        Reason::Returned => MsgId::ReasonReturned,
        Reason::Other => MsgId::ReasonOther,
    }
}

fn reason_explanation(r: Option<Reason>) -> MsgId {
    match r {
        Some(Reason::CustomsDelay) => MsgId::ExcWhyCustomsDelay,
        Some(Reason::CustomsDocuments) => MsgId::ExcWhyCustomsDocuments,
        Some(Reason::DutiesUnpaid) => MsgId::ExcWhyDutiesUnpaid,
        Some(Reason::Prohibited) => MsgId::ExcWhyProhibited,
        Some(Reason::CustomsInspection) => MsgId::ExcWhyCustomsInspection,
        Some(Reason::AddressIssue) => MsgId::ExcWhyAddressIssue,
        Some(Reason::Damaged) => MsgId::ExcWhyDamaged,
        Some(Reason::Weather) => MsgId::ExcWhyWeather,
        Some(Reason::CarrierDelay) => MsgId::ExcWhyCarrierDelay,
        Some(Reason::Lost) => MsgId::ExcWhyLostReported,
        Some(Reason::Returned) => MsgId::ExcWhyReturning,
        Some(Reason::RecipientUnavailable) => MsgId::ExcWhyFailedOther,
        Some(Reason::BusinessClosed) => MsgId::ExcWhyFailedBusinessClosed,
        Some(Reason::Refused) => MsgId::ExcWhyFailedRefused,
        Some(Reason::Other) | None => MsgId::ExcWhyOther,
    }
}

/// The message titling an exception kind.
pub fn exception_title(k: ExceptionKind) -> MsgId {
    match k {
        ExceptionKind::CarrierException => MsgId::ExcTitleCarrierException,
        ExceptionKind::CustomsDwell => MsgId::ExcTitleCustomsDwell,
        ExceptionKind::Silence => MsgId::ExcTitleSilence,
        ExceptionKind::FailedAttempt => MsgId::ExcTitleFailedAttempt,
        ExceptionKind::Returned => MsgId::ExcTitleReturned,
        ExceptionKind::Lost => MsgId::ExcTitleLost,
        ExceptionKind::Late => MsgId::ExcTitleLate,
        ExceptionKind::Expired => MsgId::ExcTitleExpired,
        ExceptionKind::NeverScanned => MsgId::ExcTitleNeverScanned,
        ExceptionKind::AwaitingPickup => MsgId::ExcTitleAwaitingPickup,
        ExceptionKind::WatchEnded => MsgId::ExcTitleWatchEnded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{Catalog, Lang, PlainFormatter};
    use crate::{Eta, Leg};
    use chrono::TimeZone;

    fn at(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, d, 12, 0, 0).unwrap()
    }

    fn answer(s: &Shipment, lang: Lang) -> ShipmentAnswer {
        let catalog = Catalog::builtin(lang);
        let fmt = PlainFormatter::utc(lang);
        Composer::new(&catalog, &fmt).shipment(s, None)
    }

    fn cross_border(last: Event) -> Shipment {
        let first = Event::new(at(1), Status::InTransit, Carrier::Cainiao, "Accepted")
            .with_phase(Some(Phase::Origin))
            .with_location(Location::new(Some("SHENZHEN"), None, None, Some("CN")));
        let mut s = Shipment::from_events(Carrier::Cainiao, "LP1", vec![first, last], at(2));
        s.add_leg(Leg::new(Carrier::Usps, "9400"));
        s
    }

    #[test]
    fn a_delivered_parcel_has_its_delivery_date_and_no_estimate() {
        let mut s = cross_border(
            Event::new(at(3), Status::Delivered, Carrier::Usps, "Delivered")
                .with_phase(Some(Phase::LastMile))
                .with_location(Location::new(
                    Some("BROOKLYN"),
                    Some("NY"),
                    None,
                    Some("US"),
                )),
        );
        s.eta = Some(Eta::new(at(5), at(6), EtaBasis::LaneHistory));
        let a = answer(&s, Lang::En);
        assert_eq!(a.eta_text, None);
        assert_eq!(a.eta_basis, None);
        assert_eq!(a.delivered_text.as_deref(), Some("Delivered on 2026-12-03"));
        assert_eq!(
            a.sentence,
            "Your parcel was delivered in Brooklyn on 2026-12-03; if you cannot find it, tell the store."
        );
        let help = a.not_received.expect("offered once delivered").help;
        assert!(
            help.starts_with("USPS recorded the delivery in Brooklyn on 2026-12-03."),
            "{help}"
        );
        assert!(a.carrier_page.unwrap().url.ends_with("tLabels=9400"));
    }

    #[test]
    fn a_failed_attempt_is_one_sentence_with_what_to_do() {
        let mut s = cross_border(
            Event::new(at(3), Status::FailedAttempt, Carrier::Usps, "Notice left")
                .with_phase(Some(Phase::LastMile))
                .with_location(Location::new(Some("OAKLAND"), Some("CA"), None, Some("US"))),
        );
        s.eta = Some(Eta::new(at(5), at(6), EtaBasis::LaneHistory));
        crate::exception_rules::refresh(&mut s, at(3));
        let a = answer(&s, Lang::En);
        assert_eq!(
            a.sentence,
            "USPS could not deliver your parcel in Oakland; arrange a new delivery or a pickup using the notice the carrier left."
        );
        let e = &a.exceptions[0];
        assert_eq!(e.title, "Delivery attempt failed");
        assert_eq!(e.action_kind, BuyerAction::ArrangeRedelivery);
        assert_ne!(e.action, e.title, "the action does not repeat the heading");
        // In French too the buyer gets the explanation and what to do, not a heading alone.
        let fr = answer(&s, Lang::Fr);
        let e = &fr.exceptions[0];
        assert!(!e.explanation.is_empty() && !e.action.is_empty());
        assert_ne!(e.explanation, a.exceptions[0].explanation);
        assert_eq!(fr.events[1].carrier_text, "Notice left");
        assert_ne!(fr.events[1].label, a.events[1].label);
    }

    #[test]
    fn late_against_the_first_window_shown() {
        let mut s = cross_border(
            Event::new(at(2), Status::InTransit, Carrier::Usps, "Arrived")
                .with_phase(Some(Phase::Destination))
                .with_location(Location::new(Some("OAKLAND"), None, None, Some("US"))),
        );
        s.promised = Some(Eta::new(at(1), at(3), EtaBasis::LaneHistory));
        crate::exception_rules::refresh(&mut s, at(5));
        s.eta = Some(Eta::new(at(6), at(9), EtaBasis::LaneHistory));
        let a = answer(&s, Lang::En);
        assert!(a.exceptions.iter().any(|e| e.kind == ExceptionKind::Late));
        assert_eq!(a.headline, "Your parcel is running late");
        assert_eq!(
            a.eta_text.as_deref(),
            Some("Was due by 2026-12-03; now expected 2026-12-06 – 2026-12-09")
        );
    }

    #[test]
    fn a_label_never_scanned_and_a_parcel_waiting_to_be_collected() {
        let label = Event::new(at(1), Status::InfoReceived, Carrier::Usps, "Label created");
        let mut s = Shipment::from_events(Carrier::Usps, "9400", vec![label], at(1));
        crate::exception_rules::refresh(&mut s, at(7));
        let a = answer(&s, Lang::En);
        assert_eq!(
            a.sentence,
            "The label was created 6 days ago, but USPS has not received the parcel yet; the store has been told."
        );
        let waiting = Event::new(
            at(3),
            Status::AvailableForPickup,
            Carrier::LaPoste,
            "Disponible",
        )
        .with_phase(Some(Phase::LastMile));
        let mut s = Shipment::from_events(Carrier::LaPoste, "6A1", vec![waiting], at(3));
        s.pickup = Some(crate::PickupPoint {
            name: "Tabac de la Gare".into(),
            hours: Some("8h–19h".into()),
            collect_by: Some(at(17)),
            location: None,
        });
        crate::exception_rules::refresh(&mut s, at(4));
        let a = answer(&s, Lang::En);
        assert_eq!(
            a.sentence,
            "Your parcel is waiting for you at Tabac de la Gare; collect it by 2026-12-17 with your ID and the tracking number."
        );
        let e = &a.exceptions[0];
        assert_eq!(e.deadline.as_deref(), Some("2026-12-17"));
        assert_eq!(e.hours.as_deref(), Some("Opening hours: 8h–19h"));
    }

    #[test]
    fn arabic_and_hebrew_answers_are_right_to_left() {
        for lang in [Lang::Ar, Lang::He] {
            let catalog = Catalog::builtin(lang);
            let fmt = PlainFormatter::utc(lang);
            let w = Composer::new(&catalog, &fmt).order_words("1042", "Asia/Riyadh", None);
            assert_eq!(w.dir, crate::words::Dir::Rtl);
        }
    }
}
