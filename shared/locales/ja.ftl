# Waymark — the buyer's words, Japanese. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = 発送準備中
status-info_received = 送り状作成済み
status-in_transit = 輸送中
status-out_for_delivery = 配達中
status-available_for_pickup = 受け取り可能
status-failed_attempt = 配達未完了
status-delivered = 配達完了
status-exception = 要確認
status-returning_to_sender = ショップへ返送中
status-returned_to_sender = ショップへ返送済み
status-expired = 追跡終了
status-cancelled = キャンセル済み

## Phases of the cross-border path (labels on the progress bar)

phase-origin = 発送済み
phase-export_customs = 輸出通関
phase-linehaul = 国際輸送
phase-import_customs = 輸入通関
phase-destination = 国内到着
phase-last_mile = 配達
phase-return = 返送

## Reasons (labels)

reason-customs_delay = 通関の遅延
reason-customs_documents = 税関への書類提出が必要
reason-duties_unpaid = 関税・税金のお支払いが必要
reason-prohibited = 輸入が認められない品物
reason-customs_inspection = 税関検査
reason-address_issue = 住所の不備
reason-recipient_unavailable = ご不在
reason-business_closed = 営業時間外・休業日
reason-refused = 受け取り拒否
reason-damaged = 破損
reason-lost = 紛失
reason-weather = 天候による遅延
reason-carrier_delay = 配送業者による遅延
reason-returned = 返送
reason-other = その他の問題

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = 配送業者が荷物を受領
event-in_transit-export_customs = 輸出通関中
event-in_transit-linehaul = 国際輸送中
event-in_transit-import_customs = 輸入通関中
event-in_transit-destination = 国内輸送中
event-in_transit-last_mile = 最寄りの拠点に到着
event-in_transit-return = 返送中

## Headlines: the parcel's state in a few words

headline-pending = ショップがお荷物の発送準備をしています
headline-info_received = お荷物の送り状が作成されました
headline-in_transit = お荷物は輸送中です
headline-out_for_delivery = お荷物は配達中です
headline-available_for_pickup = お荷物をお受け取りいただけます
headline-failed_attempt = 配送業者がお荷物をお届けできませんでした
headline-delivered = お荷物は{ $date }に配達されました
headline-exception = お荷物について確認が必要です
headline-returning_to_sender = お荷物はショップへ返送中です
headline-returned_to_sender = お荷物はショップへ返送されました
headline-expired = 配達完了前に追跡が終了しました
headline-cancelled = この配送はキャンセルされました
headline-late = お荷物の到着が遅れています

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] 送り状は作成済みですが、{ $carrier }はまだお荷物を受け取っていません。受け取り後、{ $window }にお届けする予定です。
       *[none] 送り状は作成済みですが、{ $carrier }はまだお荷物を受け取っていません。受け取り後は、配送状況をこちらで順にご確認いただけます。
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] お荷物は{ $carrier }に引き渡され、このあと輸出通関を経て、{ $window }に到着する予定です。
               *[none] お荷物は{ $carrier }に引き渡され、このあと輸出通関に進みます。お届け日はまだ確定していません。
            }
       *[domestic]
            { $when ->
                [window] お荷物は{ $carrier }に引き渡されてお届け先の地域へ向かっており、{ $window }に到着する予定です。
               *[none] お荷物は{ $carrier }に引き渡され、お届け先の地域へ向かっています。お届け日はまだ確定していません。
            }
    }
answer-export_customs =
    { $when ->
        [window] お荷物は輸出通関の手続き中で、その後お届け先の国へ空輸され、{ $window }に到着する予定です。
       *[none] お荷物は輸出通関の手続き中で、その後お届け先の国へ空輸されます。お届け日はまだ確定していません。
    }
answer-linehaul =
    { $when ->
        [window] お荷物は国際輸送中で、このあと輸入通関を経て、{ $window }に到着する予定です。
       *[none] お荷物は国際輸送中で、このあと輸入通関に進みます。お届け日はまだ確定していません。
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] お荷物は{ $country }で輸入通関の手続き中で、このあと現地の配送業者に引き渡され、{ $window }に到着する予定です。
               *[none] お荷物は{ $country }で輸入通関の手続き中で、このあと現地の配送業者に引き渡されます。お届け日はまだ確定していません。
            }
       *[none]
            { $when ->
                [window] お荷物は輸入通関の手続き中で、このあと現地の配送業者に引き渡され、{ $window }に到着する予定です。
               *[none] お荷物は輸入通関の手続き中で、このあと現地の配送業者に引き渡されます。お届け日はまだ確定していません。
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] お荷物は現在{ $place }にあり、ご指定の住所へ向けて輸送中で、{ $window }に到着する予定です。
               *[none] お荷物は現在{ $place }にあり、ご指定の住所へ向けて輸送中です。お届け日はまだ確定していません。
            }
       *[none]
            { $when ->
                [window] お荷物はお届け先の国に到着し、ご指定の住所へ向けて輸送中で、{ $window }に到着する予定です。
               *[none] お荷物はお届け先の国に到着し、ご指定の住所へ向けて輸送中です。お届け日はまだ確定していません。
            }
    }
