# Waymark — the buyer's words, Italian. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = In attesa del pacco
status-info_received = Etichetta creata
status-in_transit = In transito
status-out_for_delivery = In consegna
status-available_for_pickup = Pronto per il ritiro
status-failed_attempt = Tentativo di consegna
status-delivered = Consegnato
status-exception = Richiede attenzione
status-returning_to_sender = In rientro al negozio
status-returned_to_sender = Restituito al negozio
status-expired = Tracciamento terminato
status-cancelled = Annullato

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Spedito
phase-export_customs = Dogana di esportazione
phase-linehaul = Trasporto internazionale
phase-import_customs = Dogana di importazione
phase-destination = Nel tuo Paese
phase-last_mile = Consegna
phase-return = Reso

## Reasons (labels)

reason-customs_delay = Ritardo in dogana
reason-customs_documents = La dogana richiede documenti
reason-duties_unpaid = Dazi o tasse da pagare
reason-prohibited = Contenuto non consentito
reason-customs_inspection = Controllo doganale
reason-address_issue = Problema con l'indirizzo
reason-recipient_unavailable = Destinatario assente
reason-business_closed = Attività chiusa
reason-refused = Rifiutato
reason-damaged = Danneggiato
reason-lost = Smarrito
reason-weather = Ritardo per maltempo
reason-carrier_delay = Ritardo del corriere
reason-returned = Rispedito indietro
reason-other = Altro problema

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Pacco affidato al corriere
event-in_transit-export_customs = In dogana di esportazione
event-in_transit-linehaul = In viaggio tra un Paese e l'altro
event-in_transit-import_customs = In dogana di importazione
event-in_transit-destination = In viaggio nel tuo Paese
event-in_transit-last_mile = Vicino a te
event-in_transit-return = In viaggio di ritorno

## Headlines: the parcel's state in a few words

headline-pending = Il negozio sta preparando il tuo pacco
headline-info_received = L'etichetta del tuo pacco è stata creata
headline-in_transit = Il tuo pacco è in viaggio
headline-out_for_delivery = Il tuo pacco è in consegna
headline-available_for_pickup = Il tuo pacco è pronto per il ritiro
headline-failed_attempt = Il corriere non è riuscito a consegnare il tuo pacco
headline-delivered = Il tuo pacco è stato consegnato il { $date }
headline-exception = Il tuo pacco richiede attenzione
headline-returning_to_sender = Il tuo pacco sta tornando al negozio
headline-returned_to_sender = Il tuo pacco è tornato al negozio
headline-expired = Il tracciamento è terminato prima della consegna
headline-cancelled = Questa spedizione è stata annullata
headline-late = Il tuo pacco è in ritardo

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] L'etichetta è pronta, ma { $carrier } non ha ancora ricevuto il tuo pacco; dopo la presa in carico, la consegna prevista è: { $window }.
       *[none] L'etichetta è pronta, ma { $carrier } non ha ancora ricevuto il tuo pacco; dopo la presa in carico, qui vedrai ogni passaggio.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Il tuo pacco è stato affidato a { $carrier } e ora passerà la dogana di esportazione; consegna prevista: { $window }.
               *[none] Il tuo pacco è stato affidato a { $carrier } e ora passerà la dogana di esportazione; la data di consegna non è ancora nota.
            }
       *[domestic]
            { $when ->
                [window] Il tuo pacco è stato affidato a { $carrier } ed è in viaggio verso la tua zona; consegna prevista: { $window }.
               *[none] Il tuo pacco è stato affidato a { $carrier } ed è in viaggio verso la tua zona; la data di consegna non è ancora nota.
            }
    }
answer-export_customs =
    { $when ->
        [window] Il tuo pacco è in dogana di esportazione e poi partirà in aereo verso il tuo Paese; consegna prevista: { $window }.
       *[none] Il tuo pacco è in dogana di esportazione e poi partirà in aereo verso il tuo Paese; la data di consegna non è ancora nota.
    }
