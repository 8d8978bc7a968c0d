//! Offsets inferred from a country (and region), with the daylight-saving rules that matter
//! for parcels. A compact table instead of `chrono-tz`, which is too large for the worker:
//! each zone is a standard offset and a named rule (the tz database's rules, reduced to the
//! years 2015–2030), plus the eras in which the country kept other rules. `tests/zones_iana.rs`
//! sweeps every zone against `chrono-tz` (the IANA database) from 2015 to 2030.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday,
};

/// A daylight-saving rule, named after the tz database's rule (or the country that keeps it).
/// Rules that ended say so; after their last year they keep standard time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dst {
    /// No daylight saving.
    None,
    /// EU/UK: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
    Europe,
    /// Moldova: last Sunday of March 02:00 to last Sunday of October 03:00, local.
    Moldova,
    /// US/Canada: second Sunday of March 02:00 local to first Sunday of November 02:00 local.
    NorthAmerica,
    /// Cuba: second Sunday of March 00:00 to first Sunday of November 01:00 (00:00 standard).
    Cuba,
    /// Mexico until 2022: first Sunday of April 02:00 to last Sunday of October 02:00.
    Mexico,
    /// South-east Australia: first Sunday of October 02:00 to first Sunday of April 03:00.
    AustraliaSouth,
    /// New Zealand: last Sunday of September 02:00 to first Sunday of April 03:00.
    NewZealand,
    /// Chile: from 24:00 on the first Saturday of September (04:00 UTC on the Sunday after)
    /// to 24:00 on the first Saturday of April (03:00 UTC); 2016–2018 from the second
    /// Saturday of August to the second Saturday of May, 2022 from the second Saturday of
    /// September. (Chile kept summer time through 2015: an era.)
    Chile,
    /// Paraguay until 2024: first Sunday of October 00:00 to the fourth Sunday of March 00:00.
    Paraguay,
    /// Brazil until 2019: third Sunday of October (first of November in 2018) 00:00 to the
    /// third Sunday of February (fourth in 2015) 00:00.
    Brazil,
    /// Israel: Friday before the last Sunday of March 02:00 to last Sunday of October 02:00.
    Israel,
    /// Lebanon: last Sunday of March 00:00 to last Sunday of October 00:00.
    Lebanon,
    /// Egypt since 2023: last Friday of April 00:00 to last Thursday of October 24:00.
    Egypt,
    /// Jordan until 2022: last Thursday of March 24:00 (February in 2022) to last Friday of
    /// October 01:00 (00:00 standard).
    Jordan,
    /// Syria until 2022: last Friday of March 00:00 to last Friday of October 00:00.
    Syria,
    /// Iran until 2022: 22 March 00:00 to 22 September 00:00 (a day earlier in leap years).
    Iran,
    /// Mongolia 2015–2016: last Saturday of March 02:00 to last Saturday of September 00:00.
    Mongolia,
    /// Fiji until 2021: first Sunday of November 02:00 (2019: second; 2020: 20 December) to
    /// the second Sunday of January 03:00.
    Fiji,
    /// Samoa until 2021: last Sunday of September 03:00 to first Sunday of April 04:00.
    Samoa,
    /// Tonga 2016–2017: first Sunday of November 2016 02:00 to 15 January 2017 03:00.
    Tonga,
    /// Namibia until 2017, as summer time over winter time: first Sunday of September 02:00
    /// to first Sunday of April 02:00 (standard = the winter offset).
    Namibia,
    /// Morocco since 2019: standard +01:00, back to +00:00 for Ramadan (the dates the tz
    /// database announces, to 2030).
    Ramadan,
}

/// Which clock a switch time is read on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    /// UTC.
    Utc,
    /// Local standard time.
    Standard,
    /// Local wall time (standard before the switch on, daylight before the switch off).
    Wall,
}

/// The day of a switch within its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Day {
    /// The last such weekday of the month.
    Last(Weekday),
    /// The first such weekday on or after the day.
    OnOrAfter(Weekday, u32),
    /// A fixed day of the month.
    Fixed(u32),
}

/// One switch: month, day, minutes after midnight (up to 24:00) and the clock they are read on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Switch {
    month: u32,
    day: Day,
    minutes: i64,
    clock: Clock,
}

const fn sw(month: u32, day: Day, minutes: i64, clock: Clock) -> Option<Switch> {
    Some(Switch {
        month,
        day,
        minutes,
        clock,
    })
}

/// A year of a rule: when daylight time starts and ends in that calendar year (either may be
/// absent in the years a rule began or ended), and how much it adds.
struct Year {
    on: Option<Switch>,
    off: Option<Switch>,
    save: i32,
}

