// Generates crates/convene-web/data/world-110m.tsv, the world map the reach pages draw, from
// Natural Earth 1:110m as packaged by world-atlas. Run by hand when the source changes; the
// output is checked in and the build never runs this:
//
//     cd scripts/map && npm ci && node gen_world_map.mjs
//
// The asset is one comment line with the viewBox, then `CC<TAB>path` per country. Coordinates
// are integers in a 1000-wide Equal Earth frame and paths use relative commands, because the
// whole reach page must stay under 50 KB compressed.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const out = resolve(root, "crates/convene-web/data/world-110m.tsv");
const countriesTsv = resolve(root, "crates/convene-domain/data/countries.tsv");
const WIDTH = 1000;

// ISO 3166-1 numeric -> alpha-2, from pycountry 26.2.16 (the source of countries.tsv), embedded
// so that regenerating the map needs only Node:
//   python3 -c "import pycountry; print({c.numeric: c.alpha_2 for c in pycountry.countries})"
const ALPHA2 = {
  "004": "AF", "008": "AL", "010": "AQ", "012": "DZ", "016": "AS", "020": "AD", "024": "AO",
  "028": "AG", "031": "AZ", "032": "AR", "036": "AU", "040": "AT", "044": "BS", "048": "BH",
  "050": "BD", "051": "AM", "052": "BB", "056": "BE", "060": "BM", "064": "BT", "068": "BO",
  "070": "BA", "072": "BW", "074": "BV", "076": "BR", "084": "BZ", "086": "IO", "090": "SB",
  "092": "VG", "096": "BN", "100": "BG", "104": "MM", "108": "BI", "112": "BY", "116": "KH",
  "120": "CM", "124": "CA", "132": "CV", "136": "KY", "140": "CF", "144": "LK", "148": "TD",
  "152": "CL", "156": "CN", "158": "TW", "162": "CX", "166": "CC", "170": "CO", "174": "KM",
  "175": "YT", "178": "CG", "180": "CD", "184": "CK", "188": "CR", "191": "HR", "192": "CU",
  "196": "CY", "203": "CZ", "204": "BJ", "208": "DK", "212": "DM", "214": "DO", "218": "EC",
  "222": "SV", "226": "GQ", "231": "ET", "232": "ER", "233": "EE", "234": "FO", "238": "FK",
  "239": "GS", "242": "FJ", "246": "FI", "248": "AX", "250": "FR", "254": "GF", "258": "PF",
  "260": "TF", "262": "DJ", "266": "GA", "268": "GE", "270": "GM", "275": "PS", "276": "DE",
  "288": "GH", "292": "GI", "296": "KI", "300": "GR", "304": "GL", "308": "GD", "312": "GP",
  "316": "GU", "320": "GT", "324": "GN", "328": "GY", "332": "HT", "334": "HM", "336": "VA",
  "340": "HN", "344": "HK", "348": "HU", "352": "IS", "356": "IN", "360": "ID", "364": "IR",
  "368": "IQ", "372": "IE", "376": "IL", "380": "IT", "384": "CI", "388": "JM", "392": "JP",
  "398": "KZ", "400": "JO", "404": "KE", "408": "KP", "410": "KR", "414": "KW", "417": "KG",
  "418": "LA", "422": "LB", "426": "LS", "428": "LV", "430": "LR", "434": "LY", "438": "LI",
  "440": "LT", "442": "LU", "446": "MO", "450": "MG", "454": "MW", "458": "MY", "462": "MV",
  "466": "ML", "470": "MT", "474": "MQ", "478": "MR", "480": "MU", "484": "MX", "492": "MC",
  "496": "MN", "498": "MD", "499": "ME", "500": "MS", "504": "MA", "508": "MZ", "512": "OM",
  "516": "NA", "520": "NR", "524": "NP", "528": "NL", "531": "CW", "533": "AW", "534": "SX",
  "535": "BQ", "540": "NC", "548": "VU", "554": "NZ", "558": "NI", "562": "NE", "566": "NG",
  "570": "NU", "574": "NF", "578": "NO", "580": "MP", "581": "UM", "583": "FM", "584": "MH",
  "585": "PW", "586": "PK", "591": "PA", "598": "PG", "600": "PY", "604": "PE", "608": "PH",
  "612": "PN", "616": "PL", "620": "PT", "624": "GW", "626": "TL", "630": "PR", "634": "QA",
  "638": "RE", "642": "RO", "643": "RU", "646": "RW", "652": "BL", "654": "SH", "659": "KN",
  "660": "AI", "662": "LC", "663": "MF", "666": "PM", "670": "VC", "674": "SM", "678": "ST",
  "682": "SA", "686": "SN", "688": "RS", "690": "SC", "694": "SL", "702": "SG", "703": "SK",
  "704": "VN", "705": "SI", "706": "SO", "710": "ZA", "716": "ZW", "724": "ES", "728": "SS",
  "729": "SD", "732": "EH", "740": "SR", "744": "SJ", "748": "SZ", "752": "SE", "756": "CH",
  "760": "SY", "762": "TJ", "764": "TH", "768": "TG", "772": "TK", "776": "TO", "780": "TT",
  "784": "AE", "788": "TN", "792": "TR", "795": "TM", "796": "TC", "798": "TV", "800": "UG",
  "804": "UA", "807": "MK", "818": "EG", "826": "GB", "831": "GG", "832": "JE", "833": "IM",
  "834": "TZ", "840": "US", "850": "VI", "854": "BF", "858": "UY", "860": "UZ", "862": "VE",
  "876": "WF", "882": "WS", "887": "YE", "894": "ZM"
};

