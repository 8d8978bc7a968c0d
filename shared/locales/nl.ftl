# Waymark — the buyer's words, Dutch. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Wachten op het pakket
status-info_received = Verzendlabel aangemaakt
status-in_transit = Onderweg
status-out_for_delivery = Wordt vandaag bezorgd
status-available_for_pickup = Klaar om op te halen
status-failed_attempt = Bezorgpoging gedaan
status-delivered = Bezorgd
status-exception = Aandacht nodig
status-returning_to_sender = Onderweg terug naar de winkel
status-returned_to_sender = Teruggestuurd naar de winkel
status-expired = Tracking beëindigd
status-cancelled = Geannuleerd

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Verzonden
phase-export_customs = Exportdouane
phase-linehaul = Internationaal transport
phase-import_customs = Importdouane
phase-destination = In uw land
phase-last_mile = Bezorging
phase-return = Retour

## Reasons (labels)

reason-customs_delay = Vertraging bij de douane
reason-customs_documents = Douane heeft documenten nodig
reason-duties_unpaid = Invoerrechten of belastingen te betalen
reason-prohibited = Inhoud niet toegestaan
reason-customs_inspection = Douanecontrole
reason-address_issue = Probleem met het adres
reason-recipient_unavailable = Niemand aanwezig om het pakket aan te nemen
reason-business_closed = Bedrijf gesloten
reason-refused = Geweigerd
reason-damaged = Beschadigd
reason-lost = Zoekgeraakt
reason-weather = Vertraging door het weer
reason-carrier_delay = Vertraging bij de vervoerder
reason-returned = Teruggestuurd
reason-other = Ander probleem

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Pakket bij de vervoerder
event-in_transit-export_customs = Bij de exportdouane
event-in_transit-linehaul = Onderweg tussen landen
event-in_transit-import_customs = Bij de importdouane
event-in_transit-destination = Onderweg in uw land
event-in_transit-last_mile = Bijna bij u
event-in_transit-return = Onderweg terug

## Headlines: the parcel's state in a few words

headline-pending = De winkel maakt uw pakket klaar
headline-info_received = Het verzendlabel voor uw pakket is aangemaakt
headline-in_transit = Uw pakket is onderweg
headline-out_for_delivery = Uw pakket wordt vandaag bezorgd
headline-available_for_pickup = Uw pakket ligt klaar om op te halen
headline-failed_attempt = De vervoerder kon uw pakket niet bezorgen
headline-delivered = Uw pakket is op { $date } bezorgd
headline-exception = Uw pakket vraagt uw aandacht
headline-returning_to_sender = Uw pakket gaat terug naar de winkel
headline-returned_to_sender = Uw pakket is teruggestuurd naar de winkel
headline-expired = De tracking is gestopt voordat het pakket werd bezorgd
headline-cancelled = Deze zending is geannuleerd
headline-late = Uw pakket is later dan verwacht

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Het verzendlabel is klaar, maar { $carrier } heeft uw pakket nog niet ontvangen; zodra dat gebeurt, is de verwachte bezorging { $window }.
       *[none] Het verzendlabel is klaar, maar { $carrier } heeft uw pakket nog niet ontvangen; zodra dat gebeurt, ziet u hier elke stap.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Uw pakket is bij { $carrier } en gaat nu naar de exportdouane; de verwachte bezorging is { $window }.
               *[none] Uw pakket is bij { $carrier } en gaat nu naar de exportdouane; de bezorgdatum is nog niet bekend.
            }
       *[domestic]
            { $when ->
                [window] Uw pakket is bij { $carrier } en onderweg naar uw regio; de verwachte bezorging is { $window }.
               *[none] Uw pakket is bij { $carrier } en onderweg naar uw regio; de bezorgdatum is nog niet bekend.
            }
    }
answer-export_customs =
    { $when ->
        [window] Uw pakket is bij de exportdouane en wordt daarna naar uw land gevlogen; de verwachte bezorging is { $window }.
       *[none] Uw pakket is bij de exportdouane en wordt daarna naar uw land gevlogen; de bezorgdatum is nog niet bekend.
    }