answer-linehaul =
    { $when ->
        [window] Il tuo pacco è in viaggio tra un Paese e l'altro e la prossima tappa è la dogana di importazione; consegna prevista: { $window }.
       *[none] Il tuo pacco è in viaggio tra un Paese e l'altro e la prossima tappa è la dogana di importazione; la data di consegna non è ancora nota.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Il tuo pacco è in dogana di importazione ({ $country }) e poi verrà affidato al corriere locale; consegna prevista: { $window }.
               *[none] Il tuo pacco è in dogana di importazione ({ $country }) e poi verrà affidato al corriere locale; la data di consegna non è ancora nota.
            }
       *[none]
            { $when ->
                [window] Il tuo pacco è in dogana di importazione e poi verrà affidato al corriere locale; consegna prevista: { $window }.
               *[none] Il tuo pacco è in dogana di importazione e poi verrà affidato al corriere locale; la data di consegna non è ancora nota.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Il tuo pacco è in viaggio verso il tuo indirizzo (posizione attuale: { $place }); consegna prevista: { $window }.
               *[none] Il tuo pacco è in viaggio verso il tuo indirizzo (posizione attuale: { $place }); la data di consegna non è ancora nota.
            }
       *[none]
            { $when ->
                [window] Il tuo pacco è arrivato nel tuo Paese ed è in viaggio verso il tuo indirizzo; consegna prevista: { $window }.
               *[none] Il tuo pacco è arrivato nel tuo Paese ed è in viaggio verso il tuo indirizzo; la data di consegna non è ancora nota.
            }
    }
answer-in_transit =
    { $when ->
        [window] Il tuo pacco è in viaggio con { $carrier }; consegna prevista: { $window }.
       *[none] Il tuo pacco è in viaggio con { $carrier }; la data di consegna non è ancora nota.
    }
answer-out_for_delivery =
    { $where ->
        [place] Il tuo pacco è in consegna (zona: { $place }) e dovrebbe arrivarti oggi; non devi fare nulla.
       *[none] Il tuo pacco è in consegna e dovrebbe arrivarti oggi; non devi fare nulla.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Il tuo pacco ti aspetta presso { $point }; ritiralo entro il { $date } con un documento d'identità e il codice di tracciamento.
               *[none] Il tuo pacco ti aspetta presso { $point }; ritiralo al più presto con un documento d'identità e il codice di tracciamento.
            }
       *[none]
            { $when ->
                [window] Il tuo pacco ti aspetta in un punto di ritiro { $carrier }; ritiralo entro il { $date } con un documento d'identità e il codice di tracciamento.
               *[none] Il tuo pacco ti aspetta in un punto di ritiro { $carrier }; ritiralo al più presto con un documento d'identità e il codice di tracciamento.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] Il corriere { $carrier } non è riuscito a consegnare il tuo pacco (località: { $place }); fissa una nuova consegna o il ritiro seguendo l'avviso lasciato dal corriere.
       *[none] Il corriere { $carrier } non è riuscito a consegnare il tuo pacco; fissa una nuova consegna o il ritiro seguendo l'avviso lasciato dal corriere.
    }
answer-delivered =
    { $where ->
        [place] Il tuo pacco è stato consegnato il { $date } (località: { $place }); se non lo trovi, avvisa il negozio.
       *[none] Il tuo pacco è stato consegnato il { $date }; se non lo trovi, avvisa il negozio.
    }
answer-pay_duties =
    { $where ->
        [place] Il tuo pacco è trattenuto dalla dogana ({ $country }) finché non verranno pagati i dazi o le tasse; pagali come indicato nell'avviso del corriere e il pacco verrà sbloccato.
       *[none] Il tuo pacco è trattenuto dalla dogana finché non verranno pagati i dazi o le tasse; pagali come indicato nell'avviso del corriere e il pacco verrà sbloccato.
    }
answer-provide_documents =
    { $where ->
        [place] La dogana ({ $country }) ha bisogno di ulteriori informazioni prima di sbloccare il tuo pacco; rispondi alla richiesta del corriere o chiedi aiuto al negozio.
       *[none] La dogana ha bisogno di ulteriori informazioni prima di sbloccare il tuo pacco; rispondi alla richiesta del corriere o chiedi aiuto al negozio.
    }
