# Waymark — the buyer's words, Polish. Machine translation; not yet reviewed by a native speaker.
#
# Register: impersonal and neutral, as Polish carriers and large shops write to buyers ("Paczka
# czeka na odbiór", "należy…", "prosimy o kontakt…"), so no Ty/Pan/Pani form is needed.
# A carrier that does something in the past tense is "przewoźnik { $carrier }" (masculine), so
# the verb agrees whatever the brand is. SMS (.short) texts avoid Polish letters outside GSM-7.

## Statuses (labels)

status-pending = Oczekiwanie na paczkę
status-info_received = Etykieta utworzona
status-in_transit = W drodze
status-out_for_delivery = Wydana do doręczenia
status-available_for_pickup = Gotowa do odbioru
status-failed_attempt = Próba doręczenia
status-delivered = Doręczona
status-exception = Wymaga uwagi
status-returning_to_sender = Wraca do sklepu
status-returned_to_sender = Zwrócona do sklepu
status-expired = Śledzenie zakończone
status-cancelled = Anulowana

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Nadana
phase-export_customs = Odprawa celna eksportowa
phase-linehaul = Transport międzynarodowy
phase-import_customs = Odprawa celna importowa
phase-destination = W kraju docelowym
phase-last_mile = Doręczenie
phase-return = Zwrot

## Reasons (labels)

reason-customs_delay = Opóźnienie na odprawie celnej
reason-customs_documents = Urząd celny potrzebuje dokumentów
reason-duties_unpaid = Cło lub podatki do zapłaty
reason-prohibited = Niedozwolona zawartość
reason-customs_inspection = Kontrola celna
reason-address_issue = Problem z adresem
reason-recipient_unavailable = Nieobecność odbiorcy
reason-business_closed = Firma zamknięta
reason-refused = Odmowa przyjęcia
reason-damaged = Uszkodzona
reason-lost = Zagubiona
reason-weather = Opóźnienie z powodu pogody
reason-carrier_delay = Opóźnienie po stronie przewoźnika
reason-returned = Odesłana
reason-other = Inny problem

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Paczka u przewoźnika
event-in_transit-export_customs = Na odprawie celnej eksportowej
event-in_transit-linehaul = W drodze między krajami
event-in_transit-import_customs = Na odprawie celnej importowej
event-in_transit-destination = W drodze w kraju docelowym
event-in_transit-last_mile = Blisko adresu doręczenia
event-in_transit-return = W drodze powrotnej

## Headlines: the parcel's state in a few words

headline-pending = Sklep przygotowuje paczkę do wysyłki
headline-info_received = Etykieta dla paczki została utworzona
headline-in_transit = Paczka jest w drodze
headline-out_for_delivery = Kurier jest już w drodze z paczką
headline-available_for_pickup = Paczka czeka na odbiór
headline-failed_attempt = Przewoźnik nie mógł doręczyć paczki
headline-delivered = Paczka została doręczona { $date }
headline-exception = Paczka wymaga uwagi
headline-returning_to_sender = Paczka wraca do sklepu
headline-returned_to_sender = Paczka wróciła do sklepu
headline-expired = Śledzenie zakończyło się przed doręczeniem
headline-cancelled = Ta przesyłka została anulowana
headline-late = Paczka jest opóźniona

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Etykieta jest gotowa, ale przewoźnik { $carrier } nie odebrał jeszcze paczki; po jej odebraniu przewidywany termin dostawy to { $window }.
       *[none] Etykieta jest gotowa, ale przewoźnik { $carrier } nie odebrał jeszcze paczki; gdy to nastąpi, każdy etap pojawi się tutaj.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Paczka jest już u przewoźnika { $carrier } i wkrótce przejdzie odprawę celną eksportową; przewidywany termin dostawy to { $window }.
               *[none] Paczka jest już u przewoźnika { $carrier } i wkrótce przejdzie odprawę celną eksportową; termin dostawy nie jest jeszcze znany.
            }
       *[domestic]
            { $when ->
                [window] Paczka jest już u przewoźnika { $carrier } i jedzie w stronę miejsca doręczenia; przewidywany termin dostawy to { $window }.
               *[none] Paczka jest już u przewoźnika { $carrier } i jedzie w stronę miejsca doręczenia; termin dostawy nie jest jeszcze znany.
            }
    }
