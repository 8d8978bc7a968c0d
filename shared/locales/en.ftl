# Waymark — the buyer's words, English (the reference every other language is checked against).
#
# Fluent syntax (https://projectfluent.org). Rules for every language file:
# - the same message ids and attributes as this file, and in each message the same $variables;
# - whole sentences: a variant of a select is a complete sentence, never a fragment;
# - variables are facts: $place, $carrier and $point are names as the carrier gave them, $window
#   and $date are dates already formatted for the buyer, $days and $count are numbers;
# - selectors: $when is "window" or "none" (is a delivery window known?), $where is "place" or
#   "none" (is a place known?), $route is "cross_border" or "domestic"; numbers select by the
#   language's plural categories (zero, one, two, few, many, other);
# - .short is the SMS form (160 GSM-7 or 70 UCS-2 characters with the values filled in);
#   .whatsapp is the WhatsApp template body: plain text, no selects, only the variables listed.

## Statuses (labels)

status-pending = Waiting for the parcel
status-info_received = Label created
status-in_transit = In transit
status-out_for_delivery = Out for delivery
status-available_for_pickup = Ready for pickup
status-failed_attempt = Delivery attempted
status-delivered = Delivered
status-exception = Needs attention
status-returning_to_sender = Returning to the store
status-returned_to_sender = Returned to the store
status-expired = Tracking ended
status-cancelled = Cancelled

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Shipped
phase-export_customs = Export customs
phase-linehaul = International transit
phase-import_customs = Import customs
phase-destination = In your country
phase-last_mile = Delivery
phase-return = Return

## Reasons (labels)

reason-customs_delay = Customs delay
reason-customs_documents = Customs needs documents
reason-duties_unpaid = Duties or taxes to pay
reason-prohibited = Contents not allowed
reason-customs_inspection = Customs inspection
reason-address_issue = Address problem
reason-recipient_unavailable = Nobody available to receive it
reason-business_closed = Business closed
reason-refused = Refused
reason-damaged = Damaged
reason-lost = Lost
reason-weather = Weather delay
reason-carrier_delay = Carrier delay
reason-returned = Sent back
reason-other = Other problem

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Parcel with the carrier
event-in_transit-export_customs = In export customs
event-in_transit-linehaul = Between countries
event-in_transit-import_customs = In import customs
event-in_transit-destination = Moving in your country
event-in_transit-last_mile = Near you
event-in_transit-return = On its way back

## Headlines: the parcel's state in a few words

headline-pending = The store is preparing your parcel
headline-info_received = Your parcel's label has been created
headline-in_transit = Your parcel is on its way
headline-out_for_delivery = Your parcel is out for delivery
headline-available_for_pickup = Your parcel is ready to collect
headline-failed_attempt = The carrier could not deliver your parcel
headline-delivered = Your parcel was delivered on { $date }
headline-exception = Your parcel needs attention
headline-returning_to_sender = Your parcel is going back to the store
headline-returned_to_sender = Your parcel went back to the store
headline-expired = Tracking ended before delivery
headline-cancelled = This shipment was cancelled
headline-late = Your parcel is running late

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] The label is ready, but { $carrier } has not received your parcel yet; once it does, delivery is expected { $window }.
       *[none] The label is ready, but { $carrier } has not received your parcel yet; you will see every step here once it does.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Your parcel is with { $carrier } and goes through export customs next; it should arrive { $window }.
               *[none] Your parcel is with { $carrier } and goes through export customs next; the delivery date is not known yet.
            }
       *[domestic]
            { $when ->
                [window] Your parcel is with { $carrier } and on its way to your area; it should arrive { $window }.
               *[none] Your parcel is with { $carrier } and on its way to your area; the delivery date is not known yet.
            }
    }
answer-export_customs =
    { $when ->
        [window] Your parcel is in export customs and will then fly to your country; it should arrive { $window }.
       *[none] Your parcel is in export customs and will then fly to your country; the delivery date is not known yet.
    }
