/* Waymark embed loader: <script src=".../waymark.js" data-edge="https://track.example.com" defer></script>
   Finds [data-waymark] hosts, reserves a collapsed card's height, and loads the widget wasm once, only
   when a host is within 1000 px of the viewport (so it has rendered before the buyer scrolls to it) or
   the browser is idle. Never blocks rendering. */
(function () {
  "use strict";
  var script = document.currentScript;
  var here = script && script.src ? script.src : location.href;
  var edge = (script && script.getAttribute("data-edge")) || new URL("/", here).href;
  var widgetBase = (script && script.getAttribute("data-widget")) || new URL("widget/", here).href;
  var loading = null;
  var mounted = typeof WeakSet === "function" ? new WeakSet() : null;

  function load() {
    if (!loading) {
      loading = import(widgetBase + "waymark-widget.js").then(function (m) {
        return m.default({ module_or_path: widgetBase + "waymark-widget_bg.wasm" }).then(function () { return m; });
      });
    }
    return loading;
  }

  function mount(host) {
    if (mounted && mounted.has(host)) return;
    if (mounted) mounted.add(host);
    load().then(function (m) { m.mount(host, edge); }).catch(function (e) {
      host.setAttribute("data-waymark-error", "load");
      host.textContent = host.getAttribute("data-fallback") || "Tracking is temporarily unavailable.";
      if (window.console) console.warn("waymark: widget failed to load", e);
    });
  }

  function start() {
    var hosts = document.querySelectorAll("[data-waymark]");
    if (!hosts.length) return;
    for (var i = 0; i < hosts.length; i++) {
      var h = hosts[i];
      // Reserve a collapsed card's usual height (the skeleton's; taller on narrow screens) until
      // the widget mounts: then the skeleton holds it, and the answer takes its own height.
      var w = h.clientWidth;
      if (!h.style.minHeight) h.style.minHeight = h.getAttribute("data-height") || Math.round(w < 528 ? 245 + (528 - w) * 0.25 : 245) + "px";
    }
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { if (e.isIntersecting) { io.unobserve(e.target); mount(e.target); } });
      }, { rootMargin: "1000px 0px" });
      for (var j = 0; j < hosts.length; j++) io.observe(hosts[j]);
      var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 2000); };
      idle(function () { load(); });
    } else {
      for (var k = 0; k < hosts.length; k++) mount(hosts[k]);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
