"""Generate long, realistic-looking English news articles for the speed benchmarks.

``bench/newsgen.py`` (the Spark helper's generator) writes short single-event items;
the throughput benchmark needs what a news crawler really sees: 200–1,500 words, a lead
event (attack, bombing, air strike, arrest, raid, protest, kidnapping, foiled plot),
quotes with attributions, numbers, dates, background paragraphs about earlier events,
and paragraphs about politics and the economy with no event at all. Every sentence is
written here from templates; output is deterministic for a seed, and article ``i`` does
not depend on how many articles are generated.

    python bench/generate.py 2000 --seed 11 > articles.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsgen import GROUPS as _GROUPS, OUTLETS as _OUTLETS, PLACES as _PLACES  # noqa: E402

PLACES = _PLACES + (
    ("Aleppo", "Aleppo governorate", "Syria", "Syrian"),
    ("Deir ez-Zor", "Deir ez-Zor governorate", "Syria", "Syrian"),
    ("Idlib", "Idlib governorate", "Syria", "Syrian"),
    ("Kramatorsk", "Donetsk region", "Ukraine", "Ukrainian"),
    ("Kharkiv", "Kharkiv region", "Ukraine", "Ukrainian"),
    ("Sanaa", "Sanaa governorate", "Yemen", "Yemeni"),
    ("Aden", "Aden governorate", "Yemen", "Yemeni"),
    ("Goma", "North Kivu", "Democratic Republic of the Congo", "Congolese"),
    ("Beni", "North Kivu", "Democratic Republic of the Congo", "Congolese"),
    ("Ouagadougou", "Centre region", "Burkina Faso", "Burkinabe"),
    ("Niamey", "Niamey region", "Niger", "Nigerien"),
    ("Pemba", "Cabo Delgado", "Mozambique", "Mozambican"),
    ("Sanliurfa", "Sanliurfa province", "Turkey", "Turkish"),
    ("Ankara", "Ankara province", "Turkey", "Turkish"),
    ("Moscow", "Moscow oblast", "Russia", "Russian"),
    ("Makhachkala", "Dagestan", "Russia", "Russian"),
    ("Srinagar", "Jammu and Kashmir", "India", "Indian"),
    ("Manipur", "Imphal", "India", "Indian"),
    ("Cotabato", "Maguindanao", "Philippines", "Philippine"),
    ("Tripoli", "Tripoli district", "Libya", "Libyan"),
    ("Benghazi", "Cyrenaica", "Libya", "Libyan"),
    ("Mexico City", "Mexico City", "Mexico", "Mexican"),
    ("Culiacan", "Sinaloa", "Mexico", "Mexican"),
    ("London", "Greater London", "United Kingdom", "British"),
    ("Manchester", "Greater Manchester", "United Kingdom", "British"),
    ("Vienna", "Vienna", "Austria", "Austrian"),
    ("Stockholm", "Stockholm county", "Sweden", "Swedish"),
    ("Jakarta", "Jakarta", "Indonesia", "Indonesian"),
    ("Khartoum", "Khartoum state", "Sudan", "Sudanese"),
    ("El Fasher", "North Darfur", "Sudan", "Sudanese"),
    ("Bogota", "Cundinamarca", "Colombia", "Colombian"),
    ("Port-au-Prince", "Ouest department", "Haiti", "Haitian"),
    ("Beirut", "Beirut governorate", "Lebanon", "Lebanese"),
    ("Gao", "Gao region", "Mali", "Malian"),
)
GROUPS = _GROUPS + ("Hezbollah", "the Houthis", "JNIM", "the Allied Democratic Forces",
                    "the M23 rebels", "the ELN", "Hamas", "Islamic State West Africa Province",
                    "a far-right cell", "a drug cartel", "Daesh", "the Taliban", "AQAP")
OUTLETS = _OUTLETS + ("Frontline News", "Global Desk", "The Northern Herald", "Wire Asia")
FIRST = ("Ahmed", "Maria", "John", "Fatima", "Oleksandr", "Aisha", "Carlos", "Mehmet",
         "Nadia", "Ibrahim", "Sarah", "Ravi", "Amina", "Pierre", "Li", "Yusuf", "Elena",
         "Kwame", "Hassan", "Ana", "Daniel", "Leila", "Musa", "Olga")
LAST = ("Khan", "Okafor", "Rahimi", "Haddad", "Kovalenko", "Yilmaz", "Garcia", "Diallo",
        "Ndlovu", "Sharma", "Dubois", "Petrov", "Mohamed", "Wang", "Santos", "Mensah",
        "Farouk", "Novak", "Ali", "Bakr", "Lopez", "Traore", "Suleiman", "Mwangi")
ROLES = ("a police spokesman", "the provincial governor", "a senior security official",
         "the interior minister", "a local council member", "a hospital director",
         "an army spokeswoman", "a regional prosecutor", "a witness", "a shopkeeper",
         "a human rights researcher", "the mayor")
SAYS = ("said", "told reporters", "said in a statement", "told local television",
        "wrote on social media", "said at a news conference")
NUMS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
        9: "nine", 11: "11", 14: "14", 17: "17", 23: "23", 31: "31", 46: "46"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class _Ctx:
    """One article's random choices, shared by its paragraphs."""

    def __init__(self, rng: random.Random, published: dt.date):
        self.rng = rng
        self.published = published
        self.place = rng.choice(PLACES)
        self.group = rng.choice(GROUPS)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def num(self) -> str:
        n = self.rng.choice(tuple(NUMS))
        return NUMS[n] if self.rng.random() < 0.5 else str(n)

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}, {self.rng.choice(ROLES)}"

    def when(self) -> str:
        back = self.rng.randint(0, 6)
        day = self.published - dt.timedelta(days=back)
        return self.pick(f"on {day:%A}", "late on Saturday", "earlier this week", "overnight",
                         f"on {day:%B} {day.day}", "early on Tuesday", "this morning")

    def past(self) -> str:
        year = self.published.year - self.rng.randint(1, 9)
        return self.pick(f"in {self.rng.choice(MONTHS)} {year}", f"in {year}", "last year",
                         "two years ago", "in December last year", "last month")


