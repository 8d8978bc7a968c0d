# Waymark — the buyer's words, Korean. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = 발송 대기
status-info_received = 운송장 등록 완료
status-in_transit = 배송 중
status-out_for_delivery = 배달 출발
status-available_for_pickup = 수령 가능
status-failed_attempt = 배달 미완료
status-delivered = 배송 완료
status-exception = 확인 필요
status-returning_to_sender = 판매자에게 반송 중
status-returned_to_sender = 판매자에게 반송 완료
status-expired = 배송 조회 종료
status-cancelled = 취소됨

## Phases of the cross-border path (labels on the progress bar)

phase-origin = 발송
phase-export_customs = 수출 통관
phase-linehaul = 국제 운송
phase-import_customs = 수입 통관
phase-destination = 국내 도착
phase-last_mile = 배달
phase-return = 반송

## Reasons (labels)

reason-customs_delay = 통관 지연
reason-customs_documents = 통관 서류 필요
reason-duties_unpaid = 관세 또는 세금 납부 필요
reason-prohibited = 반입 불가 품목
reason-customs_inspection = 세관 검사
reason-address_issue = 주소 오류
reason-recipient_unavailable = 수령인 부재
reason-business_closed = 영업장 휴무
reason-refused = 수취 거부
reason-damaged = 파손
reason-lost = 분실
reason-weather = 기상 악화로 인한 지연
reason-carrier_delay = 배송업체 사정으로 인한 지연
reason-returned = 반송됨
reason-other = 기타 문제

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = 배송업체 인수
event-in_transit-export_customs = 수출 통관 중
event-in_transit-linehaul = 국가 간 운송 중
event-in_transit-import_customs = 수입 통관 중
event-in_transit-destination = 국내 이동 중
event-in_transit-last_mile = 배송지 인근 도착
event-in_transit-return = 반송 중

## Headlines: the parcel's state in a few words

headline-pending = 판매자가 상품을 준비하고 있습니다
headline-info_received = 상품의 운송장이 등록되었습니다
headline-in_transit = 상품이 배송 중입니다
headline-out_for_delivery = 상품 배달이 시작되었습니다
headline-available_for_pickup = 상품을 수령하실 수 있습니다
headline-failed_attempt = 배송업체가 상품을 배달하지 못했습니다
headline-delivered = 상품이 { $date }에 배송 완료되었습니다
headline-exception = 상품 배송에 확인이 필요합니다
headline-returning_to_sender = 상품이 판매자에게 반송되고 있습니다
headline-returned_to_sender = 상품이 판매자에게 반송되었습니다
headline-expired = 배송 완료 전에 배송 조회가 종료되었습니다
headline-cancelled = 이 배송은 취소되었습니다
headline-late = 상품 배송이 늦어지고 있습니다

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] 운송장은 등록되었지만 { $carrier }에서 아직 상품을 인수하지 않았습니다. 인수 후에는 { $window }에 도착할 예정입니다.
       *[none] 운송장은 등록되었지만 { $carrier }에서 아직 상품을 인수하지 않았습니다. 인수 후에는 이곳에서 모든 배송 단계를 확인하실 수 있습니다.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] 상품이 { $carrier }에 인계되었으며, 수출 통관을 거쳐 { $window }에 도착할 예정입니다.
               *[none] 상품이 { $carrier }에 인계되었으며, 다음 단계로 수출 통관을 진행합니다. 도착 예정일은 아직 정해지지 않았습니다.
            }
       *[domestic]
            { $when ->
                [window] 상품이 { $carrier }에 인계되어 고객님 지역으로 이동 중이며, { $window }에 도착할 예정입니다.
               *[none] 상품이 { $carrier }에 인계되어 고객님 지역으로 이동 중입니다. 도착 예정일은 아직 정해지지 않았습니다.
            }
    }
answer-export_customs =
    { $when ->
        [window] 상품이 수출 통관 중이며, 통관 후 항공편으로 배송지 국가로 운송되어 { $window }에 도착할 예정입니다.
       *[none] 상품이 수출 통관 중이며, 통관 후 항공편으로 배송지 국가로 운송됩니다. 도착 예정일은 아직 정해지지 않았습니다.
    }
