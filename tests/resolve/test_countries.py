"""Country naming: codes, canonical names, demonyms, seats, QIDs, diacritics."""
from pathlib import Path

import pytest

from polybius.resolve.countries import (
    CountryTable, country_code, country_from_adjective, country_name, country_qid,
    default_table, fold, norm_key,
)

CODES = [
    ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("TÜRKİYE", "TUR"),
    ("türkiye", "TUR"), ("Republic of Türkiye", "TUR"),
    ("the United States", "USA"), ("United States of America", "USA"), ("USA", "USA"),
    ("U.S.", "USA"), ("America", "USA"),
    ("United Kingdom", "GBR"), ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("Russia", "RUS"), ("Russian Federation", "RUS"),
    ("Syria", "SYR"), ("Syrian Arab Republic", "SYR"), ("Iran", "IRN"), ("Iraq", "IRQ"),
    ("Democratic Republic of the Congo", "COD"), ("DRC", "COD"), ("DR Congo", "COD"),
    ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"),
    ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
    ("Myanmar", "MMR"), ("Burma", "MMR"), ("Czechia", "CZE"), ("Eswatini", "SWZ"),
    ("Swaziland", "SWZ"), ("North Korea", "PRK"), ("South Korea", "KOR"),
    ("Viet Nam", "VNM"), ("Cabo Verde", "CPV"), ("Timor-Leste", "TLS"), ("Holy See", "VAT"),
    ("Kosovo", "XKX"), ("Palestine", "PSE"), ("State of Palestine", "PSE"),
    ("United Arab Emirates", "ARE"), ("UAE", "ARE"), ("Nigeria", "NGA"), ("Niger", "NER"),
    ("Aruba", "ABW"), ("Bonaire, Sint Eustatius and Saba", "BES"),
]


@pytest.mark.parametrize("name,code", CODES)
def test_country_code(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Kurdistan", "Atlantis", "", "Istanbul", "Turkish"])
def test_country_code_unknown(name):
    assert country_code(name) is None


@pytest.mark.parametrize("code,name", [
    ("TUR", "Turkey"), ("RUS", "Russia"), ("USA", "United States"), ("GBR", "United Kingdom"),
    ("SYR", "Syria"), ("IRN", "Iran"), ("COD", "Democratic Republic of the Congo"),
    ("UKR", "Ukraine"), ("NGA", "Nigeria"), ("PRK", "North Korea"), ("VNM", "Vietnam"),
    ("tur", "Turkey"), ("ABW", "Aruba"),
])
def test_country_name(code, name):
    assert country_name(code) == name


def test_country_name_unknown():
    assert country_name("XXX") is None


@pytest.mark.parametrize("word,code", [
    ("Turkish", "TUR"), ("Turks", "TUR"), ("Russian", "RUS"), ("Russians", "RUS"),
    ("American", "USA"), ("Americans", "USA"), ("British", "GBR"), ("Britons", "GBR"),
    ("Syrian", "SYR"), ("Syrians", "SYR"), ("Iraqi", "IRQ"), ("Iraqis", "IRQ"),
    ("Nigerian", "NGA"), ("Nigerien", "NER"), ("Malian", "MLI"), ("Somali", "SOM"),
    ("Afghan", "AFG"), ("Afghans", "AFG"), ("Pakistani", "PAK"), ("Israeli", "ISR"),
    ("Palestinian", "PSE"), ("Ukrainian", "UKR"), ("Australian", "AUS"), ("Tajik", "TJK"),
    ("Emirati", "ARE"), ("Saudi", "SAU"), ("Burkinabe", "BFA"), ("Burkinabè", "BFA"),
    ("Congolese", "COD"), ("Filipino", "PHL"), ("Dutch", "NLD"), ("Swiss", "CHE"),
    ("Chinese", "CHN"), ("South Sudanese", "SSD"), ("Sudanese", "SDN"), ("US", "USA"),
    ("TURKISH", "TUR"),
])
def test_country_from_adjective(word, code):
    assert country_from_adjective(word) == code


@pytest.mark.parametrize("word", ["Kurdish", "Kurds", "Arab", "Baloch", "Pashtun", "Uyghur",
                                  "Fulani", "Tuareg", "Korean", "police"])
def test_ethnic_and_other_words_are_no_state(word):
    assert country_from_adjective(word) is None


@pytest.mark.parametrize("code,qid", [
    ("TUR", "Q43"), ("RUS", "Q159"), ("USA", "Q30"), ("SYR", "Q858"), ("UKR", "Q212"),
    ("IRQ", "Q796"), ("NGA", "Q1033"), ("AUS", "Q408"), ("GBR", "Q145"), ("FRA", "Q142"),
])
def test_country_qid(code, qid):
    assert country_qid(code) == qid


def test_qid_blank_for_territories():
    assert country_qid("ABW") is None


@pytest.mark.parametrize("seat,code", [
    ("Ankara", "TUR"), ("Moscow", "RUS"), ("the Kremlin", "RUS"), ("Washington", "USA"),
    ("White House", "USA"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Tehran", "IRN"),
    ("Damascus", "SYR"), ("Beijing", "CHN"), ("Downing Street", "GBR"), ("Élysée", "FRA"),
])
def test_seats(seat, code):
    assert default_table().from_seat(seat) == code


def test_every_row_is_valid_and_un_members_present():
    table = default_table()
    assert len(table) >= 249
    with_qid = [c for c in table if c.qid]
    assert len(with_qid) >= 190
    assert all(c.qid.startswith("Q") for c in with_qid)
    demonyms = [c for c in table if c.adjectives]
    assert len(demonyms) >= 120


def test_fold_keeps_length_and_case():
    assert fold("Türkiye’s") == "Turkiye's"
    assert fold("İstanbul") == "Istanbul"
    assert len(fold("Côte d’Ivoire")) == len("Côte d’Ivoire")
    assert norm_key("the  Kremlin's") == "kremlin"


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "countries.csv"
    p.write_text("# test\nalpha3,name,qid,aliases,adjectives,plurals,seats\n" + body,
                 encoding="utf-8")
    return p


def test_loader_rejects_duplicate_code(tmp_path):
    p = _write(tmp_path, "TUR,Turkey,Q43,,,,\nTUR,Turkey,Q43,,,,\n")
    with pytest.raises(ValueError, match="duplicate alpha3 TUR"):
        CountryTable.load(p)


def test_loader_rejects_shared_alias(tmp_path):
    p = _write(tmp_path, "TUR,Turkey,Q43,Anatolia,,,\nGRC,Greece,Q41,Anatolia,,,\n")
    with pytest.raises(ValueError, match="Anatolia"):
        CountryTable.load(p)


def test_loader_rejects_bad_qid(tmp_path):
    p = _write(tmp_path, "TUR,Turkey,43,,,,\n")
    with pytest.raises(ValueError, match="QID"):
        CountryTable.load(p)
