# Waymark — the buyer's words, German. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Warten auf das Paket
status-info_received = Versandetikett erstellt
status-in_transit = Unterwegs
status-out_for_delivery = In Zustellung
status-available_for_pickup = Zur Abholung bereit
status-failed_attempt = Zustellversuch
status-delivered = Zugestellt
status-exception = Klärung erforderlich
status-returning_to_sender = Rücksendung an den Shop
status-returned_to_sender = An den Shop zurückgesendet
status-expired = Sendungsverfolgung beendet
status-cancelled = Storniert

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Versendet
phase-export_customs = Ausfuhrzoll
phase-linehaul = Internationaler Transport
phase-import_customs = Einfuhrzoll
phase-destination = In Ihrem Land
phase-last_mile = Zustellung
phase-return = Rücksendung

## Reasons (labels)

reason-customs_delay = Verzögerung beim Zoll
reason-customs_documents = Zoll benötigt Unterlagen
reason-duties_unpaid = Zölle oder Steuern fällig
reason-prohibited = Inhalt nicht zulässig
reason-customs_inspection = Zollkontrolle
reason-address_issue = Problem mit der Adresse
reason-recipient_unavailable = Niemand zur Annahme angetroffen
reason-business_closed = Geschäft geschlossen
reason-refused = Annahme verweigert
reason-damaged = Beschädigt
reason-lost = Verloren gegangen
reason-weather = Wetterbedingte Verzögerung
reason-carrier_delay = Verzögerung beim Versanddienstleister
reason-returned = Zurückgesendet
reason-other = Sonstiges Problem

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Paket beim Versanddienstleister
event-in_transit-export_customs = In der Ausfuhrabfertigung
event-in_transit-linehaul = Zwischen den Ländern unterwegs
event-in_transit-import_customs = In der Einfuhrabfertigung
event-in_transit-destination = Unterwegs in Ihrem Land
event-in_transit-last_mile = In Ihrer Nähe
event-in_transit-return = Auf dem Rückweg

## Headlines: the parcel's state in a few words

headline-pending = Der Shop bereitet Ihr Paket vor
headline-info_received = Das Versandetikett für Ihr Paket wurde erstellt
headline-in_transit = Ihr Paket ist unterwegs
headline-out_for_delivery = Ihr Paket ist in Zustellung
headline-available_for_pickup = Ihr Paket liegt zur Abholung bereit
headline-failed_attempt = Ihr Paket konnte nicht zugestellt werden
headline-delivered = Ihr Paket wurde am { $date } zugestellt
headline-exception = Ihr Paket erfordert Ihre Aufmerksamkeit
headline-returning_to_sender = Ihr Paket wird an den Shop zurückgesendet
headline-returned_to_sender = Ihr Paket wurde an den Shop zurückgesendet
headline-expired = Die Sendungsverfolgung endete vor der Zustellung
headline-cancelled = Diese Sendung wurde storniert
headline-late = Ihr Paket verspätet sich

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Das Versandetikett ist erstellt, aber { $carrier } hat Ihr Paket noch nicht erhalten; sobald es übergeben wurde, erfolgt die Zustellung voraussichtlich { $window }.
       *[none] Das Versandetikett ist erstellt, aber { $carrier } hat Ihr Paket noch nicht erhalten; sobald es übergeben wurde, sehen Sie hier jeden Schritt.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Ihr Paket ist bei { $carrier } und wird als Nächstes beim Ausfuhrzoll abgefertigt; die Zustellung erfolgt voraussichtlich { $window }.
               *[none] Ihr Paket ist bei { $carrier } und wird als Nächstes beim Ausfuhrzoll abgefertigt; der Zustelltermin steht noch nicht fest.
            }
       *[domestic]
            { $when ->
                [window] Ihr Paket ist bei { $carrier } und auf dem Weg in Ihre Region; die Zustellung erfolgt voraussichtlich { $window }.
               *[none] Ihr Paket ist bei { $carrier } und auf dem Weg in Ihre Region; der Zustelltermin steht noch nicht fest.
            }
    }
