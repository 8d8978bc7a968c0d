# Waymark — the buyer's words, Brazilian Portuguese. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Aguardando o pacote
status-info_received = Etiqueta criada
status-in_transit = Em trânsito
status-out_for_delivery = Saiu para entrega
status-available_for_pickup = Pronto para retirada
status-failed_attempt = Tentativa de entrega
status-delivered = Entregue
status-exception = Requer atenção
status-returning_to_sender = Voltando para a loja
status-returned_to_sender = Devolvido à loja
status-expired = Rastreamento encerrado
status-cancelled = Cancelado

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Enviado
phase-export_customs = Alfândega de exportação
phase-linehaul = Transporte internacional
phase-import_customs = Alfândega de importação
phase-destination = No seu país
phase-last_mile = Entrega
phase-return = Devolução

## Reasons (labels)

reason-customs_delay = Atraso na alfândega
reason-customs_documents = A alfândega precisa de documentos
reason-duties_unpaid = Impostos ou taxas a pagar
reason-prohibited = Conteúdo não permitido
reason-customs_inspection = Inspeção alfandegária
reason-address_issue = Problema no endereço
reason-recipient_unavailable = Ninguém disponível para receber
reason-business_closed = Estabelecimento fechado
reason-refused = Recusado
reason-damaged = Danificado
reason-lost = Extraviado
reason-weather = Atraso por condições climáticas
reason-carrier_delay = Atraso da transportadora
reason-returned = Devolvido
reason-other = Outro problema

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Pacote com a transportadora
event-in_transit-export_customs = Na alfândega de exportação
event-in_transit-linehaul = Em trânsito entre países
event-in_transit-import_customs = Na alfândega de importação
event-in_transit-destination = Em trânsito no seu país
event-in_transit-last_mile = Perto de você
event-in_transit-return = Voltando para a loja

## Headlines: the parcel's state in a few words

headline-pending = A loja está preparando seu pacote
headline-info_received = A etiqueta do seu pacote foi criada
headline-in_transit = Seu pacote está a caminho
headline-out_for_delivery = Seu pacote saiu para entrega
headline-available_for_pickup = Seu pacote está pronto para retirada
headline-failed_attempt = A transportadora não conseguiu entregar seu pacote
headline-delivered = Seu pacote foi entregue em { $date }
headline-exception = Seu pacote precisa da sua atenção
headline-returning_to_sender = Seu pacote está voltando para a loja
headline-returned_to_sender = Seu pacote voltou para a loja
headline-expired = O rastreamento foi encerrado antes da entrega
headline-cancelled = Este envio foi cancelado
headline-late = Seu pacote está atrasado

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] A etiqueta está pronta, mas a transportadora { $carrier } ainda não recebeu seu pacote; assim que receber, a previsão de entrega será: { $window }.
       *[none] A etiqueta está pronta, mas a transportadora { $carrier } ainda não recebeu seu pacote; assim que receber, você verá aqui cada etapa.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Seu pacote está com a transportadora { $carrier } e o próximo passo é a alfândega de exportação; previsão de entrega: { $window }.
               *[none] Seu pacote está com a transportadora { $carrier } e o próximo passo é a alfândega de exportação; ainda não há previsão de entrega.
            }
       *[domestic]
            { $when ->
                [window] Seu pacote está com a transportadora { $carrier } e a caminho da sua região; previsão de entrega: { $window }.
               *[none] Seu pacote está com a transportadora { $carrier } e a caminho da sua região; ainda não há previsão de entrega.
            }
    }
answer-export_customs =
    { $when ->
        [window] Seu pacote está na alfândega de exportação e depois seguirá de avião para o seu país; previsão de entrega: { $window }.
       *[none] Seu pacote está na alfândega de exportação e depois seguirá de avião para o seu país; ainda não há previsão de entrega.
    }
