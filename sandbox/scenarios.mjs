// Demo parcels for the sandbox carriers, in each carrier's real reply format, with times
// relative to now so the demo always looks current. Each scenario names the order and the
// numbers a token grants.
const H = 3600_000;
const D = 24 * H;
const iso = (ms, offsetHours) => {
  const local = new Date(ms + offsetHours * H).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? "-" : "+";
  const abs = Math.abs(offsetHours);
  return `${local}${sign}${String(Math.floor(abs)).padStart(2, "0")}:${abs % 1 ? "30" : "00"}`;
};
const naive = (ms, offsetHours) => new Date(ms + offsetHours * H).toISOString().slice(0, 19);

/** number → { slug, body(now) → [contentType, text] } */
export const PARCELS = {
  // Cainiao first mile + linehaul, handed to USPS for the last mile.
  LP00412345678CN: {
    slug: "cainiao",
    body: (now) => json({
      success: true,
      module: [{
        mailNo: "LP00412345678CN", originCountry: "Mainland China", destCountry: "United States", status: "CUSTOMS",
        realMailNo: "USPS: 9400111899223100000048",
        detailList: [
          ["CC_IM_SUCCESS", -4.2 * D, "Import customs clearance complete"],
          ["LH_ARRIVE", -5 * D, "Arrived at destination airport"],
          ["LH_DEPART", -7 * D, "Departed from origin airport"],
          ["CC_EX_SUCCESS", -8 * D, "Export customs clearance complete"],
          ["PU_PICKUP_SUCCESS", -9 * D, "Shipment picked up"],
        ].map(([code, dt, desc]) => ({ time: now + dt, timeStr: naive(now + dt, 8), timeZone: "GMT+08:00", actionCode: code, desc })),
      }],
    }),
  },
  "9400111899223100000048": {
    slug: "usps",
    body: (now) => json({
      trackingNumber: "9400111899223100000048", statusCategory: "Delivered", destinationState: "NY",
      trackingEvents: [
        ["01", "Delivered, In/At Mailbox", -1 * D + 6 * H, "BROOKLYN", "NY", "11201"],
        ["OF", "Out for Delivery", -1 * D, "BROOKLYN", "NY", "11201"],
        ["07", "Arrived at Post Office", -1.2 * D, "BROOKLYN", "NY", "11201"],
        ["10", "Processed Through Facility ISC NEW YORK NY(USPS)", -4 * D, "JAMAICA", "NY", "11430"],
      ].map(([code, type, dt, city, state, zip]) => ({
        eventType: type, eventCode: code, eventTimestamp: naive(now + dt, -5), GMTTimestamp: new Date(now + dt).toISOString().slice(0, 19) + "Z",
        GMTOffset: "-05:00", eventCity: city, eventState: state, eventZIP: zip, eventCountry: null,
      })),
    }),
  },
  // In French import customs.
  LP00498765432CN: {
    slug: "cainiao",
    body: (now) => json({
      success: true,
      module: [{
        mailNo: "LP00498765432CN", originCountry: "China", destCountry: "France", status: "CUSTOMS",
        detailList: [
          ["CC_IM_START", -1 * D, "Import customs clearance started"],
          ["LH_ARRIVE", -2 * D, "Arrived at destination airport (Paris CDG)"],
          ["LH_DEPART", -4 * D, "Departed from origin airport"],
          ["CC_EX_SUCCESS", -5 * D, "Export customs clearance complete"],
          ["PU_PICKUP_SUCCESS", -6 * D, "Shipment picked up"],
        ].map(([code, dt, desc]) => ({ time: now + dt, timeStr: naive(now + dt, 8), timeZone: "GMT+08:00", actionCode: code, desc })),
      }],
    }),
  },
  // A failed delivery attempt; the carrier's words carry markup, which must stay text.
  "9400111899223100000055": {
    slug: "usps",
    body: (now) => json({
      trackingNumber: "9400111899223100000055", destinationState: "CA", expectedDeliveryDate: new Date(now + D).toISOString().slice(0, 10),
      trackingEvents: [
        ["02", "Notice Left (No Authorized Recipient Available) <img src=x onerror=alert(1)>", -3 * H, "OAKLAND", "CA", "94601"],
        ["OF", "Out for Delivery", -9 * H, "OAKLAND", "CA", "94601"],
        ["10", "Arrived at USPS Regional Facility", -2 * D, "SAN FRANCISCO CA DISTRIBUTION CENTER", null, null],
        ["03", "USPS in possession of item", -3 * D, "RENO", "NV", "89501"],
      ].map(([code, type, dt, city, state, zip]) => ({
        eventType: type, eventCode: code, eventTimestamp: naive(now + dt, -8), GMTTimestamp: new Date(now + dt).toISOString().slice(0, 19) + "Z",
        GMTOffset: "-08:00", eventCity: city, eventState: state, eventZIP: zip, eventCountry: null,
      })),
    }),
  },
  // A DHL Express parcel from Germany (a sandbox-made reply, so the demo and the tests need
  // no recorded payload).
  "7777777770": {
    slug: "dhl",
    body: (now) => json({
      shipments: [{
        id: "7777777770", service: "express",
        origin: { address: { addressLocality: "Leipzig", countryCode: "DE" } },
        destination: { address: { addressLocality: "Chicago", countryCode: "US" } },
        status: { timestamp: iso(now - 1 * D, -6), statusCode: "transit", status: "transit", description: "Arrived at DHL facility in CHICAGO - USA" },
        events: [
          { timestamp: iso(now - 1 * D, -6), statusCode: "transit", description: "Arrived at DHL facility in CHICAGO - USA", location: { address: { addressLocality: "CHICAGO - USA", countryCode: "US" } } },
          { timestamp: iso(now - 2 * D, 2), statusCode: "transit", description: "Departed Facility in LEIPZIG - GERMANY", location: { address: { addressLocality: "LEIPZIG - GERMANY", countryCode: "DE" } } },
          { timestamp: iso(now - 3 * D, 2), statusCode: "pre-transit", description: "Shipment picked up", location: { address: { addressLocality: "LEIPZIG - GERMANY", countryCode: "DE" } } },
        ],
      }],
    }),
  },
  // A Yanwen parcel whose carrier goes down after the first answer (the stale demo).
  UG123456785YW: {
    slug: "yanwen",
    failAfterFirst: true,
    body: (now) => json({
      code: 0, message: "success",
      result: [{
        tracking_number: "UG123456785YW", tracking_status: "LH10",
        checkpoints: [
          { time_stamp: naive(now - 3 * D, 8), time_zone: "+8", tracking_status: "LH10", message: "Departed from origin airport", location: "Guangzhou" },
          { time_stamp: naive(now - 5 * D, 8), time_zone: "+8", tracking_status: "PU10", message: "Yanwen Acceptance", location: "Yiwu" },
        ],
      }],
    }),
  },
};

