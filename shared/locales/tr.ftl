# Waymark — the buyer's words, Turkish. Machine translation; not yet reviewed by a native speaker.
#
# No suffix is ever attached to a variable (its vowel harmony is unknown): carriers appear as
# "{ $carrier } tarafından", "{ $carrier } ile", "bir { $carrier } teslim noktası"; places as
# "{ $place } konumunda"; countries as "{ $country } gümrüğü"; dates as "{ $date } tarihinde".
# Numbers do not change the noun in Turkish ("1 gün", "5 gün"), so most counts need no select.

## Statuses (labels)

status-pending = Paket bekleniyor
status-info_received = Kargo etiketi oluşturuldu
status-in_transit = Yolda
status-out_for_delivery = Dağıtımda
status-available_for_pickup = Teslim alınmaya hazır
status-failed_attempt = Teslimat denendi
status-delivered = Teslim edildi
status-exception = İlgilenmeniz gerekiyor
status-returning_to_sender = Mağazaya geri dönüyor
status-returned_to_sender = Mağazaya geri gönderildi
status-expired = Takip sona erdi
status-cancelled = İptal edildi

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Gönderildi
phase-export_customs = İhracat gümrüğü
phase-linehaul = Uluslararası taşıma
phase-import_customs = İthalat gümrüğü
phase-destination = Ülkenizde
phase-last_mile = Teslimat
phase-return = İade

## Reasons (labels)

reason-customs_delay = Gümrükte gecikme
reason-customs_documents = Gümrük belge istiyor
reason-duties_unpaid = Ödenmesi gereken vergi veya gümrük ücreti
reason-prohibited = İzin verilmeyen içerik
reason-customs_inspection = Gümrük denetimi
reason-address_issue = Adres sorunu
reason-recipient_unavailable = Teslim alacak kimse bulunamadı
reason-business_closed = İş yeri kapalı
reason-refused = Teslimat reddedildi
reason-damaged = Hasarlı
reason-lost = Kayıp
reason-weather = Hava koşulları nedeniyle gecikme
reason-carrier_delay = Kargo firmasından kaynaklanan gecikme
reason-returned = Geri gönderildi
reason-other = Başka bir sorun

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Paket kargo firmasında
event-in_transit-export_customs = İhracat gümrüğünde
event-in_transit-linehaul = Ülkeler arasında yolda
event-in_transit-import_customs = İthalat gümrüğünde
event-in_transit-destination = Ülkenizde yolda
event-in_transit-last_mile = Size yakın
event-in_transit-return = Geri dönüş yolunda

## Headlines: the parcel's state in a few words

headline-pending = Mağaza paketinizi hazırlıyor
headline-info_received = Paketinizin kargo etiketi oluşturuldu
headline-in_transit = Paketiniz yolda
headline-out_for_delivery = Paketiniz dağıtıma çıktı
headline-available_for_pickup = Paketiniz teslim alınmaya hazır
headline-failed_attempt = Kargo firması paketinizi teslim edemedi
headline-delivered = Paketiniz { $date } tarihinde teslim edildi
headline-exception = Paketinizle ilgili ilgilenmeniz gereken bir durum var
headline-returning_to_sender = Paketiniz mağazaya geri gönderiliyor
headline-returned_to_sender = Paketiniz mağazaya geri gönderildi
headline-expired = Takip, teslimattan önce sona erdi
headline-cancelled = Bu gönderi iptal edildi
headline-late = Paketiniz gecikiyor

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Kargo etiketi hazır, ancak paketiniz henüz { $carrier } tarafından teslim alınmadı; teslim alındığında tahmini teslimat tarihi { $window } olacak.
       *[none] Kargo etiketi hazır, ancak paketiniz henüz { $carrier } tarafından teslim alınmadı; teslim alındıktan sonra tüm adımları burada görebilirsiniz.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Paketiniz { $carrier } tarafından teslim alındı ve sırada ihracat gümrüğü var; tahmini teslimat tarihi: { $window }.
               *[none] Paketiniz { $carrier } tarafından teslim alındı ve sırada ihracat gümrüğü var; teslimat tarihi henüz belli değil.
            }
       *[domestic]
            { $when ->
                [window] Paketiniz { $carrier } tarafından teslim alındı ve bölgenize doğru yolda; tahmini teslimat tarihi: { $window }.
               *[none] Paketiniz { $carrier } tarafından teslim alındı ve bölgenize doğru yolda; teslimat tarihi henüz belli değil.
            }
    }
