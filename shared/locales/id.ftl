# Waymark — the buyer's words, Indonesian. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = Menunggu pengiriman
status-info_received = Label pengiriman dibuat
status-in_transit = Dalam perjalanan
status-out_for_delivery = Sedang diantar
status-available_for_pickup = Siap diambil
status-failed_attempt = Gagal diantar
status-delivered = Terkirim
status-exception = Perlu perhatian
status-returning_to_sender = Sedang dikembalikan ke toko
status-returned_to_sender = Telah dikembalikan ke toko
status-expired = Pelacakan berakhir
status-cancelled = Dibatalkan

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Dikirim
phase-export_customs = Bea cukai ekspor
phase-linehaul = Pengiriman internasional
phase-import_customs = Bea cukai impor
phase-destination = Di negara Anda
phase-last_mile = Pengantaran
phase-return = Pengembalian

## Reasons (labels)

reason-customs_delay = Keterlambatan bea cukai
reason-customs_documents = Bea cukai memerlukan dokumen
reason-duties_unpaid = Bea atau pajak perlu dibayar
reason-prohibited = Isi paket tidak diizinkan
reason-customs_inspection = Pemeriksaan bea cukai
reason-address_issue = Masalah alamat
reason-recipient_unavailable = Tidak ada yang menerima
reason-business_closed = Tempat usaha tutup
reason-refused = Ditolak penerima
reason-damaged = Rusak
reason-lost = Hilang
reason-weather = Keterlambatan karena cuaca
reason-carrier_delay = Keterlambatan dari kurir
reason-returned = Dikembalikan
reason-other = Masalah lain

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Paket sudah di kurir
event-in_transit-export_customs = Di bea cukai ekspor
event-in_transit-linehaul = Dalam perjalanan antarnegara
event-in_transit-import_customs = Di bea cukai impor
event-in_transit-destination = Dalam perjalanan di negara Anda
event-in_transit-last_mile = Sudah dekat lokasi Anda
event-in_transit-return = Dalam perjalanan kembali

## Headlines: the parcel's state in a few words

headline-pending = Toko sedang menyiapkan paket Anda
headline-info_received = Label pengiriman paket Anda telah dibuat
headline-in_transit = Paket Anda sedang dalam perjalanan
headline-out_for_delivery = Paket Anda sedang diantar
headline-available_for_pickup = Paket Anda siap diambil
headline-failed_attempt = Kurir tidak dapat mengantarkan paket Anda
headline-delivered = Paket Anda telah diantarkan pada { $date }
headline-exception = Paket Anda memerlukan perhatian
headline-returning_to_sender = Paket Anda sedang dikembalikan ke toko
headline-returned_to_sender = Paket Anda telah dikembalikan ke toko
headline-expired = Pelacakan berakhir sebelum paket diantarkan
headline-cancelled = Pengiriman ini telah dibatalkan
headline-late = Paket Anda terlambat

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] Label pengiriman sudah dibuat, tetapi { $carrier } belum menerima paket Anda; setelah diterima, paket diperkirakan tiba pada { $window }.
       *[none] Label pengiriman sudah dibuat, tetapi { $carrier } belum menerima paket Anda; setelah diterima, Anda dapat melihat setiap tahap pengirimannya di sini.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Paket Anda sudah di { $carrier } dan selanjutnya akan melalui bea cukai ekspor; paket diperkirakan tiba pada { $window }.
               *[none] Paket Anda sudah di { $carrier } dan selanjutnya akan melalui bea cukai ekspor; perkiraan tanggal tibanya belum diketahui.
            }
       *[domestic]
            { $when ->
                [window] Paket Anda sudah di { $carrier } dan sedang menuju wilayah Anda; paket diperkirakan tiba pada { $window }.
               *[none] Paket Anda sudah di { $carrier } dan sedang menuju wilayah Anda; perkiraan tanggal tibanya belum diketahui.
            }
    }
answer-export_customs =
    { $when ->
        [window] Paket Anda sedang di bea cukai ekspor dan selanjutnya akan diterbangkan ke negara Anda; paket diperkirakan tiba pada { $window }.
       *[none] Paket Anda sedang di bea cukai ekspor dan selanjutnya akan diterbangkan ke negara Anda; perkiraan tanggal tibanya belum diketahui.
    }