answer-linehaul =
    { $when ->
        [window] Uw pakket is onderweg tussen landen en gaat daarna door de importdouane; de verwachte bezorging is { $window }.
       *[none] Uw pakket is onderweg tussen landen en gaat daarna door de importdouane; de bezorgdatum is nog niet bekend.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Uw pakket is bij de importdouane in { $country } en wordt daarna overgedragen aan de lokale vervoerder; de verwachte bezorging is { $window }.
               *[none] Uw pakket is bij de importdouane in { $country } en wordt daarna overgedragen aan de lokale vervoerder; de bezorgdatum is nog niet bekend.
            }
       *[none]
            { $when ->
                [window] Uw pakket is bij de importdouane en wordt daarna overgedragen aan de lokale vervoerder; de verwachte bezorging is { $window }.
               *[none] Uw pakket is bij de importdouane en wordt daarna overgedragen aan de lokale vervoerder; de bezorgdatum is nog niet bekend.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Uw pakket is in { $place } en onderweg naar uw adres; de verwachte bezorging is { $window }.
               *[none] Uw pakket is in { $place } en onderweg naar uw adres; de bezorgdatum is nog niet bekend.
            }
       *[none]
            { $when ->
                [window] Uw pakket is aangekomen in uw land en onderweg naar uw adres; de verwachte bezorging is { $window }.
               *[none] Uw pakket is aangekomen in uw land en onderweg naar uw adres; de bezorgdatum is nog niet bekend.
            }
    }
answer-in_transit =
    { $when ->
        [window] Uw pakket is onderweg met { $carrier }; de verwachte bezorging is { $window }.
       *[none] Uw pakket is onderweg met { $carrier }; de bezorgdatum is nog niet bekend.
    }
answer-out_for_delivery =
    { $where ->
        [place] De bezorger is in { $place } met uw pakket onderweg en komt vandaag bij u langs; u hoeft niets te doen.
       *[none] De bezorger is met uw pakket onderweg en komt vandaag bij u langs; u hoeft niets te doen.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Uw pakket ligt voor u klaar bij { $point }; haal het uiterlijk { $date } op met uw identiteitsbewijs en het trackingnummer.
               *[none] Uw pakket ligt voor u klaar bij { $point }; haal het binnenkort op met uw identiteitsbewijs en het trackingnummer.
            }
       *[none]
            { $when ->
                [window] Uw pakket ligt voor u klaar bij een afhaalpunt van { $carrier }; haal het uiterlijk { $date } op met uw identiteitsbewijs en het trackingnummer.
               *[none] Uw pakket ligt voor u klaar bij een afhaalpunt van { $carrier }; haal het binnenkort op met uw identiteitsbewijs en het trackingnummer.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } kon uw pakket in { $place } niet bezorgen; regel een nieuwe bezorging of haal het pakket op met het kaartje dat de bezorger heeft achtergelaten.
       *[none] { $carrier } kon uw pakket niet bezorgen; regel een nieuwe bezorging of haal het pakket op met het kaartje dat de bezorger heeft achtergelaten.
    }
answer-delivered =
    { $where ->
        [place] Uw pakket is op { $date } in { $place } bezorgd; kunt u het niet vinden, laat het de winkel dan weten.
       *[none] Uw pakket is op { $date } bezorgd; kunt u het niet vinden, laat het de winkel dan weten.
    }
answer-pay_duties =
    { $where ->
        [place] De douane in { $country } houdt uw pakket vast tot de invoerrechten of belastingen zijn betaald; betaal ze zoals het bericht van de vervoerder aangeeft, dan wordt uw pakket vrijgegeven.
       *[none] De douane houdt uw pakket vast tot de invoerrechten of belastingen zijn betaald; betaal ze zoals het bericht van de vervoerder aangeeft, dan wordt uw pakket vrijgegeven.
    }
answer-provide_documents =
    { $where ->
        [place] De douane in { $country } heeft meer informatie nodig voordat uw pakket kan worden vrijgegeven; reageer op het verzoek van de vervoerder of vraag de winkel om hulp.
       *[none] De douane heeft meer informatie nodig voordat uw pakket kan worden vrijgegeven; reageer op het verzoek van de vervoerder of vraag de winkel om hulp.
    }
answer-confirm_address = { $carrier } meldt een probleem met het bezorgadres; neem contact op met de winkel om het adres te bevestigen, zodat het pakket bezorgd kan worden.
answer-late =
    { $when ->
        [window] Uw pakket had uiterlijk { $promised } bezorgd moeten worden en is vertraagd; de verwachte bezorging is nu { $window } en de winkel is op de hoogte gebracht.
       *[none] Uw pakket had uiterlijk { $promised } bezorgd moeten worden en is vertraagd; de vervoerder heeft nog geen nieuwe datum doorgegeven en de winkel is op de hoogte gebracht.
    }
