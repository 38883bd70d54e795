"""Generate short, realistic news articles about political violence (and some that are
not), for the Spark tests and benchmark.

Every sentence is written here from templates (no text from real articles); the
generator is deterministic for a given seed. Articles cover bombings, shootings, air
strikes, arrests in counter-terrorism raids, labour strikes and protests in many
countries, with dates relative to the publication date, number words, attributions
("police said") and background mentions, plus some articles with no event at all.

    python bench/newsgen.py 300 > articles.jsonl
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from typing import Iterator

# (city, admin1 or province-like region, country name, demonym)
PLACES = (
    ("Kabul", "Kabul province", "Afghanistan", "Afghan"),
    ("Jalalabad", "Nangarhar province", "Afghanistan", "Afghan"),
    ("Mogadishu", "Banadir region", "Somalia", "Somali"),
    ("Maiduguri", "Borno state", "Nigeria", "Nigerian"),
    ("Kano", "Kano state", "Nigeria", "Nigerian"),
    ("Istanbul", "Istanbul province", "Turkey", "Turkish"),
    ("Diyarbakir", "Diyarbakir province", "Turkey", "Turkish"),
    ("Karachi", "Sindh province", "Pakistan", "Pakistani"),
    ("Peshawar", "Khyber Pakhtunkhwa province", "Pakistan", "Pakistani"),
    ("Quetta", "Balochistan province", "Pakistan", "Pakistani"),
    ("Baghdad", "Baghdad governorate", "Iraq", "Iraqi"),
    ("Mosul", "Nineveh governorate", "Iraq", "Iraqi"),
    ("Bamako", "Bamako district", "Mali", "Malian"),
    ("Marawi", "Lanao del Sur", "Philippines", "Philippine"),
    ("Paris", "Ile-de-France", "France", "French"),
    ("Berlin", "Berlin", "Germany", "German"),
    ("Nairobi", "Nairobi county", "Kenya", "Kenyan"),
    ("Mombasa", "Mombasa county", "Kenya", "Kenyan"),
    ("Cali", "Valle del Cauca", "Colombia", "Colombian"),
    ("Dhaka", "Dhaka division", "Bangladesh", "Bangladeshi"),
    ("El Arish", "North Sinai", "Egypt", "Egyptian"),
    ("Lima", "Lima region", "Peru", "Peruvian"),
    ("Madrid", "Community of Madrid", "Spain", "Spanish"),
    ("Brussels", "Brussels-Capital Region", "Belgium", "Belgian"),
)
GROUPS = ("the Islamic State group", "al-Shabaab", "Boko Haram", "the Pakistani Taliban",
          "ISIS-K", "a local militant cell", "the PKK", "an al-Qaeda affiliate")
OUTLETS = ("Daily Courier", "Morning Ledger", "Evening Dispatch", "The Observer Wire",
           "Regional Tribune", "Capital Post")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                8: "eight", 9: "nine", 10: "10", 12: "12", 15: "15", 20: "20"}
TARGETS = ("a crowded market", "a police checkpoint", "a mosque", "a bus station",
           "a military convoy", "a hotel", "a wedding party", "a government building")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _num(rng: random.Random, choices=(2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20)) -> str:
    n = rng.choice(choices)
    return NUMBER_WORDS[n] if rng.random() < 0.5 else str(n)


def _weekday_before(published: dt.date, rng: random.Random) -> str:
    back = rng.randint(1, 5)
    return "on " + WEEKDAYS[(published - dt.timedelta(days=back)).weekday()]


def _bombing(rng, place, when):
    city, region, country, _ = place
    k, w = _num(rng), _num(rng)
    target = rng.choice(TARGETS)
    return (f"Bomb blast kills {k} in {city}",
            [f"At least {k} people were killed and {w} others wounded when a bomb exploded "
             f"near {target} in {city}, {country}, {when}, police said.",
             f"No group immediately claimed responsibility for the attack in {region}.",
             "Witnesses said ambulances rushed the injured to hospitals across the city.",
             "The blast came weeks after a similar attack in the same area."])


def _shooting(rng, place, when):
    city, region, country, _ = place
    k = _num(rng)
    group = rng.choice(GROUPS)
    target = rng.choice(TARGETS)
    return (f"Gunmen attack {target.split(' ', 1)[1]} in {city}",
            [f"Gunmen suspected of belonging to {group} opened fire on "
             f"{target} in {city} {when}, killing {k} people, "
             f"local officials said.",
             f"Security forces cordoned off the area in {region} and launched a search "
             f"for the attackers.",
             f"The government of {country} condemned the shooting."])


def _airstrike(rng, place, when):
    city, region, country, _ = place
    k = _num(rng)
    return (f"Air strike near {city} kills {k}",
            [f"An air strike on a village near {city} killed {k} militants {when}, "
             f"the army said in a statement.",
             f"Residents said several houses were destroyed in the strike in {region}.",
             f"The military said the target was a training camp used by "
             f"{rng.choice(GROUPS)}."])


def _arrest(rng, place, when):
    city, region, country, demonym = place
    n = rng.choice((12, 15, 20, 25, 30, 40, 55, 120))
    group = rng.choice(GROUPS)
    quant = rng.choice(("", "more than ", "at least ", "about "))
    return (f"{demonym} police detain {n} suspects",
            [f"{demonym} police detained {quant}{n} people suspected of links to {group} "
             f"in raids across {region} {when}, the interior ministry said.",
             f"Officers seized weapons and explosives in {city}, according to a statement.",
             f"Prosecutors said the suspects had been planning attacks in {country}."])


def _labour_strike(rng, place, when):
    city, _, country, _ = place
    sector = rng.choice(("transport", "port", "hospital", "teachers'", "mine"))
    return (f"{sector.capitalize()} workers strike in {city}",
            [f"Thousands of {sector} workers went on strike in {city} {when} to demand "
             f"higher wages, union leaders said.",
             f"The strike disrupted services across {country}, and talks with the "
             f"government are due to resume next week."])


def _protest(rng, place, when):
    city, _, country, _ = place
    n = rng.choice(("Hundreds", "Thousands", "Dozens"))
    hurt = _num(rng, (2, 3, 4, 5, 6, 10))
    return (f"Protesters clash with police in {city}",
            [f"{n} of protesters clashed with police in {city} {when} over rising fuel "
             f"prices, and {hurt} people were injured, officials said.",
             "Police fired tear gas to disperse the crowd near parliament.",
             f"Opposition parties in {country} called for further demonstrations."])


def _no_event(rng, place, when):
    city, _, country, _ = place
    return (f"{country} central bank holds rates",
            [f"The central bank of {country} kept its benchmark interest rate unchanged "
             f"{when}, citing slowing inflation.",
             f"Analysts in {city} had expected the decision.",
             "The bank will next review its policy in two months."])


KINDS = ((_bombing, 3), (_shooting, 2), (_airstrike, 2), (_arrest, 3),
         (_labour_strike, 1), (_protest, 2), (_no_event, 1))


def generate(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` article records (id, text, published, url, title, source), deterministic."""
    rng = random.Random(seed)
    kinds = [k for k, w in KINDS for _ in range(w)]
    start = dt.date(2023, 1, 1)
    for i in range(n):
        published = start + dt.timedelta(days=rng.randint(0, 1000))
        place = rng.choice(PLACES)
        when = rng.choice((_weekday_before(published, rng), "on Sunday", "late on Friday",
                           "earlier this week", f"on {published.strftime('%B')} "
                           f"{max(1, published.day - 1)}"))
        title, sentences = rng.choice(kinds)(rng, place, when)
        outlet = rng.choice(OUTLETS)
        dateline = f"{place[0].upper()} ({outlet}) - "
        yield {
            "id": f"gen-{seed}-{i:05d}",
            "text": dateline + " ".join(sentences),
            "published": published.isoformat(),
            "url": f"https://news.example.org/{published:%Y/%m}/{seed}-{i:05d}",
            "title": title,
            "source": outlet,
        }


def write_jsonl(path, n: int, seed: int = 7) -> int:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in generate(n, seed):
            fh.write(json.dumps(rec) + "\n")
    return n


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    for record in generate(count, int(sys.argv[2]) if len(sys.argv) > 2 else 7):
        print(json.dumps(record))
