# Waymark — the buyer's words, Chinese (Traditional). Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = 等待出貨
status-info_received = 已建立託運單
status-in_transit = 運送中
status-out_for_delivery = 配送中
status-available_for_pickup = 可取貨
status-failed_attempt = 配送未成功
status-delivered = 已送達
status-exception = 需要留意
status-returning_to_sender = 退回商店中
status-returned_to_sender = 已退回商店
status-expired = 追蹤已結束
status-cancelled = 已取消

## Phases of the cross-border path (labels on the progress bar)

phase-origin = 已出貨
phase-export_customs = 出口通關
phase-linehaul = 國際運送
phase-import_customs = 進口通關
phase-destination = 已抵達目的地國家
phase-last_mile = 配送
phase-return = 退回

## Reasons (labels)

reason-customs_delay = 通關延誤
reason-customs_documents = 海關要求補件
reason-duties_unpaid = 需繳納關稅或稅費
reason-prohibited = 物品不得進口
reason-customs_inspection = 海關查驗
reason-address_issue = 地址有問題
reason-recipient_unavailable = 無人收件
reason-business_closed = 收件地點未營業
reason-refused = 拒收
reason-damaged = 包裹破損
reason-lost = 包裹遺失
reason-weather = 天候因素延誤
reason-carrier_delay = 物流業者延誤
reason-returned = 已退回
reason-other = 其他問題

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = 物流業者已收件
event-in_transit-export_customs = 出口通關中
event-in_transit-linehaul = 國際運送中
event-in_transit-import_customs = 進口通關中
event-in_transit-destination = 目的地國家境內運送中
event-in_transit-last_mile = 已抵達您附近
event-in_transit-return = 退回途中

## Headlines: the parcel's state in a few words

headline-pending = 商店正在為您準備包裹
headline-info_received = 您的包裹託運單已建立
headline-in_transit = 您的包裹正在運送途中
headline-out_for_delivery = 您的包裹正在配送中
headline-available_for_pickup = 您的包裹已可取貨
headline-failed_attempt = 物流業者未能成功配送您的包裹
headline-delivered = 您的包裹已於{ $date }送達
headline-exception = 您的包裹需要您留意
headline-returning_to_sender = 您的包裹正在退回商店
headline-returned_to_sender = 您的包裹已退回商店
headline-expired = 包裹送達前追蹤已結束
headline-cancelled = 此貨件已取消
headline-late = 您的包裹晚於預期

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] 託運單已建立，但{ $carrier }尚未收到您的包裹；收件後，預計將於{ $window }送達。
       *[none] 託運單已建立，但{ $carrier }尚未收到您的包裹；收件後，您可以在這裡查看每一個配送進度。
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] 您的包裹已交由{ $carrier }運送，接下來將辦理出口通關，預計於{ $window }送達。
               *[none] 您的包裹已交由{ $carrier }運送，接下來將辦理出口通關，目前尚無法確定送達日期。
            }
       *[domestic]
            { $when ->
                [window] 您的包裹已交由{ $carrier }運送，正前往您所在的地區，預計於{ $window }送達。
               *[none] 您的包裹已交由{ $carrier }運送，正前往您所在的地區，目前尚無法確定送達日期。
            }
    }
answer-export_customs =
    { $when ->
        [window] 您的包裹正在辦理出口通關，之後將空運至您所在的國家，預計於{ $window }送達。
       *[none] 您的包裹正在辦理出口通關，之後將空運至您所在的國家，目前尚無法確定送達日期。
    }
answer-linehaul =
    { $when ->
        [window] 您的包裹正在國際運送途中，接下來將辦理進口通關，預計於{ $window }送達。
       *[none] 您的包裹正在國際運送途中，接下來將辦理進口通關，目前尚無法確定送達日期。
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹正在{ $country }辦理進口通關，之後將轉交當地物流業者配送，預計於{ $window }送達。
               *[none] 您的包裹正在{ $country }辦理進口通關，之後將轉交當地物流業者配送，目前尚無法確定送達日期。
            }
       *[none]
            { $when ->
                [window] 您的包裹正在辦理進口通關，之後將轉交當地物流業者配送，預計於{ $window }送達。
               *[none] 您的包裹正在辦理進口通關，之後將轉交當地物流業者配送，目前尚無法確定送達日期。
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹目前在{ $place }，正前往您的收件地址，預計於{ $window }送達。
               *[none] 您的包裹目前在{ $place }，正前往您的收件地址，目前尚無法確定送達日期。
            }
       *[none]
            { $when ->
                [window] 您的包裹已抵達您所在的國家，正前往您的收件地址，預計於{ $window }送達。
               *[none] 您的包裹已抵達您所在的國家，正前往您的收件地址，目前尚無法確定送達日期。
            }
    }