answer-linehaul =
    { $when ->
        [window] Seu pacote está em trânsito entre países e o próximo passo é a alfândega de importação; previsão de entrega: { $window }.
       *[none] Seu pacote está em trânsito entre países e o próximo passo é a alfândega de importação; ainda não há previsão de entrega.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Seu pacote está na alfândega de importação ({ $country }) e depois será entregue à transportadora local; previsão de entrega: { $window }.
               *[none] Seu pacote está na alfândega de importação ({ $country }) e depois será entregue à transportadora local; ainda não há previsão de entrega.
            }
       *[none]
            { $when ->
                [window] Seu pacote está na alfândega de importação e depois será entregue à transportadora local; previsão de entrega: { $window }.
               *[none] Seu pacote está na alfândega de importação e depois será entregue à transportadora local; ainda não há previsão de entrega.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Seu pacote está a caminho do seu endereço (local atual: { $place }); previsão de entrega: { $window }.
               *[none] Seu pacote está a caminho do seu endereço (local atual: { $place }); ainda não há previsão de entrega.
            }
       *[none]
            { $when ->
                [window] Seu pacote chegou ao seu país e está a caminho do seu endereço; previsão de entrega: { $window }.
               *[none] Seu pacote chegou ao seu país e está a caminho do seu endereço; ainda não há previsão de entrega.
            }
    }
answer-in_transit =
    { $when ->
        [window] Seu pacote está a caminho com a transportadora { $carrier }; previsão de entrega: { $window }.
       *[none] Seu pacote está a caminho com a transportadora { $carrier }; ainda não há previsão de entrega.
    }
answer-out_for_delivery =
    { $where ->
        [place] Seu pacote saiu para entrega (local: { $place }) e deve chegar hoje; você não precisa fazer nada.
       *[none] Seu pacote saiu para entrega e deve chegar hoje; você não precisa fazer nada.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Seu pacote está esperando por você no ponto de retirada { $point }; retire-o até { $date } com um documento de identidade e o código de rastreio.
               *[none] Seu pacote está esperando por você no ponto de retirada { $point }; retire-o o quanto antes com um documento de identidade e o código de rastreio.
            }
       *[none]
            { $when ->
                [window] Seu pacote está esperando por você em um ponto de retirada da transportadora { $carrier }; retire-o até { $date } com um documento de identidade e o código de rastreio.
               *[none] Seu pacote está esperando por você em um ponto de retirada da transportadora { $carrier }; retire-o o quanto antes com um documento de identidade e o código de rastreio.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] A transportadora { $carrier } não conseguiu entregar seu pacote (local: { $place }); agende uma nova entrega ou a retirada usando o aviso deixado pela transportadora.
       *[none] A transportadora { $carrier } não conseguiu entregar seu pacote; agende uma nova entrega ou a retirada usando o aviso deixado pela transportadora.
    }
answer-delivered =
    { $where ->
        [place] Seu pacote foi entregue em { $date } (local: { $place }); se não o encontrar, avise a loja.
       *[none] Seu pacote foi entregue em { $date }; se não o encontrar, avise a loja.
    }
answer-pay_duties =
    { $where ->
        [place] Seu pacote está retido na alfândega ({ $country }) até que os impostos ou taxas sejam pagos; pague conforme o aviso da transportadora e ele será liberado.
       *[none] Seu pacote está retido na alfândega até que os impostos ou taxas sejam pagos; pague conforme o aviso da transportadora e ele será liberado.
    }
answer-provide_documents =
    { $where ->
        [place] A alfândega ({ $country }) precisa de mais informações para liberar seu pacote; responda à solicitação da transportadora ou peça ajuda à loja.
       *[none] A alfândega precisa de mais informações para liberar seu pacote; responda à solicitação da transportadora ou peça ajuda à loja.
    }
