//! The buyer's language: choosing it, right-to-left, and the widget's own words. Dates and
//! times are formatted by the browser's `Intl` (see `intl`), never from bundled locale data.

use waymark_shared::{ExceptionKind, Phase, Reason, Status};

/// The languages the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    ZhCn,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// German.
    De,
    /// Japanese.
    Ja,
    /// Brazilian Portuguese.
    PtBr,
    /// Arabic (right to left).
    Ar,
}

impl Lang {
    /// A language from a BCP 47 tag (`fr-CA` → French, `zh-Hans-CN` → Chinese, `pt` → pt-BR).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        let primary = t.split('-').next().unwrap_or("");
        Some(match primary {
            "en" => Lang::En,
            "zh" => Lang::ZhCn,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "ja" => Lang::Ja,
            "pt" => Lang::PtBr,
            "ar" => Lang::Ar,
            _ => return None,
        })
    }

    /// The host attribute wins, then the page's `<html lang>`, then the browser; English last.
    pub fn pick(host: Option<&str>, page: Option<&str>, browser: &[String]) -> Lang {
        host.and_then(Lang::from_tag)
            .or_else(|| page.and_then(Lang::from_tag))
            .or_else(|| browser.iter().find_map(|b| Lang::from_tag(b)))
            .unwrap_or(Lang::En)
    }

    /// The BCP 47 tag handed to `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Ja => "ja",
            Lang::PtBr => "pt-BR",
            Lang::Ar => "ar",
        }
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The widget's words in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::ZhCn => &ZH,
            Lang::Es => &ES,
            Lang::Fr => &FR,
            Lang::De => &DE,
            Lang::Ja => &JA,
            Lang::PtBr => &PT,
            Lang::Ar => &AR,
        }
    }
}

/// Every string the widget shows, for one language. `{}`-style slots are filled by `fill`.
pub struct Texts {
    /// Status names, in `Status::ALL` order.
    pub statuses: [&'static str; 12],
    /// Phase names: origin, export customs, linehaul, import customs, destination, last mile, return.
    pub phases: [&'static str; 7],
    /// "Estimated delivery".
    pub eta: &'static str,
    /// "Not yet known".
    pub eta_unknown: &'static str,
    /// ETA bases: carrier promise, carrier estimate, lane history.
    pub eta_basis: [&'static str; 3],
    /// "Tracking history".
    pub history: &'static str,
    /// "Show all updates" / "Show fewer".
    pub show_all: &'static str,
    /// "Show fewer".
    pub show_less: &'static str,
    /// "Local time of the scan: {time}".
    pub local_time: &'static str,
    /// "Last updated {time}; the carrier is not answering right now."
    pub stale: &'static str,
    /// "Tracking is temporarily unavailable. Please try again later."
    pub error: &'static str,
    /// "Contact the store".
    pub contact: &'static str,
    /// "Loading tracking…"
    pub loading: &'static str,
    /// Sentence: "{where}. Next: {next}." etc. Slots: {where} {next} {when}.
    pub sentence_moving: &'static str,
    /// "It was delivered on {when}."
    pub sentence_delivered: &'static str,
    /// "Waiting for the carrier to receive the parcel."
    pub sentence_pending: &'static str,
    /// "Action needed: {what}"
    pub sentence_action: &'static str,
    /// When no place is known: "Current step: {phase}. Next: {next}. {when}"
    pub sentence_stage: &'static str,
    /// "in {place}"
    pub in_place: &'static str,
    /// "Expected {from} – {to}"
    pub range: &'static str,
    /// Exception headings by kind: carrier, customs dwell, silence, failed attempt, returned, lost.
    pub exceptions: [&'static str; 6],
    /// "Progress: {phase}, step {n} of {total}".
    pub progress: &'static str,
    /// "Parcel {n}".
    pub parcel: &'static str,
    /// "No updates yet."
    pub no_events: &'static str,
}

impl Texts {
    /// A status's name.
    pub fn status(&self, s: Status) -> &'static str {
        let i = Status::ALL.iter().position(|x| *x == s).unwrap_or(2);
        self.statuses[i]
    }

    /// A phase's name.
    pub fn phase(&self, p: Phase) -> &'static str {
        self.phases[match p {
            Phase::Origin => 0,
            Phase::ExportCustoms => 1,
            Phase::Linehaul => 2,
            Phase::ImportCustoms => 3,
            Phase::Destination => 4,
            Phase::LastMile => 5,
            Phase::Return => 6,
        }]
    }

    /// An exception kind's heading.
    pub fn exception(&self, k: ExceptionKind) -> &'static str {
        self.exceptions[match k {
            ExceptionKind::CarrierException => 0,
            ExceptionKind::CustomsDwell => 1,
            ExceptionKind::Silence => 2,
            ExceptionKind::FailedAttempt => 3,
            ExceptionKind::Returned => 4,
            ExceptionKind::Lost => 5,
            _ => 0,
        }]
    }

    /// What the buyer can do about a reason, if anything.
    pub fn action(&self, r: Reason) -> Option<&'static str> {
        r.needs_buyer_action().then_some(self.contact)
    }
}