/** Demo orders: scenario → token payload (without org/exp). */
export const ORDERS = {
  delivered: { o: "1042-A", n: [{ t: "LP00412345678CN", c: "cainiao" }] },
  import_customs: { o: "1042-B", n: [{ t: "LP00498765432CN", c: "cainiao" }] },
  exception: { o: "1042-C", n: [{ t: "9400111899223100000055", c: "usps" }] },
  stale: { o: "1042-D", n: [{ t: "UG123456785YW", c: "yanwen" }] },
};

// Scripted parcels for the proactive-updates tests: the sandbox shows the first `step` scans
// (POST /_sandbox/progress), at instants fixed when the sandbox started, so the same scan is
// the same scan on every fetch.
const T0 = Date.now();
const SCRIPT_US = [
  ["PU_PICKUP_SUCCESS", -6 * D, "Shipment picked up"],
  ["CC_EX_SUCCESS", -5 * D, "Export customs clearance complete"],
  ["LH_DEPART", -4 * D, "Departed from origin airport"],
  ["LH_ARRIVE", -2 * D, "Arrived at destination airport"],
  ["CC_IM_START", -1.5 * D, "Import customs clearance started"],
  ["CC_IM_SUCCESS", -1 * D, "Import customs clearance complete"],
  ["GTMS_DO_DEPART", -0.3 * D, "Out for delivery"],
  ["DELIVERY_FAIL", -0.2 * D, "Delivery attempt failed: <b>nobody home</b>"],
  ["GTMS_SIGNED", -0.1 * D, "Delivered"],
];
export const SCRIPTED = {};
// LP008… are the console's tests' parcels (tests/e2e/console.test.mjs).
const SCRIPTED_NUMBERS = ["LP00700000001CN", "LP00700000002CN", "LP00700000003CN"];
for (let i = 1; i <= 6; i++) SCRIPTED_NUMBERS.push(`LP0080000000${i}CN`);
for (const number of SCRIPTED_NUMBERS) {
  SCRIPTED[number] = {
    slug: "cainiao",
    steps: SCRIPT_US.length,
    body: (step) => json({
      success: true,
      module: [{
        mailNo: number, originCountry: "China", destCountry: "United States", status: "TRANSIT",
        detailList: SCRIPT_US.slice(0, step).reverse()
          .map(([code, dt, desc]) => ({ time: T0 + dt, timeStr: naive(T0 + dt, 8), timeZone: "GMT+08:00", actionCode: code, desc })),
      }],
    }),
  };
}

/** A 17TRACK `gettrackinfo` reply for any numbers (the aggregator's batch endpoint). */
export function seventeenTrackBatch(numbers) {
  const event = (dt, desc, sub) => ({
    time_iso: iso(T0 + dt, 8), time_utc: new Date(T0 + dt).toISOString(), description: desc,
    location: "Shenzhen", stage: sub.split("_")[0], sub_status: sub,
  });
  return json({
    code: 0,
    data: {
      accepted: numbers.map((number) => ({
        number, carrier: 190271,
        track_info: {
          latest_status: { status: "InTransit", sub_status: "InTransit_Other" },
          tracking: { providers: [{ provider: { key: 190271, name: "YunExpress" }, events: [
            event(-2 * D, "Departed from sorting center", "InTransit_Other"),
            event(-3 * D, "Picked up", "InTransit_PickedUp"),
          ] }] },
        },
      })),
      rejected: [],
    },
  });
}

function json(v) {
  return ["application/json", JSON.stringify(v)];
}

export { iso };