impl Dst {
    fn year(self, year: i32) -> Year {
        use Clock::*;
        use Day::*;
        use Weekday::*;
        let y = |on, off| Year { on, off, save: 60 };
        let h = |hours: i64| hours * 60;
        match self {
            Dst::None | Dst::Ramadan => y(None, None),
            Dst::Europe => y(sw(3, Last(Sun), h(1), Utc), sw(10, Last(Sun), h(1), Utc)),
            Dst::Moldova => y(sw(3, Last(Sun), h(2), Wall), sw(10, Last(Sun), h(3), Wall)),
            Dst::NorthAmerica => y(
                sw(3, OnOrAfter(Sun, 8), h(2), Wall),
                sw(11, OnOrAfter(Sun, 1), h(2), Wall),
            ),
            Dst::Cuba => y(
                sw(3, OnOrAfter(Sun, 8), 0, Standard),
                sw(11, OnOrAfter(Sun, 1), 0, Standard),
            ),
            Dst::Mexico if year <= 2022 => y(
                sw(4, OnOrAfter(Sun, 1), h(2), Wall),
                sw(10, Last(Sun), h(2), Wall),
            ),
            Dst::AustraliaSouth => y(
                sw(10, OnOrAfter(Sun, 1), h(2), Standard),
                sw(4, OnOrAfter(Sun, 1), h(2), Standard),
            ),
            Dst::NewZealand => y(
                sw(9, Last(Sun), h(2), Standard),
                sw(4, OnOrAfter(Sun, 1), h(2), Standard),
            ),
            Dst::Chile => {
                let (on_month, on_from) = match year {
                    2016..=2018 => (8, 9),
                    2022 => (9, 9),
                    _ => (9, 2),
                };
                let (off_month, off_from) = match year {
                    2016..=2018 => (5, 9),
                    _ => (4, 2),
                };
                y(
                    sw(on_month, OnOrAfter(Sun, on_from), h(4), Utc),
                    sw(off_month, OnOrAfter(Sun, off_from), h(3), Utc),
                )
            }
            Dst::Paraguay if year <= 2024 => y(
                sw(10, OnOrAfter(Sun, 1), 0, Wall),
                sw(3, OnOrAfter(Sun, 22), 0, Wall),
            ),
            Dst::Brazil if year <= 2019 => {
                let on = match year {
                    2018 => sw(11, OnOrAfter(Sun, 1), 0, Wall),
                    2019 => None,
                    _ => sw(10, OnOrAfter(Sun, 15), 0, Wall),
                };
                let off = OnOrAfter(Sun, if year == 2015 { 22 } else { 15 });
                y(on, sw(2, off, 0, Wall))
            }
            Dst::Israel => y(
                sw(3, OnOrAfter(Fri, 23), h(2), Wall),
                sw(10, Last(Sun), h(2), Wall),
            ),
            Dst::Lebanon => y(sw(3, Last(Sun), 0, Wall), sw(10, Last(Sun), 0, Wall)),
            Dst::Egypt if year >= 2023 => {
                y(sw(4, Last(Fri), 0, Wall), sw(10, Last(Thu), h(24), Wall))
            }
            Dst::Jordan if year <= 2022 => {
                let on_month = if year == 2022 { 2 } else { 3 };
                y(
                    sw(on_month, Last(Thu), h(24), Wall),
                    sw(10, Last(Fri), 0, Standard),
                )
            }
            Dst::Syria if year <= 2022 => y(sw(3, Last(Fri), 0, Wall), sw(10, Last(Fri), 0, Wall)),
            Dst::Iran if year <= 2022 => {
                let day = if year % 4 == 0 { 20 } else { 21 };
                y(
                    sw(3, Fixed(day), h(24), Wall),
                    sw(9, Fixed(day), h(24), Wall),
                )
            }
            Dst::Mongolia if (2015..=2016).contains(&year) => {
                y(sw(3, Last(Sat), h(2), Wall), sw(9, Last(Sat), 0, Wall))
            }
            Dst::Fiji if year <= 2021 => {
                let on = match year {
                    2019 => sw(11, OnOrAfter(Sun, 8), h(2), Wall),
                    2020 => sw(12, Fixed(20), h(2), Wall),
                    2021 => None,
                    _ => sw(11, OnOrAfter(Sun, 1), h(2), Wall),
                };
                y(on, sw(1, OnOrAfter(Sun, 12), h(3), Wall))
            }
            Dst::Samoa if year <= 2021 => {
                let on = if year <= 2020 {
                    sw(9, Last(Sun), h(3), Wall)
                } else {
                    None
                };
                y(on, sw(4, OnOrAfter(Sun, 1), h(4), Wall))
            }
            Dst::Tonga => match year {
                2016 => y(sw(11, OnOrAfter(Sun, 1), h(2), Wall), None),
                2017 => y(None, sw(1, OnOrAfter(Sun, 15), h(3), Wall)),
                _ => y(None, None),
            },
            Dst::Namibia if year <= 2017 => y(
                sw(9, OnOrAfter(Sun, 1), h(2), Wall),
                sw(4, OnOrAfter(Sun, 1), h(2), Wall),
            ),
            _ => y(None, None),
        }
    }

