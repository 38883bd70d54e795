"""Authoring aid for the fusion development set: writes articles.jsonl, events.jsonl and
gold.jsonl next to this file from the hand-written reports below.

All incidents, outlets and sentences are made up (places are real, so coordinates are
real). Each event lists the fields an extractor would produce for its sentence; the
gold label is the letter of the made-up incident. Run: python tools/make_fusion_dev.py
"""
from __future__ import annotations

import json
from pathlib import Path

from polybius.records import Event

HERE = Path(__file__).resolve().parents[1] / "src" / "polybius" / "data" / "fusion_dev"

PLACES = {  # name: (admin1, country, lat, lon, precision)
    "Kabul": ("Kabul", "AFG", 34.53, 69.17, "city"),
    "Dasht-e-Barchi": ("Kabul", "AFG", 34.50, 69.08, "point"),
    "Istanbul": ("Istanbul", "TUR", 41.01, 28.98, "city"),
    "Esenyurt": ("Istanbul", "TUR", 41.03, 28.67, "city"),
    "Ankara": ("Ankara", "TUR", 39.93, 32.86, "city"),
    "Izmir": ("Izmir", "TUR", 38.42, 27.14, "city"),
    "Monguno": ("Borno", "NGA", 12.67, 13.61, "city"),
    "Borno": ("Borno", "NGA", 11.50, 13.00, "admin1"),
    "Gusau": ("Zamfara", "NGA", 12.16, 6.66, "city"),
    "Zamfara": ("Zamfara", "NGA", 12.10, 6.20, "admin1"),
    "Nairobi": ("Nairobi", "KEN", -1.29, 36.82, "city"),
    "Mombasa": ("Mombasa", "KEN", -4.04, 39.67, "city"),
    "Idlib": ("Idlib", "SYR", 35.93, 36.63, "city"),
    "Lyon": ("Auvergne-Rhone-Alpes", "FRA", 45.76, 4.84, "city"),
    "Vienna": ("Vienna", "AUT", 48.21, 16.37, "city"),
    "Mogadishu": ("Banaadir", "SOM", 2.05, 45.32, "city"),
    "Baghdad": ("Baghdad", "IRQ", 33.31, 44.37, "city"),
    "Sadr City": ("Baghdad", "IRQ", 33.39, 44.45, "point"),
    "Karrada": ("Baghdad", "IRQ", 33.30, 44.42, "point"),
    "Peshawar": ("Khyber Pakhtunkhwa", "PAK", 34.01, 71.58, "city"),
    "Quetta": ("Balochistan", "PAK", 30.18, 67.00, "city"),
}
ACTORS = {  # name: kind
    "Islamic State Khorasan Province": "armed_group", "Islamic State": "armed_group",
    "Islamic State West Africa Province": "armed_group", "al-Shabaab": "armed_group",
    "Tehrik-i-Taliban Pakistan": "armed_group", "Turkey": "state", "Austria": "state",
    "Nigeria": "security_forces", "Pakistan": "security_forces", "Kenya": "security_forces",
    "France": "state", "civilians": "civilians", "protesters": "civilians",
}