answer-export_customs =
    { $when ->
        [window] Paketiniz ihracat gümrüğünde ve ardından uçakla ülkenize gönderilecek; tahmini teslimat tarihi: { $window }.
       *[none] Paketiniz ihracat gümrüğünde ve ardından uçakla ülkenize gönderilecek; teslimat tarihi henüz belli değil.
    }
answer-linehaul =
    { $when ->
        [window] Paketiniz ülkeler arasında yolda ve sırada ithalat gümrüğü var; tahmini teslimat tarihi: { $window }.
       *[none] Paketiniz ülkeler arasında yolda ve sırada ithalat gümrüğü var; teslimat tarihi henüz belli değil.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Paketiniz { $country } gümrüğünde ithalat işlemlerinden geçiyor ve ardından yerel kargo firmasına teslim edilecek; tahmini teslimat tarihi: { $window }.
               *[none] Paketiniz { $country } gümrüğünde ithalat işlemlerinden geçiyor ve ardından yerel kargo firmasına teslim edilecek; teslimat tarihi henüz belli değil.
            }
       *[none]
            { $when ->
                [window] Paketiniz ithalat gümrüğünde ve ardından yerel kargo firmasına teslim edilecek; tahmini teslimat tarihi: { $window }.
               *[none] Paketiniz ithalat gümrüğünde ve ardından yerel kargo firmasına teslim edilecek; teslimat tarihi henüz belli değil.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Paketiniz şu anda { $place } konumunda ve adresinize doğru yolda; tahmini teslimat tarihi: { $window }.
               *[none] Paketiniz şu anda { $place } konumunda ve adresinize doğru yolda; teslimat tarihi henüz belli değil.
            }
       *[none]
            { $when ->
                [window] Paketiniz ülkenize ulaştı ve adresinize doğru yolda; tahmini teslimat tarihi: { $window }.
               *[none] Paketiniz ülkenize ulaştı ve adresinize doğru yolda; teslimat tarihi henüz belli değil.
            }
    }
answer-in_transit =
    { $when ->
        [window] Paketiniz { $carrier } ile yolda; tahmini teslimat tarihi: { $window }.
       *[none] Paketiniz { $carrier } ile yolda; teslimat tarihi henüz belli değil.
    }
answer-out_for_delivery =
    { $where ->
        [place] Paketiniz { $place } konumunda dağıtıma çıktı ve bugün size ulaşması bekleniyor; sizin bir şey yapmanıza gerek yok.
       *[none] Paketiniz dağıtıma çıktı ve bugün size ulaşması bekleniyor; sizin bir şey yapmanıza gerek yok.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Paketiniz { $point } teslim noktasında sizi bekliyor; lütfen kimliğiniz ve takip numaranızla en geç { $date } tarihine kadar teslim alın.
               *[none] Paketiniz { $point } teslim noktasında sizi bekliyor; lütfen kimliğiniz ve takip numaranızla en kısa sürede teslim alın.
            }
       *[none]
            { $when ->
                [window] Paketiniz bir { $carrier } teslim noktasında sizi bekliyor; lütfen kimliğiniz ve takip numaranızla en geç { $date } tarihine kadar teslim alın.
               *[none] Paketiniz bir { $carrier } teslim noktasında sizi bekliyor; lütfen kimliğiniz ve takip numaranızla en kısa sürede teslim alın.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier }, paketinizi { $place } konumunda teslim edemedi; kuryenin bıraktığı bilgilendirme notunu kullanarak yeni bir teslimat planlayın veya paketi kendiniz teslim alın.
       *[none] { $carrier }, paketinizi teslim edemedi; kuryenin bıraktığı bilgilendirme notunu kullanarak yeni bir teslimat planlayın veya paketi kendiniz teslim alın.
    }
answer-delivered =
    { $where ->
        [place] Paketiniz { $date } tarihinde { $place } konumunda teslim edildi; paketi bulamazsanız mağazaya bildirin.
       *[none] Paketiniz { $date } tarihinde teslim edildi; paketi bulamazsanız mağazaya bildirin.
    }
answer-pay_duties =
    { $where ->
        [place] Paketiniz, vergiler veya gümrük ücretleri ödenene kadar { $country } gümrüğünde bekletiliyor; ödemeyi kargo firmasının bildiriminde belirtildiği şekilde yaptığınızda paketiniz serbest bırakılacak.
       *[none] Paketiniz, vergiler veya gümrük ücretleri ödenene kadar gümrükte bekletiliyor; ödemeyi kargo firmasının bildiriminde belirtildiği şekilde yaptığınızda paketiniz serbest bırakılacak.
    }