answer-export_customs =
    { $when ->
        [window] Paczka przechodzi odprawę celną eksportową, a potem poleci do kraju docelowego; przewidywany termin dostawy to { $window }.
       *[none] Paczka przechodzi odprawę celną eksportową, a potem poleci do kraju docelowego; termin dostawy nie jest jeszcze znany.
    }
answer-linehaul =
    { $when ->
        [window] Paczka jest w drodze między krajami, a następnie przejdzie odprawę celną importową; przewidywany termin dostawy to { $window }.
       *[none] Paczka jest w drodze między krajami, a następnie przejdzie odprawę celną importową; termin dostawy nie jest jeszcze znany.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Paczka przechodzi odprawę celną importową w kraju docelowym ({ $country }), a następnie zostanie przekazana lokalnemu przewoźnikowi; przewidywany termin dostawy to { $window }.
               *[none] Paczka przechodzi odprawę celną importową w kraju docelowym ({ $country }), a następnie zostanie przekazana lokalnemu przewoźnikowi; termin dostawy nie jest jeszcze znany.
            }
       *[none]
            { $when ->
                [window] Paczka przechodzi odprawę celną importową, a następnie zostanie przekazana lokalnemu przewoźnikowi; przewidywany termin dostawy to { $window }.
               *[none] Paczka przechodzi odprawę celną importową, a następnie zostanie przekazana lokalnemu przewoźnikowi; termin dostawy nie jest jeszcze znany.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Paczka jest w drodze pod adres doręczenia (obecnie: { $place }); przewidywany termin dostawy to { $window }.
               *[none] Paczka jest w drodze pod adres doręczenia (obecnie: { $place }); termin dostawy nie jest jeszcze znany.
            }
       *[none]
            { $when ->
                [window] Paczka dotarła do kraju docelowego i jest w drodze pod adres doręczenia; przewidywany termin dostawy to { $window }.
               *[none] Paczka dotarła do kraju docelowego i jest w drodze pod adres doręczenia; termin dostawy nie jest jeszcze znany.
            }
    }
answer-in_transit =
    { $when ->
        [window] Paczka jest w drodze, a przewozi ją { $carrier }; przewidywany termin dostawy to { $window }.
       *[none] Paczka jest w drodze, a przewozi ją { $carrier }; termin dostawy nie jest jeszcze znany.
    }
answer-out_for_delivery =
    { $where ->
        [place] Paczka została wydana do doręczenia ({ $place }) i powinna dotrzeć dzisiaj; nie trzeba nic robić.
       *[none] Paczka została wydana do doręczenia i powinna dotrzeć dzisiaj; nie trzeba nic robić.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Paczka czeka na odbiór w punkcie { $point }; należy ją odebrać do { $date }, okazując dokument tożsamości i numer przesyłki.
               *[none] Paczka czeka na odbiór w punkcie { $point }; należy ją odebrać jak najszybciej, okazując dokument tożsamości i numer przesyłki.
            }
       *[none]
            { $when ->
                [window] Paczka czeka na odbiór w punkcie odbioru { $carrier }; należy ją odebrać do { $date }, okazując dokument tożsamości i numer przesyłki.
               *[none] Paczka czeka na odbiór w punkcie odbioru { $carrier }; należy ją odebrać jak najszybciej, okazując dokument tożsamości i numer przesyłki.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] Przewoźnik { $carrier } nie mógł doręczyć paczki ({ $place }); nowe doręczenie lub odbiór można ustalić na podstawie awiza pozostawionego przez kuriera.
       *[none] Przewoźnik { $carrier } nie mógł doręczyć paczki; nowe doręczenie lub odbiór można ustalić na podstawie awiza pozostawionego przez kuriera.
    }
