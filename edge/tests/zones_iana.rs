//! The compact zone table (`normalize::zones`) against the IANA time zone database
//! (`chrono-tz`, a dev-dependency only), 2015–2030: every 6 hours, plus every transition either
//! side finds (to the second), plus wall-clock times around each transition.
//!
//! Each line of `CASES` is `COUNTRY[-REGION] IANA_ZONE [FROM_YEAR]`: the zone `zone_for`
//! must give for that country (and region; a line without a region is the country's default)
//! must agree with the IANA zone from 1 January of FROM_YEAR (2015 unless stated) to the end
//! of 2030. Every country `zone_for` knows must have its default line.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use std::collections::BTreeSet;
use waymark_edge::normalize::country::COUNTRIES;
use waymark_edge::normalize::zones::{zone_for, Zone};

/// Later starts, with the reason:
/// - MA, EH 2019: Morocco kept +00:00 with summer time and a Ramadan pause until it moved to
///   +01:00 on 28 October 2018; modelling the four years before is not worth shipping (no
///   parcel or fixture of ours is older than 2019).
const CASES: &str = "
AD Europe/Andorra
AE Asia/Dubai
AF Asia/Kabul
AG America/Antigua
AI America/Anguilla
AL Europe/Tirane
AM Asia/Yerevan
AO Africa/Luanda
AR America/Argentina/Buenos_Aires
AR-X America/Argentina/Cordoba
AR-M America/Argentina/Mendoza
AS Pacific/Pago_Pago
AT Europe/Vienna
AU Australia/Sydney
AU-NSW Australia/Sydney
AU-ACT Australia/Sydney
AU-VIC Australia/Melbourne
AU-TAS Australia/Hobart
AU-QLD Australia/Brisbane
AU-SA Australia/Adelaide
AU-NT Australia/Darwin
AU-WA Australia/Perth
AW America/Aruba
AX Europe/Mariehamn
AZ Asia/Baku
BA Europe/Sarajevo
BB America/Barbados
BD Asia/Dhaka
BE Europe/Brussels
BF Africa/Ouagadougou
BG Europe/Sofia
BH Asia/Bahrain
BI Africa/Bujumbura
BJ Africa/Porto-Novo
BL America/St_Barthelemy
BM Atlantic/Bermuda
BN Asia/Brunei
BO America/La_Paz
BQ America/Kralendijk
BR America/Sao_Paulo
BR-SP America/Sao_Paulo
BR-RJ America/Sao_Paulo
BR-DF America/Sao_Paulo
BR-RS America/Sao_Paulo
BR-AM America/Manaus
BR-RR America/Boa_Vista
BR-RO America/Porto_Velho
BR-AC America/Rio_Branco
BR-MT America/Cuiaba
BR-MS America/Campo_Grande
BR-PA America/Belem
BR-TO America/Araguaina
BR-CE America/Fortaleza
BR-PE America/Recife
BR-AL America/Maceio
BR-BA America/Bahia
BS America/Nassau
BT Asia/Thimphu
BW Africa/Gaborone
BY Europe/Minsk
BZ America/Belize
CA America/Toronto
CA-ON America/Toronto
CA-QC America/Toronto
CA-NL America/St_Johns
CA-NS America/Halifax
CA-NB America/Moncton
CA-PE America/Halifax
CA-MB America/Winnipeg
CA-SK America/Regina
CA-AB America/Edmonton
CA-NT America/Edmonton
CA-BC America/Vancouver
CA-YT America/Whitehorse
CA-NU America/Iqaluit
CC Indian/Cocos
CD Africa/Kinshasa
CF Africa/Bangui
CG Africa/Brazzaville
CH Europe/Zurich
CI Africa/Abidjan
CK Pacific/Rarotonga
CL America/Santiago
CL-RM America/Santiago
CL-MA America/Punta_Arenas
CL-AI America/Coyhaique
CM Africa/Douala
CN Asia/Shanghai
CO America/Bogota
CR America/Costa_Rica
CU America/Havana
CV Atlantic/Cape_Verde
CW America/Curacao
CX Indian/Christmas
CY Asia/Nicosia
CZ Europe/Prague
DE Europe/Berlin
DJ Africa/Djibouti
DK Europe/Copenhagen
DM America/Dominica
DO America/Santo_Domingo
DZ Africa/Algiers
EC America/Guayaquil
EC-W Pacific/Galapagos
EE Europe/Tallinn
EG Africa/Cairo
EH Africa/El_Aaiun 2019
ER Africa/Asmara
ES Europe/Madrid
ES-CN Atlantic/Canary
ES-CE Africa/Ceuta
ET Africa/Addis_Ababa
FI Europe/Helsinki
FJ Pacific/Fiji
FK Atlantic/Stanley
FM Pacific/Chuuk
FO Atlantic/Faroe
FR Europe/Paris
GA Africa/Libreville
GB Europe/London
GD America/Grenada
GE Asia/Tbilisi
GF America/Cayenne
GG Europe/Guernsey
GH Africa/Accra
GI Europe/Gibraltar
GL America/Nuuk
GM Africa/Banjul
GN Africa/Conakry
GP America/Guadeloupe
GQ Africa/Malabo
GR Europe/Athens
GS Atlantic/South_Georgia
GT America/Guatemala
GU Pacific/Guam
GW Africa/Bissau
GY America/Guyana
HK Asia/Hong_Kong
HN America/Tegucigalpa
HR Europe/Zagreb
HT America/Port-au-Prince
HU Europe/Budapest
ID Asia/Jakarta
ID-JK Asia/Jakarta
ID-JB Asia/Jakarta
ID-KB Asia/Pontianak
ID-BA Asia/Makassar
ID-SN Asia/Makassar
ID-KI Asia/Makassar
ID-PA Asia/Jayapura
ID-MA Asia/Jayapura
IE Europe/Dublin
IL Asia/Jerusalem
IM Europe/Isle_of_Man
IN Asia/Kolkata
IO Indian/Chagos
IQ Asia/Baghdad
IR Asia/Tehran
IS Atlantic/Reykjavik
IT Europe/Rome
JE Europe/Jersey
JM America/Jamaica
JO Asia/Amman
JP Asia/Tokyo
KE Africa/Nairobi
KG Asia/Bishkek
KH Asia/Phnom_Penh
KI Pacific/Tarawa
KM Indian/Comoro
KN America/St_Kitts
KP Asia/Pyongyang
KR Asia/Seoul
KW Asia/Kuwait
KY America/Cayman
KZ Asia/Almaty
KZ-ALA Asia/Almaty
KZ-AST Asia/Almaty
KZ-AKT Asia/Aqtobe
KZ-ATY Asia/Atyrau
KZ-ZAP Asia/Oral
KZ-MAN Asia/Aqtau
KZ-KZY Asia/Qyzylorda
KZ-KUS Asia/Qostanay
LA Asia/Vientiane
LB Asia/Beirut
LC America/St_Lucia
LI Europe/Vaduz
LK Asia/Colombo
LR Africa/Monrovia
LS Africa/Maseru
LT Europe/Vilnius
LU Europe/Luxembourg
LV Europe/Riga
LY Africa/Tripoli
MA Africa/Casablanca 2019
MC Europe/Monaco
MD Europe/Chisinau
ME Europe/Podgorica
MF America/Marigot
MG Indian/Antananarivo
MH Pacific/Majuro
MK Europe/Skopje
ML Africa/Bamako
MM Asia/Yangon
MN Asia/Ulaanbaatar
MN-043 Asia/Hovd
MO Asia/Macau
MP Pacific/Saipan
MQ America/Martinique
MR Africa/Nouakchott
MS America/Montserrat
MT Europe/Malta
MU Indian/Mauritius
MV Indian/Maldives
MW Africa/Blantyre
MX America/Mexico_City
MX-CMX America/Mexico_City
MX-JAL America/Mexico_City
MX-NLE America/Monterrey
MX-YUC America/Merida
MX-BCN America/Tijuana
MX-BCS America/Mazatlan
MX-SIN America/Mazatlan
MX-SON America/Hermosillo
MX-CHH America/Chihuahua
MX-ROO America/Cancun
MY Asia/Kuala_Lumpur
MY-13 Asia/Kuching
MZ Africa/Maputo
NA Africa/Windhoek
NC Pacific/Noumea
NE Africa/Niamey
NF Pacific/Norfolk
NG Africa/Lagos
NI America/Managua
NL Europe/Amsterdam
NO Europe/Oslo
NP Asia/Kathmandu
NR Pacific/Nauru
NU Pacific/Niue
NZ Pacific/Auckland
OM Asia/Muscat
PA America/Panama
PE America/Lima
PF Pacific/Tahiti
PG Pacific/Port_Moresby
PG-NSB Pacific/Bougainville
PH Asia/Manila
PK Asia/Karachi
PL Europe/Warsaw
PM America/Miquelon
PN Pacific/Pitcairn
PR America/Puerto_Rico
PT Europe/Lisbon
PT-30 Atlantic/Madeira
PT-20 Atlantic/Azores
PW Pacific/Palau
PY America/Asuncion
QA Asia/Qatar
RE Indian/Reunion
RO Europe/Bucharest
RS Europe/Belgrade
RU Europe/Moscow
RU-MOW Europe/Moscow
RU-SPE Europe/Moscow
RU-KIR Europe/Kirov
RU-KGD Europe/Kaliningrad
RU-SAM Europe/Samara
RU-UD Europe/Samara
RU-AST Europe/Astrakhan
RU-ULY Europe/Ulyanovsk
RU-SAR Europe/Saratov
RU-VGG Europe/Volgograd
RU-SVE Asia/Yekaterinburg
RU-BA Asia/Yekaterinburg
RU-CHE Asia/Yekaterinburg
RU-OMS Asia/Omsk
RU-NVS Asia/Novosibirsk
RU-ALT Asia/Barnaul
RU-TOM Asia/Tomsk
RU-KEM Asia/Novokuznetsk
RU-KYA Asia/Krasnoyarsk
RU-IRK Asia/Irkutsk
RU-ZAB Asia/Chita
RU-SA Asia/Yakutsk
RU-PRI Asia/Vladivostok
RU-KHA Asia/Vladivostok
RU-SAK Asia/Sakhalin
RU-MAG Asia/Magadan
RU-KAM Asia/Kamchatka
RU-CHU Asia/Anadyr
RW Africa/Kigali
SA Asia/Riyadh
SB Pacific/Guadalcanal
SC Indian/Mahe
SD Africa/Khartoum
SE Europe/Stockholm
SG Asia/Singapore
SH Atlantic/St_Helena
SI Europe/Ljubljana
SJ Arctic/Longyearbyen
SK Europe/Bratislava
SL Africa/Freetown
SM Europe/San_Marino
SN Africa/Dakar
SO Africa/Mogadishu
SR America/Paramaribo
SS Africa/Juba
ST Africa/Sao_Tome
SV America/El_Salvador
SX America/Lower_Princes
SY Asia/Damascus
SZ Africa/Mbabane
TC America/Grand_Turk
TD Africa/Ndjamena
TF Indian/Kerguelen
TG Africa/Lome
TH Asia/Bangkok
TJ Asia/Dushanbe
TK Pacific/Fakaofo
TL Asia/Dili
TM Asia/Ashgabat
TN Africa/Tunis
TO Pacific/Tongatapu
TR Europe/Istanbul
TT America/Port_of_Spain
TV Pacific/Funafuti
TW Asia/Taipei
TZ Africa/Dar_es_Salaam
UA Europe/Kyiv
UA-43 Europe/Simferopol
UG Africa/Kampala
US America/New_York
US-NY America/New_York
US-FL America/New_York
US-GA America/New_York
US-IN America/Indiana/Indianapolis
US-MI America/Detroit
US-KY America/Kentucky/Louisville
US-IL America/Chicago
US-TX America/Chicago
US-MN America/Chicago
US-CO America/Denver
US-UT America/Denver
US-ID America/Boise
US-AZ America/Phoenix
US-CA America/Los_Angeles
US-WA America/Los_Angeles
US-NV America/Los_Angeles
US-AK America/Anchorage
US-HI Pacific/Honolulu
US-PR America/Puerto_Rico
US-VI America/St_Thomas
US-GU Pacific/Guam
US-AS Pacific/Pago_Pago
UY America/Montevideo
UZ Asia/Tashkent
VA Europe/Vatican
VC America/St_Vincent
VE America/Caracas
VG America/Tortola
VI America/St_Thomas
VN Asia/Ho_Chi_Minh
VU Pacific/Efate
WF Pacific/Wallis
WS Pacific/Apia
XK Europe/Belgrade
YE Asia/Aden
YT Indian/Mayotte
ZA Africa/Johannesburg
ZM Africa/Lusaka
ZW Africa/Harare
";

