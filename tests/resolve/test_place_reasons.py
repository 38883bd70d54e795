"""What a resolved place says about itself: the mention it was read from, the level,
and the reason a reader sees (why this place and not its namesake)."""
from __future__ import annotations

import pytest

from polybius.resolve.places import Gazetteer
from polybius.settings import Settings


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(Settings())


def test_a_country_by_code(gaz):
    afg = gaz.country("afg")
    assert (afg.text, afg.name, afg.country, afg.precision, afg.reason) == \
        (None, "Afghanistan", "AFG", "country", "country")
    assert afg.lat == pytest.approx(34.38, abs=0.1) and afg.lon == pytest.approx(66.53, abs=0.1)
    assert afg.geonames_id == 1149361
    assert gaz.country("XXX") is None and gaz.country(None) is None


@pytest.mark.parametrize("mention, name, country, precision, reason", [
    ("Nigeria", "Nigeria", "NGA", "country", "country name"),
    ("northern Nigeria", "Nigeria", "NGA", "region", "country, 'northern' part of it"),
    ("the Sahel", "Sahel", None, "region", "macro-region"),
    ("Kano", "Kano", "NGA", "city", "city; pop 4,910,000"),
    ("near Kano", "Kano", "NGA", "city", "'near'"),
    ("Kano, Nigeria", "Kano", "NGA", "city", "named country NGA"),
    ("Kano's", "Kano", "NGA", "city", "city"),
])
def test_the_place_keeps_its_mention_and_says_why(gaz, mention, name, country, precision, reason):
    place = gaz.resolve(mention)
    assert (place.text, place.name, place.country, place.precision) == (mention, name, country, precision)
    assert reason in place.reason


def test_the_runner_up_is_named_with_the_margin(gaz):
    assert "next Kano (NGA) +2.8" in gaz.resolve("Kano").reason   # the state, by its display name


def test_a_country_the_tagger_calls_a_date_still_counts_for_the_article(pipeline):
    """The small model sometimes tags "Niger" as a DATE: it is still the article's country."""
    from spacy.tokens import Doc, Span

    from polybius.resolve.resolver import _untagged_country_names
    words = ["Gunmen", "ambushed", "a", "patrol", "in", "Niger", "on", "Thursday", "."]
    doc = pipeline.nlp(Doc(pipeline.nlp.vocab, words=words))
    doc.ents = [Span(doc, 5, 8, label="DATE")]
    assert "NER" in {code for code, _ in _untagged_country_names(doc)}


def test_a_tie_between_countries_goes_to_the_one_named_first(pipeline):
    """A town of the headline against a teaser of another story at the page's foot, each
    named once: the article is about the headline's country, so an event with no place
    of its own is placed there, not in the teaser's country."""
    from polybius.records import Article

    text = ("Two policemen among four killed in Quetta blast\n"
            "Four people were killed on Monday after a bomb went off next to a police vehicle in the city's "
            "main bazaar area.\nOfficials said at least 15 others were wounded in the blast.\n"
            "More stories\nCanadian skater aims for gold at 42 -\n")
    assert pipeline.resolver.context(pipeline.nlp(text)).countries[0] == "PAK"
    events = pipeline.process(Article(id="t", text=text, published="2025-04-16", published_from="metadata"))
    assert [e.location.country for e in events if e.event_type == "ASSAULT"] == ["PAK"]


def test_a_denial_does_not_place_the_attack_it_denies_in_the_denier_s_country(pipeline):
    """A denial with no place is placed where its speaker is; the firing it is about, told
    in the same sentence, does not take that place as "another event of the same sentence"
    (it is placed as any event without a place of its own)."""
    from polybius.records import Article

    text = ("The Azerbaijani Defence Ministry on Tuesday denied allegations that its troops had fired "
            "cross-border shots at Armenian positions.")
    events = pipeline.process(Article(id="t", text=text, published="2025-04-16", published_from="metadata"))
    denial = [e for e in events if e.event_type == "REJECT"]
    firing = [e for e in events if e.event_type == "ASSAULT"]
    assert denial and denial[0].location.reason.startswith("a statement")
    assert firing and all("same sentence" not in (e.location.reason or "") for e in firing if e.location), \
        [(e.location.country, e.location.reason) for e in firing]


def test_a_nationality_set_in_capitals_counts_for_the_article(pipeline):
    """The small tagger often reads no entity in capitals: "A PHILIPPINE army official"
    still says which country the article is about."""
    text = ("A PHILIPPINE army official says militants have killed two soldiers who had gone to a market in the "
            "south.\nThe group once freed two German tourists for a ransom.")
    assert pipeline.resolver.context(pipeline.nlp(text)).countries[0] == "PHL"