answer-delivered =
    { $where ->
        [place] Paczka została doręczona { $date } ({ $place }); jeśli nie można jej znaleźć, prosimy o kontakt ze sklepem.
       *[none] Paczka została doręczona { $date }; jeśli nie można jej znaleźć, prosimy o kontakt ze sklepem.
    }
answer-pay_duties =
    { $where ->
        [place] Paczka jest zatrzymana przez urząd celny ({ $country }) do czasu opłacenia cła lub podatków; należy je opłacić zgodnie z powiadomieniem od przewoźnika, a paczka zostanie zwolniona.
       *[none] Paczka jest zatrzymana przez urząd celny do czasu opłacenia cła lub podatków; należy je opłacić zgodnie z powiadomieniem od przewoźnika, a paczka zostanie zwolniona.
    }
answer-provide_documents =
    { $where ->
        [place] Urząd celny ({ $country }) potrzebuje dodatkowych informacji, zanim zwolni paczkę; należy odpowiedzieć na prośbę przewoźnika lub poprosić sklep o pomoc.
       *[none] Urząd celny potrzebuje dodatkowych informacji, zanim zwolni paczkę; należy odpowiedzieć na prośbę przewoźnika lub poprosić sklep o pomoc.
    }
answer-confirm_address = { $carrier } zgłasza problem z adresem doręczenia; prosimy o kontakt ze sklepem w celu potwierdzenia adresu, aby paczka mogła zostać doręczona.
answer-late =
    { $when ->
        [window] Paczka miała dotrzeć do { $promised } i jest opóźniona; nowy przewidywany termin dostawy to { $window }, a sklep został o tym poinformowany.
       *[none] Paczka miała dotrzeć do { $promised } i jest opóźniona; przewoźnik nie podał jeszcze nowego terminu, a sklep został o tym poinformowany.
    }
answer-lost =
    { $days ->
        [one] Przewoźnik { $carrier } nie zeskanował paczki od { $days } dnia, więc mogła ona zaginąć; sklep może złożyć reklamację u przewoźnika.
       *[other] Przewoźnik { $carrier } nie zeskanował paczki od { $days } dni, więc mogła ona zaginąć; sklep może złożyć reklamację u przewoźnika.
    }
answer-lost-reported = { $carrier } informuje, że paczka zaginęła; sklep może złożyć reklamację u przewoźnika i odezwie się w tej sprawie.
answer-never_scanned =
    { $days ->
        [one] Etykieta została utworzona { $days } dzień temu, ale przewoźnik { $carrier } nie odebrał jeszcze paczki; sklep został o tym poinformowany.
       *[other] Etykieta została utworzona { $days } dni temu, ale przewoźnik { $carrier } nie odebrał jeszcze paczki; sklep został o tym poinformowany.
    }
answer-returning = Paczka wraca do sklepu; prosimy o kontakt ze sklepem, aby ustalić ponowną wysyłkę lub zwrot pieniędzy.
answer-returned = Paczka wróciła do sklepu; prosimy o kontakt ze sklepem, aby ustalić ponowną wysyłkę lub zwrot pieniędzy.
answer-expired = Przewoźnik { $carrier } zakończył śledzenie paczki przed jej doręczeniem; prosimy o kontakt ze sklepem, który ustali, gdzie ona jest.
answer-cancelled = Ta przesyłka została anulowana, zanim paczka została nadana; jeśli to niespodziewane, prosimy o kontakt ze sklepem.
answer-pending = Sklep przygotowuje paczkę do wysyłki; gdy przewoźnik ją odbierze, każdy etap pojawi się tutaj.

## The estimated delivery

