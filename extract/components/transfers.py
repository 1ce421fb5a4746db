"""``transfer_records``: assemble transfer events from the other components' spans.

A *mention* is a sentence with a transfer trigger ("extradited", "flew", "sent", "deportation")
that is not blocked by a cue saying nobody was moved yet ("approved the extradition",
"faces extradition", "could be sent"). Each mention collects, from its sentence, the people
count, the date people were moved, origin and destination countries, destination cities,
the people moved, the cartels, and the officials who announced it.

Mentions merge into *events* when they do not conflict (same date or count, or no date
and no count of their own). Each event must move someone across a border and carry at
least a date, a count or a named person. Results go to ``doc._.transfers`` as plain dicts
(offsets are character offsets into ``doc.text``); warnings go to ``doc._.article_warnings``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..normalize import name_key, parse_number, same_name, without_nickname
from .counts import still_there
from .dates import attributive_year
from .extensions import doc_warnings
from .matching import doc_text, positions_of
from .people import QUOTES

GENERIC_FOLLOWERS = {"has", "is", "goes", "requires", "takes", "means", "can", "involves", "needs", "must", "under"}  # "An extradition has rules"
KIND_PRIORITY = {"extradition": 3, "deportation": 2, "expulsion": 2, "transfer": 1}
BASE_FORMS = {"extradite", "deport", "expel", "send", "fly", "transfer", "hand over", "turn over", "return", "swap", "repatriate"}
MAX_BLOCKER_WINDOW = 8
PRONOUN_LOOKBACK = 3  # sentences searched back for the person "he was extradited" refers to
SHORT_ASIDE_WORDS = 5  # the longest aside between commas read past after an event noun (", in June 2022,")
CALLED_OFF_WORDS = 8  # read after an event noun for "was called off"; a relative clause is read to its end, up to twice as far
DATELINE_TOKENS = 12
ENVOY_WORDS = {"ambassador", "envoy", "commissioner", "consul", "emissary"}
COMPARISON_WORDS = {"comparison", "compared", "likened", "likes", "rivaled", "rivalled", "resembled"}
GOVERNMENT_WORDS = {"administration", "government", "presidency", "era", "cabinet", "campaign"}
VEHICLES = {"plane", "planes", "flight", "flights", "aircraft", "jet"}
CUSTODY_WORDS = {"held", "jailed", "imprisoned", "detained", "processed", "prisons", "prison", "custody", "serving", "arrested", "captured", "caught", "sentence"}  # "who had been serving a life sentence in Sweden"
BOARDING_WORDS = {"aboard", "on", "onto", "into", "board", "boarding", "boarded"}
PEOPLE_TRIGGERS = {"deportees", "deportee", "returnees"}
NOUN_TRIGGERS = {"extradition", "transfer", "deportation", "expulsion", "handover", "hand-over", "removal", "repatriation", "swap"}
NOUN_TRIGGER_PLURALS = {noun + "s" for noun in NOUN_TRIGGERS}  # "Deportations to Afghanistan were halted"
MODALS = {"will", "would", "could", "may", "might", "should", "must", "can"}
SUBSET_CLAUSE_WINDOW = 12
BETWEEN_WINDOW = 10  # tokens looked back for "between" before a country
CLAUSE_MARKS = {",", ";", "—", "–", "(", ":"}
SINGLE_PERSON_NOUNS = {"man", "woman", "convict", "prisoner", "inmate", "detainee", "suspect", "fugitive", "trafficker", "person", "defendant", "national", "citizen", "leader", "member", "boss", "figure", "operator", "operative", "commander", "capo", "kingpin", "ringleader", "lieutenant"}
BULLETS = {"•", "·", "-", "*", "–", "—", "‣", "▪"}
SIBLING_WORDS = {"brother", "brothers", "sister", "sisters"}
RELATIVE_NOUNS = {"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "nephew", "cousin"}
WITNESS_WORDS = {"testimony", "testified", "witness", "witnesses"}
FAMILY_WORDS = {"supporters", "campaigners", "relatives", "families", "family", "parents", "mothers", "wives", "friends", "neighbours", "neighbors"}
FACILITY_WORDS = {"prison", "jail", "facility", "center", "centre", "base", "airport", "camp", "detention", "penitentiary"}
RUNNING_TOTAL = re.compile(
    r"\b(?:bring|brings|brought|bringing|raising|raises|raised|pushing|pushes|elevated|elevating|elevates|lifted|lifting|lifts)\b"
    r"(?:(?: to)? (?:the )?(?:total|number|tally|count)\b[^.;]{0,80}?\bto (\d[\d,]*)\b| to (\d[\d,]*) the (?:total|number|tally|count)\b)"
)
GRANULARITY_PENALTY = {"day": 0, "month": 3, "year": 10}  # a precise date a little farther away wins
SPAN_INDEX = "transfer_records.index"  # doc.user_data key: span groups and sentence texts, made once per doc, dropped after
TALLY_PERIODS = ("in less than a year", "in less than two years", "so far", "to date", "over the past year", "this month")
LEADER_WORDS = {"leader", "boss", "chief", "head", "founder"}
NORTH_OF = {"MX": "US"}  # where people sent "north" from a country go
MOST_MOVED_AT_ONCE = 2000  # more people than any one flight, convoy or exchange carries (the largest swaps moved ~1,000 a side)
EVENT_NOUNS = {"group", "flight", "transfer", "handover", "batch", "airlift", "shipment", "operation", "plane", "deportation", "extradition"}
PLURAL_EVENT_NOUNS = {"extraditions"}  # not "deportations": 094 tells a flight home only by "cooperate on deportations"
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "'s", "’s", "whose"}
PRESENT_TENSE = {"extradites", "deports", "expels", "sends", "hands", "flies", "returns", "repatriates", "transfers"}
NEWS_WINDOW = timedelta(days=7)
OBJECT_ENDS = {"to", "into", "for", "from", "on", "in", "at", "of", "and", "or", "as", "with", "by", "back", "home", "north", "south", "aboard"}
JAILED_WORDS = {"jailed", "imprisoned", "convicted", "detained", "held", "serving"}
FACING_WORDS = {"faces", "face", "facing"}
PAST_CLAUSE_OPENERS = {"after", "when", "because", "since"}
PRESENT_AUXILIARIES = {"is", "are", "be", "being", "will", "would", "could", "can", "to", "am"}
RIVAL_WORDS = {"fighting", "fought", "fights", "rival", "rivals", "battling", "battled"}
RIVAL_WINDOW = 6  # tokens looked back for a rival word before a cartel
NICKNAME_AFTER_NAME = re.compile(r",[^,.;]{0,60}?\b(?:known|nicknamed)\b[^,.;\"“]{0,40}?\bas (?:[\"“]([^\"”]{2,30})[\"”]|((?:[A-Z][\w'’-]*\s?){1,3})\b)")  # ', the PCC chief known to police as "Fuminho"'
PROFILE_LEAD_WORDS = {"names", "name", "list"}  # "Two names stood out on the list."
WINDOW_STOPS = {",", ";", "—", "–", ":", "“", '"', "("}
OBJECT_NOUNS_NOT_MOVED = {"request", "requests", "treaty", "treaties", "hearing", "hearings", "proceedings", "order", "warrant", "case", "cases", "law", "laws", "policy", "policies", "agreement", "bid", "fight", "appeal", "process", "system", "systems", "procedure", "procedures", "mechanism", "framework", "court", "courts"}
NOT_MOVED_ROLES = {"official", "judge", "prosecutor", "lawyer", "diplomat", "minister", "journalist"}  # "and a Mexican official"
ORGANIZATION_NOUNS = {"cartel", "cartels", "gang", "gangs", "cell", "cells", "network", "networks", "organization", "organisation", "faction", "clan", "ring", "syndicate", "mafia"}
MEMBER_NOUNS = {"lieutenant", "lieutenants", "operative", "operatives", "associate", "associates", "enforcer", "enforcers", "member", "members", "organization", "cartel", "network", "faction"}
SHORT_SENTENCE = 10  # tokens
SAME_DAY_PHRASES = ("that same night", "that same day", "that day", "the same night", "the same day", "later that day", "that night", "that morning", "that afternoon", "that evening", "the same evening", "the same morning", "the same afternoon")
LATER_THAT_DAY = ("hours later", "within hours", "by evening", "by late evening", "by nightfall", "by late afternoon", "by the evening", "by midnight")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "latest", "last")
ORDINAL_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "latest": -1, "last": -1}
APPOSITION_WORDS = 8
ACTING_VERBS = {"returned", "took", "won", "came", "left"}  # right after a name, that person acts, and is not moved
FICTION_WORDS = 4  # distinct words of film and television that make an article a review
PRESENT_CLAUSE_VERBS = {"is", "are", "will", "faces", "face", "remains", "remain", "awaits", "await", "stands", "stand", "accuse", "accuses", "allege", "alleges"}
MEETING_WORDS = {"talks", "meeting", "meetings", "meet", "met", "spoke", "speak", "ties", "relations", "agreement", "deal", "cooperation"}
MEETING_WINDOW = 6  # "a high-level Mexican delegation was meeting in Washington"
OF_OBJECT_WORDS = 7  # "the transfer of the bank's debt collection rights"
TRAVELLER_PRONOUNS = {"he", "she", "who"}  # "He had moved to Florida", "..., who flew to Kuala Lumpur to collect him"
COUNT_FIRST_TRIGGERS = {"followed"}  # an event only right after its count
ASIDE_WORDS = 14  # the longest relative clause or apposition read before a speech verb
CLAUSE_VERBS = {"is", "was", "has", "had", "won", "will", "says", "said", "remains"}  # a name opening its own clause
DAYS_APART = {"hours": 0, "minutes": 0, "a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5}  # "a day after", "two days before", "hours after" (that day; "hours before" may be the next)
TRAVEL_VERBS = {"travelled", "traveled", "travelling", "traveling", "went", "came", "journeyed", "visited"}
HANDED_TO_BODIES = ("court", "tribunal", "authorities", "police", "prosecutors")  # "handed over to the court in The Hague": where it sits
COURT_WORDS = {"court", "judge", "charges", "charged", "arraigned", "arraignment", "tried", "trial"}
REACTION_WORDS = {"condemnation", "criticism", "complaints", "demands", "protests", "protest", "outcry", "objections", "rebuke", "assurances", "guarantees", "pressure", "praise", "support"}
HOMECOMING_VERBS = {"landed", "arrived"}
PRISON_WORDS = {"prison", "jail", "center", "centre", "penitentiary", "cecot", "camp", "detention", "facility"}
TAKEN_WORDS = {"driven", "taken", "marched", "transferred", "bused", "moved", "led", "transported", "loaded"}
DETAINED_WORDS = {"detained", "arrested", "captured", "caught", "seized"}
DETAINED_WINDOW = 5  # "detained on Tuesday at Manila's international airport"
CARRIED_WORDS_AFTER_VEHICLE = 3  # "aircraft carrying Colombian deportees"
BARE_REPORT_WORDS = 6  # "said the decision to send"
HELD_IN_WORDS = PRISON_WORDS | {"prisons", "jails"}  # "who spent more than eight years in Libyan prisons"
PRISON_WINDOW = 8  # "the Terrorism Confinement Center, known as CECOT, in Tecoluca"
COURT_WINDOW = 6  # "expected to appear in federal court in New York"
QUANTITY_WORDS = {"hundreds", "thousands", "dozens", "scores", "tens", "millions"}
ENDED_FIGHT_WORDS = {"dropped", "abandoned", "waived", "lost", "ended", "dropping", "abandoning", "waiving", "losing"}
CRIME_NOUNS = {"murder", "murders", "persecution", "torture", "extermination", "enslavement", "rape", "genocide", "killings"}
SERVICE_NOUNS = {"bodyguard", "adviser", "advisor", "aide", "assistant", "secretary", "successor", "heir", "driver", "chauffeur", "spokesman", "spokeswoman", "courier", "pilot"}
REFUSAL_WORDS = {"refused", "declined", "stayed", "remained", "escaped", "avoided"}
NOT_LISTED_MOVED = WITNESS_WORDS | FAMILY_WORDS | REFUSAL_WORDS  # words before a list of people who were not the ones moved
ORGANIZATION_GROUP_WORDS = {"rights", "advocacy", "legal", "aid", "lobby", "pressure", "campaign", "campaigning", "activist", "militant", "rebel", "armed", "opposition", "business", "industry", "research", "monitoring", "watchdog", "media"}
EARLIER_ONE_WORDS = {"first", "earlier", "previous"}  # "his first expulsion": one of several, not this one
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
GIVING_WORDS = {"handed", "hands", "handing"}
GROUP_WORDS = {"group", "batch", "contingent", "total", "dozen", "planeload", "busload"}
POSTS = {"post", "posts", "office", "position", "job", "command", "duty", "duties", "role", "board", "power", "list", "commission", "committee", "cabinet", "council", "party"}
TO_GOVERNMENT_OF = [["to", w, "of"] for w in ("government", "authorities", "custody")]  # "transferred to the Government of Ghana"
GOVERNMENT_VERBS = {"thanked", "praised", "urged", "accused", "criticised", "criticized", "warned", "pressed", "blamed"}  # "thanked Accra": its government
NAMED_THING_NOUNS = {"painting", "paintings", "works", "museum", "prize", "award", "case", "affair", "scandal", "era", "doctrine", "files", "token", "tokens", "camp"}
EXPELLING_BODIES = {"house", "congress", "senate", "parliament", "assembly", "chamber", "party", "club", "league", "school", "university", "union", "church"}
PHRASAL_VERBS = {("carried", "out")}  # "carried out a series of killings": not carrying people
EXPELLED_ENVOYS = {"diplomats", "diplomat", "envoys", "envoy", "staff", "employees", "officials", "officers"}  # people a country expels
REFUSED_CLAIMANTS = {"rejected", "failed", "refused", "denied"}  # "rejected asylum seekers": whose claims were turned down
ATTEMPT_WORDS = 5  # "tried to board a flight": the words from "tried" to the trigger
RESIDING_WORDS = {"lived", "living", "lives", "resided", "residing", "resides", "settled"}  # "who had lived in New York"
PLACE_ADJECTIVES = {"occupied", "neighbouring", "neighboring", "northern", "southern", "eastern", "western", "central", "rural"}
FIGHTING_WORDS = {"fought", "fighting", "fight", "fights"}
ARRIVED_ON = [["arrived", "on"], ["landed", "on"], ["arrives", "on"], ["lands", "on"]]  # "arrived on Nauru": an island
SEATED_BODIES = {"officials", "governments", "leaders", "diplomats"}  # "officials in Yerevan" (not "handed to authorities in Washington")
LISTING_WORDS = {"to", "in", "at", "for", "of", "into", "from", "and", ",", "—", "–", ":", "(", "toward", "towards", "via"}
AFTER_PLACE_WORDS = {
    "and", "or", "on", "in", "at", "to", "for", "where", "with", "by", "after", "before", "last", "this", "that", "which", "from", "as", "under", "early", "late", "via",
    "side", "airport", "port", "bridge", "crossing", "area", "field", "prison", "jail", "federal", "court", "courtroom", "courthouse", "judge", "jury",  # "on the Matamoros side", "a New York federal court": a place, not a government
}
LATEST_WORDS = ("this week 's", "this week ’s", "latest", "most recent", "newest")
CONTINUATION_STARTS = {"among", "they", "them", "those", "these", "all", "both", "including", "nightfall", "he", "she"}
CARRIED_WORDS = {"taken", "flown", "brought", "driven"}
PROSECUTING_BODIES = {"prosecutors", "courts", "authorities", "judges", "officials"}  # "wanted by U.S. courts"
PUTTING_WORDS = {"put", "placed"}  # "put him on a plane", "placed aboard a jet"
BRINGING_TRIGGERS = {"brought back", "brought home"}  # their subject is where the people were brought
DEPARTED_FOR = (["left", "for"], ["departed", "for"], ["bound", "for"], ["headed", "for"])


@dataclass
class Mention:
    """One sentence reporting (part of) a transfer."""

    sentence: Span
    kind: str
    trigger: Span
    date: Span | None = None
    dates: list[Span] = field(default_factory=list)  # every date in the sentence that may be the day people were moved
    said_date: Span | None = None  # "announced on Tuesday that 37 more had been flown": the day it was said, for want of another
    count: int | None = None
    count_spans: list[Span] = field(default_factory=list)
    cumulative: int | None = None
    origin: str | None = None
    destination: str | None = None
    cities: list[Span] = field(default_factory=list)
    people: list[Span] = field(default_factory=list)
    cartels: list[Span] = field(default_factory=list)
    announcers: list[Span] = field(default_factory=list)
    continuation: Span | None = None
    plain_counts: list[Span] = field(default_factory=list)
    destination_is_country: bool = False  # "to the United States", not only "to Guayaquil"
    destinations: list[tuple[int, str]] = field(default_factory=list)  # every "to <place>": (token, country)
    additive: bool = False  # "23 MS-13 members were also flown": more people in the same event
    whole: bool = False  # the count is the whole group's: "A and B were handed over along with 27 other prisoners"
    weak: bool = False  # only event nouns ("round", "planes"): needs a count and a strong event elsewhere
    distinct: bool = False
    subset: bool = False
    people_ref: bool = False
    single: bool = False  # "He was extradited", "extradited ... a man accused of": one person, unnamed here
    aside: bool = False  # "Guzmán, who was extradited to the United States after ...,": background in a relative clause
    latest: bool = False  # "this week's transfer", "the latest flight": the most recent event
    news_since: str | None = None  # a present-tense headline ("Mexico extradites ..."): an event of the past week, from this day

    @cached_property
    def in_passing(self) -> bool:
        """Told in passing (see :func:`_in_passing`), worked out once."""
        return _in_passing(self)

    def in_general(self) -> bool:
        """A plural event noun, or "extradition" with no article ("Extradition in Mexico is slow"), with no date, count,
        people or destination: said of such events in general."""
        word, doc, start, end = self.trigger.text.lower(), self.trigger.doc, self.trigger.start, self.trigger.end
        if start > 0 and doc[start - 1].lower_ in ("a", "an") and end < len(doc) and doc[end].lower_ in GENERIC_FOLLOWERS and not self.people and self.count is None:
            return True  # "An extradition has rules, hearings, appeals", "An extradition under the treaty goes through ...": what one is
        bare = word == "extradition" and (start == self.sentence.start or doc[start - 1].lower_ not in DETERMINERS)
        return (word in PLURAL_EVENT_NOUNS or bare) and self.date is None and self.count is None and not self.people and self.destination is None


@dataclass
class Event:
    """Mentions of one transfer, merged."""

    mentions: list[Mention]

    def first(self, attribute: str) -> Any:
        return next((getattr(m, attribute) for m in self.mentions if getattr(m, attribute) is not None), None)

    @property
    def date(self) -> Span | None:
        """The first mention's date, or a more precise one that a later mention gives ("this year", then "on Tuesday")."""
        first = self.first("date")
        if first is None:
            return self.first("said_date")
        value = first._.date_value["value"]
        return max((m.date for m in self.mentions if m.date is not None and m.date._.date_value["value"].startswith(value)), key=lambda d: len(d._.date_value["value"]))

    @property
    def date_value(self) -> str | None:
        date = self.date
        return date._.date_value["value"] if date is not None else None

    @property
    def kind(self) -> str:
        """The strongest kind its mentions give, not counting plurals said in general ("extraditions came one at a time")."""
        specific = [m for m in self.mentions if not m.in_general()] or self.mentions
        return max((m.kind for m in specific), key=KIND_PRIORITY.__getitem__)

    def people_keys(self) -> set[str]:
        return {name_key(p.text) for m in self.mentions for p in m.people}

    def surnames(self) -> set[str]:
        """The last word of each name of the people moved ("garcia" for "Kilmar Abrego Garcia")."""
        return {key.split()[-1] for key in self.people_keys()}