/// Fills `{name}` slots.
pub fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    slots.iter().fold(template.to_string(), |acc, (k, v)| {
        acc.replace(&format!("{{{k}}}"), v)
    })
}

const EN: Texts = Texts {
    statuses: [
        "Pending",
        "Label created",
        "In transit",
        "Out for delivery",
        "Ready for pickup",
        "Delivery attempted",
        "Delivered",
        "Needs attention",
        "Returning to sender",
        "Returned to sender",
        "Tracking expired",
        "Cancelled",
    ],
    phases: [
        "Origin",
        "Export customs",
        "International transit",
        "Import customs",
        "In destination country",
        "Last mile",
        "Return",
    ],
    eta: "Estimated delivery",
    eta_unknown: "Not yet known",
    eta_basis: [
        "promised by the carrier",
        "the carrier's estimate",
        "typical time for this route",
    ],
    history: "Tracking history",
    show_all: "Show all updates",
    show_less: "Show fewer updates",
    local_time: "Local time of the scan: {time}",
    stale: "Last updated {time}. The carrier is not answering right now; this may be out of date.",
    error: "Tracking is temporarily unavailable. Please try again later.",
    contact: "Contact the store",
    loading: "Loading tracking…",
    sentence_moving: "Your parcel is {where}. Next: {next}. {when}",
    sentence_delivered: "Your parcel was delivered {when}.",
    sentence_pending: "The carrier has not received your parcel yet.",
    sentence_action: "Action needed: {what}",
    sentence_stage: "Current step: {phase}. Next: {next}. {when}",
    in_place: "in {place}",
    range: "Expected {from} – {to}",
    exceptions: [
        "The carrier reported a problem",
        "Held in customs longer than usual",
        "No recent updates",
        "Delivery attempt failed",
        "Returning to the sender",
        "The parcel may be lost",
    ],
    progress: "{phase}: step {n} of {total}",
    parcel: "Parcel {n}",
    no_events: "No updates yet.",
};

const ZH: Texts = Texts {
    statuses: [
        "待处理",
        "已创建运单",
        "运输中",
        "派送中",
        "待取件",
        "投递未成功",
        "已签收",
        "需要处理",
        "退回中",
        "已退回",
        "跟踪已过期",
        "已取消",
    ],
    phases: [
        "始发地",
        "出口清关",
        "国际运输",
        "进口清关",
        "目的国",
        "末端派送",
        "退回",
    ],
    eta: "预计送达",
    eta_unknown: "暂未知",
    eta_basis: ["承运商承诺", "承运商预估", "该线路的常见时效"],
    history: "物流记录",
    show_all: "显示全部动态",
    show_less: "收起",
    local_time: "扫描地当地时间：{time}",
    stale: "最后更新于 {time}。承运商暂时无响应，信息可能不是最新的。",
    error: "物流信息暂时无法获取，请稍后再试。",
    contact: "联系商家",
    loading: "正在加载物流信息…",
    sentence_moving: "您的包裹{where}。下一步：{next}。{when}",
    sentence_delivered: "您的包裹已于{when}签收。",
    sentence_pending: "承运商尚未收到您的包裹。",
    sentence_action: "需要您处理：{what}",
    sentence_stage: "当前阶段：{phase}。下一步：{next}。{when}",
    in_place: "在{place}",
    range: "预计 {from} – {to}",
    exceptions: [
        "承运商报告了问题",
        "清关时间长于正常",
        "近期无更新",
        "投递未成功",
        "正在退回寄件人",
        "包裹可能已丢失",
    ],
    progress: "{phase}：第 {n} 步，共 {total} 步",
    parcel: "包裹 {n}",
    no_events: "暂无动态。",
};