// world-atlas leaves features without an ISO code unnamed by id (N. Cyprus, Somaliland,
// Kosovo). They are drawn as neutral land; Kosovo would get XK only if countries.tsv had it.
const known = new Set(
  readFileSync(countriesTsv, "utf8").split("\n").slice(1).map((l) => l.split("\t")[0]).filter(Boolean),
);
function codeOf(f) {
  if (f.properties.name === "Kosovo" && known.has("XK")) return "XK";
  const a2 = ALPHA2[f.id];
  if (a2 === undefined || !known.has(a2)) {
    console.error(`no ISO code for ${JSON.stringify(f.id)} ${f.properties.name}: written as --`);
    return "--";
  }
  return a2;
}

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
// Antarctica takes a fifth of the height and never has participants.
const features = feature(world, world.objects.countries).features.filter((f) => f.id !== "010");
const collection = { type: "FeatureCollection", features };
const projection = geoEqualEarth().fitWidth(WIDTH, collection);
const height = Math.ceil(geoPath(projection).bounds(collection)[1][1]);

// Records the projected rings through geoPath's canvas-like context interface.
function rings(f) {
  const rs = [];
  let cur = null;
  geoPath(projection, {
    moveTo(x, y) { cur = [[x, y]]; rs.push(cur); },
    lineTo(x, y) { cur.push([x, y]); },
    closePath() {},
    arc() {},
  })(f);
  return rs;
}

// Snaps a ring to a grid of `step` tenths of a unit, dropping repeated points; null when
// nothing with an area is left.
function snap(ring, step) {
  const pts = [];
  for (const [x, y] of ring) {
    const p = [Math.round((x * 10) / step) * step, Math.round((y * 10) / step) * step];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  let area2 = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i];
    const [x2, y2] = pts[(i + 1) % pts.length];
    area2 += x1 * y2 - x2 * y1;
  }
  return pts.length >= 3 && area2 !== 0 ? pts : null;
}

// A coordinate held in tenths, printed as short as SVG allows ("-.3", "12").
function num(t) {
  const s = t % 10 === 0 ? String(t / 10) : (t / 10).toFixed(1);
  return s.replace(/^(-?)0\./, "$1.");
}

// Joins numbers without separators where a minus sign or a leading dot already separates them.
function join(nums) {
  let s = "";
  for (const n of nums) {
    const prevHasDot = /\.\d*$/.test(s) && !/[a-zA-Z]$/.test(s);
    if (s === "" || /[a-zA-Z]$/.test(s) || n.startsWith("-") || (n.startsWith(".") && prevHasDot)) s += n;
    else s += " " + n;
  }
  return s;
}

function pathData(f, stats) {
  const raw = rings(f);
  let snapped = raw.map((r) => snap(r, 10)).filter(Boolean);
  if (snapped.length === 0) {
    // A country too small for the integer grid keeps its largest ring at 0.1 precision.
    snapped = raw.map((r) => snap(r, 1)).filter(Boolean).sort((a, b) => b.length - a.length).slice(0, 1);
    if (snapped.length) stats.fine.push(f.properties.name);
  }
  stats.dropped += raw.length - snapped.length;
  let d = "";
  let start = null;
  for (const pts of snapped) {
    const [x0, y0] = pts[0];
    d += start === null ? "M" + join([num(x0), num(y0)]) : "m" + join([num(x0 - start[0]), num(y0 - start[1])]);
    const deltas = [];
    for (let i = 1; i < pts.length; i++) {
      deltas.push(num(pts[i][0] - pts[i - 1][0]), num(pts[i][1] - pts[i - 1][1]));
    }
    d += "l" + join(deltas) + "z";
    start = [x0, y0];
  }
  return d;
}

const stats = { dropped: 0, fine: [] };
const lines = [`# viewBox 0 0 ${WIDTH} ${height}`];
const rows = features
  .map((f) => [codeOf(f), pathData(f, stats), f.properties.name])
  .filter(([code, d, name]) => {
    if (d === "") console.error(`${code} ${name}: nothing left at 0.1 precision, left out`);
    return d !== "";
  })
  .sort((a, b) => (a[0] === b[0] ? a[2].localeCompare(b[2]) : a[0] < b[0] ? -1 : 1));
for (const [code, d] of rows) lines.push(`${code}\t${d}`);
writeFileSync(out, lines.join("\n") + "\n");
console.error(
  `${rows.length} shapes, ${stats.dropped} degenerate rings dropped, 0.1 precision for: ${stats.fine.join(", ") || "none"}`,
);
