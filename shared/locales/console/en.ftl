# The merchant console's words (English, the reference). Checked at build time against every
# other console file: the same messages and the same variables.

console-title = Waymark console
console-skip = Skip to the content
console-nav-attention = Needs attention
console-nav-signout = Sign out
console-lang-switch = 中文

console-login-title = Sign in to your Waymark console
console-login-key = Merchant API key
console-login-help = The key set as MERCHANT_API_KEY on this worker. It is checked here and never stored in your browser; you get a session that ends after 12 hours or when you sign out.
console-login-submit = Sign in
console-login-failed = That key is not right.
console-login-limited = Too many attempts from your network. Try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
  }.
console-signed-out = You are signed out.
console-csrf = This form has expired. Reload the page and try again.

console-attention-title = Orders that need you
console-attention-count = { $count ->
    [one] One order needs you.
   *[other] { $count } orders need you.
  }
console-attention-empty = Nothing needs you right now.
console-filter-kind = Kind
console-filter-carrier = Carrier
console-filter-lane = Destination country
console-filter-age = Open for at least
console-filter-any = Any
console-age-days = { $days ->
    [one] one day
   *[other] { $days } days
  }
console-search = Order id or tracking number
console-apply = Show
console-export = Download as CSV
console-next = Next page
console-first = First page
console-col-order = Order
console-col-needs = Needs
console-col-since = Since
console-col-carrier = Carrier
console-col-lane = Lane
console-col-status = Status

console-kind-lost = Presumed lost
console-kind-returned = Going back to you
console-kind-failed_attempt = Delivery attempt failed
console-kind-customs_dwell = Held in customs
console-kind-carrier_exception = Carrier reported a problem
console-kind-awaiting_pickup = Waiting at a pickup point
console-kind-late = Late against the promise
console-kind-never_scanned = Never scanned
console-kind-silence = No scans lately
console-kind-expired = Carrier stopped tracking
console-kind-watch_ended = Watch ended before delivery

console-order-title = Order { $id }
console-order-back = Back to the list
console-order-readonly = A read-only view from a support link.
console-order-watch = Watch
console-state-active = Being watched
console-state-completed = Finished: every parcel reached its end
console-state-expired = The watch ran out
console-state-stopped = Stopped by you
console-order-buyer = What the buyer sees
console-order-parcels = Parcels and scans
console-order-parcel = Parcel { $number }
console-order-no-scans = No scans yet.
console-col-time = Time (UTC)
console-col-scan = Scan
console-col-place = Place
console-order-notifications = Notifications
console-order-no-notifications = No notifications yet.
console-col-notification = Notification
console-col-state = State
console-col-attempts = Failed attempts
console-col-answer = Last answer
console-note-queued = Queued
console-note-retrying = Retrying
console-note-sent = Delivered
console-note-dead = Not delivered
console-action-refresh = Refresh now
console-action-resend = Send the undelivered ones again
console-action-stop = Stop watching
console-action-evidence = Evidence pack
console-done-refresh = Refreshed just now.
console-done-stop = You stopped watching this order.
console-done-resend = { $count ->
    [one] One notification is queued again.
   *[other] { $count } notifications are queued again.
  }
console-not-found = There is no such order.
console-unavailable = Storage is not answering. Try again shortly; nothing was changed.

console-nav-lanes = Lanes
console-lanes-title = How your lanes perform
console-lanes-note = From your own parcels delivered in the last 90 days. Days as median and 90th percentile: half the parcels took at most the first number, nine in ten at most the second.
console-lanes-empty = No parcel has been delivered in the last 90 days yet.
console-lanes-chart = Door-to-door days per lane, from median to 90th percentile
console-col-parcels = Parcels
console-col-door = Door to door
console-col-pickup = Pickup
console-col-export = Export customs
console-col-linehaul = Between countries
console-col-import = Import customs
console-col-delivery = Delivery
console-col-ontime = On time
console-days = { $p50 } / { $p90 } d
console-ontime-share = { $on } of { $of }
console-days-axis = days