def _attack(c: _Ctx) -> list[str]:
    city, region, country, _ = c.place
    k, w = c.num(), c.num()
    target = c.pick("a police station", "a crowded market", "a checkpoint", "a church",
                    "a mosque", "a school", "a military base", "a hotel", "a bus")
    return [f"Gunmen {c.pick('stormed', 'attacked', 'opened fire on')} {target} in {city} "
            f"{c.when()}, killing {k} people and wounding {w} others, "
            f"{c.pick('police', 'officials', 'the army', 'local media')} said.",
            f"\"They came on motorbikes and fired at everyone they saw,\" said {c.person()}.",
            f"Security forces later killed {c.pick('two', 'three', 'one')} of the attackers "
            f"in an exchange of fire on the outskirts of the town, according to {c.person()}."]


def _bombing(c: _Ctx) -> list[str]:
    city, region, country, _ = c.place
    device = c.pick("a car bomb", "a suicide bomber", "a roadside bomb", "an improvised "
                    "explosive device", "a bomb hidden in a motorcycle")
    near = c.pick("a busy market", "a government office", "a bus stop", "a convoy of soldiers",
                  "a wedding hall")
    return [f"At least {c.num()} people were killed and {c.num()} injured when {device} "
            f"exploded near {near} in {city}, "
            f"{country}, {c.when()}, {c.pick('police said', 'the health ministry said', 'officials said')}.",
            f"{c.group[0].upper() + c.group[1:]} {c.pick('claimed responsibility for', 'denied involvement in')} "
            f"the blast in a statement posted online.",
            f"The explosion shattered windows across several streets in {region}, and "
            f"ambulances ferried the wounded to {c.pick('two', 'three', 'four')} hospitals."]


def _airstrike(c: _Ctx) -> list[str]:
    city, region, _, demonym = c.place
    return [f"{c.pick('An air strike', 'A drone strike', 'Artillery shelling')} hit "
            f"{c.pick('a village', 'a training camp', 'a residential building', 'a weapons depot')} "
            f"near {city} {c.when()}, killing {c.num()} {c.pick('militants', 'civilians', 'people')}, "
            f"the {demonym} {c.pick('army', 'defence ministry', 'military')} said.",
            f"Residents disputed the account, saying most of the dead were farmers. "
            f"\"There were no fighters here,\" said {c.person()}.",
            f"The strike in {region} was the {c.pick('third', 'fifth', 'latest')} in the area this month."]


def _arrest(c: _Ctx) -> list[str]:
    city, region, country, demonym = c.place
    n = c.rng.choice((4, 9, 12, 17, 25, 38, 60, 140))
    return [f"{demonym} {c.pick('police', 'counter-terrorism officers', 'security forces', 'gendarmes')} "
            f"{c.pick('detained', 'arrested', 'took into custody')} {c.pick('', 'at least ', 'more than ')}{n} "
            f"people suspected of links to {c.group} in {c.pick('raids', 'dawn raids', 'an operation')} "
            f"across {region} {c.when()}, the {c.pick('interior ministry', 'prosecutor’s office', 'police')} said.",
            f"Officers seized {c.pick('weapons', 'explosives', 'cash and phones', 'ammunition and forged documents')} "
            f"during searches of {c.num()} addresses in {city}.",
            f"A court is expected to rule on whether the suspects remain in custody, said {c.person()}."]