answer-linehaul =
    { $when ->
        [window] Your parcel is travelling between countries and goes through import customs next; it should arrive { $window }.
       *[none] Your parcel is travelling between countries and goes through import customs next; the delivery date is not known yet.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Your parcel is in import customs in { $country } and will be handed to the local carrier next; it should arrive { $window }.
               *[none] Your parcel is in import customs in { $country } and will be handed to the local carrier next; the delivery date is not known yet.
            }
       *[none]
            { $when ->
                [window] Your parcel is in import customs and will be handed to the local carrier next; it should arrive { $window }.
               *[none] Your parcel is in import customs and will be handed to the local carrier next; the delivery date is not known yet.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Your parcel is in { $place } and on its way to your address; it should arrive { $window }.
               *[none] Your parcel is in { $place } and on its way to your address; the delivery date is not known yet.
            }
       *[none]
            { $when ->
                [window] Your parcel has arrived in your country and is on its way to your address; it should arrive { $window }.
               *[none] Your parcel has arrived in your country and is on its way to your address; the delivery date is not known yet.
            }
    }
answer-in_transit =
    { $when ->
        [window] Your parcel is on its way with { $carrier }; it should arrive { $window }.
       *[none] Your parcel is on its way with { $carrier }; the delivery date is not known yet.
    }
answer-out_for_delivery =
    { $where ->
        [place] Your parcel is out for delivery in { $place } and should reach you today; there is nothing you need to do.
       *[none] Your parcel is out for delivery and should reach you today; there is nothing you need to do.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Your parcel is waiting for you at { $point }; collect it by { $date } with your ID and the tracking number.
               *[none] Your parcel is waiting for you at { $point }; collect it soon with your ID and the tracking number.
            }
       *[none]
            { $when ->
                [window] Your parcel is waiting for you at a { $carrier } pickup point; collect it by { $date } with your ID and the tracking number.
               *[none] Your parcel is waiting for you at a { $carrier } pickup point; collect it soon with your ID and the tracking number.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } could not deliver your parcel in { $place }; arrange a new delivery or a pickup using the notice the carrier left.
       *[none] { $carrier } could not deliver your parcel; arrange a new delivery or a pickup using the notice the carrier left.
    }
answer-delivered =
    { $where ->
        [place] Your parcel was delivered in { $place } on { $date }; if you cannot find it, tell the store.
       *[none] Your parcel was delivered on { $date }; if you cannot find it, tell the store.
    }
answer-pay_duties =
    { $where ->
        [place] Your parcel is held by customs in { $country } until the duties or taxes are paid; pay them as the carrier's notice asks and it will be released.
       *[none] Your parcel is held by customs until the duties or taxes are paid; pay them as the carrier's notice asks and it will be released.
    }
answer-provide_documents =
    { $where ->
        [place] Customs in { $country } needs more information before releasing your parcel; answer the carrier's request or ask the store for help.
       *[none] Customs needs more information before releasing your parcel; answer the carrier's request or ask the store for help.
    }
answer-confirm_address = { $carrier } reports a problem with the delivery address; contact the store to confirm it so the parcel can be delivered.
answer-late =
    { $when ->
        [window] Your parcel was due by { $promised } and is running late; it is now expected { $window }, and the store has been told.
       *[none] Your parcel was due by { $promised } and is running late; the carrier has not given a new date yet, and the store has been told.
    }
answer-lost = { $carrier } has not scanned your parcel for { $days } days, so it may be lost; the store can open a claim with the carrier.
answer-lost-reported = { $carrier } reports that your parcel is lost; the store can open a claim with the carrier and will contact you.
answer-never_scanned = The label was created { $days } days ago, but { $carrier } has not received the parcel yet; the store has been told.
answer-returning = Your parcel is on its way back to the store; contact the store to arrange a new delivery or a refund.
answer-returned = Your parcel went back to the store; contact the store to arrange a new delivery or a refund.
answer-expired = { $carrier } stopped tracking your parcel before it was delivered; contact the store so they can find out where it is.
answer-cancelled = This shipment was cancelled before the parcel left; contact the store if you were not expecting that.
answer-pending = The store is preparing your parcel; you will see every step here once the carrier has it.

