// Enhancement only: pages are complete without it. Shows a timed session in the visitor's own
// time zone, as the browser knows it, when the visitor has not chosen one on the server.
(function () {
  "use strict";
  var when = document.querySelector("time[data-timed]");
  var out = document.querySelector(".local-time");
  if (!when || !out || document.querySelector(".visitor-time") || !window.Intl) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var lang = document.documentElement.lang;
  var fmt = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: zone });
  var start = new Date(when.dataset.start), end = new Date(when.dataset.end);
  var text = fmt.formatRange ? fmt.formatRange(start, end) : fmt.format(start) + " – " + fmt.format(end);
  out.textContent = text + " (" + zone + ")";
  out.hidden = false;
  var input = document.getElementById("tz");
  if (input && !input.value) input.placeholder = zone;
})();
// After a refused submit, move focus to the error summary so it is read out first.
(function () {
  "use strict";
  var summary = document.getElementById("errors");
  if (summary) summary.focus();
})();