/// The countries cross-border parcels commonly pass: the table must know every one.
const REQUIRED: &str =
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI \
    ES SE IS LI NO CH GB US CA MX BR AR CL CO PE AU NZ JP KR CN HK TW SG MY TH VN ID PH IN PK BD \
    LK AE SA QA KW BH OM IL TR EG MA ZA NG KE RU UA KZ";

struct Case {
    country: &'static str,
    region: Option<&'static str>,
    tz: Tz,
    name: &'static str,
    from: i32,
}

fn cases() -> Vec<Case> {
    CASES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split_whitespace();
            let place = parts.next().unwrap();
            let name = parts.next().unwrap_or_else(|| panic!("no zone: {l}"));
            let from = parts.next().map_or(2015, |y| y.parse().unwrap());
            let (country, region) = match place.split_once('-') {
                Some((c, r)) => (c, Some(r)),
                None => (place, None),
            };
            let tz: Tz = name
                .parse()
                .unwrap_or_else(|_| panic!("unknown IANA zone {name}"));
            Case {
                country,
                region,
                tz,
                name,
                from,
            }
        })
        .collect()
}

fn iana_minutes(tz: Tz, at: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc()
        / 60
}

fn our_minutes(z: &Zone, at: DateTime<Utc>) -> i32 {
    z.offset_at_utc(at).local_minus_utc() / 60
}