answer-lost =
    { $days ->
        [one] { $carrier } heeft uw pakket al { $days } dag niet gescand, dus het is mogelijk zoekgeraakt; de winkel kan een claim indienen bij de vervoerder.
       *[other] { $carrier } heeft uw pakket al { $days } dagen niet gescand, dus het is mogelijk zoekgeraakt; de winkel kan een claim indienen bij de vervoerder.
    }
answer-lost-reported = { $carrier } meldt dat uw pakket zoekgeraakt is; de winkel kan een claim indienen bij de vervoerder en neemt contact met u op.
answer-never_scanned =
    { $days ->
        [one] Het verzendlabel is { $days } dag geleden aangemaakt, maar { $carrier } heeft het pakket nog niet ontvangen; de winkel is op de hoogte gebracht.
       *[other] Het verzendlabel is { $days } dagen geleden aangemaakt, maar { $carrier } heeft het pakket nog niet ontvangen; de winkel is op de hoogte gebracht.
    }
answer-returning = Uw pakket is onderweg terug naar de winkel; neem contact op met de winkel voor een nieuwe bezorging of een terugbetaling.
answer-returned = Uw pakket is teruggestuurd naar de winkel; neem contact op met de winkel voor een nieuwe bezorging of een terugbetaling.
answer-expired = { $carrier } is gestopt met het volgen van uw pakket voordat het werd bezorgd; neem contact op met de winkel, zodat die kan nagaan waar het is.
answer-cancelled = Deze zending is geannuleerd voordat het pakket werd verzonden; neem contact op met de winkel als u dat niet had verwacht.
answer-pending = De winkel maakt uw pakket klaar; zodra de vervoerder het heeft, ziet u hier elke stap.

## The estimated delivery

eta-label = Verwachte bezorging
eta-window = Verwacht: { $window }
eta-unknown = De bezorgdatum is nog niet bekend
eta-late = Had uiterlijk { $promised } moeten komen; nu verwacht: { $window }
eta-late-unknown = Had uiterlijk { $promised } moeten komen; nog geen nieuwe datum
eta-delivered = Bezorgd op { $date }
eta-basis-carrier_promise = Bezorgbelofte van de vervoerder
eta-basis-carrier_estimate = Schatting van de vervoerder
eta-basis-lane_history = Gebruikelijke levertijd voor deze route

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = De vervoerder heeft een probleem gemeld
exc-title-customs_dwell = Langer dan normaal bij de douane
exc-title-silence = Al een tijd geen nieuws van de vervoerder
exc-title-failed_attempt = Bezorgpoging mislukt
exc-title-returned = Gaat terug naar de winkel
exc-title-lost = Het pakket is mogelijk zoekgeraakt
exc-title-late = Later dan beloofd
exc-title-expired = Tracking gestopt zonder bezorging
exc-title-never_scanned = Nog niet overgedragen aan de vervoerder
exc-title-awaiting_pickup = Wacht tot u het ophaalt

exc-why-customs_dwell =
    { $days ->
        [one] De douane houdt uw pakket al { $days } dag vast, terwijl dat meestal { $min } tot { $max } dagen duurt.
       *[other] De douane houdt uw pakket al { $days } dagen vast, terwijl dat meestal { $min } tot { $max } dagen duurt.
    }
exc-why-silence =
    { $days ->
        [one] { $carrier } heeft uw pakket al { $days } dag niet gescand; in deze fase is het vaak even stil rond een pakket, en bij de volgende scan verschijnt het weer.
       *[other] { $carrier } heeft uw pakket al { $days } dagen niet gescand; in deze fase is het vaak even stil rond een pakket, en bij de volgende scan verschijnt het weer.
    }
exc-why-lost =
    { $days ->
        [one] { $carrier } heeft uw pakket al { $days } dag niet gescand.
       *[other] { $carrier } heeft uw pakket al { $days } dagen niet gescand, veel langer dan normaal.
    }