eta-label = Przewidywana dostawa
eta-window = Przewidywany termin: { $window }
eta-unknown = Termin dostawy nie jest jeszcze znany
eta-late = Planowano do { $promised }; nowy termin: { $window }
eta-late-unknown = Planowano do { $promised }; nowy termin nie jest jeszcze znany
eta-delivered = Doręczono { $date }
eta-basis-carrier_promise = Termin gwarantowany przez przewoźnika
eta-basis-carrier_estimate = Szacunek przewoźnika
eta-basis-lane_history = Typowy czas dostawy na tej trasie

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Przewoźnik zgłosił problem
exc-title-customs_dwell = Odprawa celna trwa dłużej niż zwykle
exc-title-silence = Od pewnego czasu brak informacji od przewoźnika
exc-title-failed_attempt = Nieudana próba doręczenia
exc-title-returned = Paczka wraca do sklepu
exc-title-lost = Paczka mogła zaginąć
exc-title-late = Później niż obiecano
exc-title-expired = Śledzenie zakończone bez doręczenia
exc-title-never_scanned = Paczka nie trafiła jeszcze do przewoźnika
exc-title-awaiting_pickup = Paczka czeka na odbiór

exc-why-customs_dwell =
    { $days ->
        [one] Paczka jest w urzędzie celnym od { $days } dnia, choć odprawa trwa zwykle od { $min } do { $max } dni.
       *[other] Paczka jest w urzędzie celnym od { $days } dni, choć odprawa trwa zwykle od { $min } do { $max } dni.
    }
exc-why-silence =
    { $days ->
        [one] Przewoźnik { $carrier } nie zeskanował paczki od { $days } dnia; na tym etapie paczki często przez jakiś czas nie dają znaku życia i pojawiają się ponownie przy kolejnym skanowaniu.
       *[other] Przewoźnik { $carrier } nie zeskanował paczki od { $days } dni; na tym etapie paczki często przez jakiś czas nie dają znaku życia i pojawiają się ponownie przy kolejnym skanowaniu.
    }
exc-why-lost =
    { $days ->
        [one] Przewoźnik { $carrier } nie zeskanował paczki od { $days } dnia.
       *[other] Przewoźnik { $carrier } nie zeskanował paczki od { $days } dni, czyli znacznie dłużej niż zwykle.
    }
exc-why-late =
    { $when ->
        [window] Paczka miała dotrzeć do { $promised }; nowy przewidywany termin dostawy to { $window }.
       *[none] Paczka miała dotrzeć do { $promised }; przewoźnik nie podał jeszcze nowego terminu.
    }
exc-why-lost-reported = { $carrier } informuje, że paczka zaginęła.
exc-why-expired = Przewoźnik { $carrier } zakończył śledzenie paczki, zanim odnotowano doręczenie.
exc-why-never_scanned =
    { $days ->
        [one] Etykieta została utworzona { $days } dzień temu, ale przewoźnik { $carrier } nie zeskanował jeszcze paczki.
       *[other] Etykieta została utworzona { $days } dni temu, ale przewoźnik { $carrier } nie zeskanował jeszcze paczki.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Paczka czeka w punkcie { $point } do { $date }.
               *[none] Paczka czeka w punkcie { $point }.
            }
       *[none]
            { $when ->
                [window] Paczka czeka w punkcie odbioru { $carrier } do { $date }.
               *[none] Paczka czeka w punkcie odbioru { $carrier }.
            }
    }
exc-pickup-hours = Godziny otwarcia: { $hours }
exc-why-returning = Paczka jest w drodze powrotnej do sklepu.
exc-why-returned = Paczka wróciła do sklepu.
exc-why-failed-address_issue = Przewoźnik { $carrier } nie mógł doręczyć paczki z powodu problemu z adresem.
exc-why-failed-business_closed = Przewoźnik { $carrier } nie mógł doręczyć paczki, ponieważ firma była zamknięta.
exc-why-failed-refused = Odmówiono przyjęcia paczki, więc przewoźnik { $carrier } nie mógł jej doręczyć.
exc-why-failed-other = Przewoźnik { $carrier } próbował doręczyć paczkę, ale nikogo nie było na miejscu, by ją odebrać.
exc-why-customs_delay = Urząd celny potrzebuje więcej czasu niż zwykle, aby zwolnić paczkę.
exc-why-customs_documents = Urząd celny potrzebuje dokumentów lub informacji, zanim zwolni paczkę.
exc-why-duties_unpaid = Zanim urząd celny zwolni paczkę, należy zapłacić cło lub podatki.
exc-why-prohibited = Urząd celny informuje, że zawartość paczki może nie być dopuszczona do wwozu do kraju.
exc-why-customs_inspection = Urząd celny kontroluje paczkę.
exc-why-address_issue = { $carrier } zgłasza problem z adresem doręczenia.
exc-why-damaged = { $carrier } informuje, że paczka została uszkodzona.
exc-why-weather = Paczka jest opóźniona z powodu złej pogody.
exc-why-carrier_delay = { $carrier } informuje o opóźnieniach w swojej sieci.
exc-why-other = Przewoźnik { $carrier } zgłosił problem z paczką.

