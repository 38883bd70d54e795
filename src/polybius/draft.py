"""``Draft``: an event as found in the text, before resolution.

It lives beside ``records`` rather than in ``extract`` because it is the hand-off between
extraction and ``resolve``: both import it, neither imports the other for it.

The extractor fills surface text and parse facts; ``polybius.resolve`` turns a Draft
into a ``records.Event`` (canonical actors, coordinates, calendar dates).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from polybius.records import Counts, Evidence, SourceClaim

#: Doc.user_data: the (start, end) character ranges of the sentences the extractor left
#: uncoded as page chrome or photo captions, which tell no part of the story.
CHROME_KEY = "polybius.chrome"


@dataclass
class Draft:
    sent_index: int
    trigger_text: str
    trigger_start: int                  # char offset of the trigger in the article
    event_type: str
    mode: str
    context: list[str]
    status: str
    evidence: Evidence
    strength: float
    actor_text: str | None = None
    actor_hint: str | None = None       # antecedent for a pronoun / "the group"
    recipient_text: str | None = None
    recipient_hint: str | None = None
    places: list[str] = field(default_factory=list)
    sentence_places: list[str] = field(default_factory=list)
    modifier_places: set[str] = field(default_factory=set)   # "a U.S. raid": who, unless a town
    nationwide: bool = False
    date_text: str | None = None
    said_date: str | None = None        # "officials said on Friday": the day it was reported
    future: bool = False
    background: bool = False
    habitual: bool = False              # told as a habit ("often attacks"): no happening
    unattributed: bool = False          # "he is accused of ...": a charge no one is said to make
    counts: Counts = field(default_factory=Counts)
    source_claim: SourceClaim | None = None
    anti_group: str | None = None
    thwarter_text: str | None = None
    definite: bool = False              # "the attack": may refer back to an earlier event
    spoken_of: bool = False             # "the attack, which ..., was the deadliest": the deed named as its clause's subject
    headline: bool = False              # told in the headline of an article whose body tells events
    reacted_to: bool = False            # "X condemned the attack": the deed told again, as what X reacts to
    also: bool = False                  # "also left six dead": adds to an earlier count
    casualty_verb: bool = False         # "six were injured": an unarmed casualty verb
    joins_only: bool = False            # "six people died", no deed told with it: joins, never founds
    told_mode: str | None = None        # a weapon named in the trigger-less sentences right after
    kind_only: bool = False             # "has faced attacks from rebels": a kind of deed, no happening
    lapse_before: bool = False          # told in "a day after ...": earlier than its sentence's news
    lapse: tuple[int, str] | None = None   # "two days after ...": (2, its words), that many days before it
    lapse_rough: bool = False           # "less than two weeks after ...": the month only

    @property
    def casualty_only(self) -> bool:
        """A casualty report with no one doing it ("six were injured"), also once a raid
        or a governing verb has lent the killing its actor ("killed in a U.S. raid")."""
        return self.casualty_verb and not self.actor_text
