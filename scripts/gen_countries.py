#!/usr/bin/env python3
"""Generate crates/convene-domain/data/countries.tsv: every ISO 3166-1 alpha-2 country with its
UN M49 region and sub-region and its name in the six UN languages.

Run by hand when the sources change; the output is checked in and the build never runs this.

    python3 -m pip install 'pycountry==26.2.16' 'country_converter==1.3.2' \
        'hdx-python-country==4.2.5'
    python3 scripts/gen_countries.py

Sources (see crates/convene-domain/data/README.md for licences and the fixes applied):
- Names: the UN's own, as the UN Statistics Division publishes them in the M49 standard
  ("Standard country or area codes for statistical use") in its six languages, read from the
  copy of OCHA's Countries & Territories Taxonomy that hdx-python-country ships (its "M49
  English" … "M49 Arabic" columns). A secretariat's pages must name countries as the UN does
  ("Republic of Korea", "Iran (Islamic Republic of)"), the same in every language.
- pycountry: the ISO 3166-1 codes, and the names of the one entry M49 does not list (TW), from
  the gettext translations of Debian's iso-codes.
- country_converter: the UN M49 sub-region of each country (its `UNregion` column). It is read
  from its bundled country_data.tsv with the csv module, not through pandas, which would read
  Namibia's code "NA" as a missing value.

What the script had to decide (fallbacks, fixes) it prints to stderr; the README lists it.
"""

import csv
import gettext
import importlib.util
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


# The taxonomy's column of each language's M49 name.
M49_COLUMNS = {
    "ar": "M49 Arabic",
    "zh": "M49 Chinese",
    "en": "M49 English",
    "fr": "M49 French",
    "ru": "M49 Russian",
    "es": "M49 Spanish",
}

# Names written by hand where the copy of M49 we read is visibly damaged (code, language) ->
# name: a Russian name in the prepositional case ("Антарктике"), an Arabic name cut to its
# last words ("نائية التابعة للولايات المتحدة"). Check them against UNSD's M49 page after an
# upgrade: the script says when a fix is applied.
NAME_FIXES = {
    ("AQ", "ru"): "Антарктика",
    ("UM", "ar"): "جزر الولايات المتحدة البعيدة الصغرى",
}

# Entries UN M49 does not list, named from iso-codes' official ISO 3166 names in every
# language (never a common English name beside translated official ones).
NOT_IN_M49 = {"TW"}


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


def load_m49_names() -> dict[str, dict[str, str]]:
    """ISO alpha-2 -> {language column: UN M49 name}, for the rows that have M49 names."""
    # Located without importing the package, whose dependencies the script does not need.
    spec = importlib.util.find_spec("hdx.location")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("hdx-python-country is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "Countries & Territories Taxonomy MVP - C&T Taxonomy.csv"
    out: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = row["ISO 3166-1 Alpha 2-Codes"].strip()
            names = {col: row[column].strip() for col, column in M49_COLUMNS.items()}
            if not code or not all(names.values()):
                continue
            if code in out:
                raise SystemExit(f"the taxonomy lists {code} twice")
            out[code] = names
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
    m49_names = load_m49_names()
    catalogues = {col: catalogue(loc) for col, loc in LANGS if loc is not None}
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        m49 = m49_names.get(code)
        if m49 is None and code not in NOT_IN_M49:
            raise SystemExit(f"{code} ({c.name}) has no M49 names and is not in NOT_IN_M49")
        if m49 is not None and code in NOT_IN_M49:
            note(f"M49 now lists {code}: take it out of NOT_IN_M49")
        english = clean(m49["en"] if m49 else c.name, f"{code}/en")

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
            if (code, col) in NAME_FIXES:
                note(f"fix: {code}/{col} {(m49 or {}).get(col)!r} -> {NAME_FIXES[(code, col)]!r}")
                translated = NAME_FIXES[(code, col)]
            elif m49 is not None:
                translated = m49[col]
            elif col == "en":
                translated = english
            else:
                translated = catalogues[col].gettext(c.name)
                note(f"not in M49: {code}/{col} from iso-codes: {translated!r}")
            if not translated:
                raise SystemExit(f"{code} has no {col} name")
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