const ES: Texts = Texts {
    statuses: ["Pendiente", "Etiqueta creada", "En tránsito", "En reparto", "Listo para recoger", "Intento de entrega", "Entregado", "Requiere atención", "Devolviendo al remitente", "Devuelto al remitente", "Seguimiento caducado", "Cancelado"],
    phases: ["Origen", "Aduana de exportación", "Tránsito internacional", "Aduana de importación", "En el país de destino", "Última milla", "Devolución"],
    eta: "Entrega estimada",
    eta_unknown: "Aún no se sabe",
    eta_basis: ["prometida por el transportista", "estimación del transportista", "tiempo habitual de esta ruta"],
    history: "Historial de seguimiento",
    show_all: "Ver todas las actualizaciones",
    show_less: "Ver menos",
    local_time: "Hora local del escaneo: {time}",
    stale: "Última actualización {time}. El transportista no responde ahora mismo; puede no estar al día.",
    error: "El seguimiento no está disponible temporalmente. Inténtalo más tarde.",
    contact: "Contactar con la tienda",
    loading: "Cargando seguimiento…",
    sentence_moving: "Tu paquete está {where}. Siguiente: {next}. {when}",
    sentence_delivered: "Tu paquete se entregó {when}.",
    sentence_pending: "El transportista aún no ha recibido tu paquete.",
    sentence_action: "Acción necesaria: {what}",
    sentence_stage: "Etapa actual: {phase}. Siguiente: {next}. {when}",
    in_place: "en {place}",
    range: "Previsto {from} – {to}",
    exceptions: ["El transportista informó de un problema", "Retenido en aduana más de lo habitual", "Sin novedades recientes", "Intento de entrega fallido", "Volviendo al remitente", "El paquete puede haberse perdido"],
    progress: "{phase}: paso {n} de {total}",
    parcel: "Paquete {n}",
    no_events: "Aún no hay novedades.",
};

const FR: Texts = Texts {
    statuses: ["En attente", "Étiquette créée", "En transit", "En cours de livraison", "Prêt à être retiré", "Tentative de livraison", "Livré", "Action requise", "Retour à l'expéditeur", "Retourné à l'expéditeur", "Suivi expiré", "Annulé"],
    phases: ["Origine", "Douane export", "Transport international", "Douane import", "Dans le pays de destination", "Dernier kilomètre", "Retour"],
    eta: "Livraison estimée",
    eta_unknown: "Pas encore connue",
    eta_basis: ["promise par le transporteur", "estimation du transporteur", "délai habituel sur cette route"],
    history: "Historique du suivi",
    show_all: "Voir toutes les étapes",
    show_less: "Voir moins",
    local_time: "Heure locale du scan : {time}",
    stale: "Dernière mise à jour {time}. Le transporteur ne répond pas pour le moment ; ces informations peuvent être anciennes.",
    error: "Le suivi est momentanément indisponible. Réessayez plus tard.",
    contact: "Contacter la boutique",
    loading: "Chargement du suivi…",
    sentence_moving: "Votre colis est {where}. Prochaine étape : {next}. {when}",
    sentence_delivered: "Votre colis a été livré {when}.",
    sentence_pending: "Le transporteur n'a pas encore reçu votre colis.",
    sentence_action: "Action requise : {what}",
    sentence_stage: "Étape actuelle : {phase}. Prochaine étape : {next}. {when}",
    in_place: "à {place}",
    range: "Prévu entre {from} et {to}",
    exceptions: ["Le transporteur signale un problème", "Retenu en douane plus longtemps que d'habitude", "Pas de mise à jour récente", "Échec de la tentative de livraison", "Retour vers l'expéditeur", "Le colis est peut-être perdu"],
    progress: "{phase} : étape {n} sur {total}",
    parcel: "Colis {n}",
    no_events: "Pas encore de mise à jour.",
};