answer-linehaul =
    { $when ->
        [window] 상품이 국제 운송 중이며, 수입 통관을 거쳐 { $window }에 도착할 예정입니다.
       *[none] 상품이 국제 운송 중이며, 다음 단계로 수입 통관을 진행합니다. 도착 예정일은 아직 정해지지 않았습니다.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] 상품이 { $country }에서 수입 통관 중이며, 통관 후 국내 배송업체에 인계되어 { $window }에 도착할 예정입니다.
               *[none] 상품이 { $country }에서 수입 통관 중이며, 통관 후 국내 배송업체에 인계됩니다. 도착 예정일은 아직 정해지지 않았습니다.
            }
       *[none]
            { $when ->
                [window] 상품이 수입 통관 중이며, 통관 후 국내 배송업체에 인계되어 { $window }에 도착할 예정입니다.
               *[none] 상품이 수입 통관 중이며, 통관 후 국내 배송업체에 인계됩니다. 도착 예정일은 아직 정해지지 않았습니다.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] 상품이 현재 { $place }에서 배송지로 이동 중이며, { $window }에 도착할 예정입니다.
               *[none] 상품이 현재 { $place }에서 배송지로 이동 중입니다. 도착 예정일은 아직 정해지지 않았습니다.
            }
       *[none]
            { $when ->
                [window] 상품이 국내에 도착하여 배송지로 이동 중이며, { $window }에 도착할 예정입니다.
               *[none] 상품이 국내에 도착하여 배송지로 이동 중입니다. 도착 예정일은 아직 정해지지 않았습니다.
            }
    }
answer-in_transit =
    { $when ->
        [window] 상품이 { $carrier }에서 배송 중이며, { $window }에 도착할 예정입니다.
       *[none] 상품이 { $carrier }에서 배송 중입니다. 도착 예정일은 아직 정해지지 않았습니다.
    }
answer-out_for_delivery =
    { $where ->
        [place] 상품이 { $place }에서 배달 중이며 오늘 도착할 예정입니다. 따로 하실 일은 없습니다.
       *[none] 상품이 배달 중이며 오늘 도착할 예정입니다. 따로 하실 일은 없습니다.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] 상품이 { $point }에 보관되어 있습니다. { $date }까지 신분증과 운송장 번호를 지참하여 수령해 주시기 바랍니다.
               *[none] 상품이 { $point }에 보관되어 있습니다. 신분증과 운송장 번호를 지참하여 가급적 빨리 수령해 주시기 바랍니다.
            }
       *[none]
            { $when ->
                [window] 상품이 { $carrier } 픽업 장소에 보관되어 있습니다. { $date }까지 신분증과 운송장 번호를 지참하여 수령해 주시기 바랍니다.
               *[none] 상품이 { $carrier } 픽업 장소에 보관되어 있습니다. 신분증과 운송장 번호를 지참하여 가급적 빨리 수령해 주시기 바랍니다.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier }에서 { $place }에 상품을 배달하지 못했습니다. 배송업체가 남긴 안내문을 참고하여 재배달 또는 직접 수령을 신청해 주시기 바랍니다.
       *[none] { $carrier }에서 상품을 배달하지 못했습니다. 배송업체가 남긴 안내문을 참고하여 재배달 또는 직접 수령을 신청해 주시기 바랍니다.
    }
answer-delivered =
    { $where ->
        [place] 상품이 { $date }에 { $place }에서 배송 완료되었습니다. 상품을 찾을 수 없으시면 판매자에게 알려 주시기 바랍니다.
       *[none] 상품이 { $date }에 배송 완료되었습니다. 상품을 찾을 수 없으시면 판매자에게 알려 주시기 바랍니다.
    }
answer-pay_duties =
    { $where ->
        [place] 관세 또는 세금이 납부될 때까지 상품이 { $country } 세관에 보류되어 있습니다. 배송업체 안내에 따라 납부하시면 상품이 통관됩니다.
       *[none] 관세 또는 세금이 납부될 때까지 상품이 세관에 보류되어 있습니다. 배송업체 안내에 따라 납부하시면 상품이 통관됩니다.
    }
answer-provide_documents =
    { $where ->
        [place] { $country } 세관에서 상품 통관을 위해 추가 정보를 요청하고 있습니다. 배송업체의 요청에 회신하시거나 판매자에게 도움을 요청해 주시기 바랍니다.
       *[none] 세관에서 상품 통관을 위해 추가 정보를 요청하고 있습니다. 배송업체의 요청에 회신하시거나 판매자에게 도움을 요청해 주시기 바랍니다.
    }