answer-export_customs =
    { $when ->
        [window] Ihr Paket wird gerade beim Ausfuhrzoll abgefertigt und anschließend in Ihr Land geflogen; die Zustellung erfolgt voraussichtlich { $window }.
       *[none] Ihr Paket wird gerade beim Ausfuhrzoll abgefertigt und anschließend in Ihr Land geflogen; der Zustelltermin steht noch nicht fest.
    }
answer-linehaul =
    { $when ->
        [window] Ihr Paket ist zwischen den Ländern unterwegs und wird als Nächstes beim Einfuhrzoll abgefertigt; die Zustellung erfolgt voraussichtlich { $window }.
       *[none] Ihr Paket ist zwischen den Ländern unterwegs und wird als Nächstes beim Einfuhrzoll abgefertigt; der Zustelltermin steht noch nicht fest.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Ihr Paket ist beim Einfuhrzoll ({ $country }) und wird danach an den Zusteller vor Ort übergeben; die Zustellung erfolgt voraussichtlich { $window }.
               *[none] Ihr Paket ist beim Einfuhrzoll ({ $country }) und wird danach an den Zusteller vor Ort übergeben; der Zustelltermin steht noch nicht fest.
            }
       *[none]
            { $when ->
                [window] Ihr Paket ist beim Einfuhrzoll und wird danach an den Zusteller vor Ort übergeben; die Zustellung erfolgt voraussichtlich { $window }.
               *[none] Ihr Paket ist beim Einfuhrzoll und wird danach an den Zusteller vor Ort übergeben; der Zustelltermin steht noch nicht fest.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Ihr Paket ist auf dem Weg zu Ihrer Adresse (aktueller Standort: { $place }); die Zustellung erfolgt voraussichtlich { $window }.
               *[none] Ihr Paket ist auf dem Weg zu Ihrer Adresse (aktueller Standort: { $place }); der Zustelltermin steht noch nicht fest.
            }
       *[none]
            { $when ->
                [window] Ihr Paket ist in Ihrem Land angekommen und auf dem Weg zu Ihrer Adresse; die Zustellung erfolgt voraussichtlich { $window }.
               *[none] Ihr Paket ist in Ihrem Land angekommen und auf dem Weg zu Ihrer Adresse; der Zustelltermin steht noch nicht fest.
            }
    }
answer-in_transit =
    { $when ->
        [window] Ihr Paket ist mit { $carrier } unterwegs; die Zustellung erfolgt voraussichtlich { $window }.
       *[none] Ihr Paket ist mit { $carrier } unterwegs; der Zustelltermin steht noch nicht fest.
    }
answer-out_for_delivery =
    { $where ->
        [place] Ihr Paket ist in Zustellung (Standort: { $place }) und sollte Sie heute erreichen; Sie müssen nichts weiter tun.
       *[none] Ihr Paket ist in Zustellung und sollte Sie heute erreichen; Sie müssen nichts weiter tun.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Ihr Paket liegt bei { $point } für Sie bereit; holen Sie es bis zum { $date } mit Ihrem Ausweis und der Sendungsnummer ab.
               *[none] Ihr Paket liegt bei { $point } für Sie bereit; holen Sie es möglichst bald mit Ihrem Ausweis und der Sendungsnummer ab.
            }
       *[none]
            { $when ->
                [window] Ihr Paket liegt in einer Abholstelle von { $carrier } für Sie bereit; holen Sie es bis zum { $date } mit Ihrem Ausweis und der Sendungsnummer ab.
               *[none] Ihr Paket liegt in einer Abholstelle von { $carrier } für Sie bereit; holen Sie es möglichst bald mit Ihrem Ausweis und der Sendungsnummer ab.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } konnte Ihr Paket nicht zustellen (Ort: { $place }); vereinbaren Sie eine neue Zustellung oder eine Abholung – die Angaben dazu finden Sie auf der hinterlassenen Benachrichtigung.
       *[none] { $carrier } konnte Ihr Paket nicht zustellen; vereinbaren Sie eine neue Zustellung oder eine Abholung – die Angaben dazu finden Sie auf der hinterlassenen Benachrichtigung.
    }