    /// Minutes added to standard time at a UTC instant, for a zone of this standard offset.
    fn save_at(self, standard: i32, at: DateTime<Utc>) -> i32 {
        if self == Dst::Ramadan {
            return ramadan_save(at.timestamp());
        }
        let year = self.year(at.year());
        let instant = |s: Switch, save: i32| {
            let day = match s.day {
                Day::Last(w) => last_weekday(at.year(), s.month, w),
                Day::OnOrAfter(w, from) => on_or_after(at.year(), s.month, w, from),
                Day::Fixed(d) => NaiveDate::from_ymd_opt(at.year(), s.month, d),
            }?;
            let local = day.and_hms_opt(0, 0, 0)? + Duration::minutes(s.minutes);
            let back = match s.clock {
                Clock::Utc => 0,
                Clock::Standard => standard,
                Clock::Wall => standard + save,
            };
            Some(local - Duration::minutes(back as i64))
        };
        let now = at.naive_utc();
        let on = year.on.and_then(|s| instant(s, 0));
        let off = year.off.and_then(|s| instant(s, year.save));
        let southern = match (year.on, year.off) {
            (Some(a), Some(b)) => a.month > b.month,
            (None, Some(_)) | (Some(_), None) => true,
            (None, None) => false,
        };
        let in_dst = if southern {
            on.is_some_and(|s| now >= s) || off.is_some_and(|e| now < e)
        } else {
            matches!((on, off), (Some(s), Some(e)) if now >= s && now < e)
        };
        if in_dst {
            year.save
        } else {
            0
        }
    }
}

/// Ramadan in Morocco, 2019–2030: from 03:00 (+01:00) on the first day back to +00:00, to
/// 02:00 (+00:00) on the second, both 02:00 UTC (the tz database's announced dates).
const RAMADAN: [(i64, i64); 13] = [
    (r(2019, 5, 5), r(2019, 6, 9)),
    (r(2020, 4, 19), r(2020, 5, 31)),
    (r(2021, 4, 11), r(2021, 5, 16)),
    (r(2022, 3, 27), r(2022, 5, 8)),
    (r(2023, 3, 19), r(2023, 4, 23)),
    (r(2024, 3, 10), r(2024, 4, 14)),
    (r(2025, 2, 23), r(2025, 4, 6)),
    (r(2026, 2, 15), r(2026, 3, 22)),
    (r(2027, 2, 7), r(2027, 3, 14)),
    (r(2028, 1, 23), r(2028, 3, 5)),
    (r(2029, 1, 14), r(2029, 2, 18)),
    (r(2029, 12, 30), r(2030, 2, 10)),
    (r(2030, 12, 22), r(2031, 1, 26)),
];

/// 02:00 UTC on a day of Ramadan's switches.
const fn r(year: i32, month: u32, day: u32) -> i64 {
    utc_seconds(year, month, day, 2, 0)
}

fn ramadan_save(at: i64) -> i32 {
    if RAMADAN.iter().any(|&(from, to)| at >= from && at < to) {
        -60
    } else {
        0
    }
}

/// Seconds since the Unix epoch of a UTC date and time (proleptic Gregorian).
pub const fn utc_seconds(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + hour as i64 * 3_600 + minute as i64 * 60
}

/// An earlier rule of a zone: in force until `until` (Unix seconds, UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    /// The instant this era ended, in seconds since the Unix epoch (UTC).
    pub until: i64,
    /// Standard offset from UTC in minutes during the era.
    pub standard_minutes: i32,
    /// The daylight-saving rule during the era.
    pub dst: Dst,
}

const fn era(until: i64, standard_minutes: i32, dst: Dst) -> Era {
    Era {
        until,
        standard_minutes,
        dst,
    }
}

/// A time zone reduced to its standard offset and its DST rule, with the eras before them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    /// Standard (winter) offset from UTC in minutes, as in force today.
    pub standard_minutes: i32,
    /// The daylight-saving rule in force today.
    pub dst: Dst,
    /// Earlier rules, oldest first; each ends at its `until`.
    history: &'static [Era],
}

impl Zone {
    /// A zone from its standard offset in minutes and its rule.
    pub const fn new(standard_minutes: i32, dst: Dst) -> Zone {
        Zone {
            standard_minutes,
            dst,
            history: &[],
        }
    }

    /// The same zone with the rules it kept before (oldest first).
    pub const fn after(self, history: &'static [Era]) -> Zone {
        Zone { history, ..self }
    }

    /// China Standard Time (Cainiao, 4PX, Yanwen home zone).
    pub const CHINA: Zone = Zone::new(8 * 60, Dst::None);
    /// UK time (Royal Mail, Landmark GB).
    pub const UK: Zone = Zone::new(0, Dst::Europe);
    /// Central European Time.
    pub const CENTRAL_EUROPE: Zone = Zone::new(60, Dst::Europe);
    /// US Eastern.
    pub const US_EASTERN: Zone = Zone::new(-5 * 60, Dst::NorthAmerica);
    /// US Central.
    pub const US_CENTRAL: Zone = Zone::new(-6 * 60, Dst::NorthAmerica);
    /// US Mountain.
    pub const US_MOUNTAIN: Zone = Zone::new(-7 * 60, Dst::NorthAmerica);
    /// US Pacific.
    pub const US_PACIFIC: Zone = Zone::new(-8 * 60, Dst::NorthAmerica);
    /// Australian Eastern (Sydney/Melbourne).
    pub const AUSTRALIA_EASTERN: Zone = Zone::new(10 * 60, Dst::AustraliaSouth);
    /// New Zealand.
    pub const NEW_ZEALAND: Zone = Zone::new(12 * 60, Dst::NewZealand);