answer-linehaul =
    { $when ->
        [window] Paket Anda sedang dalam perjalanan antarnegara dan selanjutnya akan melalui bea cukai impor; paket diperkirakan tiba pada { $window }.
       *[none] Paket Anda sedang dalam perjalanan antarnegara dan selanjutnya akan melalui bea cukai impor; perkiraan tanggal tibanya belum diketahui.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Paket Anda sedang di bea cukai impor { $country } dan selanjutnya akan diserahkan ke kurir lokal; paket diperkirakan tiba pada { $window }.
               *[none] Paket Anda sedang di bea cukai impor { $country } dan selanjutnya akan diserahkan ke kurir lokal; perkiraan tanggal tibanya belum diketahui.
            }
       *[none]
            { $when ->
                [window] Paket Anda sedang di bea cukai impor dan selanjutnya akan diserahkan ke kurir lokal; paket diperkirakan tiba pada { $window }.
               *[none] Paket Anda sedang di bea cukai impor dan selanjutnya akan diserahkan ke kurir lokal; perkiraan tanggal tibanya belum diketahui.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Paket Anda sedang berada di { $place } dan dalam perjalanan ke alamat Anda; paket diperkirakan tiba pada { $window }.
               *[none] Paket Anda sedang berada di { $place } dan dalam perjalanan ke alamat Anda; perkiraan tanggal tibanya belum diketahui.
            }
       *[none]
            { $when ->
                [window] Paket Anda telah tiba di negara Anda dan sedang dalam perjalanan ke alamat Anda; paket diperkirakan tiba pada { $window }.
               *[none] Paket Anda telah tiba di negara Anda dan sedang dalam perjalanan ke alamat Anda; perkiraan tanggal tibanya belum diketahui.
            }
    }
answer-in_transit =
    { $when ->
        [window] Paket Anda sedang dikirim oleh { $carrier }; paket diperkirakan tiba pada { $window }.
       *[none] Paket Anda sedang dikirim oleh { $carrier }; perkiraan tanggal tibanya belum diketahui.
    }
answer-out_for_delivery =
    { $where ->
        [place] Paket Anda sedang diantar di { $place } dan diperkirakan sampai hari ini; Anda tidak perlu melakukan apa pun.
       *[none] Paket Anda sedang diantar dan diperkirakan sampai hari ini; Anda tidak perlu melakukan apa pun.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Paket Anda menunggu di { $point }; silakan ambil paling lambat { $date } dengan membawa kartu identitas dan nomor resi Anda.
               *[none] Paket Anda menunggu di { $point }; silakan segera ambil dengan membawa kartu identitas dan nomor resi Anda.
            }
       *[none]
            { $when ->
                [window] Paket Anda menunggu di titik pengambilan { $carrier }; silakan ambil paling lambat { $date } dengan membawa kartu identitas dan nomor resi Anda.
               *[none] Paket Anda menunggu di titik pengambilan { $carrier }; silakan segera ambil dengan membawa kartu identitas dan nomor resi Anda.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } tidak dapat mengantarkan paket Anda di { $place }; silakan atur pengantaran ulang atau ambil sendiri paket Anda sesuai pemberitahuan yang ditinggalkan kurir.
       *[none] { $carrier } tidak dapat mengantarkan paket Anda; silakan atur pengantaran ulang atau ambil sendiri paket Anda sesuai pemberitahuan yang ditinggalkan kurir.
    }
answer-delivered =
    { $where ->
        [place] Paket Anda telah diantarkan di { $place } pada { $date }; jika Anda tidak menemukannya, silakan beri tahu toko.
       *[none] Paket Anda telah diantarkan pada { $date }; jika Anda tidak menemukannya, silakan beri tahu toko.
    }
answer-pay_duties =
    { $where ->
        [place] Paket Anda ditahan oleh bea cukai { $country } sampai bea atau pajaknya dibayar; silakan bayar sesuai pemberitahuan dari kurir, lalu paket akan dilepaskan.
       *[none] Paket Anda ditahan oleh bea cukai sampai bea atau pajaknya dibayar; silakan bayar sesuai pemberitahuan dari kurir, lalu paket akan dilepaskan.
    }
