# Waymark — the buyer's words, Spanish. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Esperando el paquete
status-info_received = Etiqueta creada
status-in_transit = En tránsito
status-out_for_delivery = En reparto
status-available_for_pickup = Listo para recoger
status-failed_attempt = Intento de entrega
status-delivered = Entregado
status-exception = Requiere atención
status-returning_to_sender = En devolución a la tienda
status-returned_to_sender = Devuelto a la tienda
status-expired = Seguimiento finalizado
status-cancelled = Cancelado

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Enviado
phase-export_customs = Aduana de exportación
phase-linehaul = Tránsito internacional
phase-import_customs = Aduana de importación
phase-destination = En tu país
phase-last_mile = Entrega
phase-return = Devolución

## Reasons (labels)

reason-customs_delay = Retraso en la aduana
reason-customs_documents = La aduana necesita documentos
reason-duties_unpaid = Aranceles o impuestos pendientes de pago
reason-prohibited = Contenido no permitido
reason-customs_inspection = Inspección aduanera
reason-address_issue = Problema con la dirección
reason-recipient_unavailable = No había nadie para recibirlo
reason-business_closed = Negocio cerrado
reason-refused = Rechazado
reason-damaged = Dañado
reason-lost = Extraviado
reason-weather = Retraso por mal tiempo
reason-carrier_delay = Retraso del transportista
reason-returned = Devuelto
reason-other = Otro problema

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Paquete en manos del transportista
event-in_transit-export_customs = En la aduana de exportación
event-in_transit-linehaul = En tránsito entre países
event-in_transit-import_customs = En la aduana de importación
event-in_transit-destination = En camino dentro de tu país
event-in_transit-last_mile = Cerca de ti
event-in_transit-return = De regreso a la tienda

## Headlines: the parcel's state in a few words

headline-pending = La tienda está preparando tu paquete
headline-info_received = La etiqueta de tu paquete ya está creada
headline-in_transit = Tu paquete está en camino
headline-out_for_delivery = Tu paquete está en reparto
headline-available_for_pickup = Tu paquete está listo para recoger
headline-failed_attempt = El transportista no pudo entregar tu paquete
headline-delivered = Tu paquete fue entregado el { $date }
headline-exception = Tu paquete requiere tu atención
headline-returning_to_sender = Tu paquete está volviendo a la tienda
headline-returned_to_sender = Tu paquete fue devuelto a la tienda
headline-expired = El seguimiento terminó antes de la entrega
headline-cancelled = Este envío fue cancelado
headline-late = Tu paquete viene con retraso

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] La etiqueta está lista, pero { $carrier } todavía no tiene tu paquete; cuando lo reciba, la entrega estimada será: { $window }.
       *[none] La etiqueta está lista, pero { $carrier } todavía no tiene tu paquete; cuando lo reciba, verás aquí cada paso.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Tu paquete ya está con { $carrier } y el siguiente paso es la aduana de exportación; entrega estimada: { $window }.
               *[none] Tu paquete ya está con { $carrier } y el siguiente paso es la aduana de exportación; todavía no se conoce la fecha de entrega.
            }
       *[domestic]
            { $when ->
                [window] Tu paquete ya está con { $carrier } y va en camino a tu zona; entrega estimada: { $window }.
               *[none] Tu paquete ya está con { $carrier } y va en camino a tu zona; todavía no se conoce la fecha de entrega.
            }
    }
answer-export_customs =
    { $when ->
        [window] Tu paquete está en la aduana de exportación y después viajará en avión a tu país; entrega estimada: { $window }.
       *[none] Tu paquete está en la aduana de exportación y después viajará en avión a tu país; todavía no se conoce la fecha de entrega.
    }
answer-linehaul =
    { $when ->
        [window] Tu paquete está en tránsito entre países y el siguiente paso es la aduana de importación; entrega estimada: { $window }.
       *[none] Tu paquete está en tránsito entre países y el siguiente paso es la aduana de importación; todavía no se conoce la fecha de entrega.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Tu paquete está pasando la aduana de importación en { $country } y después lo recibirá el transportista local; entrega estimada: { $window }.
               *[none] Tu paquete está pasando la aduana de importación en { $country } y después lo recibirá el transportista local; todavía no se conoce la fecha de entrega.
            }
       *[none]
            { $when ->
                [window] Tu paquete está pasando la aduana de importación y después lo recibirá el transportista local; entrega estimada: { $window }.
               *[none] Tu paquete está pasando la aduana de importación y después lo recibirá el transportista local; todavía no se conoce la fecha de entrega.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Tu paquete está en { $place } y va en camino a tu dirección; entrega estimada: { $window }.
               *[none] Tu paquete está en { $place } y va en camino a tu dirección; todavía no se conoce la fecha de entrega.
            }
       *[none]
            { $when ->
                [window] Tu paquete ya está en tu país y va en camino a tu dirección; entrega estimada: { $window }.
               *[none] Tu paquete ya está en tu país y va en camino a tu dirección; todavía no se conoce la fecha de entrega.
            }
    }