def _raid(c: _Ctx) -> list[str]:
    city, region, _, _ = c.place
    return [f"Special forces raided a hideout used by {c.group} outside {city} {c.when()}, "
            f"killing {c.num()} fighters and capturing {c.num()} others, officials said.",
            f"Two soldiers were wounded in the operation, which lasted several hours, "
            f"according to {c.person()}.",
            f"The military said the cell had planned attacks on security posts in {region}."]


def _protest(c: _Ctx) -> list[str]:
    city, _, country, _ = c.place
    return [f"{c.pick('Thousands', 'Hundreds', 'Tens of thousands')} of people "
            f"{c.pick('marched', 'rallied', 'protested')} in {city} {c.when()} against "
            f"{c.pick('rising fuel prices', 'the new election law', 'police violence', 'corruption')}.",
            f"Police fired tear gas and water cannon when protesters tried to reach parliament; "
            f"{c.num()} people were injured and {c.num()} arrested, {c.pick('organisers', 'police', 'medics')} said.",
            f"\"We will come back every day until they listen,\" said {c.person()}."]


def _kidnapping(c: _Ctx) -> list[str]:
    city, region, _, _ = c.place
    return [f"Armed men abducted {c.num()} {c.pick('students', 'aid workers', 'travellers', 'villagers', 'engineers')} "
            f"near {city} {c.when()}, {c.pick('police', 'the state government', 'community leaders')} said.",
            f"The kidnappers have demanded a ransom, according to {c.person()}, who said "
            f"negotiations were under way.",
            f"Kidnappings for ransom have become common on roads across {region}."]


def _plot(c: _Ctx) -> list[str]:
    city, _, country, demonym = c.place
    return [f"{demonym} authorities said they had foiled a plot to attack "
            f"{c.pick('a concert', 'a Christmas market', 'a synagogue', 'a stadium', 'the airport')} "
            f"in {city} and arrested {c.pick('a 19-year-old man', 'two brothers', 'three suspects', 'a teenager')}.",
            f"The suspect had pledged allegiance to {c.group} and was trying to obtain weapons, "
            f"prosecutors said {c.when()}.",
            f"Security has been tightened at public events across {country}, said {c.person()}."]


EVENTS: tuple[tuple[Callable[[_Ctx], list[str]], int], ...] = (
    (_attack, 3), (_bombing, 3), (_airstrike, 2), (_arrest, 3), (_raid, 2), (_protest, 2),
    (_kidnapping, 2), (_plot, 1))


def _background(c: _Ctx) -> str:
    city, region, country, _ = c.place
    return " ".join((
        f"{c.group[0].upper() + c.group[1:]} has {c.pick('carried out', 'been blamed for', 'claimed')} "
        f"dozens of attacks in {region} since {c.published.year - c.rng.randint(3, 12)}.",
        f"{c.past().capitalize()}, {c.num()} soldiers were killed when militants overran an "
        f"army post near {c.pick(city, 'the border')}.",
        f"The violence has displaced more than {c.rng.randint(2, 900)},000 people, according to "
        f"the United Nations.",
        f"Analysts say the group exploits {c.pick('weak governance', 'local grievances', 'porous borders', 'rivalries between clans')} "
        f"to recruit young men."))


def _politics(c: _Ctx) -> str:
    _, _, country, demonym = c.place
    return " ".join((
        f"The {demonym} parliament {c.pick('is debating', 'passed', 'rejected', 'postponed a vote on')} "
        f"a {c.pick('budget', 'security bill', 'constitutional amendment', 'reform package')} "
        f"{c.pick('this week', 'on Thursday', 'last month')}.",
        f"Opposition leaders accused the government of {c.pick('mismanaging the economy', 'curbing press freedom', 'delaying elections', 'ignoring rural areas')}, "
        f"while ministers insisted that {c.pick('growth would return', 'the reforms were necessary', 'the vote was fair')}.",
        f"Elections are due in {c.rng.choice(MONTHS)} {c.published.year + c.rng.randint(0, 2)}, "
        f"and recent polls show {c.pick('a tight race', 'the ruling party ahead', 'widespread apathy')}.",
        f"\"People want jobs and safety, not speeches,\" said {c.person()}."))