answer-delivered =
    { $where ->
        [place] Ihr Paket wurde am { $date } zugestellt (Ort: { $place }); falls Sie es nicht finden, informieren Sie bitte den Shop.
       *[none] Ihr Paket wurde am { $date } zugestellt; falls Sie es nicht finden, informieren Sie bitte den Shop.
    }
answer-pay_duties =
    { $where ->
        [place] Ihr Paket wird vom Zoll ({ $country }) zurückgehalten, bis die Zölle oder Steuern bezahlt sind; bezahlen Sie sie wie in der Benachrichtigung des Versanddienstleisters beschrieben, dann wird es freigegeben.
       *[none] Ihr Paket wird vom Zoll zurückgehalten, bis die Zölle oder Steuern bezahlt sind; bezahlen Sie sie wie in der Benachrichtigung des Versanddienstleisters beschrieben, dann wird es freigegeben.
    }
answer-provide_documents =
    { $where ->
        [place] Der Zoll ({ $country }) benötigt weitere Angaben, bevor er Ihr Paket freigibt; beantworten Sie die Anfrage des Versanddienstleisters oder bitten Sie den Shop um Hilfe.
       *[none] Der Zoll benötigt weitere Angaben, bevor er Ihr Paket freigibt; beantworten Sie die Anfrage des Versanddienstleisters oder bitten Sie den Shop um Hilfe.
    }
answer-confirm_address = { $carrier } meldet ein Problem mit der Lieferadresse; bitte bestätigen Sie sie beim Shop, damit das Paket zugestellt werden kann.
answer-late =
    { $when ->
        [window] Ihr Paket sollte bis zum { $promised } ankommen und ist verspätet; die Zustellung erfolgt nun voraussichtlich { $window }, und der Shop wurde informiert.
       *[none] Ihr Paket sollte bis zum { $promised } ankommen und ist verspätet; der Versanddienstleister hat noch keinen neuen Termin genannt, und der Shop wurde informiert.
    }
answer-lost = { $carrier } hat Ihr Paket seit { $days } Tagen nicht mehr erfasst, daher ist es möglicherweise verloren gegangen; der Shop kann beim Versanddienstleister einen Nachforschungsantrag stellen.
answer-lost-reported = { $carrier } meldet, dass Ihr Paket verloren gegangen ist; der Shop kann beim Versanddienstleister einen Nachforschungsantrag stellen und meldet sich bei Ihnen.
answer-never_scanned = Das Versandetikett wurde vor { $days } Tagen erstellt, aber { $carrier } hat das Paket noch nicht erhalten; der Shop wurde informiert.
answer-returning = Ihr Paket ist auf dem Rückweg zum Shop; wenden Sie sich an den Shop, um eine erneute Lieferung oder eine Erstattung zu vereinbaren.
answer-returned = Ihr Paket wurde an den Shop zurückgesendet; wenden Sie sich an den Shop, um eine erneute Lieferung oder eine Erstattung zu vereinbaren.
answer-expired = { $carrier } hat die Sendungsverfolgung Ihres Pakets vor der Zustellung beendet; wenden Sie sich an den Shop, damit er herausfinden kann, wo sich das Paket befindet.
answer-cancelled = Diese Sendung wurde storniert, bevor das Paket verschickt wurde; wenden Sie sich an den Shop, falls Sie damit nicht gerechnet haben.
answer-pending = Der Shop bereitet Ihr Paket vor; sobald der Versanddienstleister es übernommen hat, sehen Sie hier jeden Schritt.

## The estimated delivery

