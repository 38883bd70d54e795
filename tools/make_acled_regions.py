"""Build src/polybius/data/acled_regions.csv: ISO 3166 alpha-3 -> ACLED region name.

ACLED's regions follow the UN M49 sub-regions with a few merges and renames. The M49
sub-region of each country is read from the table shipped with the country_converter
package (GPL-3.0 code; the UN M49 facts are public), which is needed only to run this
script, not by polybius:

    .venv/bin/pip install country_converter==1.3.2
    .venv/bin/python tools/make_acled_regions.py
"""
from __future__ import annotations

import csv
from pathlib import Path

import country_converter

OUT = Path(__file__).resolve().parents[1] / "src" / "polybius" / "data" / "acled_regions.csv"

#: M49 sub-region -> ACLED region
RENAME = {
    "Southern Asia": "South Asia", "South-eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia", "Western Asia": "Middle East",
    "Northern Europe": "Europe", "Southern Europe": "Europe", "Western Europe": "Europe",
    "Eastern Europe": "Europe", "Northern America": "North America",
    "Australia and New Zealand": "Oceania", "Melanesia": "Oceania", "Micronesia": "Oceania",
    "Polynesia": "Oceania",
}
#: countries ACLED places outside their M49 sub-region's ACLED region
MOVE = {"ARM": "Caucasus and Central Asia", "AZE": "Caucasus and Central Asia",
        "GEO": "Caucasus and Central Asia", "CYP": "Europe", "IRN": "Middle East"}

HEADER = """# polybius: ACLED region of each country (ISO 3166-1 alpha-3)
# source: UN M49 sub-regions (as tabulated in the country_converter 1.3.2 package) renamed and
#   merged into ACLED's region names by tools/make_acled_regions.py; Armenia, Azerbaijan and
#   Georgia moved to Caucasus and Central Asia, Cyprus to Europe, Iran to the Middle East.
# licence: Apache-2.0 (this table); M49 is public UN data
# version: 1 (2026-12)
# columns: iso3, region
# known problems: ACLED's own assignment was not checked country by country; territories
#   follow their M49 sub-region.
"""


def main() -> None:
    src = Path(country_converter.__file__).parent / "country_data.tsv"
    rows = []
    with src.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            iso3, sub = rec["ISO3"].strip(), rec["UNregion"].strip()
            if len(iso3) != 3 or not sub:
                continue
            rows.append((iso3, MOVE.get(iso3, RENAME.get(sub, sub))))
    rows = sorted(set(rows))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("iso3", "region"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
