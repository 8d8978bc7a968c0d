# Waymark — the buyer's words, Chinese (Simplified). Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = 等待发货
status-info_received = 运单已生成
status-in_transit = 运输中
status-out_for_delivery = 派送中
status-available_for_pickup = 待取件
status-failed_attempt = 派送未成功
status-delivered = 已送达
status-exception = 需要关注
status-returning_to_sender = 正在退回商家
status-returned_to_sender = 已退回商家
status-expired = 跟踪已结束
status-cancelled = 已取消

## Phases of the cross-border path (labels on the progress bar)

phase-origin = 已发货
phase-export_customs = 出口清关
phase-linehaul = 国际运输
phase-import_customs = 进口清关
phase-destination = 已到达目的国
phase-last_mile = 派送
phase-return = 退回

## Reasons (labels)

reason-customs_delay = 清关延误
reason-customs_documents = 海关要求补充资料
reason-duties_unpaid = 需缴纳关税或税费
reason-prohibited = 物品不允许入境
reason-customs_inspection = 海关查验
reason-address_issue = 地址有问题
reason-recipient_unavailable = 无人签收
reason-business_closed = 收件单位未营业
reason-refused = 拒收
reason-damaged = 包裹破损
reason-lost = 包裹丢失
reason-weather = 天气原因延误
reason-carrier_delay = 物流公司延误
reason-returned = 已退回
reason-other = 其他问题

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = 物流公司已揽收
event-in_transit-export_customs = 出口清关中
event-in_transit-linehaul = 国际运输中
event-in_transit-import_customs = 进口清关中
event-in_transit-destination = 目的国境内运输中
event-in_transit-last_mile = 已到达您附近
event-in_transit-return = 退回途中

## Headlines: the parcel's state in a few words

headline-pending = 商家正在为您准备包裹
headline-info_received = 您的包裹运单已生成
headline-in_transit = 您的包裹正在运输途中
headline-out_for_delivery = 您的包裹正在派送中
headline-available_for_pickup = 您的包裹已可取件
headline-failed_attempt = 物流公司未能成功派送您的包裹
headline-delivered = 您的包裹已于{ $date }送达
headline-exception = 您的包裹需要您留意
headline-returning_to_sender = 您的包裹正在退回商家
headline-returned_to_sender = 您的包裹已退回商家
headline-expired = 包裹送达前物流跟踪已结束
headline-cancelled = 此运单已取消
headline-late = 您的包裹晚于预期

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] 运单已生成，但{ $carrier }尚未收到您的包裹；揽收后，预计{ $window }送达。
       *[none] 运单已生成，但{ $carrier }尚未收到您的包裹；揽收后，您可以在此查看每一步物流进度。
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] 您的包裹已交由{ $carrier }承运，接下来将办理出口清关，预计{ $window }送达。
               *[none] 您的包裹已交由{ $carrier }承运，接下来将办理出口清关，送达日期暂未确定。
            }
       *[domestic]
            { $when ->
                [window] 您的包裹已交由{ $carrier }承运，正在发往您所在的地区，预计{ $window }送达。
               *[none] 您的包裹已交由{ $carrier }承运，正在发往您所在的地区，送达日期暂未确定。
            }
    }
answer-export_customs =
    { $when ->
        [window] 您的包裹正在办理出口清关，之后将空运至您所在的国家，预计{ $window }送达。
       *[none] 您的包裹正在办理出口清关，之后将空运至您所在的国家，送达日期暂未确定。
    }
answer-linehaul =
    { $when ->
        [window] 您的包裹正在国际运输途中，接下来将办理进口清关，预计{ $window }送达。
       *[none] 您的包裹正在国际运输途中，接下来将办理进口清关，送达日期暂未确定。
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹正在{ $country }办理进口清关，之后将转交当地物流公司派送，预计{ $window }送达。
               *[none] 您的包裹正在{ $country }办理进口清关，之后将转交当地物流公司派送，送达日期暂未确定。
            }
       *[none]
            { $when ->
                [window] 您的包裹正在办理进口清关，之后将转交当地物流公司派送，预计{ $window }送达。
               *[none] 您的包裹正在办理进口清关，之后将转交当地物流公司派送，送达日期暂未确定。
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹目前在{ $place }，正在发往您的收货地址，预计{ $window }送达。
               *[none] 您的包裹目前在{ $place }，正在发往您的收货地址，送达日期暂未确定。
            }
       *[none]
            { $when ->
                [window] 您的包裹已到达您所在的国家，正在发往您的收货地址，预计{ $window }送达。
               *[none] 您的包裹已到达您所在的国家，正在发往您的收货地址，送达日期暂未确定。
            }
    }
