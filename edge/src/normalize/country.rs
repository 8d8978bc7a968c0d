//! Country names and alpha-3 codes, as carriers write them, to ISO 3166-1 alpha-2.

/// The alpha-2 code for a country given as alpha-2, alpha-3 or an English (or common local)
/// name; `None` when unknown.
pub fn to_alpha2(raw: &str) -> Option<String> {
    let t = raw.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(t.to_ascii_uppercase());
    }
    let key = waymark_shared::fold::key(t);
    let code = match key.as_str() {
        "chn" | "china" | "mainlandchina" | "prchina" | "peoplesrepublicofchina" | "中国" => "CN",
        "hkg" | "hongkong" | "hongkongsar" => "HK",
        "twn" | "taiwan" => "TW",
        "usa" | "unitedstates" | "unitedstatesofamerica" | "us" | "america" => "US",
        "can" | "canada" => "CA",
        "mex" | "mexico" => "MX",
        "bra" | "brazil" | "brasil" => "BR",
        "gbr" | "unitedkingdom" | "greatbritain" | "uk" | "england" | "scotland" | "wales" => "GB",
        "irl" | "ireland" | "republicofireland" => "IE",
        "fra" | "france" => "FR",
        "deu" | "germany" | "deutschland" => "DE",
        "bel" | "belgium" | "belgique" | "belgie" => "BE",
        "nld" | "netherlands" | "thenetherlands" | "holland" | "nederland" => "NL",
        "lux" | "luxembourg" => "LU",
        "esp" | "spain" | "espana" => "ES",
        "prt" | "portugal" => "PT",
        "ita" | "italy" | "italia" => "IT",
        "che" | "switzerland" => "CH",
        "aut" | "austria" => "AT",
        "pol" | "poland" => "PL",
        "cze" | "czechia" | "czechrepublic" => "CZ",
        "swe" | "sweden" => "SE",
        "nor" | "norway" => "NO",
        "dnk" | "denmark" => "DK",
        "fin" | "finland" => "FI",
        "grc" | "greece" => "GR",
        "hun" | "hungary" => "HU",
        "rou" | "romania" => "RO",
        "bgr" | "bulgaria" => "BG",
        "hrv" | "croatia" => "HR",
        "svk" | "slovakia" => "SK",
        "svn" | "slovenia" => "SI",
        "est" | "estonia" => "EE",
        "lva" | "latvia" => "LV",
        "ltu" | "lithuania" => "LT",
        "isr" | "israel" => "IL",
        "tur" | "turkey" | "turkiye" => "TR",
        "rus" | "russia" | "russianfederation" => "RU",
        "ukr" | "ukraine" => "UA",
        "are" | "unitedarabemirates" | "uae" => "AE",
        "sau" | "saudiarabia" => "SA",
        "ind" | "india" => "IN",
        "jpn" | "japan" => "JP",
        "kor" | "southkorea" | "korea" | "republicofkorea" => "KR",
        "sgp" | "singapore" => "SG",
        "mys" | "malaysia" => "MY",
        "tha" | "thailand" => "TH",
        "vnm" | "vietnam" => "VN",
        "idn" | "indonesia" => "ID",
        "phl" | "philippines" => "PH",
        "aus" | "australia" => "AU",
        "nzl" | "newzealand" => "NZ",
        "zaf" | "southafrica" => "ZA",
        "arg" | "argentina" => "AR",
        "chl" | "chile" => "CL",
        "col" | "colombia" => "CO",
        "per" | "peru" => "PE",
        _ => return None,
    };
    Some(code.to_string())
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
        assert_eq!(to_alpha2("Atlantis"), None);
        assert_eq!(from_s10("RR123456789IE").as_deref(), Some("IE"));
        assert_eq!(from_s10("LTN450000001N1"), None);
    }
}