answer-in_transit =
    { $when ->
        [window] お荷物は{ $carrier }が輸送中で、{ $window }に到着する予定です。
       *[none] お荷物は{ $carrier }が輸送中です。お届け日はまだ確定していません。
    }
answer-out_for_delivery =
    { $where ->
        [place] お荷物は{ $place }で配達中で、本日お届けの予定です。お客様にしていただくことは特にありません。
       *[none] お荷物は配達中で、本日お届けの予定です。お客様にしていただくことは特にありません。
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] お荷物は{ $point }でお預かりしています。{ $date }までに、本人確認書類と追跡番号をお持ちのうえお受け取りください。
               *[none] お荷物は{ $point }でお預かりしています。お早めに、本人確認書類と追跡番号をお持ちのうえお受け取りください。
            }
       *[none]
            { $when ->
                [window] お荷物は{ $carrier }の受取拠点でお預かりしています。{ $date }までに、本人確認書類と追跡番号をお持ちのうえお受け取りください。
               *[none] お荷物は{ $carrier }の受取拠点でお預かりしています。お早めに、本人確認書類と追跡番号をお持ちのうえお受け取りください。
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier }は{ $place }でお荷物をお届けできませんでした。配送業者が残した不在連絡票をもとに、再配達または窓口でのお受け取りをお申し込みください。
       *[none] { $carrier }はお荷物をお届けできませんでした。配送業者が残した不在連絡票をもとに、再配達または窓口でのお受け取りをお申し込みください。
    }
answer-delivered =
    { $where ->
        [place] お荷物は{ $date }に{ $place }で配達されました。お荷物が見当たらない場合は、ショップにご連絡ください。
       *[none] お荷物は{ $date }に配達されました。お荷物が見当たらない場合は、ショップにご連絡ください。
    }
answer-pay_duties =
    { $where ->
        [place] お荷物は、関税または税金のお支払いが済むまで{ $country }の税関で保留されています。配送業者からの案内に従ってお支払いいただくと、通関されます。
       *[none] お荷物は、関税または税金のお支払いが済むまで税関で保留されています。配送業者からの案内に従ってお支払いいただくと、通関されます。
    }
answer-provide_documents =
    { $where ->
        [place] { $country }の税関が、お荷物の通関にあたって追加の情報を求めています。配送業者からの依頼にご回答いただくか、ショップにご相談ください。
       *[none] 税関が、お荷物の通関にあたって追加の情報を求めています。配送業者からの依頼にご回答いただくか、ショップにご相談ください。
    }
answer-confirm_address = { $carrier }から、お届け先住所に問題があるとの連絡がありました。お荷物をお届けできるよう、ショップにご連絡のうえ住所をご確認ください。
answer-late =
    { $when ->
        [window] お荷物は{ $promised }までに届く予定でしたが、遅れています。現在は{ $window }の到着を見込んでおり、ショップにもお知らせしています。
       *[none] お荷物は{ $promised }までに届く予定でしたが、遅れています。配送業者から新しいお届け日はまだ示されておらず、ショップにもお知らせしています。
    }
answer-lost = { $carrier }で{ $days }日間お荷物のスキャン記録がなく、紛失した可能性があります。ショップから配送業者へ補償を請求することができます。
answer-lost-reported = { $carrier }から、お荷物が紛失したとの報告がありました。ショップから配送業者へ補償を請求し、お客様にご連絡いたします。
answer-never_scanned = 送り状は{ $days }日前に作成されましたが、{ $carrier }はまだお荷物を受け取っていません。ショップにもお知らせしています。
answer-returning = お荷物はショップへ返送中です。再発送または返金については、ショップにご連絡ください。
answer-returned = お荷物はショップへ返送されました。再発送または返金については、ショップにご連絡ください。
answer-expired = お荷物の配達が完了する前に、{ $carrier }による追跡が終了しました。お荷物の所在を確認してもらえるよう、ショップにご連絡ください。
answer-cancelled = この配送は、お荷物の発送前にキャンセルされました。お心当たりがない場合は、ショップにご連絡ください。
answer-pending = ショップがお荷物の発送準備をしています。配送業者に引き渡された後は、配送状況をこちらで順にご確認いただけます。

## The estimated delivery