answer-confirm_address = { $carrier }에서 배송지 주소에 문제가 있다고 알려 왔습니다. 상품이 배송될 수 있도록 판매자에게 연락하여 주소를 확인해 주시기 바랍니다.
answer-late =
    { $when ->
        [window] 상품은 { $promised }까지 도착할 예정이었으나 배송이 늦어지고 있습니다. 현재 { $window }에 도착할 예정이며, 판매자에게도 이 사실을 알렸습니다.
       *[none] 상품은 { $promised }까지 도착할 예정이었으나 배송이 늦어지고 있습니다. 배송업체에서 아직 새 도착일을 알려 오지 않았으며, 판매자에게도 이 사실을 알렸습니다.
    }
answer-lost = { $carrier }에서 { $days }일 동안 상품 스캔 기록이 없어 분실되었을 가능성이 있습니다. 판매자가 배송업체에 보상을 청구할 수 있습니다.
answer-lost-reported = { $carrier }에서 상품이 분실되었다고 알려 왔습니다. 판매자가 배송업체에 보상을 청구할 수 있으며, 고객님께 연락드릴 예정입니다.
answer-never_scanned = 운송장은 { $days }일 전에 등록되었지만 { $carrier }에서 아직 상품을 인수하지 않았습니다. 판매자에게도 이 사실을 알렸습니다.
answer-returning = 상품이 판매자에게 반송되고 있습니다. 재배송 또는 환불은 판매자에게 문의해 주시기 바랍니다.
answer-returned = 상품이 판매자에게 반송되었습니다. 재배송 또는 환불은 판매자에게 문의해 주시기 바랍니다.
answer-expired = 상품이 배송 완료되기 전에 { $carrier }의 배송 조회가 종료되었습니다. 상품의 위치를 확인할 수 있도록 판매자에게 문의해 주시기 바랍니다.
answer-cancelled = 이 배송은 상품이 발송되기 전에 취소되었습니다. 취소된 사실을 모르셨다면 판매자에게 문의해 주시기 바랍니다.
answer-pending = 판매자가 상품을 준비하고 있습니다. 배송업체가 상품을 인수하면 이곳에서 모든 배송 단계를 확인하실 수 있습니다.

## The estimated delivery

eta-label = 도착 예정일
eta-window = { $window } 도착 예정
eta-unknown = 도착 예정일이 아직 정해지지 않았습니다
eta-late = { $promised }까지 도착 예정이었으나, 현재 { $window } 도착 예정입니다
eta-late-unknown = { $promised }까지 도착 예정이었으나, 아직 새 도착일이 정해지지 않았습니다
eta-delivered = { $date } 배송 완료
eta-basis-carrier_promise = 배송업체가 약속한 도착일
eta-basis-carrier_estimate = 배송업체의 예상
eta-basis-lane_history = 이 경로의 평균 배송 기간

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = 배송업체에서 문제를 알려 왔습니다
exc-title-customs_dwell = 통관이 평소보다 오래 걸리고 있습니다
exc-title-silence = 한동안 배송업체의 업데이트가 없습니다
exc-title-failed_attempt = 상품을 배달하지 못했습니다
exc-title-returned = 판매자에게 반송 중입니다
exc-title-lost = 상품이 분실되었을 수 있습니다
exc-title-late = 약속된 날짜보다 늦어지고 있습니다
exc-title-expired = 배송 완료 없이 조회가 종료되었습니다
exc-title-never_scanned = 아직 배송업체에 인계되지 않았습니다
exc-title-awaiting_pickup = 상품 수령을 기다리고 있습니다

exc-why-customs_dwell =
    { $days ->
       *[other] 상품이 { $days }일째 세관에 머물러 있습니다. 보통은 { $min }~{ $max }일이 걸립니다.
    }
exc-why-silence =
    { $days ->
       *[other] { $carrier }에서 { $days }일 동안 상품 스캔 기록이 없습니다. 이 단계에서는 업데이트가 잠시 멈추는 경우가 많으며, 다음 스캔 때 다시 표시됩니다.
    }
exc-why-lost =
    { $days ->
       *[other] { $carrier }에서 { $days }일 동안 상품 스캔 기록이 없으며, 이는 평소보다 훨씬 긴 기간입니다.
    }
exc-why-late =
    { $when ->
        [window] 상품은 { $promised }까지 도착할 예정이었으며, 현재 { $window }에 도착할 예정입니다.
       *[none] 상품은 { $promised }까지 도착할 예정이었으나, 배송업체에서 아직 새 도착일을 알려 오지 않았습니다.
    }