answer-in_transit =
    { $when ->
        [window] Tu paquete está en camino con { $carrier }; entrega estimada: { $window }.
       *[none] Tu paquete está en camino con { $carrier }; todavía no se conoce la fecha de entrega.
    }
answer-out_for_delivery =
    { $where ->
        [place] Tu paquete está en reparto en { $place } y debería llegarte hoy; no tienes que hacer nada.
       *[none] Tu paquete está en reparto y debería llegarte hoy; no tienes que hacer nada.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Tu paquete te espera en { $point }; recógelo a más tardar el { $date } con tu documento de identidad y el número de seguimiento.
               *[none] Tu paquete te espera en { $point }; recógelo pronto con tu documento de identidad y el número de seguimiento.
            }
       *[none]
            { $when ->
                [window] Tu paquete te espera en un punto de recogida de { $carrier }; recógelo a más tardar el { $date } con tu documento de identidad y el número de seguimiento.
               *[none] Tu paquete te espera en un punto de recogida de { $carrier }; recógelo pronto con tu documento de identidad y el número de seguimiento.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } no pudo entregar tu paquete en { $place }; programa una nueva entrega o la recogida siguiendo el aviso que dejó el transportista.
       *[none] { $carrier } no pudo entregar tu paquete; programa una nueva entrega o la recogida siguiendo el aviso que dejó el transportista.
    }
answer-delivered =
    { $where ->
        [place] Tu paquete fue entregado en { $place } el { $date }; si no lo encuentras, avisa a la tienda.
       *[none] Tu paquete fue entregado el { $date }; si no lo encuentras, avisa a la tienda.
    }
answer-pay_duties =
    { $where ->
        [place] Tu paquete está retenido en la aduana en { $country } hasta que se paguen los aranceles o impuestos; págalos según indica el aviso del transportista y se liberará.
       *[none] Tu paquete está retenido en la aduana hasta que se paguen los aranceles o impuestos; págalos según indica el aviso del transportista y se liberará.
    }
answer-provide_documents =
    { $where ->
        [place] La aduana en { $country } necesita más información antes de liberar tu paquete; responde a la solicitud del transportista o pide ayuda a la tienda.
       *[none] La aduana necesita más información antes de liberar tu paquete; responde a la solicitud del transportista o pide ayuda a la tienda.
    }
answer-confirm_address = { $carrier } indica que hay un problema con la dirección de entrega; ponte en contacto con la tienda para confirmarla y que el paquete pueda entregarse.
answer-late =
    { $when ->
        [window] Tu paquete debía llegar a más tardar el { $promised } y viene con retraso; la tienda ya está al tanto y la nueva entrega estimada es: { $window }.
       *[none] Tu paquete debía llegar a más tardar el { $promised } y viene con retraso; el transportista todavía no indica una nueva fecha y la tienda ya está al tanto.
    }
answer-lost = { $carrier } no registra movimientos de tu paquete desde hace { $days } días, así que podría estar extraviado; la tienda puede presentar una reclamación ante el transportista.
answer-lost-reported = { $carrier } indica que tu paquete se extravió; la tienda puede presentar una reclamación ante el transportista y se pondrá en contacto contigo.
answer-never_scanned = La etiqueta se creó hace { $days } días, pero { $carrier } todavía no tiene el paquete; la tienda ya está al tanto.
answer-returning = Tu paquete está volviendo a la tienda; ponte en contacto con la tienda para acordar un nuevo envío o un reembolso.
answer-returned = Tu paquete volvió a la tienda; ponte en contacto con la tienda para acordar un nuevo envío o un reembolso.
answer-expired = { $carrier } dejó de rastrear tu paquete antes de entregarlo; ponte en contacto con la tienda para que averigüe dónde está.
answer-cancelled = Este envío se canceló antes de que saliera el paquete; ponte en contacto con la tienda si no lo esperabas.
answer-pending = La tienda está preparando tu paquete; cuando el transportista lo tenga, verás aquí cada paso.

## The estimated delivery

eta-label = Entrega estimada
eta-window = Llegada estimada: { $window }
eta-unknown = Todavía no se conoce la fecha de entrega
eta-late = Debía llegar a más tardar el { $promised }; nueva estimación: { $window }
eta-late-unknown = Debía llegar a más tardar el { $promised }; todavía no hay nueva fecha
eta-delivered = Entregado el { $date }
eta-basis-carrier_promise = Compromiso de entrega del transportista
eta-basis-carrier_estimate = Estimación del transportista
eta-basis-lane_history = Tiempo habitual para esta ruta

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = El transportista indicó un problema
exc-title-customs_dwell = Retenido en la aduana más de lo habitual
exc-title-silence = Sin noticias del transportista desde hace un tiempo
exc-title-failed_attempt = Intento de entrega fallido
exc-title-returned = Volviendo a la tienda
exc-title-lost = El paquete podría estar extraviado
exc-title-late = Más tarde de lo prometido
exc-title-expired = Seguimiento finalizado sin entrega
exc-title-never_scanned = Todavía no está en manos del transportista
exc-title-awaiting_pickup = Esperando a que lo recojas

