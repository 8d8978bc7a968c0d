# Waymark — the buyer's words, Vietnamese. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Chờ gửi hàng
status-info_received = Đã tạo vận đơn
status-in_transit = Đang vận chuyển
status-out_for_delivery = Đang giao hàng
status-available_for_pickup = Sẵn sàng để nhận
status-failed_attempt = Giao hàng không thành công
status-delivered = Đã giao hàng
status-exception = Cần chú ý
status-returning_to_sender = Đang hoàn về cửa hàng
status-returned_to_sender = Đã hoàn về cửa hàng
status-expired = Đã ngừng theo dõi
status-cancelled = Đã hủy

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Đã gửi hàng
phase-export_customs = Hải quan xuất khẩu
phase-linehaul = Vận chuyển quốc tế
phase-import_customs = Hải quan nhập khẩu
phase-destination = Đã đến nước bạn
phase-last_mile = Giao hàng
phase-return = Hoàn hàng

## Reasons (labels)

reason-customs_delay = Chậm trễ tại hải quan
reason-customs_documents = Hải quan yêu cầu giấy tờ
reason-duties_unpaid = Cần nộp thuế hoặc phí
reason-prohibited = Hàng hóa không được phép nhập khẩu
reason-customs_inspection = Hải quan kiểm tra
reason-address_issue = Vấn đề về địa chỉ
reason-recipient_unavailable = Không có người nhận hàng
reason-business_closed = Địa điểm nhận hàng đóng cửa
reason-refused = Từ chối nhận hàng
reason-damaged = Hàng bị hư hỏng
reason-lost = Hàng bị thất lạc
reason-weather = Chậm trễ do thời tiết
reason-carrier_delay = Đơn vị vận chuyển chậm trễ
reason-returned = Đã hoàn trả
reason-other = Vấn đề khác

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Đơn vị vận chuyển đã nhận hàng
event-in_transit-export_customs = Đang làm thủ tục hải quan xuất khẩu
event-in_transit-linehaul = Đang vận chuyển quốc tế
event-in_transit-import_customs = Đang làm thủ tục hải quan nhập khẩu
event-in_transit-destination = Đang vận chuyển trong nước
event-in_transit-last_mile = Sắp đến chỗ bạn
event-in_transit-return = Đang hoàn về

## Headlines: the parcel's state in a few words

headline-pending = Cửa hàng đang chuẩn bị kiện hàng của bạn
headline-info_received = Vận đơn cho kiện hàng của bạn đã được tạo
headline-in_transit = Kiện hàng của bạn đang trên đường vận chuyển
headline-out_for_delivery = Kiện hàng của bạn đang được giao
headline-available_for_pickup = Kiện hàng của bạn đã sẵn sàng để nhận
headline-failed_attempt = Đơn vị vận chuyển chưa giao được kiện hàng của bạn
headline-delivered = Kiện hàng của bạn đã được giao vào ngày { $date }
headline-exception = Kiện hàng của bạn cần được chú ý
headline-returning_to_sender = Kiện hàng của bạn đang được hoàn về cửa hàng
headline-returned_to_sender = Kiện hàng của bạn đã được hoàn về cửa hàng
headline-expired = Việc theo dõi đã kết thúc trước khi hàng được giao
headline-cancelled = Đơn vận chuyển này đã bị hủy
headline-late = Kiện hàng của bạn đang bị chậm

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Vận đơn đã được tạo nhưng { $carrier } chưa nhận kiện hàng của bạn; sau khi nhận hàng, dự kiến hàng sẽ đến vào ngày { $window }.
       *[none] Vận đơn đã được tạo nhưng { $carrier } chưa nhận kiện hàng của bạn; sau khi nhận hàng, bạn có thể theo dõi từng bước vận chuyển tại đây.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Kiện hàng của bạn đã được giao cho { $carrier } và sẽ làm thủ tục hải quan xuất khẩu tiếp theo; dự kiến hàng sẽ đến vào ngày { $window }.
               *[none] Kiện hàng của bạn đã được giao cho { $carrier } và sẽ làm thủ tục hải quan xuất khẩu tiếp theo; hiện chưa có ngày giao dự kiến.
            }
       *[domestic]
            { $when ->
                [window] Kiện hàng của bạn đã được giao cho { $carrier } và đang được chuyển đến khu vực của bạn; dự kiến hàng sẽ đến vào ngày { $window }.
               *[none] Kiện hàng của bạn đã được giao cho { $carrier } và đang được chuyển đến khu vực của bạn; hiện chưa có ngày giao dự kiến.
            }
    }