    /// The offset in force at a local wall-clock time. An hour repeated when clocks go back
    /// resolves to the later offset (standard time, for ordinary DST); an hour skipped when
    /// they go forward is read on the clock before the switch.
    pub fn offset_at_local(&self, local: NaiveDateTime) -> FixedOffset {
        let m = self.minutes_at_local(local);
        minutes(m)
    }

    /// The offset in force at a UTC instant.
    pub fn offset_at_utc(&self, at: DateTime<Utc>) -> FixedOffset {
        minutes(self.minutes_at(at))
    }

    fn minutes_at_local(&self, local: NaiveDateTime) -> i32 {
        let at = |offset: i32| Utc.from_utc_datetime(&(local - Duration::minutes(offset as i64)));
        // The offsets a day either side bracket any switch near this wall time.
        let before = self.minutes_at(at(self.standard_minutes) - Duration::days(1));
        let after = self.minutes_at(at(self.standard_minutes) + Duration::days(1));
        let fits = |offset: i32| self.minutes_at(at(offset)) == offset;
        if fits(after) {
            after
        } else {
            before
        }
    }

    fn minutes_at(&self, at: DateTime<Utc>) -> i32 {
        let t = at.timestamp();
        let (standard, dst) = self
            .history
            .iter()
            .find(|e| t < e.until)
            .map(|e| (e.standard_minutes, e.dst))
            .unwrap_or((self.standard_minutes, self.dst));
        standard + dst.save_at(standard, at)
    }
}

fn minutes(m: i32) -> FixedOffset {
    FixedOffset::east_opt(m * 60).unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

fn on_or_after(year: i32, month: u32, weekday: Weekday, from: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, from)?;
    let ahead = (7 + weekday.num_days_from_monday() as i64
        - first.weekday().num_days_from_monday() as i64)
        % 7;
    Some(first + Duration::days(ahead))
}

fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, 4))
}

/// A `&'static` list of eras, evaluated at compile time.
macro_rules! history {
    ($($era:expr),+ $(,)?) => {{
        const ERAS: &[Era] = &[$($era),+];
        ERAS
    }};
}

const fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> i64 {
    utc_seconds(year, month, day, hour, minute)
}

const fn fixed(minutes: i32) -> Zone {
    Zone::new(minutes, Dst::None)
}

/// Chile's 2015: summer time all year, until 15 May 2016.
const CHILE_2015: i64 = at(2016, 5, 15, 3, 0);
/// Kazakhstan moved to a single zone (+05) on 1 March 2024.
const KZ_2024: i64 = at(2024, 2, 29, 18, 0);

