#!/usr/bin/env python3
"""Writes subdivision-names.tsv: the names of states, provinces and regions in the tier languages.

Debian's iso-codes (LGPL-2.1 or later) translates each ISO 3166-2 name into many languages (Thüringen is Turinge in
French, Тюрингия in Russian); CLDR (npm cldr-subdivisions-full, Unicode License v3) gives the English name the
gazetteer knows the place by (Thuringia). One row per language and name: language, name, English name, ISO name.
Newswire links a row to the gazetteer's place by its English name, else its ISO name, and drops rows it cannot link,
so a region build.mjs left out (a compass word, a city's name) gets no name here either.

Usage: scripts/gazetteers/subdivisions.py CLDR_EN_JSON > streams/src/main/resources/io/newswire/streams/enrich/data/subdivision-names.tsv
  CLDR_EN_JSON: cldr-subdivisions-full/subdivisions/en/en.json from npm cldr-subdivisions-full 48.2.0
  (apt-get install iso-codes: its JSON and translations are read from /usr/share)
"""
import gettext
import json
import re
import sys

LANGUAGES = ["de", "es", "fr", "it", "nl", "pl", "pt", "ru"]
# The same first-level kinds build.mjs takes into places.tsv.
TYPES = {"State", "Province", "Region", "Country", "Land", "Autonomous community", "Governorate", "Two-tier county",
         "Prefecture", "Oblast", "Canton", "Emirate", "Territory", "Federal district", "Autonomous region", "Nation",
         "Republic", "Metropolitan region", "Metropolitan department", "Overseas region", "Voivodship", "Administrative region",
         "Administrative territory", "Autonomous district", "Autonomous province"}


def clean(name):
    return re.sub(r"\s+", " ", re.sub(r"\s*[\(\[].*?[\)\]]\s*", " ", name)).strip()


def main():
    english = json.load(open(sys.argv[1], encoding="utf-8"))["subdivisions"]["localeDisplayNames"]["subdivisions"]
    subdivisions = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    rows = set()
    for language in LANGUAGES:
        try:
            catalog = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=[language])._catalog
        except OSError:
            continue
        for sub in subdivisions:
            if sub["type"] not in TYPES:
                continue
            local = catalog.get(sub["name"])
            if not local:
                continue
            local = clean(local)
            # A name of one letter-free or very short token, or with a list or slash in it, names nothing one can look up.
            if len(local) < 4 or "," in local or "/" in local or not re.match(r"^\w", local):
                continue
            name = clean(english.get(sub["code"].lower().replace("-", ""), ""))
            # A name the English one already is adds nothing: the gazetteer knows every place by that.
            if local != name:
                rows.add((language, local, name, clean(sub["name"])))
    print("# language\tname\tEnglish name\tISO 3166-2 name (scripts/gazetteers/subdivisions.py; iso-codes, LGPL-2.1+)")
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main()