answer-in_transit =
    { $when ->
        [window] 您的包裹正由{ $carrier }運送中，預計於{ $window }送達。
       *[none] 您的包裹正由{ $carrier }運送中，目前尚無法確定送達日期。
    }
answer-out_for_delivery =
    { $where ->
        [place] 您的包裹正在{ $place }配送中，預計今天送達，您不需要做任何處理。
       *[none] 您的包裹正在配送中，預計今天送達，您不需要做任何處理。
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹已送達{ $point }，請於{ $date }前攜帶身分證件及追蹤編號前往取貨。
               *[none] 您的包裹已送達{ $point }，請盡快攜帶身分證件及追蹤編號前往取貨。
            }
       *[none]
            { $when ->
                [window] 您的包裹已送達{ $carrier }取貨點，請於{ $date }前攜帶身分證件及追蹤編號前往取貨。
               *[none] 您的包裹已送達{ $carrier }取貨點，請盡快攜帶身分證件及追蹤編號前往取貨。
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier }未能在{ $place }成功配送您的包裹；請依照物流業者留下的通知單，預約再次配送或自行取貨。
       *[none] { $carrier }未能成功配送您的包裹；請依照物流業者留下的通知單，預約再次配送或自行取貨。
    }
answer-delivered =
    { $where ->
        [place] 您的包裹已於{ $date }在{ $place }送達；如果找不到包裹，請告知商店。
       *[none] 您的包裹已於{ $date }送達；如果找不到包裹，請告知商店。
    }
answer-pay_duties =
    { $where ->
        [place] 您的包裹目前由{ $country }海關暫扣，須繳納關稅或稅費後才能放行；請依照物流業者通知的方式繳納，繳納完成後包裹即可放行。
       *[none] 您的包裹目前由海關暫扣，須繳納關稅或稅費後才能放行；請依照物流業者通知的方式繳納，繳納完成後包裹即可放行。
    }
answer-provide_documents =
    { $where ->
        [place] { $country }海關需要更多資料才能放行您的包裹；請回覆物流業者的要求，或聯絡商店協助處理。
       *[none] 海關需要更多資料才能放行您的包裹；請回覆物流業者的要求，或聯絡商店協助處理。
    }
answer-confirm_address = { $carrier }回報收件地址有問題；請聯絡商店確認地址，以便順利送達包裹。
answer-late =
    { $when ->
        [window] 您的包裹原定於{ $promised }前送達，目前已延誤；現在預計於{ $window }送達，商店也已收到通知。
       *[none] 您的包裹原定於{ $promised }前送達，目前已延誤；物流業者尚未提供新的送達日期，商店也已收到通知。
    }
answer-lost = { $carrier }已有{ $days }天未更新您包裹的配送資訊，包裹可能已遺失；商店可以向物流業者提出理賠申請。
answer-lost-reported = { $carrier }回報您的包裹已遺失；商店可以向物流業者提出理賠申請，並會與您聯絡。
answer-never_scanned = 託運單已於{ $days }天前建立，但{ $carrier }仍未收到包裹；商店已收到通知。
answer-returning = 您的包裹正在退回商店；請聯絡商店安排重新出貨或退款。
answer-returned = 您的包裹已退回商店；請聯絡商店安排重新出貨或退款。
answer-expired = { $carrier }在包裹送達前已停止追蹤；請聯絡商店，讓商店協助查明包裹的下落。
answer-cancelled = 此貨件在包裹寄出前已取消；如果您並不知情，請聯絡商店。
answer-pending = 商店正在為您準備包裹；物流業者收件後，您可以在這裡查看每一個配送進度。

## The estimated delivery