exc-why-customs_dwell =
    { $days ->
        [one] La aduana retiene tu paquete desde hace { $days } día, cuando normalmente tarda entre { $min } y { $max } días.
       *[other] La aduana retiene tu paquete desde hace { $days } días, cuando normalmente tarda entre { $min } y { $max } días.
    }
exc-why-silence =
    { $days ->
        [one] { $carrier } no registra movimientos de tu paquete desde hace { $days } día; en esta etapa es habitual que un paquete pase un tiempo sin novedades y vuelva a aparecer en el siguiente escaneo.
       *[other] { $carrier } no registra movimientos de tu paquete desde hace { $days } días; en esta etapa es habitual que un paquete pase un tiempo sin novedades y vuelva a aparecer en el siguiente escaneo.
    }
exc-why-lost =
    { $days ->
        [one] { $carrier } no registra movimientos de tu paquete desde hace { $days } día.
       *[other] { $carrier } no registra movimientos de tu paquete desde hace { $days } días, mucho más de lo normal.
    }
exc-why-late =
    { $when ->
        [window] Tu paquete debía llegar a más tardar el { $promised }; la nueva entrega estimada es: { $window }.
       *[none] Tu paquete debía llegar a más tardar el { $promised }; el transportista todavía no indica una nueva fecha.
    }
exc-why-lost-reported = { $carrier } indica que tu paquete se extravió.
exc-why-expired = { $carrier } dejó de rastrear tu paquete antes de que se registrara la entrega.
exc-why-never_scanned =
    { $days ->
        [one] La etiqueta se creó hace { $days } día, pero { $carrier } todavía no registra el paquete.
       *[other] La etiqueta se creó hace { $days } días, pero { $carrier } todavía no registra el paquete.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Tu paquete te espera en { $point } hasta el { $date }.
               *[none] Tu paquete te espera en { $point }.
            }
       *[none]
            { $when ->
                [window] Tu paquete te espera en un punto de recogida de { $carrier } hasta el { $date }.
               *[none] Tu paquete te espera en un punto de recogida de { $carrier }.
            }
    }
exc-pickup-hours = Horario: { $hours }
exc-why-returning = El paquete está volviendo a la tienda.
exc-why-returned = El paquete ya está de vuelta en la tienda.
exc-why-failed-address_issue = { $carrier } no pudo entregar tu paquete por un problema con la dirección.
exc-why-failed-business_closed = { $carrier } no pudo entregar tu paquete porque el negocio estaba cerrado.
exc-why-failed-refused = La entrega fue rechazada, así que { $carrier } no pudo entregar el paquete.
exc-why-failed-other = { $carrier } intentó entregar tu paquete, pero no había nadie para recibirlo.
exc-why-customs_delay = La aduana está tardando más de lo habitual en liberar tu paquete.
exc-why-customs_documents = La aduana necesita documentos o información antes de liberar tu paquete.
exc-why-duties_unpaid = Hay que pagar aranceles o impuestos antes de que la aduana libere tu paquete.
exc-why-prohibited = La aduana indica que es posible que el contenido no esté permitido en el país.
exc-why-customs_inspection = La aduana está inspeccionando tu paquete.
exc-why-address_issue = { $carrier } indica que hay un problema con la dirección de entrega.
exc-why-damaged = { $carrier } indica que tu paquete sufrió daños.
exc-why-weather = El mal tiempo está retrasando tu paquete.
exc-why-carrier_delay = { $carrier } indica que hay retrasos en su red.
exc-why-other = { $carrier } indicó un problema con tu paquete.

action-none = Por ahora no tienes que hacer nada; la tienda lo está siguiendo de cerca.
action-pay_duties = Paga los aranceles o impuestos según indica el aviso del transportista; el paquete se liberará en cuanto estén pagados.
action-provide_documents = Envía la información que pide la aduana o pide ayuda a la tienda.
action-confirm_address = Ponte en contacto con la tienda para confirmar tu dirección de entrega.
action-arrange_redelivery = Programa una nueva entrega o la recogida con { $carrier } siguiendo el aviso que te dejó.
action-collect =
    { $when ->
        [window] Recoge tu paquete a más tardar el { $date } con tu documento de identidad y el número de seguimiento.
       *[none] Recoge tu paquete pronto con tu documento de identidad y el número de seguimiento.
    }