action-none = Na razie nie trzeba nic robić; sklep monitoruje sytuację.
action-pay_duties = Należy opłacić cło lub podatki zgodnie z powiadomieniem od przewoźnika; po ich opłaceniu paczka zostanie zwolniona.
action-provide_documents = Należy przesłać informacje, o które prosi urząd celny, lub poprosić sklep o pomoc.
action-confirm_address = Prosimy o kontakt ze sklepem w celu potwierdzenia adresu doręczenia.
action-arrange_redelivery = Nowe doręczenie lub odbiór można ustalić z przewoźnikiem { $carrier } na podstawie pozostawionego awiza.
action-collect =
    { $when ->
        [window] Paczkę należy odebrać do { $date }, okazując dokument tożsamości i numer przesyłki.
       *[none] Paczkę należy odebrać jak najszybciej, okazując dokument tożsamości i numer przesyłki.
    }
action-contact_store = Prosimy o kontakt ze sklepem, który zorganizuje ponowną wysyłkę lub zwrot pieniędzy.
action-wait_store = Na razie nie trzeba nic robić; sklep może złożyć reklamację u przewoźnika i odezwie się w tej sprawie.

## Delivered, but not received

received-question = Paczka nie dotarła?
received-help =
    { $where ->
        [place]
            { $days ->
                [one] Przewoźnik { $carrier } odnotował doręczenie { $date } ({ $place }). Jeśli nie można znaleźć paczki, warto zapytać sąsiadów lub w recepcji, a następnie w ciągu { $days } dnia poinformować sklep, aby mógł złożyć reklamację.
               *[other] Przewoźnik { $carrier } odnotował doręczenie { $date } ({ $place }). Jeśli nie można znaleźć paczki, warto zapytać sąsiadów lub w recepcji, a następnie w ciągu { $days } dni poinformować sklep, aby mógł złożyć reklamację.
            }
       *[none]
            { $days ->
                [one] Przewoźnik { $carrier } odnotował doręczenie { $date }. Jeśli nie można znaleźć paczki, warto zapytać sąsiadów lub w recepcji, a następnie w ciągu { $days } dnia poinformować sklep, aby mógł złożyć reklamację.
               *[other] Przewoźnik { $carrier } odnotował doręczenie { $date }. Jeśli nie można znaleźć paczki, warto zapytać sąsiadów lub w recepcji, a następnie w ciągu { $days } dni poinformować sklep, aby mógł złożyć reklamację.
            }
    }

## The widget's own words

ui-history = Historia przesyłki
ui-show_all =
    { $count ->
        [one] Pokaż { $count } aktualizację
        [few] Pokaż wszystkie { $count } aktualizacje
        [many] Pokaż wszystkie { $count } aktualizacji
       *[other] Pokaż wszystkie { $count } aktualizacji
    }
ui-show_less = Pokaż mniej aktualizacji
ui-contact = Kontakt ze sklepem
ui-carrier_page = Śledzenie na stronie { $carrier }
ui-parcel = Paczka { $n } z { $total }
ui-progress = { $phase }: etap { $n } z { $total }
ui-now = Teraz: { $phase }
ui-local_time = Czas lokalny w miejscu skanowania: { $time }
ui-stale = Ostatnia aktualizacja: { $time }; przewoźnik obecnie nie odpowiada, więc informacje mogą być nieaktualne.
ui-no_events = Nie ma jeszcze aktualizacji od przewoźnika.
ui-loading = Wczytywanie informacji o przesyłce…
ui-error = Śledzenie przesyłki jest teraz niedostępne. Prosimy spróbować ponownie później.
ui-support-subject = Zamówienie { $order }: pytanie dotyczące mojej paczki

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = Paczka jest już u przewoźnika { $carrier } i jest w drodze.
    .short = Paczka z zam. { $order } jest w drodze ({ $carrier }). Status: { $link }
    .whatsapp = Zamówienie { $order } jest w drodze, a przewozi je { $carrier }. Przesyłkę można śledzić tutaj: { $link }