answer-export_customs =
    { $when ->
        [window] Kiện hàng của bạn đang làm thủ tục hải quan xuất khẩu, sau đó sẽ được chuyển bằng đường hàng không đến nước bạn; dự kiến hàng sẽ đến vào ngày { $window }.
       *[none] Kiện hàng của bạn đang làm thủ tục hải quan xuất khẩu, sau đó sẽ được chuyển bằng đường hàng không đến nước bạn; hiện chưa có ngày giao dự kiến.
    }
answer-linehaul =
    { $when ->
        [window] Kiện hàng của bạn đang được vận chuyển quốc tế và sẽ làm thủ tục hải quan nhập khẩu tiếp theo; dự kiến hàng sẽ đến vào ngày { $window }.
       *[none] Kiện hàng của bạn đang được vận chuyển quốc tế và sẽ làm thủ tục hải quan nhập khẩu tiếp theo; hiện chưa có ngày giao dự kiến.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Kiện hàng của bạn đang làm thủ tục hải quan nhập khẩu tại { $country }, sau đó sẽ được chuyển cho đơn vị vận chuyển nội địa; dự kiến hàng sẽ đến vào ngày { $window }.
               *[none] Kiện hàng của bạn đang làm thủ tục hải quan nhập khẩu tại { $country }, sau đó sẽ được chuyển cho đơn vị vận chuyển nội địa; hiện chưa có ngày giao dự kiến.
            }
       *[none]
            { $when ->
                [window] Kiện hàng của bạn đang làm thủ tục hải quan nhập khẩu, sau đó sẽ được chuyển cho đơn vị vận chuyển nội địa; dự kiến hàng sẽ đến vào ngày { $window }.
               *[none] Kiện hàng của bạn đang làm thủ tục hải quan nhập khẩu, sau đó sẽ được chuyển cho đơn vị vận chuyển nội địa; hiện chưa có ngày giao dự kiến.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Kiện hàng của bạn đang ở { $place } và đang được chuyển đến địa chỉ của bạn; dự kiến hàng sẽ đến vào ngày { $window }.
               *[none] Kiện hàng của bạn đang ở { $place } và đang được chuyển đến địa chỉ của bạn; hiện chưa có ngày giao dự kiến.
            }
       *[none]
            { $when ->
                [window] Kiện hàng của bạn đã đến nước bạn và đang được chuyển đến địa chỉ của bạn; dự kiến hàng sẽ đến vào ngày { $window }.
               *[none] Kiện hàng của bạn đã đến nước bạn và đang được chuyển đến địa chỉ của bạn; hiện chưa có ngày giao dự kiến.
            }
    }
answer-in_transit =
    { $when ->
        [window] Kiện hàng của bạn đang được { $carrier } vận chuyển; dự kiến hàng sẽ đến vào ngày { $window }.
       *[none] Kiện hàng của bạn đang được { $carrier } vận chuyển; hiện chưa có ngày giao dự kiến.
    }