answer-confirm_address = A transportadora { $carrier } informa um problema com o endereço de entrega; entre em contato com a loja e confirme o endereço para que o pacote possa ser entregue.
answer-late =
    { $when ->
        [window] Seu pacote deveria chegar até { $promised } e está atrasado; a loja já foi avisada, e a nova previsão de entrega é: { $window }.
       *[none] Seu pacote deveria chegar até { $promised } e está atrasado; a transportadora ainda não informou uma nova data, e a loja já foi avisada.
    }
answer-lost = A transportadora { $carrier } não registra movimentação do seu pacote há { $days } dias, então ele pode ter sido extraviado; a loja pode abrir uma reclamação junto à transportadora.
answer-lost-reported = A transportadora { $carrier } informa que seu pacote foi extraviado; a loja pode abrir uma reclamação junto à transportadora e entrará em contato com você.
answer-never_scanned = A etiqueta foi criada há { $days } dias, mas a transportadora { $carrier } ainda não recebeu o pacote; a loja já foi avisada.
answer-returning = Seu pacote está voltando para a loja; entre em contato com a loja para combinar um novo envio ou o reembolso.
answer-returned = Seu pacote voltou para a loja; entre em contato com a loja para combinar um novo envio ou o reembolso.
answer-expired = A transportadora { $carrier } encerrou o rastreamento do seu pacote antes da entrega; entre em contato com a loja para que ela descubra onde ele está.
answer-cancelled = Este envio foi cancelado antes de o pacote sair; entre em contato com a loja se você não esperava por isso.
answer-pending = A loja está preparando seu pacote; você verá aqui cada etapa assim que a transportadora estiver com ele.

## The estimated delivery

eta-label = Previsão de entrega
eta-window = Previsão: { $window }
eta-unknown = Ainda não há previsão de entrega
eta-late = Deveria chegar até { $promised }; nova previsão: { $window }
eta-late-unknown = Deveria chegar até { $promised }; ainda sem nova data
eta-delivered = Entregue em { $date }
eta-basis-carrier_promise = Prazo garantido pela transportadora
eta-basis-carrier_estimate = Estimativa da transportadora
eta-basis-lane_history = Prazo habitual para esta rota

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = A transportadora informou um problema
exc-title-customs_dwell = Retido na alfândega por mais tempo que o normal
exc-title-silence = Sem notícias da transportadora há algum tempo
exc-title-failed_attempt = Tentativa de entrega sem sucesso
exc-title-returned = Voltando para a loja
exc-title-lost = O pacote pode ter sido extraviado
exc-title-late = Fora do prazo prometido
exc-title-expired = Rastreamento encerrado sem entrega
exc-title-never_scanned = Ainda não entregue à transportadora
exc-title-awaiting_pickup = Aguardando sua retirada

exc-why-customs_dwell =
    { $days ->
        [one] Seu pacote está retido na alfândega há { $days } dia, enquanto o normal é levar de { $min } a { $max } dias.
       *[other] Seu pacote está retido na alfândega há { $days } dias, enquanto o normal é levar de { $min } a { $max } dias.
    }
exc-why-silence =
    { $days ->
        [one] A transportadora { $carrier } não registra movimentação do seu pacote há { $days } dia; nesta etapa, é comum o pacote ficar um tempo sem atualizações e voltar a aparecer na próxima leitura.
       *[other] A transportadora { $carrier } não registra movimentação do seu pacote há { $days } dias; nesta etapa, é comum o pacote ficar um tempo sem atualizações e voltar a aparecer na próxima leitura.
    }
exc-why-lost =
    { $days ->
        [one] A transportadora { $carrier } não registra movimentação do seu pacote há { $days } dia.
       *[other] A transportadora { $carrier } não registra movimentação do seu pacote há { $days } dias, muito mais do que o normal.
    }
exc-why-late =
    { $when ->
        [window] Seu pacote deveria chegar até { $promised }; a nova previsão de entrega é: { $window }.
       *[none] Seu pacote deveria chegar até { $promised }; a transportadora ainda não informou uma nova data.
    }