answer-confirm_address = { $carrier } segnala un problema con l'indirizzo di consegna; contatta il negozio per confermarlo, così il pacco potrà essere consegnato.
answer-late =
    { $when ->
        [window] Il tuo pacco doveva arrivare entro il { $promised } ed è in ritardo; il negozio è stato avvisato e la nuova consegna prevista è: { $window }.
       *[none] Il tuo pacco doveva arrivare entro il { $promised } ed è in ritardo; il corriere non ha ancora comunicato una nuova data e il negozio è stato avvisato.
    }
answer-lost = { $carrier } non registra movimenti del tuo pacco da { $days } giorni, quindi potrebbe essere stato smarrito; il negozio può aprire un reclamo con il corriere.
answer-lost-reported = { $carrier } segnala che il tuo pacco è stato smarrito; il negozio può aprire un reclamo con il corriere e ti contatterà.
answer-never_scanned = L'etichetta è stata creata { $days } giorni fa, ma { $carrier } non ha ancora ricevuto il pacco; il negozio è stato avvisato.
answer-returning = Il tuo pacco sta tornando al negozio; contatta il negozio per organizzare una nuova spedizione o un rimborso.
answer-returned = Il tuo pacco è tornato al negozio; contatta il negozio per organizzare una nuova spedizione o un rimborso.
answer-expired = { $carrier } ha interrotto il tracciamento del tuo pacco prima della consegna; contatta il negozio, così potrà scoprire dove si trova.
answer-cancelled = Questa spedizione è stata annullata prima della partenza del pacco; contatta il negozio se non te lo aspettavi.
answer-pending = Il negozio sta preparando il tuo pacco; qui vedrai ogni passaggio non appena il corriere lo avrà preso in carico.

## The estimated delivery

eta-label = Consegna prevista
eta-window = Prevista: { $window }
eta-unknown = La data di consegna non è ancora nota
eta-late = Prevista entro il { $promised }; nuova previsione: { $window }
eta-late-unknown = Prevista entro il { $promised }; per ora nessuna nuova data
eta-delivered = Consegnato il { $date }
eta-basis-carrier_promise = Impegno di consegna del corriere
eta-basis-carrier_estimate = Stima del corriere
eta-basis-lane_history = Tempi abituali per questa tratta

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Il corriere ha segnalato un problema
exc-title-customs_dwell = Fermo in dogana più a lungo del solito
exc-title-silence = Nessuna notizia dal corriere da un po' di tempo
exc-title-failed_attempt = Tentativo di consegna non riuscito
exc-title-returned = In viaggio di ritorno al negozio
exc-title-lost = Il pacco potrebbe essere stato smarrito
exc-title-late = In ritardo rispetto alla data promessa
exc-title-expired = Tracciamento terminato senza consegna
exc-title-never_scanned = Non ancora affidato al corriere
exc-title-awaiting_pickup = In attesa del tuo ritiro

exc-why-customs_dwell =
    { $days ->
        [one] La dogana trattiene il tuo pacco da { $days } giorno, mentre di solito servono da { $min } a { $max } giorni.
       *[other] La dogana trattiene il tuo pacco da { $days } giorni, mentre di solito servono da { $min } a { $max } giorni.
    }
exc-why-silence =
    { $days ->
        [one] { $carrier } non registra movimenti del tuo pacco da { $days } giorno; in questa fase capita spesso che un pacco resti per un po' senza aggiornamenti e ricompaia alla scansione successiva.
       *[other] { $carrier } non registra movimenti del tuo pacco da { $days } giorni; in questa fase capita spesso che un pacco resti per un po' senza aggiornamenti e ricompaia alla scansione successiva.
    }
exc-why-lost =
    { $days ->
        [one] { $carrier } non registra movimenti del tuo pacco da { $days } giorno.
       *[other] { $carrier } non registra movimenti del tuo pacco da { $days } giorni, molto più del normale.
    }
exc-why-late =
    { $when ->
        [window] Il tuo pacco doveva arrivare entro il { $promised }; la nuova consegna prevista è: { $window }.
       *[none] Il tuo pacco doveva arrivare entro il { $promised }; il corriere non ha ancora comunicato una nuova data.
    }