answer-out_for_delivery =
    { $where ->
        [place] Kiện hàng của bạn đang được giao tại { $place } và dự kiến sẽ đến tay bạn trong hôm nay; bạn không cần làm gì thêm.
       *[none] Kiện hàng của bạn đang được giao và dự kiến sẽ đến tay bạn trong hôm nay; bạn không cần làm gì thêm.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Kiện hàng của bạn đang chờ tại { $point }; vui lòng mang theo giấy tờ tùy thân và mã vận đơn để nhận hàng chậm nhất vào ngày { $date }.
               *[none] Kiện hàng của bạn đang chờ tại { $point }; vui lòng sớm đến nhận hàng và mang theo giấy tờ tùy thân cùng mã vận đơn.
            }
       *[none]
            { $when ->
                [window] Kiện hàng của bạn đang chờ tại một điểm nhận hàng của { $carrier }; vui lòng mang theo giấy tờ tùy thân và mã vận đơn để nhận hàng chậm nhất vào ngày { $date }.
               *[none] Kiện hàng của bạn đang chờ tại một điểm nhận hàng của { $carrier }; vui lòng sớm đến nhận hàng và mang theo giấy tờ tùy thân cùng mã vận đơn.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } chưa giao được kiện hàng của bạn tại { $place }; vui lòng hẹn giao lại hoặc đến nhận hàng theo phiếu thông báo mà đơn vị vận chuyển để lại.
       *[none] { $carrier } chưa giao được kiện hàng của bạn; vui lòng hẹn giao lại hoặc đến nhận hàng theo phiếu thông báo mà đơn vị vận chuyển để lại.
    }
answer-delivered =
    { $where ->
        [place] Kiện hàng của bạn đã được giao tại { $place } vào ngày { $date }; nếu không tìm thấy hàng, vui lòng báo cho cửa hàng.
       *[none] Kiện hàng của bạn đã được giao vào ngày { $date }; nếu không tìm thấy hàng, vui lòng báo cho cửa hàng.
    }
answer-pay_duties =
    { $where ->
        [place] Kiện hàng của bạn đang bị hải quan { $country } giữ lại cho đến khi thuế hoặc phí được thanh toán; vui lòng thanh toán theo hướng dẫn trong thông báo của đơn vị vận chuyển để hàng được thông quan.
       *[none] Kiện hàng của bạn đang bị hải quan giữ lại cho đến khi thuế hoặc phí được thanh toán; vui lòng thanh toán theo hướng dẫn trong thông báo của đơn vị vận chuyển để hàng được thông quan.
    }
answer-provide_documents =
    { $where ->
        [place] Hải quan { $country } cần thêm thông tin trước khi thông quan kiện hàng của bạn; vui lòng phản hồi yêu cầu của đơn vị vận chuyển hoặc nhờ cửa hàng hỗ trợ.
       *[none] Hải quan cần thêm thông tin trước khi thông quan kiện hàng của bạn; vui lòng phản hồi yêu cầu của đơn vị vận chuyển hoặc nhờ cửa hàng hỗ trợ.
    }
answer-confirm_address = { $carrier } báo rằng địa chỉ giao hàng có vấn đề; vui lòng liên hệ cửa hàng để xác nhận địa chỉ, giúp kiện hàng được giao thành công.
answer-late =
    { $when ->
        [window] Kiện hàng của bạn lẽ ra phải đến trước ngày { $promised } nhưng đang bị chậm; hiện dự kiến hàng sẽ đến vào ngày { $window } và cửa hàng đã được thông báo.
       *[none] Kiện hàng của bạn lẽ ra phải đến trước ngày { $promised } nhưng đang bị chậm; đơn vị vận chuyển chưa đưa ra ngày giao mới và cửa hàng đã được thông báo.
    }
answer-lost = { $carrier } đã không quét kiện hàng của bạn trong { $days } ngày nên kiện hàng có thể đã bị thất lạc; cửa hàng có thể gửi yêu cầu bồi thường tới đơn vị vận chuyển.
answer-lost-reported = { $carrier } báo rằng kiện hàng của bạn đã bị thất lạc; cửa hàng có thể gửi yêu cầu bồi thường tới đơn vị vận chuyển và sẽ liên hệ với bạn.
answer-never_scanned = Vận đơn đã được tạo từ { $days } ngày trước nhưng { $carrier } vẫn chưa nhận kiện hàng; cửa hàng đã được thông báo.
answer-returning = Kiện hàng của bạn đang được hoàn về cửa hàng; vui lòng liên hệ cửa hàng để được giao lại hoặc hoàn tiền.
answer-returned = Kiện hàng của bạn đã được hoàn về cửa hàng; vui lòng liên hệ cửa hàng để được giao lại hoặc hoàn tiền.
answer-expired = { $carrier } đã ngừng theo dõi kiện hàng của bạn trước khi hàng được giao; vui lòng liên hệ cửa hàng để cửa hàng tìm hiểu kiện hàng đang ở đâu.
answer-cancelled = Đơn vận chuyển này đã bị hủy trước khi kiện hàng được gửi đi; nếu bạn không biết về việc này, vui lòng liên hệ cửa hàng.
answer-pending = Cửa hàng đang chuẩn bị kiện hàng của bạn; khi đơn vị vận chuyển nhận hàng, bạn có thể theo dõi từng bước vận chuyển tại đây.