answer-in_transit =
    { $when ->
        [window] 您的包裹正由{ $carrier }运送，预计{ $window }送达。
       *[none] 您的包裹正由{ $carrier }运送，送达日期暂未确定。
    }
answer-out_for_delivery =
    { $where ->
        [place] 您的包裹正在{ $place }派送，预计今天送达，您无需进行任何操作。
       *[none] 您的包裹正在派送中，预计今天送达，您无需进行任何操作。
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] 您的包裹已存放在{ $point }，请于{ $date }前携带身份证件和运单号前往取件。
               *[none] 您的包裹已存放在{ $point }，请尽快携带身份证件和运单号前往取件。
            }
       *[none]
            { $when ->
                [window] 您的包裹已存放在{ $carrier }自提点，请于{ $date }前携带身份证件和运单号前往取件。
               *[none] 您的包裹已存放在{ $carrier }自提点，请尽快携带身份证件和运单号前往取件。
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier }未能在{ $place }成功派送您的包裹；请根据物流公司留下的通知单，预约再次派送或自行取件。
       *[none] { $carrier }未能成功派送您的包裹；请根据物流公司留下的通知单，预约再次派送或自行取件。
    }
answer-delivered =
    { $where ->
        [place] 您的包裹已于{ $date }在{ $place }送达；如未找到包裹，请告知商家。
       *[none] 您的包裹已于{ $date }送达；如未找到包裹，请告知商家。
    }
answer-pay_duties =
    { $where ->
        [place] 您的包裹正被{ $country }海关扣留，需缴纳关税或税费后才能放行；请按物流公司通知的要求缴纳，缴纳后包裹即可放行。
       *[none] 您的包裹正被海关扣留，需缴纳关税或税费后才能放行；请按物流公司通知的要求缴纳，缴纳后包裹即可放行。
    }
answer-provide_documents =
    { $where ->
        [place] { $country }海关需要更多信息才能放行您的包裹；请回复物流公司的要求，或联系商家寻求帮助。
       *[none] 海关需要更多信息才能放行您的包裹；请回复物流公司的要求，或联系商家寻求帮助。
    }
answer-confirm_address = { $carrier }反馈收货地址有问题；请联系商家确认地址，以便包裹顺利送达。
answer-late =
    { $when ->
        [window] 您的包裹原定于{ $promised }前送达，目前已延误；现预计{ $window }送达，商家已知悉此情况。
       *[none] 您的包裹原定于{ $promised }前送达，目前已延误；物流公司尚未给出新的送达日期，商家已知悉此情况。
    }
answer-lost = { $carrier }已有{ $days }天未更新您包裹的物流信息，包裹可能已丢失；商家可以向物流公司提出索赔。
answer-lost-reported = { $carrier }反馈您的包裹已丢失；商家可以向物流公司提出索赔，并会与您联系。
answer-never_scanned = 运单已于{ $days }天前生成，但{ $carrier }仍未收到包裹；商家已知悉此情况。
answer-returning = 您的包裹正在退回商家；请联系商家安排重新发货或退款。
answer-returned = 您的包裹已退回商家；请联系商家安排重新发货或退款。
answer-expired = { $carrier }在包裹送达前已停止跟踪；请联系商家，以便商家查明包裹的下落。
answer-cancelled = 此运单在包裹发出前已取消；如果您并不知情，请联系商家。
answer-pending = 商家正在为您准备包裹；物流公司揽收后，您可以在此查看每一步物流进度。

## The estimated delivery

