# Waymark — the buyer's words, Malay. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Menunggu bungkusan
status-info_received = Label dicipta
status-in_transit = Dalam perjalanan
status-out_for_delivery = Dalam penghantaran
status-available_for_pickup = Sedia untuk diambil
status-failed_attempt = Cubaan penghantaran
status-delivered = Berjaya dihantar
status-exception = Perlu perhatian
status-returning_to_sender = Dalam perjalanan pulang ke kedai
status-returned_to_sender = Dipulangkan ke kedai
status-expired = Penjejakan tamat
status-cancelled = Dibatalkan

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Dikirim
phase-export_customs = Kastam eksport
phase-linehaul = Perjalanan antarabangsa
phase-import_customs = Kastam import
phase-destination = Di negara anda
phase-last_mile = Penghantaran
phase-return = Pemulangan

## Reasons (labels)

reason-customs_delay = Kelewatan kastam
reason-customs_documents = Kastam memerlukan dokumen
reason-duties_unpaid = Duti atau cukai perlu dibayar
reason-prohibited = Kandungan tidak dibenarkan
reason-customs_inspection = Pemeriksaan kastam
reason-address_issue = Masalah alamat
reason-recipient_unavailable = Tiada orang untuk menerimanya
reason-business_closed = Premis perniagaan ditutup
reason-refused = Ditolak
reason-damaged = Rosak
reason-lost = Hilang
reason-weather = Kelewatan akibat cuaca
reason-carrier_delay = Kelewatan kurier
reason-returned = Dihantar balik
reason-other = Masalah lain

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Bungkusan telah diterima oleh kurier
event-in_transit-export_customs = Di kastam eksport
event-in_transit-linehaul = Dalam perjalanan antara negara
event-in_transit-import_customs = Di kastam import
event-in_transit-destination = Dalam perjalanan di negara anda
event-in_transit-last_mile = Berhampiran anda
event-in_transit-return = Dalam perjalanan pulang

## Headlines: the parcel's state in a few words

headline-pending = Kedai sedang menyediakan bungkusan anda
headline-info_received = Label bungkusan anda telah dicipta
headline-in_transit = Bungkusan anda dalam perjalanan
headline-out_for_delivery = Bungkusan anda sedang dihantar kepada anda
headline-available_for_pickup = Bungkusan anda sedia untuk diambil
headline-failed_attempt = Kurier tidak dapat menghantar bungkusan anda
headline-delivered = Bungkusan anda telah berjaya dihantar pada { $date }
headline-exception = Bungkusan anda memerlukan perhatian
headline-returning_to_sender = Bungkusan anda sedang dipulangkan ke kedai
headline-returned_to_sender = Bungkusan anda telah dipulangkan ke kedai
headline-expired = Penjejakan tamat sebelum bungkusan dihantar
headline-cancelled = Penghantaran ini telah dibatalkan
headline-late = Bungkusan anda lewat

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Label sudah sedia, tetapi { $carrier } belum menerima bungkusan anda; setelah diterima, bungkusan dijangka tiba pada { $window }.
       *[none] Label sudah sedia, tetapi { $carrier } belum menerima bungkusan anda; setelah diterima, anda boleh melihat setiap langkah di sini.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Bungkusan anda kini bersama { $carrier } dan seterusnya akan melalui kastam eksport; ia dijangka tiba pada { $window }.
               *[none] Bungkusan anda kini bersama { $carrier } dan seterusnya akan melalui kastam eksport; tarikh penghantaran belum diketahui.
            }
       *[domestic]
            { $when ->
                [window] Bungkusan anda kini bersama { $carrier } dan dalam perjalanan ke kawasan anda; ia dijangka tiba pada { $window }.
               *[none] Bungkusan anda kini bersama { $carrier } dan dalam perjalanan ke kawasan anda; tarikh penghantaran belum diketahui.
            }
    }
answer-export_customs =
    { $when ->
        [window] Bungkusan anda berada di kastam eksport dan kemudian akan diterbangkan ke negara anda; ia dijangka tiba pada { $window }.
       *[none] Bungkusan anda berada di kastam eksport dan kemudian akan diterbangkan ke negara anda; tarikh penghantaran belum diketahui.
    }