## The estimated delivery

eta-label = Ngày giao dự kiến
eta-window = Dự kiến giao vào ngày { $window }
eta-unknown = Chưa có ngày giao dự kiến
eta-late = Hạn giao là trước ngày { $promised }; nay dự kiến giao vào ngày { $window }
eta-late-unknown = Hạn giao là trước ngày { $promised }; chưa có ngày giao mới
eta-delivered = Đã giao vào ngày { $date }
eta-basis-carrier_promise = Cam kết giao hàng của đơn vị vận chuyển
eta-basis-carrier_estimate = Ước tính của đơn vị vận chuyển
eta-basis-lane_history = Thời gian giao hàng thông thường của tuyến này

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Đơn vị vận chuyển báo có sự cố
exc-title-customs_dwell = Bị giữ tại hải quan lâu hơn bình thường
exc-title-silence = Đơn vị vận chuyển chưa cập nhật trong một thời gian
exc-title-failed_attempt = Giao hàng không thành công
exc-title-returned = Đang hoàn về cửa hàng
exc-title-lost = Kiện hàng có thể đã bị thất lạc
exc-title-late = Chậm hơn thời gian cam kết
exc-title-expired = Đã ngừng theo dõi khi hàng chưa được giao
exc-title-never_scanned = Chưa được giao cho đơn vị vận chuyển
exc-title-awaiting_pickup = Đang chờ bạn đến nhận

exc-why-customs_dwell =
    { $days ->
       *[other] Hải quan đã giữ kiện hàng của bạn { $days } ngày, trong khi thông thường chỉ mất từ { $min } đến { $max } ngày.
    }
exc-why-silence =
    { $days ->
       *[other] { $carrier } chưa quét kiện hàng của bạn trong { $days } ngày; ở giai đoạn này, kiện hàng thường tạm thời không có cập nhật và sẽ xuất hiện lại ở lần quét tiếp theo.
    }
exc-why-lost =
    { $days ->
       *[other] { $carrier } chưa quét kiện hàng của bạn trong { $days } ngày, lâu hơn nhiều so với bình thường.
    }
exc-why-late =
    { $when ->
        [window] Kiện hàng của bạn lẽ ra phải đến trước ngày { $promised }; hiện dự kiến hàng sẽ đến vào ngày { $window }.
       *[none] Kiện hàng của bạn lẽ ra phải đến trước ngày { $promised }; đơn vị vận chuyển chưa đưa ra ngày giao mới.
    }
exc-why-lost-reported = { $carrier } báo rằng kiện hàng của bạn đã bị thất lạc.
exc-why-expired = { $carrier } đã ngừng theo dõi kiện hàng của bạn trước khi ghi nhận giao hàng.
exc-why-never_scanned =
    { $days ->
       *[other] Vận đơn đã được tạo từ { $days } ngày trước nhưng { $carrier } vẫn chưa quét kiện hàng.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Kiện hàng của bạn đang được giữ tại { $point } đến hết ngày { $date }.
               *[none] Kiện hàng của bạn đang được giữ tại { $point }.
            }
       *[none]
            { $when ->
                [window] Kiện hàng của bạn đang được giữ tại một điểm nhận hàng của { $carrier } đến hết ngày { $date }.
               *[none] Kiện hàng của bạn đang được giữ tại một điểm nhận hàng của { $carrier }.
            }
    }