exc-why-lost-reported = A transportadora { $carrier } informa que seu pacote foi extraviado.
exc-why-expired = A transportadora { $carrier } encerrou o rastreamento do seu pacote antes de registrar a entrega.
exc-why-never_scanned =
    { $days ->
        [one] A etiqueta foi criada há { $days } dia, mas a transportadora { $carrier } ainda não registrou o pacote.
       *[other] A etiqueta foi criada há { $days } dias, mas a transportadora { $carrier } ainda não registrou o pacote.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Seu pacote está no ponto de retirada { $point } até { $date }.
               *[none] Seu pacote está no ponto de retirada { $point }.
            }
       *[none]
            { $when ->
                [window] Seu pacote está em um ponto de retirada da transportadora { $carrier } até { $date }.
               *[none] Seu pacote está em um ponto de retirada da transportadora { $carrier }.
            }
    }
exc-pickup-hours = Horário de funcionamento: { $hours }
exc-why-returning = O pacote está voltando para a loja.
exc-why-returned = O pacote já está de volta na loja.
exc-why-failed-address_issue = A transportadora { $carrier } não conseguiu entregar seu pacote devido a um problema no endereço.
exc-why-failed-business_closed = A transportadora { $carrier } não conseguiu entregar seu pacote porque o estabelecimento estava fechado.
exc-why-failed-refused = A entrega foi recusada, por isso a transportadora { $carrier } não pôde entregar o pacote.
exc-why-failed-other = A transportadora { $carrier } tentou entregar seu pacote, mas não havia ninguém para recebê-lo.
exc-why-customs_delay = A alfândega está demorando mais que o normal para liberar seu pacote.
exc-why-customs_documents = A alfândega precisa de documentos ou informações para liberar seu pacote.
exc-why-duties_unpaid = É preciso pagar impostos ou taxas para que a alfândega libere seu pacote.
exc-why-prohibited = A alfândega informa que o conteúdo talvez não seja permitido no país.
exc-why-customs_inspection = A alfândega está inspecionando seu pacote.
exc-why-address_issue = A transportadora { $carrier } informa um problema com o endereço de entrega.
exc-why-damaged = A transportadora { $carrier } informa que seu pacote foi danificado.
exc-why-weather = O mau tempo está atrasando seu pacote.
exc-why-carrier_delay = A transportadora { $carrier } informa um atraso em sua rede.
exc-why-other = A transportadora { $carrier } informou um problema com seu pacote.

action-none = Nada a fazer por enquanto; a loja está acompanhando.
action-pay_duties = Pague os impostos ou taxas conforme o aviso da transportadora; o pacote será liberado assim que forem pagos.
action-provide_documents = Envie as informações solicitadas pela alfândega ou peça ajuda à loja.
action-confirm_address = Entre em contato com a loja para confirmar seu endereço de entrega.
action-arrange_redelivery = Agende uma nova entrega ou a retirada com a transportadora { $carrier }, usando o aviso deixado por ela.
action-collect =
    { $when ->
        [window] Retire o pacote até { $date } com um documento de identidade e o código de rastreio.
       *[none] Retire o pacote o quanto antes com um documento de identidade e o código de rastreio.
    }
action-contact_store = Entre em contato com a loja; ela vai providenciar um novo envio ou o reembolso.
action-wait_store = Nada a fazer por enquanto; a loja pode abrir uma reclamação junto à transportadora e entrará em contato com você.

## Delivered, but not received

received-question = Não recebeu?
received-help =
    { $where ->
        [place] A transportadora { $carrier } registrou a entrega em { $date } (local: { $place }). Se não encontrar o pacote, verifique com os vizinhos ou na portaria e depois avise a loja em até { $days } dias para que ela possa abrir uma reclamação.
       *[none] A transportadora { $carrier } registrou a entrega em { $date }. Se não encontrar o pacote, verifique com os vizinhos ou na portaria e depois avise a loja em até { $days } dias para que ela possa abrir uma reclamação.
    }