## The estimated delivery

eta-label = Estimated delivery
eta-window = Expected { $window }
eta-unknown = The delivery date is not known yet
eta-late = Was due by { $promised }; now expected { $window }
eta-late-unknown = Was due by { $promised }; no new date yet
eta-delivered = Delivered on { $date }
eta-basis-carrier_promise = The carrier's delivery promise
eta-basis-carrier_estimate = The carrier's estimate
eta-basis-lane_history = Typical time for this route

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = The carrier reported a problem
exc-title-customs_dwell = Held in customs longer than usual
exc-title-silence = No news from the carrier for a while
exc-title-failed_attempt = Delivery attempt failed
exc-title-returned = Going back to the store
exc-title-lost = The parcel may be lost
exc-title-late = Later than promised
exc-title-expired = Tracking ended without delivery
exc-title-never_scanned = Not handed to the carrier yet
exc-title-awaiting_pickup = Waiting for you to collect it

exc-why-customs_dwell =
    { $days ->
        [one] Customs has held your parcel for { $days } day, while it usually takes { $min } to { $max } days.
       *[other] Customs has held your parcel for { $days } days, while it usually takes { $min } to { $max } days.
    }
exc-why-silence =
    { $days ->
        [one] { $carrier } has not scanned your parcel for { $days } day; parcels often go quiet at this stage and show up again at the next scan.
       *[other] { $carrier } has not scanned your parcel for { $days } days; parcels often go quiet at this stage and show up again at the next scan.
    }
exc-why-lost =
    { $days ->
        [one] { $carrier } has not scanned your parcel for { $days } day.
       *[other] { $carrier } has not scanned your parcel for { $days } days, far longer than normal.
    }
exc-why-late =
    { $when ->
        [window] Your parcel was due by { $promised }; it is now expected { $window }.
       *[none] Your parcel was due by { $promised }; the carrier has not given a new date yet.
    }
exc-why-lost-reported = { $carrier } reports that your parcel is lost.
exc-why-expired = { $carrier } stopped tracking your parcel before a delivery was recorded.
exc-why-never_scanned =
    { $days ->
        [one] The label was created { $days } day ago, but { $carrier } has not scanned the parcel yet.
       *[other] The label was created { $days } days ago, but { $carrier } has not scanned the parcel yet.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Your parcel is at { $point } until { $date }.
               *[none] Your parcel is at { $point }.
            }
       *[none]
            { $when ->
                [window] Your parcel is at a { $carrier } pickup point until { $date }.
               *[none] Your parcel is at a { $carrier } pickup point.
            }
    }
exc-pickup-hours = Opening hours: { $hours }
exc-why-returning = The parcel is on its way back to the store.
exc-why-returned = The parcel is back with the store.
exc-why-failed-address_issue = { $carrier } could not deliver your parcel because of a problem with the address.
exc-why-failed-business_closed = { $carrier } could not deliver your parcel because the business was closed.
exc-why-failed-refused = The delivery was refused, so { $carrier } could not hand the parcel over.
exc-why-failed-other = { $carrier } tried to deliver your parcel, but nobody was available to receive it.
exc-why-customs_delay = Customs is taking longer than usual to release your parcel.
exc-why-customs_documents = Customs needs documents or information before it releases your parcel.
exc-why-duties_unpaid = Duties or taxes must be paid before customs releases your parcel.
exc-why-prohibited = Customs reports that the contents may not be allowed into the country.
exc-why-customs_inspection = Customs is inspecting your parcel.
exc-why-address_issue = { $carrier } reports a problem with the delivery address.
exc-why-damaged = { $carrier } reports that your parcel was damaged.
exc-why-weather = Bad weather is delaying your parcel.
exc-why-carrier_delay = { $carrier } reports a delay in its network.
exc-why-other = { $carrier } reported a problem with your parcel.

