#!/usr/bin/env python3
"""Generate crates/convene-domain/data/countries.tsv: every ISO 3166-1 alpha-2 country with its
UN M49 region and sub-region and its name in the six UN languages.

Run by hand when the sources change; the output is checked in and the build never runs this.

    python3 -m pip install 'pycountry==26.2.16' 'country_converter==1.3.2'
    python3 scripts/gen_countries.py

Sources (see crates/convene-domain/data/README.md for licences and the fixes applied):
- pycountry: the ISO 3166-1 codes, English names and the gettext translations of Debian's
  iso-codes.
- country_converter: the UN M49 sub-region of each country (its `UNregion` column). It is read
  from its bundled country_data.tsv with the csv module, not through pandas, which would read
  Namibia's code "NA" as a missing value.

What the script had to decide (fallbacks, fixes) it prints to stderr; the README lists it.
"""

import csv
import gettext
import os
import re
import sys
from pathlib import Path

import country_converter
import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "convene-domain" / "data" / "countries.tsv"

# Column name in the TSV -> gettext locale of pycountry's iso3166-1 catalogue (None: English).
LANGS = [("ar", "ar"), ("zh", "zh_CN"), ("en", None), ("fr", "fr"), ("ru", "ru"), ("es", "es")]

# UN M49: every sub-region (or intermediate region, the finer level where M49 has one) and the
# region it belongs to. The region is derived from this, not from country_converter's
# `continent` column, which puts a few territories elsewhere than M49 does (see the README).
REGION_OF_SUBREGION = {
    "Northern Africa": "Africa",
    "Eastern Africa": "Africa",
    "Middle Africa": "Africa",
    "Southern Africa": "Africa",
    "Western Africa": "Africa",
    "Caribbean": "Americas",
    "Central America": "Americas",
    "South America": "Americas",
    "Northern America": "Americas",
    "Central Asia": "Asia",
    "Eastern Asia": "Asia",
    "South-eastern Asia": "Asia",
    "Southern Asia": "Asia",
    "Western Asia": "Asia",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
    # M49 gives Antarctica no region; it keeps a region of its own here.
    "Antarctica": "Antarctica",
}

# Sub-regions set by hand where country_converter has none or disagrees with UN M49 (code ->
# sub-region). The script stops and names any country with no sub-region at all, and notes a
# fix that country_converter no longer needs.
SUBREGION_FIXES: dict[str, str] = {
    # country_converter 1.3.2 puts Nauru in Polynesia; M49 lists it under Micronesia (057).
    "NR": "Micronesia",
}


# Names the catalogues lack, written by hand: iso-codes renamed Turkey "Türkiye" and its
# Arabic catalogue has no entry for the new name yet.
NAME_FIXES = {("TR", "ar"): "تركيا"}


def note(msg: str) -> None:
    print(msg, file=sys.stderr)


def load_subregions() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (country_converter continent, UNregion), from current (non-obsolete) rows."""
    path = Path(os.path.dirname(country_converter.__file__)) / "country_data.tsv"
    out: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["obsolete"].strip():
                continue
            # A few ISO2 cells are regexes such as "^GB$|^UK$"; take every two-letter code.
            for code in re.findall(r"[A-Z]{2}", row["ISO2"]):
                if code in out:
                    raise SystemExit(f"country_converter lists {code} twice")
                out[code] = (row["continent"].strip(), row["UNregion"].strip())
    return out


class _Missing(gettext.NullTranslations):
    """Fallback catalogue that marks a missing translation instead of echoing the msgid."""

    def gettext(self, message: str) -> str:
        return ""


def catalogue(locale: str) -> gettext.GNUTranslations:
    t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    t.add_fallback(_Missing())
    return t


def clean(name: str, where: str) -> str:
    name = " ".join(name.split())
    if not name or "\t" in name or "\n" in name:
        raise SystemExit(f"bad name for {where}: {name!r}")
    return name


def main() -> None:
    subregions = load_subregions()
    catalogues = {col: catalogue(loc) for col, loc in LANGS if loc is not None}
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        # English: the common name where pycountry has one ("Bolivia", not "Bolivia,
        # Plurinational State of"). Other languages translate the official `name`, the msgid.
        english = clean(getattr(c, "common_name", None) or c.name, f"{code}/en")

        continent, subregion = subregions.get(code, ("", ""))
        if SUBREGION_FIXES.get(code) == subregion:
            note(f"fix no longer needed: {code} is {subregion!r} in country_converter")
        elif code in SUBREGION_FIXES:
            note(f"fix: {code} sub-region {subregion!r} -> {SUBREGION_FIXES[code]!r}")
            subregion = SUBREGION_FIXES[code]
        if subregion not in REGION_OF_SUBREGION:
            raise SystemExit(f"{code} ({english}): no known M49 sub-region ({subregion!r})")
        region = REGION_OF_SUBREGION[subregion]
        cc_continent = "Americas" if continent == "America" else continent
        if cc_continent != region:
            note(
                f"region: {code} ({english}) is {region} / {subregion} in M49; "
                f"country_converter's continent says {continent or '(none)'}"
            )

        names = []
        for col, _loc in LANGS:
            if col == "en":
                names.append(english)
                continue
            translated = NAME_FIXES.get((code, col)) or catalogues[col].gettext(c.name)
            if not translated:
                note(f"fallback: {code} has no {col} name for {c.name!r}; English used")
                translated = english
            names.append(clean(translated, f"{code}/{col}"))
        rows.append([code, region, subregion, *names])

    if len(rows) != 249:
        raise SystemExit(f"expected 249 ISO 3166-1 entries, got {len(rows)}")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(["code", "m49_region", "m49_subregion", *(c for c, _ in LANGS)]) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    note(f"wrote {len(rows)} countries to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