milestone-export_cleared = Paczka przeszła odprawę celną eksportową i poleci teraz do kraju docelowego.
    .short = Paczka z zam. { $order } jest po odprawie celnej eksportowej. Status: { $link }
    .whatsapp = Paczka z zamówienia { $order } przeszła odprawę celną eksportową i poleci teraz do kraju docelowego. Przesyłkę można śledzić tutaj: { $link }
milestone-departed_origin_country = Paczka opuściła kraj nadania i jest w drodze do kraju docelowego.
    .short = Paczka z zam. { $order } jest w drodze do kraju docelowego. Status: { $link }
    .whatsapp = Paczka z zamówienia { $order } opuściła kraj nadania i jest w drodze do kraju docelowego. Przesyłkę można śledzić tutaj: { $link }
milestone-arrived_destination_country = Paczka dotarła do kraju docelowego.
    .short = Paczka z zam. { $order } jest w kraju docelowym. Status: { $link }
    .whatsapp = Paczka z zamówienia { $order } dotarła do kraju docelowego. Przesyłkę można śledzić tutaj: { $link }
milestone-import_cleared = Paczka przeszła odprawę celną i jest już u lokalnego przewoźnika.
    .short = Paczka z zam. { $order } jest po odprawie celnej. Status: { $link }
    .whatsapp = Paczka z zamówienia { $order } przeszła odprawę celną i jest już u lokalnego przewoźnika. Przesyłkę można śledzić tutaj: { $link }
milestone-available_for_pickup = Paczka czeka na odbiór.
    .short = Paczka z zam. { $order } jest gotowa do odbioru. Info: { $link }
    .whatsapp = Paczka z zamówienia { $order } czeka na odbiór. Gdzie i do kiedy można ją odebrać: { $link }
milestone-out_for_delivery = Paczka zostanie doręczona dzisiaj.
    .short = Paczka z zam. { $order } zostanie dzisiaj dostarczona. Status: { $link }
    .whatsapp = Paczka z zamówienia { $order } zostanie doręczona dzisiaj. Przesyłkę można śledzić tutaj: { $link }
milestone-delivered = Paczka została doręczona.
    .short = Paczka z zam. { $order } dostarczona. Brak paczki? { $link }
    .whatsapp = Paczka z zamówienia { $order } została doręczona. Paczka nie dotarła? Prosimy dać nam znać tutaj: { $link }
milestone-exception = Paczka wymaga uwagi; tutaj można sprawdzić, co się stało i co można zrobić.
    .short = Paczka z zam. { $order } wymaga uwagi. Status: { $link }
    .whatsapp = Paczka z zamówienia { $order } wymaga uwagi. Co się stało i co można zrobić: { $link }

exc-title-watch_ended = Zakończyliśmy śledzenie paczki
exc-why-watch_ended =
    { $days ->
        [one] Przez { $days } dzień śledzenia paczki nie odnotowano doręczenia; prosimy o kontakt ze sklepem, który ustali, gdzie ona jest.
        [few] Przez { $days } dni śledzenia paczki nie odnotowano doręczenia; prosimy o kontakt ze sklepem, który ustali, gdzie ona jest.
        [many] Przez { $days } dni śledzenia paczki nie odnotowano doręczenia; prosimy o kontakt ze sklepem, który ustali, gdzie ona jest.
       *[other] Przez { $days } dni śledzenia paczki nie odnotowano doręczenia; prosimy o kontakt ze sklepem, który ustali, gdzie ona jest.
    }
