"""Everyday news for the realistic-mix benchmark: sport, business, weather, culture,
science, health, local news and politics, 200-1,500 words.

Most of a real feed is this, and its words are the traps of an event coder: a striker's
"attack" and "shot", a storm that "killed" three, a "strike" by rail workers, a film about
a bombing, a minister "accused" of lying. Every sentence is written here from templates
(no text from real articles); output is deterministic for a seed.

    python bench/everyday.py 5 --seed 3
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import MONTHS, OUTLETS, PLACES, _Ctx  # noqa: E402

CLUBS = ("United", "City", "Rovers", "Athletic", "Wanderers", "Olympic", "Sporting", "Dynamo",
         "Rangers", "Albion", "Real", "Inter")
COMPANIES = ("Nordwind Energy", "Helix Pharma", "Sunbridge Bank", "Orbital Telecom",
             "Greenfield Foods", "Atlas Motors", "Crescent Airlines", "Pioneer Steel",
             "Bluewater Shipping", "Quanta Software")
ARTISTS = ("Mira Sol", "The Lanterns", "Teo Valdez", "Anika Rao", "The Glass Orchard",
           "Jonas Berg", "Lila Mensah", "Paolo Ricci")


def _sport(c: _Ctx) -> list[str]:
    city = c.place[0]
    home, away = c.rng.sample(CLUBS, 2)
    a, b = c.rng.randint(0, 4), c.rng.randint(0, 3)
    lead = (f"{home} beat {away} {max(a, b)}-{min(a, b)} in {city} {c.when()}, "
            f"{c.pick('moving up to third in the league', 'keeping their title hopes alive', 'reaching the cup semi-final')}.")
    paras = [
        f"{lead} The striker {c.person().split(',')[0]} scored twice, the first a low shot from the edge "
        f"of the box after {c.rng.randint(5, 40)} minutes.",
        f"{away} had the better of the first half and their attack looked dangerous on the break, "
        f"but the goalkeeper made {c.pick('three', 'four', 'five')} saves before half-time.",
        f"\"We killed the game in the second half,\" the coach told reporters. \"The fans pushed us on "
        f"and the players showed what this season is about.\"",
        f"The referee showed {c.pick('two', 'three', 'five')} yellow cards and sent off a defender for a "
        f"late tackle; {away} said they would appeal against the decision.",
        f"A crowd of {c.rng.randint(8, 70)},000 watched at the stadium, where ticket prices have risen "
        f"{c.rng.randint(5, 20)} percent this season.",
        f"In the other match of the evening, {c.pick(*CLUBS)} drew {c.rng.randint(0, 2)}-all with "
        f"{c.pick(*CLUBS)} after a penalty in stoppage time.",
        f"The midfielder, who missed {c.rng.randint(2, 9)} matches with a knee injury, is expected to "
        f"return for the derby {c.pick('next week', 'on Saturday', 'after the international break')}.",
    ]
    return paras


def _business(c: _Ctx) -> list[str]:
    _, _, country, demonym = c.place
    co = c.pick(*COMPANIES)
    return [
        f"Shares in {co} {c.pick('rose', 'fell', 'jumped', 'slid')} {c.rng.randint(2, 18)} percent "
        f"{c.when()} after the company {c.pick('reported record profits', 'cut its forecast', 'announced a merger', 'named a new chief executive')}.",
        f"Revenue for the quarter was {c.rng.randint(1, 40)}.{c.rng.randint(0, 9)} billion dollars, "
        f"{c.pick('ahead of', 'below', 'in line with')} what analysts had expected.",
        f"The chief executive said the group would {c.pick('invest in new plants', 'close two factories', 'hire 2,000 staff', 'buy back shares')} "
        f"and warned that higher interest rates could weigh on demand.",
        f"Workers at its {c.place[0]} plant are due to strike next month over pay, the union said, "
        f"after talks with management broke down.",
        f"Investors have been cautious about the {demonym} market since inflation rose to "
        f"{c.rng.randint(2, 30)} percent, and the central bank is expected to keep rates on hold.",
        f"Rivals have launched an aggressive price war, and one analyst said the company faced "
        f"\"a tough fight for every customer\".",
        f"Exports from {country} rose {c.rng.randint(1, 12)} percent in {c.rng.choice(MONTHS)}, "
        f"helped by a weaker currency.",
    ]


def _weather(c: _Ctx) -> list[str]:
    city, region, country, _ = c.place
    return [
        f"{c.pick('Heavy rain', 'A powerful storm', 'Flash floods', 'A heatwave')} hit {region} {c.when()}, "
        f"{c.pick('flooding roads', 'cutting power to thousands of homes', 'closing schools', 'grounding flights')} in {city}.",
        f"{c.pick('Three', 'Two', 'Four')} people were killed when a tree fell on their car, and rescuers "
        f"searched for a fisherman missing since the storm struck the coast, officials said.",
        f"The weather service issued its highest warning for {c.rng.randint(2, 9)} districts and said "
        f"rainfall could reach {c.rng.randint(80, 300)} millimetres by the weekend.",
        f"Farmers said the floods had destroyed crops across the valley, and the agriculture ministry "
        f"promised compensation.",
        f"Forecasters expect temperatures to return to normal {c.pick('next week', 'by Sunday', 'later this month')}, "
        f"though another storm may form over the sea.",
        f"Volunteers handed out water and blankets at a sports hall in {city}, where about "
        f"{c.rng.randint(100, 900)} people spent the night.",
    ]


def _culture(c: _Ctx) -> list[str]:
    city = c.place[0]
    artist = c.pick(*ARTISTS)
    return [
        f"{artist} {c.pick('opened a world tour', 'released a new album', 'won the festival prize', 'premiered a new film')} "
        f"in {city} {c.when()}, drawing {c.pick('rave reviews', 'mixed reviews', 'a sold-out crowd')}.",
        f"The film, a drama about a family torn apart by a bombing in the 1970s, was shot on location "
        f"over {c.rng.randint(3, 14)} weeks and stars {c.pick(*ARTISTS)}.",
        f"Critics praised the soundtrack, and one called the final scene \"a quiet explosion of grief\".",
        f"The festival runs until {c.rng.choice(MONTHS)} {c.rng.randint(1, 28)} and expects "
        f"{c.rng.randint(20, 200)},000 visitors, its director said.",
        f"A retrospective of {c.pick('modern painting', 'photography', 'textile art')} opens at the city "
        f"museum next month, with works on loan from {c.rng.randint(5, 30)} collections.",
        f"Tickets for the last concert sold out in {c.rng.randint(2, 40)} minutes.",
    ]


def _science(c: _Ctx) -> list[str]:
    country = c.place[2]
    return [
        f"Researchers in {country} said {c.when()} they had {c.pick('developed a cheaper battery', 'found a new species of frog', 'mapped a distant galaxy', 'tested a malaria vaccine')}, "
        f"in a study published in a leading journal.",
        f"The team of {c.rng.randint(6, 60)} scientists worked for {c.rng.randint(2, 9)} years on the "
        f"project, which was funded by the national research council.",
        f"\"This could change how we think about the problem,\" said {c.person()}.",
        f"Independent experts cautioned that the results need to be repeated in larger trials before "
        f"any product reaches the market.",
        f"The space agency plans to launch a satellite to study the findings in "
        f"{c.published.year + c.rng.randint(1, 4)}.",
        f"Universities across the region have struggled to keep young researchers, who leave for "
        f"better-paid jobs abroad.",
    ]


def _health(c: _Ctx) -> list[str]:
    city, region, _, _ = c.place
    return [
        f"Hospitals in {region} reported a rise in {c.pick('flu', 'measles', 'dengue', 'cholera')} cases "
        f"{c.when()}, with {c.rng.randint(50, 900)} patients admitted in a week.",
        f"The health ministry said it would open {c.rng.randint(3, 40)} vaccination centres and "
        f"urged parents to bring children for a second dose.",
        f"Doctors at the main hospital in {city} said wards were full and some patients were being "
        f"treated in corridors.",
        f"\"We are doing everything we can with the staff we have,\" said {c.person()}.",
        f"Nurses have threatened to strike over unpaid overtime, their union said.",
        f"The outbreak has killed {c.rng.randint(2, 30)} people since {c.rng.choice(MONTHS)}, mostly "
        f"elderly patients with other illnesses.",
    ]


def _local(c: _Ctx) -> list[str]:
    city = c.place[0]
    return [
        f"The city council in {city} approved a plan {c.when()} to "
        f"{c.pick('build a new bridge', 'close the old market', 'extend the tram line', 'raise parking fees')}.",
        f"Work is due to start in {c.rng.choice(MONTHS)} and should take {c.rng.randint(6, 30)} months, "
        f"the mayor said, adding that residents would be consulted.",
        f"Police said traffic would be diverted around the centre during the works, and buses would "
        f"run every {c.rng.randint(5, 15)} minutes.",
        f"Shop owners said they feared losing customers, and {c.rng.randint(200, 3000)} people signed "
        f"a petition against the plan.",
        f"A fire at a warehouse near the port was put out by firefighters overnight; no one was hurt.",
        f"The council will also plant {c.rng.randint(500, 5000)} trees along the river this year.",
    ]


def _politics(c: _Ctx) -> list[str]:
    _, _, country, demonym = c.place
    return [
        f"The {demonym} opposition leader accused the prime minister {c.when()} of "
        f"{c.pick('lying about the budget', 'delaying the election', 'favouring allies in contracts')}.",
        f"The government denied the claims and said the accounts had been checked by auditors.",
        f"Parliament will vote on the {c.pick('budget', 'pension reform', 'election law')} next week, "
        f"and the ruling coalition is {c.rng.randint(2, 12)} seats short of a majority.",
        f"\"This is a threat to our democracy,\" said {c.person()}, calling for an inquiry.",
        f"Polls show support for the ruling party at {c.rng.randint(20, 45)} percent, its lowest "
        f"since {c.published.year - c.rng.randint(2, 9)}.",
        f"The president is due to visit {c.pick(*[p[2] for p in PLACES])} later this month to discuss trade.",
    ]


KINDS: tuple[tuple[Callable[[_Ctx], list[str]], int], ...] = (
    (_sport, 3), (_business, 3), (_weather, 1), (_culture, 2), (_science, 1), (_health, 1),
    (_local, 2), (_politics, 2))


def article(i: int, seed: int = 11) -> dict:
    """Everyday article ``i`` of the stream ``seed``: a dict of Article fields."""
    rng = random.Random(f"polybius-everyday-{seed}-{i}")
    published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
    c = _Ctx(rng, published)
    target = int(min(1420, max(200, rng.lognormvariate(6.4, 0.5))))
    kinds = [k for k, w in KINDS for _ in range(w)]
    kind = rng.choice(kinds)
    paras: list[str] = []
    words = 0
    while words < target:
        sents = kind(c)
        para = " ".join(sents[:1] + rng.sample(sents[1:], 2) if not paras else rng.sample(sents, 3))
        if para in paras:
            continue
        paras.append(para)
        words += len(para.split())
        if rng.random() < 0.08:   # now and then a paragraph on another subject
            kind = rng.choice(kinds)
    outlet = rng.choice(OUTLETS)
    title = " ".join(paras[0].split(",")[0].split(".")[0].split()[:12])
    return {"id": f"everyday-{seed}-{i:06d}", "published": published.isoformat(),
            "url": f"https://news.example.org/{published:%Y/%m}/e{seed}-{i:06d}",
            "title": title, "source": outlet,
            "text": f"{title}\n\n{c.place[0].upper()} ({outlet}) - " + "\n\n".join(paras)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=10)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    for i in range(args.n):
        print(json.dumps(article(i, args.seed), ensure_ascii=False))


if __name__ == "__main__":
    main()