/// The zone of a country (ISO alpha-2), refined by region for countries that span several
/// zones: US states, Canadian provinces and Australian states by their postal abbreviations;
/// Mexican, Brazilian, Russian, Indonesian, Kazakh, Chilean, Ecuadorian, Spanish, Portuguese,
/// Ukrainian and Mongolian regions by their ISO 3166-2 codes (with or without the country
/// prefix). Multi-zone countries without a known region get their most populous zone.
/// `None` for a country the table does not know (Palestine, Antarctica, uninhabited islands).
pub fn zone_for(country: &str, region: Option<&str>) -> Option<Zone> {
    let country = country.trim().to_ascii_uppercase();
    let region = region
        .map(|r| r.trim().to_ascii_uppercase())
        .unwrap_or_default();
    let region = region
        .strip_prefix(country.as_str())
        .and_then(|r| r.strip_prefix('-'))
        .unwrap_or(&region);
    use Dst::*;
    let zone = match country.as_str() {
        "US" => us_state_zone(region),
        "CA" => canada_zone(region),
        "AU" => australia_zone(region),
        "MX" => mexico_zone(region),
        "BR" => brazil_zone(region),
        "RU" => russia_zone(region),
        "ID" => indonesia_zone(region),
        "KZ" => kazakhstan_zone(region),
        "CL" => chile_zone(region),
        "ES" if matches!(region, "CN" | "GC" | "TF") => Zone::UK,
        "PT" if region == "20" => Zone::new(-60, Europe),
        "EC" if region == "W" => fixed(-6 * 60),
        "UA" if matches!(region, "43" | "40") => fixed(3 * 60),
        "MN" if matches!(region, "043" | "046" | "057" | "065" | "071") => {
            Zone::new(7 * 60, Mongolia)
        }
        "AS" | "NU" => fixed(-11 * 60),
        "CK" | "PF" => fixed(-10 * 60),
        "PN" => fixed(-8 * 60),
        "GT" | "SV" | "HN" | "NI" | "CR" | "BZ" => fixed(-6 * 60),
        "CO" | "PE" | "EC" | "PA" | "JM" | "KY" => fixed(-5 * 60),
        "BS" => Zone::US_EASTERN,
        "CU" => Zone::new(-5 * 60, Cuba),
        "HT" => Zone::US_EASTERN.after(history![
            era(at(2016, 1, 1, 5, 0), -5 * 60, NorthAmerica),
            era(at(2017, 1, 1, 5, 0), -5 * 60, None),
        ]),
        "TC" => Zone::US_EASTERN.after(history![
            era(at(2015, 3, 8, 7, 0), -5 * 60, NorthAmerica),
            era(at(2018, 3, 11, 7, 0), -4 * 60, None),
        ]),
        "VE" => fixed(-4 * 60).after(history![era(at(2016, 5, 1, 7, 0), -(4 * 60 + 30), None)]),
        "BO" | "DO" | "PR" | "TT" | "BB" | "GY" | "AG" | "AI" | "AW" | "BQ" | "CW" | "SX"
        | "DM" | "GD" | "GP" | "MQ" | "MS" | "KN" | "LC" | "VC" | "VG" | "VI" | "BL" | "MF" => {
            fixed(-4 * 60)
        }
        "BM" => Zone::new(-4 * 60, NorthAmerica),
        "PY" => fixed(-3 * 60).after(history![era(at(2024, 10, 15, 3, 0), -4 * 60, Paraguay)]),
        "UY" => fixed(-3 * 60).after(history![era(at(2015, 3, 8, 4, 0), -2 * 60, None)]),
        "AR" | "SR" | "GF" | "FK" => fixed(-3 * 60),
        "PM" => Zone::new(-3 * 60, NorthAmerica),
        "GL" => Zone::new(-2 * 60, Europe).after(history![
            era(at(2023, 3, 26, 1, 0), -3 * 60, Europe),
            era(at(2023, 10, 29, 1, 0), -2 * 60, None),
        ]),
        "GS" => fixed(-2 * 60),
        "CV" => fixed(-60),
        "IS" | "GH" | "SN" | "CI" | "GM" | "GN" | "GW" | "LR" | "ML" | "MR" | "SL" | "BF"
        | "TG" | "SH" => fixed(0),
        "ST" => fixed(0).after(history![
            era(at(2018, 1, 1, 1, 0), 0, None),
            era(at(2019, 1, 1, 1, 0), 60, None),
        ]),
        "GB" | "IE" | "PT" | "FO" | "IM" | "JE" | "GG" => Zone::UK,
        "FR" | "DE" | "BE" | "NL" | "LU" | "ES" | "IT" | "AT" | "CH" | "LI" | "PL" | "CZ"
        | "SK" | "HU" | "SI" | "HR" | "BA" | "RS" | "ME" | "MK" | "AL" | "DK" | "SE" | "NO"
        | "MT" | "MC" | "SM" | "VA" | "AD" | "XK" | "GI" | "SJ" => Zone::CENTRAL_EUROPE,
        "NG" | "DZ" | "TN" | "CM" | "AO" | "CF" | "CG" | "CD" | "GA" | "GQ" | "NE" | "TD"
        | "BJ" => fixed(60),
        "MA" | "EH" => Zone::new(60, Ramadan),
        "FI" | "EE" | "LV" | "LT" | "RO" | "BG" | "GR" | "CY" | "UA" | "AX" => {
            Zone::new(2 * 60, Europe)
        }
        "MD" => Zone::new(2 * 60, Moldova),
        "IL" => Zone::new(2 * 60, Israel),
        "LB" => Zone::new(2 * 60, Lebanon),
        "EG" => Zone::new(2 * 60, Egypt),
        "ZA" | "LY" | "ZW" | "ZM" | "MZ" | "MW" | "BW" | "LS" | "SZ" | "BI" | "RW" => fixed(2 * 60),
        "SS" => fixed(2 * 60).after(history![era(at(2021, 1, 31, 21, 0), 3 * 60, None)]),
        "SD" => fixed(2 * 60).after(history![era(at(2017, 10, 31, 21, 0), 3 * 60, None)]),
        "NA" => fixed(2 * 60).after(history![era(at(2017, 9, 3, 1, 0), 60, Namibia)]),
        "TR" => fixed(3 * 60).after(history![
            era(at(2015, 10, 25, 1, 0), 2 * 60, Europe),
            era(at(2015, 11, 8, 1, 0), 3 * 60, None),
            era(at(2016, 9, 6, 21, 0), 2 * 60, Europe),
        ]),
        "JO" => fixed(3 * 60).after(history![era(at(2022, 10, 27, 22, 0), 2 * 60, Jordan)]),
        "SY" => fixed(3 * 60).after(history![era(at(2022, 10, 27, 21, 0), 2 * 60, Syria)]),
        "SA" | "QA" | "KW" | "BH" | "BY" | "IQ" | "KE" | "ET" | "TZ" | "UG" | "YE" | "ER"
        | "DJ" | "SO" | "KM" | "MG" | "YT" => fixed(3 * 60),
        "IR" => Zone::new(3 * 60 + 30, Iran),
        "AE" | "OM" | "GE" | "AM" | "MU" | "SC" | "RE" => fixed(4 * 60),
        "AZ" => fixed(4 * 60).after(history![
            era(at(2015, 3, 29, 0, 0), 4 * 60, None),
            era(at(2015, 10, 25, 0, 0), 5 * 60, None),
        ]),
        "AF" => fixed(4 * 60 + 30),
        "PK" | "UZ" | "MV" | "TJ" | "TM" | "TF" => fixed(5 * 60),
        "IN" | "LK" => fixed(5 * 60 + 30),
        "NP" => fixed(5 * 60 + 45),
        "BD" | "BT" | "KG" | "IO" => fixed(6 * 60),
        "MM" | "CC" => fixed(6 * 60 + 30),
        "TH" | "VN" | "KH" | "LA" | "CX" => fixed(7 * 60),
        "CN" | "HK" | "MO" | "TW" | "SG" | "MY" | "PH" | "BN" => Zone::CHINA,
        "MN" => Zone::new(8 * 60, Mongolia),
        "JP" | "KR" | "TL" | "PW" => fixed(9 * 60),
        "KP" => fixed(9 * 60).after(history![
            era(at(2015, 8, 14, 15, 0), 9 * 60, None),
            era(at(2018, 5, 4, 15, 0), 8 * 60 + 30, None),
        ]),
        "PG" if region == "NSB" => fixed(11 * 60),
        "GU" | "MP" | "PG" | "FM" => fixed(10 * 60),
        "SB" | "VU" | "NC" => fixed(11 * 60),
        "NF" => Zone::new(11 * 60, AustraliaSouth).after(history![
            era(at(2015, 10, 3, 14, 30), 11 * 60 + 30, None),
            era(at(2019, 6, 30, 13, 0), 11 * 60, None),
        ]),
        "MH" | "NR" | "TV" | "WF" | "KI" => fixed(12 * 60),
        "NZ" => Zone::NEW_ZEALAND,
        "FJ" => Zone::new(12 * 60, Fiji),
        "TK" => fixed(13 * 60),
        "WS" => Zone::new(13 * 60, Samoa),
        "TO" => Zone::new(13 * 60, Tonga),
        _ => return Option::None,
    };
    Some(zone)
}