exc-why-late =
    { $when ->
        [window] Uw pakket had uiterlijk { $promised } bezorgd moeten worden; de verwachte bezorging is nu { $window }.
       *[none] Uw pakket had uiterlijk { $promised } bezorgd moeten worden; de vervoerder heeft nog geen nieuwe datum doorgegeven.
    }
exc-why-lost-reported = { $carrier } meldt dat uw pakket zoekgeraakt is.
exc-why-expired = { $carrier } is gestopt met het volgen van uw pakket voordat er een bezorging werd geregistreerd.
exc-why-never_scanned =
    { $days ->
        [one] Het verzendlabel is { $days } dag geleden aangemaakt, maar { $carrier } heeft het pakket nog niet gescand.
       *[other] Het verzendlabel is { $days } dagen geleden aangemaakt, maar { $carrier } heeft het pakket nog niet gescand.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Uw pakket ligt tot { $date } klaar bij { $point }.
               *[none] Uw pakket ligt klaar bij { $point }.
            }
       *[none]
            { $when ->
                [window] Uw pakket ligt tot { $date } klaar bij een afhaalpunt van { $carrier }.
               *[none] Uw pakket ligt klaar bij een afhaalpunt van { $carrier }.
            }
    }
exc-pickup-hours = Openingstijden: { $hours }
exc-why-returning = Het pakket is onderweg terug naar de winkel.
exc-why-returned = Het pakket is terug bij de winkel.
exc-why-failed-address_issue = { $carrier } kon uw pakket niet bezorgen door een probleem met het adres.
exc-why-failed-business_closed = { $carrier } kon uw pakket niet bezorgen omdat het bedrijf gesloten was.
exc-why-failed-refused = De bezorging is geweigerd, dus { $carrier } kon het pakket niet afleveren.
exc-why-failed-other = { $carrier } heeft geprobeerd uw pakket te bezorgen, maar er was niemand aanwezig om het aan te nemen.
exc-why-customs_delay = De douane doet er langer dan normaal over om uw pakket vrij te geven.
exc-why-customs_documents = De douane heeft documenten of informatie nodig voordat uw pakket kan worden vrijgegeven.
exc-why-duties_unpaid = De invoerrechten of belastingen moeten worden betaald voordat de douane uw pakket vrijgeeft.
exc-why-prohibited = De douane meldt dat de inhoud mogelijk niet in het land is toegestaan.
exc-why-customs_inspection = De douane controleert uw pakket.
exc-why-address_issue = { $carrier } meldt een probleem met het bezorgadres.
exc-why-damaged = { $carrier } meldt dat uw pakket beschadigd is.
exc-why-weather = Slecht weer vertraagt uw pakket.
exc-why-carrier_delay = { $carrier } meldt vertraging in het eigen netwerk.
exc-why-other = { $carrier } heeft een probleem met uw pakket gemeld.

action-none = U hoeft voorlopig niets te doen; de winkel houdt het in de gaten.
action-pay_duties = Betaal de invoerrechten of belastingen zoals het bericht van de vervoerder aangeeft; zodra ze betaald zijn, wordt het pakket vrijgegeven.
action-provide_documents = Stuur de informatie die de douane vraagt, of vraag de winkel om hulp.
action-confirm_address = Neem contact op met de winkel om uw bezorgadres te bevestigen.
action-arrange_redelivery = Regel bij { $carrier } een nieuwe bezorging of haal het pakket op; gebruik daarvoor het kaartje dat de bezorger heeft achtergelaten.
action-collect =
    { $when ->
        [window] Haal het uiterlijk { $date } op met uw identiteitsbewijs en het trackingnummer.
       *[none] Haal het binnenkort op met uw identiteitsbewijs en het trackingnummer.
    }
action-contact_store = Neem contact op met de winkel; die regelt een nieuwe bezorging of een terugbetaling.
action-wait_store = U hoeft voorlopig niets te doen; de winkel kan een claim indienen bij de vervoerder en neemt contact met u op.

## Delivered, but not received

received-question = Niet ontvangen?
received-help =
    { $where ->
        [place] { $carrier } heeft de bezorging op { $date } in { $place } geregistreerd. Kunt u het pakket niet vinden? Vraag het dan na bij uw buren of bij de receptie en laat het de winkel binnen { $days } dagen weten, zodat die een claim kan indienen.
       *[none] { $carrier } heeft de bezorging op { $date } geregistreerd. Kunt u het pakket niet vinden? Vraag het dan na bij uw buren of bij de receptie en laat het de winkel binnen { $days } dagen weten, zodat die een claim kan indienen.
    }