eta-label = 預計送達
eta-window = 預計於{ $window }送達
eta-unknown = 目前尚無法確定送達日期
eta-late = 原定於{ $promised }前送達；現在預計於{ $window }送達
eta-late-unknown = 原定於{ $promised }前送達；尚無新的送達日期
eta-delivered = 已於{ $date }送達
eta-basis-carrier_promise = 物流業者承諾的送達時間
eta-basis-carrier_estimate = 物流業者的預估
eta-basis-lane_history = 此路線的一般運送時間

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = 物流業者回報了問題
exc-title-customs_dwell = 在海關停留的時間比平常久
exc-title-silence = 物流業者已有一段時間沒有更新
exc-title-failed_attempt = 配送未成功
exc-title-returned = 正在退回商店
exc-title-lost = 包裹可能已遺失
exc-title-late = 晚於承諾時間
exc-title-expired = 追蹤已結束，包裹未送達
exc-title-never_scanned = 尚未交給物流業者
exc-title-awaiting_pickup = 等待您前往取貨

exc-why-customs_dwell =
    { $days ->
       *[other] 您的包裹已在海關停留{ $days }天，而一般只需要{ $min }至{ $max }天。
    }
exc-why-silence =
    { $days ->
       *[other] { $carrier }已有{ $days }天未更新您包裹的配送資訊；包裹在這個階段常會暫時沒有動態，下一次掃描時就會再次顯示。
    }
exc-why-lost =
    { $days ->
       *[other] { $carrier }已有{ $days }天未更新您包裹的配送資訊，遠遠超過一般時間。
    }
exc-why-late =
    { $when ->
        [window] 您的包裹原定於{ $promised }前送達，現在預計於{ $window }送達。
       *[none] 您的包裹原定於{ $promised }前送達，物流業者尚未提供新的送達日期。
    }
exc-why-lost-reported = { $carrier }回報您的包裹已遺失。
exc-why-expired = 在記錄到送達之前，{ $carrier }已停止追蹤您的包裹。
exc-why-never_scanned =
    { $days ->
       *[other] 託運單已於{ $days }天前建立，但{ $carrier }尚未掃描這件包裹。
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹存放在{ $point }，保留至{ $date }。
               *[none] 您的包裹存放在{ $point }。
            }
       *[none]
            { $when ->
                [window] 您的包裹存放在{ $carrier }取貨點，保留至{ $date }。
               *[none] 您的包裹存放在{ $carrier }取貨點。
            }
    }
exc-pickup-hours = 營業時間：{ $hours }
exc-why-returning = 包裹正在退回商店。
exc-why-returned = 包裹已退回商店。
exc-why-failed-address_issue = 由於地址有問題，{ $carrier }未能配送您的包裹。
exc-why-failed-business_closed = 由於收件地點未營業，{ $carrier }未能配送您的包裹。
exc-why-failed-refused = 包裹遭到拒收，{ $carrier }無法完成交付。
exc-why-failed-other = { $carrier }曾嘗試配送您的包裹，但當時無人收件。
exc-why-customs_delay = 海關放行您的包裹所需的時間比平常久。
exc-why-customs_documents = 海關需要相關文件或資料後才能放行您的包裹。
exc-why-duties_unpaid = 須先繳納關稅或稅費，海關才會放行您的包裹。
exc-why-prohibited = 海關回報包裹內的物品可能不得進口。
exc-why-customs_inspection = 海關正在查驗您的包裹。
exc-why-address_issue = { $carrier }回報收件地址有問題。
exc-why-damaged = { $carrier }回報您的包裹已破損。
exc-why-weather = 惡劣天候導致您的包裹延誤。
exc-why-carrier_delay = { $carrier }回報其運送網路發生延誤。
exc-why-other = { $carrier }回報您的包裹發生問題。

action-none = 目前您不需要做任何處理，商店會持續關注。
action-pay_duties = 請依照物流業者通知的方式繳納關稅或稅費，繳納完成後包裹即可放行。
action-provide_documents = 請提供海關要求的資料，或聯絡商店協助處理。
action-confirm_address = 請聯絡商店確認您的收件地址。
action-arrange_redelivery = 請依照{ $carrier }留下的通知單，預約再次配送或自行取貨。
action-collect =
    { $when ->
        [window] 請於{ $date }前攜帶身分證件及追蹤編號取貨。
       *[none] 請盡快攜帶身分證件及追蹤編號取貨。
    }