eta-label = 预计送达
eta-window = 预计{ $window }送达
eta-unknown = 送达日期暂未确定
eta-late = 原定{ $promised }前送达；现预计{ $window }送达
eta-late-unknown = 原定{ $promised }前送达；暂无新的送达日期
eta-delivered = 已于{ $date }送达
eta-basis-carrier_promise = 物流公司承诺的送达时间
eta-basis-carrier_estimate = 物流公司的预估
eta-basis-lane_history = 该线路的常规时效

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = 物流公司反馈了问题
exc-title-customs_dwell = 海关滞留时间长于平常
exc-title-silence = 物流公司已有一段时间未更新
exc-title-failed_attempt = 派送未成功
exc-title-returned = 正在退回商家
exc-title-lost = 包裹可能已丢失
exc-title-late = 晚于承诺时间
exc-title-expired = 跟踪已结束，包裹未送达
exc-title-never_scanned = 尚未交给物流公司
exc-title-awaiting_pickup = 等待您取件

exc-why-customs_dwell =
    { $days ->
       *[other] 您的包裹已在海关滞留{ $days }天，而通常只需{ $min }至{ $max }天。
    }
exc-why-silence =
    { $days ->
       *[other] { $carrier }已有{ $days }天未更新您包裹的物流信息；包裹在这一阶段常会暂时没有动态，下一次扫描时就会重新显示。
    }
exc-why-lost =
    { $days ->
       *[other] { $carrier }已有{ $days }天未更新您包裹的物流信息，远超正常时间。
    }
exc-why-late =
    { $when ->
        [window] 您的包裹原定于{ $promised }前送达，现预计{ $window }送达。
       *[none] 您的包裹原定于{ $promised }前送达，物流公司尚未给出新的送达日期。
    }
exc-why-lost-reported = { $carrier }反馈您的包裹已丢失。
exc-why-expired = 在记录到送达之前，{ $carrier }已停止跟踪您的包裹。
exc-why-never_scanned =
    { $days ->
       *[other] 运单已于{ $days }天前生成，但{ $carrier }尚未扫描该包裹。
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
                [window] 您的包裹存放在{ $carrier }自提点，保留至{ $date }。
               *[none] 您的包裹存放在{ $carrier }自提点。
            }
    }
exc-pickup-hours = 营业时间：{ $hours }
exc-why-returning = 包裹正在退回商家。
exc-why-returned = 包裹已退回商家。
exc-why-failed-address_issue = 由于地址有问题，{ $carrier }未能派送您的包裹。
exc-why-failed-business_closed = 由于收件单位未营业，{ $carrier }未能派送您的包裹。
exc-why-failed-refused = 包裹被拒收，{ $carrier }未能完成交付。
exc-why-failed-other = { $carrier }曾尝试派送您的包裹，但当时无人签收。
exc-why-customs_delay = 海关放行您的包裹所需的时间比平常长。
exc-why-customs_documents = 海关需要相关文件或信息后才能放行您的包裹。
exc-why-duties_unpaid = 需先缴纳关税或税费，海关才会放行您的包裹。
exc-why-prohibited = 海关反馈包裹内的物品可能不允许入境。
exc-why-customs_inspection = 海关正在查验您的包裹。
exc-why-address_issue = { $carrier }反馈收货地址有问题。
exc-why-damaged = { $carrier }反馈您的包裹已破损。
exc-why-weather = 恶劣天气导致您的包裹延误。
exc-why-carrier_delay = { $carrier }反馈其运输网络出现延误。
exc-why-other = { $carrier }反馈您的包裹出现了问题。

action-none = 目前您无需任何操作，商家会持续关注。
action-pay_duties = 请按物流公司通知的要求缴纳关税或税费，缴纳后包裹即可放行。
action-provide_documents = 请提交海关要求的信息，或联系商家寻求帮助。
action-confirm_address = 请联系商家确认您的收货地址。
action-arrange_redelivery = 请根据{ $carrier }留下的通知单，预约再次派送或自行取件。
action-collect =
    { $when ->
        [window] 请于{ $date }前携带身份证件和运单号取件。
       *[none] 请尽快携带身份证件和运单号取件。
    }