eta-label = Voraussichtliche Zustellung
eta-window = Voraussichtlich { $window }
eta-unknown = Der Zustelltermin steht noch nicht fest
eta-late = Sollte bis zum { $promised } ankommen; jetzt voraussichtlich { $window }
eta-late-unknown = Sollte bis zum { $promised } ankommen; noch kein neuer Termin
eta-delivered = Zugestellt am { $date }
eta-basis-carrier_promise = Zustellzusage des Versanddienstleisters
eta-basis-carrier_estimate = Schätzung des Versanddienstleisters
eta-basis-lane_history = Übliche Laufzeit für diese Strecke

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Der Versanddienstleister hat ein Problem gemeldet
exc-title-customs_dwell = Länger als üblich beim Zoll
exc-title-silence = Seit einiger Zeit keine Neuigkeiten vom Versanddienstleister
exc-title-failed_attempt = Zustellversuch fehlgeschlagen
exc-title-returned = Auf dem Rückweg zum Shop
exc-title-lost = Das Paket ist möglicherweise verloren gegangen
exc-title-late = Später als zugesagt
exc-title-expired = Sendungsverfolgung ohne Zustellung beendet
exc-title-never_scanned = Noch nicht an den Versanddienstleister übergeben
exc-title-awaiting_pickup = Wartet auf Ihre Abholung

exc-why-customs_dwell =
    { $days ->
        [one] Der Zoll hält Ihr Paket seit { $days } Tag zurück, obwohl die Abfertigung normalerweise { $min } bis { $max } Tage dauert.
       *[other] Der Zoll hält Ihr Paket seit { $days } Tagen zurück, obwohl die Abfertigung normalerweise { $min } bis { $max } Tage dauert.
    }
exc-why-silence =
    { $days ->
        [one] { $carrier } hat Ihr Paket seit { $days } Tag nicht mehr erfasst; in dieser Phase gibt es oft eine Weile keine Scans, und das Paket taucht beim nächsten Scan wieder auf.
       *[other] { $carrier } hat Ihr Paket seit { $days } Tagen nicht mehr erfasst; in dieser Phase gibt es oft eine Weile keine Scans, und das Paket taucht beim nächsten Scan wieder auf.
    }
exc-why-lost =
    { $days ->
        [one] { $carrier } hat Ihr Paket seit { $days } Tag nicht mehr erfasst.
       *[other] { $carrier } hat Ihr Paket seit { $days } Tagen nicht mehr erfasst – viel länger als üblich.
    }
exc-why-late =
    { $when ->
        [window] Ihr Paket sollte bis zum { $promised } ankommen; die Zustellung erfolgt jetzt voraussichtlich { $window }.
       *[none] Ihr Paket sollte bis zum { $promised } ankommen; der Versanddienstleister hat noch keinen neuen Termin genannt.
    }
exc-why-lost-reported = { $carrier } meldet, dass Ihr Paket verloren gegangen ist.
exc-why-expired = { $carrier } hat die Sendungsverfolgung Ihres Pakets beendet, bevor eine Zustellung erfasst wurde.
exc-why-never_scanned =
    { $days ->
        [one] Das Versandetikett wurde vor { $days } Tag erstellt, aber { $carrier } hat das Paket noch nicht erfasst.
       *[other] Das Versandetikett wurde vor { $days } Tagen erstellt, aber { $carrier } hat das Paket noch nicht erfasst.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Ihr Paket liegt bis zum { $date } bei { $point } für Sie bereit.
               *[none] Ihr Paket liegt bei { $point } für Sie bereit.
            }
       *[none]
            { $when ->
                [window] Ihr Paket liegt bis zum { $date } in einer Abholstelle von { $carrier } für Sie bereit.
               *[none] Ihr Paket liegt in einer Abholstelle von { $carrier } für Sie bereit.
            }
    }
