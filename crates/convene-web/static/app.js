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
// The same for each agenda row: its time in the browser's zone beside the session's, labelled
// as the server labels it, when the two clocks differ.
(function () {
  "use strict";
  var agenda = document.querySelector("section[data-zone]");
  if (!agenda || document.querySelector(".visitor-time") || !window.Intl) return;
  var lang = document.documentElement.lang + "-u-nu-latn";
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var formats = function (z) {
    return {
      time: new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: z }),
      day: new Intl.DateTimeFormat(lang, { month: "long", day: "numeric", timeZone: z })
    };
  };
  var mine, theirs;
  try { mine = formats(zone); theirs = formats(agenda.dataset.zone); } catch (e) { return; }
  agenda.querySelectorAll("time[data-end]").forEach(function (t) {
    var s = new Date(t.getAttribute("datetime")), e = new Date(t.dataset.end);
    var range = function (f) { return f.time.format(s) + "\u2013" + f.time.format(e); };
    if (range(mine) === range(theirs)) return;
    var small = document.createElement("small");
    small.className = "your-time";
    var bdi = document.createElement("bdi");
    bdi.dir = "ltr";
    bdi.textContent = range(mine);
    var day = mine.day.format(s);
    small.append(agenda.dataset.yourBefore, day === theirs.day.format(s) ? "" : day + " ", bdi, agenda.dataset.yourAfter);
    t.closest("td").append(document.createElement("br"), small);
  });
})();
// After a refused submit, move focus to the error summary so it is read out first.
(function () {
  "use strict";
  var summary = document.getElementById("errors");
  if (summary) summary.focus();
})();