# article id, source, published, title, body sentences, events.
# event: (gold, sentence index (-1 = title), type, mode, date value, date text,
#         place, actor, recipient, counts, extra) ; counts role -> (value, qualifier)
ARTICLES = [
    ("a1", "Kabul Daily Wire", "2025-03-04", "Suicide bomber strikes crowded Kabul market",
     ["A suicide bomber blew himself up in a crowded market in western Kabul on Tuesday, "
      "killing at least 139 people, health officials said.",
      "More than 200 others were wounded, and hospitals appealed for blood donors."],
     [("A", -1, "ASSAULT", "suicide_bomb", "2025-03-04", None, "Kabul", None, "civilians", {}, {}),
      ("A", 0, "ASSAULT", "suicide_bomb", "2025-03-04", "on Tuesday", "Kabul", None, "civilians",
       {"killed": (139, "at_least"), "injured": (200, "more_than")}, {})]),
    ("a2", "Asia Monitor", "2025-03-05", "Kabul market bombing toll rises",
     ["The death toll from Tuesday's suicide bombing at a Kabul market rose to 143, the "
      "interior ministry said on Wednesday."],
     [("A", 0, "ASSAULT", "suicide_bomb", "2025-03-04", "Tuesday's", "Kabul", None, None,
       {"killed": (143, "exact")}, {})]),
    ("a3", "Global Newsroom", "2025-03-06", "Islamic State affiliate claims Kabul market attack",
     ["Islamic State Khorasan Province said it carried out the bombing of a market in the "
      "Afghan capital two days ago that killed 144 people."],
     [("A", 0, "ASSAULT", "explosives", "2025-03-04", "two days ago", "Kabul",
       "Islamic State Khorasan Province", "civilians", {"killed": (144, "exact")}, {})]),
    ("a4", "Kabul Daily Wire", "2025-03-06", "Market blast toll reaches 144",
     ["Officials raised the toll of the market blast in Kabul on Tuesday to 144 dead and "
      "230 wounded."],
     [("A", 0, "ASSAULT", "explosives", "2025-03-04", "on Tuesday", "Kabul", None, None,
       {"killed": (144, "exact"), "injured": (230, "exact")}, {})]),
    ("a5", "Frontier Post", "2025-03-05", "Bomber targets shoppers in Kabul",
     ["At least 140 people died when a bomber targeted shoppers in Kabul's Dasht-e-Barchi "
      "area on Tuesday."],
     [("A", 0, "ASSAULT", "suicide_bomb", "2025-03-04", "on Tuesday", "Dasht-e-Barchi", None,
       "civilians", {"killed": (140, "at_least")}, {})]),
    ("b1", "Asia Monitor", "2025-03-06", "Minibus bomb kills four in Kabul",
     ["A magnetic bomb attached to a minibus exploded in Kabul on Thursday, killing four "
      "passengers, police said."],
     [("B", 0, "ASSAULT", "explosives", "2025-03-06", "on Thursday", "Kabul", None, "civilians",
       {"killed": (4, "exact")}, {})]),
    ("b2", "Frontier Post", "2025-03-07", "Sticky bomb hits Kabul minibus",
     ["Four people were killed when a sticky bomb ripped through a minibus in the Afghan "
      "capital on Thursday."],
     [("B", 0, "ASSAULT", "explosives", "2025-03-06", "on Thursday", "Kabul", None, "civilians",
       {"killed": (4, "exact")}, {})]),
    ("b3", "Global Newsroom", "2025-03-07", "Van blast in Afghan capital",
     ["Police in Kabul said an explosive device on a passenger van killed four and wounded "
      "six a day earlier."],
     [("B", 0, "ASSAULT", "explosives", "2025-03-06", "a day earlier", "Kabul", None, None,
       {"killed": (4, "exact"), "injured": (6, "exact")}, {})]),
    ("c1", "Anadolu Wire", "2025-01-14", "Dozens of IS suspects detained in Istanbul",
     ["Turkish police detained 47 suspected Islamic State members in dawn raids across "
      "Istanbul on Tuesday, the governor's office said.",
      "In a separate operation on Tuesday, police in Ankara detained 12 people suspected of "
      "financing the Islamic State."],
     [("C", 0, "COERCE", "arrest", "2025-01-14", "on Tuesday", "Istanbul", "Turkey",
       "Islamic State", {"arrested": (47, "exact")}, {}),
      ("D", 1, "COERCE", "arrest", "2025-01-14", "on Tuesday", "Ankara", "Turkey",
       "Islamic State", {"arrested": (12, "exact")}, {})]),
    ("c2", "Bosphorus Times", "2025-01-14", "Dozens held in Istanbul anti-IS sweep",
     ["Police in Istanbul rounded up more than 40 people suspected of links to ISIS in "
      "operations on Tuesday."],
     [("C", 0, "COERCE", "arrest", "2025-01-14", "on Tuesday", "Istanbul", "Turkey",
       "Islamic State", {"arrested": (40, "more_than")}, {})]),
    ("c3", "Marmara Herald", "2025-01-15", "49 held in Istanbul raids",
     ["Istanbul police said on Wednesday that 49 suspects were taken into custody in "
      "Tuesday's raids targeting Islamic State cells in 12 districts."],
     [("C", 0, "COERCE", "arrest", "2025-01-14", "Tuesday's", "Istanbul", "Turkey",
       "Islamic State", {"arrested": (49, "exact")}, {})]),
    ("c4", "Global Newsroom", "2025-01-15", "Turkey detains 47 over IS links",
     ["Turkey detained 47 people in Istanbul over alleged links to the Islamic State group, "
      "state media reported."],
     [("C", 0, "COERCE", "arrest", "2025-01-15", None, "Istanbul", "Turkey", "Islamic State",
       {"arrested": (47, "exact")}, {})]),
    ("d2", "Capital Gazette", "2025-01-15", "Ankara police hold IS financiers",
     ["Ankara police took 12 suspected IS financiers into custody on Tuesday."],
     [("D", 0, "COERCE", "arrest", "2025-01-14", "on Tuesday", "Ankara", "Turkey",
       "Islamic State", {"arrested": (12, "exact")}, {})]),
    ("d3", "Bosphorus Times", "2025-01-14", "Twelve detained in Ankara",
     ["Twelve people were detained in Ankara on Tuesday on suspicion of funding Islamic "
      "State militants."],
     [("D", 0, "COERCE", "arrest", "2025-01-14", "on Tuesday", "Ankara", None, "Islamic State",
       {"arrested": (12, "exact")}, {})]),
    ("e1", "Bosphorus Times", "2025-01-16", "23 IS suspects held in Esenyurt",
     ["Police detained 23 suspected Islamic State militants in Istanbul's Esenyurt district "
      "on Thursday."],
     [("E", 0, "COERCE", "arrest", "2025-01-16", "on Thursday", "Esenyurt", "Turkey",
       "Islamic State", {"arrested": (23, "exact")}, {})]),
    ("e2", "Marmara Herald", "2025-01-17", "Raid in Istanbul nets 23",
     ["Twenty-three people were held in a raid in Istanbul on Thursday over suspected ties "
      "to IS."],
     [("E", 0, "COERCE", "arrest", "2025-01-16", "on Thursday", "Istanbul", "Turkey",
       "Islamic State", {"arrested": (23, "exact")}, {})]),
    ("f1", "Sahel Dispatch", "2025-06-10", "Jihadists storm army base in Monguno",
     ["Jihadists stormed a military base in Monguno in Borno state on Tuesday, killing at "
      "least 20 soldiers, security sources said."],
     [("F", 0, "ASSAULT", "armed_clash", "2025-06-10", "on Tuesday", "Monguno", None, "Nigeria",
       {"killed": (20, "at_least")}, {})]),
    ("f2", "Lagos Ledger", "2025-06-11", "ISWAP says it killed 22 soldiers",
     ["Islamic State West Africa Province fighters killed 22 soldiers in an assault on an "
      "army base in Monguno on Tuesday, the group said."],
     [("F", 0, "ASSAULT", "armed_clash", "2025-06-10", "on Tuesday", "Monguno",
       "Islamic State West Africa Province", "Nigeria", {"killed": (22, "exact")}, {})]),
    ("f3", "Global Newsroom", "2025-06-11", "Insurgents overrun Nigerian base",
     ["Two dozen Nigerian troops died when insurgents overran a base in northeast Nigeria's "
      "Borno state late on Tuesday."],
     [("F", 0, "ASSAULT", "armed_clash", "2025-06-10", "late on Tuesday", "Borno", None,
       "Nigeria", {"killed": (24, "exact")}, {})]),
    ("f4", "Sahel Dispatch", "2025-06-12", "Army confirms Monguno losses",
     ["The army confirmed that 22 soldiers were killed in the Monguno base attack and said "
      "the militants had been repelled."],
     [("F", 0, "ASSAULT", "armed_clash", None, None, "Monguno", None, "Nigeria",
       {"killed": (22, "exact")}, {})]),
    ("g1", "Lagos Ledger", "2025-06-10", "Gunmen kill nine villagers near Gusau",
     ["Gunmen on motorcycles killed nine villagers near Gusau in Zamfara state on Tuesday, "
      "residents said."],
     [("G", 0, "ASSAULT", "firearms", "2025-06-10", "on Tuesday", "Gusau", None, "civilians",
       {"killed": (9, "exact")}, {})]),
    ("g2", "Sahel Dispatch", "2025-06-11", "Bandits shoot dead nine in Zamfara village",
     ["Bandits shot dead nine people in a village outside Gusau on Tuesday."],
     [("G", 0, "ASSAULT", "firearms", "2025-06-10", "on Tuesday", "Gusau", None, "civilians",
       {"killed": (9, "exact")}, {})]),
    ("g3", "Global Newsroom", "2025-06-11", "Armed men kill villagers in Zamfara",
     ["Armed men killed at least eight people in northwestern Zamfara state, police said on "
      "Wednesday."],
     [("G", 0, "ASSAULT", "firearms", "2025-06-11", None, "Zamfara", None, "civilians",
       {"killed": (8, "at_least")}, {})]),
    ("h1", "East Africa Echo", "2025-06-25", "Deadly protests in Nairobi",
     ["Thousands of protesters marched on parliament in Nairobi on Wednesday, and police "
      "fired tear gas and live rounds; at least eight people were killed."],
     [("H", 0, "PROTEST", "demonstrate", "2025-06-25", "on Wednesday", "Nairobi", "protesters",
       "Kenya", {"killed": (8, "at_least")}, {})]),
    ("h2", "Coastline News", "2025-06-26", "Rights groups count ten dead",
     ["Kenyan rights groups said ten people died during Wednesday's anti-government "
      "demonstrations in Nairobi."],
     [("H", 0, "PROTEST", "demonstrate", "2025-06-25", "Wednesday's", "Nairobi", "protesters",
       None, {"killed": (10, "exact")}, {})]),
    ("h3", "Global Newsroom", "2025-06-26", "Finance bill protests turn violent",
     ["Police clashed with demonstrators in central Nairobi on Wednesday in protests over a "
      "finance bill; eight deaths were confirmed."],
     [("H", 0, "PROTEST", "riot", "2025-06-25", "on Wednesday", "Nairobi", "protesters",
       "Kenya", {"killed": (8, "exact")}, {})]),
    ("i1", "Coastline News", "2025-06-25", "Mombasa joins finance bill protests",
     ["Hundreds of people demonstrated in Mombasa on Wednesday against the finance bill, "
      "blocking roads to the port."],
     [("I", 0, "PROTEST", "demonstrate", "2025-06-25", "on Wednesday", "Mombasa", "protesters",
       None, {}, {})]),
    ("i2", "East Africa Echo", "2025-06-26", "Protests spread to the coast",
     ["In Mombasa, demonstrators burned tyres on Wednesday as protests spread to the coast."],
     [("I", 0, "PROTEST", "riot", "2025-06-25", "on Wednesday", "Mombasa", "protesters", None,
       {}, {})]),
    ("j1", "Levant Report", "2025-02-11", "Air strike hits car near Idlib",
     ["An air strike hit a car near Idlib city on Tuesday, killing three men, a war monitor "
      "said."],
     [("J", 0, "ASSAULT", "aerial", "2025-02-11", "on Tuesday", "Idlib", None, "civilians",
       {"killed": (3, "exact")}, {})]),
    ("j2", "Global Newsroom", "2025-02-12", "Drone strike kills three outside Idlib",
     ["A drone strike on a vehicle outside Idlib killed three people on Tuesday, according "
      "to the monitor."],
     [("J", 0, "ASSAULT", "drone", "2025-02-11", "on Tuesday", "Idlib", None, "civilians",
       {"killed": (3, "exact")}, {})]),
    ("j3", "Orient Daily", "2025-02-11", "Missile strikes vehicle in Idlib",
     ["Three people were killed when a missile struck their vehicle on the outskirts of "
      "Idlib."],
     [("J", 0, "ASSAULT", "aerial", "2025-02-11", None, "Idlib", None, "civilians",
       {"killed": (3, "exact")}, {})]),
    ("k1", "Rhone Courier", "2025-04-12", "Knife attack at Lyon tram stop",
     ["A man armed with a knife killed one person and wounded three others at a tram stop "
      "in Lyon on Saturday, police said."],
     [("K", 0, "ASSAULT", "primitive_weapon", "2025-04-12", "on Saturday", "Lyon", None,
       "civilians", {"killed": (1, "exact"), "injured": (3, "exact")}, {})]),
    ("k2", "Continental Wire", "2025-04-13", "Suspect held after Lyon stabbing",
     ["A suspect allegedly stabbed four people, one fatally, in central Lyon on Saturday, "
      "prosecutors said."],
     [("K", 0, "ASSAULT", "primitive_weapon", "2025-04-12", "on Saturday", "Lyon", None,
       "civilians", {"killed": (1, "exact"), "injured": (3, "exact")}, {"status": "alleged"})]),
    ("k3", "Global Newsroom", "2025-04-13", "Terror prosecutors take over Lyon probe",
     ["French anti-terrorism prosecutors took over the investigation into Saturday's "
      "stabbing in Lyon that left one dead."],
     [("K", 0, "ASSAULT", "primitive_weapon", "2025-04-12", "Saturday's", "Lyon", None,
       "civilians", {"killed": (1, "exact")}, {})]),
    ("l1", "Danube Post", "2025-08-07", "Three arrested over Vienna concert plot",
     ["Austrian police arrested three young men on Thursday on suspicion of planning an "
      "attack on a pop concert in Vienna."],
     [("L", 0, "COERCE", "arrest", "2025-08-07", "on Thursday", "Vienna", "Austria", None,
       {"arrested": (3, "exact")}, {}),
      ("M", 0, "ASSAULT", "unspecified", "2025-08-07", "on Thursday", "Vienna", None,
       "civilians", {}, {"status": "thwarted", "trigger": 8})]),
    ("l2", "Continental Wire", "2025-08-08", "Concert plot suspects detained",
     ["Three suspects were detained in Vienna on Thursday over an alleged plot to attack a "
      "concert, the interior ministry said on Friday."],
     [("L", 0, "COERCE", "arrest", "2025-08-07", "on Thursday", "Vienna", "Austria", None,
       {"arrested": (3, "exact")}, {})]),
    ("l3", "Global Newsroom", "2025-08-08", "Austria foils concert attack",
     ["Police in Austria's capital arrested three people on Thursday suspected of plotting "
      "an Islamist attack on a concert.",
      "Vienna police said they had foiled an attack on the concert on Thursday."],
     [("L", 0, "COERCE", "arrest", "2025-08-07", "on Thursday", "Vienna", "Austria", None,
       {"arrested": (3, "exact")}, {}),
      ("M", 1, "ASSAULT", "unspecified", "2025-08-07", "on Thursday", "Vienna", None,
       "civilians", {}, {"status": "thwarted"})]),
    ("n1", "Aegean Times", "2019-05-18", "Bomb outside Izmir stadium kills 17",
     ["A bomb exploded outside a football stadium in Izmir on Saturday evening, killing 17 "
      "people."],
     [("N", 0, "ASSAULT", "explosives", "2019-05-18", "on Saturday evening", "Izmir", None,
       "civilians", {"killed": (17, "exact")}, {})]),
    ("n2", "Global Newsroom", "2019-05-19", "Seventeen dead in Izmir stadium bombing",
     ["Seventeen people died in a bombing near a stadium in the Turkish city of Izmir on "
      "Saturday."],
     [("N", 0, "ASSAULT", "explosives", "2019-05-18", "on Saturday", "Izmir", None, "civilians",
       {"killed": (17, "exact")}, {})]),
    ("n3", "Aegean Times", "2025-03-20", "Life sentences for stadium bombers",
     ["A court in Izmir on Thursday sentenced two men to life in prison for the 2019 stadium "
      "bombing that killed 17 people."],
     [("N", 0, "ASSAULT", "explosives", "2019", "2019", "Izmir", None, "civilians",
       {"killed": (17, "exact")}, {"background": True})]),
    ("n4", "Bosphorus Times", "2025-05-18", "Izmir remembers stadium victims",
     ["Families gathered in Izmir on Sunday to mark six years since the stadium bombing."],
     [("N", 0, "ASSAULT", "explosives", "2019", "six years since", "Izmir", None, "civilians",
       {}, {"background": True})]),
    ("o1", "Horn Observer", "2025-09-20", "Al-Shabaab storms Mogadishu beach hotel",
     ["Al-Shabaab gunmen stormed a hotel near Mogadishu's Lido beach on Saturday, killing at "
      "least 12 people before security forces ended the siege.",
      "The attack recalled an earlier siege of a seaside hotel in the city."],
     [("O", 0, "ASSAULT", "firearms", "2025-09-20", "on Saturday", "Mogadishu", "al-Shabaab",
       "civilians", {"killed": (12, "at_least")}, {}),
      ("O-bg", 1, "ASSAULT", "firearms", None, None, "Mogadishu", None, "civilians", {},
       {"background": True})]),
    ("o2", "Global Newsroom", "2025-09-21", "Mogadishu hotel attack toll rises to 15",
     ["The death toll from Saturday's attack on a beachside hotel in Mogadishu has risen to "
      "15, officials said."],
     [("O", 0, "ASSAULT", "unspecified", "2025-09-20", "Saturday's", "Mogadishu", None,
       "civilians", {"killed": (15, "exact")}, {})]),
    ("o3", "East Africa Echo", "2025-09-21", "Militants besiege Somali hotel",
     ["Somali officials said 15 people, including two soldiers, were killed when militants "
      "besieged a hotel in the capital on Saturday night."],
     [("O", 0, "ASSAULT", "firearms", "2025-09-20", "on Saturday night", "Mogadishu", None,
       "civilians", {"killed": (15, "exact")}, {})]),
    ("o4", "Horn Observer", "2025-09-22", "Al-Shabaab claims hotel assault",
     ["Al-Shabaab claimed responsibility for Saturday's hotel assault in Mogadishu that left "
      "15 dead."],
     [("O", 0, "ASSAULT", "firearms", "2025-09-20", "Saturday's", "Mogadishu", "al-Shabaab",
       "civilians", {"killed": (15, "exact")}, {})]),
    ("p1", "Horn Observer", "2025-09-21", "Mortar shells land near Mogadishu airport",
     ["Mortar shells fired by militants landed near Mogadishu's airport on Sunday, killing "
      "two civilians."],
     [("P", 0, "ASSAULT", "explosives", "2025-09-21", "on Sunday", "Mogadishu", None,
       "civilians", {"killed": (2, "exact")}, {})]),
    ("p2", "Global Newsroom", "2025-09-22", "Mortar rounds kill two in Mogadishu",
     ["Two people were killed on Sunday when mortar rounds struck a neighbourhood close to "
      "the airport in Mogadishu."],
     [("P", 0, "ASSAULT", "explosives", "2025-09-21", "on Sunday", "Mogadishu", None,
       "civilians", {"killed": (2, "exact")}, {})]),
    ("q1", "Tigris Herald", "2025-05-03", "Car bomb kills seven in Sadr City",
     ["A car bomb exploded in a busy street in Baghdad's Sadr City on Saturday, killing "
      "seven people."],
     [("Q", 0, "ASSAULT", "explosives", "2025-05-03", "on Saturday", "Sadr City", None,
       "civilians", {"killed": (7, "exact")}, {})]),
    ("q2", "Global Newsroom", "2025-05-04", "Seven killed by Baghdad car bomb",
     ["Seven people were killed by a car bomb in eastern Baghdad on Saturday, police sources "
      "said."],
     [("Q", 0, "ASSAULT", "explosives", "2025-05-03", "on Saturday", "Baghdad", None,
       "civilians", {"killed": (7, "exact")}, {})]),
    ("q3", "Levant Report", "2025-05-04", "Sadr City blast",
     ["A car bomb killed seven and wounded 15 in Sadr City on Saturday."],
     [("Q", 0, "ASSAULT", "explosives", "2025-05-03", "on Saturday", "Sadr City", None,
       "civilians", {"killed": (7, "exact"), "injured": (15, "exact")}, {})]),
    ("r1", "Tigris Herald", "2025-05-04", "Second car bomb hits Baghdad",
     ["A second car bomb in as many days struck Baghdad on Sunday, killing five people at a "
      "market in the Karrada district."],
     [("R", 0, "ASSAULT", "explosives", "2025-05-04", "on Sunday", "Karrada", None,
       "civilians", {"killed": (5, "exact")}, {})]),
    ("r2", "Global Newsroom", "2025-05-05", "Five die in central Baghdad blast",
     ["Five people died when a parked car packed with explosives blew up near a market in "
      "central Baghdad on Sunday."],
     [("R", 0, "ASSAULT", "explosives", "2025-05-04", "on Sunday", "Baghdad", None,
       "civilians", {"killed": (5, "exact")}, {})]),
    ("s1", "Frontier Post", "2025-11-02", "Militants attack Peshawar checkpoint",
     ["Militants attacked a police checkpoint on the outskirts of Peshawar on Sunday, "
      "killing five policemen."],
     [("S", 0, "ASSAULT", "firearms", "2025-11-02", "on Sunday", "Peshawar", None, "Pakistan",
       {"killed": (5, "exact")}, {})]),
    ("s2", "Global Newsroom", "2025-11-03", "Pakistani Taliban claim checkpoint attack",
     ["The Pakistani Taliban claimed an attack that killed five police officers at a "
      "checkpoint near Peshawar on Sunday."],
     [("S", 0, "ASSAULT", "firearms", "2025-11-02", "on Sunday", "Peshawar",
       "Tehrik-i-Taliban Pakistan", "Pakistan", {"killed": (5, "exact")}, {})]),
    ("s3", "Khyber Mail", "2025-11-20", "Suspect arrested over checkpoint killings",
     ["Police said on Thursday they had arrested a suspect in the killing of five officers "
      "at a Peshawar checkpoint earlier this month."],
     [("S4", 0, "COERCE", "arrest", "2025-11-20", "on Thursday", "Peshawar", "Pakistan", None,
       {"arrested": (1, "exact")}, {}),
      ("S", 0, "ASSAULT", "firearms", "2025-11", "earlier this month", "Peshawar", None,
       "Pakistan", {"killed": (5, "exact")}, {"background": True, "trigger": 60})]),
    ("t1", "Khyber Mail", "2025-11-02", "Roadside bomb kills three in Quetta",
     ["A roadside bomb hit a police vehicle in Quetta on Sunday, killing three officers."],
     [("T", 0, "ASSAULT", "explosives", "2025-11-02", "on Sunday", "Quetta", None, "Pakistan",
       {"killed": (3, "exact")}, {})]),
    ("t2", "Global Newsroom", "2025-11-03", "Bomb targets Quetta patrol",
     ["Three policemen died in a bomb blast targeting their patrol in Quetta, Balochistan, "
      "on Sunday."],
     [("T", 0, "ASSAULT", "explosives", "2025-11-02", "on Sunday", "Quetta", None, "Pakistan",
       {"killed": (3, "exact")}, {})]),
]