eta-label = お届け予定日
eta-window = { $window }にお届け予定
eta-unknown = お届け日はまだ確定していません
eta-late = { $promised }までの予定でしたが、現在は{ $window }にお届け予定です
eta-late-unknown = { $promised }までの予定でしたが、新しいお届け日はまだ決まっていません
eta-delivered = { $date }に配達完了
eta-basis-carrier_promise = 配送業者が約束したお届け日
eta-basis-carrier_estimate = 配送業者による見込み
eta-basis-lane_history = このルートの標準的なお届け日数

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = 配送業者から問題の報告がありました
exc-title-customs_dwell = 通関に通常より時間がかかっています
exc-title-silence = しばらく配送業者からの更新がありません
exc-title-failed_attempt = お届けできませんでした
exc-title-returned = ショップへ返送中です
exc-title-lost = お荷物が紛失した可能性があります
exc-title-late = お約束の日より遅れています
exc-title-expired = 配達完了前に追跡が終了しました
exc-title-never_scanned = まだ配送業者に引き渡されていません
exc-title-awaiting_pickup = お受け取りをお待ちしています

exc-why-customs_dwell =
    { $days ->
       *[other] お荷物は{ $days }日間税関に留め置かれています。通常は{ $min }～{ $max }日で通関します。
    }
exc-why-silence =
    { $days ->
       *[other] { $carrier }で{ $days }日間お荷物のスキャン記録がありません。この段階では更新が途絶えることがよくあり、次のスキャンで再び表示されます。
    }
exc-why-lost =
    { $days ->
       *[other] { $carrier }で{ $days }日間お荷物のスキャン記録がなく、通常よりはるかに長くなっています。
    }
exc-why-late =
    { $when ->
        [window] お荷物は{ $promised }までに届く予定でしたが、現在は{ $window }の到着を見込んでいます。
       *[none] お荷物は{ $promised }までに届く予定でしたが、配送業者から新しいお届け日はまだ示されていません。
    }
exc-why-lost-reported = { $carrier }から、お荷物が紛失したとの報告がありました。
exc-why-expired = 配達の記録がないまま、{ $carrier }によるお荷物の追跡が終了しました。
exc-why-never_scanned =
    { $days ->
       *[other] 送り状は{ $days }日前に作成されましたが、{ $carrier }ではまだお荷物がスキャンされていません。
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] お荷物は{ $date }まで{ $point }でお預かりしています。
               *[none] お荷物は{ $point }でお預かりしています。
            }
       *[none]
            { $when ->
                [window] お荷物は{ $date }まで{ $carrier }の受取拠点でお預かりしています。
               *[none] お荷物は{ $carrier }の受取拠点でお預かりしています。
            }
    }
exc-pickup-hours = 営業時間：{ $hours }
exc-why-returning = お荷物はショップへ返送中です。
exc-why-returned = お荷物はショップに戻りました。
exc-why-failed-address_issue = 住所に問題があったため、{ $carrier }はお荷物をお届けできませんでした。
exc-why-failed-business_closed = お届け先が営業時間外または休業日だったため、{ $carrier }はお荷物をお届けできませんでした。
exc-why-failed-refused = お受け取りが拒否されたため、{ $carrier }はお荷物をお渡しできませんでした。
exc-why-failed-other = { $carrier }がお荷物をお届けに伺いましたが、ご不在でした。
exc-why-customs_delay = お荷物の通関に通常より時間がかかっています。
exc-why-customs_documents = お荷物の通関には、書類または情報のご提出が必要です。
exc-why-duties_unpaid = お荷物の通関には、関税または税金のお支払いが必要です。
exc-why-prohibited = 税関から、内容品が輸入を認められない可能性があるとの報告がありました。
exc-why-customs_inspection = お荷物は税関で検査中です。
exc-why-address_issue = { $carrier }から、お届け先住所に問題があるとの報告がありました。
exc-why-damaged = { $carrier }から、お荷物が破損したとの報告がありました。
exc-why-weather = 悪天候のため、お荷物の配送が遅れています。
exc-why-carrier_delay = { $carrier }から、配送網で遅延が発生しているとの報告がありました。
exc-why-other = { $carrier }から、お荷物に関する問題の報告がありました。

action-none = 現時点でお客様にしていただくことはありません。ショップが引き続き状況を確認しています。
action-pay_duties = 配送業者からの案内に従って、関税または税金をお支払いください。お支払い後にお荷物が通関されます。
action-provide_documents = 税関から求められている情報をご提出いただくか、ショップにご相談ください。
action-confirm_address = ショップにご連絡のうえ、お届け先住所をご確認ください。
action-arrange_redelivery = { $carrier }が残した不在連絡票をもとに、再配達または窓口でのお受け取りをお申し込みください。
action-collect =
    { $when ->
        [window] { $date }までに、本人確認書類と追跡番号をお持ちのうえお受け取りください。
       *[none] お早めに、本人確認書類と追跡番号をお持ちのうえお受け取りください。
    }