answer-linehaul =
    { $when ->
        [window] Bungkusan anda dalam perjalanan antara negara dan seterusnya akan melalui kastam import; ia dijangka tiba pada { $window }.
       *[none] Bungkusan anda dalam perjalanan antara negara dan seterusnya akan melalui kastam import; tarikh penghantaran belum diketahui.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Bungkusan anda berada di kastam import di { $country } dan seterusnya akan diserahkan kepada kurier tempatan; ia dijangka tiba pada { $window }.
               *[none] Bungkusan anda berada di kastam import di { $country } dan seterusnya akan diserahkan kepada kurier tempatan; tarikh penghantaran belum diketahui.
            }
       *[none]
            { $when ->
                [window] Bungkusan anda berada di kastam import dan seterusnya akan diserahkan kepada kurier tempatan; ia dijangka tiba pada { $window }.
               *[none] Bungkusan anda berada di kastam import dan seterusnya akan diserahkan kepada kurier tempatan; tarikh penghantaran belum diketahui.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Bungkusan anda berada di { $place } dan dalam perjalanan ke alamat anda; ia dijangka tiba pada { $window }.
               *[none] Bungkusan anda berada di { $place } dan dalam perjalanan ke alamat anda; tarikh penghantaran belum diketahui.
            }
       *[none]
            { $when ->
                [window] Bungkusan anda telah tiba di negara anda dan dalam perjalanan ke alamat anda; ia dijangka tiba pada { $window }.
               *[none] Bungkusan anda telah tiba di negara anda dan dalam perjalanan ke alamat anda; tarikh penghantaran belum diketahui.
            }
    }
answer-in_transit =
    { $when ->
        [window] Bungkusan anda dalam perjalanan bersama { $carrier }; ia dijangka tiba pada { $window }.
       *[none] Bungkusan anda dalam perjalanan bersama { $carrier }; tarikh penghantaran belum diketahui.
    }
answer-out_for_delivery =
    { $where ->
        [place] Bungkusan anda sedang dalam penghantaran di { $place } dan dijangka sampai hari ini; anda tidak perlu berbuat apa-apa.
       *[none] Bungkusan anda sedang dalam penghantaran dan dijangka sampai hari ini; anda tidak perlu berbuat apa-apa.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Bungkusan anda sedang menunggu di { $point }; ambil selewat-lewatnya pada { $date } dengan membawa dokumen pengenalan diri dan nombor penjejakan.
               *[none] Bungkusan anda sedang menunggu di { $point }; ambil secepat mungkin dengan membawa dokumen pengenalan diri dan nombor penjejakan.
            }
       *[none]
            { $when ->
                [window] Bungkusan anda sedang menunggu di pusat pengambilan { $carrier }; ambil selewat-lewatnya pada { $date } dengan membawa dokumen pengenalan diri dan nombor penjejakan.
               *[none] Bungkusan anda sedang menunggu di pusat pengambilan { $carrier }; ambil secepat mungkin dengan membawa dokumen pengenalan diri dan nombor penjejakan.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } tidak dapat menghantar bungkusan anda di { $place }; aturkan penghantaran semula atau ambil sendiri bungkusan itu berpandukan notis yang ditinggalkan oleh kurier.
       *[none] { $carrier } tidak dapat menghantar bungkusan anda; aturkan penghantaran semula atau ambil sendiri bungkusan itu berpandukan notis yang ditinggalkan oleh kurier.
    }
answer-delivered =
    { $where ->
        [place] Bungkusan anda telah berjaya dihantar di { $place } pada { $date }; jika anda tidak menemuinya, maklumkan kepada kedai.
       *[none] Bungkusan anda telah berjaya dihantar pada { $date }; jika anda tidak menemuinya, maklumkan kepada kedai.
    }
answer-pay_duties =
    { $where ->
        [place] Bungkusan anda ditahan oleh kastam di { $country } sehingga duti atau cukai dibayar; bayar mengikut notis daripada kurier dan bungkusan akan dilepaskan.
       *[none] Bungkusan anda ditahan oleh kastam sehingga duti atau cukai dibayar; bayar mengikut notis daripada kurier dan bungkusan akan dilepaskan.
    }
answer-provide_documents =
    { $where ->
        [place] Kastam di { $country } memerlukan maklumat tambahan sebelum melepaskan bungkusan anda; balas permintaan kurier atau minta bantuan daripada kedai.
       *[none] Kastam memerlukan maklumat tambahan sebelum melepaskan bungkusan anda; balas permintaan kurier atau minta bantuan daripada kedai.
    }