class TransferRecords:
    """Build transfer records; see the module docstring."""

    def __init__(self, nlp: Language, name: str, require_people_reference: bool) -> None:
        self.name = name
        self.require_people_reference = require_people_reference
        self.trigger_kind = lexicons.grouped_words("triggers.jsonl", "kind")
        self.weak_triggers = lexicons.word_groups("triggers.jsonl", "strength")["weak"]
        self.triggers = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.triggers.add("TRIGGER", [nlp.make_doc(w) for w in self.trigger_kind])
        blockers = lexicons.word_groups("transfer_blockers.jsonl", "reason")
        self.blocked_objects = blockers["object is not people"]
        self.blockers = frozenset().union(*(words for reason, words in blockers.items() if reason != "object is not people"))
        self.blocker_phrases = [f" {b} " for b in self.blockers if " " in b]
        self.cues = lexicons.word_groups("transfer_cues.jsonl", "role")
        self.cue_phrases = {role: _phrase_pattern(words) for role, words in self.cues.items()}
        self.countries = lexicons.countries()
        self.court_country = lexicons.grouped_words("international_courts.jsonl", "country")
        courts = "|".join(sorted(map(re.escape, self.court_country), key=len, reverse=True))
        self.court_seat = re.compile(r"(?<!\w)(?:to|to face|before|to appear before|to stand trial at|into the custody of|bound for|headed for|headed to) (?:the )?(?P<court>" + courts + r")(?!\w)")
        self.roles = lexicons.word_groups("person_roles.jsonl", "role")
        self.title_words = lexicons.title_words() - {"of", "the", "in", "and", "-"} | {"former", "ex", "late"}
        people_nouns = lexicons.word_groups("people_nouns.jsonl", "group")
        self.personnel = people_nouns["personnel"]
        self.movable = people_nouns["movable"] | set(self.countries.by_plural)

    # ------------------------------------------------------------ pipeline entry

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._assemble(doc)
        finally:
            doc.user_data.pop(SPAN_INDEX, None)

    def _assemble(self, doc: Doc) -> Doc:
        mentions = self._mentions(doc)
        mentions += self._dated_lines(doc, mentions) + self._ordinal_arrivals(doc, mentions) + self._homecomings(doc, mentions)
        mentions = self._exchanges(doc, mentions)
        events = self._merge(mentions)
        self._inherit_countries(doc, events)
        kept = [event for event in events if self._is_transfer(event)]
        self._attach_lists(doc, kept)
        self._attach_arrivals(doc, kept)
        self._attach_introduced(doc, kept)
        self._attach_profiled(doc, kept)
        self._attach_the_named_group(doc, kept)
        self._attach_the_one_person(kept)
        self._attach_the_person_named_before(kept)
        self._attach_court_cities(doc, kept)
        self._attach_flight_cities(doc, kept)
        self._attach_prison_cities(doc, kept)
        if all(m.weak for event in kept for m in event.mentions) or self._fiction(doc):
            kept = []  # event nouns alone ("a group of 20") do not make an article about transfers, nor does a drama's plot
        self._inherit_kind(kept)
        self._date_the_other_side(kept)
        stray_totals = [m.cumulative for e in events if e not in kept for m in e.mentions if m.cumulative is not None]
        said_apart = [  # "That brings the number of prisoners Mexico has shipped to the U.S. since February to 55."
            c for c in _indexed(doc, "counts")
            if c._.count_value.get("running_total")
            and not any(_sentence(c).start == m.sentence.start for m in mentions)
            and not any(d._.date_value["granularity"] == "year" and any(t.like_num for t in d) for d in _within("dates", _sentence(c)))  # "returned by air in 2025 to 61,427": a year's tally (not "this year rises to 55")
        ]
        highest = max([c._.count_value["value"] for c in said_apart] + [m.cumulative for e in events for m in e.mentions if m.cumulative is not None], default=None)
        for total in said_apart:
            if total._.count_value["value"] == highest or not self._total_to_event_before(total, kept):
                stray_totals.append(total._.count_value["value"])
        self._running_total_to_latest(kept, stray_totals, undated_is_recent=doc._.published is None)
        records = _without_restated_totals([self._record(event) for event in kept])
        self._check_totals(doc, records)
        doc._.transfers = records
        return doc

    # ------------------------------------------------------------ mentions

    def _mentions(self, doc: Doc) -> list[Mention]:
        by_sentence: dict[int, list[Span]] = {}
        blocked: list[Span] = []
        for _, start, end in self.triggers(doc):
            trigger = doc[start:end]
            if any(b.start < end and start < b.end for b in blocked):
                continue  # "plane" in a blocked "put on a plane"
            if trigger.text.lower() in PEOPLE_TRIGGERS and any(0 <= start - b.end <= CARRIED_WORDS_AFTER_VEHICLE and not any(t.is_punct for t in doc[b.end : start]) for b in blocked):
                continue  # "refused permission for two U.S. military aircraft carrying Colombian deportees to land": the people of a blocked flight
            if self._blocked(trigger):
                blocked.append(trigger)
            elif not self._link_line(_sentence(trigger)) and not self._says(_plain_lower(_sentence(trigger)), "correction") and not (trigger.text.lower() in NOUN_TRIGGERS and _question(_sentence(trigger))):  # not "Correction: An earlier version of this article said 27 prisoners were transferred"
                by_sentence.setdefault(_sentence(trigger).start, []).append(trigger)
        mentions = [self._mention(part, clause) for triggers in by_sentence.values() for clause, part in self._clauses(triggers)]
        for before, mention in zip(mentions, mentions[1:]):
            same_sentence = before is not None and mention is not None and _sentence(before.sentence).start == _sentence(mention.sentence).start
            if same_sentence and mention.date is None and ([t.lower_ for t in mention.sentence[:2]] in ([",", "while"], [",", "whereas"]) or _same_day(mention.sentence, self.cues["speech"])):
                mention.date = before.date  # "X was flown home yesterday, while three agents ... were sent back to Havana", "..., and France expelled him the same day"
            elif before is not None and mention is not None and mention.date is None and _in_return(mention.sentence) and not _pluperfect(before.trigger):
                mention.date = before.date  # "In February, Marc Fogel ... flew home ... In return, the United States released Alexander Vinnik": the other side of the exchange (not "Most had been flown to El Salvador in March")
        return [part for mention in mentions if mention is not None for part in self._split_pairs(mention)]

    def _dated_lines(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"- Feb. 27, 2025: 29 prisoners, including Rafael Caro Quintero": a line of a timeline or factbox that opens
        with a date and counts people, in an article that reports transfers (no trigger word needed)."""
        if not any(not m.weak for m in mentions):
            return []
        told = {m.sentence.start for m in mentions}
        found = []
        for sentence in _sentences(doc):
            if sentence.start in told:
                continue
            date = next((d for d in _within("dates", sentence) if d._.date_value["value"] and _opens_dated_line(d)), None)
            if date is None:
                continue
            count = next((c for c in _within("counts", sentence) if c.start == date.end + 1), None)
            if count is None:
                continue
            total = next((c._.count_value["value"] for c in _within("counts", sentence) if c._.count_value.get("running_total")), None)
            found.append(Mention(
                sentence=sentence, kind="transfer", trigger=date, date=date, dates=[date], count=count._.count_value["value"], count_spans=[count], cumulative=total,
                people=self._moved_people(sentence), cartels=_within("cartels", sentence), cities=[c for c in _within("places", sentence) if c.label_ == "CITY"], weak=True,
            ))
        return found

    def _ordinal_arrivals(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"The first, carrying 104 people, landed on February 5.": an earlier flight of a series, counted and dated as it
        arrives, in an article that reports transfers (no trigger word needed)."""
        if not any(not m.weak for m in mentions):
            return []
        told = {m.sentence.start for m in mentions}
        found = []
        for sentence in _sentences(doc):
            if sentence.start in told or [t.lower_ for t in sentence[:2]] not in (["the", w] for w in ORDINALS):
                continue
            arrival = next((t for t in sentence if t.lower_ in self.cues["arrival"]), None)
            counts = [c for c in _within("counts", sentence) if arrival is not None and c.end <= arrival.i]
            if not counts:
                continue
            mention = Mention(sentence=sentence, kind="transfer", trigger=doc[arrival.i : arrival.i + 1], count=counts[-1]._.count_value["value"], count_spans=counts[-1:], plain_counts=counts[-1:], weak=True, people_ref=True)
            self._date(mention)
            if mention.date is not None:
                self._fill_places(mention)
                found.append(mention)
        return found

    def _homecomings(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Five Bulgarian nurses and a Palestinian-born doctor who spent more than eight years in Libyan prisons landed
        in Sofia on Tuesday": people held in one country's prisons arriving in another (no trigger word needed)."""
        told = {m.sentence.start for m in mentions}
        found = []
        lowers = _lowers(doc)
        for sentence in _sentences(doc):
            if sentence.start in told:
                continue
            arrival = next((doc[i] for i in range(sentence.start, sentence.end) if lowers[i] in HOMECOMING_VERBS), None)
            if arrival is None:
                continue
            held = next((p for p in _within("places", sentence) if p.end < arrival.i and p.end < len(doc) and lowers[p.end] in HELD_IN_WORDS and lowers[p.start - 1] == "in"), None)
            if held is None:
                continue
            people = [p for p in self._moved_people(sentence) if p.end <= held.start]
            counts = [c for c in _within("counts", sentence) if c.end <= held.start]
            if not people and not counts and "who" not in lowers[sentence.start : held.start]:
                continue  # someone said to have been held: a name, a number, or "the former windsurfer ..., who spent 24 years in American prisons"
            mention = Mention(sentence=sentence, kind="transfer", trigger=doc[arrival.i : arrival.i + 1], people=people, people_ref=True)
            if counts:
                mention.count, mention.count_spans, mention.plain_counts = counts[0]._.count_value["value"], counts[:1], counts[:1]
            self._date(mention)
            self._fill_places(mention)
            mention.origin = _country_of(held)
            if mention.destination is None:
                mention.destination = next((_country_of(p) for p in _within("places", sentence) if p.start > arrival.i and _country_of(p) != mention.origin), None)
            if mention.destination is not None and mention.destination != mention.origin:
                found.append(mention)
        return found

    def _exchanges(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Russia released former US Marine Trevor Reed on Wednesday in exchange for Konstantin Yaroshenko, a Russian
        pilot serving a long sentence in the United States": one mention for each person freed, each going from the
        country that held them to the other, in place of the sentence's other mentions; "In return, Tehran freed Olivier
        Vandecasteele, a Belgian aid worker": the other side of the exchange told before, when no trigger tells it."""
        sides: dict[int, list[tuple[Span, Span, str, str]]] = {}
        told = {m.sentence.start for m in mentions}
        for sentence in _sentences(doc):
            if self._says(_plain_lower(sentence), "exchanged_for"):
                found = self._exchange_sides(sentence)
            elif _in_return(sentence) and sentence.start not in told:
                found = self._returned_side(sentence)
            else:
                continue
            if found:
                sides[sentence.start] = found
        if not sides:
            return mentions
        first_pair = min((start for start, found in sides.items() if len(found) == 2), default=len(doc))
        kept = [
            m for m in mentions
            if _sentence(m.sentence).start not in sides
            and not (m.sentence.start > first_pair and self._says(m.trigger.text.lower(), "swap") and not m.people and m.count in (None, 2) and m.date is None)  # "The two men were swapped on the tarmac": the exchange told again
        ]
        for start, found in sides.items():
            before = [m for m in mentions if m.sentence.start < start and m.date is not None]
            swaps = [m for m in before if self._says(m.trigger.text.lower(), "swap")]
            earlier = swaps if len(found) == 2 else [m for m in before[-1:] if not _pluperfect(m.trigger)]
            for verb, person, origin, destination in found:
                mention = Mention(sentence=_sentence(verb), kind="transfer", trigger=verb, count=1, origin=origin, destination=destination, destination_is_country=True, people=[person], people_ref=True)
                self._date(mention)
                if mention.date is None and earlier:
                    mention.date = earlier[-1].date  # "The swap of a Los Angeles ballerina for ... on Thursday ... Ksenia Karelina was released by Russia in return for Arthur Petrov"
                mention.announcers = [o for o in _within("officials", mention.sentence) if self._speaks(o)]
                kept.append(mention)
        return sorted(kept, key=lambda m: m.sentence.start)

    def _exchange_sides(self, sentence: Span) -> list[tuple[Span, Span, str, str]]:
        """For the person freed and the person given for them: the release verb, the person, the country that held them and
        the other; empty when the sentence does not name both people and both countries."""
        doc, lower = sentence.doc, _lowers(sentence.doc)
        phrases = self.cues["exchanged_for"]
        at = next((t.i for t in sentence if t.lower_ == "for" and any(" ".join(lower[t.i - n : t.i + 1]) in phrases for n in (1, 2, 3))), None)
        verb = next((t for t in reversed(doc[sentence.start : at]) if t.lower_ in self.cues["released"]), None) if at is not None else None
        if verb is None:
            return []
        moved = self._moved_people(sentence)
        given = next((p for p in moved if at < p.start <= at + 5 and not any(t.text == "," for t in doc[at : p.start])), None)
        before = [p for p in moved if p.end <= at]
        freed = next((p for p in before if p.start > verb.i), None) or (before[-1] if before else None)
        if given is None or freed is None:
            return []
        places = _places_of_countries(sentence)
        releaser = next((p for p in places if p.label_ != "DEMONYM" and (p.end == verb.i or lower[verb.i + 1] == "by" and p.start == verb.i + 2)), None)
        home = _described_home(given, places)
        held_freed = _country_of(releaser) if releaser is not None else home
        end = next((t.i for t in doc[given.end + 1 : sentence.end] if t.text in CLAUSE_MARKS), sentence.end)  # "..., a Russian pilot serving a 20-year sentence in the United States"
        held_given = next((_country_of(p) for p in places if p.end <= end and _country_of(p) != held_freed), None)
        if held_freed is None or held_given is None:
            return []
        trigger = doc[verb.i : verb.i + 1]
        return [(trigger, freed, held_freed, held_given), (trigger, given, held_given, held_freed)]

    def _returned_side(self, sentence: Span) -> list[tuple[Span, Span, str, str]]:
        """"In return, Tehran freed Olivier Vandecasteele, a Belgian aid worker": the release verb, the person freed, the
        country that freed them and their own; empty when one is not told."""
        doc = sentence.doc
        verb = next((t for t in sentence[3:] if t.lower_ in self.cues["released"]), None)
        if verb is None:
            return []
        places = _places_of_countries(sentence)
        releaser = next((p for p in places if p.label_ != "DEMONYM" and p.end == verb.i), None)
        person = next((p for p in self._moved_people(sentence) if verb.i < p.start <= verb.i + 3), None)
        home = _described_home(person, places) if person is not None else None
        if releaser is None or home is None or home == _country_of(releaser):
            return []
        return [(doc[verb.i : verb.i + 1], person, _country_of(releaser), home)]

    def _clauses(self, triggers: list[Span]) -> list[tuple[Span, list[Span]]]:
        """The sentence with its triggers; or, when it joins events with ", and" or ";", each with its own trigger, date
        and person ("In 2017, El Chapo was extradited to New York ..., and in 2023 Ovidio Guzmán was extradited to
        Chicago ..."), each clause with its triggers."""
        sentence = _sentence(triggers[0])
        doc = sentence.doc
        whole = [(sentence, triggers)]
        strong = [t for t in triggers if t.text.lower() not in self.weak_triggers or t.text.lower() == "followed" and t.start > 0 and doc[t.start - 1].lower_ == "and"]
        link = next((clause for clause in map(_time_link, strong) if clause is not None and _days_apart(clause) is not None), None) if len(strong) > 1 else None
        if link is not None and _within("counts", link) and any(not link.start <= t.start < link.end for t in strong) and link.end == sentence.end:
            main = doc[sentence.start : link.start]  # "landed late on Sunday with 112 people on board, a day after a second flight brought back 116"
            return [(main, [t for t in triggers if t.start < link.start]), (link, [t for t in triggers if t.start >= link.start])]
        cuts = []  # "and followed with 26 more in August": a second event
        contrasted = False  # "X was flown home yesterday, while three agents ... were sent back to Havana": the other side of a swap
        for first, second in zip(strong, strong[1:]):
            cut = next((i for i in range(first.end, second.start) if doc[i].text == ";" or doc[i].text == "," and doc[i + 1].lower_ in ("and", "while", "whereas")), None)
            if cut is None:
                return whole
            contrasted = contrasted or doc[cut + 1].lower_ in ("while", "whereas")
            cuts.append(cut)
        if not cuts:
            return whole
        bounds = [sentence.start, *cuts, sentence.end]
        clauses = [doc[start:end] for start, end in zip(bounds, bounds[1:])]
        if not all(
            (_within("dates", clause) or _same_day(clause, self.cues["speech"])) and (_within("persons", clause) or _pronoun_object(clause, triggers))
            or contrasted and (_within("counts", clause) or _within("persons", clause))
            for clause in clauses
        ):
            return whole
        return [(clause, [t for t in triggers if clause.start <= t.start < clause.end]) for clause in clauses]

    def _link_line(self, sentence: Span) -> bool:
        """A "Related: ..." or "READ MORE: ..." line: the headline of another story."""
        words = [w for w in _lowers(sentence.doc)[sentence.start : min(sentence.start + 6, sentence.end)] if not w.isspace()]
        colon = next((i for i, w in enumerate(words) if w == ":"), None)
        return colon is not None and " ".join(words[:colon]) in self.cues["link_label"]

    def _fiction(self, doc: Doc) -> bool:
        """A review of a film or series: its extraditions are the plot's ("premiered Friday", "episode three", "played by")."""
        words = {m.group(0) for m in self.cue_phrases["fiction"].finditer(_plain_lower(doc[:]))}
        return len(words) >= FICTION_WORDS

    def _of_captives(self, sentence: Span) -> bool:
        """The sentence tells of captives or a swap, so soldiers in it are people moved ("returned two Azerbaijani
        soldiers in exchange", "248 Russian servicemen ... prisoners of war"), not troops deployed."""
        text = _plain_lower(sentence)
        return self._says(text, "captivity") or self._says(text, "swap")

    def _says(self, text: str, role: str) -> bool:
        """Whether lower-cased sentence text contains one of the cue phrases of ``role`` as whole words."""
        return self.cue_phrases[role].search(text) is not None

    def _blocked(self, trigger: Span) -> bool:
        """True when the words around the trigger say nobody was moved (yet)."""
        doc, lower, word = trigger.doc, _lowers(trigger.doc), trigger.text.lower()
        kind = self.trigger_kind.get(word)
        start, end = trigger.start, trigger.end
        before, after = (lower[start - 1] if start > 0 else ""), lower[end : end + 3]
        counted_after = after[:1] == ["with"] and any(t.like_num for t in doc[end + 1 : end + 3])  # "and followed with 26 more"
        counted_before = start > 0 and (doc[start - 1].like_num or before == "more" or before == "," and start > 1 and doc[start - 2].like_num)
        if word in COUNT_FIRST_TRIGGERS and not (counted_before or counted_after):
            return True  # "another 26 followed", "The second, of 26, followed", not "the plea followed a separate episode"
        if (word, after[0] if after else "") in PHRASAL_VERBS:
            return True
        headline_noun = start == _sentence(trigger).start or not doc[start - 1].is_alpha or doc[start - 1].is_title  # not "a temporary extradition approved by"
        if word == "flown" and before in VEHICLES:
            return True  # "two small planes flown by the exile group": the aircraft flown, not people
        kept_from = before == "from" or before in ("and", "or") and start >= 3 and lower[start - 3] == "from"
        if (word.endswith("ing") or word in NOUN_TRIGGERS) and kept_from:
            return True  # "barred Mexican authorities from extraditing Ovidio Guzmán", "had shielded him from deportation", "protection from arrest and extradition": kept from it
        if word in NOUN_TRIGGER_PLURALS and before in ("about", "over"):
            return True  # "a fierce debate about deportations ahead of state elections on Sept. 1": a topic, not one event
        if word in PEOPLE_TRIGGERS and before == "for":
            return True  # "shelters built for returnees": a purpose, not a move
        if word in NOUN_TRIGGERS and headline_noun and after[:1] and after[0] in self.blockers:
            return True  # "11:08 Extradition refused", "Assange extradition hearing"
        if word == "group" and before in ORGANIZATION_GROUP_WORDS:
            return True  # "according to Adalah, the legal rights group representing them": an organization, not people moved
        if word == "hands" and (before in POSSESSIVES or before in ("shaking", "shake", "shook", "shakes") or before == "the" and after[:1] == ["of"]):
            return True  # "had him in their hands", "remain in the hands of the 400 Mawozo gang", "the two men shaking hands": a noun, nobody handed over
        if word in GIVING_WORDS and after[:1] in (["a"], ["an"]) and not any(w in self.movable or w in GROUP_WORDS for w in lower[end + 1 : end + 5]):
            return True  # "was handed a first-round meeting with ...": given a thing (not "handed a group of 26 to")
        if word in NOUN_TRIGGERS and before in EARLIER_ONE_WORDS and start >= 2 and lower[start - 2] in ("his", "her"):
            return True  # "saying he was coming home after his first expulsion": an earlier one, told where it happened
        if word == "surrendered" and after[:1] == ["to"] and before not in ("was", "were", "been", "being", "be"):
            return True  # "a woman accused of recruiting her surrendered to police", "had surrendered to federal authorities": gave herself up (not "was surrendered to")
        if kind == "expulsion" and any(w in EXPELLING_BODIES for w in lower[max(_sentence(trigger).start, start - 4) : start] + after[1:3]):
            return True  # "The House of Representatives expelled him", "expelled from the party": out of a body, not a country
        if "loan" in after:
            return True  # "Monterrey had sent him on loan to Atlético San Luis": a footballer lent to a club
        if after[:1] == ["from"] and any(w in POSTS for w in after[1:3]):
            return True  # "was removed from his post this month": out of a job, not a country
        expelled_envoys = before in _expelled_people(kind)  # "23 Russian diplomats expelled by Britain"
        if before in self.personnel and word not in NOUN_TRIGGERS and after[:1] and after[0] in ("by", "to", "in", "into", "from", "back", "home") and not expelled_envoys:
            return True  # "two officials sent by the Taliban", "troops flown in" (not "agents deported two men"): not prisoners
        sentence = _sentence(trigger)
        window: list[str] = []
        i = start - 1
        while i >= max(sentence.start, start - MAX_BLOCKER_WINDOW) and lower[i] != "that":
            if lower[i] in WINDOW_STOPS:
                aside = next((j for j in range(i - 1, max(sentence.start, i - 4) - 1, -1) if lower[j] == ","), None) if lower[i] == "," else None
                if aside is None or not window or not all(doc[j].is_alpha and doc[j].is_lower for j in range(aside + 1, i)):
                    break
                i = aside - 1  # "would not, after all, be put on a plane": past a short aside
                continue
            window.insert(0, lower[i] if doc[i].text != "May" or i == sentence.start else "May")  # "arrested on May 26 and flown ...": the month, not the modal
            i -= 1
        if i > sentence.start and lower[i] == "that" and lower[i - 1] in self.blockers:
            return True  # "ordered that any planes carrying people removed ... be turned around"
        opener = max((k for k, w in enumerate(window) if w in PAST_CLAUSE_OPENERS), default=None)
        if opener is not None and word.endswith("ed") and not any(w in PRESENT_AUXILIARIES for w in window[opener + 1 :]) and {w for w in window[:opener] if w in self.blockers} <= FACING_WORDS:
            window = window[opener + 1 :]  # "is facing a US court after South Africa extradited him": facing trial once moved
        ended = next((k for k, w in enumerate(window) if w in ENDED_FIGHT_WORDS), None)
        if ended is not None and "and" in window[ended:]:
            window = window[ended + window[ended:].index("and") + 1 :]  # "he dropped his fight against removal and was extradited": the fight is over
        if "not" in window and _until_dates(trigger):
            window = [w for w in window if w != "not"]  # "was recaptured in 2016 and not extradited to New York until January 2017": moved then
        if window[-2:] == ["to", "be"] and any(w in ORDINALS for w in window[:-2]):
            window = window[:-2]  # "El Nini is the second senior figure of the Chapitos to be sent to the United States": was sent
        window = [
            w for k, w in enumerate(window)
            if not (w in REFUSED_CLAIMANTS and window[k + 1 : k + 2] and (window[k + 1] in self.movable or window[k + 1] == "asylum"))  # "put 34 rejected asylum seekers on a deportation flight": describing the people
            and not (w in FIGHTING_WORDS and window[k + 1 : k + 2] in (["for"], ["in"], ["alongside"], ["with"]))  # "10 foreigners who had fought for Ukraine and were flown from Russia to Riyadh": a war, not the move
        ]
        text = " " + " ".join(window) + " "
        if any(w in self.blockers for w in window) or any(phrase in text for phrase in self.blocker_phrases):
            return True
        if any(window[k : k + 2] in (["tried", "to"], ["trying", "to"], ["attempted", "to"], ["attempting", "to"]) for k in range(max(len(window) - ATTEMPT_WORDS, 0), len(window))):
            return True  # "as he ... tried to board a flight to Dubai": an attempt (not "accused of trying to sell missile parts to Iran was extradited")
        if window and window[-1] == "to" and word in BASE_FORMS and not (window[-2:-1] == ["decision"] and window[-3:-2] != ["any"] and window[-3:-2] != ["a"]):
            return True  # "plans to send", not "defended her government's decision to send 29 ... figures to the United States" (a decision carried out)
        if word in NOUN_TRIGGERS | PEOPLE_TRIGGERS and after[:1] in (["was"], ["is"], ["were"], ["has"], ["had"]) and any(w in self.blockers for w in after[1:]):
            return True  # "whose extradition was approved", "the transfer has not happened", "more deportees was expected to land"
        head = word.split()[-1]
        if head in VEHICLES | NOUN_TRIGGERS | NOUN_TRIGGER_PLURALS and _called_off(lower[end : min(end + 2 * CALLED_OFF_WORDS, sentence.end)], self.blockers):
            return True  # "Britain's first deportation flight to Rwanda was called off minutes before it was due to take off"
        joined = [w for w in lower[max(start - 3, 0) : start] if w not in ("the", "forcible")]  # "the persecution and forcible removal of Croats"
        if word in NOUN_TRIGGERS and len(joined) >= 2 and joined[-1] == "and" and joined[-2] in CRIME_NOUNS:
            return True  # "criminally responsible for persecution, murder and the deportation and forcible transfer of the Serb population": a crime
        if word in NOUN_TRIGGERS and lower[_sentence(trigger).start] in ("none", "neither") and lower[start - 1] in ("a", "an"):
            return True  # "None of the three operations was, legally speaking, an extradition"
        if word in NOUN_TRIGGERS and any(lower[i] == "not" and (lower[i + 1] == word or lower[i + 1 : i + 3] in (["an", word], ["a", word])) for i in range(_sentence(trigger).start, start)):
            return True  # "it was not an extradition, because the extradition is a judicial process": what the event was not
        verb_use = before not in DETERMINERS and not (start > 0 and doc[start - 1].is_title)  # "her two sons ... transfer money"
        object_words = _object_words(lower, end)
        if object_words and object_words[-1] in QUANTITY_WORDS and lower[end + len(object_words) : end + len(object_words) + 1] == ["of"]:
            object_words = _object_words(lower, end + len(object_words) + 1)  # "sent thousands of soldiers and federal police"
        object_head = object_words[-1:]
        if (word not in NOUN_TRIGGERS | PEOPLE_TRIGGERS or verb_use and after[:1] and after[0] in self.blocked_objects) and (
            any(w in self.blocked_objects for w in [*after[:2], *object_head])  # "sent a government delegation to Doha"
            or word not in self.weak_triggers and any(w in self.personnel for w in object_head) and not self._of_captives(sentence)  # the object's head noun (not "returned two soldiers in exchange")
            and not set(object_head) <= _expelled_people(kind)  # "expelled 23 Russian diplomats"
        ):
            return True  # "sent troops", "sent more National Guard soldiers", "sent a message" (a noun takes no object: "deportees touched down")
        clause_after = [w for w in lower[end : min(end + 6, sentence.end)] if not _is_punct(w)]
        said = next((n for n, w in enumerate(clause_after) if w in self.cues["speech"]), len(clause_after))  # not "confirmed the extradition, saying X would stand trial"
        if clause_after and clause_after[0] in MODALS or (word in NOUN_TRIGGERS or word.endswith("ing")) and any(w in MODALS for w in clause_after[: min(6, said)]):
            return True  # "extradition would follow the legal process", "the extradition, once carried out, would be", "sending him to Mumbai would be unjust"
        if after[:1] and after[0] in OBJECT_NOUNS_NOT_MOVED:
            return True
        if word in NOUN_TRIGGERS and after[:1] == ["of"] and any(w in self.blocked_objects for w in _object_words(lower, end + 1, OF_OBJECT_WORDS)[-1:]):
            return True  # "a 1999 scandal over the transfer of the bank's debt collection rights"
        return _travels_himself(trigger)

    def _mention(self, triggers: list[Span], sentence: Span) -> Mention | None:
        """What the sentence (or a clause of it) says of the transfer its triggers report; None if not one."""
        strong = [t for t in triggers if t.text.lower() not in self.weak_triggers]
        trigger = (strong or triggers)[0]
        kind = max((self.trigger_kind[t.text.lower()] for t in strong or triggers), key=KIND_PRIORITY.__getitem__)
        mention = Mention(sentence=sentence, kind=kind, trigger=trigger, weak=not strong)
        if trigger.text.lower() in PRESENT_TENSE and sentence.doc._.published and all(t.is_space for t in sentence.doc[: sentence.start]):
            mention.news_since = (date.fromisoformat(sentence.doc._.published) - NEWS_WINDOW).isoformat()
        text = _plain_lower(sentence)
        near_trigger = _tokens_before(trigger, 3, sentence)
        mention.distinct = any(t.lower_ in self.cues["distinct"] for t in near_trigger) or _another_after(trigger)
        mention.additive = not mention.distinct and self._says(text, "additive")
        mention.latest = " ".join(t.lower_ for t in near_trigger).endswith(LATEST_WORDS)
        mention.subset = self._says(CHARGES_INCLUDE.sub("", text), "subset")  # not "held on charges that include drug trafficking"
        mention.people_ref = self._says(text, "people_ref")
        put_person = _put_aboard_person(trigger)  # "Federal police officers put the 46-year-old on a plane to Beirut"
        mention.single = put_person or any(_single_person(sentence, t) for t in strong or triggers)
        mention.aside = [t.lower_ for t in _tokens_before(trigger, 2, sentence)] in (["who", "was"], ["who", "were"], ["who", "had"], ["which", "was"], ["who", "is"], ["who", "are"])
        self._fill_counts(mention)
        if mention.aside and mention.subset:
            mention.count, mention.count_spans = None, []  # "They include X and the two brothers A and B, who were flown to New York": some of the people, not their number
        if mention.count is not None and mention.cumulative is None and _tally_since(trigger):
            return None  # "15,668 Indians had been deported from the US since 2009": a statistic, not one event
        if mention.count is not None and mention.count > MOST_MOVED_AT_ONCE:
            return None  # "ICE deported 271,484 people in the 2024 fiscal year": a period's statistic, not one event
        if mention.count is not None and self._says(text, "statistics") and all(d._.date_value["granularity"] == "year" for d in _within("dates", sentence)):
            return None  # "According to Justice Ministry figures, Colombia extradited 186 people last year": a year's statistic
        reported = any(t.lower_ in self.cues["speech"] and (t.i + 1 == trigger.start or sentence.doc[t.i + 1].lower_ in DETERMINERS) for t in near_trigger)  # "confirmed the transfer", not "said it extradited X ... on Thursday"
        self._date(mention)
        if mention.count is None and mention.date is not None and mention.date._.date_value["granularity"] == "year" and any(a.start > trigger.start for a in _within("approximate_counts", sentence)):
            return None  # "Overall, Germany deported nearly 24,000 people last year": a year's statistic
        if mention.count is None and mention.cumulative is not None and _counted_up_since(trigger) and not _with_that_days_event(sentence):
            mention.dates, mention.date = [], None  # "cheered Wednesday as ..., the latest of 92 prisoners Mexico has handed ... since": no event's day
        if reported and mention.date is not None and not self._arrives_before(mention.date, trigger):
            mention.date = None  # "confirmed the transfer ... on Friday" (not "said the group ... landed in Accra on Friday")
        self._fill_places(mention)
        doc = sentence.doc
        told_after = self._reported_after(trigger)  # "..., U.S. Attorney Damian Williams said, adding that two of his former associates, A and B, had pleaded guilty"
        mention.people = self._referred_person(sentence, trigger) or [
            p for p in self._moved_people(sentence) if (told_after is None or p.start < told_after) and not _subject_of_another_clause(p, trigger, self.trigger_kind)
        ] or (self._official_moved(sentence, trigger) if strong else []) or (self._named_next(sentence) if mention.single and mention.count is None else [])
        if mention.date is None and mention.count is None and not mention.people and self._says(text, "habitual"):
            return None  # "For decades, Mexico surrendered drug lords one at a time": what used to happen, not one event
        mention.cartels = _within("cartels", sentence)
        mention.announcers = [o for o in _within("officials", sentence) if self._speaks(o)]
        self._add_continuation(mention)
        mention.people_ref = mention.people_ref or bool(mention.people) or mention.count is not None or mention.single or mention.cumulative is not None
        if self.require_people_reference and not mention.people_ref:
            return None
        aboard = (  # "boarding a plane bound for the United States", "the plane carrying Johan Floderus and Saeed Azizi touched down in Stockholm" (not "shipments that arrived by light aircraft from Venezuela")
            mention.trigger.text.lower() in VEHICLES
            and (bool(mention.people) or put_person)
            and mention.destination is not None
            and (any(t.lower_ in BOARDING_WORDS for t in _tokens_before(mention.trigger, 4, sentence)) or doc[mention.trigger.end : mention.trigger.end + 1].text == "carrying")
        )
        if mention.weak and (
            (mention.count is None or mention.count == 1) and not aboard and not (mention.cumulative is not None and (_counted_up_since(trigger) or _counting_in(trigger)))
            # not "The label and the planes, in one person." (but "The three flights have now returned 332", "With Friday's flight, 109 ...")
            or any((t.lower_ in self.cues["other_event"] or t.lower_ in self.cues["harmed"]) and not doc[t.i - 1].like_num for span in (trigger, *mention.count_spans) for t in _main_clause(span))  # not "28 convicted Afghan men"; "29 people died in the operation"
        ):
            return None
        put_aboard = aboard and any(t.lower_ in PUTTING_WORDS for t in _tokens_before(mention.trigger, 5, sentence))
        mention.weak = mention.weak and not put_aboard  # "X ... had been put aboard a chartered jet bound for The Hague": told as a move
        return mention

    def _add_continuation(self, mention: Mention) -> None:
        """The next sentence, when it goes on about the same people ("Among them was ...", "They were bound for ...") or
        opens with the person moved."""
        doc = mention.sentence.doc
        end = mention.sentence.end
        while end < len(doc) and doc[end].is_space:
            if doc[end].text.count("\n") > 1:
                return  # a new paragraph
            end += 1
        if end >= len(doc):
            return
        following = _sentence(doc[end])
        told_next = any(p.start == following.start for p in mention.people)  # "Indonesia sent home another drug convict this week. Mary Jane Veloso, ..., arrived in Manila"
        if following.start == mention.sentence.start or not told_next and not any(t.lower_ in CONTINUATION_STARTS for t in following[:3]):
            return
        if any(t.lower_ in self.trigger_kind and t.lower_ not in self.weak_triggers for t in following):
            return
        lower = _lowers(doc)
        cities = [c for c in _within("places", following) if c.label_ == "CITY"]
        if following[0].lower_ in ("he", "she") or told_next:  # the one person moved, whom the sentence does not name again (or names first: "X, 36, of Pueblo, Colo., wore ...")
            cities = [c for c in cities if lower[c.start - 1] in ("to", "in") and any(w in COURT_WORDS or w in CARRIED_WORDS or w in self.cues["arrival"] for w in lower[max(c.start - COURT_WINDOW, following.start) : c.start])]
        else:
            mention.people += self._moved_people(following)
            mention.cartels += _within("cartels", following)
        mention.cities += cities  # "He was taken to Paris, where ...", not "He is serving a life sentence at the supermax prison in Florence"
        mention.continuation = following
        arrived = [c for c in cities if lower[c.start - 1] == "in" and (lower[c.start - 2] in ("was", "were") or lower[c.start - 2] in self.cues["arrival"])]
        if mention.destination is None and arrived:
            mention.destination = arrived[0]._.place["country"]  # "By nightfall X and his brother were in Miami"
        left_for = [p for p in _within("places", following) if p.label_ != "DEMONYM" and [w for w in lower[p.start - 3 : p.start] if w not in ("the", "mainland")][-2:] in DEPARTED_FOR]
        if mention.destination is None and left_for:
            mention.destination = _country_of(left_for[0])  # "She left for mainland China"
            mention.destination_is_country = left_for[0].label_ == "COUNTRY"

    def _split_pairs(self, mention: Mention) -> list[Mention]:
        """"In February and August ... 29 and 26 prisoners respectively": one mention per date-count pair;
        "carried 128 Guatemalans to Guatemala City, and another took 104 Hondurans to San Pedro Sula": one
        per count-destination pair."""
        dates = mention.dates
        counts = sorted(mention.plain_counts, key=lambda c: c.start)
        homes = [self._nationality(c) or _possessor_country(c) for c in counts]
        swapping = _swapping_countries(mention.trigger) if self._says(mention.trigger.text.lower(), "swap") else None
        if len(counts) == 1 and swapping is not None and "each" in _lowers(mention.sentence.doc)[counts[0].end : counts[0].end + 6]:
            # "Russia and Ukraine exchanged 95 prisoners of war each": as many went each way
            first, second = swapping
            return [_part(mention, counts[0], origin=first, destination=second), _part(mention, counts[0], origin=second, destination=first)]
        if len(counts) == 2 and None not in homes and homes[0] != homes[1] and self._says(_plain_lower(mention.sentence), "swap"):
            # "released 10 Americans in exchange for 252 Venezuelans": each side goes home, from the other side's
            # country or from a third country named nearer its count ("252 Venezuelans held in El Salvador")
            origins = list(reversed(homes))
            for place in _within("places", mention.sentence):
                if place.label_ == "COUNTRY" and place._.place["code"] not in homes:
                    origins[counts.index(_nearest(place, counts))] = place._.place["code"]
            return [
                _part(mention, count, destination=home, origin=origin, cities=[c for c in mention.cities if c._.place["country"] == home])
                for count, home, origin in zip(counts, homes, origins)
            ]
        routes = _distinct_routes(mention.destinations)
        if len(counts) >= 2 and len(routes) == len(counts):
            return [
                _part(mention, count, destination=code, cities=[c for c in mention.cities if c._.place["country"] == code])
                for count, (_, code) in zip(counts, routes)
            ]
        total = next((c for c in counts if len(counts) >= 3 and 2 * c._.count_value["value"] == sum(o._.count_value["value"] for o in counts)), None)
        if total is not None:  # "55 ... in two transfers, 29 in February and 26 last month": 55 is their total
            counts = [c for c in counts if c is not total]
            dates = [d for d in dates if d._.date_value["granularity"] != "year"]
        if len(dates) > len(counts):  # "twice last year, sending 29 prisoners in February and 26 in August"
            dates = [d for d in dates if d._.date_value["granularity"] != "year"]
        if len(dates) < 2 or len(dates) != len(counts):
            return [mention]
        ordered = sorted(dates, key=lambda d: d.start)
        parts = [_part(mention, count, date=date) for date, count in zip(ordered, counts)]
        if ordered[0].start < counts[0].start and all(d.start < c.start for d, c in zip(ordered, counts)) and all(c.start < d.start for c, d in zip(counts, ordered[1:])):
            for part, date, end in zip(parts, ordered, [d.start for d in ordered[1:]] + [mention.sentence.end]):
                # "On Monday, a charter carrying 129 Guatemalans landed in Guatemala City, and on Tuesday another brought 112 Hondurans to San Pedro Sula"
                own = [c for c in mention.cities if date.start <= c.start < end]
                if own:
                    part.cities, part.destination = own, own[0]._.place["country"]
        if total is not None:
            latest = max(parts, key=lambda p: p.date._.date_value["value"])
            latest.cumulative = total._.count_value["value"]
        return parts

    def _reported_that(self, trigger: Span) -> int | None:
        """Index of the "that" opening the reported clause the trigger is in ("told reporters that the transfers ..."), or of
        the word after "said" when the clause follows it bare ("Sheinbaum said the decision to send the prisoners ...")."""
        said = False
        lower = _lowers(trigger.doc)
        start = _sentence(trigger).start
        for i, word in enumerate(lower[start : trigger.start], start):
            if said and word == "that":
                return i
            if word in ("said", "says") and lower[i + 1] == "the" and trigger.start - i <= BARE_REPORT_WORDS:
                return i + 1
            said = said or word in self.cues["speech"]
        return None

    def _reported_after(self, trigger: Span) -> int | None:
        """Index of a "that" opening a reported clause after the trigger with no trigger of its own ("flown to New York
        on Wednesday, ... said, adding that two of his former associates had pleaded guilty")."""
        lower = _lowers(trigger.doc)
        end = _sentence(trigger).end
        for i in range(trigger.end, end - 1):
            if lower[i] in self.cues["speech"] and lower[i + 1] == "that":
                return i + 1 if not any(w in self.trigger_kind for w in lower[i + 2 : end]) else None
        return None

    def _speaks(self, official: Span) -> bool:
        """The official is the speaker: a speech verb right after ("Harfuch announced") or before ("said Harfuch")."""
        doc = official.doc
        after = doc[official.end : official.end + 4]
        before = doc[max(official.start - 2, 0) : official.start]
        return any(t.lower_ in self.cues["speech"] for t in list(after) + list(before))

    def _fill_counts(self, mention: Mention) -> None:
        sentence = mention.sentence
        captives = self._of_captives(sentence)
        expelled = _expelled_people(mention.kind)  # "Britain expelled 23 Russian diplomats"
        counts = [
            c for c in _within("counts", sentence)
            if (c._.count_value["counted"].split()[-1].lower() not in self.personnel - expelled or _jailed_after(c) or captives)  # "three Cuban intelligence agents jailed in the United States", "returned two Azerbaijani soldiers in exchange"
            and (not c._.count_value["counted"].startswith("of ") or c.start - mention.trigger.end in (0, 1) or _of_a_possessor(c))  # "deported 109 of them", "handed over 29 of its"
            and not still_there(c._.count_value["counted"])  # "the number of detainees left at Guantánamo has fallen to 105"
        ]
        text = _plain_lower(sentence)
        stated_tally = self._running_said(text) or _with_that_days_event(sentence) or _counted_up_since(mention.trigger) or _counting_in(mention.trigger) or _over_a_period(mention.trigger)  # "ninety-two people have now been handed"
        largest = max(counts, key=lambda c: c._.count_value["value"], default=None)  # "Counting the 29 sent in February, the tally now stands at 55"
        plain = []
        lower = _lowers(sentence.doc)
        for span in counts:
            if span._.count_value.get("running_total"):
                mention.cumulative = mention.cumulative or span._.count_value["value"]  # "brings to 38 the number of ..."
                continue
            before = " ".join(lower[max(span.start - 3, sentence.start) : span.start])
            after = " ".join(lower[span.end : min(span.end + 6, sentence.end)])
            is_total = any(before.endswith(w) for w in self.cues["total"]) or any(f" {w} " in f" {after} " for w in self.cues["total"])
            if is_total and self._says(text, "cumulative") or stated_tally and span is largest:
                mention.cumulative = span._.count_value["value"]
            elif (
                any(before.endswith(w) for w in ("including", "among them", "among", "of whom", "one of the", "one of his", "one of her"))
                and not (before.endswith(("was among", "is among")) or before.endswith(("were among", "are among")) and not sentence.doc[span.start - 3].like_num)
                or self._in_subset_clause(span)
            ):
                continue  # "one of the four sons of El Chapo": the family, not the people moved (but "X was among 26 prisoners", "They were among 29 prisoners whom ...", "X and Y were among 29": the group's size; "the four were among 37" are a share)
            elif any(w in self.cues["other_event"] for w in before.split()[-2:]) or _harmed_after(after.split(), self.cues["harmed"]):
                continue  # "killing three people", "in which 130 people were killed": victims, not people moved
            elif _on_a_dated_flight(span):
                continue  # "Two men on Saturday's flight, A and B, ...": some of that flight's people
            elif mention.weak and _names_follow(span):
                continue  # "The group included two brothers, Miguel Ángel Treviño Morales and Omar ...": named members, not the group's size
            else:
                plain.append((span, is_total))
        totals = [s for s, total in plain if total] or _restated_sum([s for s, _ in plain])
        if totals:
            mention.count_spans = totals[:1]
        elif plain:
            nearest = min(plain, key=lambda p: abs(p[0].start - mention.trigger.start))[0]
            joined = [nearest] + [s for s, _ in plain if s is not nearest and self._conjoined(nearest, s)]
            mention.count_spans = joined
        if mention.count_spans:
            last = mention.count_spans[-1]
            other = mention.count_spans[0]._.count_value["counted"].split()[0].lower() == "other" and _lowers(sentence.doc)[mention.count_spans[0].start - 1] == "with"
            named_subjects = [p for p in self._moved_people(sentence) if p.end <= mention.trigger.start] if other else []
            mention.whole = other
            mention.count = sum(s._.count_value["value"] for s in mention.count_spans) + _one_named_before(mention.count_spans[0]) + self._one_more_after(last) + (max(len(named_subjects), 1) if other else 0)  # "sent him ... along with 28 other prisoners", "A and B were handed over along with 27 other prisoners"
        mention.plain_counts = [s for s, _ in plain]
        if mention.cumulative is None:
            match = RUNNING_TOTAL.search(sentence.text)
            if match:
                mention.cumulative = int((match.group(1) or match.group(2)).replace(",", ""))

    def _running_said(self, text: str) -> bool:
        """"Ninety-two people have now been handed over", "so far": a tally, unless the words run on about something
        else ("foreigners who have already been ordered to leave Italy")."""
        for match in self.cue_phrases["running"].finditer(text):
            if not match.group(0).endswith(" been"):
                return True
            following = text[match.end() :].split()[:2]
            if any(w.rstrip(",.") in self.trigger_kind for w in following):
                return True
        return False

    def _one_more_after(self, count: Span) -> int:
        """1 when one more person of another nationality follows the counted people ("two Hondurans and a Guatemalan")."""
        doc = count.doc
        end = count.end + len(count._.count_value["counted"].split())
        following = list(doc[end : end + 3])
        if len(following) < 3 or following[0].lower_ != "and" or following[1].lower_ not in ("a", "an", "one"):
            return 0
        after = doc[end + 3].lower_ if end + 3 < len(doc) else ""
        return int(following[2].lower_ in self.countries.by_demonym and following[2].is_title and after not in self.personnel | NOT_MOVED_ROLES)

    @staticmethod
    def _in_subset_clause(count: Span) -> bool:
        """"The group, which included ... and 13 members of ...": a part of the people moved, not their number."""
        doc = count.doc
        dated_share = count.end < len(doc) and doc[count.end].lower_ in ("in", "on", "last", "this", "earlier")  # "..., and 26 in August"
        i = count.start - 1
        while i >= max(_sentence(count).start, count.start - SUBSET_CLAUSE_WINDOW) and doc[i].text not in (";", "—", "–", "(", ")"):
            if dated_share and doc[i].text == "," and doc[i + 1].lower_ in ("and", "or"):
                return False  # "29 in February, including Caro Quintero, and 26 in August": the including clause has closed
            if doc[i].lower_ == "including" or doc[i].lower_ in ("included", "includes") and doc[i - 1].lower_ in ("which", "that"):
                return True  # not "a second transfer included 26 cartel members"
            i -= 1
        return False

    @staticmethod
    def _conjoined(first: Span, other: Span) -> bool:
        """"238 Venezuelans and 23 MS-13 members": counts joined by and/plus in one phrase."""
        doc = first.doc
        left, right = (first, other) if first.start < other.start else (other, first)
        gap = doc[left.end : right.start]
        return len(gap) <= CONJOINED_GAP and any(t.lower_ in ("and", "plus") for t in gap) and not any(t.text in (".", ";") for t in gap)

    def _date(self, mention: Mention) -> None:
        """The dates the mention's people may have been moved on, its own sentence's or the one just before it, and the nearest."""
        sentence = mention.sentence
        mention.dates = self._transfer_dates(mention) or _date_said_just_before(sentence) or _same_day_as_before(sentence) or _days_after_month_before(sentence) or _that_month_or_year(sentence) or _live_update_day(sentence)
        mention.date = _nearest_date(mention.trigger, mention.dates)

    def _transfer_dates(self, mention: Mention) -> list[Span]:
        """Dates in the sentence that are not announcement dates or another event's date."""
        doc = mention.sentence.doc
        found = []
        reported_from = self._reported_that(mention.trigger)
        linked = _time_link(mention.trigger)
        counted_outside = linked is not None and any(not linked.start <= c.start < linked.end for c in mention.count_spans)
        shifted = _days_apart(linked) if linked is not None and not counted_outside else None
        if shifted is not None:
            span = Span(doc, linked.start, linked.start + 3, label="DATE")  # "a day after"
            span._.date_value = {"value": shifted.isoformat(), "granularity": "day"}
            return [span]  # "pleaded not guilty on Friday, a day after Mexico sent him to the United States": Thursday
        for span in _within("dates", mention.sentence):
            if span._.date_value["value"] is None or span.start > 0 and _lowers(doc)[span.start - 1] in ("your", "our"):
                continue  # "your Monday briefing": the newsletter's day
            if attributive_year(span) and len(_within("dates", mention.sentence)) > 1:
                continue  # "On Dec. 15, five Australians who had been serving life terms for a 2005 plot ... were flown home": the plot's year
            if _opens_dated_line(span):
                found.append(span)  # "- February 2020: Rubén Oseguera González ... is extradited to Washington"
                continue
            if linked is not None and not linked.start <= span.start < linked.end:
                continue  # "pleaded not guilty on Friday, a day after Mexico put him on a plane": Friday is the plea's
            if reported_from is not None and span.start < reported_from:
                mention.said_date = mention.said_date or span
                continue  # "defended it on Wednesday, telling reporters that the transfers ...": the day it was said
            before = _tokens_before(span, 4, mention.sentence)
            after = doc[span.end : min(span.end + 3, mention.sentence.end)]
            if after and after[0].text in ("'s", "’s"):
                after = after[1:]  # "Today's announcement"
            in_parentheses = span.start > 0 and doc[span.start - 1].text == "(" and after[:1].text == ")"
            if after and (after[0].text == "(" or after[0].text in ("—", "–", "-") and doc[span.start - 1].text == "," or in_parentheses) and span.start - mention.sentence.start < DATELINE_TOKENS:
                continue  # the dateline: "SAN JOSE, Costa Rica, Feb 21 (Reuters) -", "MEXICO CITY, Aug 13 —", "BANGKOK (Feb 28) -"
            clause_before = list(_clause_before(span))
            reported = max((t.i for t in clause_before if t.lower_ == "that"), default=-1)  # "informed that this Thursday were sent"
            made_statement = after[:1].text.lower() in ("made", "issued", "gave", "delivered") and any(t.lower_ in self.cues["speech"] for t in after[1:3])
            if any(t.lower_ in self.cues["speech"] for t in before if t.i > reported) or any(t.lower_ in self.cues["speech"] for t in after[:1]) or made_statement:
                continue  # "said on Friday", "Friday's announcement", "today made a statement in Parliament on the deportation"
            if any(t.lower_ in self.cues["speech"] and t.i > reported and (t.i > mention.trigger.start or span.end <= mention.trigger.start) for t in clause_before):
                continue  # "despite an announcement by President Castro in August 2024", "Speaking to journalists on Wednesday, Mahama said the group ...": the day it was said
            next_words = [] if after and after[0].lower_ in ("and", ",", "but") else list(after)  # not "in May 2025 and pleaded guilty"
            if span.start > mention.trigger.start:
                clause_before = [t for t in clause_before if t.i > mention.trigger.start]  # not "the prison from which X escaped was extradited on Thursday"
            if next_words[:1] and next_words[0].lower_ in self.cues["other_event"]:
                continue  # "the 1985 murder of ...": the date of that event
            dates_the_move = (  # another event told with the date does not take it from the move:
                span.end + 1 < mention.trigger.start and [t.lower_ for t in doc[span.end : span.end + 2]] == [",", "when"]  # "until July 18, when El Salvador sent"
                or span.end < mention.trigger.start and span._.date_value["granularity"] == "day" and SAME_DAY_LATER.search(_plain_lower(doc[span.end : min(mention.trigger.end + SAME_DAY_AFTER_WORDS, mention.sentence.end)])) is not None  # "was arrested ... on Tuesday morning and, by late evening, had been put aboard a jet", "... and put on a flight to Tunisia the same evening"
                or _same_month_or_year_of_pronoun(span, mention.trigger)  # "He was first arrested in Guatemala in 1993 and handed over"
            )
            not_until = span in _until_dates(mention.trigger) and "not" in _lowers(doc)[max(mention.sentence.start, mention.trigger.start - 3) : mention.trigger.start]  # "not extradited to New York until January 2017": that day
            if not dates_the_move and not not_until and any(t.lower_ in self.cues["other_event"] and not self._describes_people(t) for t in clause_before + next_words):
                continue  # "was arrested by Dubai police on Dec. 16": the date of the arrest
            edge = [t.lower_ for t in before[-2:] if t.lower_ not in ("early", "late", "mid")]
            if any(word in ("since", "until") for word in edge) and not dates_the_move and not not_until:
                continue  # "on hold since earlier this month", "since July last year": the edge of a period, not the day people moved
            if before[-1:] and before[-1].lower_ == "time":
                continue  # "handed over another 26 ..., the second time this year it has ...": how often, not when
            if _in_since_clause(span, mention.trigger):
                continue  # "deported 28 Afghan nationals ..., the first such flight since the Taliban returned to power in 2021"
            between = doc[mention.trigger.end : span.start] if span.start > mention.trigger.end else doc[span.end : mention.trigger.start]
            relative = next((t.i for t in between if t.lower_ == "where" and doc[t.i - 1].text == ","), None) if span.start > mention.trigger.end else None
            if relative is not None and any(w in PRESENT_CLAUSE_VERBS for w in _lowers(doc)[relative + 1 : relative + 4]):
                continue  # "flown to Houston, where he faces charges of threatening two U.S. agents ... in 1999": that clause's time (not "where Biden met them late on Thursday")
            if span.start > mention.trigger.end and any(o.start >= mention.trigger.end and any(t.lower_ in self.cues["arrival"] for t in doc[o.end : span.start]) for o in _within("officials", mention.sentence) if o.end <= span.start):
                continue  # "Deportation flights kept up a brisk pace this week as Marco Rubio arrived in Guatemala City on Wednesday": his day
            clause = _relative_clause_around(span, mention.trigger) if span.end <= mention.trigger.start else None
            if clause is not None and not any(w in self.trigger_kind for w in _lowers(doc)[clause.start : clause.end]):
                continue  # "Guzmán, who broke out of maximum-security prisons in 2001 and again in 2015, had become ..., and sending him north": his escapes' years
            if span.end <= mention.trigger.start and _pluperfect(mention.trigger) and any(t.text == ":" for t in between):
                continue  # "On Monday a White House official offered a further breakdown: ... 137 had been removed": the day it was told
            if span.end <= mention.trigger.start and any(t.lower_ in ("ordered", "requested", "asked", "demanded") for t in between):
                continue  # "A judge on Friday ordered the administration to bring back X, ... when he was deported": the order's day
            if any(t.lower_ in self.cues["other_event"] and _time_link(doc[t.i : t.i + 1]) is None and not self._describes_people(t) and not _in_apposition(t, between) for t in between) and not _opens_both(span, between) and not not_until and not dates_the_move:
                continue  # "extradited ... and made his initial appearance in court today": the date of the other event
            found.append(span)
        return found

    def _arrives_before(self, date: Span, trigger: Span) -> bool:
        """An arrival verb between the trigger and the date ("the group ... landed in Accra on Friday")."""
        return any(word in self.cues["arrival"] for word in _lowers(date.doc)[trigger.end : date.start])

    def _describes_people(self, token: Token) -> bool:
        """"28 Afghan men convicted of crimes", "a man wanted in Mexico for murder": a participle or a charge describing
        the people moved, not another event."""
        doc = token.doc
        if token.lower_ in self.cues["victim"] and any(t.lower_ == "for" for t in doc[max(token.i - 3, 0) : token.i]):
            return True  # "wanted for murder", "wanted for the 1985 murder of ..."
        return token.i > 0 and doc[token.i - 1].lower_ in self.movable and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("of", "in", "for", "with")

    def _fill_places(self, mention: Mention) -> None:
        doc = mention.sentence.doc
        places = _within("places", mention.sentence)
        subjects: list[str] = []
        held_in: list[str] = []
        lived_in: list[str] = []
        destination_before_trigger = False
        origin_at = -1  # the token of the place that gave the origin
        leg_from = None  # the country of a city left from ("flown from Mexico City to Tijuana": a domestic leg)
        home_said = mention.trigger[-1].lower_ == "home" or "home" in _lowers(doc)[mention.trigger.end : mention.trigger.end + 2] or any(  # "flown home", "brought home"
            "home" in _lowers(doc)[c.end : c.end + 3] for c in mention.count_spans  # "carried 29 Colombians back home"
        )
        home = self._nationality(mention.count_spans[0]) if mention.count_spans and home_said else None
        if home is None and home_said:
            described = {t.i for person in _within("persons", mention.sentence) if person.end <= mention.trigger.start for t in _apposition(person)}
            home = next((_country_of(p) for p in places if p.label_ == "DEMONYM" and p.start in described), None)  # "Alan Gross, the American contractor ..., was flown home"
        if home is None and self._says(_plain_lower(mention.sentence), "went_home"):
            home = next((_country_of(p) for p in places if p.label_ == "DEMONYM" and p.start < mention.trigger.start), None)  # "Former Panamanian dictator X returned to his country"
        if home is not None:
            mention.destination = home  # "Five Australians ... flown home on Sunday"
            mention.destination_is_country = True
        cartels = _within("cartels", mention.sentence)
        for span in places:
            code = _country_of(span)
            if code is None or any(c.start <= span.start < c.end for c in cartels):
                continue  # "support to the Jalisco New Generation Cartel": a cartel's name, not a place
            prev = [t.lower_ for t in doc[max(span.start - 4, 0) : span.start] if t.text not in ("“", '"', "the")]
            prev = prev[:-1] if prev[-1:] and prev[-1] in PLACE_ADJECTIVES else prev[-3:]  # "a camp in occupied Poland": in it
            lead = prev[:-2] if prev[-1:] == ["and"] else prev  # "By the account of Honduran and American officials": both after "of"
            if prev[-2:] == ["according", "to"] or not span[-1].whitespace_ and span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].is_lower:
                continue  # "to the American-run base at Tuzla", "The Trento-born former windsurfer": a compound adjective, not where people went
            if _possessive(span) and prev and prev[-1] == "to":
                continue  # "a real threat to Mexico's security": a possessor, not where people went
            if prev[-1:] == ["from"] and _in_who_clause_before(span, mention.trigger):
                continue  # "X, who spent six years in Pakistani custody after crossing into the country from Afghanistan in 2012, was handed over": his own trip
            if prev[-2:-1] in (["return"], ["returning"], ["arrival"], ["arriving"]) and prev[-1] == "from":
                continue  # "arrested ... on his return from Hong Kong and flown out of Manila": his own trip, not the move
            if prev[-1:] == ["from"] and prev[-2:-1] and prev[-2] in REACTION_WORDS:
                continue  # "drawing condemnation from the United States", "assurances from Beijing": who reacted, not where people left
            if prev[-1:] == ["to"] and not _which_then(span, mention.trigger) and any(doc[i + 1].lower_ == "to" and _travels_himself(doc[i : i + 1]) for i in range(max(span.start - 3, 0), span.start - 1)):
                continue  # "Interior Secretary Abalos, who had flown to Jakarta on Thursday to bring her home": his own trip
            if prev[-1:] == ["to"] and prev[-2:-1] and prev[-2] in ENVOY_WORDS:
                continue  # "Australia's ambassador to the United States, Kevin Rudd": where an envoy serves
            if span.label_ == "COUNTRY" and doc[span.start - 1].text == "," and (code in dict(mention.destinations).values()) and any(p.end == span.start - 1 for p in places):
                mention.destination_is_country = True  # "flown to Darwin, Australia": the country is named
                continue
            if _which_then(span, mention.trigger):
                subjects.append(code)  # "he fled to Mexico, which extradited him back to Guatemala": Mexico sent him
            elif mention.trigger.text.lower() in NOUN_TRIGGERS and span.end <= mention.trigger.start and prev[-1:] == ["to"] and any(t.lower_ in TRAVEL_VERBS for t in doc[max(span.start - 3, 0) : span.start]):
                pass  # "Relatives had travelled to Indonesia to see her in the days before the transfer": their trip
            elif (prev and prev[-1] in ("to", "into", "for") and (prev[-1] != "for" or prev[-2:-1] in (["bound"], ["headed"], ["destined"])) or prev[-2:] in (["back", "to"], ["back", "in"]) or (prev[-2:-1] == ["to"] and prev[-1] in ("the", "u.s.")) or prev[-3:] in TO_GOVERNMENT_OF) and not (code == mention.origin and mention.trigger.start < origin_at < span.start and not any(t.lower_ in self.trigger_kind for t in doc[origin_at : span.start])):
                # not "the 69 Afghans flown back from Germany ..., in an apparent suicide that has reached all the way to Berlin": nobody goes from a country to itself (but "flown out of Iran ... in an exchange that sent three Iranian men ... back to Tehran")
                mention.destinations.append((span.start, code))
                if mention.destination is None or destination_before_trigger and span.start > mention.trigger.start or mention.destination == leg_from != code:
                    mention.destination = code  # "taken ... to Mexico City and flown to Washington": the one after the trigger; "flown from Mexico City to Tijuana and handed ... into San Diego": past the domestic leg
                    destination_before_trigger = span.start < mention.trigger.start
                mention.destination_is_country = mention.destination_is_country or (span.label_ in ("COUNTRY", "DEMONYM") and code == mention.destination)
            elif prev and (prev[-1] in ("from", "left") or prev[-2:] == ["out", "of"] or prev[-1] in ("in", "on") and _facility_before(span, "from") or prev[-2:] in ([w, "by"] for w in self.trigger_kind) or _boarded_in(span)) and not _in_relative_clause_after(span, mention.trigger):
                if mention.origin is None:
                    mention.origin, origin_at = code, span.start  # "from Mexico", "extradited by Colombia", "was put on a plane in Ciudad Juárez last week and flown to New York"
                leg_from = code if span.label_ == "CITY" and mention.destination is None else leg_from
            elif span.end <= mention.trigger.start and self._says(" ".join(_lowers(doc)[span.end : mention.trigger.start]), "receiving"):
                mention.destination = mention.destination or code  # "In Panama, which took in 299 people on three U.S. deportation flights"
            elif prev and (prev[-1] in ("in", "at") or prev[-2:] in ARRIVED_ON) and (any(t.lower_ in self.cues["arrival"] for t in _clause_before(span)) or span.label_ in ("COUNTRY", "REGION") and _facility_before(span)):
                mention.destination = mention.destination or code  # "landed in Bogotá", "to a prison in El Salvador", "to a federal penitentiary in Sonora"
                mention.destination_is_country = mention.destination_is_country or prev[-2:] in ARRIVED_ON and span.label_ == "COUNTRY" and code == mention.destination
            elif prev[-3:] in ([["to", w, "in"] for w in HANDED_TO_BODIES]) and span.start > mention.trigger.start:
                mention.destination = mention.destination or code  # "handed over to the court in The Hague"
            elif prev and prev[-1] == "in" and 0 < span.start - mention.trigger.end <= 12 and self._says(" ".join(_lowers(doc)[mention.trigger.end : span.start]), "to_be_tried"):
                mention.destination = mention.destination or code  # "extradited from Mexico to face money laundering charges in Atlanta"
            elif prev[-1:] == ["in"] and prev[-2:-1] and prev[-2] in RESIDING_WORDS and span.start < mention.trigger.start:
                lived_in.append(code)  # "Jakiw Palij, a former guard at a camp in occupied Poland who had lived in New York for decades, was deported"
            elif prev and prev[-1] in ("in", "at") and (
                CUSTODY_WORDS & set(prev[-3:-1]) and (span.label_ == "COUNTRY" and span.start < mention.trigger.start or span.label_ == "DEMONYM" and mention.destination is not None and code != mention.destination)
                or span.label_ in ("DEMONYM", "COUNTRY") and span.end <= mention.trigger.start and CUSTODY_WORDS & {t.lower_ for t in doc[span.end : span.end + 2]}
            ):
                held_in.append(code)  # "prisoners who were being processed in Mexico were sent ...", "flew home with six Americans who had been held in Venezuelan jails", "who spent six years in Pakistani custody", "held ... at the US military prison"
            elif span.label_ == "CITY" and span.end == mention.trigger.start:
                subjects.append(code)  # "Washington deported ...": the capital for its government
            elif span.start < mention.trigger.start and self._acting_country(span) and not _between(span) and (
                not lead or lead[-1] not in ("in", "of", "at", "for", "with", "on", "against") or lead[-2:] == ["government", "of"]
            ):
                if mention.trigger.text.lower() in BRINGING_TRIGGERS:
                    mention.destination = mention.destination or code  # "Indonesia on Thursday brought home a woman accused of ...": where she was brought
                    mention.destination_is_country = mention.destination_is_country or span.label_ == "COUNTRY"
                else:
                    subjects.append(code)  # "Mexico sent", "The Government of Mexico sent"
            framing = span.start - 1 == mention.sentence.start and prev[-1:] == ["for"] and doc[span.end : span.end + 1].text == ","
            if span.label_ == "CITY" and not framing:  # not "For El Paso, the extradition closes an unusual chapter"
                mention.cities.append(span)
        if mention.destination is None and _lowers(doc)[mention.trigger.end : mention.trigger.end + 3] == ["to", "the", "country"]:
            named = [_country_of(p) for p in places if p.label_ == "COUNTRY" and p.end <= mention.trigger.start]
            mention.destination = named[-1] if named else None  # "Ghana followed in September, when 14 West Africans ... were deported to the country"
        if mention.origin is not None and mention.origin == mention.destination:
            mention.origin = None  # "... feeling the heat from Washington" after "to the United States": not where people left from
        if mention.origin is None:
            mention.origin = next((c for c in [*subjects, *lived_in, *held_in] if c != mention.destination), None)
        if mention.origin is None and mention.destination is not None:
            departed = [c._.place["country"] for c in mention.cities if c.start < mention.trigger.start and c._.place["country"] != mention.destination]
            mention.origin = departed[-1] if departed else None  # "put aboard a DEA aircraft at El Dorado airport in Bogotá and flown to New York"
        if mention.origin is None and mention.kind == "extradition":
            national = next((p for p in places if p.label_ == "DEMONYM" and p.end == mention.trigger.start), None)
            mention.origin = _country_of(national) if national is not None and _country_of(national) != mention.destination else None  # "the first Ecuadorian extradited"
        if mention.destination is None and mention.kind == "extradition":
            mention.destination = next((c for c in map(_prosecuting_country, places) if c not in (None, mention.origin)), None)  # "extradited X, accused by U.S. prosecutors of running a botnet"
        if mention.destination is None and mention.kind in ("deportation", "expulsion"):
            mention.destination = self._deportees_country(_clause(mention.trigger), _expelled_people(mention.kind))
        if mention.destination is None and mention.origin in NORTH_OF and any(t.lower_ == "north" for t in _clause(mention.trigger)):
            mention.destination = NORTH_OF[mention.origin]  # "Mexico sent 29 prisoners north"
        if mention.destination is None:
            court = self.court_seat.search(_plain_lower(mention.sentence))
            if court is not None:
                mention.destination = self.court_country[court.group("court")]  # "flown out of Manila to face the International Criminal Court"
                mention.destination_is_country = True
        if mention.origin is None:
            for token in _tokens_before(mention.trigger, 3, mention.sentence):
                country = self.countries.by_agency.get(token.lower_)
                if country is not None and country.code != mention.destination:
                    mention.origin = country.code  # "ICE deported ..."
                    break

    @staticmethod
    def _cartels_of(people: list[Span]) -> list[Span]:
        """Cartels named in any sentence that names one of the people moved ("Pérez Salas led the Chapitos' security"),
        or in the next one, which refers to that person as "he" or "him" and names nobody else."""
        if not people:
            return []
        doc = people[0].doc
        surnames = {name_key(name).split()[-1] for p in people for name in (p.text, TransferRecords._full_name(p))}
        persons = _indexed(doc, "persons")
        named = [p for p in persons if name_key(p.text).split()[-1] in surnames]
        sentences = {_sentence(p).start for p in named}
        referring = set()  # "X, 38, is wanted in Reynosa. Prosecutors accuse him of a killing they attribute to Los Metros."
        for person in named:
            last_named = max((p for p in persons if _sentence(p).start == _sentence(person).start), key=lambda p: p.start)
            following = _sentence(doc[_sentence(person).end]) if _sentence(person).end < len(doc) else None
            if last_named is person and following is not None and any(t.lower_ in ("he", "him", "his") for t in following):
                if not any(following.start <= p.start < following.end for p in persons):
                    referring.add(following.start)
        return [  # the nearest person to the cartel is one of ours ("29 in February, including Caro Quintero, and 26 in August, among them a Los Cuinis leader")
            c for c in _indexed(doc, "cartels")
            if not any(w in RIVAL_WORDS for w in _lowers(doc)[max(c.start - RIVAL_WINDOW, _sentence(c).start) : c.start])  # "fighting other armed groups, including the ELN": its rivals
            and (_sentence(c).start in sentences and _nearest(c, [p for p in persons if _sentence(p).start == _sentence(c).start]) in named or _sentence(c).start in referring)
        ]

    @staticmethod
    def _full_name(person: Span) -> str:
        """A sibling's given name with the family name ("Miguel Ángel Treviño Morales and his brother Omar"), or the longest
        name in the article that contains this mention's words ("Arellano Félix" -> "Benjamín Arellano Félix"), among
        those named up to this mention when there are any."""
        sibling = _sibling_name(person)
        if sibling != person.text:
            return sibling  # "the two Treviño Morales brothers, Miguel Ángel and Omar": not Omar García Harfuch
        named = _nicknames(person.doc).get(name_key(person.text))
        if named is not None:
            return named  # "Gilberto Aparecido dos Santos, ... known to police as "Fuminho" ... handed Fuminho to Brazilian agents"
        words = set(name_key(person.text).split())
        names = [p for p in person.doc.spans.get("persons", []) if words <= set(name_key(p.text).split())]
        named_before = [p for p in names if p.start < person.start and len(p) > len(person)]  # "Hernández" refers back: not his brother "Juan Antonio "Tony" Hernández", named later
        return max((p.text for p in named_before or names), key=len, default=person.text)

    @staticmethod
    def _departure_city(city: Span) -> bool:
        """"flown from Ciudad Juárez", "on the border with El Paso": not where people were sent."""
        for token in reversed(city.doc[max(city.start - 3, 0) : city.start]):
            if token.lower_ in ("to", "into"):
                return False  # "from Mexico to Houston"
            if token.lower_ in ("from", "border", "near", "outside", "left", "departed"):
                return True
        return False

    def _office_of(self, city: Span) -> bool:
        """"the dismissed mayor of Bamban": the city of someone's office, not where people were sent."""
        doc = city.doc
        return city.start >= 2 and doc[city.start - 1].lower_ == "of" and doc[city.start - 2].lower_ in self.title_words

    def _acting_country(self, span: Span) -> bool:
        """A country that can send people: "Mexico", "Mexican authorities" (not "the Dutch man")."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].text in ("-", "—", "–") and (span.start == 0 or doc[span.start - 1].text in BULLETS or "\n" in doc[span.start - 1].text):
            return False  # "* BRAZIL - A U.S.-chartered flight carrying 88 deported Brazilians ...": a digest item's heading
        following = doc[span.end : span.end + 2]
        if following[:1].text.lower() in self.title_words and following[:1].text.lower() not in self.cues["authority"]:
            return False  # "Edward Y. Kim, the acting U.S. Attorney for the Southern District, said ... that Kwon had been extradited": a title's country
        if span.label_ == "COUNTRY":
            return True
        return span.label_ == "DEMONYM" and any(t.lower_ in self.cues["authority"] for t in following)

    def _deportees_country(self, clause: Span, people_words: set[str]) -> str | None:
        """Deportees go home: "120 Guatemalans", "190 Venezuelan migrants"; so do expelled "Russian diplomats" (of
        ``people_words``)."""
        for token in clause:
            country = self.countries.by_plural.get(token.lower_)
            following = clause.doc[token.i + 1].lower_ if token.i + 1 < clause.end else ""
            if country is None and (following in self.cues["people_ref"] or following in people_words):
                country = self.countries.by_demonym.get(token.lower_)
            if country is not None:
                return country.code
        return None

    def _nationality(self, count: Span) -> str | None:
        """The country of the people counted: "10 Americans", "252 Venezuelan migrants" (else None)."""
        words = count._.count_value["counted"].split()
        for i in range(len(words)):
            for phrase in (" ".join(words[i : i + 2]), words[i]):  # "South Koreans", "Venezuelan migrants"
                country = self.countries.by_plural.get(name_key(phrase)) or self.countries.by_demonym.get(name_key(phrase))
                if country is not None:
                    return country.code
        return None

    def _moved_people(self, sentence: Span) -> list[Span]:
        """The people in a sentence who may have been moved: not officials, analysts, lawyers or victims."""
        doc = sentence.doc
        officials = _within("officials", sentence)
        official_tokens = {t.i for o in officials for t in o}
        moved: list[Span] = []
        previous: Span | None = None
        for person in _within("persons", sentence):
            joined_to_unmoved = previous is not None and previous not in moved and doc[previous.end : person.start].text == "and"
            if not joined_to_unmoved and self._moved_person(person) and not any(t.i in official_tokens for t in person):
                moved.append(person)  # a name joined to one that was not moved ("led by X and Y") was not moved either
            previous = person
        return moved

    def _named_next(self, sentence: Span) -> list[Span]:
        """"The man investigators believe ... was deported from Saudi Arabia last Thursday. Sayed Zabiuddin Ansari,
        better known by his alias Abu Jundal, was detained ...": the person opening the next sentence is the one
        moved, told unnamed."""
        doc = _sentence(sentence[0]).doc
        end = _sentence(sentence[0]).end
        if not [t for t in doc[sentence.start : end] if not t.is_space][-1].is_punct:
            return []  # "5. Their father was sent to New York": a heading, the paragraph under it tells another story
        following = _sentence(doc[end]) if end < len(doc) else None
        opening = [p for p in _within("persons", following) if p.start == following.start] if following is not None else []
        return [p for p in opening if self._moved_person(p) and not any(o.start == p.start for o in _within("officials", following))]

    def _official_moved(self, sentence: Span, trigger: Span) -> list[Span]:
        """"General Ante Gotovina, whose forces ..., was tracked down ... and flown from Spain to The Hague": an official
        opening the sentence, subject of a passive trigger with nobody else named before it, is the person moved."""
        doc = sentence.doc
        subject = next((o for o in _within("officials", sentence) if o.end <= trigger.start), None)
        if subject is None or self._speaks(subject):
            return []
        verb = subject.end
        if doc[verb].text == ",":  # past an aside: ", whose forces retook the Krajina in August 1995,"
            verb = next((t.i + 1 for t in doc[verb + 1 : trigger.start] if t.text == ","), verb)
        between = doc[verb + 1 : trigger.start]
        passive = doc[verb].lower_ in ("was", "were") and trigger.text.islower() and trigger.text.endswith(("ed", "wn", "nt"))
        plain = not any(t.text in (",", ";") or t.lower_ in self.cues["speech"] or t.lower_ in ("he", "she", "they") for t in between)
        titled = all(t.lower_ in self.title_words or t.is_title or t.lower_ == "the" for t in doc[sentence.start : subject.start])
        return [subject] if passive and plain and titled else []

    def _served_under(self, person: Span) -> bool:
        """"under Libya's late leader X", "under President X": the one served or ruling, not the person moved."""
        doc, sentence = person.doc, _sentence(person)
        places = {t.i for p in _within("places", sentence) for t in p}
        i = person.start - 1
        while i > sentence.start and (doc[i].lower_ in self.title_words or doc[i].lower_ in LEADER_WORDS or doc[i].text in ("'s", "’s") or i in places):
            i -= 1
        return doc[i].lower_ == "under"

    def _in_a_bystanders_role(self, person: Span) -> bool:
        """An analyst, lawyer or researcher by the words around the name ("a Chula Vista attorney, Luis Carranza")."""
        doc = person.doc
        around = [*doc[max(person.start - 4, 0) : person.start], *doc[person.end : person.end + 4], *_apposition(person)]
        return any(t.lower_ in self.roles["not_official"] - self.roles["relation"] and t.lower_ != "former" for t in around)

    def _moved_person(self, person: Span) -> bool:
        """Not an analyst, lawyer, victim or relative ("son of X"), judging by the words around the name."""
        doc = person.doc
        before = doc[max(person.start - 4, 0) : person.start]
        after = doc[person.end : person.end + 4]
        if self._in_a_bystanders_role(person):
            return False  # "said Dr Imogen Lacey, an organised crime researcher at the LSE"
        sent_home = [t.lower_ for t in after[1:4]] in (["to", "his", "country"], ["to", "her", "country"], ["home", ",", "extradited"], ["home", ",", "deported"])
        if after[:1].text.lower() in ACTING_VERBS and not sent_home:
            return False  # "since Donald Trump returned to the White House", "took office" (not "returned to his country on Sunday, extradited by France")
        if len(before) >= 3 and before[-1].text in QUOTES and before[-2].text == "," and any(p.end == before[-3].i + 1 for p in _within("persons", _sentence(person))):
            return False  # 'José Ángel Canobbio Inzunza, "El Güerito,"': the alias of the name before
        words = [t.lower_ for t in before if t.lower_ not in self.title_words]  # "the era of former president X"
        of = max((k for k, w in enumerate(words) if w == "of"), default=None)
        described = of is not None and all(t.is_lower and t.is_alpha and not t.is_stop and t.lower_ not in self.trigger_kind for t in before[len(before) - len(words) + of + 1 :])  # "associate of underworld don X" (not "One of them is X", "the process of extraditing X")
        if described and of > 0 and words[of - 1] not in self.trigger_kind and words[of - 1] not in ("that", "case"):
            return False  # "a long-time associate of underworld don Dawood Ibrahim"; not "the extradition of X", "... was that of X", "the case of Ridouan Taghi, ... who was extradited"
        if words[-1:] == ["to"] and len(words) > 1 and words[-2] in SERVICE_NOUNS:
            return False  # "accused of having once served as a bodyguard to Osama bin Laden": whom the moved person served
        if words[-3:-1] in (["follows", "that"], ["followed", "that"], ["after", "that"], ["like", "that"], ["mirrors", "that"]):
            return False  # "The handover follows that of Radovan Karadžić": another man's
        lowers = _lowers(doc)
        if person.start >= 2 and lowers[person.start - 1] == "for" and lowers[person.start - 2] in self.cues["released"] and MODALS & set(lowers[max(0, person.start - 5) : person.start - 2]):
            return False  # "dashing hopes that he could be traded for Naama Issachar": a swap that did not happen
        if any(t.lower_ == "late" and (t.nbor(1).is_title or t.nbor(1).lower_ in self.title_words) for t in before):
            return False  # "ended the career of late South African captain Hansie Cronje": the dead are not moved
        if self._source(person):
            return False  # "According to the secretary of Security and Citizen Protection, Omar García Harfuch, ..."
        if _speaker_after_aside(person, self.cues["speech"]):
            return False  # "Teresa Beltrán, who leads a collective of mothers, said ..."
        if any(t.lower_ in COMPARISON_WORDS for t in before):
            return False  # "his only point of comparison was Pablo Escobar", "likened him to Pablo Escobar"
        if len(after) > 1 and after[0].text == "-" and not person[-1].whitespace_ and after[1].is_lower:
            return False  # "governments holding Gaddafi-era officials": a word made from the name
        if self._served_under(person):
            return False  # "the last prime minister to serve under Libya's late leader Muammar Gaddafi": whom the person served
        if after[:1].text.lower() in MEMBER_NOUNS:
            return False  # "Arellano Félix lieutenant": the name of the organization the person moved belongs to
        if after[:1].text.lower() in self.cues["other_event"]:
            return False  # "the prison from which Guzmán escaped": the subject of another event
        if after[:1].text.lower() in NAMED_THING_NOUNS:
            return False  # "two stolen Van Gogh paintings", "the Assange case": a thing named after the person
        if after[:1].text.lower() in SIBLING_WORDS | {"family", "clan"}:
            return False  # "the Treviño Morales brothers": the family, its members are named apart
        if len(after) > 1 and after[0].text in ("'s", "’s") and after[1].lower_ not in self.trigger_kind or after[:1].text.lower() in GOVERNMENT_WORDS:
            return False  # "the day before Donald Trump's inauguration", "the Biden administration"
        if " ".join(t.lower_ for t in before[-2:]) in self.cues["associate"]:
            return False  # "traffickers tied to Tony Hernández": someone else's associate
        if self._leader_of_organization(person):
            return False  # "LNFM, led by brothers Johnny and José Alfredo Hurtado Olascoaga": the organization's leaders
        if any(t.lower_ in self.cues["speech"] for t in [*after[:2], *(before[-2:] if before[-1:].text.lower() not in ("that", "why", "how", "whether") else [])]):
            return False  # "Beltrán said the transfers had done nothing", "said Sister Marta Ochoa": the speaker (not "announced that X")
        segment_start = person.start
        while segment_start > _sentence(person).start and doc[segment_start - 1].text not in (",", ";", "(", "—"):
            segment_start -= 1
            if doc[segment_start].text == ")":  # past a parenthesis: "the brother-in-law of Jalisco New Generation Cartel (CJNG) leader X"
                while segment_start > _sentence(person).start and doc[segment_start].text != "(":
                    segment_start -= 1
        segment = doc[segment_start : person.start]
        if any((t.lower_ in self.roles["relation"] or t.lower_ in self.cues["victim"] or t.lower_ == "law" and doc[t.i - 2].lower_ == "in") and t.i + 1 < person.start and doc[t.i + 1].lower_ == "of" for t in segment):
            return False  # "the son of X", "the brother-in-law of CJNG leader Nemesio Oseguera Cervantes": a relative; "the 2008 killing of Los Angeles County Sheriff's Deputy Juan Abel Escalante": a victim
        return not any(t.lower_ in self.cues["victim"] for t in before)

    def _referred_person(self, sentence: Span, trigger: Span) -> list[Span]:
        """"The most famous case is that of X, ... He was extradited to New York in May 2022, and Duque compared him to
        Pablo Escobar": the person the previous sentence opens with, for "He was extradited"; the name the previous
        line is made of ("Roger Ng. The former head of ... was extradited"); the people the previous sentence names, for
        "they had been transferred"; or, for a dated "he was extradited" in a sentence naming nobody, the first
        non-official person named in the nearest of the three sentences before it that names one."""
        doc = sentence.doc
        if sentence.start == 0:
            return []
        previous = _sentence(doc[sentence.start - 1])
        heading = [p for p in _within("persons", previous) if p.start == previous.start and p.end >= previous.end - 1]
        unnamed = not any(p.start < trigger.start for p in _within("persons", sentence))  # nobody named before the trigger
        if heading and sentence[0].lower_ in ("he", "she", "the") and unnamed:
            return heading  # "Roger Ng. The former head of investment banking for Goldman in Malaysia ... was extradited"
        aged = unnamed and _the_aged(_lowers(doc)[sentence.start : sentence.start + 6])
        if aged or sentence[0].lower_ in ("he", "she") and trigger.start - sentence.start <= 3:
            return self._moved_people(previous)[:1]  # "He was extradited", "The 34-year-old businessman from Bristol ... was flown overnight from Britain"
        if unnamed and not _within("persons", sentence) and any(t.lower_ == "they" for t in _tokens_before(trigger, 3, sentence)):
            named_before = self._moved_people(previous)
            if len(named_before) > 1:
                return named_before  # "The men, X and Y, had been held at the facility in Cuba since 2002. The Pentagon said that they had been transferred to ..."
        dated = any(d._.date_value["value"] for d in _within("dates", sentence))
        if not dated or _named_in(sentence) or not _pronoun_moved(trigger) or any(t.lower_ in ("they", "them") for t in sentence):
            return []
        officials = {t.i for o in _indexed(doc, "officials") for t in o}
        back = previous
        for _ in range(PRONOUN_LOOKBACK):
            named = [p for p in _named_in(back) if p.start not in officials]
            if named:  # "..., Ibori was acquitted in December 2009 ... When the EFCC moved to arrest him again in April 2010, he left the country. He was picked up in Dubai ..., he was extradited ... in April 2011"
                moved = self._moved_people(back)
                return [p for p in named if p in moved or not moved][:1]  # "Freelance reporter Yuki Kitazumi ... was arrested in April 2021 ... He was released and deported to Japan in May 2021"
            if back.start == 0:
                break
            back = _sentence(doc[back.start - 1])
        return []

    def _source(self, person: Span) -> bool:
        """The person is who the text cites: "according to [title,] X"."""
        doc = person.doc
        i = person.start - 1
        while i > _sentence(person).start and (doc[i].lower_ in (",", "the", "of", "and") or doc[i].lower_ in self.title_words or doc[i].is_title):
            i -= 1
        return i > _sentence(person).start and doc[i].lower_ == "to" and doc[i - 1].lower_ == "according"

    def _leader_of_organization(self, person: Span) -> bool:
        """"LNFM, led by X", "a cell headed by X", "its leader, X": the person leads an organization, a cartel or an
        acronym's (not "29 people, led by X")."""
        doc = person.doc
        before = doc[max(person.start - 4, _sentence(person).start) : person.start]
        words = [t.lower_ for t in before[-3:]]
        if len(words) == 3 and words[1] in LEADER_WORDS and words[2] == "," and (words[0] == "its" or before[-3].is_upper or any(c.end == before[-3].i + 1 for c in _within("cartels", _sentence(person)))):
            return True  # "brother of its leader, Nemesio Oseguera Cervantes", "a brother-in-law of the CJNG leader, X"
        if person.start > 0 and doc[person.start - 1].text == ",":
            cartel = next((c for c in _within("cartels", _sentence(person)) if person.start - 6 <= c.end < person.start), None)
            words = _lowers(doc)[cartel.start - 6 : cartel.start] if cartel is not None and cartel.start >= 6 else []
            if words and words[0] in self.roles["relation"] and words[3] in LEADER_WORDS and words[1:3] == words[4:6] == ["of", "the"]:
                return True  # "brother of the leader of the Jalisco New Generation Cartel (CJNG), Nemesio Oseguera Cervantes" (not "among them the founder of the Guadalajara Cartel, X")
        led = next((t.i for t in before if t.lower_ in ("led", "headed", "run", "founded", "commanded") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by"), None)
        if led is None:
            return False
        head = led - 1 if led > 0 and doc[led - 1].text != "," else led - 2
        return head >= 0 and (doc[head].lower_ in ORGANIZATION_NOUNS or doc[head].is_upper or any(c.start <= head < c.end for c in _within("cartels", _sentence(person))))

    # ------------------------------------------------------------ events

    def _merge(self, mentions: list[Mention]) -> list[Event]:
        events: list[Event] = []
        for mention in mentions:
            target = self._matching_event(events, mention)
            if target is None:
                if mention.date is None and mention.count is None and events and not _another_after(mention.trigger):
                    compatible = [e for e in events if self._compatible(e, mention)]
                    target = _latest_told(compatible) if compatible else None
                if target is None:
                    events.append(Event([mention]))
                    continue
            target.mentions.append(mention)
        return events

    def _matching_event(self, events: list[Event], mention: Mention) -> Event | None:
        compatible = [e for e in events if self._compatible(e, mention)]
        strong = [e for e in compatible if self._strong_match(e, mention)]
        if strong:
            return strong[-1]
        if mention.distinct and (mention.date is not None or mention.count is not None):
            return None
        dated = [e for e in compatible if e.date_value] if mention.latest and mention.date is None else []
        if dated:
            return max(dated, key=lambda e: e.date_value)  # "this week's transfer included ..."
        same_route = [e for e in compatible if mention.destination is None or e.first("destination") == mention.destination]
        if mention.additive and same_route:
            return _latest_told(same_route)  # "23 MS-13 members were also flown": more people on the same route
        if mention.date is None and mention.count is None and not mention.people:
            return None
        if mention.subset and mention.date is None and mention.count is None and compatible:
            return _latest_told(compatible)  # "They include X, who is flown to New York": the group told just before
        loose = [e for e in compatible if e.date_value is None or e.first("count") is None]
        return loose[-1] if loose else None

    @staticmethod
    def _compatible(event: Event, mention: Mention) -> bool:
        date = mention.date._.date_value["value"] if mention.date is not None else None
        event_date = event.date_value
        said_only = event.first("date") is None  # the day it was said: the move was that day or before
        if date and event_date and not (date.startswith(event_date) or event_date.startswith(date) or said_only and date < event_date):
            return False  # not "Seehofer observed [on Tuesday] that 69 people were returned", then "a charter flight that landed in Kabul on July 4 carrying 69"
        count = event.first("count")
        if mention.count is not None and count is not None and mention.count != count and not mention.additive:
            return False
        for attribute in ("origin", "destination"):
            value = event.first(attribute)
            if getattr(mention, attribute) and value and getattr(mention, attribute) != value:
                return False
        if mention.origin and mention.origin == event.first("destination") or mention.destination and mention.destination == event.first("origin"):
            return False
        news_since = min((m.news_since for m in (*event.mentions, mention) if m.news_since), default=None)
        if news_since and any(d is not None and d < news_since[: len(d)] for d in (date, event_date)):
            return False  # the headline's news is not the 2017 extradition in the timeline below
        if count is None and mention.count is not None and mention.people and event.people_keys() and not any(same_name(a, name_key(p.text)) for a in event.people_keys() for p in mention.people):
            return False  # "X was extradited on Wednesday ... The two brothers A and B were extradited in 2014": other people
        if date and not event_date and mention.people and event.people_keys() and not any(_part_of_name(_known_as(a, mention.trigger.doc), _known_as(name_key(p.text), p.doc)) for a in event.people_keys() for p in mention.people):
            return False  # "Mexican authorities extradited Ovidio Guzmán López ... El Chapo ... was extradited to New York in January 2017": his father's move
        if (date or mention.origin) and mention.kind != event.kind and mention.people and event.people_keys() and not any(_part_of_name(a, name_key(p.text)) for a in event.people_keys() for p in mention.people):
            return False  # an expulsion of 29, then "the 2023 extradition of Ovidio Guzmán", "X was arrested in Brazil and extradited": another event
        return True

    @staticmethod
    def _strong_match(event: Event, mention: Mention) -> bool:
        date = mention.date._.date_value["value"] if mention.date is not None else None
        if date and event.date_value == date:
            return not mention.additive or mention.date._.date_value["granularity"] == "day"
        if mention.count is not None and mention.count == event.first("count"):
            return True
        return bool({name_key(p.text) for p in mention.people} & event.people_keys())

    def _attach_lists(self, doc: Doc, events: list[Event]) -> None:
        """A later sentence that lists people or places ("Also on the list were ...", "including New York and Houston",
        "the places where they would face trial — Washington, Houston, New York ...") belongs to the latest event
        reported before it."""
        if not events:
            return
        used = _told_sentences(events) | {m.continuation.start for e in events for m in e.mentions if m.continuation is not None}
        in_bullets = False  # bullet lines after "Also on the list:" are its items
        told_at: dict[int, int] = {}  # event id -> a later sentence about a share of its people
        for sentence in _sentences(doc):
            bullet = sentence[0].text in BULLETS
            line_start = _opens_line(sentence)
            named_item = line_start and any(p.start == sentence.start for p in _within("persons", sentence))  # "Abigael González Valencia, "El Cuini," ..."
            in_bullets = in_bullets and (bullet or named_item or not line_start)  # an item's second sentence is still the item
            if sentence.start in used:
                in_bullets = in_bullets or sentence.text.rstrip().endswith(":") and self._says(_plain_lower(sentence), "list")  # "Among those sent north are ...:"
                continue
            if self._link_line(sentence):
                continue  # "Related: Mexico sends 29 cartel figures, including Caro Quintero, to the U.S.": another story
            text = _plain_lower(sentence)
            if self._says(text, "left_out"):
                continue  # "Among them is X, ..., who was not part of Friday's group"
            roll_call = _roll_call(sentence, events)
            listing = in_bullets or self._says(self.cue_phrases["not_a_list"].sub("", text), "list") or bool(roll_call)  # not "among the highest in Mexico", "among those in the gallery"
            cities = [c for c in _within("places", sentence) if c.label_ == "CITY"]
            described = next((i for i in range(cities[-1].end, sentence.end) if _lowers(doc)[i] == "where"), sentence.end) if cities else sentence.end
            city_list = (  # "— Washington, Houston, New York ...", not "the indictment absorbed cases brought in Chicago, San Diego, Miami"
                len(cities) >= 3 and not any(t.lower_ in self.cues["other_event"] for t in doc[sentence.start : described])
                and not any(t.lower_ in FAMILY_WORDS for t in doc[max(sentence.start, cities[0].start - 3) : cities[0].start])  # not "Relatives in Caracas, Maracay, Valencia"
            )  # "... in Houston, San Diego, Washington and Chicago, where most will make first court appearances": still a list
            members = (  # "some of those on board were suspected members of Tren de Aragua": only cartels
                not listing
                and self._says(text, "membership")
                and any(t.lower_ in self.cues["moved_group"] for t in sentence)
            )
            referred = _referred_group(sentence, events)
            if referred is None and city_list and sentence.end < len(doc) and not _opens_line(_sentence(doc[sentence.end])):
                referred = _referred_group(_sentence(doc[sentence.end]), events)  # "... listed the destinations as Washington, Houston, New York ... Every one of the 37 has a pending case"
            if referred is not None:
                told_at[id(referred)] = sentence.start  # "saying the 37 would face trial in ...": the 37's cities
            share = referred is not None and _shares_out(sentence)  # "Of the 37, four were sent to San Antonio"
            if not (listing or city_list or members or share):
                continue
            first_named = min((p.start for p in _within("persons", sentence)), default=sentence.start)
            if listing and not in_bullets and any(t.lower_ in self.cues["other_event"] and t.lower_ not in COURT_WORDS or t.lower_ in NOT_LISTED_MOVED for t in doc[sentence.start : first_named]):
                continue  # "a court in Maputo convicted 11 of the 19 defendants, among them Ndambi Guebuza", "testimony from former associates, including X", "His supporters, including his uncle X", "Among those who refused is Rima Hassan": that event's people, or people not moved (not "Among those arraigned in San Antonio was X")
            in_bullets = in_bullets or sentence.text.rstrip().endswith(":")
            before = [e for e in events if any(m.sentence.start < sentence.start for m in e.mentions)]
            if not before:
                continue
            named = {name_key(p.text).split()[-1] for p in _within("persons", sentence)}
            told = [e for e in before if not all(m.in_passing and not named & e.surnames() for m in e.mentions)]

            event = self._dated_by_possessive(sentence, events) or _ordinal_event(sentence, before) or self._landed_with(sentence, before) or max(
                told or before, key=lambda e: max(told_at.get(id(e), -1), _told_before(e, sentence.start))
            )
            # not an event told in passing ("..., after Mexico sent 29 north in February"), unless the list names its people
            listed = Mention(sentence=sentence, kind=event.kind, trigger=sentence[0:1], weak=True)
            if listing:  # a bare list of cities adds only cities
                listed.people = roll_call or self._moved_people(sentence)
            if listing or members:
                listed.cartels = _within("cartels", sentence)
            if not members:
                listed.cities = [c for c in _within("places", sentence) if c.label_ == "CITY"]
            if listed.people or listed.cartels or listed.cities:
                event.mentions.append(listed)

    def _landed_with(self, sentence: Span, events: list[Event]) -> Event | None:
        """"A, B and C landed in Havana yesterday": the one event bound for the country of the city they arrived in."""
        lower = _lowers(sentence.doc)
        arrived = {c._.place["country"] for c in _within("places", sentence) if c.label_ == "CITY" and lower[c.start - 1] == "in" and lower[c.start - 2] in self.cues["arrival"]}
        bound = [e for e in events if e.first("destination") in arrived]
        return bound[0] if len(bound) == 1 else None

    def _attach_arrivals(self, doc: Doc, events: list[Event]) -> None:
        """"X arrived in Atlanta on November 13": the day an undated event's named person arrived (and the city)."""
        undated = [e for e in events if e.date is None and e.surnames()]
        if not undated:
            return
        used = _told_sentences(events)
        for sentence in _sentences(doc):
            lower = _lowers(doc)[sentence.start : sentence.end]
            arrival = next((sentence.start + i for i, word in enumerate(lower) if word in self.cues["arrival"]), None)
            if arrival is None or sentence.start in used:
                continue
            subject = set(name_key(doc[sentence.start : arrival].text).split())  # the name may be read as a place ("Medina")
            dates = [d for d in _within("dates", sentence) if d.start > arrival and _day_precise(d) and d._.date_value["value"] and not _possessive(d)]
            event = next((e for e in undated if subject & e.surnames()), None)
            if event is None or not dates:
                continue
            destination = event.first("destination")
            cities = [c for c in _within("places", sentence) if c.label_ == "CITY" and c._.place["country"] == destination]
            event.mentions.append(Mention(sentence=sentence, kind=event.kind, trigger=doc[arrival : arrival + 1], date=dates[0], cities=cities, weak=True))
            undated.remove(event)

    def _attach_introduced(self, doc: Doc, events: list[Event]) -> None:
        """"An alleged lieutenant ... was extradited to San Diego on Friday. Rogelio Ibarra Zamudio, 52, known as ...":
        the one person moved, unnamed, is the one the next sentence opens by introducing."""
        for event in events:
            told = [m for m in event.mentions if not m.weak and m.single]
            if event.people_keys() or not told or told[0].sentence.end >= len(doc):
                continue
            following = _sentence(doc[told[0].sentence.end])
            person = next((p for p in _within("persons", following) if p.start == following.start), None)
            if person is None or person.end + 1 >= following.end or doc[person.end].text != ",":
                continue
            introduced = doc[person.end + 1].like_num or doc[person.end + 1].lower_ in ("known", "alias", "also", "a", "an")
            if introduced and person in self._moved_people(following):
                event.mentions.append(Mention(sentence=following, kind=event.kind, trigger=following[0:1], people=[person], weak=True))

    def _attach_the_named_group(self, doc: Doc, events: list[Event]) -> None:
        """"The two Azerbaijanis, named by Baku as Huseyn Akhundov and Agshin Babirov, had been held in Armenia": a
        sentence opening with a group of as many people as it names is the unnamed group moved of that size (going to
        the group's country, when two such groups were moved)."""
        used = _told_sentences(events)
        for sentence in _sentences(doc):
            opening = [c for c in _within("counts", sentence) if c.start - sentence.start in (0, 1) and _lowers(doc)[sentence.start] in ("the", c[0].lower_)]
            if sentence.start in used or not opening:
                continue
            size = opening[0]._.count_value["value"]
            people = self._moved_people(sentence)
            sized = [e for e in events if e.first("count") == size and not e.people_keys()]
            home = self._nationality(opening[0])
            sized = [e for e in sized if e.first("destination") == home] if len(sized) > 1 else sized
            if size > 1 and len(people) == size and len(sized) == 1:
                sized[0].mentions.append(Mention(sentence=sentence, kind=sized[0].kind, trigger=sentence[0:1], people=people, weak=True))

    def _attach_profiled(self, doc: Doc, events: list[Event]) -> None:
        """"The two best-known names in the group ... / Servando Gómez Martínez, known as "La Tuta," was a rural teacher
        ...": a paragraph that opens by introducing a person by nickname, after a group's move was told, profiles one of
        the group (the group told last before it); so does such a sentence after a lead-in ("Two names stood out on the
        list. Abigael González Valencia, "El Cuini," ...") or after another profile."""
        groups = [e for e in events if (e.first("count") or 0) > 1]
        if not groups:
            return
        used = _told_sentences(events)
        known = {key for e in events for key in e.people_keys()}
        profiled: dict[int, Event] = {}  # sentence start -> the event its person was given to
        for sentence in _sentences(doc):
            if sentence.start in used or sentence.start == 0:
                continue
            person = next((p for p in _within("persons", sentence) if p.start == sentence.start), None)
            if person is None or person.end + 2 >= sentence.end or doc[person.end].text != "," or doc[person.end + 1].lower_ not in ("known", "alias", "nicknamed") and doc[person.end + 1].text not in QUOTES:
                continue
            previous = _sentence(doc[sentence.start - 1])
            lead_in = not _within("persons", previous) and any(w in PROFILE_LEAD_WORDS for w in _lowers(doc)[previous.start : previous.end])  # "Two names stood out on the list."
            if not _opens_line(sentence) and not lead_in and previous.start not in profiled:
                continue
            told_before = [(m.sentence.start, e) for e in groups for m in e.mentions if not m.weak and m.sentence.start < sentence.start]
            if not told_before or name_key(person.text) in known or person not in self._moved_people(sentence):
                continue
            event = profiled.get(previous.start) or _ordinal_event(sentence, groups) or max(told_before, key=lambda pair: pair[0])[1]
            event.mentions.append(Mention(sentence=sentence, kind=event.kind, trigger=sentence[0:1], people=[person], cartels=_within("cartels", sentence), weak=True))
            profiled[sentence.start] = event

    @staticmethod
    def _attach_the_one_person(events: list[Event]) -> None:
        """"In January 2020 Greece extradited him to France first": "him", "he", when the article moves one person by
        name in its other events, is that person."""
        people = {key: p for e in events for m in e.mentions for p in m.people for key in [name_key(TransferRecords._full_name(p))]}  # "Portillo" is "Alfonso Portillo"
        if len(people) != 1:
            return
        [(key, person)] = people.items()
        for event in events:
            told = next((m for m in event.mentions if not m.weak and _pronoun_moved(m.trigger)), None)
            if event.people_keys() or told is None:
                continue
            named_last = [p for p in _indexed(told.sentence.doc, "persons") if p.start < told.trigger.start][-1:]
            if all(same_name(key, name_key(p.text)) or key.endswith(name_key(p.text)) for p in named_last):
                told.people = [person]  # "he" is the person named last before it (not "... Guzmán Loera: ... before he was finally extradited")

    def _attach_the_person_named_before(self, events: list[Event]) -> None:
        """"Fujimori's own return to Peru is a precedent ... he was extradited in September 2007": "he" is the person named
        last before him in the paragraph who is not an official (unless that official was detained)."""
        for event in events:
            told = next((m for m in event.mentions if not m.weak and _pronoun_moved(m.trigger)), None)
            if event.people_keys() or told is None:
                continue
            doc = told.sentence.doc
            start = _paragraph_opening(_sentence(told.trigger)).start
            named = [p for group in ("persons", "officials") for p in _indexed(doc, group) if start <= p.start < told.trigger.start]
            last = max(named, key=lambda p: p.start, default=None)
            told_start = _sentence(told.trigger).start
            previous = _sentence(doc[told_start - 1]) if told_start > start else None
            opening = next((p for p in named if previous is not None and p.start == previous.start and p.end <= told_start), None)
            if opening is not None and not any(p.start >= told_start for p in named):
                last = opening  # "Vicente Zambada Niebla ... is the son of Ismael Zambada, who co-founded the cartel with Joaquín Guzmán. Mexican soldiers arrested him ..., and he was extradited": the subject
            held = last is not None and any(t.lower_ in DETAINED_WORDS for t in doc[last.end : last.end + 3])  # "Duterte was detained on Tuesday": the former president is the man held
            officials = {o.start for o in _indexed(doc, "officials")}
            if last is not None and last.start in officials and not held:
                last = max((p for p in named if p.start not in officials and not self._in_a_bystanders_role(p)), key=lambda p: p.start, default=None)  # "after Hernández left office. He handed power to his successor, Xiomara Castro, ... He was extradited": not the official
            if last is not None:
                told.people = [last]

    def _attach_court_cities(self, doc: Doc, events: list[Event]) -> None:
        """"Caro Quintero is expected to appear in federal court in New York", "He faces charges in New York", "He landed in
        New York hours later": where a moved person will be tried or landed, told apart from the move (he, or his name,
        and a court or an arrival in a city of the destination)."""
        named = [e for e in events if e.surnames()]
        if not named:
            return
        used = _told_sentences(events)
        lower = _lowers(doc)
        for sentence in _sentences(doc):
            if sentence.start in used or self._link_line(sentence):
                continue  # not "RELATED: Caro Quintero pleads not guilty in federal court in New York"
            cities = [
                c for c in _within("places", sentence)
                if c.label_ == "CITY" and lower[c.start - 1] == "in"
                and (any(w in COURT_WORDS for w in lower[max(c.start - COURT_WINDOW, sentence.start) : c.start]) or lower[c.start - 2] in self.cues["arrival"])  # "He landed in New York hours later"
            ]
            if not cities:
                continue
            surnames = {name_key(p.text).split()[-1] for p in _within("persons", sentence)}
            event = next((e for e in named if surnames and surnames <= e.surnames()), None)
            if event is None and not surnames and lower[sentence.start] in ("he", "she") and sentence.start > 0:
                event = next((e for e in named if any(m.sentence.end == sentence.start for m in e.mentions)), None)  # "He faces ..." right after the move
                landed = all(lower[c.start - 2] in self.cues["arrival"] for c in cities)
                event = event or (_told_last(named, sentence.start) if landed else None)  # "He landed in New York hours later": the move told last
            if event is None:
                continue
            cities = [c for c in cities if c._.place["country"] == event.first("destination")]
            if cities:
                event.mentions.append(Mention(sentence=sentence, kind=event.kind, trigger=sentence[0:1], cities=cities, weak=True))

    def _attach_flight_cities(self, doc: Doc, events: list[Event]) -> None:
        """"The man was put on a scheduled commercial flight to Paris", "The plane took them to New York": a city flown
        to (or landed in), in a sentence of its own, is the city of the event told last before it that went to that city's country."""
        used = _told_sentences(events)
        lower = _lowers(doc)
        for sentence in _sentences(doc):
            if sentence.start in used or _within("dates", sentence) or _within("counts", sentence):
                continue
            vehicle = next((i for i in range(sentence.start, sentence.end) if lower[i] in VEHICLES), None)
            cities = [
                c for c in _within("places", sentence)
                if c.label_ == "CITY" and vehicle is not None and vehicle < c.start and (lower[c.start - 1] == "to" or lower[c.start - 1] == "in" and lower[c.start - 2] in self.cues["arrival"])
            ]  # "an unscheduled aircraft leaving Bangkok and landing in Kashgar"
            event = _told_last(events, sentence.start)
            if not cities or event is None:
                continue
            cities = [c for c in cities if c._.place["country"] == event.first("destination")]
            if cities:
                event.mentions.append(Mention(sentence=sentence, kind=event.kind, trigger=sentence[0:1], cities=cities, weak=True))

    @staticmethod
    def _attach_prison_cities(doc: Doc, events: list[Event]) -> None:
        """"... and driven under heavy guard to the Terrorism Confinement Center, known as CECOT, in Tecoluca": the town of
        the prison the people were taken to is a city of the event told last (or in that sentence) that went to its country."""
        lower = _lowers(doc)
        for city in _indexed(doc, "places"):
            sentence = _sentence(city)
            if city.label_ != "CITY" or lower[city.start - 1] not in ("in", "near"):
                continue
            if not any(w in PRISON_WORDS for w in lower[max(city.start - PRISON_WINDOW, sentence.start) : city.start]) or not any(w in TAKEN_WORDS for w in lower[sentence.start : city.start]):
                continue
            event = _told_last([e for e in events if e.first("destination") == city._.place["country"]], sentence.end)
            if event is not None:
                event.mentions.append(Mention(sentence=sentence, kind=event.kind, trigger=sentence[0:1], cities=[city], weak=True))

    @staticmethod
    def _dated_by_possessive(sentence: Span, events: list[Event]) -> Event | None:
        """"Tuesday's group also included ...", "The January group was the largest. It included ...": the event of that date."""
        doc = sentence.doc
        told = [sentence]
        if sentence.start > 0 and sentence[0].lower_ in ("it", "they"):
            told.insert(0, _sentence(doc[sentence.start - 1]))
        for span in told:
            for date in _within("dates", span):
                value = date._.date_value["value"]
                if value and (_possessive(date) or date.end < len(doc) and doc[date.end].lower_ in EVENT_NOUNS):
                    return next((e for e in events if e.date_value and e.date_value.startswith(value)), None)
        return None

    def _date_the_other_side(self, events: list[Event]) -> None:
        """An undated group moved on the reverse route of a dated swap of as many people is its other side, on its day
        ("Russia and Ukraine exchanged 35 prisoners each on Saturday ... The plane that left Kyiv carried 35 people to
        Moscow")."""
        swaps = [e for e in events if e.date is not None and any(self._says(m.trigger.text.lower(), "swap") for m in e.mentions)]
        for event in events:
            route = (event.first("destination"), event.first("origin"))
            count = event.first("count")
            swap = next((e for e in swaps if (e.first("origin"), e.first("destination")) == route and e.first("count") == count), None) if event.date is None and count and count > 1 else None
            if swap is not None:
                told = swap.mentions[0]
                event.mentions.append(Mention(sentence=told.sentence, kind=event.kind, trigger=told.trigger, date=swap.date, weak=True))

    def _inherit_kind(self, events: list[Event]) -> None:
        """An event told only with nouns ("the last flight of the year") is of the kind the article's
        other events on the same route are ("deportation flights"); a flight taking nationals home
        ("a flight carried 128 Guatemalans to Guatemala City") is a deportation."""
        for event in events:
            if not all(m.weak for m in event.mentions):
                continue
            route = (event.first("origin"), event.first("destination"))
            kinds = {e.kind for e in events if e is not event and (e.first("origin"), e.first("destination")) == route}
            if len(kinds) != 1 and self._nationals_sent_home(event):
                kinds = {"deportation"}
            if len(kinds) == 1:
                for m in event.mentions:
                    m.kind = next(iter(kinds))

    def _nationals_sent_home(self, event: Event) -> bool:
        destination = event.first("destination")
        plurals = self.countries.by_plural
        return destination is not None and any(
            t.lower_ in plurals and plurals[t.lower_].code == destination for m in event.mentions for t in m.sentence
        )

    @staticmethod
    def _total_to_event_before(total: Span, events: list[Event]) -> bool:
        """A lower total stated in a sentence of its own goes with the event told just before it ("a second group of
        26 followed. ... That made 55."); False when no event was told before it."""
        event = _told_last(events, _sentence(total).start)
        if event is None:
            return False
        event.mentions.append(Mention(sentence=_sentence(total), kind=event.kind, trigger=total, weak=True, cumulative=total._.count_value["value"]))
        return True

    @staticmethod
    def _running_total_to_latest(events: list[Event], stray_totals: list[int], undated_is_recent: bool) -> None:
        """A running total counts everything up to the latest transfer: it belongs to the latest-dated event
        ("In February, Mexico sent 29, bringing the total to 55 with this week's group"), also when it was
        stated in a sentence that is not itself an event (``stray_totals``). Without a publication date
        (``undated_is_recent``), an undated event is the news one, told with "on Tuesday"."""
        totals = [m.cumulative for e in events for m in e.mentions if m.cumulative is not None] + stray_totals
        if not totals or not events or len(events) < 2 and not stray_totals:
            return
        undated = "9999" if undated_is_recent else ""
        kinds = {e.kind for e in events if any(m.cumulative is not None for m in e.mentions)}
        series = [e for e in events if e.kind in kinds] if kinds and not stray_totals else events  # the transfers' total, not the extradition's
        latest = max(series, key=lambda e: (e.date_value or undated, -events.index(e)))
        top = max(totals)
        for event in events:
            for m in event.mentions:
                if event is latest or m.cumulative == top or not event.date_value:
                    m.cumulative = None  # a lower total stays with its dated event ("26 more, which raised the count to 55")
        latest.mentions[0].cumulative = top

    def _inherit_countries(self, doc: Doc, events: list[Event]) -> None:
        """Fill a missing origin from where another event sent the same person (not another deportation: "the second time
        in less than two months that the government has removed" him, from the same country); a missing origin or destination of an
        extradition, deportation or expulsion from the article's most named other country; then a missing origin or
        destination from the article's main route (the pair its transfers share)."""
        named = Counter(_country_of(s) for s in doc.spans.get("places", []) if s.label_ in ("COUNTRY", "DEMONYM"))
        for event in events:
            origin, destination = event.first("origin"), event.first("destination")
            same_person = [e for e in events if e is not event and e.surnames() & event.surnames() and not (e.kind == event.kind and event.kind in ("deportation", "expulsion"))]
            sent_there_before = [e.first("destination") for e in same_person if not _later(e, event) and e.first("destination") not in (None, destination)]
            sent_there_before += [e.first("origin") for e in same_person if _later(e, event) and e.first("origin") not in (None, destination)]  # "deported to Germany [2009] ... extradited to Israel in 1986": from where he later left
            if origin is None and destination is not None and sent_there_before:
                event.mentions[0].origin = origin = sent_there_before[0]  # "deported to El Salvador in March ... flown back to face charges in Nashville"
            handed_to_a_country = origin is None and any(m.destination_is_country for m in event.mentions)  # "handed 26 prisoners over to the United States"
            held_in = _held_in(event.mentions[0].trigger) if origin is None and destination is not None else None
            if held_in not in (None, destination):
                event.mentions[0].origin = held_in  # "Duterte was detained on Tuesday at Manila's international airport. ... he was put on a chartered jet and flown to The Hague"
                continue
            if event.kind == "transfer" and not handed_to_a_country or (origin is None) == (destination is None):
                continue  # extraditions, deportations and expulsions cross a border by definition; a bare "flown to" may not
            known = destination or origin
            others = [(n, c) for c, n in named.items() if c and c != known]
            if others and origin is None:
                event.mentions[0].origin = max(others)[1]
            elif others and _day_precise(event.date):
                event.mentions[0].destination = max(others)[1]  # "extradited from Ecuador on Tuesday" (to the US)
        pairs = Counter((e.first("origin"), e.first("destination")) for e in events if e.first("origin") and e.first("destination"))
        if not pairs:
            return
        main_origin, main_destination = pairs.most_common(1)[0][0]
        for event in events:
            origin, destination = event.first("origin"), event.first("destination")
            if origin in (None, main_origin) and destination in (None, main_destination):
                event.mentions[0].origin, event.mentions[0].destination = main_origin, main_destination

    def _is_transfer(self, event: Event) -> bool:
        origin, destination = event.first("origin"), event.first("destination")
        named_country = any(m.destination_is_country for m in event.mentions)
        if destination is None or origin == destination or (origin is None and event.kind == "transfer" and not named_country):
            return False  # "flown to Guayaquil": a border crossing only if the text names a country or an origin
        if any(self._says(_plain_lower(m.sentence), "domestic") for m in event.mentions) and not named_country:
            return False  # "The move on Saturday was a transfer between two prisons inside the country"
        if all(m.aside for m in event.mentions if not m.weak) and event.date is None and event.first("count") is None:
            return False  # only told in passing, with no date: background, not a reported event
        if event.first("count") is not None or any(m.people or m.single for m in event.mentions):
            return True
        if _day_precise(event.date):
            return True  # nobody counted or named: only a dated, specific event ("on March 16") is one
        return _month_precise(event.date) and any(_within("approximate_counts", m.sentence) for m in event.mentions if not m.weak and not m.aside)  # "Venezuela deported more than 1,000 Colombians in August"

    # ------------------------------------------------------------ output

    def _record(self, event: Event) -> dict[str, Any]:
        date = event.date
        count = next((m.count for m in event.mentions if m.whole), None) or event.first("count")  # not "Two brothers ... were sent north", then "they were handed over along with 27 others"
        added = [m.count for m in event.mentions if m.additive and not m.weak and m.count is not None and m.count != count and not m.people]
        if count is not None and added and event.mentions[0].count == count:
            count += sum(added)
        people = _distinct_people(p for m in event.mentions for p in m.people)
        full_names = {p.start: self._full_name(p) for p in people}
        if any(len(name.split()) > 1 for name in full_names.values()):  # a lone word beside full names is a nickname or a stray word
            people = [p for p in people if len(full_names[p.start].split()) > 1]
        people = _unique(people, key=lambda p: name_key(full_names[p.start]))  # "Otoniel" and "Dairo Antonio Úsuga David": one man
        moved_in_trigger_sentences = _distinct_people(p for m in event.mentions if not m.weak for p in m.people)
        if len(moved_in_trigger_sentences) > 1:  # a lone word beside full names is a nickname ("Fito")
            moved_in_trigger_sentences = [p for p in moved_in_trigger_sentences if len(p) > 1]
        if count is None and moved_in_trigger_sentences and not any(m.subset and m.people for m in event.mentions if not m.weak):
            count = len(moved_in_trigger_sentences)  # "Colombia extradited X": one person, no number written
        if count is None and len(people) <= 1 and event.kind != "transfer" and any(m.single for m in event.mentions if not m.weak):
            count = 1
        kind, origin, destination = event.kind, event.first("origin"), event.first("destination")
        counted = next((m.count_spans[0] for m in event.mentions if m.count_spans), None)
        if kind == "deportation" and origin is not None and counted is not None and self._nationality(counted) == origin:
            kind, origin, destination = "transfer", destination, origin  # "flew out with six American citizens": going home, not deported
        cities = [
            c for m in event.mentions for c in m.cities
            if c._.place["country"] == destination and not self._departure_city(c) and not _government(c) and not self._office_of(c) and not _meeting_place(c)
        ]
        named = [c for c in cities if not _dateline(c)]
        cities = _unique(named or cities, key=lambda c: (c._.place["lat"], c._.place["lon"]))  # the dateline ("WASHINGTON, June 3 (Reuters) -") only when no other city is named
        cumulative = event.first("cumulative")
        return {
            "kind": kind,
            "date": _date_dict(date) if date is not None else None,
            "origin": self._country(origin),
            "destination": self._country(destination),
            "count": count,
            "cumulative_total": cumulative,
            "cities": [_span_dict(c, **c._.place) for c in cities],
            "people": [_span_dict(p, name=without_nickname(full_names[p.start])) for p in people],
            "cartels": [_span_dict(c, name=c._.cartel) for c in _unique([*(c for m in event.mentions for c in m.cartels), *self._cartels_of(people)], key=lambda s: s._.cartel)],
            "announced_by": [
                _span_dict(o, **o._.official)
                for o in _unique((o for m in event.mentions for o in m.announcers), key=lambda s: name_key(s._.official["name"]))
            ],
            "evidence": [
                {"start": span.start_char, "end": span.end_char, "text": span.text}
                for m in event.mentions
                for span in (m.sentence, m.continuation)
                if span is not None
            ],
        }

    def _country(self, code: str | None) -> dict[str, str] | None:
        if code is None:
            return None
        country = self.countries.by_code.get(code)
        return {"name": country.name if country else code, "code": code}

    @staticmethod
    def _check_totals(doc: Doc, records: list[dict[str, Any]]) -> None:
        """Say whether a stated running total equals the transfers the article reports."""
        for record in records:
            total = record["cumulative_total"]
            if total is None:
                continue
            counts = [r["count"] for r in records if r["count"] is not None]
            parts = " + ".join(str(c) for c in counts)
            if sum(counts) == total:
                doc_warnings(doc).append(f"stated total {total} matches the transfers reported ({parts})")
            else:
                doc_warnings(doc).append(
                    f"stated total {total} does not match the transfers reported ({parts} = {sum(counts)}); "
                    "the article may leave out earlier transfers"
                )


def _which_then(place: Span, trigger: Span) -> bool:
    """"Mexico, which extradited him": the place is the subject of the trigger's relative clause."""
    doc = place.doc
    return place.end + 1 < trigger.start <= place.end + 3 and doc[place.end].text == "," and doc[place.end + 1].lower_ == "which"


def _in_return(sentence: Span) -> bool:
    """The sentence opens with "In return,": the other side of an exchange told before."""
    return [t.lower_ for t in sentence[:3]] == ["in", "return", ","]


def _pluperfect(trigger: Span) -> bool:
    """"had been flown": told as background to another event."""
    return [t.lower_ for t in _tokens_before(trigger, 2, _sentence(trigger))] == ["had", "been"]


def _tokens_before(span: Span, size: int, sentence: Span) -> Span:
    """Up to ``size`` tokens before the span, within its sentence."""
    return span.doc[max(span.start - size, sentence.start) : span.start]


def _possessor_country(count: Span) -> str | None:
    """"Russia reporting the return of 248 of its soldiers": the country named last before "N of its"."""
    if not count._.count_value["counted"].lower().startswith(("of its ", "of their ")):
        return None
    named = [p for p in _within("places", _sentence(count)) if p.label_ == "COUNTRY" and p.end <= count.start]
    return _country_of(named[-1]) if named else None


def _swapping_countries(trigger: Span) -> tuple[str, str] | None:
    """"Russia and Ukraine swapped ...": the two countries joined by "and" just before a swap verb."""
    doc = trigger.doc
    countries = [p for p in _within("places", _sentence(trigger)) if p.label_ == "COUNTRY" and p.end <= trigger.start]
    if len(countries) < 2:
        return None
    first, second = countries[-2:]
    joined = doc[first.end : second.start].text.lower() == "and"
    close = all(t.is_lower or t.is_punct for t in doc[second.end : trigger.start]) and trigger.start - second.end <= 3  # "Russia and Ukraine have swapped"
    return (_country_of(first), _country_of(second)) if joined and close and _country_of(first) != _country_of(second) else None


def _later(event: Event, other: Event) -> bool:
    """Both events are dated and ``event`` happened after ``other``, compared at the coarser of their precisions
    ("2009-05-11" is after "1986", not after "2009")."""
    if event.date is None or other.date is None:
        return False
    mine, theirs = event.date._.date_value["value"], other.date._.date_value["value"]
    shared = min(len(mine), len(theirs))
    return mine[:shared] > theirs[:shared]


def _part(mention: Mention, count: Span, **changes: Any) -> Mention:
    """The share of a sentence reporting several events that goes with one of its counts."""
    people = [p for p in mention.people if _count_of(p, mention.plain_counts) is count]
    first = min(c.start for c in mention.plain_counts)
    cartels = [c for c in mention.cartels if c.start < first or _count_of(c, mention.plain_counts) is count]  # "26 in August, among them a Los Cuinis leader"
    return replace(mention, count=count._.count_value["value"], count_spans=[count], people=people, cartels=cartels, cumulative=None, **changes)


def _count_of(person: Span, counts: list[Span]) -> Span:
    """The count a named person belongs to: the last one before the name ("29 prisoners, among them X, and 26 more")."""
    before = [c for c in counts if c.start < person.start]
    return max(before, key=lambda c: c.start) if before else min(counts, key=lambda c: c.start)


def _date_said_just_before(sentence: Span) -> list[Span]:
    """"Then came Thursday, Feb. 27, 2025. Mexico loaded 29 prisoners onto aircraft ...": a short sentence just before,
    in the same paragraph, that only sets the day; one opening the paragraph with an ordinal event ("The first
    airlift came last February. [...] Mexico sent 29 prisoners north."); or the sentence just before naming the day's
    event ("... the only well-known names in Thursday's operation. X was sent to face charges in New York.")."""
    doc = sentence.doc
    previous = sentence
    while previous.start > 0 and "\n" not in doc[previous.start - 1].text:
        previous = _sentence(doc[previous.start - 1])
        dates = [d for d in _within("dates", previous) if d._.date_value["value"]]
        if not dates:
            continue
        opening = previous.start == 0 or doc[previous.start - 1].is_space
        ordinal = opening and [t.lower_ for t in previous[:2]] in (["the", w] for w in ORDINALS) and previous[2:3].text in EVENT_NOUNS
        day = previous.end == sentence.start and dates[-1]._.date_value["granularity"] == "day"
        short = len(previous) <= (SHORT_SENTENCE if not ordinal else 2 * SHORT_SENTENCE)  # "The first transfer, in February 2025, was the biggest surprise."
        days_event = previous.end == sentence.start and _possessive(dates[-1]) and doc[dates[-1].end + 1 : dates[-1].end + 2].text.lower() in EVENT_NOUNS  # "The Treviños were not the only well-known names in Thursday's operation."
        return dates[-1:] if (short and (day or ordinal) or days_event) and not _within("counts", previous) else []
    return []


def _same_day_as_before(sentence: Span) -> list[Span]:
    """"... a visit to Caracas on Jan. 31 by Richard Grenell ... Grenell flew home that same night with six
    Americans", "... on May 13, 2008. That morning, the government put Mancuso and 13 other paramilitary chiefs on planes":
    the day the previous sentence gave, or the last day given a few sentences before ("Duterte was detained on Tuesday
    ... . Police served him ... . ..., he was ... flown to The Hague that same night")."""
    if SAME_DAY.search(_plain_lower(sentence)) is None:
        return []
    previous = sentence
    for _ in range(SAME_DAY_LOOKBACK):
        if previous.start == 0:
            break
        previous = _sentence(sentence.doc[previous.start - 1])
        days = [d for d in _within("dates", previous) if d._.date_value["granularity"] == "day" and d._.date_value["value"]]
        if days:
            return days[-1:]
    return []


def _days_after_month_before(sentence: Span) -> list[Span]:
    """"Last month, Indonesian police picked up her sister ... The two women were deported to Manila within days": the
    month or year the sentence just before gave (never its day: "within days" is not that day)."""
    if _opens_line(sentence) or DAYS_LATER.search(_plain_lower(sentence)) is None:
        return []
    previous = _sentence(sentence.doc[sentence.start - 1])
    return [d for d in _within("dates", previous) if d._.date_value["granularity"] in ("month", "year") and d._.date_value["value"]][-1:]


def _that_month_or_year(sentence: Span) -> list[Span]:
    """"In March 2022, when Mexican authorities arrested X, ... Later that month he was deported": the month (or year, for
    "that year") of the last date the sentence just before gave, as a date over the words "that month"."""
    if _opens_line(sentence):
        return []
    lower = _lowers(sentence.doc)
    at = next((i for i in range(sentence.start, sentence.end - 1) if lower[i] in ("that", "same") and lower[i + 1] in ("month", "year")), None)
    if at is None:
        return []
    granularity = lower[at + 1]
    previous = [d for d in _within("dates", _sentence(sentence.doc[sentence.start - 1])) if d._.date_value["value"]]
    if not previous or previous[-1]._.date_value["granularity"] == "year" and granularity == "month":
        return []
    span = Span(sentence.doc, at, at + 2, label="DATE")
    span._.date_value = {"value": previous[-1]._.date_value["value"][: 7 if granularity == "month" else 4], "granularity": granularity}
    return [span]


def _live_update_day(sentence: Span) -> list[Span]:
    """"UPDATE, LATE AFTERNOON — ... Taylor ... stepped off a Nigerian government aircraft": a live blog's update of the
    day it was published, as a date over the update's label."""
    published = sentence.doc._.published
    opening = _paragraph_opening(sentence)
    label = LIVE_UPDATE_LABEL.match(opening.text)
    if not published or label is None:
        return []
    span = sentence.doc.char_span(opening.start_char, opening.start_char + len(label.group(0).rstrip()), label="DATE", alignment_mode="expand")
    if span is None:
        return []
    span._.date_value = {"value": published, "granularity": "day"}
    return [span]


def _nearest_date(trigger: Span, dates: list[Span]) -> Span | None:
    """The date nearest the trigger, preferring precise ones, and one after it to one told with the verb before "and"
    ("arrested ... on May 26 this year and flown to the Netherlands on May 31")."""
    doc = trigger.doc
    if any(s.start >= trigger.end for s in dates):
        dates = [s for s in dates if s.start >= trigger.end or "and" not in _lowers(doc)[s.end : trigger.start]]
    return min(dates, key=lambda s: abs(s.start - trigger.start) + GRANULARITY_PENALTY[s._.date_value["granularity"]]) if dates else None


def _of_a_possessor(count: Span) -> bool:
    """"Fourteen of Colombia's most feared former paramilitary commanders": a group picked out of a country's or an
    organization's people (not "three of them", "two of the 37", "three of their children")."""
    words = count._.count_value["counted"].split()
    return len(words) > 2 and (any(w.endswith(("'s", "’s")) for w in words[1:4]) or words[1] == "its") and not any(w[0].isdigit() for w in words)


def _one_named_before(count: Span) -> int:
    """1 when the count leaves out a person named just before it ("put him and 28 other prisoners on planes"), else 0."""
    doc = count.doc
    if count.start < 2 or doc[count.start - 1].lower_ != "and" or count._.count_value["counted"].split()[0].lower() not in ("other", "others"):
        return 0
    named = doc[count.start - 2]
    in_place = any(p.start <= named.i < p.end for p in _indexed(doc, "places"))
    return int(named.lower_ in ("him", "her") or named.ent_type_ == "PERSON" or named.is_title and not in_place)  # "Abu Hamza al-Masri and four other terrorism suspects"


def _distinct_routes(destinations: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The "to <place>" destinations in text order, when each names a different country (else none)."""
    ordered = sorted(destinations)
    codes = [code for _, code in ordered]
    return ordered if len(set(codes)) == len(codes) else []


def _day_precise(date: Span | None) -> bool:
    """A date to the day ("on March 16"); "in 2024" or "in August" may describe a trend, not one event."""
    return date is not None and date._.date_value["granularity"] == "day"


def _month_precise(date: Span | None) -> bool:
    """A date to the month ("in August")."""
    return date is not None and date._.date_value["granularity"] == "month"


def _single_person(sentence: Span, trigger: Span) -> bool:
    """One unnamed person is moved: "He was extradited", "extradited to the United States a man accused of"."""
    doc = sentence.doc
    subject = _tokens_before(trigger, 3, sentence)
    if (any(t.lower_ in ("he", "she") for t in subject) or _second_verb_of_pronoun(trigger)) and not any(t.lower_ in ("they", "them") for t in sentence):
        return True
    if len(subject) >= 2 and subject[-1].lower_ in ("was", "is") and subject[-2].lower_ in RELATIVE_NOUNS:
        return True  # "Their father was extradited"
    if subject and subject[-1].lower_ == "was" and any(_a_person(t) for t in doc[sentence.start : trigger.start]):
        return True  # "A Mexican man accused of killing a businessman was extradited"
    following = doc[trigger.end : min(trigger.end + 8, sentence.end)]
    if following and following[0].lower_ in ("him", "her") and trigger[-1].lower_.endswith("ed"):
        return True  # "Mexico, which extradited him back to Guatemala" (not "Extraditing him is a relief")
    return any(_a_person(t) for t in following)


def _told_sentences(events: list[Event]) -> set[int]:
    """The starts of the sentences (or clauses) the events' mentions were read from."""
    return {m.sentence.start for e in events for m in e.mentions}


def _same_day(clause: Span, speech: set[str]) -> bool:
    """"..., and the French authorities expelled him to Morocco the same day": the clause happened on the day told before
    it (not "Bondi said the same day that ...": the day it was said)."""
    lower = _lowers(clause.doc)
    return any(
        lower[i : i + 3] == ["the", "same", "day"] and lower[i - 1] not in speech
        for i in range(clause.start + 1, clause.end - 2)
    )


def _pronoun_object(clause: Span, triggers: list[Span]) -> bool:
    """"expelled him", "sent them": a trigger of the clause moves people named by a pronoun."""
    lower = _lowers(clause.doc)
    return any(clause.start <= t.start < clause.end and t.end < len(lower) and lower[t.end] in ("him", "her", "them") for t in triggers)


def _jailed_after(count: Span) -> bool:
    """The counted people are described as prisoners right after the count ("three Cuban agents jailed in the United States")."""
    doc = count.doc
    end = count.end + len(count._.count_value["counted"].split())
    return doc[end : end + 1].text.lower() in JAILED_WORDS


def _named_in(span: Span) -> list[Span]:
    """The persons named in the span, and the surnames of the article's persons standing alone ("confirmed that
    Portillo had arrived"), in text order."""
    doc = span.doc
    persons = _within("persons", _sentence(span[0]))
    taken = {t.i for p in persons for t in p}
    surnames = {p[-1].lower_ for p in _indexed(doc, "persons") if len(p) > 1}
    alone = [doc[t.i : t.i + 1] for t in span if t.i not in taken and t.is_title and t.lower_ in surnames]
    return sorted([p for p in persons if span.start <= p.start < span.end] + alone, key=lambda p: p.start)


def _pronoun_moved(trigger: Span) -> bool:
    """"he was deported", "extradited him": the person moved is told by a pronoun."""
    doc = trigger.doc
    subject = _tokens_before(trigger, 3, _sentence(trigger))
    return any(t.lower_ in ("he", "she") for t in subject) or doc[trigger.end : trigger.end + 1].text.lower() in ("him", "her") or _second_verb_of_pronoun(trigger)


def _same_month_or_year_of_pronoun(date: Span, trigger: Span) -> bool:
    """"He was first arrested in Guatemala in 1993 and handed over to Mexican authorities": a month or a year told with
    the first verb holds the second (a day would not: "arrested on Dec. 16 and extradited")."""
    return date.end <= trigger.start and date._.date_value["granularity"] != "day" and _second_verb_of_pronoun(trigger)


def _second_verb_of_pronoun(trigger: Span) -> bool:
    """"He was captured in Quito, Ecuador, in January 2004 and deported to Colombia days later", "After a tense standoff
    ..., he was put on a chartered jet and flown to The Hague": the second verb of a sentence, or of its last clause,
    whose subject is "he" or "she"."""
    doc, start = trigger.doc, _sentence(trigger).start
    if trigger.start <= start + 2 or doc[trigger.start - 1].lower_ != "and":
        return False
    if doc[start].lower_ in ("he", "she") and doc[start + 1].lower_ in ("was", "had", "has"):
        return True
    clause = next((i for i in range(trigger.start - 2, start, -1) if doc[i].text in CLAUSE_MARKS), None)
    return clause is not None and doc[clause].text == "," and doc[clause + 1].lower_ in ("he", "she") and doc[clause + 2].lower_ in ("was", "had", "has")


def _prosecuting_country(place: Span) -> str | None:
    """The country of "accused by U.S. prosecutors", "wanted in the United States": where the person is wanted."""
    doc = place.doc
    before = [t.lower_ for t in doc[max(place.start - 3, 0) : place.start] if t.lower_ != "the"]
    if before[-2:-1] not in (["accused"], ["wanted"], ["sought"], ["charged"], ["indicted"]) or before[-1:] not in (["by"], ["in"]):
        return None
    if place.label_ == "DEMONYM" and doc[place.end : place.end + 1].text.lower() not in PROSECUTING_BODIES:
        return None
    return _country_of(place)


def _put_aboard_person(trigger: Span) -> bool:
    """"put him on a plane", "put the 46-year-old on a flight": one unnamed person put aboard the vehicle."""
    doc = trigger.doc
    before = [t.lower_ for t in doc[max(trigger.start - 10, _sentence(trigger).start) : trigger.start]]
    if trigger.text.lower() not in VEHICLES or len(before) < 3 or before[-1] not in ("a", "an", "the") or before[-2] not in BOARDING_WORDS:
        return False
    put = next((i for i in range(len(before) - 3, -1, -1) if before[i] in PUTTING_WORDS), None)
    placed = before[put + 1 : -2] if put is not None else []
    return placed in (["him"], ["her"]) or _the_aged(placed)


def _the_aged(words: list[str]) -> bool:
    """"the 46-year-old" (lower-cased tokens, possibly followed by a noun): a person already named, by age."""
    return len(words) >= 6 and words[0] == "the" and words[2:6] == ["-", "year", "-", "old"]


def _a_person(token: Token) -> bool:
    """"a man", "an alleged trafficker", "a former leader", "another long-serving drug convict": one person, unnamed."""
    lower = token.lower_
    if lower not in ("a", "an", "another"):
        return False
    words = token.doc[token.i + 1 : min(token.i + (4 if lower != "another" else 6), _sentence(token).end)]
    return any(w.lower_ in SINGLE_PERSON_NOUNS and not _modifies_next(w) for w in words)


def _modifies_next(token: Token) -> bool:
    """"national" in "a national security measure": a noun used before another noun, not the head."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.is_alpha and after.is_lower and not after.is_stop and not after.lower_.endswith(("ed", "s"))  # not "a man prosecutors describe"


def _facility_before(place: Span, preposition: str = "to") -> bool:
    """"to a maximum-security prison in El Salvador": the place is where a facility people were sent to (or, with
    ``preposition`` "from", left from: "from the detention centre on Christmas Island") is."""
    doc = place.doc
    i = place.start - 2  # skip "in"/"at"/"on"
    while i >= max(_sentence(place).start, place.start - 8) and (doc[i].is_lower or doc[i].text == "-"):
        if doc[i].lower_ == preposition:
            return any(t.lower_ in FACILITY_WORDS for t in doc[i + 1 : place.start - 1])
        i -= 1
    return False


def _phrase_pattern(phrases: set[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, in text from :func:`_plain_lower`."""
    alternatives = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


SAME_DAY = _phrase_pattern(set(SAME_DAY_PHRASES))
LIVE_UPDATE_LABEL = re.compile(r"(?:UPDATE(?!\s?\d)|LATEST|BREAKING|EARLIER)\b[^—–:|-]{0,20}[—–:|-]|\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?\s?[—–:-]")  # "UPDATE, MIDDAY —", "1:45 p.m. ET —" (not a wire headline's "UPDATE 1-")
CHARGES_INCLUDE = re.compile(r"\b(?:charges|counts|offen[cs]es|crimes)(?: that)? (?:include|includes|included|including)\b")
CONJOINED_GAP = 10  # words between two joined counts: "238 Venezuelans accused of belonging to Tren de Aragua, and 23 Salvadorans"
SUBORDINATE_OPENERS = {"after", "before", "when", "while", "since"}  # a name after one, past the trigger, opens another event
SAME_DAY_AFTER_WORDS = 8  # read after the trigger for "the same evening"
SAME_DAY_LOOKBACK = 4  # sentences read back for the day "the same day" means
DAYS_LATER = _phrase_pattern({"within days", "days later", "a few days later", "within a week", "a week later"})
SAME_DAY_LATER = _phrase_pattern(set(SAME_DAY_PHRASES) | set(LATER_THAT_DAY))
TALLY_PERIOD = _phrase_pattern(set(TALLY_PERIODS))
PERIOD_AFTER = re.compile(r"(?:over )?in (?:just |only |less than |under )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:months?|years?|weeks?)\b")
PERIOD_WORDS = 7  # "handed over in less than six months"


def _plain_lower(span: Span) -> str:
    """The span's text, lower-cased, with runs of whitespace as one space."""
    index = span.doc.user_data.setdefault(SPAN_INDEX, {})
    texts = index.setdefault("plain_lower", {})
    if (span.start, span.end) not in texts:
        texts[span.start, span.end] = " ".join(doc_text(span.doc)[span.start_char : span.end_char].lower().split())
    return texts[span.start, span.end]


def _within(group: str, sentence: Span) -> list[Span]:
    """The spans of ``doc.spans[group]`` inside the sentence, found once per doc and sentence while the component runs."""
    index = sentence.doc.user_data.setdefault(SPAN_INDEX, {})
    key = ("within", group, sentence.start, sentence.end)
    if key not in index:
        index[key] = [s for s in _indexed(sentence.doc, group) if s.start >= sentence.start and s.end <= sentence.end]
    return list(index[key])


def _lowers(doc: Doc) -> list[str]:
    """The doc's lower-cased token texts, made once per doc while the component runs."""
    index = doc.user_data.setdefault(SPAN_INDEX, {})
    if "lowers" not in index:
        strings = doc.vocab.strings
        index["lowers"] = [strings[h] for h in doc.to_array(LOWER).tolist()]
    return index["lowers"]


def _object_words(lower: list[str], start: int, most: int = 5) -> list[str]:
    """The words after a verb up to its object's end: a preposition, a conjunction or punctuation, at most ``most``."""
    words = []
    for word in lower[start : start + most]:
        if word in OBJECT_ENDS or _is_punct(word):
            break
        words.append(word)
    return words


def _is_punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def _indexed(doc: Doc, key: str) -> Any:
    """The list of a span group, made once per doc while the component runs."""
    index = doc.user_data.setdefault(SPAN_INDEX, {})
    if key not in index:
        index[key] = list(doc.spans.get(key, []))
    return index[key]


def _travels_himself(trigger: Span) -> bool:
    """"Rubio flew on to Ecuador", "García Luna moved to the United States after leaving office", "He had moved to
    Florida", "the head of Bareskrim, who flew to the Malaysian capital to collect him", "who had flown to Jakarta on
    Thursday to bring her home": a person travelling, unless
    with people ("flew out with six Americans", "flew from Mexico in a small plane ... with Ismael Zambada on board")."""
    doc = trigger.doc
    if trigger.text.lower() not in ("flew", "flown", "flies", "fly", "flying", "moved", "moves"):
        return False
    if trigger.text.lower() == "flying" and trigger.start > 0 and doc[trigger.start - 1].lower_ in ("before", "after", "while", "since") and doc[trigger.end : trigger.end + 1].text.lower() in ("home", "back", "to", "out", "in"):
        return True  # "accused of killing his girlfriend during a trip to Taipei before flying home": the subject's own trip
    start = trigger.start - 1 if trigger.start > 0 and doc[trigger.start - 1].lower_ in ("had", "has", "then", "later") else trigger.start
    if start > 0 and doc[start - 1].text == ",":  # "Saakashvili, who led Georgia from 2004 to 2013, moved to Ukraine": past the aside
        start = next((t.i for t in reversed(doc[max(_sentence(trigger).start, start - 16) : start - 1]) if t.text == "," and doc[t.i + 1].lower_ == "who"), start)
    named = any(o.end == start for group in ("officials", "persons") for o in _indexed(doc, group))
    subject = named or start > 0 and doc[start - 1].lower_ in TRAVELLER_PRONOUNS
    withs = [t.i for t in doc[trigger.end : _sentence(trigger).end] if t.lower_ == "with" and doc[t.i - 1].lower_ not in MEETING_WORDS]  # not "for talks with President Noboa"
    carried = any(0 < p.start - w <= 4 for w in withs for group in ("persons", "counts") for p in _indexed(doc, group))
    return subject and not carried


def _without_restated_totals(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop an undated "event" whose count is the series total ("92 prisoners in all"): another record's running
    total, or the sum of the other records' counts."""

    def restated(record: dict[str, Any]) -> bool:
        others = [r for r in records if r is not record]
        counts = [r["count"] for r in others if r["count"] is not None]
        totals = {r["cumulative_total"] for r in others}
        return record["date"] is None and record["count"] is not None and (record["count"] in totals or len(counts) >= 2 and record["count"] == sum(counts))

    return [r for r in records if not restated(r)]


def _places_of_countries(sentence: Span) -> list[Span]:
    """The countries, demonyms and cities in the sentence: the places that say a country."""
    return [p for p in _within("places", sentence) if p.label_ in ("COUNTRY", "CITY", "DEMONYM")]


def _described_home(person: Span, places: list[Span]) -> str | None:
    """The country of the demonym describing the person in an apposition ("Konstantin Yaroshenko, a Russian pilot")."""
    described = _apposition(person)
    return next((_country_of(p) for p in places if p.label_ == "DEMONYM" and described and described[0].i <= p.start <= described[-1].i), None)


def _apposition(person: Span) -> list[Token]:
    """The words of a phrase set off by a comma right after the name, up to the next comma or stop."""
    doc = person.doc
    if person.end >= len(doc) or doc[person.end].text != ",":
        return []
    words = []
    for token in doc[person.end + 1 : min(person.end + APPOSITION_WORDS, _sentence(person).end)]:
        if token.text in (",", ".", ";", "—"):
            break
        words.append(token)
    return words


def _speaker_after_aside(person: Span, speech: set[str]) -> bool:
    """"NAME, who ..., said", "NAME, the tribunal's chief prosecutor, welcomed the extradition": the person speaks once
    the relative clause or the apposition closes."""
    doc, end = person.doc, _sentence(person).end
    if person.end + 1 >= end or doc[person.end].text != "," or doc[person.end + 1].lower_ not in ("who", "the", "a", "an", "his", "her"):
        return False
    close = next((t.i for t in doc[person.end + 2 : min(person.end + ASIDE_WORDS, end)] if t.text == ","), None)
    relative = doc[person.end + 1].lower_ == "who"
    return close is not None and close + 1 < end and doc[close + 1].lower_ in speech and (relative or doc[close + 1].lower_ != "according")  # not "X, a former boss, according to a list"


def _in_since_clause(date_span: Span, trigger: Span) -> bool:
    """The date closes a "since ..." clause that follows the trigger, with no punctuation or new clause between (not
    "held since February and that his extradition will take place today")."""
    lower = _lowers(date_span.doc)
    since = next((k for k in range(date_span.start - 1, trigger.end - 1, -1) if lower[k] in ("since", "and", "that") or _is_punct(lower[k])), None)
    return since is not None and lower[since] == "since"


def _called_off(following: list[str], blockers: frozenset[str]) -> bool:
    """The words after an event noun say it did not happen: "... to Rwanda was called off", "were halted", "A chartered
    jet that was supposed to carry 92 Somalis from the United States to Mogadishu never got there", "The first flight,
    in June 2022, was due to take seven people but was halted" (past the aside)."""
    closing = next((k for k in range(1, min(len(following), SHORT_ASIDE_WORDS + 2)) if following[k] == ","), None) if following[:1] == [","] else None
    if closing is not None:
        following = following[closing + 1 :]  # past ", in June 2022,"
    for n, word in enumerate(following[:CALLED_OFF_WORDS]):
        if word in ("that", "which", "who"):
            rest = following[n + 1 :]
            clause = rest[: next((k for k, w in enumerate(rest) if _is_punct(w)), len(rest))]
            return "never" in clause  # not "a deportation flight from Texas that was supposed to fly to South Sudan"
        if _is_punct(word):
            return False
        if word in ("was", "were", "has", "had") and any(w in blockers for w in following[n + 1 : n + 3]):
            return True
    return False


def _another_after(trigger: Span) -> bool:
    """"Indonesia sent home another long-serving drug convict": the trigger's object is one more, moved apart."""
    following = [w for w in _lowers(trigger.doc)[trigger.end : min(trigger.end + 3, _sentence(trigger).end)] if w not in ("home", "back")]
    return following[:1] == ["another"]


def _told_last(events: list[Event], position: int) -> Event | None:
    """The event told last before a token position; None when none was told before it."""
    told = [e for e in events if _told_before(e, position) >= 0]
    return max(told, key=lambda e: _told_before(e, position), default=None)


def _told_before(event: Event, position: int) -> int:
    """Where the event was last told before a token position (the start of that sentence; -1 if it was not)."""
    return max((m.sentence.start for m in event.mentions if m.sentence.start < position), default=-1)


def _subject_of_another_clause(person: Span, trigger: Span, trigger_words: dict[str, str]) -> bool:
    """"Abu Qatada was deported to Jordan ...; Andy Murray is Wimbledon champion": a name opening a clause of its own
    after the trigger's (after "after", "when", or a semicolon) (not an item of a list: "A, 45, the leader; B, his deputy")."""
    doc = person.doc
    if person.start > trigger.end and doc[person.start - 1].lower_ in SUBORDINATE_OPENERS:
        return not any(t.lower_ in trigger_words for t in doc[person.end : _sentence(person).end])  # "The extraditions come less than three months after Joaquín Guzmán, the leader of the Sinaloa Cartel, escaped" (not "since Ovidio Guzmán López ... was extradited to Chicago")
    if person.end < trigger.start and person.end < len(doc) and doc[person.end].lower_ in CLAUSE_VERBS and any(
        doc[k].text == "," and doc[k + 1].lower_ in ("and", "but") for k in range(person.end, trigger.start - 1)
    ):
        return True  # "Calderón had launched his military offensive ..., and the mass extradition was widely read as a signal"
    opens = person.start > 0 and (doc[person.start - 1].text == ";" or doc[person.start - 1].lower_ == "and" and person.start > 1 and doc[person.start - 2].text == ";")
    between = doc[min(person.end, trigger.end) : max(person.start, trigger.start)]
    return opens and any(t.text == ";" for t in between) and person.end < len(doc) and doc[person.end].lower_ in CLAUSE_VERBS


def _harmed_after(after: list[str], harmed: set[str]) -> bool:
    """The words after a count say the people were harmed ("130 people were killed", "two were wounded")."""
    i = 0 if after[:1] in (["were"], ["was"], ["have"], ["had"]) else 1  # past the counted noun, if any
    i += 2 if after[i : i + 2] in (["have", "been"], ["had", "been"]) else 1 if after[i : i + 1] in (["were"], ["was"]) else len(after)
    return after[i : i + 1] != [] and after[i] in harmed


def _until_dates(trigger: Span) -> list[Span]:
    """"not extradited to New York until January 2017": the dates after "until" that follow the trigger in its sentence."""
    lower = _lowers(trigger.doc)
    return [d for d in _within("dates", _sentence(trigger)) if d.start > trigger.end and lower[d.start - 1] == "until"]


def _ordinal_event(sentence: Span, events: list[Event]) -> Event | None:
    """"The second group had fewer famous names. [...] X was also in the group": the group at that place in date order,
    when the sentence's paragraph opens by naming one."""
    doc, opening = sentence.doc, _paragraph_opening(sentence)
    words = _lowers(doc)[opening.start : opening.end]
    dated = sorted((e for e in events if e.date_value and (e.first("count") or 0) > 1), key=lambda e: e.date_value)
    for word, following in zip(words, words[1:]):
        if word in ORDINAL_PLACES and following in EVENT_NOUNS and ORDINAL_PLACES[word] < len(dated):
            return dated[ORDINAL_PLACES[word]]
    return None


def _latest_told(events: list[Event]) -> Event:
    """The event told last, not counting events told in passing ("Counting the 29 people sent in February, the tally
    now stands at 55"); of the events one sentence split ("flew 37 on Tuesday, after 29 in February and 26 in
    August"), the latest-dated."""
    told = {id(e): max((_sentence(m.sentence).start for m in e.mentions if not m.in_passing), default=-1) for e in events}
    last = max(told.values())
    return max((e for e in events if told[id(e)] == last), key=lambda e: e.date_value or "")


def _part_of_name(key: str, other: str) -> bool:
    """One name key's words are all in the other's ("guzman" in "joaquin guzman loera"; not "jose gonzalez valencia" in
    "abigael gonzalez valencia")."""
    words, other_words = set(key.split()), set(other.split())
    return words <= other_words or other_words <= words


def _between(place: Span) -> bool:
    """"the 1978 Extradition Treaty between the United Mexican States and the United States of America": a party to
    something, named after "between" (and before a comma), not a country acting."""
    sentence = _sentence(place)
    for token in reversed(place.doc[max(sentence.start, place.start - BETWEEN_WINDOW) : place.start]):
        if token.text in (",", ";"):
            return False
        if token.lower_ == "between":
            return True
    return False


def _possessive(span: Span) -> bool:
    """The span is followed by a possessive "'s" ("Tuesday's flight", "Mexico's security")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in ("'s", "’s")


def _with_that_days_event(sentence: Span) -> bool:
    """"With Tuesday's flight, 2,417 Haitians were returned ... in 2025", "...: with that group, Mexico had delivered
    92": the sentence counts up to an event."""
    doc = sentence.doc
    if "with" not in _plain_lower(sentence):
        return False
    for token in sentence:
        if token.lower_ != "with" or not (token.i == sentence.start or doc[token.i - 1].text in (",", ":", ";", "—")):
            continue
        following = doc[token.i + 1 : min(token.i + 5, sentence.end)]
        if following[:1].text.lower() in ("that", "this") and following[1:2].text.lower() in EVENT_NOUNS:
            return True  # "with that group"
        if any(following.start <= d.start < following.end and _possessive(d) for d in _within("dates", sentence)):
            return True  # "With Tuesday's flight"
    return False


def _on_a_dated_flight(count: Span) -> bool:
    """"Two men on Saturday's flight": the count is followed by "on/aboard <date>'s"."""
    doc = count.doc
    for date in _indexed(doc, "dates"):
        if count.end < date.start <= count.end + 3 and doc[date.start - 1].lower_ in ("on", "aboard") and _possessive(date):
            return True
    return False


def _tally_since(trigger: Span) -> bool:
    """"had been deported ... since 2009": a tally over a period."""
    before = [t.lower_ for t in _tokens_before(trigger, 2, _sentence(trigger))]
    return before in (["had", "been"], ["have", "been"], ["has", "been"]) and any(t.lower_ == "since" for t in _sentence(trigger))


def _referred_group(sentence: Span, events: list[Event]) -> Event | None:
    """The one event whose people the sentence calls by their number ("saying the 37 would face trial in ...")."""
    lower = _lowers(sentence.doc)
    for i in range(sentence.start + 1, sentence.end):
        if lower[i - 1] == "the" and lower[i][:1].isdigit():
            value = parse_number(lower[i])
            counted = [e for e in events if value is not None and e.first("count") == value]
            if len(counted) == 1:
                return counted[0]
    return None


def _roll_call(sentence: Span, events: list[Event]) -> list[Span]:
    """"Five Australians ... were flown home. Matthew Norman, Scott Rush, Martin Stephens, Si Yi Chen and Michael
    Czugaj ... had all been serving life sentences.": the names a sentence opens with, as many as an event told
    before it counted (else none)."""
    persons = _within("persons", sentence)
    if not persons or persons[0].start != sentence.start:
        return []
    chain = 1
    while chain < len(persons) and all(t.lower_ in (",", "and") for t in sentence.doc[persons[chain - 1].end : persons[chain].start]):
        chain += 1
    told = [e for e in events if any(m.sentence.end <= sentence.start for m in e.mentions)]
    return persons[:chain] if chain >= 2 and any(e.first("count") == chain for e in told) else []


def _shares_out(sentence: Span) -> bool:
    """"Of the 37, four were sent to San Antonio ...": the sentence tells where parts of a group went."""
    return len(sentence) >= 4 and [t.lower_ for t in sentence[:2]] == ["of", "the"] and sentence[2].like_num and sentence[3].text == ","


def _held_in(trigger: Span) -> str | None:
    """The country of the place where the paragraph, before the trigger, says the person was detained ("was detained on
    Tuesday at Manila's international airport"), or None."""
    doc = trigger.doc
    start = _paragraph_opening(_sentence(trigger)).start
    places = [p for p in _indexed(doc, "places") if start <= p.start < trigger.start and p.label_ in ("CITY", "COUNTRY")]
    held = [p for p in places if any(t.lower_ in DETAINED_WORDS for t in _tokens_before(p, DETAINED_WINDOW, _sentence(p)))]
    return _country_of(held[-1]) if held else None


def _paragraph_opening(sentence: Span) -> Span:
    """The sentence that opens the line (paragraph) holding this one."""
    while not _opens_line(sentence):
        sentence = _sentence(sentence.doc[sentence.start - 1])
    return sentence


def _opens_line(sentence: Span) -> bool:
    """The sentence starts a line (a paragraph, a bullet, a heading)."""
    return sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws


def _opens_dated_line(date: Span) -> bool:
    """The date heads a line of a timeline: "- Feb. 27, 2025: Mexico sends 29 prisoners ..."."""
    doc, sentence = date.doc, _sentence(date)
    if date.end >= sentence.end or doc[date.end].text not in (":", "—", "–") or not _opens_line(sentence):
        return False
    first = next((t.i for t in sentence if not t.is_space and t.text not in BULLETS), None)
    return date.start in (sentence.start, first)


def _names_follow(count: Span) -> bool:
    """"two brothers, Miguel Ángel Treviño Morales and ...": the counted people are named right after."""
    doc = count.doc
    end = count.end + len(count._.count_value["counted"].split())
    return end + 1 < len(doc) and doc[end].text == "," and any(p.start == end + 1 for p in _within("persons", _sentence(count)))


def _over_a_period(trigger: Span) -> bool:
    """"with 55 prisoners handed over in six months": people counted over a period that follows the trigger."""
    doc = trigger.doc
    return PERIOD_AFTER.match(_plain_lower(doc[trigger.end : min(trigger.end + PERIOD_WORDS, _sentence(trigger).end)])) is not None


def _counted_up_since(trigger: Span) -> bool:
    """"the latest of 92 prisoners Mexico has handed to the United States since last February", "Mexico had now
    delivered 92 criminals since ...", "In less than a year, Mexico has moved 92 ...", "The three flights have now returned
    332 Indians to the country this month": a running total."""
    before = [t.lower_ for t in _tokens_before(trigger, 2, _sentence(trigger))]
    after = [t.lower_ for t in trigger.doc[trigger.end : min(trigger.end + 2, _sentence(trigger).end)]]
    perfect = before[-1:] in (["has"], ["have"], ["had"]) or before[:1] in (["has"], ["have"], ["had"]) and before[1] in ("now", "already")
    if not perfect and not (after[:1] in (["has"], ["have"]) and after[1:] in (["now"], ["already"])):  # "The three flights have now returned 332"
        return False
    return any(t.lower_ == "since" for t in trigger.doc[trigger.end : min(trigger.end + 12, _sentence(trigger).end)]) or TALLY_PERIOD.search(_plain_lower(_sentence(trigger))) is not None


def _restated_sum(counts: list[Span]) -> list[Span]:
    """"two bishops, 15 priests and two seminarians ..., putting the 19 clergymen on a flight", "261 men to El Salvador:
    238 Venezuelans and 23 Salvadorans": the count that sums the others, said with "the" or before its breakdown."""
    values = [c._.count_value["value"] for c in counts]
    return [
        c for c in counts
        if len(counts) >= 3 and 2 * c._.count_value["value"] == sum(values) and (c.start > 0 and c.doc[c.start - 1].lower_ == "the" or _breakdown_follows(c))
    ][:1]


def _breakdown_follows(count: Span) -> bool:
    """"carry 261 men to El Salvador: 238 Venezuelans and 23 Salvadorans": a colon after the total, then its parts."""
    doc = count.doc
    return any(t.text == ":" for t in doc[count.end : min(count.end + 6, _sentence(count).end)])


def _boarded_in(place: Span) -> bool:
    """"was put on a plane in Ciudad Juárez", "boarded a jet in Manila": where people were put aboard (not "stepped off a
    deportation flight in Bogotá")."""
    doc = place.doc
    if place.start < 3 or doc[place.start - 1].lower_ != "in" or doc[place.start - 2].lower_ not in VEHICLES:
        return False
    return any(t.lower_ in BOARDING_WORDS for t in doc[max(place.start - 6, 0) : place.start - 2])


def _in_relative_clause_after(place: Span, trigger: Span) -> bool:
    """"sent 173 Uighurs ... to Turkey, which has long offered refuge to Turkic-speaking Muslims from China's western
    region": the place is in a ", which ..." clause after the trigger, about something else."""
    lower = _lowers(place.doc)
    return any(lower[i] == "," and lower[i + 1] in ("which", "who", "where") for i in range(trigger.end, place.start - 1))


def _in_who_clause_before(place: Span, trigger: Span) -> bool:
    """"X, who spent six years in Pakistani custody after crossing into the country from Afghanistan in 2012, was handed
    over": the place is in a ", who ...," clause about the person's past, closed before the trigger."""
    clause = _relative_clause_around(place, trigger) if place.end <= trigger.start else None
    return clause is not None and clause[0].lower_ in ("who", "whose")


def _relative_clause_around(date: Span, trigger: Span) -> Span | None:
    """The ", who ...," clause holding the date, or an apposition after a name ("Mario Villanueva Madrid, governor of
    the state from 1993 to 1999, was extradited"), when it closes before the trigger."""
    doc, sentence = date.doc, _sentence(date)
    opened = next((i for i in range(date.start - 1, sentence.start, -1) if doc[i].text == ","), None)
    closed = next((i for i in range(date.end, trigger.start) if doc[i].text == ","), None)
    if opened is None or closed is None:
        return None
    after_name = any(p.end == opened for p in _within("persons", sentence))
    return doc[opened + 1 : closed] if doc[opened + 1].lower_ in ("who", "whose") or after_name else None


def _in_apposition(token: Token, between: Span) -> bool:
    """"In February, Marc Fogel, an American teacher arrested at a Moscow airport in 2021 ..., flew home": a word between
    commas that open and close inside the stretch from the date to the trigger, describing a person."""
    opened = any(t.text == "," for t in between if t.i < token.i)
    closed = any(t.text == "," for t in between if t.i > token.i)
    return opened and closed and not any(t.lower_ in ("and", "but", "then") for t in between if t.i > token.i)


def _opens_both(date: Span, between: Span) -> bool:
    """"In August, her sister and an associate were arrested in Batam and deported to Manila": a date opening the
    sentence, before two verbs joined by "and", is the day of both."""
    return date.start - _sentence(date).start <= 1 and len(between) > 0 and between[-1].lower_ == "and"


def _counting_in(trigger: Span) -> bool:
    """"With Friday's flight, 109 convicted Afghans have now been returned", "said that with Wednesday's flight, 15,806
    Hondurans have been returned": a total counting that flight in."""
    doc, sentence = trigger.doc, _sentence(trigger)
    for opening in doc[sentence.start : trigger.start]:
        if opening.lower_ == "with" and (opening.i == sentence.start or doc[opening.i - 1].lower_ in ("that", ",")):
            phrase = doc[opening.i + 1 : min(opening.i + 6, sentence.end)]
            comma = next((t.i for t in phrase if t.text == ","), None)
            if comma is not None and any(t.text in ("'s", "’s") for t in doc[opening.i + 1 : comma]):
                return True  # "with Sunday's flight," (not "With 190 migrants aboard,")
    return False


def _in_passing(mention: Mention) -> bool:
    """The event is told in passing: in a clause placing the news after it ("..., after Mexico sent 29 north in
    February") or while counting up a total ("Counting the 29 people sent in February, the tally now stands at 55")."""
    doc = mention.sentence.doc
    return any(t.lower_ in ("after", "since") for t in _clause_before(mention.trigger)) or doc[mention.sentence.start].lower_ == "counting"


def _clause_before(span: Span) -> Span:
    """The words before the span back to the start of its clause (a comma, a semicolon, "and"), at most 8."""
    doc, start = span.doc, span.start
    while start > max(_sentence(span).start, span.start - 8) and doc[start - 1].text not in (",", ";", "—", "–", "(") and doc[start - 1].lower_ != "and":
        start -= 1
    return doc[start : span.start]


def _main_clause(span: Span) -> Span:
    """The span's clause up to a subordinate clause opening after it ("a charter carried 17 people to Jamaica | after the
    Court of Appeal ruled ...")."""
    clause = _clause(span)
    cut = next((t.i for t in clause if t.i >= span.end and t.lower_ in SUBORDINATE_OPENERS), clause.end)
    return clause.doc[clause.start : cut]


def _clause(span: Span) -> Span:
    """The span's clause: the words between the commas, semicolons, dashes or colons around it."""
    doc, sentence = span.doc, _sentence(span)
    marks = _indexed_marks(doc)
    before = marks[bisect_left(marks, sentence.start) : bisect_left(marks, span.start)]
    after = marks[bisect_left(marks, span.end) : bisect_left(marks, sentence.end)]
    return doc[before[-1] + 1 if before else sentence.start : after[0] if after else sentence.end]


def _sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, listed once per doc while the component runs."""
    index = doc.user_data.setdefault(SPAN_INDEX, {})
    if "sentences" not in index:
        index["sentences"] = list(doc.sents)
    return index["sentences"]


def _sentence(item: Span | Token) -> Span:
    """The sentence holding the span (its first word) or token, from the doc's list of sentences (``Span.sent`` makes
    a new span on each call)."""
    index = item.doc.user_data.setdefault(SPAN_INDEX, {})
    if "sentence_of" not in index:
        index["sentence_of"] = [s for s in _sentences(item.doc) for _ in range(len(s))]
    return index["sentence_of"][item.i if isinstance(item, Token) else item.start]


def _indexed_marks(doc: Doc) -> list[int]:
    """Positions of the doc's clause marks, found once per doc while the component runs."""
    index = doc.user_data.setdefault(SPAN_INDEX, {})
    if "clause_marks" not in index:
        index["clause_marks"] = positions_of(doc, [doc.vocab.strings.add(mark) for mark in CLAUSE_MARKS])
    return index["clause_marks"]


def _question(sentence: Span) -> bool:
    """"Is this an extradition?": a question names no event."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _time_link(span: Span) -> Span | None:
    """The span's clause when it is set off by a comma and places one event in time from another ("On Feb. 27,
    weeks after Trump threatened tariffs, Mexico put 29 prisoners on planes"; "on Friday, a day after Mexico put
    him on a plane")."""
    clause = _clause(span)
    opened = clause.start > _sentence(clause).start and span.doc[clause.start - 1].text == ","
    return clause if opened and any(t.lower_ in ("after", "before") for t in clause[:3]) else None


def _days_apart(link: Span) -> date | None:
    """"on Friday, a day after Mexico sent him", "landed on Sunday, a day after a second flight brought back 116": the
    day the linked clause happened, counted from the day its sentence gives."""
    words = [t.lower_ for t in link[:4]]
    if words[:1] in (["just"], ["only"], ["mere"]):
        words = words[1:]
    if DAYS_APART.get(words[0]) == 0 and words[1:2] == ["after"]:
        words.insert(1, "days")  # "spent Thursday night in a cell ..., hours after Serbia's government handed him to the tribunal": that day
    days = DAYS_APART.get(words[0]) if len(words) >= 3 and words[1] in ("day", "days") and words[2] in ("after", "before") else None
    anchor = next((d for d in _within("dates", _sentence(link)) if not link.start <= d.start < link.end and d._.date_value["granularity"] == "day" and d._.date_value["value"]), None)
    if days is None or anchor is None:
        return None
    return date.fromisoformat(anchor._.date_value["value"]) + timedelta(days=-days if words[2] == "after" else days)


def _meeting_place(city: Span) -> bool:
    """"as Mexican officials negotiated in Washington", "a delegation was in Washington meeting Rubio": where talks were
    held, not where people were sent."""
    doc = city.doc
    if city.start == 0 or doc[city.start - 1].lower_ != "in":
        return False
    near = [t.lower_ for t in doc[max(city.start - MEETING_WINDOW, _sentence(city).start) : min(city.end + 2, _sentence(city).end)]]
    return any(w in MEETING_WORDS or w.startswith("negotiat") or w in ("delegation", "mood", "sat") for w in near)


def _expelled_people(kind: str | None) -> set[str]:
    """The words for people that a move of this kind sends home: expelled "diplomats" and "staff" (else none)."""
    return EXPELLED_ENVOYS if kind == "expulsion" else set()


def _government(city: Span) -> bool:
    """"a treaty with Washington", "brokered by Washington", "groups Washington designated": the capital for its
    government, not a place people were sent."""
    doc = city.doc
    before = doc[city.start - 1].lower_ if city.start > 0 else ""
    after = doc[city.end] if city.end < len(doc) else None
    if before in ("with", "by", "between", "against") or before in GOVERNMENT_VERBS:
        return True  # "thanked Accra for what it described as a humanitarian gesture"
    joined = next((p for p in _within("places", _sentence(city)) if before == "and" and p.end == city.start - 1), None)  # "officials in Yerevan and Baku"
    start = city.start if joined is None else joined.start
    if start >= 3 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in SEATED_BODIES and doc[start - 3].lower_ != "to":
        return True  # "officials in Yerevan and Baku presented it as a step toward peace": where the governments sit
    return before not in LISTING_WORDS and after is not None and after.is_lower and after.is_alpha and after.lower_ not in AFTER_PLACE_WORDS


def _dateline(city: Span) -> bool:
    """A city in capitals opening its sentence: where the story was filed."""
    return city.text.isupper() and city.start == _sentence(city).start


def _nearest(span: Span, others: list[Span]) -> Span:
    return min(others, key=lambda o: abs(o.start - span.start))


def _country_of(span: Span) -> str | None:
    place = span._.place or {}
    return place.get("code") or place.get("country")


def _unique(spans: Any, key: Any = None) -> list[Span]:
    seen: set[str] = set()
    out = []
    for span in spans:
        k = key(span) if key else name_key(span.text)
        if k not in seen:
            seen.add(k)
            out.append(span)
    return out


def _nicknames(doc: Doc) -> dict[str, str]:
    """Nickname key -> the full name it was given to ("Gilberto Aparecido dos Santos, the alleged PCC chief known to
    police and prisoners alike as "Fuminho""), made once per doc while the component runs."""
    index = doc.user_data.setdefault(SPAN_INDEX, {})
    if "nicknames" not in index:
        text, names = doc_text(doc), {}
        for person in _indexed(doc, "persons"):
            if len(person) < 2 or person.end >= len(doc) or doc[person.end].text != ",":
                continue
            match = NICKNAME_AFTER_NAME.match(text, doc[person.end].idx)
            if match is not None:
                names.setdefault(name_key(match.group(1) or match.group(2)), person.text)
        index["nicknames"] = names
    return index["nicknames"]


def _known_as(key: str, doc: Doc) -> str:
    """The key of the full name a nickname was given to ("otoniel" -> "dairo antonio usuga david"), else the key itself."""
    named = _nicknames(doc).get(key)
    return name_key(named) if named is not None else key


def _sibling_name(person: Span) -> str:
    """"the Treviño Morales brothers, Miguel Ángel and Omar", "X Treviño Morales and his brother Omar", "the brothers
    Miguel Ángel and Omar Treviño Morales": the given name with the family name; else the name as written."""
    doc, sentence = person.doc, _sentence(person)
    before = doc[max(person.start - 6, sentence.start) : person.start]
    if len(person) > 2 or not any(t.lower_ in SIBLING_WORDS for t in before):
        return person.text
    earlier = [p for p in _indexed(doc, "persons") if sentence.start <= p.start and p.end <= person.start - 1]
    family = next((p for p in earlier if p.end < len(doc) and doc[p.end].lower_ in SIBLING_WORDS), None)
    if family is None:  # the family name the model did not tag as a person: "the two Treviño Morales brothers, Miguel Ángel and Omar"
        sibling = next((t for t in reversed(before) if t.lower_ in SIBLING_WORDS), None)
        start = sibling.i if sibling is not None else 0
        while sibling is not None and start > sentence.start and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            start -= 1
        family = doc[start : sibling.i] if sibling is not None and start < sibling.i else None
    if family is not None:
        return f"{person.text} {family.text}"  # "the Treviño Morales brothers"
    joined = next((p for p in _indexed(doc, "persons") if p.start == person.end + 1 and doc[person.end].lower_ == "and"), None)
    relative = joined if joined is not None and len(joined) >= 3 else next((p for p in reversed(earlier) if len(p) >= 2), None)  # "the brothers Miguel Ángel and Omar Treviño Morales"
    if relative is None:
        return person.text
    surname = relative[-2:] if len(relative) >= 3 else relative[-1:]
    return f"{person.text} {surname.text}"


def _distinct_people(spans: Any) -> list[Span]:
    """One span per person: a later or shorter mention ("Guzmán") joins the full name ("Ovidio Guzmán López")."""
    kept: list[Span] = []
    for span in spans:
        words = name_key(span.text).split()
        same = next((k for k in kept if set(words) <= set(name_key(k.text).split()) or set(name_key(k.text).split()) <= set(words)), None)
        if same is None:
            kept.append(span)
        elif len(span) > len(same):
            kept[kept.index(same)] = span
    return kept


def _span_dict(span: Span, **fields: Any) -> dict[str, Any]:
    fields.pop("kind", None)
    return {**fields, "text": span.text, "start": span.start_char, "end": span.end_char}


def _date_dict(span: Span) -> dict[str, Any]:
    return {**span._.date_value, "text": span.text, "start": span.start_char, "end": span.end_char}


@Language.factory("transfer_records", default_config={"require_people_reference": True})
def make_transfer_records(nlp: Language, name: str, require_people_reference: bool) -> TransferRecords:
    """Create the transfer assembler; ``require_people_reference`` drops sentences that move no people ("sent troops")."""
    return TransferRecords(nlp, name, require_people_reference)