answer-provide_documents =
    { $where ->
        [place] { $country } gümrüğü, paketinizi serbest bırakmadan önce ek bilgiye ihtiyaç duyuyor; kargo firmasının talebini yanıtlayın veya mağazadan yardım isteyin.
       *[none] Gümrük, paketinizi serbest bırakmadan önce ek bilgiye ihtiyaç duyuyor; kargo firmasının talebini yanıtlayın veya mağazadan yardım isteyin.
    }
answer-confirm_address = { $carrier }, teslimat adresinde bir sorun olduğunu bildirdi; paketin teslim edilebilmesi için adresinizi doğrulamak üzere mağazayla iletişime geçin.
answer-late =
    { $when ->
        [window] Paketinizin en geç { $promised } tarihinde teslim edilmesi gerekiyordu, ancak gecikti; yeni tahmini teslimat tarihi { $window } olarak güncellendi ve mağaza bilgilendirildi.
       *[none] Paketinizin en geç { $promised } tarihinde teslim edilmesi gerekiyordu, ancak gecikti; kargo firması henüz yeni bir tarih vermedi ve mağaza bilgilendirildi.
    }
answer-lost = { $carrier }, { $days } gündür paketinizle ilgili yeni bir hareket kaydetmedi, bu nedenle paket kaybolmuş olabilir; mağaza, kargo firmasına kayıp başvurusunda bulunabilir.
answer-lost-reported = { $carrier }, paketinizin kaybolduğunu bildirdi; mağaza, kargo firmasına kayıp başvurusunda bulunabilir ve sizinle iletişime geçecek.
answer-never_scanned = Kargo etiketi { $days } gün önce oluşturuldu, ancak paketiniz henüz { $carrier } tarafından teslim alınmadı; mağaza bilgilendirildi.
answer-returning = Paketiniz mağazaya geri dönüyor; yeni bir teslimat veya para iadesi için mağazayla iletişime geçin.
answer-returned = Paketiniz mağazaya geri gönderildi; yeni bir teslimat veya para iadesi için mağazayla iletişime geçin.
answer-expired = { $carrier }, paketinizi teslim edilmeden önce takip etmeyi bıraktı; paketin nerede olduğunu araştırabilmesi için mağazayla iletişime geçin.
answer-cancelled = Bu gönderi, paket yola çıkmadan önce iptal edildi; bunu beklemiyorduysanız mağazayla iletişime geçin.
answer-pending = Mağaza paketinizi hazırlıyor; paket kargo firmasına teslim edildiğinde tüm adımları burada görebilirsiniz.

## The estimated delivery

eta-label = Tahmini teslimat
eta-window = Tahmini: { $window }
eta-unknown = Teslimat tarihi henüz belli değil
eta-late = En geç { $promised } tarihinde gelmesi gerekiyordu; yeni tahmin: { $window }
eta-late-unknown = En geç { $promised } tarihinde gelmesi gerekiyordu; henüz yeni bir tarih yok
eta-delivered = { $date } tarihinde teslim edildi
eta-basis-carrier_promise = Kargo firmasının teslimat taahhüdü
eta-basis-carrier_estimate = Kargo firmasının tahmini
eta-basis-lane_history = Bu güzergâh için olağan süre

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Kargo firması bir sorun bildirdi
exc-title-customs_dwell = Gümrükte normalden uzun süredir bekliyor
exc-title-silence = Bir süredir kargo firmasından haber yok
exc-title-failed_attempt = Teslimat denemesi başarısız oldu
exc-title-returned = Mağazaya geri dönüyor
exc-title-lost = Paket kaybolmuş olabilir
exc-title-late = Söz verilen tarihten geç
exc-title-expired = Takip, teslimat olmadan sona erdi
exc-title-never_scanned = Henüz kargo firmasına teslim edilmedi
exc-title-awaiting_pickup = Teslim almanızı bekliyor

exc-why-customs_dwell = Paketiniz { $days } gündür gümrükte bekliyor; bu işlem genellikle { $min } ila { $max } gün sürer.
exc-why-silence = { $carrier }, { $days } gündür paketinizle ilgili yeni bir hareket kaydetmedi; bu aşamada bir süre bilgi gelmemesi sık görülür ve paket bir sonraki okutmada yeniden görünür.
exc-why-lost =
    { $days ->
        [one] { $carrier }, { $days } gündür paketinizle ilgili yeni bir hareket kaydetmedi.
       *[other] { $carrier }, { $days } gündür paketinizle ilgili yeni bir hareket kaydetmedi; bu, normalden çok daha uzun bir süre.
    }