def _economy(c: _Ctx) -> str:
    _, _, country, demonym = c.place
    return " ".join((
        f"Inflation in {country} {c.pick('rose', 'fell', 'held steady')} to "
        f"{c.rng.randint(2, 60)}.{c.rng.randint(0, 9)} percent in {c.rng.choice(MONTHS)}, "
        f"the statistics office said.",
        f"The {demonym} currency has lost {c.rng.randint(3, 45)} percent of its value against the "
        f"dollar this year, pushing up the price of {c.pick('bread', 'fuel', 'medicine', 'imported goods')}.",
        f"The central bank {c.pick('raised', 'cut', 'kept')} its benchmark rate "
        f"{c.pick('by 50 basis points', 'unchanged', 'to a record high')}, and economists expect "
        f"{c.pick('slower growth', 'a modest recovery', 'further tightening')} next year.",
        f"Exports of {c.pick('oil', 'cotton', 'gold', 'textiles', 'cocoa')} "
        f"{c.pick('rose', 'fell')} {c.rng.randint(2, 30)} percent, while the trade deficit widened."))


def _diplomacy(c: _Ctx) -> str:
    _, _, country, _ = c.place
    other = c.rng.choice(PLACES)[2]
    return " ".join((
        f"Foreign ministers of {country} and {other} met in {c.pick('Geneva', 'Doha', 'Addis Ababa', 'Brussels')} "
        f"to discuss {c.pick('border security', 'trade', 'refugee returns', 'a ceasefire')}.",
        f"A joint statement promised {c.pick('closer cooperation', 'further talks', 'an exchange of prisoners')} "
        f"but gave no timetable.",
        f"Diplomats said the meeting was {c.pick('cordial', 'tense', 'overdue')}."))


def _humanitarian(c: _Ctx) -> str:
    _, region, country, _ = c.place
    return " ".join((
        f"Aid agencies warned that {c.rng.randint(1, 12)}.{c.rng.randint(0, 9)} million people in "
        f"{country} need food assistance, with {c.pick('drought', 'floods', 'a cholera outbreak', 'locusts')} "
        f"worsening conditions in {region}.",
        f"The World Food Programme said its appeal was only {c.rng.randint(10, 60)} percent funded.",
        f"Clinics run by volunteers report shortages of {c.pick('insulin', 'antibiotics', 'vaccines', 'clean water')}, "
        f"and schools in several districts have closed for lack of teachers.",
        f"\"Families are selling their livestock to survive,\" said {c.person()}."))


def _society(c: _Ctx) -> str:
    city, _, _, demonym = c.place
    return " ".join((
        f"In {city}, a {c.pick('new metro line', 'football stadium', 'solar power plant', 'university campus')} "
        f"{c.pick('opened', 'was inaugurated', 'is nearing completion')} after years of delays.",
        f"The {demonym} {c.pick('football team', 'film industry', 'tech sector', 'tourism board')} "
        f"{c.pick('celebrated a record year', 'struggled with rising costs', 'drew international attention')}.",
        f"Weather forecasters expect {c.pick('heavy rain', 'a heatwave', 'strong winds', 'an early frost')} "
        f"over the weekend."))


FILLERS = (_background, _politics, _economy, _diplomacy, _humanitarian, _society)


def article(i: int, seed: int = 11) -> dict:
    """Article ``i`` of the stream ``seed``: a dict of Article fields."""
    rng = random.Random(f"polybius-bench-{seed}-{i}")
    published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
    c = _Ctx(rng, published)
    target = int(min(1420, max(200, rng.lognormvariate(6.4, 0.5))))
    kinds = [k for k, w in EVENTS for _ in range(w)]
    no_event = rng.random() < 0.12
    paras = [] if no_event else [" ".join(rng.choice(kinds)(c))]
    words = sum(len(p.split()) for p in paras)
    while words < target:
        if not no_event and rng.random() < 0.15:  # a second, related event
            para = " ".join(rng.choice(kinds)(c))
        else:
            para = rng.choice(FILLERS)(c)
        if para in paras:  # the same paragraph twice reads like a broken crawler
            continue
        paras.append(para)
        words += len(para.split())
    outlet = rng.choice(OUTLETS)
    title = " ".join(paras[0].split(",")[0].split(".")[0].split()[:14])
    dateline = f"{c.place[0].upper()} ({outlet}) - "
    return {"id": f"bench-{seed}-{i:06d}", "published": published.isoformat(),
            "url": f"https://news.example.org/{published:%Y/%m}/{seed}-{i:06d}",
            "title": title, "source": outlet,
            "text": f"{title}\n\n{dateline}" + "\n\n".join(paras)}


def generate(n: int, seed: int = 11, start: int = 0) -> Iterator[dict]:
    for i in range(start, start + n):
        yield article(i, seed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=100)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    for rec in generate(args.n, args.seed):
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