def test_a_country_name_inside_a_province_name_does_not_count_for_that_country(pipeline):
    """"Ireland" of "the Police Service of Northern Ireland" (a body the tagger reads as
    one organisation) is no word for the Irish republic: the article is about the UK."""
    for text in ("Three men held over shooting of detective\nThe Police Federation for Northern "
                 "Ireland said the off-duty officer was shot on Friday.",
                 "Detective shot\nA senior officer of the Police Service of Northern Ireland (PSNI) "
                 "was shot on Friday night while off duty."):
        assert pipeline.resolver.context(pipeline.nlp(text)).countries == ["GBR"]


def test_a_people_name_the_tagger_calls_a_person_counts_for_the_article(pipeline):
    """The small tagger calls "Burkinabè" in "engaged Burkinabè soldiers" a person; a
    people's name before a common noun still says which country the article is about, so
    a village that shares its name with a Turkish town stays in Burkina Faso."""
    text = ("Raiders came back to Solhan on Sunday night. One band then engaged Burkinabè soldiers on the "
            "road north of the village.")
    assert pipeline.resolver.context(pipeline.nlp(text)).countries == ["BFA"]


def test_a_province_the_tagger_leaves_untagged_counts_for_the_article(pipeline):
    """Nothing tags "Khyber Pakhtunkhwa" in this text, and "Hangu" alone reads best as a
    Chinese district; the province's whole name still says the article is about Pakistan."""
    text = ("Two lorry drivers were shot dead on a road in Khyber Pakhtunkhwa’s hill country. The wounded "
            "were taken to Hangu.")
    assert pipeline.resolver.context(pipeline.nlp(text)).countries[0] == "PAK"


def test_a_compass_word_alone_names_no_country(pipeline):
    """A page that names no country: "West" in "Kohima East and West" is a part of the
    country the page is about, not the Cameroonian region called West, so Cameroon does
    not become one of the article's countries."""
    text = ("Shops stayed shut in Kohima East and West on Monday after a night curfew was imposed "
            "in Nagaland's capital following clashes between two student groups.")
    countries = pipeline.resolver.context(pipeline.nlp(text)).countries
    assert "CMR" not in countries


def test_an_outside_power_s_forces_weigh_less_than_the_country_where_events_are(pipeline):
    """A story told about Niger through the statements of a foreign military: "Belgian
    troops", "Belgian officials" and "a Belgian drone strike" name who acts, and such a
    party often acts abroad, so they weigh half; the country named for the place wins."""
    text = ("Belgian troops said a Belgian drone strike hit a camp near the border overnight. "
            "Belgian officials said no civilians were hurt. Residents in Niger said the strike "
            "killed nine people, and a Niger mayor asked for an inquiry.")
    doc = pipeline.nlp(text)
    assert pipeline.resolver.context(doc).countries[0] == "NER"


def test_a_demonym_naming_people_who_are_not_forces_counts_in_full(pipeline):
    """"Belgian tourists" are people, not a state's forces: the demonym counts in full."""
    text = ("Belgian tourists said a Belgian tourist bus was stopped near the border overnight. "
            "Belgian tourists said nobody was hurt. Residents in Niger said the road was closed.")
    assert pipeline.resolver.context(pipeline.nlp(text)).countries[0] == "BEL"


def test_an_article_naming_no_country_is_read_in_its_outlet_s_country(pipeline):
    """A local paper names its own country nowhere; its web address's country domain says
    where its towns are to be looked for first."""
    text = "Gunmen fired on a police post in Bagan on Friday and fled into the hills, officials said."
    doc = pipeline.nlp(text)
    assert pipeline.resolver.context(doc, "https://www.example.com.pk/story/1").countries[0] == "PAK"
    # a vanity domain (".tv") says nothing of a country
    assert "TUV" not in pipeline.resolver.context(doc, "https://news.example.tv/a").countries


def test_an_outlet_s_country_does_not_outweigh_a_country_the_text_names(pipeline):
    text = "Gunmen fired on a police post in northern Mali on Friday, officials said."
    doc = pipeline.nlp(text)
    assert pipeline.resolver.context(doc, "https://www.example.com.pk/story/1").countries == ["MLI"]


@pytest.mark.parametrize("site, country, town", [
    ("Kandahar International Airport", "AFG", "Kandahār"),
    ("Mosul Central Prison", "IRQ", "Mosul"),
])
def test_a_site_the_gazetteer_lacks_is_in_the_big_town_its_name_begins_with(pipeline, site, country, town):
    from polybius.resolve.resolver import ArticleContext
    ctx = ArticleContext(countries=[country], groups=[])
    place = pipeline.resolver._lookup(site, ctx)
    assert (place.name, place.precision, place.text) == (town, "city", site)


def test_a_small_village_s_name_heading_a_hotel_s_is_not_read_as_the_village(pipeline):
    from polybius.resolve.resolver import ArticleContext
    ctx = ArticleContext(countries=["SOM"], groups=[])
    assert pipeline.resolver._lookup("Jazeera Palace Hotel", ctx) is None