answer-provide_documents =
    { $where ->
        [place] Bea cukai { $country } memerlukan informasi tambahan sebelum melepaskan paket Anda; silakan tanggapi permintaan dari kurir atau minta bantuan toko.
       *[none] Bea cukai memerlukan informasi tambahan sebelum melepaskan paket Anda; silakan tanggapi permintaan dari kurir atau minta bantuan toko.
    }
answer-confirm_address = { $carrier } melaporkan ada masalah dengan alamat pengiriman; silakan hubungi toko untuk mengonfirmasi alamat Anda agar paket dapat diantarkan.
answer-late =
    { $when ->
        [window] Paket Anda seharusnya tiba paling lambat { $promised } dan kini terlambat; paket sekarang diperkirakan tiba pada { $window }, dan toko sudah diberi tahu.
       *[none] Paket Anda seharusnya tiba paling lambat { $promised } dan kini terlambat; kurir belum memberikan tanggal baru, dan toko sudah diberi tahu.
    }
answer-lost = { $carrier } belum memindai paket Anda selama { $days } hari, sehingga paket mungkin hilang; toko dapat mengajukan klaim ke kurir.
answer-lost-reported = { $carrier } melaporkan bahwa paket Anda hilang; toko dapat mengajukan klaim ke kurir dan akan menghubungi Anda.
answer-never_scanned = Label pengiriman dibuat { $days } hari lalu, tetapi { $carrier } belum menerima paketnya; toko sudah diberi tahu.
answer-returning = Paket Anda sedang dalam perjalanan kembali ke toko; silakan hubungi toko untuk mengatur pengiriman ulang atau pengembalian dana.
answer-returned = Paket Anda telah dikembalikan ke toko; silakan hubungi toko untuk mengatur pengiriman ulang atau pengembalian dana.
answer-expired = { $carrier } berhenti melacak paket Anda sebelum paket diantarkan; silakan hubungi toko agar mereka dapat mencari tahu keberadaannya.
answer-cancelled = Pengiriman ini dibatalkan sebelum paket dikirim; silakan hubungi toko jika Anda tidak mengetahui pembatalan ini.
answer-pending = Toko sedang menyiapkan paket Anda; setelah paket diterima kurir, Anda dapat melihat setiap tahap pengirimannya di sini.

## The estimated delivery

eta-label = Perkiraan tiba
eta-window = Diperkirakan tiba pada { $window }
eta-unknown = Perkiraan tanggal tiba belum diketahui
eta-late = Seharusnya tiba paling lambat { $promised }; kini diperkirakan tiba pada { $window }
eta-late-unknown = Seharusnya tiba paling lambat { $promised }; belum ada tanggal baru
eta-delivered = Diantarkan pada { $date }
eta-basis-carrier_promise = Jaminan waktu pengiriman dari kurir
eta-basis-carrier_estimate = Perkiraan dari kurir
eta-basis-lane_history = Waktu pengiriman umum untuk rute ini

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Kurir melaporkan masalah
exc-title-customs_dwell = Tertahan di bea cukai lebih lama dari biasanya
exc-title-silence = Sudah beberapa waktu tidak ada kabar dari kurir
exc-title-failed_attempt = Pengantaran gagal
exc-title-returned = Sedang dikembalikan ke toko
exc-title-lost = Paket mungkin hilang
exc-title-late = Lebih lambat dari yang dijanjikan
exc-title-expired = Pelacakan berakhir sebelum paket diantarkan
exc-title-never_scanned = Belum diserahkan ke kurir
exc-title-awaiting_pickup = Menunggu Anda mengambilnya

exc-why-customs_dwell =
    { $days ->
       *[other] Bea cukai telah menahan paket Anda selama { $days } hari, padahal biasanya hanya { $min } sampai { $max } hari.
    }
exc-why-silence =
    { $days ->
       *[other] { $carrier } belum memindai paket Anda selama { $days } hari; pada tahap ini paket sering tidak ada kabar untuk sementara dan akan muncul lagi pada pemindaian berikutnya.
    }
exc-why-lost =
    { $days ->
       *[other] { $carrier } belum memindai paket Anda selama { $days } hari, jauh lebih lama dari biasanya.
    }