answer-confirm_address = { $carrier } melaporkan masalah dengan alamat penghantaran; hubungi kedai untuk mengesahkannya supaya bungkusan dapat dihantar.
answer-late =
    { $when ->
        [window] Bungkusan anda sepatutnya tiba selewat-lewatnya pada { $promised } tetapi telah lewat; kini ia dijangka tiba pada { $window }, dan pihak kedai telah dimaklumkan.
       *[none] Bungkusan anda sepatutnya tiba selewat-lewatnya pada { $promised } tetapi telah lewat; kurier belum memberikan tarikh baharu, dan pihak kedai telah dimaklumkan.
    }
answer-lost = Bungkusan anda tidak diimbas oleh { $carrier } selama { $days } hari, jadi ia mungkin hilang; pihak kedai boleh membuat tuntutan dengan kurier.
answer-lost-reported = { $carrier } melaporkan bahawa bungkusan anda hilang; pihak kedai boleh membuat tuntutan dengan kurier dan akan menghubungi anda.
answer-never_scanned = Label telah dicipta { $days } hari yang lalu, tetapi { $carrier } belum menerima bungkusan itu; pihak kedai telah dimaklumkan.
answer-returning = Bungkusan anda dalam perjalanan pulang ke kedai; hubungi kedai untuk mengatur penghantaran semula atau bayaran balik.
answer-returned = Bungkusan anda telah dipulangkan ke kedai; hubungi kedai untuk mengatur penghantaran semula atau bayaran balik.
answer-expired = { $carrier } berhenti menjejaki bungkusan anda sebelum ia dihantar; hubungi kedai supaya mereka dapat mengesan lokasinya.
answer-cancelled = Penghantaran ini telah dibatalkan sebelum bungkusan dikirim; hubungi kedai jika anda tidak menjangkakannya.
answer-pending = Kedai sedang menyediakan bungkusan anda; anda boleh melihat setiap langkah di sini sebaik sahaja kurier menerimanya.

## The estimated delivery

eta-label = Anggaran penghantaran
eta-window = Dijangka tiba: { $window }
eta-unknown = Tarikh penghantaran belum diketahui
eta-late = Sepatutnya tiba selewat-lewatnya pada { $promised }; kini dijangka tiba: { $window }
eta-late-unknown = Sepatutnya tiba selewat-lewatnya pada { $promised }; belum ada tarikh baharu
eta-delivered = Berjaya dihantar pada { $date }
eta-basis-carrier_promise = Janji penghantaran kurier
eta-basis-carrier_estimate = Anggaran kurier
eta-basis-lane_history = Tempoh biasa untuk laluan ini

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Kurier melaporkan masalah
exc-title-customs_dwell = Ditahan di kastam lebih lama daripada biasa
exc-title-silence = Tiada berita daripada kurier sejak beberapa ketika
exc-title-failed_attempt = Cubaan penghantaran gagal
exc-title-returned = Dalam perjalanan pulang ke kedai
exc-title-lost = Bungkusan mungkin hilang
exc-title-late = Lebih lewat daripada yang dijanjikan
exc-title-expired = Penjejakan tamat tanpa penghantaran
exc-title-never_scanned = Belum diserahkan kepada kurier
exc-title-awaiting_pickup = Menunggu untuk diambil oleh anda

exc-why-customs_dwell =
    { $days ->
       *[other] Kastam telah menahan bungkusan anda selama { $days } hari, sedangkan biasanya proses ini hanya mengambil masa { $min } hingga { $max } hari.
    }
exc-why-silence =
    { $days ->
       *[other] Bungkusan anda tidak diimbas oleh { $carrier } selama { $days } hari; bungkusan memang sering tiada kemas kini pada peringkat ini dan akan muncul semula pada imbasan seterusnya.
    }
exc-why-lost =
    { $days ->
       *[other] Bungkusan anda tidak diimbas oleh { $carrier } selama { $days } hari, jauh lebih lama daripada biasa.
    }
exc-why-late =
    { $when ->
        [window] Bungkusan anda sepatutnya tiba selewat-lewatnya pada { $promised }; kini ia dijangka tiba pada { $window }.
       *[none] Bungkusan anda sepatutnya tiba selewat-lewatnya pada { $promised }; kurier belum memberikan tarikh baharu.
    }