action-contact_store = Ponte en contacto con la tienda; te ofrecerá un nuevo envío o un reembolso.
action-wait_store = Por ahora no tienes que hacer nada; la tienda puede presentar una reclamación ante el transportista y se pondrá en contacto contigo.

## Delivered, but not received

received-question = ¿No recibiste tu paquete?
received-help =
    { $where ->
        [place] { $carrier } registró la entrega en { $place } el { $date }. Si no encuentras el paquete, pregunta a tus vecinos o en recepción y, después, avisa a la tienda en un plazo de { $days } días para que pueda presentar una reclamación.
       *[none] { $carrier } registró la entrega el { $date }. Si no encuentras el paquete, pregunta a tus vecinos o en recepción y, después, avisa a la tienda en un plazo de { $days } días para que pueda presentar una reclamación.
    }

## The widget's own words

ui-history = Historial de seguimiento
ui-show_all = Ver las { $count } actualizaciones
ui-show_less = Ver menos actualizaciones
ui-contact = Contactar a la tienda
ui-carrier_page = Seguir el envío en el sitio web de { $carrier }
ui-parcel = Paquete { $n } de { $total }
ui-progress = { $phase }: paso { $n } de { $total }
ui-now = Ahora: { $phase }
ui-local_time = Hora local del escaneo: { $time }
ui-stale = Última actualización: { $time }; el transportista no responde en este momento, así que es posible que la información no esté al día.
ui-no_events = Todavía no hay actualizaciones del transportista.
ui-loading = Cargando seguimiento…
ui-error = El seguimiento no está disponible en este momento. Vuelve a intentarlo más tarde.
ui-support-subject = Pedido { $order }: consulta sobre mi paquete

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } ya tiene tu paquete y está en camino.
    .short = Tu pedido { $order } va en camino con { $carrier }. Consulta el seguimiento en { $link }
    .whatsapp = Tu pedido { $order } va en camino con { $carrier }. Síguelo aquí: { $link }
milestone-export_cleared = Tu paquete pasó la aduana de exportación y ahora viajará en avión a tu país.
    .short = Tu pedido { $order } fue liberado por la aduana de origen. Consulta el seguimiento en { $link }
    .whatsapp = Tu pedido { $order } pasó la aduana de exportación y ahora viajará en avión a tu país. Síguelo aquí: { $link }
milestone-departed_origin_country = Tu paquete salió del país de origen y va camino al tuyo.
    .short = Tu pedido { $order } ha salido de origen y viaja hacia tu destino. Consulta el seguimiento en { $link }
    .whatsapp = Tu pedido { $order } salió del país de origen y va camino al tuyo. Síguelo aquí: { $link }
milestone-arrived_destination_country = Tu paquete ya llegó a tu país.
    .short = Tu pedido { $order } ya llegó a tu país: { $link }
    .whatsapp = Tu pedido { $order } ya llegó a tu país. Síguelo aquí: { $link }
milestone-import_cleared = Tu paquete ya pasó la aduana y está con el transportista local.
    .short = Tu pedido { $order } fue liberado por la aduana. Consulta el seguimiento en { $link }
    .whatsapp = Tu pedido { $order } ya pasó la aduana y está con el transportista local. Síguelo aquí: { $link }
milestone-available_for_pickup = Tu paquete está listo para recoger.
    .short = Tu pedido { $order } ya se puede recoger. Consulta los detalles en { $link }
    .whatsapp = Tu pedido { $order } está listo para recoger. Consulta dónde y hasta cuándo: { $link }
milestone-out_for_delivery = Tu paquete está en reparto y llega hoy.
    .short = Tu pedido { $order } llega hoy. Consulta el seguimiento en { $link }
    .whatsapp = Tu pedido { $order } está en reparto y llega hoy. Síguelo aquí: { $link }
milestone-delivered = Tu paquete fue entregado.
    .short = Tu pedido { $order } fue entregado. ¿No lo recibiste? { $link }
    .whatsapp = Tu pedido { $order } fue entregado. ¿No lo recibiste? Avísanos aquí: { $link }
milestone-exception = Tu paquete requiere tu atención; mira qué pasó y qué puedes hacer.
    .short = Hay un aviso importante sobre tu pedido { $order }. Consulta los detalles en { $link }
    .whatsapp = Tu pedido { $order } requiere tu atención. Mira qué pasó y qué puedes hacer: { $link }

exc-title-watch_ended = Dejamos de rastrear tu paquete
exc-why-watch_ended =
    { $days ->
        [one] Rastreamos tu paquete durante { $days } día y no se registró ninguna entrega; ponte en contacto con la tienda para que averigüe dónde está.
       *[other] Rastreamos tu paquete durante { $days } días y no se registró ninguna entrega; ponte en contacto con la tienda para que averigüe dónde está.
    }