exc-why-late =
    { $when ->
        [window] Paket Anda seharusnya tiba paling lambat { $promised }; kini diperkirakan tiba pada { $window }.
       *[none] Paket Anda seharusnya tiba paling lambat { $promised }; kurir belum memberikan tanggal baru.
    }
exc-why-lost-reported = { $carrier } melaporkan bahwa paket Anda hilang.
exc-why-expired = { $carrier } berhenti melacak paket Anda sebelum pengantarannya tercatat.
exc-why-never_scanned =
    { $days ->
       *[other] Label pengiriman dibuat { $days } hari lalu, tetapi { $carrier } belum memindai paketnya.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Paket Anda ada di { $point } hingga { $date }.
               *[none] Paket Anda ada di { $point }.
            }
       *[none]
            { $when ->
                [window] Paket Anda ada di titik pengambilan { $carrier } hingga { $date }.
               *[none] Paket Anda ada di titik pengambilan { $carrier }.
            }
    }
exc-pickup-hours = Jam buka: { $hours }
exc-why-returning = Paket sedang dalam perjalanan kembali ke toko.
exc-why-returned = Paket sudah kembali ke toko.
exc-why-failed-address_issue = { $carrier } tidak dapat mengantarkan paket Anda karena ada masalah dengan alamat.
exc-why-failed-business_closed = { $carrier } tidak dapat mengantarkan paket Anda karena tempat usaha sedang tutup.
exc-why-failed-refused = Paket ditolak saat diantar, sehingga { $carrier } tidak dapat menyerahkannya.
exc-why-failed-other = { $carrier } mencoba mengantarkan paket Anda, tetapi tidak ada yang dapat menerimanya.
exc-why-customs_delay = Bea cukai memerlukan waktu lebih lama dari biasanya untuk melepaskan paket Anda.
exc-why-customs_documents = Bea cukai memerlukan dokumen atau informasi sebelum melepaskan paket Anda.
exc-why-duties_unpaid = Bea atau pajak harus dibayar sebelum bea cukai melepaskan paket Anda.
exc-why-prohibited = Bea cukai melaporkan bahwa isi paket mungkin tidak diizinkan masuk ke negara ini.
exc-why-customs_inspection = Bea cukai sedang memeriksa paket Anda.
exc-why-address_issue = { $carrier } melaporkan ada masalah dengan alamat pengiriman.
exc-why-damaged = { $carrier } melaporkan bahwa paket Anda rusak.
exc-why-weather = Cuaca buruk menyebabkan paket Anda terlambat.
exc-why-carrier_delay = { $carrier } melaporkan adanya keterlambatan di jaringannya.
exc-why-other = { $carrier } melaporkan ada masalah dengan paket Anda.

action-none = Untuk saat ini Anda tidak perlu melakukan apa pun; toko terus memantaunya.
action-pay_duties = Silakan bayar bea atau pajak sesuai pemberitahuan dari kurir; paket akan dilepaskan setelah pembayaran selesai.
action-provide_documents = Silakan kirimkan informasi yang diminta bea cukai, atau minta bantuan toko.
action-confirm_address = Silakan hubungi toko untuk mengonfirmasi alamat pengiriman Anda.
action-arrange_redelivery = Silakan atur pengantaran ulang atau ambil sendiri paket Anda di { $carrier } sesuai pemberitahuan yang mereka tinggalkan.
action-collect =
    { $when ->
        [window] Silakan ambil paket paling lambat { $date } dengan membawa kartu identitas dan nomor resi Anda.
       *[none] Silakan segera ambil paket dengan membawa kartu identitas dan nomor resi Anda.
    }
action-contact_store = Silakan hubungi toko; mereka akan mengatur pengiriman ulang atau pengembalian dana.
action-wait_store = Untuk saat ini Anda tidak perlu melakukan apa pun; toko dapat mengajukan klaim ke kurir dan akan menghubungi Anda.

## Delivered, but not received

received-question = Belum menerima paket?
received-help =
    { $where ->
        [place] { $carrier } mencatat paket telah diantarkan di { $place } pada { $date }. Jika Anda tidak menemukan paketnya, tanyakan kepada tetangga atau resepsionis, lalu beri tahu toko dalam { $days } hari agar toko dapat mengajukan klaim.
       *[none] { $carrier } mencatat paket telah diantarkan pada { $date }. Jika Anda tidak menemukan paketnya, tanyakan kepada tetangga atau resepsionis, lalu beri tahu toko dalam { $days } hari agar toko dapat mengajukan klaim.
    }