fn us_state_zone(state: &str) -> Zone {
    use Dst::*;
    match state {
        "AL" | "AR" | "IL" | "IA" | "KS" | "LA" | "MN" | "MS" | "MO" | "NE" | "ND" | "OK"
        | "SD" | "TN" | "TX" | "WI" => Zone::US_CENTRAL,
        "CO" | "ID" | "MT" | "NM" | "UT" | "WY" => Zone::US_MOUNTAIN,
        "AZ" => Zone::new(-7 * 60, None),
        "CA" | "NV" | "OR" | "WA" => Zone::US_PACIFIC,
        "AK" => Zone::new(-9 * 60, NorthAmerica),
        "HI" => Zone::new(-10 * 60, None),
        "PR" | "VI" => Zone::new(-4 * 60, None),
        "GU" | "MP" => Zone::new(10 * 60, None),
        "AS" => Zone::new(-11 * 60, None),
        _ => Zone::US_EASTERN,
    }
}

fn canada_zone(province: &str) -> Zone {
    use Dst::*;
    match province {
        "NL" => Zone::new(-(3 * 60 + 30), NorthAmerica),
        "NS" | "NB" | "PE" => Zone::new(-4 * 60, NorthAmerica),
        "MB" => Zone::new(-6 * 60, NorthAmerica),
        "SK" => Zone::new(-6 * 60, None),
        "AB" | "NT" => Zone::new(-7 * 60, NorthAmerica),
        "YT" => fixed(-7 * 60).after(history![era(at(2020, 11, 1, 7, 0), -8 * 60, NorthAmerica)]),
        "BC" => Zone::new(-8 * 60, NorthAmerica),
        _ => Zone::new(-5 * 60, NorthAmerica),
    }
}

fn australia_zone(state: &str) -> Zone {
    use Dst::*;
    match state {
        "QLD" => Zone::new(10 * 60, None),
        "SA" => Zone::new(9 * 60 + 30, AustraliaSouth),
        "NT" => Zone::new(9 * 60 + 30, None),
        "WA" => Zone::new(8 * 60, None),
        _ => Zone::AUSTRALIA_EASTERN,
    }
}

/// Mexican states by ISO 3166-2 code (and the usual abbreviations). Mexico dropped daylight
/// saving after October 2022; the border municipalities (Baja California's Tijuana and
/// Mexicali and the northern strip) keep the US rules.
fn mexico_zone(state: &str) -> Zone {
    use Dst::*;
    match state {
        "BCN" | "BC" => Zone::US_PACIFIC,
        "BCS" | "SIN" | "SI" | "NAY" | "NA" => Zone::new(-7 * 60, Mexico),
        "SON" | "SO" => fixed(-7 * 60),
        "CHH" | "CHIH" | "CH" => {
            fixed(-6 * 60).after(history![era(at(2022, 10, 30, 8, 0), -7 * 60, Mexico)])
        }
        "ROO" | "QR" => fixed(-5 * 60).after(history![era(at(2015, 2, 1, 8, 0), -6 * 60, None)]),
        _ => Zone::new(-6 * 60, Mexico),
    }
}

/// Brazilian states by their two-letter code. Daylight saving ended in 2019.
fn brazil_zone(state: &str) -> Zone {
    use Dst::*;
    match state {
        "AC" => fixed(-5 * 60),
        "AM" | "RR" | "RO" => fixed(-4 * 60),
        "MT" | "MS" => Zone::new(-4 * 60, Brazil),
        "PA" | "AP" | "TO" | "MA" | "PI" | "CE" | "RN" | "PB" | "PE" | "AL" | "SE" | "BA" => {
            fixed(-3 * 60)
        }
        _ => Zone::new(-3 * 60, Brazil),
    }
}

