//! The words carriers put before a person's name — a signature, who received or collected the
//! parcel, whom it was delivered to — in the 20 buyer languages and the carriers' own
//! languages. What follows such a marker, up to the end of its clause, is taken as a name and
//! removed, unless it starts with a word that names a place or an organisation ("received by
//! the post office", "left with neighbour", "accepted by USPS").

/// One marker: its text (lower case where the script has case) and whether it is English
/// (an English marker keeps "recipient" in place of the name; others an ellipsis).
pub struct Marker {
    /// The words, matched case-insensitively within Latin scripts.
    pub text: &'static str,
    /// English wording.
    pub english: bool,
}

const fn en(text: &'static str) -> Marker {
    Marker {
        text,
        english: true,
    }
}

const fn other(text: &'static str) -> Marker {
    Marker {
        text,
        english: false,
    }
}

/// Every marker, longest first within a language where one contains another.
pub const MARKERS: &[Marker] = &[
    // English
    en("signed for by"),
    en("signed by"),
    en("signature:"),
    en("signatory"),
    en("received by"),
    en("accepted by"),
    en("collected by"),
    en("picked up by"),
    en("left with"),
    en("delivered to:"),
    en("delivered to"),
    en("handed to"),
    en("recipient:"),
    en("receiver:"),
    en("consignee:"),
    // French
    other("remis à"),
    other("remis a"),
    other("signé par"),
    other("réceptionné par"),
    other("receptionne par"),
    other("livré à"),
    other("destinataire :"),
    other("destinataire:"),
    // German
    other("zugestellt an"),
    other("übergeben an"),
    other("unterschrieben von"),
    other("empfangen von"),
    other("empfänger:"),
    other("unterschrift:"),
    // Spanish
    other("entregado a"),
    other("firmado por"),
    other("recibido por"),
    other("destinatario:"),
    // Portuguese
    other("entregue a"),
    other("recebido por"),
    other("assinado por"),
    // Italian
    other("consegnato a"),
    other("firmato da"),
    other("ritirato da"),
    // Dutch
    other("afgeleverd bij"),
    other("getekend door"),
    other("ontvangen door"),
    // Polish
    other("odebrane przez"),
    other("odebrał"),
    other("odebrała"),
    other("podpisał"),
    // Turkish
    other("teslim alan"),
    other("imzalayan"),
    // Indonesian, Malay
    other("diterima oleh"),
    other("ditandatangani oleh"),
    // Vietnamese
    other("người nhận"),
    other("ký nhận"),
    // Russian (no case folding for Cyrillic: both forms)
    other("получатель"),
    other("Получатель"),
    other("вручено"),
    other("Вручено"),
    other("подписал"),
    // Chinese (simplified, traditional), Japanese, Korean
    other("签收人"),
    other("簽收人"),
    other("收件人"),
    other("签收"),
    other("簽收"),
    other("受取人"),
    other("受領者"),
    other("수령인"),
    other("받는 분"),
    // Thai
    other("ผู้รับ"),
    other("ลงนามโดย"),
    // Arabic
    other("المستلم"),
    other("تم التسليم إلى"),
    other("وقع بواسطة"),
    // Hebrew
    other("נמסר ל"),
    other("חתם"),
];

/// Words that, right after a marker, mean a place or an organisation rather than a person:
/// nothing is removed then.
pub const NOT_A_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "your",
    "our",
    "post",
    "postal",
    "office",
    "facility",
    "hub",
    "depot",
    "customs",
    "carrier",
    "agent",
    "courier",
    "driver",
    "neighbour",
    "neighbor",
    "reception",
    "receptionist",
    "concierge",
    "mailroom",
    "locker",
    "mailbox",
    "front",
    "porch",
    "door",
    "pickup",
    "pick-up",
    "access",
    "retail",
    "counter",
    "security",
    "household",
    "recipient",
    "addressee",
    "building",
    "parcel",
    "safe",
    "ups",
    "fedex",
    "dhl",
    "usps",
    "canada",
    "australia",
    "royal",
    "la",
    "cainiao",
    "4px",
    "yanwen",
    "landmark",
    "seko",
    "easypost",
    "17track",
    "partner",
    "local",
    "destination",
    "origin",
    "sorting",
    "delivery",
    "airline",
    "warehouse",
    "station",
    "point",
    "shop",
    "store",
];
