//! Countries as carriers write them (alpha-2, alpha-3, English names and a few common local
//! or informal ones) to ISO 3166-1 alpha-2, from one table of the standard's codes and short
//! names (the Debian `iso-codes` copy of ISO 3166-1).

use waymark_shared::fold;

/// One ISO 3166-1 entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// Alpha-2 code (`FR`).
    pub alpha2: &'static str,
    /// Alpha-3 code (`FRA`).
    pub alpha3: &'static str,
    /// The standard's English short name (`France`, `Korea, Republic of`).
    pub name: &'static str,
}

const fn c(alpha2: &'static str, alpha3: &'static str, name: &'static str) -> Country {
    Country {
        alpha2,
        alpha3,
        name,
    }
}

/// Every officially assigned ISO 3166-1 code, in alpha-2 order.
pub const COUNTRIES: &[Country] = &[
    c("AD", "AND", "Andorra"),
    c("AE", "ARE", "United Arab Emirates"),
    c("AF", "AFG", "Afghanistan"),
    c("AG", "ATG", "Antigua and Barbuda"),
    c("AI", "AIA", "Anguilla"),
    c("AL", "ALB", "Albania"),
    c("AM", "ARM", "Armenia"),
    c("AO", "AGO", "Angola"),
    c("AQ", "ATA", "Antarctica"),
    c("AR", "ARG", "Argentina"),
    c("AS", "ASM", "American Samoa"),
    c("AT", "AUT", "Austria"),
    c("AU", "AUS", "Australia"),
    c("AW", "ABW", "Aruba"),
    c("AX", "ALA", "Åland Islands"),
    c("AZ", "AZE", "Azerbaijan"),
    c("BA", "BIH", "Bosnia and Herzegovina"),
    c("BB", "BRB", "Barbados"),
    c("BD", "BGD", "Bangladesh"),
    c("BE", "BEL", "Belgium"),
    c("BF", "BFA", "Burkina Faso"),
    c("BG", "BGR", "Bulgaria"),
    c("BH", "BHR", "Bahrain"),
    c("BI", "BDI", "Burundi"),
    c("BJ", "BEN", "Benin"),
    c("BL", "BLM", "Saint Barthélemy"),
    c("BM", "BMU", "Bermuda"),
    c("BN", "BRN", "Brunei Darussalam"),
    c("BO", "BOL", "Bolivia, Plurinational State of"),
    c("BQ", "BES", "Bonaire, Sint Eustatius and Saba"),
    c("BR", "BRA", "Brazil"),
    c("BS", "BHS", "Bahamas"),
    c("BT", "BTN", "Bhutan"),
    c("BV", "BVT", "Bouvet Island"),
    c("BW", "BWA", "Botswana"),
    c("BY", "BLR", "Belarus"),
    c("BZ", "BLZ", "Belize"),
    c("CA", "CAN", "Canada"),
    c("CC", "CCK", "Cocos (Keeling) Islands"),
    c("CD", "COD", "Congo, The Democratic Republic of the"),
    c("CF", "CAF", "Central African Republic"),
    c("CG", "COG", "Congo"),
    c("CH", "CHE", "Switzerland"),
    c("CI", "CIV", "Côte d'Ivoire"),
    c("CK", "COK", "Cook Islands"),
    c("CL", "CHL", "Chile"),
    c("CM", "CMR", "Cameroon"),
    c("CN", "CHN", "China"),
    c("CO", "COL", "Colombia"),
    c("CR", "CRI", "Costa Rica"),
    c("CU", "CUB", "Cuba"),
    c("CV", "CPV", "Cabo Verde"),
    c("CW", "CUW", "Curaçao"),
    c("CX", "CXR", "Christmas Island"),
    c("CY", "CYP", "Cyprus"),
    c("CZ", "CZE", "Czechia"),
    c("DE", "DEU", "Germany"),
    c("DJ", "DJI", "Djibouti"),
    c("DK", "DNK", "Denmark"),
    c("DM", "DMA", "Dominica"),
    c("DO", "DOM", "Dominican Republic"),
    c("DZ", "DZA", "Algeria"),
    c("EC", "ECU", "Ecuador"),
    c("EE", "EST", "Estonia"),
    c("EG", "EGY", "Egypt"),
    c("EH", "ESH", "Western Sahara"),
    c("ER", "ERI", "Eritrea"),
    c("ES", "ESP", "Spain"),
    c("ET", "ETH", "Ethiopia"),
    c("FI", "FIN", "Finland"),
    c("FJ", "FJI", "Fiji"),
    c("FK", "FLK", "Falkland Islands (Malvinas)"),
    c("FM", "FSM", "Micronesia, Federated States of"),
    c("FO", "FRO", "Faroe Islands"),
    c("FR", "FRA", "France"),
    c("GA", "GAB", "Gabon"),
    c("GB", "GBR", "United Kingdom"),
    c("GD", "GRD", "Grenada"),
    c("GE", "GEO", "Georgia"),
    c("GF", "GUF", "French Guiana"),
    c("GG", "GGY", "Guernsey"),
    c("GH", "GHA", "Ghana"),
    c("GI", "GIB", "Gibraltar"),
    c("GL", "GRL", "Greenland"),
    c("GM", "GMB", "Gambia"),
    c("GN", "GIN", "Guinea"),
    c("GP", "GLP", "Guadeloupe"),
    c("GQ", "GNQ", "Equatorial Guinea"),
    c("GR", "GRC", "Greece"),
    c("GS", "SGS", "South Georgia and the South Sandwich Islands"),
    c("GT", "GTM", "Guatemala"),
    c("GU", "GUM", "Guam"),
    c("GW", "GNB", "Guinea-Bissau"),
    c("GY", "GUY", "Guyana"),
    c("HK", "HKG", "Hong Kong"),
    c("HM", "HMD", "Heard Island and McDonald Islands"),
    c("HN", "HND", "Honduras"),
    c("HR", "HRV", "Croatia"),
    c("HT", "HTI", "Haiti"),
    c("HU", "HUN", "Hungary"),
    c("ID", "IDN", "Indonesia"),
    c("IE", "IRL", "Ireland"),
    c("IL", "ISR", "Israel"),
    c("IM", "IMN", "Isle of Man"),
    c("IN", "IND", "India"),
    c("IO", "IOT", "British Indian Ocean Territory"),
    c("IQ", "IRQ", "Iraq"),
    c("IR", "IRN", "Iran, Islamic Republic of"),
    c("IS", "ISL", "Iceland"),
    c("IT", "ITA", "Italy"),
    c("JE", "JEY", "Jersey"),
    c("JM", "JAM", "Jamaica"),
    c("JO", "JOR", "Jordan"),
    c("JP", "JPN", "Japan"),
    c("KE", "KEN", "Kenya"),
    c("KG", "KGZ", "Kyrgyzstan"),
    c("KH", "KHM", "Cambodia"),
    c("KI", "KIR", "Kiribati"),
    c("KM", "COM", "Comoros"),
    c("KN", "KNA", "Saint Kitts and Nevis"),
    c("KP", "PRK", "Korea, Democratic People's Republic of"),
    c("KR", "KOR", "Korea, Republic of"),
    c("KW", "KWT", "Kuwait"),
    c("KY", "CYM", "Cayman Islands"),
    c("KZ", "KAZ", "Kazakhstan"),
    c("LA", "LAO", "Lao People's Democratic Republic"),
    c("LB", "LBN", "Lebanon"),
    c("LC", "LCA", "Saint Lucia"),
    c("LI", "LIE", "Liechtenstein"),
    c("LK", "LKA", "Sri Lanka"),
    c("LR", "LBR", "Liberia"),
    c("LS", "LSO", "Lesotho"),
    c("LT", "LTU", "Lithuania"),
    c("LU", "LUX", "Luxembourg"),
    c("LV", "LVA", "Latvia"),
    c("LY", "LBY", "Libya"),
    c("MA", "MAR", "Morocco"),
    c("MC", "MCO", "Monaco"),
    c("MD", "MDA", "Moldova, Republic of"),
    c("ME", "MNE", "Montenegro"),
    c("MF", "MAF", "Saint Martin (French part)"),
    c("MG", "MDG", "Madagascar"),
    c("MH", "MHL", "Marshall Islands"),
    c("MK", "MKD", "North Macedonia"),
    c("ML", "MLI", "Mali"),
    c("MM", "MMR", "Myanmar"),
    c("MN", "MNG", "Mongolia"),
    c("MO", "MAC", "Macao"),
    c("MP", "MNP", "Northern Mariana Islands"),
    c("MQ", "MTQ", "Martinique"),
    c("MR", "MRT", "Mauritania"),
    c("MS", "MSR", "Montserrat"),
    c("MT", "MLT", "Malta"),
    c("MU", "MUS", "Mauritius"),
    c("MV", "MDV", "Maldives"),
    c("MW", "MWI", "Malawi"),
    c("MX", "MEX", "Mexico"),
    c("MY", "MYS", "Malaysia"),
    c("MZ", "MOZ", "Mozambique"),
    c("NA", "NAM", "Namibia"),
    c("NC", "NCL", "New Caledonia"),
    c("NE", "NER", "Niger"),
    c("NF", "NFK", "Norfolk Island"),
    c("NG", "NGA", "Nigeria"),
    c("NI", "NIC", "Nicaragua"),
    c("NL", "NLD", "Netherlands"),
    c("NO", "NOR", "Norway"),
    c("NP", "NPL", "Nepal"),
    c("NR", "NRU", "Nauru"),
    c("NU", "NIU", "Niue"),
    c("NZ", "NZL", "New Zealand"),
    c("OM", "OMN", "Oman"),
    c("PA", "PAN", "Panama"),
    c("PE", "PER", "Peru"),
    c("PF", "PYF", "French Polynesia"),
    c("PG", "PNG", "Papua New Guinea"),
    c("PH", "PHL", "Philippines"),
    c("PK", "PAK", "Pakistan"),
    c("PL", "POL", "Poland"),
    c("PM", "SPM", "Saint Pierre and Miquelon"),
    c("PN", "PCN", "Pitcairn"),
    c("PR", "PRI", "Puerto Rico"),
    c("PS", "PSE", "Palestine, State of"),
    c("PT", "PRT", "Portugal"),
    c("PW", "PLW", "Palau"),
    c("PY", "PRY", "Paraguay"),
    c("QA", "QAT", "Qatar"),
    c("RE", "REU", "Réunion"),
    c("RO", "ROU", "Romania"),
    c("RS", "SRB", "Serbia"),
    c("RU", "RUS", "Russian Federation"),
    c("RW", "RWA", "Rwanda"),
    c("SA", "SAU", "Saudi Arabia"),
    c("SB", "SLB", "Solomon Islands"),
    c("SC", "SYC", "Seychelles"),
    c("SD", "SDN", "Sudan"),
    c("SE", "SWE", "Sweden"),
    c("SG", "SGP", "Singapore"),
    c("SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha"),
    c("SI", "SVN", "Slovenia"),
    c("SJ", "SJM", "Svalbard and Jan Mayen"),
    c("SK", "SVK", "Slovakia"),
    c("SL", "SLE", "Sierra Leone"),
    c("SM", "SMR", "San Marino"),
    c("SN", "SEN", "Senegal"),
    c("SO", "SOM", "Somalia"),
    c("SR", "SUR", "Suriname"),
    c("SS", "SSD", "South Sudan"),
    c("ST", "STP", "Sao Tome and Principe"),
    c("SV", "SLV", "El Salvador"),
    c("SX", "SXM", "Sint Maarten (Dutch part)"),
    c("SY", "SYR", "Syrian Arab Republic"),
    c("SZ", "SWZ", "Eswatini"),
    c("TC", "TCA", "Turks and Caicos Islands"),
    c("TD", "TCD", "Chad"),
    c("TF", "ATF", "French Southern Territories"),
    c("TG", "TGO", "Togo"),
    c("TH", "THA", "Thailand"),
    c("TJ", "TJK", "Tajikistan"),
    c("TK", "TKL", "Tokelau"),
    c("TL", "TLS", "Timor-Leste"),
    c("TM", "TKM", "Turkmenistan"),
    c("TN", "TUN", "Tunisia"),
    c("TO", "TON", "Tonga"),
    c("TR", "TUR", "Türkiye"),
    c("TT", "TTO", "Trinidad and Tobago"),
    c("TV", "TUV", "Tuvalu"),
    c("TW", "TWN", "Taiwan, Province of China"),
    c("TZ", "TZA", "Tanzania, United Republic of"),
    c("UA", "UKR", "Ukraine"),
    c("UG", "UGA", "Uganda"),
    c("UM", "UMI", "United States Minor Outlying Islands"),
    c("US", "USA", "United States"),
    c("UY", "URY", "Uruguay"),
    c("UZ", "UZB", "Uzbekistan"),
    c("VA", "VAT", "Holy See (Vatican City State)"),
    c("VC", "VCT", "Saint Vincent and the Grenadines"),
    c("VE", "VEN", "Venezuela, Bolivarian Republic of"),
    c("VG", "VGB", "Virgin Islands, British"),
    c("VI", "VIR", "Virgin Islands, U.S."),
    c("VN", "VNM", "Viet Nam"),
    c("VU", "VUT", "Vanuatu"),
    c("WF", "WLF", "Wallis and Futuna"),
    c("WS", "WSM", "Samoa"),
    c("YE", "YEM", "Yemen"),
    c("YT", "MYT", "Mayotte"),
    c("ZA", "ZAF", "South Africa"),
    c("ZM", "ZMB", "Zambia"),
    c("ZW", "ZWE", "Zimbabwe"),
];