action-contact_store = 请联系商家，商家会为您安排重新发货或退款。
action-wait_store = 目前您无需任何操作；商家可以向物流公司提出索赔，并会与您联系。

## Delivered, but not received

received-question = 没有收到包裹？
received-help =
    { $where ->
        [place] { $carrier }记录显示，包裹已于{ $date }在{ $place }送达。如果您找不到包裹，请先向邻居或前台询问，然后在{ $days }天内告知商家，以便商家提出索赔。
       *[none] { $carrier }记录显示，包裹已于{ $date }送达。如果您找不到包裹，请先向邻居或前台询问，然后在{ $days }天内告知商家，以便商家提出索赔。
    }

## The widget's own words

ui-history = 物流跟踪记录
ui-show_all = 显示全部{ $count }条更新
ui-show_less = 收起部分更新
ui-contact = 联系商家
ui-carrier_page = 前往{ $carrier }官网查询
ui-parcel = 第{ $n }个包裹，共{ $total }个
ui-progress = { $phase }：第{ $n }步，共{ $total }步
ui-now = 当前：{ $phase }
ui-local_time = 扫描地当地时间：{ $time }
ui-stale = 最后更新于{ $time }；物流公司暂时无响应，信息可能不是最新的。
ui-no_events = 物流公司暂无更新。
ui-loading = 正在加载物流信息……
ui-error = 暂时无法查询物流信息，请稍后再试。
ui-support-subject = 订单{ $order }：包裹相关咨询

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier }已揽收您的包裹，包裹正在运输途中。
    .short = 您的订单{ $order }已由{ $carrier }发出，查看物流：{ $link }
    .whatsapp = 您的订单{ $order }已由{ $carrier }发出，正在运输途中。点击此处查看物流：{ $link }
milestone-export_cleared = 您的包裹已完成出口清关，接下来将空运至您所在的国家。
    .short = 订单{ $order }已完成出口清关，查看物流：{ $link }
    .whatsapp = 您的订单{ $order }已完成出口清关，接下来将空运至您所在的国家。点击此处查看物流：{ $link }
milestone-departed_origin_country = 您的包裹已离开始发国，正在运往您所在的国家。
    .short = 订单{ $order }已离开始发国，查看物流：{ $link }
    .whatsapp = 您的订单{ $order }已离开始发国，正在运往您所在的国家。点击此处查看物流：{ $link }
milestone-arrived_destination_country = 您的包裹已到达您所在的国家。
    .short = 订单{ $order }已到达您所在的国家，查看物流：{ $link }
    .whatsapp = 您的订单{ $order }已到达您所在的国家。点击此处查看物流：{ $link }
milestone-import_cleared = 您的包裹已完成清关，并已转交当地物流公司。
    .short = 订单{ $order }已完成清关，查看物流：{ $link }
    .whatsapp = 您的订单{ $order }已完成清关，并已转交当地物流公司。点击此处查看物流：{ $link }
milestone-available_for_pickup = 您的包裹已可取件。
    .short = 订单{ $order }已可取件，详情：{ $link }
    .whatsapp = 您的订单{ $order }已可取件。取件地点和截止时间请见：{ $link }
milestone-out_for_delivery = 您的包裹正在派送，预计今天送达。
    .short = 订单{ $order }正在派送，预计今天送达：{ $link }
    .whatsapp = 您的订单{ $order }正在派送，预计今天送达。点击此处查看物流：{ $link }
milestone-delivered = 您的包裹已送达。
    .short = 订单{ $order }已送达。没有收到？{ $link }
    .whatsapp = 您的订单{ $order }已送达。如果没有收到，请在此告诉我们：{ $link }
milestone-exception = 您的包裹需要您留意，请查看具体情况及处理方法。
    .short = 订单{ $order }需要您留意，详情：{ $link }
    .whatsapp = 您的订单{ $order }需要您留意。查看具体情况及处理方法：{ $link }

exc-title-watch_ended = 我们已停止跟踪您的包裹
exc-why-watch_ended =
    { $days ->
       *[other] 我们跟踪了您的包裹{ $days }天，期间没有送达记录；请联系商家，以便商家查明包裹的下落。
    }