exc-why-lost-reported = { $carrier }에서 상품이 분실되었다고 알려 왔습니다.
exc-why-expired = 배송 완료 기록이 없는 상태에서 { $carrier }의 배송 조회가 종료되었습니다.
exc-why-never_scanned =
    { $days ->
       *[other] 운송장은 { $days }일 전에 등록되었지만 { $carrier }에서 아직 상품을 스캔하지 않았습니다.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] 상품이 { $date }까지 { $point }에 보관됩니다.
               *[none] 상품이 { $point }에 보관되어 있습니다.
            }
       *[none]
            { $when ->
                [window] 상품이 { $date }까지 { $carrier } 픽업 장소에 보관됩니다.
               *[none] 상품이 { $carrier } 픽업 장소에 보관되어 있습니다.
            }
    }
exc-pickup-hours = 운영 시간: { $hours }
exc-why-returning = 상품이 판매자에게 반송되고 있습니다.
exc-why-returned = 상품이 판매자에게 반송되었습니다.
exc-why-failed-address_issue = 주소에 문제가 있어 { $carrier }에서 상품을 배달하지 못했습니다.
exc-why-failed-business_closed = 영업장이 문을 닫아 { $carrier }에서 상품을 배달하지 못했습니다.
exc-why-failed-refused = 수취가 거부되어 { $carrier }에서 상품을 전달하지 못했습니다.
exc-why-failed-other = { $carrier }에서 상품 배달을 시도했지만 받으실 분이 계시지 않았습니다.
exc-why-customs_delay = 세관에서 상품 통관이 평소보다 오래 걸리고 있습니다.
exc-why-customs_documents = 상품이 통관되려면 세관에 서류나 정보를 제출해야 합니다.
exc-why-duties_unpaid = 상품이 통관되려면 관세 또는 세금을 납부해야 합니다.
exc-why-prohibited = 세관에서 상품 내용물이 반입 금지 품목일 수 있다고 알려 왔습니다.
exc-why-customs_inspection = 세관에서 상품을 검사하고 있습니다.
exc-why-address_issue = { $carrier }에서 배송지 주소에 문제가 있다고 알려 왔습니다.
exc-why-damaged = { $carrier }에서 상품이 파손되었다고 알려 왔습니다.
exc-why-weather = 기상 악화로 상품 배송이 지연되고 있습니다.
exc-why-carrier_delay = { $carrier }에서 배송망에 지연이 발생했다고 알려 왔습니다.
exc-why-other = { $carrier }에서 상품에 문제가 있다고 알려 왔습니다.

action-none = 지금은 따로 하실 일이 없습니다. 판매자가 상황을 지켜보고 있습니다.
action-pay_duties = 배송업체 안내에 따라 관세 또는 세금을 납부해 주시기 바랍니다. 납부가 완료되면 상품이 통관됩니다.
action-provide_documents = 세관에서 요청한 정보를 제출하시거나 판매자에게 도움을 요청해 주시기 바랍니다.
action-confirm_address = 판매자에게 연락하여 배송지 주소를 확인해 주시기 바랍니다.
action-arrange_redelivery = { $carrier }에서 남긴 안내문을 참고하여 재배달 또는 직접 수령을 신청해 주시기 바랍니다.
action-collect =
    { $when ->
        [window] { $date }까지 신분증과 운송장 번호를 지참하여 수령해 주시기 바랍니다.
       *[none] 신분증과 운송장 번호를 지참하여 가급적 빨리 수령해 주시기 바랍니다.
    }
action-contact_store = 판매자에게 문의해 주시기 바랍니다. 판매자가 재배송 또는 환불을 도와드립니다.
action-wait_store = 지금은 따로 하실 일이 없습니다. 판매자가 배송업체에 보상을 청구할 수 있으며, 고객님께 연락드릴 예정입니다.

## Delivered, but not received

received-question = 상품을 받지 못하셨습니까?
received-help =
    { $where ->
        [place] { $carrier }의 기록에 따르면 상품은 { $date }에 { $place }에서 배송 완료되었습니다. 상품을 찾을 수 없으시면 이웃이나 경비실·안내 데스크에 먼저 확인하신 후, 판매자가 보상을 청구할 수 있도록 { $days }일 이내에 판매자에게 알려 주시기 바랍니다.
       *[none] { $carrier }의 기록에 따르면 상품은 { $date }에 배송 완료되었습니다. 상품을 찾을 수 없으시면 이웃이나 경비실·안내 데스크에 먼저 확인하신 후, 판매자가 보상을 청구할 수 있도록 { $days }일 이내에 판매자에게 알려 주시기 바랍니다.
    }

## The widget's own words