/// Names carriers use that are not the standard's short name, folded with
/// `waymark_shared::fold::key`: informal and local names, and names with their accents dropped.
const ALIASES: &[(&str, &str)] = &[
    ("mainlandchina", "CN"),
    ("prchina", "CN"),
    ("peoplesrepublicofchina", "CN"),
    ("中国", "CN"),
    ("hongkongsar", "HK"),
    ("hongkongchina", "HK"),
    ("macau", "MO"),
    ("macaosar", "MO"),
    ("taiwan", "TW"),
    ("usa", "US"),
    ("unitedstatesofamerica", "US"),
    ("america", "US"),
    ("greatbritain", "GB"),
    ("uk", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("northernireland", "GB"),
    ("unitedkingdomofgreatbritainandnorthernireland", "GB"),
    ("republicofireland", "IE"),
    ("deutschland", "DE"),
    ("belgique", "BE"),
    ("belgie", "BE"),
    ("belgië", "BE"),
    ("thenetherlands", "NL"),
    ("holland", "NL"),
    ("nederland", "NL"),
    ("netherlandskingdomofthe", "NL"),
    ("espana", "ES"),
    ("españa", "ES"),
    ("italia", "IT"),
    ("schweiz", "CH"),
    ("suisse", "CH"),
    ("österreich", "AT"),
    ("polska", "PL"),
    ("czechrepublic", "CZ"),
    ("sverige", "SE"),
    ("norge", "NO"),
    ("danmark", "DK"),
    ("suomi", "FI"),
    ("turkey", "TR"),
    ("turkiye", "TR"),
    ("russia", "RU"),
    ("россия", "RU"),
    ("moldova", "MD"),
    ("macedonia", "MK"),
    ("kosovo", "XK"),
    ("vatican", "VA"),
    ("vaticancity", "VA"),
    ("holysee", "VA"),
    ("alandislands", "AX"),
    ("uae", "AE"),
    ("southkorea", "KR"),
    ("korea", "KR"),
    ("republicofkorea", "KR"),
    ("northkorea", "KP"),
    ("laos", "LA"),
    ("iran", "IR"),
    ("syria", "SY"),
    ("palestine", "PS"),
    ("brunei", "BN"),
    ("burma", "MM"),
    ("easttimor", "TL"),
    ("micronesia", "FM"),
    ("brasil", "BR"),
    ("bolivia", "BO"),
    ("venezuela", "VE"),
    ("falklandislands", "FK"),
    ("curacao", "CW"),
    ("saintbarthelemy", "BL"),
    ("reunion", "RE"),
    ("cotedivoire", "CI"),
    ("ivorycoast", "CI"),
    ("capeverde", "CV"),
    ("swaziland", "SZ"),
    ("tanzania", "TZ"),
    ("drcongo", "CD"),
    ("drc", "CD"),
    ("democraticrepublicofthecongo", "CD"),
    ("congokinshasa", "CD"),
    ("republicofthecongo", "CG"),
    ("congobrazzaville", "CG"),
    ("usvirginislands", "VI"),
    ("britishvirginislands", "VG"),
    ("日本", "JP"),
    ("한국", "KR"),
];

/// The ISO 3166-1 entry for an alpha-2 code (any case).
pub fn by_alpha2(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    COUNTRIES
        .iter()
        .find(|c| c.alpha2.eq_ignore_ascii_case(code))
}

/// The ISO 3166-1 entry for an alpha-3 code (any case).
pub fn by_alpha3(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    COUNTRIES
        .iter()
        .find(|c| c.alpha3.eq_ignore_ascii_case(code))
}

/// The alpha-2 code for a country given as alpha-2, alpha-3 or an English (or common local)
/// name; `None` when unknown. Two letters are taken as a code: `UK` and `EL` (the codes the
/// EU uses) become `GB` and `GR`; other unassigned pairs (`XK`, Kosovo) are kept as written.
pub fn to_alpha2(raw: &str) -> Option<String> {
    let t = raw.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        let code = t.to_ascii_uppercase();
        return Some(match code.as_str() {
            "UK" => "GB".to_string(),
            "EL" => "GR".to_string(),
            _ => code,
        });
    }
    if t.len() == 3 {
        if let Some(c) = by_alpha3(t) {
            return Some(c.alpha2.to_string());
        }
    }
    let key = fold::key(t);
    if key.is_empty() {
        return None;
    }
    COUNTRIES
        .iter()
        .find(|c| fold::key(c.name) == key)
        .map(|c| c.alpha2)
        .or_else(|| ALIASES.iter().find(|(k, _)| *k == key).map(|(_, a2)| *a2))
        .map(str::to_string)
}