exc-why-lost-reported = { $carrier } melaporkan bahawa bungkusan anda hilang.
exc-why-expired = { $carrier } berhenti menjejaki bungkusan anda sebelum penghantaran direkodkan.
exc-why-never_scanned =
    { $days ->
       *[other] Label telah dicipta { $days } hari yang lalu, tetapi { $carrier } belum mengimbas bungkusan itu.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Bungkusan anda berada di { $point } sehingga { $date }.
               *[none] Bungkusan anda berada di { $point }.
            }
       *[none]
            { $when ->
                [window] Bungkusan anda berada di pusat pengambilan { $carrier } sehingga { $date }.
               *[none] Bungkusan anda berada di pusat pengambilan { $carrier }.
            }
    }
exc-pickup-hours = Waktu operasi: { $hours }
exc-why-returning = Bungkusan dalam perjalanan pulang ke kedai.
exc-why-returned = Bungkusan telah kembali ke kedai.
exc-why-failed-address_issue = { $carrier } tidak dapat menghantar bungkusan anda kerana masalah alamat.
exc-why-failed-business_closed = { $carrier } tidak dapat menghantar bungkusan anda kerana premis perniagaan ditutup.
exc-why-failed-refused = Penerimaan bungkusan telah ditolak, jadi { $carrier } tidak dapat menyerahkan bungkusan itu.
exc-why-failed-other = { $carrier } cuba menghantar bungkusan anda, tetapi tiada sesiapa untuk menerimanya.
exc-why-customs_delay = Kastam mengambil masa lebih lama daripada biasa untuk melepaskan bungkusan anda.
exc-why-customs_documents = Kastam memerlukan dokumen atau maklumat sebelum melepaskan bungkusan anda.
exc-why-duties_unpaid = Duti atau cukai perlu dibayar sebelum kastam melepaskan bungkusan anda.
exc-why-prohibited = Kastam melaporkan bahawa kandungan bungkusan mungkin tidak dibenarkan masuk ke negara ini.
exc-why-customs_inspection = Kastam sedang memeriksa bungkusan anda.
exc-why-address_issue = { $carrier } melaporkan masalah dengan alamat penghantaran.
exc-why-damaged = { $carrier } melaporkan bahawa bungkusan anda rosak.
exc-why-weather = Cuaca buruk menyebabkan bungkusan anda lewat.
exc-why-carrier_delay = { $carrier } melaporkan kelewatan dalam rangkaiannya.
exc-why-other = { $carrier } melaporkan masalah dengan bungkusan anda.

action-none = Tiada tindakan diperlukan buat masa ini; pihak kedai sedang memantaunya.
action-pay_duties = Bayar duti atau cukai mengikut notis daripada kurier; bungkusan akan dilepaskan sebaik sahaja bayaran dibuat.
action-provide_documents = Hantar maklumat yang diminta oleh kastam, atau minta bantuan daripada kedai.
action-confirm_address = Hubungi kedai untuk mengesahkan alamat penghantaran anda.
action-arrange_redelivery = Aturkan penghantaran semula atau pengambilan sendiri dengan { $carrier } berpandukan notis yang ditinggalkan.
action-collect =
    { $when ->
        [window] Ambil bungkusan selewat-lewatnya pada { $date } dengan membawa dokumen pengenalan diri dan nombor penjejakan.
       *[none] Ambil bungkusan secepat mungkin dengan membawa dokumen pengenalan diri dan nombor penjejakan.
    }
action-contact_store = Hubungi kedai; mereka akan mengatur penghantaran semula atau bayaran balik.
action-wait_store = Tiada tindakan diperlukan buat masa ini; pihak kedai boleh membuat tuntutan dengan kurier dan akan menghubungi anda.

## Delivered, but not received

received-question = Belum terima?
received-help =
    { $where ->
        [place] { $carrier } merekodkan penghantaran di { $place } pada { $date }. Jika anda tidak menemui bungkusan itu, tanya jiran atau kaunter penyambut tetamu, kemudian maklumkan kepada kedai dalam tempoh { $days } hari supaya mereka boleh membuat tuntutan.
       *[none] { $carrier } merekodkan penghantaran pada { $date }. Jika anda tidak menemui bungkusan itu, tanya jiran atau kaunter penyambut tetamu, kemudian maklumkan kepada kedai dalam tempoh { $days } hari supaya mereka boleh membuat tuntutan.
    }