action-contact_store = 請聯絡商店，商店會為您安排重新出貨或退款。
action-wait_store = 目前您不需要做任何處理；商店可以向物流業者提出理賠申請，並會與您聯絡。

## Delivered, but not received

received-question = 沒有收到包裹？
received-help =
    { $where ->
        [place] { $carrier }的紀錄顯示，包裹已於{ $date }在{ $place }送達。如果找不到包裹，請先詢問鄰居或管理室，再於{ $days }天內告知商店，以便商店提出理賠申請。
       *[none] { $carrier }的紀錄顯示，包裹已於{ $date }送達。如果找不到包裹，請先詢問鄰居或管理室，再於{ $days }天內告知商店，以便商店提出理賠申請。
    }

## The widget's own words

ui-history = 配送紀錄
ui-show_all = 顯示全部{ $count }筆更新
ui-show_less = 收合部分更新
ui-contact = 聯絡商店
ui-carrier_page = 前往{ $carrier }網站查詢
ui-parcel = 第{ $n }件包裹，共{ $total }件
ui-progress = { $phase }：第{ $n }步，共{ $total }步
ui-now = 目前：{ $phase }
ui-local_time = 掃描地當地時間：{ $time }
ui-stale = 最後更新於{ $time }；物流業者目前沒有回應，資訊可能不是最新的。
ui-no_events = 物流業者尚無更新。
ui-loading = 正在載入配送資訊……
ui-error = 目前無法查詢配送資訊，請稍後再試。
ui-support-subject = 訂單{ $order }：包裹相關問題

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier }已收取您的包裹，包裹正在運送途中。
    .short = 您的訂單{ $order }已由{ $carrier }寄出，查看進度：{ $link }
    .whatsapp = 您的訂單{ $order }已由{ $carrier }寄出，正在運送途中。點此查看配送進度：{ $link }
milestone-export_cleared = 您的包裹已完成出口通關，接下來將空運至您所在的國家。
    .short = 訂單{ $order }已完成出口通關，查看進度：{ $link }
    .whatsapp = 您的訂單{ $order }已完成出口通關，接下來將空運至您所在的國家。點此查看配送進度：{ $link }
milestone-departed_origin_country = 您的包裹已離開寄件國家，正運往您所在的國家。
    .short = 訂單{ $order }已離開寄件國家，查看進度：{ $link }
    .whatsapp = 您的訂單{ $order }已離開寄件國家，正運往您所在的國家。點此查看配送進度：{ $link }
milestone-arrived_destination_country = 您的包裹已抵達您所在的國家。
    .short = 訂單{ $order }已抵達您所在的國家，查看進度：{ $link }
    .whatsapp = 您的訂單{ $order }已抵達您所在的國家。點此查看配送進度：{ $link }
milestone-import_cleared = 您的包裹已完成通關，並已轉交當地物流業者。
    .short = 訂單{ $order }已完成通關，查看進度：{ $link }
    .whatsapp = 您的訂單{ $order }已完成通關，並已轉交當地物流業者。點此查看配送進度：{ $link }
milestone-available_for_pickup = 您的包裹已可取貨。
    .short = 訂單{ $order }已可取貨，詳情：{ $link }
    .whatsapp = 您的訂單{ $order }已可取貨。取貨地點與期限請見：{ $link }
milestone-out_for_delivery = 您的包裹正在配送中，預計今天送達。
    .short = 訂單{ $order }配送中，預計今天送達：{ $link }
    .whatsapp = 您的訂單{ $order }正在配送中，預計今天送達。點此查看配送進度：{ $link }
milestone-delivered = 您的包裹已送達。
    .short = 訂單{ $order }已送達。沒有收到？{ $link }
    .whatsapp = 您的訂單{ $order }已送達。如果沒有收到，請在這裡告訴我們：{ $link }
milestone-exception = 您的包裹需要您留意，請查看發生了什麼事以及可以如何處理。
    .short = 訂單{ $order }需要您留意，詳情：{ $link }
    .whatsapp = 您的訂單{ $order }需要您留意。查看發生了什麼事以及處理方式：{ $link }

exc-title-watch_ended = 我們已停止追蹤您的包裹
exc-why-watch_ended =
    { $days ->
       *[other] 我們追蹤了您的包裹{ $days }天，期間沒有送達紀錄；請聯絡商店，讓商店協助查明包裹的下落。
    }