def _place(name: str) -> dict:
    admin1, country, lat, lon, precision = PLACES[name]
    return {"text": name, "name": name, "admin1": admin1, "country": country, "lat": lat,
            "lon": lon, "geonames_id": None, "precision": precision}


def _actor(name: str | None) -> dict | None:
    if name is None:
        return None
    return {"text": name, "name": name, "id": None, "country": None, "kind": ACTORS[name]}


def build() -> tuple[list[dict], list[dict], dict[str, list[str]]]:
    articles, events, gold = [], [], {}
    for aid, source, published, title, sentences, evs in ARTICLES:
        body = " ".join(sentences)
        text = f"{title}\n\n{body}"
        url = f"https://{source.lower().replace(' ', '')}.example/{published}/{aid}"
        articles.append({"id": aid, "text": text, "published": published, "url": url,
                         "title": title, "source": source, "language": "en"})
        for (label, idx, etype, mode, dval, dtext, place, actor, recipient, counts,
             extra) in evs:
            sentence = title if idx < 0 else sentences[idx]
            start = text.index(sentence)
            end = start + len(sentence)
            precision = None if dval is None else {4: "year", 7: "month", 10: "day"}[len(dval)]
            event_id = Event.make_id(aid, start, end, extra.get("trigger"))
            events.append({
                "event_id": event_id,
                "article": {"id": aid, "url": url, "title": title, "source": source,
                            "published": published},
                "event_type": etype, "mode": mode, "context": [],
                "status": extra.get("status", "occurred"),
                "background": extra.get("background", False),
                "actor": _actor(actor), "recipient": _actor(recipient),
                "date": {"text": dtext, "value": dval, "precision": precision},
                "location": _place(place),
                "counts": {role: (None if role not in counts else
                                  {"value": counts[role][0], "qualifier": counts[role][1]})
                           for role in ("killed", "injured", "arrested")},
                "source_claim": None,
                "evidence": {"sentence": sentence, "start": start, "end": end},
                "confidence": 0.8,
            })
            gold.setdefault(label, []).append(event_id)
    return articles, events, gold


def main() -> None:
    articles, events, gold = build()
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(HERE / "events.jsonl", "w", encoding="utf-8") as fh:
        for e in events:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for label, ids in gold.items():
            fh.write(json.dumps({"incident": label, "event_ids": ids}) + "\n")


if __name__ == "__main__":
    main()