## The widget's own words

ui-history = Sejarah penjejakan
ui-show_all = Tunjukkan semua { $count } kemas kini
ui-show_less = Tunjukkan lebih sedikit kemas kini
ui-contact = Hubungi kedai
ui-carrier_page = Jejak di laman web { $carrier }
ui-parcel = Bungkusan { $n } daripada { $total }
ui-progress = { $phase }: langkah { $n } daripada { $total }
ui-now = Kini: { $phase }
ui-local_time = Waktu tempatan semasa imbasan: { $time }
ui-stale = Kali terakhir dikemas kini pada { $time }; kurier tidak memberi respons buat masa ini, jadi maklumat ini mungkin tidak terkini.
ui-no_events = Belum ada kemas kini daripada kurier.
ui-loading = Memuatkan penjejakan…
ui-error = Penjejakan tidak tersedia buat masa ini. Sila cuba lagi nanti.
ui-support-subject = Pesanan { $order }: pertanyaan tentang bungkusan saya

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } telah menerima bungkusan anda dan ia kini dalam perjalanan.
    .short = Pesanan { $order } anda dalam perjalanan bersama { $carrier }. Jejak di { $link }
    .whatsapp = Pesanan { $order } anda dalam perjalanan bersama { $carrier }. Jejak di sini: { $link }
milestone-export_cleared = Bungkusan anda telah melepasi kastam eksport dan seterusnya akan diterbangkan ke negara anda.
    .short = Pesanan { $order } anda telah melepasi kastam eksport. Jejak di { $link }
    .whatsapp = Pesanan { $order } anda telah melepasi kastam eksport dan seterusnya akan diterbangkan ke negara anda. Jejak di sini: { $link }
milestone-departed_origin_country = Bungkusan anda telah meninggalkan negara asal dan dalam perjalanan ke negara anda.
    .short = Pesanan { $order } anda telah meninggalkan negara asal. Jejak di { $link }
    .whatsapp = Pesanan { $order } anda telah meninggalkan negara asal dan dalam perjalanan ke negara anda. Jejak di sini: { $link }
milestone-arrived_destination_country = Bungkusan anda telah tiba di negara anda.
    .short = Pesanan { $order } anda telah tiba di negara anda. Jejak di { $link }
    .whatsapp = Pesanan { $order } anda telah tiba di negara anda. Jejak di sini: { $link }
milestone-import_cleared = Bungkusan anda telah melepasi kastam dan kini bersama kurier tempatan.
    .short = Pesanan { $order } anda telah melepasi kastam. Jejak di { $link }
    .whatsapp = Pesanan { $order } anda telah melepasi kastam dan kini bersama kurier tempatan. Jejak di sini: { $link }
milestone-available_for_pickup = Bungkusan anda sedia untuk diambil.
    .short = Pesanan { $order } anda sedia untuk diambil. Butiran: { $link }
    .whatsapp = Pesanan { $order } anda sedia untuk diambil. Lihat lokasi dan tarikh akhir pengambilan: { $link }
milestone-out_for_delivery = Bungkusan anda sedang dihantar kepada anda hari ini.
    .short = Pesanan { $order } anda sedang dihantar hari ini. Jejak di { $link }
    .whatsapp = Pesanan { $order } anda sedang dihantar kepada anda hari ini. Jejak di sini: { $link }
milestone-delivered = Bungkusan anda telah berjaya dihantar.
    .short = Pesanan { $order } anda telah berjaya dihantar. Belum terima? { $link }
    .whatsapp = Pesanan { $order } anda telah berjaya dihantar. Belum terima? Beritahu kami di sini: { $link }
milestone-exception = Bungkusan anda memerlukan perhatian anda; lihat apa yang berlaku dan apa yang boleh anda lakukan.
    .short = Pesanan { $order } anda memerlukan perhatian anda. Butiran: { $link }
    .whatsapp = Pesanan { $order } anda memerlukan perhatian anda. Lihat apa yang berlaku dan apa yang boleh anda lakukan: { $link }

exc-title-watch_ended = Kami telah berhenti menjejaki bungkusan anda
exc-why-watch_ended =
    { $days ->
       *[other] Tiada penghantaran direkodkan sepanjang { $days } hari kami menjejaki bungkusan anda; hubungi kedai supaya mereka dapat mengesan lokasinya.
    }