const DE: Texts = Texts {
    statuses: ["Ausstehend", "Label erstellt", "Unterwegs", "In Zustellung", "Abholbereit", "Zustellversuch", "Zugestellt", "Handlungsbedarf", "Rücksendung an Absender", "An Absender zurückgesandt", "Verfolgung abgelaufen", "Storniert"],
    phases: ["Herkunft", "Exportzoll", "Internationaler Transport", "Importzoll", "Im Zielland", "Zustellung", "Rücksendung"],
    eta: "Voraussichtliche Zustellung",
    eta_unknown: "Noch unbekannt",
    eta_basis: ["vom Versender zugesagt", "Schätzung des Versenders", "übliche Laufzeit dieser Route"],
    history: "Sendungsverlauf",
    show_all: "Alle Ereignisse anzeigen",
    show_less: "Weniger anzeigen",
    local_time: "Ortszeit des Scans: {time}",
    stale: "Zuletzt aktualisiert {time}. Der Versender antwortet gerade nicht; die Angaben sind evtl. nicht aktuell.",
    error: "Die Sendungsverfolgung ist vorübergehend nicht verfügbar. Bitte später erneut versuchen.",
    contact: "Shop kontaktieren",
    loading: "Sendungsverfolgung wird geladen…",
    sentence_moving: "Ihr Paket ist {where}. Als Nächstes: {next}. {when}",
    sentence_delivered: "Ihr Paket wurde {when} zugestellt.",
    sentence_pending: "Der Versender hat Ihr Paket noch nicht erhalten.",
    sentence_action: "Handlung nötig: {what}",
    sentence_stage: "Aktueller Schritt: {phase}. Als Nächstes: {next}. {when}",
    in_place: "in {place}",
    range: "Erwartet {from} – {to}",
    exceptions: ["Der Versender meldet ein Problem", "Länger als üblich beim Zoll", "Keine neuen Informationen", "Zustellversuch fehlgeschlagen", "Rücksendung an den Absender", "Das Paket ist möglicherweise verloren"],
    progress: "{phase}: Schritt {n} von {total}",
    parcel: "Paket {n}",
    no_events: "Noch keine Ereignisse.",
};

const JA: Texts = Texts {
    statuses: [
        "保留中",
        "ラベル作成済み",
        "輸送中",
        "配達中",
        "受取可能",
        "配達試行",
        "配達済み",
        "要対応",
        "差出人へ返送中",
        "差出人へ返送済み",
        "追跡期限切れ",
        "キャンセル",
    ],
    phases: [
        "発送地",
        "輸出通関",
        "国際輸送",
        "輸入通関",
        "到着国内",
        "配達",
        "返送",
    ],
    eta: "お届け予定",
    eta_unknown: "未定",
    eta_basis: ["配送業者の確約", "配送業者の見込み", "このルートの通常日数"],
    history: "配送履歴",
    show_all: "すべての更新を表示",
    show_less: "表示を減らす",
    local_time: "スキャン地の現地時刻：{time}",
    stale: "最終更新 {time}。配送業者が応答していないため、最新でない可能性があります。",
    error: "追跡情報を一時的に取得できません。しばらくしてからお試しください。",
    contact: "ストアに問い合わせる",
    loading: "追跡情報を読み込み中…",
    sentence_moving: "お荷物は{where}にあります。次は{next}です。{when}",
    sentence_delivered: "お荷物は{when}に配達されました。",
    sentence_pending: "配送業者はまだお荷物を受け取っていません。",
    sentence_action: "対応が必要です：{what}",
    sentence_stage: "現在の段階：{phase}。次は{next}です。{when}",
    in_place: "{place}",
    range: "{from} – {to} の見込み",
    exceptions: [
        "配送業者が問題を報告しました",
        "通関に通常より時間がかかっています",
        "最近の更新がありません",
        "配達できませんでした",
        "差出人へ返送中です",
        "お荷物が紛失した可能性があります",
    ],
    progress: "{phase}：{total} 段階中 {n}",
    parcel: "荷物 {n}",
    no_events: "まだ更新はありません。",
};

const PT: Texts = Texts {
    statuses: ["Pendente", "Etiqueta criada", "Em trânsito", "Saiu para entrega", "Disponível para retirada", "Tentativa de entrega", "Entregue", "Requer atenção", "Devolvendo ao remetente", "Devolvido ao remetente", "Rastreamento expirado", "Cancelado"],
    phases: ["Origem", "Alfândega de exportação", "Trânsito internacional", "Alfândega de importação", "No país de destino", "Última milha", "Devolução"],
    eta: "Entrega estimada",
    eta_unknown: "Ainda não definida",
    eta_basis: ["prometida pela transportadora", "estimativa da transportadora", "prazo típico desta rota"],
    history: "Histórico de rastreamento",
    show_all: "Ver todas as atualizações",
    show_less: "Ver menos",
    local_time: "Horário local do registro: {time}",
    stale: "Última atualização {time}. A transportadora não está respondendo agora; pode estar desatualizado.",
    error: "O rastreamento está temporariamente indisponível. Tente novamente mais tarde.",
    contact: "Falar com a loja",
    loading: "Carregando rastreamento…",
    sentence_moving: "Seu pacote está {where}. Próximo passo: {next}. {when}",
    sentence_delivered: "Seu pacote foi entregue {when}.",
    sentence_pending: "A transportadora ainda não recebeu seu pacote.",
    sentence_action: "Ação necessária: {what}",
    sentence_stage: "Etapa atual: {phase}. Próximo passo: {next}. {when}",
    in_place: "em {place}",
    range: "Previsto de {from} a {to}",
    exceptions: ["A transportadora informou um problema", "Retido na alfândega além do normal", "Sem atualizações recentes", "Tentativa de entrega sem sucesso", "Voltando ao remetente", "O pacote pode ter se perdido"],
    progress: "{phase}: etapa {n} de {total}",
    parcel: "Pacote {n}",
    no_events: "Ainda sem atualizações.",
};