exc-pickup-hours = Öffnungszeiten: { $hours }
exc-why-returning = Das Paket ist auf dem Rückweg zum Shop.
exc-why-returned = Das Paket ist wieder beim Shop.
exc-why-failed-address_issue = { $carrier } konnte Ihr Paket wegen eines Problems mit der Adresse nicht zustellen.
exc-why-failed-business_closed = { $carrier } konnte Ihr Paket nicht zustellen, weil das Geschäft geschlossen war.
exc-why-failed-refused = Die Annahme wurde verweigert, daher konnte { $carrier } das Paket nicht übergeben.
exc-why-failed-other = { $carrier } hat versucht, Ihr Paket zuzustellen, aber es war niemand zur Annahme da.
exc-why-customs_delay = Der Zoll braucht länger als üblich, um Ihr Paket freizugeben.
exc-why-customs_documents = Der Zoll benötigt Unterlagen oder Angaben, bevor er Ihr Paket freigibt.
exc-why-duties_unpaid = Bevor der Zoll Ihr Paket freigibt, müssen Zölle oder Steuern bezahlt werden.
exc-why-prohibited = Der Zoll meldet, dass der Inhalt möglicherweise nicht in das Land eingeführt werden darf.
exc-why-customs_inspection = Der Zoll prüft gerade Ihr Paket.
exc-why-address_issue = { $carrier } meldet ein Problem mit der Lieferadresse.
exc-why-damaged = { $carrier } meldet, dass Ihr Paket beschädigt wurde.
exc-why-weather = Schlechtes Wetter verzögert Ihr Paket.
exc-why-carrier_delay = { $carrier } meldet eine Verzögerung im eigenen Netz.
exc-why-other = { $carrier } hat ein Problem mit Ihrem Paket gemeldet.

action-none = Im Moment müssen Sie nichts tun; der Shop behält die Sendung im Blick.
action-pay_duties = Bezahlen Sie die Zölle oder Steuern wie in der Benachrichtigung des Versanddienstleisters beschrieben; danach wird das Paket freigegeben.
action-provide_documents = Senden Sie die vom Zoll angeforderten Angaben oder bitten Sie den Shop um Hilfe.
action-confirm_address = Wenden Sie sich an den Shop, um Ihre Lieferadresse zu bestätigen.
action-arrange_redelivery = Vereinbaren Sie mit { $carrier } eine neue Zustellung oder eine Abholung – die Angaben dazu finden Sie auf der hinterlassenen Benachrichtigung.
action-collect =
    { $when ->
        [window] Holen Sie das Paket bis zum { $date } mit Ihrem Ausweis und der Sendungsnummer ab.
       *[none] Holen Sie das Paket möglichst bald mit Ihrem Ausweis und der Sendungsnummer ab.
    }
action-contact_store = Wenden Sie sich an den Shop; er veranlasst eine erneute Lieferung oder eine Erstattung.
action-wait_store = Im Moment müssen Sie nichts tun; der Shop kann beim Versanddienstleister einen Nachforschungsantrag stellen und meldet sich bei Ihnen.

## Delivered, but not received

received-question = Nicht erhalten?
received-help =
    { $where ->
        [place] { $carrier } hat die Zustellung am { $date } erfasst (Ort: { $place }). Wenn Sie das Paket nicht finden, fragen Sie bei Ihren Nachbarn oder am Empfang nach und informieren Sie dann innerhalb von { $days } Tagen den Shop, damit er einen Nachforschungsantrag stellen kann.
       *[none] { $carrier } hat die Zustellung am { $date } erfasst. Wenn Sie das Paket nicht finden, fragen Sie bei Ihren Nachbarn oder am Empfang nach und informieren Sie dann innerhalb von { $days } Tagen den Shop, damit er einen Nachforschungsantrag stellen kann.
    }

## The widget's own words

ui-history = Sendungsverlauf
ui-show_all = Alle { $count } Statusmeldungen anzeigen
ui-show_less = Weniger Statusmeldungen anzeigen
ui-contact = Shop kontaktieren
ui-carrier_page = Auf der Website von { $carrier } verfolgen
ui-parcel = Paket { $n } von { $total }
ui-progress = { $phase }: Schritt { $n } von { $total }
ui-now = Aktuell: { $phase }
ui-local_time = Ortszeit beim Scan: { $time }
ui-stale = Zuletzt aktualisiert: { $time }; der Versanddienstleister antwortet gerade nicht, daher ist dieser Stand möglicherweise nicht aktuell.
ui-no_events = Noch keine Statusmeldungen vom Versanddienstleister.
ui-loading = Sendungsverfolgung wird geladen…
ui-error = Die Sendungsverfolgung ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.
ui-support-subject = Bestellung { $order }: Frage zu meinem Paket

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } hat Ihr Paket übernommen, es ist jetzt unterwegs.
    .short = Ihre Bestellung { $order } ist mit { $carrier } unterwegs. Sendungsverfolgung: { $link }
    .whatsapp = Ihre Bestellung { $order } ist mit { $carrier } unterwegs. Hier können Sie sie verfolgen: { $link }