/// The first second at which the offset differs from the one at `lo` (offset changes between
/// `lo` and `hi`).
fn bisect(lo: DateTime<Utc>, hi: DateTime<Utc>, f: &dyn Fn(DateTime<Utc>) -> i32) -> DateTime<Utc> {
    let (mut lo, mut hi) = (lo.timestamp(), hi.timestamp());
    let before = f(Utc.timestamp_opt(lo, 0).unwrap());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if f(Utc.timestamp_opt(mid, 0).unwrap()) == before {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Utc.timestamp_opt(hi, 0).unwrap()
}

#[derive(Default)]
struct Tally {
    checks: u64,
    mismatches: u64,
    examples: Vec<String>,
}

impl Tally {
    fn check(&mut self, what: &str, at: impl std::fmt::Display, ours: i32, iana: i32) {
        self.checks += 1;
        if ours != iana {
            self.mismatches += 1;
            if self.examples.len() < 4 {
                self.examples
                    .push(format!("{what} {at}: ours {ours:+} min, IANA {iana:+} min"));
            }
        }
    }
}

fn sweep(case: &Case, zone: &Zone) -> (Tally, Vec<(DateTime<Utc>, i32)>) {
    let mut t = Tally::default();
    let start = Utc.with_ymd_and_hms(case.from, 1, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2031, 1, 1, 0, 0, 0).unwrap();
    let step = Duration::hours(6);
    let iana = |at| iana_minutes(case.tz, at);
    let ours = |at| our_minutes(zone, at);
    let mut transitions = Vec::new();
    let mut at = start;
    while at < end {
        t.check("utc", at, ours(at), iana(at));
        let next = at + step;
        let sides: [&dyn Fn(DateTime<Utc>) -> i32; 2] = [&iana, &ours];
        for (side, f) in sides.iter().enumerate() {
            if f(at) != f(next) {
                let switch = bisect(at, next, f);
                if side == 0 {
                    transitions.push((switch, iana(switch)));
                }
                for probe in [
                    switch - Duration::seconds(1),
                    switch,
                    switch + Duration::minutes(30),
                ] {
                    t.check("switch", probe, ours(probe), iana(probe));
                }
                // Wall-clock times from 3 hours before to 3 hours after the switch.
                let before = iana(switch - Duration::seconds(1));
                let wall = switch.naive_utc() + Duration::minutes(before as i64);
                for q in -12..=12 {
                    check_local(&mut t, case.tz, zone, wall + Duration::minutes(15 * q));
                }
            }
        }
        // Wall-clock time at this instant.
        check_local(
            &mut t,
            case.tz,
            zone,
            at.naive_utc() + Duration::minutes(iana(at) as i64),
        );
        at = next;
    }
    (t, transitions)
}

/// `offset_at_local` must agree with IANA wherever the wall time is unambiguous, and give the
/// later offset (standard time) in a repeated hour; a skipped hour has no right answer.
fn check_local(t: &mut Tally, tz: Tz, zone: &Zone, local: NaiveDateTime) {
    let expected = match tz.from_local_datetime(&local) {
        LocalResult::Single(d) => d.offset().fix().local_minus_utc() / 60,
        LocalResult::Ambiguous(_, later) => later.offset().fix().local_minus_utc() / 60,
        LocalResult::None => return,
    };
    let ours = zone.offset_at_local(local).local_minus_utc() / 60;
    t.check("local", local, ours, expected);
}

#[test]
fn the_zone_table_agrees_with_iana_2015_to_2030() {
    let cases = cases();
    let mut problems = Vec::new();

    // Coverage: every country the table knows has a default line, every line's country is
    // known, and the countries parcels commonly pass are all there.
    let defaults: BTreeSet<&str> = cases
        .iter()
        .filter(|c| c.region.is_none())
        .map(|c| c.country)
        .collect();
    let known: BTreeSet<&str> = COUNTRIES
        .iter()
        .map(|c| c.alpha2)
        .chain(["XK"])
        .filter(|c| zone_for(c, None).is_some())
        .collect();
    for c in known.difference(&defaults) {
        problems.push(format!(
            "{c}: the table knows it but no default line sweeps it"
        ));
    }
    for c in defaults.difference(&known) {
        problems.push(format!("{c}: swept but the table does not know it"));
    }
    for c in REQUIRED.split_whitespace() {
        if zone_for(c, None).is_none() {
            problems.push(format!("{c}: required but unknown"));
        }
    }
    let unknown: Vec<&str> = COUNTRIES
        .iter()
        .map(|c| c.alpha2)
        .filter(|c| zone_for(c, None).is_none())
        .collect();

    let (mut checks, mut mismatches, mut bad_zones) = (0u64, 0u64, 0usize);
    for case in &cases {
        let label = match case.region {
            Some(r) => format!("{}-{r} {}", case.country, case.name),
            None => format!("{} {}", case.country, case.name),
        };
        let Some(zone) = zone_for(case.country, case.region) else {
            problems.push(format!("{label}: zone_for gives none"));
            continue;
        };
        let (tally, transitions) = sweep(case, &zone);
        checks += tally.checks;
        mismatches += tally.mismatches;
        if tally.mismatches > 0 {
            bad_zones += 1;
            let history: Vec<String> = transitions
                .iter()
                .map(|(at, m)| format!("{}→{m:+}", at.format("%Y-%m-%dT%H:%MZ")))
                .collect();
            problems.push(format!(
                "{label}: {} of {} checks differ, e.g. {}; IANA from {}: {:+} min then {}",
                tally.mismatches,
                tally.checks,
                tally.examples.join("; "),
                case.from,
                iana_minutes(
                    case.tz,
                    Utc.with_ymd_and_hms(case.from, 1, 1, 0, 0, 0).unwrap()
                ),
                history.join(" ")
            ));
        }
    }
    let zones: BTreeSet<&str> = cases.iter().map(|c| c.name).collect();
    println!(
        "zones_iana: {} countries, {} lines ({} IANA zones), {} checks, {} mismatches in {} \
         lines; no zone for {} ISO countries: {}",
        defaults.len(),
        cases.len(),
        zones.len(),
        checks,
        mismatches,
        bad_zones,
        unknown.len(),
        unknown.join(" ")
    );
    for p in &problems {
        println!("  {p}");
    }
    assert!(
        problems.is_empty(),
        "{} problems (see above)",
        problems.len()
    );
}