const AR: Texts = Texts {
    statuses: [
        "قيد الانتظار",
        "تم إنشاء الملصق",
        "قيد الشحن",
        "خرج للتوصيل",
        "جاهز للاستلام",
        "محاولة توصيل",
        "تم التوصيل",
        "يحتاج إلى متابعة",
        "يُعاد إلى المرسل",
        "أُعيد إلى المرسل",
        "انتهت صلاحية التتبع",
        "ملغى",
    ],
    phases: [
        "بلد المنشأ",
        "جمارك التصدير",
        "النقل الدولي",
        "جمارك الاستيراد",
        "في بلد الوجهة",
        "التوصيل الأخير",
        "الإرجاع",
    ],
    eta: "موعد التسليم المتوقع",
    eta_unknown: "غير معروف بعد",
    eta_basis: [
        "وعد شركة الشحن",
        "تقدير شركة الشحن",
        "المدة المعتادة لهذا المسار",
    ],
    history: "سجل التتبع",
    show_all: "عرض كل التحديثات",
    show_less: "عرض أقل",
    local_time: "التوقيت المحلي للمسح: {time}",
    stale: "آخر تحديث {time}. شركة الشحن لا تستجيب حاليًا؛ قد لا تكون المعلومات حديثة.",
    error: "التتبع غير متاح مؤقتًا. يرجى المحاولة لاحقًا.",
    contact: "تواصل مع المتجر",
    loading: "جارٍ تحميل التتبع…",
    sentence_moving: "طردك {where}. الخطوة التالية: {next}. {when}",
    sentence_delivered: "تم تسليم طردك {when}.",
    sentence_pending: "لم تستلم شركة الشحن طردك بعد.",
    sentence_action: "مطلوب إجراء: {what}",
    sentence_stage: "المرحلة الحالية: {phase}. الخطوة التالية: {next}. {when}",
    in_place: "في {place}",
    range: "متوقع من {from} إلى {to}",
    exceptions: [
        "أبلغت شركة الشحن عن مشكلة",
        "محتجز في الجمارك أكثر من المعتاد",
        "لا توجد تحديثات حديثة",
        "فشلت محاولة التوصيل",
        "يُعاد إلى المرسل",
        "قد يكون الطرد مفقودًا",
    ],
    progress: "{phase}: الخطوة {n} من {total}",
    parcel: "الطرد {n}",
    no_events: "لا توجد تحديثات بعد.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picking_a_language() {
        assert_eq!(Lang::pick(Some("ar"), Some("en"), &[]), Lang::Ar);
        assert_eq!(Lang::pick(None, Some("fr-CA"), &["de".into()]), Lang::Fr);
        assert_eq!(Lang::pick(Some("xx"), None, &["pt-BR".into()]), Lang::PtBr);
        assert_eq!(Lang::pick(None, None, &["zh-Hans-CN".into()]), Lang::ZhCn);
        assert_eq!(Lang::pick(None, None, &[]), Lang::En);
        assert!(Lang::Ar.is_rtl() && !Lang::Fr.is_rtl());
    }

    #[test]
    fn every_language_has_every_word() {
        for lang in [
            Lang::En,
            Lang::ZhCn,
            Lang::Es,
            Lang::Fr,
            Lang::De,
            Lang::Ja,
            Lang::PtBr,
            Lang::Ar,
        ] {
            let t = lang.texts();
            assert!(t
                .statuses
                .iter()
                .chain(&t.phases)
                .chain(&t.exceptions)
                .chain(&t.eta_basis)
                .all(|s| !s.is_empty()));
            assert!(t.sentence_moving.contains("{where}") && t.sentence_moving.contains("{next}"));
            assert!(t.range.contains("{from}") && t.range.contains("{to}"));
            assert!(t.stale.contains("{time}"));
        }
        assert_eq!(fill("a {x} b", &[("x", "1")]), "a 1 b");
    }
}