milestone-export_cleared = Ihr Paket hat den Ausfuhrzoll passiert und wird als Nächstes in Ihr Land geflogen.
    .short = Ihre Bestellung { $order } hat den Ausfuhrzoll passiert. Sendungsverfolgung: { $link }
    .whatsapp = Ihre Bestellung { $order } hat den Ausfuhrzoll passiert und wird als Nächstes in Ihr Land geflogen. Hier können Sie sie verfolgen: { $link }
milestone-departed_origin_country = Ihr Paket hat das Ursprungsland verlassen und ist auf dem Weg in Ihr Land.
    .short = Ihre Bestellung { $order } hat das Ursprungsland verlassen. Sendungsverfolgung: { $link }
    .whatsapp = Ihre Bestellung { $order } hat das Ursprungsland verlassen und ist auf dem Weg in Ihr Land. Hier können Sie sie verfolgen: { $link }
milestone-arrived_destination_country = Ihr Paket ist in Ihrem Land angekommen.
    .short = Ihre Bestellung { $order } ist in Ihrem Land angekommen. Sendungsverfolgung: { $link }
    .whatsapp = Ihre Bestellung { $order } ist in Ihrem Land angekommen. Hier können Sie sie verfolgen: { $link }
milestone-import_cleared = Ihr Paket hat den Zoll passiert und ist jetzt beim Zusteller vor Ort.
    .short = Ihre Bestellung { $order } hat den Zoll passiert. Sendungsverfolgung: { $link }
    .whatsapp = Ihre Bestellung { $order } hat den Zoll passiert und ist jetzt beim Zusteller vor Ort. Hier können Sie sie verfolgen: { $link }
milestone-available_for_pickup = Ihr Paket liegt zur Abholung bereit.
    .short = Ihre Bestellung { $order } liegt zur Abholung bereit. Details: { $link }
    .whatsapp = Ihre Bestellung { $order } liegt zur Abholung bereit. Wo und bis wann, sehen Sie hier: { $link }
milestone-out_for_delivery = Ihr Paket wird heute zugestellt.
    .short = Ihre Bestellung { $order } wird heute zugestellt. Sendungsverfolgung: { $link }
    .whatsapp = Ihre Bestellung { $order } ist in Zustellung und kommt heute an. Hier können Sie sie verfolgen: { $link }
milestone-delivered = Ihr Paket wurde zugestellt.
    .short = Ihre Bestellung { $order } wurde zugestellt. Nicht erhalten? { $link }
    .whatsapp = Ihre Bestellung { $order } wurde zugestellt. Nicht erhalten? Geben Sie uns hier Bescheid: { $link }
milestone-exception = Ihr Paket erfordert Ihre Aufmerksamkeit; sehen Sie nach, was passiert ist und was Sie tun können.
    .short = Ihre Bestellung { $order } erfordert Ihre Aufmerksamkeit. Details: { $link }
    .whatsapp = Ihre Bestellung { $order } erfordert Ihre Aufmerksamkeit. Hier sehen Sie, was passiert ist und was Sie tun können: { $link }

exc-title-watch_ended = Wir haben die Sendungsverfolgung Ihres Pakets beendet
exc-why-watch_ended =
    { $days ->
        [one] Wir haben Ihr Paket { $days } Tag lang verfolgt, ohne dass eine Zustellung erfasst wurde; wenden Sie sich an den Shop, damit er herausfinden kann, wo sich das Paket befindet.
       *[other] Wir haben Ihr Paket { $days } Tage lang verfolgt, ohne dass eine Zustellung erfasst wurde; wenden Sie sich an den Shop, damit er herausfinden kann, wo sich das Paket befindet.
    }