exc-pickup-hours = Giờ mở cửa: { $hours }
exc-why-returning = Kiện hàng đang được hoàn về cửa hàng.
exc-why-returned = Kiện hàng đã về đến cửa hàng.
exc-why-failed-address_issue = { $carrier } chưa giao được kiện hàng của bạn do địa chỉ có vấn đề.
exc-why-failed-business_closed = { $carrier } chưa giao được kiện hàng của bạn do địa điểm nhận hàng đóng cửa.
exc-why-failed-refused = Kiện hàng đã bị từ chối nhận nên { $carrier } không thể giao hàng.
exc-why-failed-other = { $carrier } đã đến giao kiện hàng của bạn nhưng không có ai nhận.
exc-why-customs_delay = Hải quan đang mất nhiều thời gian hơn bình thường để thông quan kiện hàng của bạn.
exc-why-customs_documents = Hải quan cần giấy tờ hoặc thông tin trước khi thông quan kiện hàng của bạn.
exc-why-duties_unpaid = Cần thanh toán thuế hoặc phí trước khi hải quan thông quan kiện hàng của bạn.
exc-why-prohibited = Hải quan báo rằng hàng hóa bên trong có thể không được phép nhập khẩu vào nước này.
exc-why-customs_inspection = Hải quan đang kiểm tra kiện hàng của bạn.
exc-why-address_issue = { $carrier } báo rằng địa chỉ giao hàng có vấn đề.
exc-why-damaged = { $carrier } báo rằng kiện hàng của bạn đã bị hư hỏng.
exc-why-weather = Thời tiết xấu đang làm chậm kiện hàng của bạn.
exc-why-carrier_delay = { $carrier } báo có sự chậm trễ trong mạng lưới vận chuyển.
exc-why-other = { $carrier } báo có sự cố với kiện hàng của bạn.

action-none = Hiện bạn chưa cần làm gì; cửa hàng đang theo dõi tình hình.
action-pay_duties = Vui lòng thanh toán thuế hoặc phí theo hướng dẫn trong thông báo của đơn vị vận chuyển; kiện hàng sẽ được thông quan sau khi thanh toán.
action-provide_documents = Vui lòng gửi thông tin mà hải quan yêu cầu hoặc nhờ cửa hàng hỗ trợ.
action-confirm_address = Vui lòng liên hệ cửa hàng để xác nhận địa chỉ giao hàng của bạn.
action-arrange_redelivery = Vui lòng hẹn giao lại hoặc đến nhận hàng với { $carrier } theo phiếu thông báo họ để lại.
action-collect =
    { $when ->
        [window] Vui lòng nhận hàng chậm nhất vào ngày { $date } và mang theo giấy tờ tùy thân cùng mã vận đơn.
       *[none] Vui lòng sớm đến nhận hàng và mang theo giấy tờ tùy thân cùng mã vận đơn.
    }
action-contact_store = Vui lòng liên hệ cửa hàng; cửa hàng sẽ sắp xếp giao lại hoặc hoàn tiền cho bạn.
action-wait_store = Hiện bạn chưa cần làm gì; cửa hàng có thể gửi yêu cầu bồi thường tới đơn vị vận chuyển và sẽ liên hệ với bạn.

## Delivered, but not received

received-question = Bạn chưa nhận được hàng?
received-help =
    { $where ->
        [place] { $carrier } ghi nhận đã giao hàng tại { $place } vào ngày { $date }. Nếu không tìm thấy kiện hàng, bạn hãy hỏi hàng xóm hoặc quầy lễ tân, sau đó báo cho cửa hàng trong vòng { $days } ngày để cửa hàng gửi yêu cầu bồi thường.
       *[none] { $carrier } ghi nhận đã giao hàng vào ngày { $date }. Nếu không tìm thấy kiện hàng, bạn hãy hỏi hàng xóm hoặc quầy lễ tân, sau đó báo cho cửa hàng trong vòng { $days } ngày để cửa hàng gửi yêu cầu bồi thường.
    }

## The widget's own words