/// Russian federal subjects by ISO 3166-2 code; Moscow time where not listed.
fn russia_zone(subject: &str) -> Zone {
    match subject {
        "KGD" => fixed(2 * 60),
        "VGG" => fixed(3 * 60).after(history![
            era(at(2018, 10, 27, 23, 0), 3 * 60, Dst::None),
            era(at(2020, 12, 26, 22, 0), 4 * 60, Dst::None),
        ]),
        "SAM" | "UD" => fixed(4 * 60),
        "AST" | "ULY" => {
            fixed(4 * 60).after(history![era(at(2016, 3, 26, 23, 0), 3 * 60, Dst::None)])
        }
        "SAR" => fixed(4 * 60).after(history![era(at(2016, 12, 3, 23, 0), 3 * 60, Dst::None)]),
        "BA" | "CHE" | "KHM" | "KGN" | "ORE" | "PER" | "SVE" | "TYU" | "YAN" => fixed(5 * 60),
        "OMS" => fixed(6 * 60),
        "ALT" | "AL" => {
            fixed(7 * 60).after(history![era(at(2016, 3, 26, 20, 0), 6 * 60, Dst::None)])
        }
        "TOM" => fixed(7 * 60).after(history![era(at(2016, 5, 28, 20, 0), 6 * 60, Dst::None)]),
        "NVS" => fixed(7 * 60).after(history![era(at(2016, 7, 23, 20, 0), 6 * 60, Dst::None)]),
        "KEM" | "KYA" | "KK" | "TY" => fixed(7 * 60),
        "IRK" | "BU" => fixed(8 * 60),
        "ZAB" => fixed(9 * 60).after(history![era(at(2016, 3, 26, 18, 0), 8 * 60, Dst::None)]),
        "AMU" | "SA" => fixed(9 * 60),
        "PRI" | "KHA" | "YEV" => fixed(10 * 60),
        "SAK" => fixed(11 * 60).after(history![era(at(2016, 3, 26, 16, 0), 10 * 60, Dst::None)]),
        "MAG" => fixed(11 * 60).after(history![era(at(2016, 4, 23, 16, 0), 10 * 60, Dst::None)]),
        "KAM" | "CHU" => fixed(12 * 60),
        _ => fixed(3 * 60),
    }
}

/// Indonesian provinces by ISO 3166-2 code: WITA (+08) and WIT (+09); WIB (+07) elsewhere.
fn indonesia_zone(province: &str) -> Zone {
    match province {
        "BA" | "NB" | "NT" | "KS" | "KI" | "KU" | "SA" | "ST" | "SG" | "SN" | "SR" | "GO"
        | "SL" | "NU" => fixed(8 * 60),
        "MA" | "MU" | "PA" | "PB" | "PD" | "PE" | "PS" | "PT" | "PP" | "ML" => fixed(9 * 60),
        _ => fixed(7 * 60),
    }
}

/// Kazakh regions by ISO 3166-2 code (letters and the 2020s numbers): the west kept +05;
/// Kyzylorda moved to +05 in December 2018 and the rest of the country in March 2024.
fn kazakhstan_zone(region: &str) -> Zone {
    match region {
        "AKT" | "ATY" | "MAN" | "ZAP" | "15" | "23" | "47" | "27" => fixed(5 * 60),
        "KZY" | "43" => {
            fixed(5 * 60).after(history![era(at(2018, 12, 20, 18, 0), 6 * 60, Dst::None)])
        }
        _ => fixed(5 * 60).after(history![era(KZ_2024, 6 * 60, Dst::None)]),
    }
}