## The widget's own words

ui-history = Riwayat pelacakan
ui-show_all = Tampilkan semua { $count } pembaruan
ui-show_less = Tampilkan lebih sedikit
ui-contact = Hubungi toko
ui-carrier_page = Lacak di situs web { $carrier }
ui-parcel = Paket { $n } dari { $total }
ui-progress = { $phase }: langkah { $n } dari { $total }
ui-now = Saat ini: { $phase }
ui-local_time = Waktu setempat saat pemindaian: { $time }
ui-stale = Terakhir diperbarui { $time }; kurir sedang tidak merespons, jadi informasi ini mungkin belum yang terbaru.
ui-no_events = Belum ada pembaruan dari kurir.
ui-loading = Memuat pelacakan…
ui-error = Pelacakan sedang tidak tersedia. Silakan coba lagi nanti.
ui-support-subject = Pesanan { $order }: pertanyaan tentang paket saya

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } telah menerima paket Anda dan paket sedang dalam perjalanan.
    .short = Pesanan { $order } dikirim via { $carrier }: { $link }
    .whatsapp = Pesanan { $order } Anda sedang dalam perjalanan bersama { $carrier }. Lacak di sini: { $link }
milestone-export_cleared = Paket Anda telah lolos bea cukai ekspor dan selanjutnya akan diterbangkan ke negara Anda.
    .short = Pesanan { $order } lolos bea cukai ekspor: { $link }
    .whatsapp = Pesanan { $order } Anda telah lolos bea cukai ekspor dan selanjutnya akan diterbangkan ke negara Anda. Lacak di sini: { $link }
milestone-departed_origin_country = Paket Anda telah meninggalkan negara asal dan sedang menuju negara Anda.
    .short = Pesanan { $order } keluar dari negara asal: { $link }
    .whatsapp = Pesanan { $order } Anda telah meninggalkan negara asal dan sedang menuju negara Anda. Lacak di sini: { $link }
milestone-arrived_destination_country = Paket Anda telah tiba di negara Anda.
    .short = Pesanan { $order } tiba di negara Anda: { $link }
    .whatsapp = Pesanan { $order } Anda telah tiba di negara Anda. Lacak di sini: { $link }
milestone-import_cleared = Paket Anda telah lolos bea cukai dan kini berada di kurir lokal.
    .short = Pesanan { $order } lolos bea cukai. Lacak: { $link }
    .whatsapp = Pesanan { $order } Anda telah lolos bea cukai dan kini berada di kurir lokal. Lacak di sini: { $link }
milestone-available_for_pickup = Paket Anda siap diambil.
    .short = Pesanan { $order } siap diambil. Detail: { $link }
    .whatsapp = Pesanan { $order } Anda siap diambil. Lihat lokasi dan batas waktu pengambilannya: { $link }
milestone-out_for_delivery = Paket Anda sedang diantar dan akan tiba hari ini.
    .short = Pesanan { $order } diantar hari ini. Lacak: { $link }
    .whatsapp = Pesanan { $order } Anda sedang diantar dan akan tiba hari ini. Lacak di sini: { $link }
milestone-delivered = Paket Anda telah diantarkan.
    .short = Pesanan { $order } terkirim. Belum terima? { $link }
    .whatsapp = Pesanan { $order } Anda telah diantarkan. Belum menerimanya? Beri tahu kami di sini: { $link }
milestone-exception = Paket Anda memerlukan perhatian; lihat apa yang terjadi dan apa yang dapat Anda lakukan.
    .short = Pesanan { $order } perlu perhatian Anda: { $link }
    .whatsapp = Pesanan { $order } Anda memerlukan perhatian. Lihat apa yang terjadi dan apa yang dapat Anda lakukan: { $link }

exc-title-watch_ended = Kami berhenti melacak paket Anda
exc-why-watch_ended =
    { $days ->
       *[other] Tidak ada pengantaran yang tercatat selama { $days } hari kami melacak paket Anda; silakan hubungi toko agar mereka dapat mencari tahu keberadaannya.
    }