ui-history = Lịch sử vận chuyển
ui-show_all = Xem tất cả { $count } cập nhật
ui-show_less = Thu gọn
ui-contact = Liên hệ cửa hàng
ui-carrier_page = Theo dõi trên trang web của { $carrier }
ui-parcel = Kiện hàng { $n }/{ $total }
ui-progress = { $phase }: bước { $n }/{ $total }
ui-now = Hiện tại: { $phase }
ui-local_time = Giờ địa phương lúc quét: { $time }
ui-stale = Cập nhật lần cuối lúc { $time }; đơn vị vận chuyển hiện không phản hồi nên thông tin có thể chưa phải mới nhất.
ui-no_events = Chưa có cập nhật từ đơn vị vận chuyển.
ui-loading = Đang tải thông tin vận chuyển…
ui-error = Hiện không thể xem thông tin vận chuyển. Vui lòng thử lại sau.
ui-support-subject = Đơn hàng { $order }: câu hỏi về kiện hàng của tôi

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } đã nhận kiện hàng của bạn và hàng đang trên đường vận chuyển.
    .short = Đơn { $order } đã gửi qua { $carrier }: { $link }
    .whatsapp = Đơn hàng { $order } của bạn đang được { $carrier } vận chuyển. Theo dõi tại đây: { $link }
milestone-export_cleared = Kiện hàng của bạn đã thông quan xuất khẩu và sẽ được chuyển bằng đường hàng không đến nước bạn.
    .short = Đơn { $order } đã thông quan xuất khẩu: { $link }
    .whatsapp = Đơn hàng { $order } của bạn đã thông quan xuất khẩu và sẽ được chuyển bằng đường hàng không đến nước bạn. Theo dõi tại đây: { $link }
milestone-departed_origin_country = Kiện hàng của bạn đã rời nước gửi và đang trên đường đến nước bạn.
    .short = Đơn { $order } đã rời nước gửi. Theo dõi: { $link }
    .whatsapp = Đơn hàng { $order } của bạn đã rời nước gửi và đang trên đường đến nước bạn. Theo dõi tại đây: { $link }
milestone-arrived_destination_country = Kiện hàng của bạn đã đến nước bạn.
    .short = Đơn { $order } đã đến nước bạn. Theo dõi: { $link }
    .whatsapp = Đơn hàng { $order } của bạn đã đến nước bạn. Theo dõi tại đây: { $link }
milestone-import_cleared = Kiện hàng của bạn đã thông quan và đã được chuyển cho đơn vị vận chuyển nội địa.
    .short = Đơn { $order } đã thông quan. Theo dõi: { $link }
    .whatsapp = Đơn hàng { $order } của bạn đã thông quan và đã được chuyển cho đơn vị vận chuyển nội địa. Theo dõi tại đây: { $link }
milestone-available_for_pickup = Kiện hàng của bạn đã sẵn sàng để nhận.
    .short = Đơn { $order } sẵn sàng để nhận. Chi tiết: { $link }
    .whatsapp = Đơn hàng { $order } của bạn đã sẵn sàng để nhận. Xem địa điểm và hạn nhận hàng tại đây: { $link }
milestone-out_for_delivery = Kiện hàng của bạn sẽ được giao trong hôm nay.
    .short = Đơn { $order } sẽ giao hôm nay. Theo dõi: { $link }
    .whatsapp = Đơn hàng { $order } của bạn sẽ được giao trong hôm nay. Theo dõi tại đây: { $link }
milestone-delivered = Kiện hàng của bạn đã được giao.
    .short = Đơn { $order } đã giao. Chưa nhận được? { $link }
    .whatsapp = Đơn hàng { $order } của bạn đã được giao. Nếu chưa nhận được, hãy báo cho chúng tôi tại đây: { $link }
milestone-exception = Kiện hàng của bạn cần được chú ý; hãy xem điều gì đã xảy ra và bạn có thể làm gì.
    .short = Đơn { $order } cần bạn chú ý. Chi tiết: { $link }
    .whatsapp = Đơn hàng { $order } của bạn cần được chú ý. Xem điều gì đã xảy ra và bạn có thể làm gì tại đây: { $link }

exc-title-watch_ended = Chúng tôi đã ngừng theo dõi kiện hàng của bạn
exc-why-watch_ended =
    { $days ->
       *[other] Trong { $days } ngày chúng tôi theo dõi kiện hàng của bạn, không có lần giao hàng nào được ghi nhận; vui lòng liên hệ cửa hàng để cửa hàng tìm hiểu kiện hàng đang ở đâu.
    }