exc-why-late =
    { $when ->
        [window] Paketinizin en geç { $promised } tarihinde teslim edilmesi gerekiyordu; yeni tahmini teslimat tarihi: { $window }.
       *[none] Paketinizin en geç { $promised } tarihinde teslim edilmesi gerekiyordu; kargo firması henüz yeni bir tarih vermedi.
    }
exc-why-lost-reported = { $carrier }, paketinizin kaybolduğunu bildirdi.
exc-why-expired = { $carrier }, teslimat kaydedilmeden önce paketinizi takip etmeyi bıraktı.
exc-why-never_scanned = Kargo etiketi { $days } gün önce oluşturuldu, ancak paket henüz { $carrier } tarafından okutulmadı.
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Paketiniz { $date } tarihine kadar { $point } teslim noktasında bekliyor.
               *[none] Paketiniz { $point } teslim noktasında bekliyor.
            }
       *[none]
            { $when ->
                [window] Paketiniz { $date } tarihine kadar bir { $carrier } teslim noktasında bekliyor.
               *[none] Paketiniz bir { $carrier } teslim noktasında bekliyor.
            }
    }
exc-pickup-hours = Çalışma saatleri: { $hours }
exc-why-returning = Paket mağazaya geri dönüyor.
exc-why-returned = Paket mağazaya geri ulaştı.
exc-why-failed-address_issue = { $carrier }, adresle ilgili bir sorun nedeniyle paketinizi teslim edemedi.
exc-why-failed-business_closed = { $carrier }, iş yeri kapalı olduğu için paketinizi teslim edemedi.
exc-why-failed-refused = Teslimat reddedildiği için paket { $carrier } tarafından teslim edilemedi.
exc-why-failed-other = { $carrier } paketinizi teslim etmeye çalıştı, ancak adreste teslim alacak kimse yoktu.
exc-why-customs_delay = Paketinizin gümrükten çıkışı normalden uzun sürüyor.
exc-why-customs_documents = Gümrük, paketinizi serbest bırakmadan önce belge veya bilgi istiyor.
exc-why-duties_unpaid = Gümrüğün paketinizi serbest bırakması için vergilerin veya gümrük ücretlerinin ödenmesi gerekiyor.
exc-why-prohibited = Gümrük, paket içeriğinin ülkeye girişine izin verilmeyebileceğini bildirdi.
exc-why-customs_inspection = Paketiniz gümrükte denetleniyor.
exc-why-address_issue = { $carrier }, teslimat adresiyle ilgili bir sorun bildirdi.
exc-why-damaged = { $carrier }, paketinizin hasar gördüğünü bildirdi.
exc-why-weather = Kötü hava koşulları nedeniyle paketiniz gecikiyor.
exc-why-carrier_delay = { $carrier }, kendi ağında bir gecikme olduğunu bildirdi.
exc-why-other = { $carrier }, paketinizle ilgili bir sorun bildirdi.

action-none = Şu an için yapmanız gereken bir şey yok; mağaza durumu takip ediyor.
action-pay_duties = Vergileri veya gümrük ücretlerini kargo firmasının bildiriminde belirtildiği şekilde ödeyin; ödeme yapıldığında paket serbest bırakılır.
action-provide_documents = Gümrüğün istediği bilgileri gönderin veya mağazadan yardım isteyin.
action-confirm_address = Teslimat adresinizi doğrulamak için mağazayla iletişime geçin.
action-arrange_redelivery = Bırakılan bilgilendirme notunu kullanarak { $carrier } üzerinden yeni bir teslimat planlayın veya paketi kendiniz teslim alın.
action-collect =
    { $when ->
        [window] Paketi kimliğiniz ve takip numaranızla en geç { $date } tarihine kadar teslim alın.
       *[none] Paketi kimliğiniz ve takip numaranızla en kısa sürede teslim alın.
    }
action-contact_store = Mağazayla iletişime geçin; yeni bir teslimat veya para iadesi ayarlayacaklardır.
action-wait_store = Şu an için yapmanız gereken bir şey yok; mağaza, kargo firmasına kayıp başvurusunda bulunabilir ve sizinle iletişime geçecek.

## Delivered, but not received

received-question = Paketinizi almadınız mı?
received-help =
    { $where ->
        [place] { $carrier }, teslimatı { $date } tarihinde { $place } konumunda kaydetti. Paketi bulamazsanız komşularınıza veya resepsiyona sorun, ardından mağazanın başvuru yapabilmesi için { $days } gün içinde mağazaya bildirin.
       *[none] { $carrier }, teslimatı { $date } tarihinde kaydetti. Paketi bulamazsanız komşularınıza veya resepsiyona sorun, ardından mağazanın başvuru yapabilmesi için { $days } gün içinde mağazaya bildirin.
    }