ui-history = 배송 조회 내역
ui-show_all = 업데이트 { $count }건 모두 보기
ui-show_less = 간략히 보기
ui-contact = 판매자에게 문의하기
ui-carrier_page = { $carrier } 웹사이트에서 조회하기
ui-parcel = 배송 { $total }건 중 { $n }번째
ui-progress = { $phase }: { $total }단계 중 { $n }단계
ui-now = 현재: { $phase }
ui-local_time = 스캔 지역 현지 시간: { $time }
ui-stale = 마지막 업데이트: { $time }. 현재 배송업체의 응답이 없어 최신 정보가 아닐 수 있습니다.
ui-no_events = 아직 배송업체의 업데이트가 없습니다.
ui-loading = 배송 정보를 불러오는 중입니다…
ui-error = 지금은 배송 조회를 이용할 수 없습니다. 잠시 후 다시 시도해 주시기 바랍니다.
ui-support-subject = 주문 { $order }: 상품 배송 문의

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier }에서 상품을 인수하여 배송을 시작했습니다.
    .short = 주문 { $order } 상품이 { $carrier }에서 배송 중입니다. 조회: { $link }
    .whatsapp = 주문 { $order } 상품이 { $carrier }에서 배송 중입니다. 배송 현황은 여기에서 확인하실 수 있습니다: { $link }
milestone-export_cleared = 상품이 수출 통관을 마쳤으며, 다음 단계로 항공편을 통해 배송지 국가로 운송됩니다.
    .short = 주문 { $order } 상품이 수출 통관을 마쳤습니다. 조회: { $link }
    .whatsapp = 주문 { $order } 상품이 수출 통관을 마쳤으며, 다음 단계로 항공편을 통해 배송지 국가로 운송됩니다. 배송 현황은 여기에서 확인하실 수 있습니다: { $link }
milestone-departed_origin_country = 상품이 출발 국가를 떠나 배송지 국가로 이동 중입니다.
    .short = 주문 { $order } 상품이 출발 국가를 떠났습니다. 조회: { $link }
    .whatsapp = 주문 { $order } 상품이 출발 국가를 떠나 배송지 국가로 이동 중입니다. 배송 현황은 여기에서 확인하실 수 있습니다: { $link }
milestone-arrived_destination_country = 상품이 국내에 도착했습니다.
    .short = 주문 { $order } 상품이 국내에 도착했습니다. 조회: { $link }
    .whatsapp = 주문 { $order } 상품이 국내에 도착했습니다. 배송 현황은 여기에서 확인하실 수 있습니다: { $link }
milestone-import_cleared = 상품이 통관을 마치고 국내 배송업체에 인계되었습니다.
    .short = 주문 { $order } 상품이 통관을 마쳤습니다. 조회: { $link }
    .whatsapp = 주문 { $order } 상품이 통관을 마치고 국내 배송업체에 인계되었습니다. 배송 현황은 여기에서 확인하실 수 있습니다: { $link }
milestone-available_for_pickup = 상품을 수령하실 수 있습니다.
    .short = 주문 { $order } 상품을 수령하실 수 있습니다. 상세: { $link }
    .whatsapp = 주문 { $order } 상품을 수령하실 수 있습니다. 수령 장소와 기한은 여기에서 확인하실 수 있습니다: { $link }
milestone-out_for_delivery = 상품이 오늘 배달될 예정입니다.
    .short = 주문 { $order } 상품이 오늘 배달될 예정입니다. 조회: { $link }
    .whatsapp = 주문 { $order } 상품이 오늘 배달될 예정입니다. 배송 현황은 여기에서 확인하실 수 있습니다: { $link }
milestone-delivered = 상품이 배송 완료되었습니다.
    .short = 주문 { $order } 상품이 배송 완료되었습니다. 미수령 시: { $link }
    .whatsapp = 주문 { $order } 상품이 배송 완료되었습니다. 받지 못하셨다면 여기에서 알려 주시기 바랍니다: { $link }
milestone-exception = 상품 배송에 확인이 필요합니다. 상황과 해결 방법을 확인해 주시기 바랍니다.
    .short = 주문 { $order } 상품 배송에 확인이 필요합니다. 상세: { $link }
    .whatsapp = 주문 { $order } 상품 배송에 확인이 필요합니다. 상황과 해결 방법은 여기에서 확인하실 수 있습니다: { $link }

exc-title-watch_ended = 상품 배송 조회를 종료했습니다
exc-why-watch_ended =
    { $days ->
       *[other] { $days }일 동안 상품의 배송을 조회했지만 배송 완료 기록이 없었습니다. 상품의 위치를 확인할 수 있도록 판매자에게 문의해 주시기 바랍니다.
    }