action-contact_store = ショップにご連絡ください。再発送または返金の手配をいたします。
action-wait_store = 現時点でお客様にしていただくことはありません。ショップから配送業者へ補償を請求し、追ってご連絡いたします。

## Delivered, but not received

received-question = お荷物が届いていませんか？
received-help =
    { $where ->
        [place] { $carrier }の記録では、{ $date }に{ $place }で配達済みとなっています。お荷物が見当たらない場合は、ご近所の方や管理人・受付にご確認のうえ、ショップが補償を請求できるよう{ $days }日以内にショップへお知らせください。
       *[none] { $carrier }の記録では、{ $date }に配達済みとなっています。お荷物が見当たらない場合は、ご近所の方や管理人・受付にご確認のうえ、ショップが補償を請求できるよう{ $days }日以内にショップへお知らせください。
    }

## The widget's own words

ui-history = 配送履歴
ui-show_all = 更新をすべて表示（{ $count }件）
ui-show_less = 表示を減らす
ui-contact = ショップに問い合わせる
ui-carrier_page = { $carrier }のサイトで追跡する
ui-parcel = お荷物（{ $total }個中{ $n }個目）
ui-progress = { $phase }：ステップ{ $n }/{ $total }
ui-now = 現在：{ $phase }
ui-local_time = スキャン地の現地時刻：{ $time }
ui-stale = 最終更新：{ $time }。現在、配送業者から応答がないため、最新の情報ではない可能性があります。
ui-no_events = 配送業者からの更新はまだありません。
ui-loading = 配送状況を読み込んでいます…
ui-error = 現在、配送状況を表示できません。しばらくしてからもう一度お試しください。
ui-support-subject = 注文番号{ $order }：荷物についての問い合わせ

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier }がお荷物を受け取り、配送を開始しました。
    .short = ご注文{ $order }は{ $carrier }で配送中です。追跡はこちら：{ $link }
    .whatsapp = ご注文{ $order }は{ $carrier }で配送中です。配送状況はこちらからご確認いただけます：{ $link }
milestone-export_cleared = お荷物は輸出通関を完了し、次はお届け先の国へ空輸されます。
    .short = ご注文{ $order }は輸出通関を完了しました。追跡はこちら：{ $link }
    .whatsapp = ご注文{ $order }は輸出通関を完了し、次はお届け先の国へ空輸されます。配送状況はこちらからご確認いただけます：{ $link }
milestone-departed_origin_country = お荷物は発送国を出発し、お届け先の国へ向かっています。
    .short = ご注文{ $order }は発送国を出発しました。追跡はこちら：{ $link }
    .whatsapp = ご注文{ $order }は発送国を出発し、お届け先の国へ向かっています。配送状況はこちらからご確認いただけます：{ $link }
milestone-arrived_destination_country = お荷物がお届け先の国に到着しました。
    .short = ご注文{ $order }がお届け先の国に到着しました。追跡：{ $link }
    .whatsapp = ご注文{ $order }がお届け先の国に到着しました。配送状況はこちらからご確認いただけます：{ $link }
milestone-import_cleared = お荷物は通関を完了し、現地の配送業者に引き渡されました。
    .short = ご注文{ $order }は通関を完了しました。追跡はこちら：{ $link }
    .whatsapp = ご注文{ $order }は通関を完了し、現地の配送業者に引き渡されました。配送状況はこちらからご確認いただけます：{ $link }
milestone-available_for_pickup = お荷物をお受け取りいただけるようになりました。
    .short = ご注文{ $order }のお受け取りが可能です。詳細：{ $link }
    .whatsapp = ご注文{ $order }のお受け取りが可能になりました。受取場所と期限はこちらでご確認いただけます：{ $link }
milestone-out_for_delivery = お荷物は本日配達予定です。
    .short = ご注文{ $order }は本日配達予定です。追跡はこちら：{ $link }
    .whatsapp = ご注文{ $order }は本日配達予定です。配送状況はこちらからご確認いただけます：{ $link }
milestone-delivered = お荷物の配達が完了しました。
    .short = ご注文{ $order }の配達が完了しました。届いていない場合：{ $link }
    .whatsapp = ご注文{ $order }の配達が完了しました。お受け取りになっていない場合は、こちらからお知らせください：{ $link }
milestone-exception = お荷物についてご確認いただきたいことがあります。状況と対処方法をご確認ください。
    .short = ご注文{ $order }についてご確認ください。詳細：{ $link }
    .whatsapp = ご注文{ $order }についてご確認いただきたいことがあります。状況と対処方法はこちらでご確認いただけます：{ $link }

exc-title-watch_ended = お荷物の追跡を終了しました
exc-why-watch_ended =
    { $days ->
       *[other] お荷物を追跡していた{ $days }日間、配達の記録はありませんでした。お荷物の所在を確認してもらえるよう、ショップにご連絡ください。
    }