## The widget's own words

ui-history = Gönderi hareketleri
ui-show_all = Tüm { $count } güncellemeyi göster
ui-show_less = Daha az güncelleme göster
ui-contact = Mağazayla iletişime geçin
ui-carrier_page = { $carrier } web sitesinde takip edin
ui-parcel = Paket { $n } / { $total }
ui-progress = { $phase }: { $total } adımdan { $n }. adım
ui-now = Şu an: { $phase }
ui-local_time = Okutma yerindeki yerel saat: { $time }
ui-stale = Son güncelleme: { $time }; kargo firması şu anda yanıt vermiyor, bu nedenle bilgiler güncel olmayabilir.
ui-no_events = Kargo firmasından henüz güncelleme yok.
ui-loading = Takip bilgileri yükleniyor…
ui-error = Takip bilgileri şu anda görüntülenemiyor. Lütfen daha sonra tekrar deneyin.
ui-support-subject = Sipariş { $order }: paketimle ilgili soru

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = Paketiniz { $carrier } tarafından teslim alındı ve yola çıktı.
    .short = Paketiniz ({ $order }) { $carrier } ile yolda. Takip: { $link }
    .whatsapp = { $order } numaralı siparişiniz { $carrier } ile yolda. Buradan takip edebilirsiniz: { $link }
milestone-export_cleared = Paketiniz ihracat gümrüğünden geçti ve sırada ülkenize uçuş var.
    .short = Sipariş { $order } ihracat gümrüğünü geçti: { $link }
    .whatsapp = { $order } numaralı siparişiniz ihracat gümrüğünden geçti ve sırada ülkenize uçuş var. Buradan takip edebilirsiniz: { $link }
milestone-departed_origin_country = Paketiniz gönderildiği ülkeden ayrıldı ve ülkenize doğru yolda.
    .short = Sipariş { $order } menşe ülkeden ayrıldı: { $link }
    .whatsapp = { $order } numaralı siparişiniz gönderildiği ülkeden ayrıldı ve ülkenize doğru yolda. Buradan takip edebilirsiniz: { $link }
milestone-arrived_destination_country = Paketiniz ülkenize ulaştı.
    .short = Paketiniz ({ $order }) ülkenize geldi. Takip: { $link }
    .whatsapp = { $order } numaralı siparişiniz ülkenize ulaştı. Buradan takip edebilirsiniz: { $link }
milestone-import_cleared = Paketiniz gümrükten geçti ve yerel kargo firmasına teslim edildi.
    .short = Sipariş { $order } gümrükten geçti: { $link }
    .whatsapp = { $order } numaralı siparişiniz gümrükten geçti ve yerel kargo firmasına teslim edildi. Buradan takip edebilirsiniz: { $link }
milestone-available_for_pickup = Paketiniz teslim alınmaya hazır.
    .short = Sipariş { $order } teslim alınmaya hazır: { $link }
    .whatsapp = { $order } numaralı siparişiniz teslim alınmaya hazır. Nereden ve ne zamana kadar alabileceğinizi buradan görebilirsiniz: { $link }
milestone-out_for_delivery = Paketiniz bugün dağıtıma çıktı.
    .short = Paketiniz ({ $order }) bugün teslim edilecek. Takip: { $link }
    .whatsapp = { $order } numaralı siparişiniz bugün dağıtıma çıktı. Buradan takip edebilirsiniz: { $link }
milestone-delivered = Paketiniz teslim edildi.
    .short = Paketiniz ({ $order }) teslim edildi. Sorun varsa: { $link }
    .whatsapp = { $order } numaralı siparişiniz teslim edildi. Almadıysanız buradan bize bildirin: { $link }
milestone-exception = Paketinizle ilgili ilgilenmeniz gereken bir durum var; neler olduğunu ve neler yapabileceğinizi görün.
    .short = Paketiniz ({ $order }) dikkatinizi gerektiriyor. Detaylar: { $link }
    .whatsapp = { $order } numaralı siparişinizle ilgili ilgilenmeniz gereken bir durum var. Neler olduğunu ve neler yapabileceğinizi buradan görebilirsiniz: { $link }

exc-title-watch_ended = Paketinizi takip etmeyi bıraktık
exc-why-watch_ended = Paketinizi takip ettiğimiz { $days } gün boyunca herhangi bir teslimat kaydedilmedi; paketin nerede olduğunu araştırabilmesi için mağazayla iletişime geçin.