/// The destination country of a UPU S10 number (`RR123456789IE` → `IE`), if it is one.
pub fn from_s10(number: &str) -> Option<String> {
    let n = number.trim();
    let b = n.as_bytes();
    (b.len() == 13
        && b[..2].iter().all(u8::is_ascii_alphabetic)
        && b[2..11].iter().all(u8::is_ascii_digit)
        && b[11..].iter().all(u8::is_ascii_alphabetic))
    .then(|| n[11..].to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes() {
        assert_eq!(to_alpha2("Mainland China").as_deref(), Some("CN"));
        assert_eq!(to_alpha2("Belgium").as_deref(), Some("BE"));
        assert_eq!(to_alpha2("USA").as_deref(), Some("US"));
        assert_eq!(to_alpha2("fr").as_deref(), Some("FR"));
        assert_eq!(to_alpha2("uk").as_deref(), Some("GB"));
        assert_eq!(to_alpha2("Korea, Republic of").as_deref(), Some("KR"));
        assert_eq!(to_alpha2("South Korea").as_deref(), Some("KR"));
        assert_eq!(to_alpha2("Côte d'Ivoire").as_deref(), Some("CI"));
        assert_eq!(to_alpha2("Cote d'Ivoire").as_deref(), Some("CI"));
        assert_eq!(to_alpha2("TÜRKIYE").as_deref(), Some("TR"));
        assert_eq!(to_alpha2("Turkey").as_deref(), Some("TR"));
        assert_eq!(to_alpha2("Atlantis"), None);
        assert_eq!(to_alpha2("ABC"), None);
        assert_eq!(to_alpha2(" "), None);
        assert_eq!(from_s10("RR123456789IE").as_deref(), Some("IE"));
        assert_eq!(from_s10("LTN450000001N1"), None);
    }

    #[test]
    fn every_code_maps_back_and_forth() {
        assert_eq!(COUNTRIES.len(), 249);
        for (i, c) in COUNTRIES.iter().enumerate() {
            assert_eq!(c.alpha2.len(), 2, "{c:?}");
            assert_eq!(c.alpha3.len(), 3, "{c:?}");
            assert!(c.alpha2.bytes().all(|b| b.is_ascii_uppercase()), "{c:?}");
            assert!(c.alpha3.bytes().all(|b| b.is_ascii_uppercase()), "{c:?}");
            if i > 0 {
                assert!(COUNTRIES[i - 1].alpha2 < c.alpha2, "out of order: {c:?}");
            }
            assert_eq!(to_alpha2(c.alpha3).as_deref(), Some(c.alpha2), "{c:?}");
            assert_eq!(
                to_alpha2(&c.alpha3.to_ascii_lowercase()).as_deref(),
                Some(c.alpha2)
            );
            assert_eq!(to_alpha2(c.alpha2).as_deref(), Some(c.alpha2));
            assert_eq!(to_alpha2(c.name).as_deref(), Some(c.alpha2), "{c:?}");
            assert_eq!(by_alpha2(c.alpha2).map(|x| x.alpha3), Some(c.alpha3));
            assert_eq!(by_alpha3(c.alpha3).map(|x| x.alpha2), Some(c.alpha2));
            assert_eq!(COUNTRIES.iter().filter(|x| x.alpha3 == c.alpha3).count(), 1);
            assert_eq!(COUNTRIES.iter().filter(|x| x.name == c.name).count(), 1);
        }
        for (key, code) in ALIASES {
            assert!(by_alpha2(code).is_some() || *code == "XK", "{key} → {code}");
            assert_eq!(fold::key(key), *key, "alias not folded: {key}");
            assert!(
                COUNTRIES.iter().all(|c| fold::key(c.name) != *key),
                "alias duplicates a name: {key}"
            );
        }
    }
}