## The widget's own words

ui-history = Histórico de rastreamento
ui-show_all = Ver todas as { $count } atualizações
ui-show_less = Ver menos atualizações
ui-contact = Falar com a loja
ui-carrier_page = Rastrear no site da transportadora { $carrier }
ui-parcel = Pacote { $n } de { $total }
ui-progress = { $phase }: etapa { $n } de { $total }
ui-now = Agora: { $phase }
ui-local_time = Horário local da leitura: { $time }
ui-stale = Última atualização: { $time }; a transportadora não está respondendo no momento, então estas informações podem estar desatualizadas.
ui-no_events = Ainda não há atualizações da transportadora.
ui-loading = Carregando rastreamento…
ui-error = O rastreamento não está disponível no momento. Tente novamente mais tarde.
ui-support-subject = Pedido { $order }: dúvida sobre meu pacote

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = A transportadora { $carrier } está com seu pacote, e ele já está a caminho.
    .short = Seu pedido { $order } foi enviado por { $carrier }. Acompanhe: { $link }
    .whatsapp = Seu pedido { $order } está a caminho com a transportadora { $carrier }. Acompanhe aqui: { $link }
milestone-export_cleared = Seu pacote foi liberado na alfândega de exportação e agora seguirá de avião para o seu país.
    .short = Pedido { $order } liberado pela aduana de origem. Acompanhe: { $link }
    .whatsapp = Seu pedido { $order } foi liberado na alfândega de exportação e agora seguirá de avião para o seu país. Acompanhe aqui: { $link }
milestone-departed_origin_country = Seu pacote saiu do país de origem e está a caminho do seu.
    .short = Pedido { $order } saiu do país de origem: { $link }
    .whatsapp = Seu pedido { $order } saiu do país de origem e está a caminho do seu. Acompanhe aqui: { $link }
milestone-arrived_destination_country = Seu pacote chegou ao seu país.
    .short = Pedido { $order } chegou ao seu país: { $link }
    .whatsapp = Seu pedido { $order } chegou ao seu país. Acompanhe aqui: { $link }
milestone-import_cleared = Seu pacote foi liberado pela alfândega e está com a transportadora local.
    .short = Pedido { $order } liberado pela aduana. Acompanhe: { $link }
    .whatsapp = Seu pedido { $order } foi liberado pela alfândega e está com a transportadora local. Acompanhe aqui: { $link }
milestone-available_for_pickup = Seu pacote está pronto para retirada.
    .short = Pedido { $order } pronto para retirada. Detalhes: { $link }
    .whatsapp = Seu pedido { $order } está pronto para retirada. Veja onde e até quando: { $link }
milestone-out_for_delivery = Seu pacote saiu para entrega e chega hoje.
    .short = Pedido { $order } saiu para entrega hoje. Acompanhe: { $link }
    .whatsapp = Seu pedido { $order } saiu para entrega e chega hoje. Acompanhe aqui: { $link }
milestone-delivered = Seu pacote foi entregue.
    .short = Pedido { $order } entregue. Não recebeu? { $link }
    .whatsapp = Seu pedido { $order } foi entregue. Não recebeu? Avise-nos aqui: { $link }
milestone-exception = Seu pacote precisa da sua atenção; veja o que aconteceu e o que você pode fazer.
    .short = Pedido { $order } precisa da sua atenção: { $link }
    .whatsapp = Seu pedido { $order } precisa da sua atenção. Veja o que aconteceu e o que você pode fazer: { $link }

exc-title-watch_ended = Paramos de rastrear seu pacote
exc-why-watch_ended =
    { $days ->
        [one] Rastreamos seu pacote por { $days } dia e nenhuma entrega foi registrada; entre em contato com a loja para que ela descubra onde ele está.
       *[other] Rastreamos seu pacote por { $days } dias e nenhuma entrega foi registrada; entre em contato com a loja para que ela descubra onde ele está.
    }