exc-why-lost-reported = { $carrier } segnala che il tuo pacco è stato smarrito.
exc-why-expired = { $carrier } ha interrotto il tracciamento del tuo pacco prima che venisse registrata una consegna.
exc-why-never_scanned =
    { $days ->
        [one] L'etichetta è stata creata { $days } giorno fa, ma { $carrier } non ha ancora scansionato il pacco.
       *[other] L'etichetta è stata creata { $days } giorni fa, ma { $carrier } non ha ancora scansionato il pacco.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Il tuo pacco ti aspetta presso { $point } fino al { $date }.
               *[none] Il tuo pacco ti aspetta presso { $point }.
            }
       *[none]
            { $when ->
                [window] Il tuo pacco ti aspetta in un punto di ritiro { $carrier } fino al { $date }.
               *[none] Il tuo pacco ti aspetta in un punto di ritiro { $carrier }.
            }
    }
exc-pickup-hours = Orari di apertura: { $hours }
exc-why-returning = Il pacco sta tornando al negozio.
exc-why-returned = Il pacco è tornato al negozio.
exc-why-failed-address_issue = { $carrier } non ha potuto consegnare il tuo pacco a causa di un problema con l'indirizzo.
exc-why-failed-business_closed = { $carrier } non ha potuto consegnare il tuo pacco perché l'attività era chiusa.
exc-why-failed-refused = La consegna è stata rifiutata, quindi { $carrier } non ha potuto consegnare il pacco.
exc-why-failed-other = { $carrier } ha tentato di consegnare il tuo pacco, ma non c'era nessuno per riceverlo.
exc-why-customs_delay = La dogana sta impiegando più tempo del solito per sbloccare il tuo pacco.
exc-why-customs_documents = La dogana ha bisogno di documenti o informazioni prima di sbloccare il tuo pacco.
exc-why-duties_unpaid = Prima che la dogana sblocchi il tuo pacco, è necessario pagare dazi o tasse.
exc-why-prohibited = La dogana segnala che il contenuto potrebbe non essere ammesso nel Paese.
exc-why-customs_inspection = La dogana sta ispezionando il tuo pacco.
exc-why-address_issue = { $carrier } segnala un problema con l'indirizzo di consegna.
exc-why-damaged = { $carrier } segnala che il tuo pacco è stato danneggiato.
exc-why-weather = Il maltempo sta ritardando il tuo pacco.
exc-why-carrier_delay = { $carrier } segnala un ritardo nella propria rete.
exc-why-other = { $carrier } ha segnalato un problema con il tuo pacco.

action-none = Per ora non devi fare nulla; il negozio tiene la situazione sotto controllo.
action-pay_duties = Paga i dazi o le tasse come indicato nell'avviso del corriere; il pacco verrà sbloccato non appena saranno pagati.
action-provide_documents = Invia le informazioni richieste dalla dogana o chiedi aiuto al negozio.
action-confirm_address = Contatta il negozio per confermare il tuo indirizzo di consegna.
action-arrange_redelivery = Fissa una nuova consegna o il ritiro con { $carrier } seguendo l'avviso che ti è stato lasciato.
action-collect =
    { $when ->
        [window] Ritira il pacco entro il { $date } con un documento d'identità e il codice di tracciamento.
       *[none] Ritira il pacco al più presto con un documento d'identità e il codice di tracciamento.
    }
action-contact_store = Contatta il negozio: organizzerà una nuova spedizione o un rimborso.
action-wait_store = Per ora non devi fare nulla; il negozio può aprire un reclamo con il corriere e ti contatterà.

## Delivered, but not received

received-question = Non l'hai ricevuto?
received-help =
    { $where ->
        [place] { $carrier } ha registrato la consegna il { $date } (località: { $place }). Se non trovi il pacco, chiedi ai vicini o in portineria, poi avvisa il negozio entro { $days } giorni, così potrà aprire un reclamo.
       *[none] { $carrier } ha registrato la consegna il { $date }. Se non trovi il pacco, chiedi ai vicini o in portineria, poi avvisa il negozio entro { $days } giorni, così potrà aprire un reclamo.
    }

## The widget's own words