/// Chilean regions by ISO 3166-2 code: Magallanes keeps −03 all year since December 2016,
/// Aysén since March 2025.
fn chile_zone(region: &str) -> Zone {
    use Dst::*;
    match region {
        "MA" => fixed(-3 * 60).after(history![
            era(CHILE_2015, -3 * 60, None),
            era(at(2016, 8, 14, 4, 0), -4 * 60, None),
        ]),
        "AI" => fixed(-3 * 60).after(history![
            era(CHILE_2015, -3 * 60, None),
            era(at(2025, 3, 20, 3, 0), -4 * 60, Chile),
        ]),
        _ => Zone::new(-4 * 60, Chile).after(history![era(CHILE_2015, -3 * 60, None)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn off(z: Zone, s: &str) -> i32 {
        z.offset_at_local(local(s)).local_minus_utc() / 60
    }

    #[test]
    fn europe_switches_on_the_last_sundays() {
        let fr = zone_for("FR", None).unwrap();
        assert_eq!(off(fr, "2024-01-15 12:00"), 60);
        assert_eq!(off(fr, "2024-03-30 12:00"), 60);
        assert_eq!(off(fr, "2024-03-31 12:00"), 120);
        assert_eq!(off(fr, "2024-10-26 12:00"), 120);
        assert_eq!(off(fr, "2024-10-27 12:00"), 60);
        assert_eq!(off(zone_for("gb", None).unwrap(), "2024-07-01 12:00"), 60);
    }

    #[test]
    fn north_america_by_state() {
        let ny = zone_for("US", Some("NY")).unwrap();
        assert_eq!(off(ny, "2024-03-09 12:00"), -300);
        assert_eq!(off(ny, "2024-03-10 12:00"), -240);
        assert_eq!(off(ny, "2024-11-02 12:00"), -240);
        assert_eq!(off(ny, "2024-11-03 12:00"), -300);
        assert_eq!(
            off(zone_for("US", Some("az")).unwrap(), "2024-07-01 12:00"),
            -420
        );
        assert_eq!(
            off(zone_for("US", Some("CA")).unwrap(), "2024-07-01 12:00"),
            -420
        );
        assert_eq!(
            off(zone_for("CA", Some("BC")).unwrap(), "2024-01-01 12:00"),
            -480
        );
    }

    #[test]
    fn southern_hemisphere_summer_spans_new_year() {
        let syd = zone_for("AU", Some("NSW")).unwrap();
        assert_eq!(off(syd, "2024-01-10 12:00"), 660);
        assert_eq!(off(syd, "2024-06-10 12:00"), 600);
        assert_eq!(off(syd, "2024-10-07 12:00"), 660);
        assert_eq!(
            off(zone_for("AU", Some("QLD")).unwrap(), "2024-01-10 12:00"),
            600
        );
        let nz = zone_for("NZ", None).unwrap();
        assert_eq!(off(nz, "2024-01-10 12:00"), 780);
        assert_eq!(off(nz, "2024-07-10 12:00"), 720);
    }

    #[test]
    fn rules_the_audit_found_wrong() {
        // Chile: −03 in summer, −04 in winter; Magallanes −03 all year.
        assert_eq!(off(zone_for("CL", None).unwrap(), "2024-01-10 12:00"), -180);
        assert_eq!(off(zone_for("CL", None).unwrap(), "2024-07-10 12:00"), -240);
        assert_eq!(
            off(zone_for("CL", Some("MA")).unwrap(), "2024-07-10 12:00"),
            -180
        );
        // Paraguay: −03 all year since October 2024.
        let py = zone_for("PY", None).unwrap();
        assert_eq!(off(py, "2024-07-10 12:00"), -240);
        assert_eq!(off(py, "2025-07-10 12:00"), -180);
        // Israel starts on the Friday before the last Sunday of March; Europe two days later.
        let il = zone_for("IL", None).unwrap();
        assert_eq!(off(il, "2024-03-29 12:00"), 180);
        assert_eq!(off(zone_for("GR", None).unwrap(), "2024-03-29 12:00"), 120);
        // Egypt restored summer time in 2023; Mexico dropped it after October 2022.
        assert_eq!(off(zone_for("EG", None).unwrap(), "2022-07-01 12:00"), 120);
        assert_eq!(off(zone_for("EG", None).unwrap(), "2023-07-01 12:00"), 180);
        assert_eq!(off(zone_for("MX", None).unwrap(), "2022-07-01 12:00"), -300);
        assert_eq!(off(zone_for("MX", None).unwrap(), "2023-07-01 12:00"), -360);
        assert_eq!(
            off(zone_for("MX", Some("BCN")).unwrap(), "2023-07-01 12:00"),
            -420
        );
        // Morocco: +01, +00 during Ramadan.
        let ma = zone_for("MA", None).unwrap();
        assert_eq!(off(ma, "2024-03-20 12:00"), 0);
        assert_eq!(off(ma, "2024-05-20 12:00"), 60);
        // Regions with or without the ISO 3166-2 country prefix.
        assert_eq!(zone_for("RU", Some("RU-SVE")), zone_for("ru", Some("sve")));
        assert_eq!(
            off(zone_for("RU", Some("SVE")).unwrap(), "2024-07-01 12:00"),
            300
        );
        assert_eq!(
            off(zone_for("BR", Some("AM")).unwrap(), "2024-07-01 12:00"),
            -240
        );
        assert_eq!(off(zone_for("KZ", None).unwrap(), "2023-07-01 12:00"), 360);
        assert_eq!(off(zone_for("KZ", None).unwrap(), "2024-07-01 12:00"), 300);
    }

    #[test]
    fn repeated_and_skipped_hours() {
        let ny = zone_for("US", Some("NY")).unwrap();
        // 01:30 happens twice on 3 November 2024: read as standard time.
        assert_eq!(off(ny, "2024-11-03 01:30"), -300);
        // 02:30 never happens on 10 March 2024: read on the clock before the switch.
        assert_eq!(off(ny, "2024-03-10 02:30"), -300);
    }

    #[test]
    fn utc_seconds_is_the_unix_clock() {
        assert_eq!(utc_seconds(1970, 1, 1, 0, 0), 0);
        assert_eq!(utc_seconds(2024, 2, 29, 18, 0), 1_709_229_600);
        assert_eq!(utc_seconds(1969, 12, 31, 23, 59), -60);
    }

    #[test]
    fn fixed_zones_and_unknowns() {
        assert_eq!(off(zone_for("CN", None).unwrap(), "2024-07-01 12:00"), 480);
        assert_eq!(off(zone_for("IN", None).unwrap(), "2024-07-01 12:00"), 330);
        assert!(zone_for("ZZ", None).is_none());
    }
}