## The widget's own words

ui-history = Verloop van de zending
ui-show_all = Alle { $count } updates tonen
ui-show_less = Minder updates tonen
ui-contact = Contact opnemen met de winkel
ui-carrier_page = Volgen op de website van { $carrier }
ui-parcel = Pakket { $n } van { $total }
ui-progress = { $phase }: stap { $n } van { $total }
ui-now = Nu: { $phase }
ui-local_time = Lokale tijd van de scan: { $time }
ui-stale = Laatst bijgewerkt op { $time }; de vervoerder reageert op dit moment niet, dus deze informatie is mogelijk niet actueel.
ui-no_events = Nog geen updates van de vervoerder.
ui-loading = Tracking laden…
ui-error = Tracking is op dit moment niet beschikbaar. Probeer het later opnieuw.
ui-support-subject = Bestelling { $order }: vraag over mijn pakket

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } heeft uw pakket opgehaald en het is onderweg.
    .short = Uw bestelling { $order } is onderweg met { $carrier }. Volg uw pakket: { $link }
    .whatsapp = Uw bestelling { $order } is onderweg met { $carrier }. Volg uw pakket hier: { $link }
milestone-export_cleared = Uw pakket is door de exportdouane en wordt nu naar uw land gevlogen.
    .short = Bestelling { $order } is door de exportdouane. Volg uw pakket: { $link }
    .whatsapp = Uw bestelling { $order } is door de exportdouane en wordt nu naar uw land gevlogen. Volg uw pakket hier: { $link }
milestone-departed_origin_country = Uw pakket heeft het land van herkomst verlaten en is onderweg naar uw land.
    .short = Bestelling { $order } heeft het land van herkomst verlaten. Volg uw pakket: { $link }
    .whatsapp = Uw bestelling { $order } heeft het land van herkomst verlaten en is onderweg naar uw land. Volg uw pakket hier: { $link }
milestone-arrived_destination_country = Uw pakket is aangekomen in uw land.
    .short = Bestelling { $order } is aangekomen in uw land. Volg uw pakket: { $link }
    .whatsapp = Uw bestelling { $order } is aangekomen in uw land. Volg uw pakket hier: { $link }
milestone-import_cleared = Uw pakket is door de douane en ligt nu bij de lokale vervoerder.
    .short = Bestelling { $order } is door de douane. Volg uw pakket: { $link }
    .whatsapp = Uw bestelling { $order } is door de douane en ligt nu bij de lokale vervoerder. Volg uw pakket hier: { $link }
milestone-available_for_pickup = Uw pakket ligt klaar om op te halen.
    .short = Bestelling { $order } ligt klaar om op te halen. Details: { $link }
    .whatsapp = Uw bestelling { $order } ligt klaar om op te halen. Bekijk waar en tot wanneer: { $link }
milestone-out_for_delivery = Uw pakket wordt vandaag bezorgd.
    .short = Bestelling { $order } wordt vandaag bezorgd. Volg uw pakket: { $link }
    .whatsapp = Uw bestelling { $order } wordt vandaag bezorgd. Volg uw pakket hier: { $link }
milestone-delivered = Uw pakket is bezorgd.
    .short = Bestelling { $order } is bezorgd. Niet ontvangen? { $link }
    .whatsapp = Uw bestelling { $order } is bezorgd. Niet ontvangen? Laat het ons hier weten: { $link }
milestone-exception = Uw pakket vraagt uw aandacht; bekijk wat er is gebeurd en wat u kunt doen.
    .short = Bestelling { $order } vraagt uw aandacht. Details: { $link }
    .whatsapp = Uw bestelling { $order } vraagt uw aandacht. Bekijk wat er is gebeurd en wat u kunt doen: { $link }

exc-title-watch_ended = We zijn gestopt met het volgen van uw pakket
exc-why-watch_ended =
    { $days ->
        [one] We hebben uw pakket { $days } dag gevolgd, maar er is geen bezorging geregistreerd; neem contact op met de winkel, zodat die kan nagaan waar het is.
       *[other] We hebben uw pakket { $days } dagen gevolgd, maar er is geen bezorging geregistreerd; neem contact op met de winkel, zodat die kan nagaan waar het is.
    }