ui-history = Cronologia della spedizione
ui-show_all = Mostra tutti i { $count } aggiornamenti
ui-show_less = Mostra meno aggiornamenti
ui-contact = Contatta il negozio
ui-carrier_page = Traccia sul sito di { $carrier }
ui-parcel = Pacco { $n } di { $total }
ui-progress = { $phase }: passaggio { $n } di { $total }
ui-now = Ora: { $phase }
ui-local_time = Ora locale della scansione: { $time }
ui-stale = Ultimo aggiornamento: { $time }; al momento il corriere non risponde, quindi le informazioni potrebbero non essere aggiornate.
ui-no_events = Ancora nessun aggiornamento dal corriere.
ui-loading = Caricamento del tracciamento…
ui-error = Il tracciamento non è disponibile al momento. Riprova più tardi.
ui-support-subject = Ordine { $order }: domanda sul mio pacco

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } ha preso in carico il tuo pacco, che ora è in viaggio.
    .short = Il tuo ordine { $order } è in viaggio con { $carrier }. Seguilo qui: { $link }
    .whatsapp = Il tuo ordine { $order } è in viaggio con { $carrier }. Seguilo qui: { $link }
milestone-export_cleared = Il tuo pacco ha superato la dogana di esportazione e ora partirà in aereo verso il tuo Paese.
    .short = Il tuo ordine { $order } ha superato la dogana di esportazione. Seguilo qui: { $link }
    .whatsapp = Il tuo ordine { $order } ha superato la dogana di esportazione e ora partirà in aereo verso il tuo Paese. Seguilo qui: { $link }
milestone-departed_origin_country = Il tuo pacco ha lasciato il Paese di origine ed è in viaggio verso il tuo.
    .short = Il tuo ordine { $order } ha lasciato il Paese di origine. Seguilo qui: { $link }
    .whatsapp = Il tuo ordine { $order } ha lasciato il Paese di origine ed è in viaggio verso il tuo. Seguilo qui: { $link }
milestone-arrived_destination_country = Il tuo pacco è arrivato nel tuo Paese.
    .short = Il tuo ordine { $order } è arrivato nel tuo Paese. Seguilo qui: { $link }
    .whatsapp = Il tuo ordine { $order } è arrivato nel tuo Paese. Seguilo qui: { $link }
milestone-import_cleared = Il tuo pacco ha superato la dogana ed è stato affidato al corriere locale.
    .short = Il tuo ordine { $order } ha superato la dogana. Seguilo qui: { $link }
    .whatsapp = Il tuo ordine { $order } ha superato la dogana ed è stato affidato al corriere locale. Seguilo qui: { $link }
milestone-available_for_pickup = Il tuo pacco è pronto per il ritiro.
    .short = Il tuo ordine { $order } è pronto per il ritiro. Dettagli: { $link }
    .whatsapp = Il tuo ordine { $order } è pronto per il ritiro. Scopri dove e fino a quando: { $link }
milestone-out_for_delivery = Il tuo pacco è in consegna oggi.
    .short = Il tuo ordine { $order } è in consegna oggi. Seguilo qui: { $link }
    .whatsapp = Il tuo ordine { $order } è in consegna oggi. Seguilo qui: { $link }
milestone-delivered = Il tuo pacco è stato consegnato.
    .short = Il tuo ordine { $order } è stato consegnato. Non l'hai ricevuto? { $link }
    .whatsapp = Il tuo ordine { $order } è stato consegnato. Non l'hai ricevuto? Segnalacelo qui: { $link }
milestone-exception = Il tuo pacco richiede la tua attenzione; scopri cosa è successo e cosa puoi fare.
    .short = Il tuo ordine { $order } richiede la tua attenzione. Dettagli: { $link }
    .whatsapp = Il tuo ordine { $order } richiede la tua attenzione. Scopri cosa è successo e cosa puoi fare: { $link }

exc-title-watch_ended = Abbiamo interrotto il tracciamento del tuo pacco
exc-why-watch_ended =
    { $days ->
        [one] Abbiamo seguito il tuo pacco per { $days } giorno senza che venisse registrata alcuna consegna; contatta il negozio, così potrà scoprire dove si trova.
       *[other] Abbiamo seguito il tuo pacco per { $days } giorni senza che venisse registrata alcuna consegna; contatta il negozio, così potrà scoprire dove si trova.
    }