action-none = Nothing to do for now; the store is keeping an eye on it.
action-pay_duties = Pay the duties or taxes as the carrier's notice asks; the parcel is released once they are paid.
action-provide_documents = Send the information customs asks for, or ask the store for help.
action-confirm_address = Contact the store to confirm your delivery address.
action-arrange_redelivery = Arrange a new delivery or a pickup with { $carrier }, using the notice they left.
action-collect =
    { $when ->
        [window] Collect it by { $date } with your ID and the tracking number.
       *[none] Collect it soon with your ID and the tracking number.
    }
action-contact_store = Contact the store; they will arrange a new delivery or a refund.
action-wait_store = Nothing to do for now; the store can open a claim with the carrier and will contact you.

## Delivered, but not received

received-question = Not received?
received-help =
    { $where ->
        [place] { $carrier } recorded the delivery in { $place } on { $date }. If you cannot find the parcel, check with neighbours or reception, then tell the store within { $days } days so they can open a claim.
       *[none] { $carrier } recorded the delivery on { $date }. If you cannot find the parcel, check with neighbours or reception, then tell the store within { $days } days so they can open a claim.
    }

## The widget's own words

ui-history = Tracking history
ui-show_all = Show all { $count } updates
ui-show_less = Show fewer updates
ui-contact = Contact the store
ui-carrier_page = Track it on the { $carrier } website
ui-parcel = Parcel { $n } of { $total }
ui-progress = { $phase }: step { $n } of { $total }
ui-now = Now: { $phase }
ui-local_time = Local time at the scan: { $time }
ui-stale = Last updated { $time }; the carrier is not answering right now, so this may be behind.
ui-no_events = No updates from the carrier yet.
ui-loading = Loading tracking…
ui-error = Tracking is not available right now. Please try again later.
ui-support-subject = Order { $order }: question about my parcel

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } has your parcel and it is on its way.
    .short = Your order { $order } is on its way with { $carrier }. Track it: { $link }
    .whatsapp = Your order { $order } is on its way with { $carrier }. Track it here: { $link }
milestone-export_cleared = Your parcel has cleared export customs and will fly to your country next.
    .short = Order { $order } cleared export customs. Track it: { $link }
    .whatsapp = Your order { $order } has cleared export customs and will fly to your country next. Track it here: { $link }
milestone-departed_origin_country = Your parcel has left the origin country and is travelling to yours.
    .short = Order { $order } left the origin country. Track it: { $link }
    .whatsapp = Your order { $order } has left the origin country and is travelling to yours. Track it here: { $link }
milestone-arrived_destination_country = Your parcel has arrived in your country.
    .short = Order { $order } arrived in your country. Track it: { $link }
    .whatsapp = Your order { $order } has arrived in your country. Track it here: { $link }
milestone-import_cleared = Your parcel has cleared customs and is with the local carrier.
    .short = Order { $order } cleared customs. Track it: { $link }
    .whatsapp = Your order { $order } has cleared customs and is with the local carrier. Track it here: { $link }
milestone-available_for_pickup = Your parcel is ready to collect.
    .short = Order { $order } is ready to collect. Details: { $link }
    .whatsapp = Your order { $order } is ready to collect. See where and until when: { $link }
milestone-out_for_delivery = Your parcel is out for delivery today.
    .short = Order { $order } is out for delivery today. Track it: { $link }
    .whatsapp = Your order { $order } is out for delivery today. Track it here: { $link }
milestone-delivered = Your parcel has been delivered.
    .short = Order { $order } was delivered. Not received? { $link }
    .whatsapp = Your order { $order } has been delivered. Not received? Tell us here: { $link }
milestone-exception = Your parcel needs your attention; see what happened and what you can do.
    .short = Order { $order } needs your attention. Details: { $link }
    .whatsapp = Your order { $order } needs your attention. See what happened and what you can do: { $link }

## A registered order whose watch ran out before delivery

exc-title-watch_ended = We stopped following your parcel
exc-why-watch_ended =
    { $days ->
        [one] No delivery was recorded in the { $days } day we followed your parcel; contact the store so they can find out where it is.
       *[other] No delivery was recorded in the { $days } days we followed your parcel; contact the store so they can find out where it is.
    }
