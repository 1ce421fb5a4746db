"""``place_resolver``: countries, demonyms, states and cities, resolved against the gazetteers.

Writes ``doc.spans["places"]`` with labels COUNTRY, DEMONYM, REGION and CITY; each span's
``span._.place`` holds the resolved entry. States listed among cities are reported as
warnings, never as cities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import lexicons
from ..normalize import name_key, strip_accents
from .extensions import doc_warnings
from .matching import PhraseTable, positions_of

CITY_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
# A place used as the subject of these words stands for its government ("Washington said").
METONYMY_VERBS = {
    "has", "have", "had", "is", "was", "says", "said", "wants", "wanted", "demanded", "demands",
    "pressed", "pushed", "insists", "insisted", "agreed", "accused", "warned", "threatened", "will",
    "would", "can", "could", "should", "must", "sees", "considers", "asked", "expects", "hopes",
}


def _patterns_text(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        out.append(name)
        if strip_accents(name) != name:
            out.append(strip_accents(name))
    return out


ARRIVAL_VERBS = {"landed", "arrived", "down"}  # "touched down in"
PLACE_PREPOSITIONS = {"to", "in", "into", "from", "for"}
DATELINE_WORDS = 3  # "SAN LUIS POTOSI"
AIRLINE_WORDS = {"airways", "airlines", "airline"}  # "a Qatar Airways jet": a company named after the country
DATELINE_MARKS = {"(", "—", "–", "-", ","}
MENTION_OUTWEIGHS = 20  # a named country's city wins over one up to this many times bigger elsewhere


AFTER_A_NAMED_RANGE = {"to", "in", "on", "at", "of", "and", "or", "for", "from", "with", "by", "where", "which", "that", "near"}  # "a prison in the Andes to an airport"

class PlaceResolver:
    """Find and resolve place names; see the module docstring."""

    def __init__(self, nlp: Language, name: str, min_population: int, listed_population: int) -> None:
        self.name = name
        self.min_population = min_population
        self.countries = lexicons.countries()
        self.regions = lexicons.regions()
        self.given_names = lexicons.given_names()
        self.organization_words = lexicons.word_groups("person_roles.jsonl", "role")["organization_word"]
        self.alias_keys = {name_key(r["alias"]) for r in lexicons.read_jsonl(lexicons.RESOURCES / "city_aliases.jsonl")}
        self.matcher = PhraseTable()
        country_rows = list(lexicons.read_jsonl(lexicons.RESOURCES / "countries.jsonl"))
        self.ambiguous_countries = {name_key(r["name"]): self.countries.by_code[r["code"]] for r in country_rows if r.get("ambiguous")}
        self.matcher.add("COUNTRY", _patterns_text(a for r in country_rows for a in lexicons.country_names(r) if a not in ("US", "America")))
        self.matcher.add("DEMONYM", _patterns_text(d for r in country_rows for d in r["demonyms"]))
        region_names = [n for r in lexicons.read_jsonl(lexicons.RESOURCES / "regions.jsonl") for n in r.get("names", [])]
        self.matcher.add("REGION", _patterns_text(region_names))
        # Large cities the model may miss ("Bogotá"); smaller ones only when the model tags them.
        listed = lexicons.cities().names_over(listed_population)
        self.city_keys = {name_key(n) for n in listed}
        self.matcher.add("GPE", _patterns_text(listed))

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Span] = []
        # Inside a longer name the model found ("Houston Astros"); a bare city tagged PERSON ("Bogotá") stays a city.
        ents = doc.ents  # built anew on every access
        taken_by_model = {t.i for ent in ents if ent.label_ in ("PERSON", "ORG", "NORP") and name_key(ent.text) not in self.city_keys for t in ent}
        taken_by_model |= {t.i for cartel in doc.spans.get("cartels", []) for t in cartel}  # "the Juárez cartel"
        for label, start, end in self.matcher(doc):
            if label == "GPE" and (any(i in taken_by_model for i in range(start, end)) or _inside_name(doc, start, end)):
                continue
            if label == "COUNTRY" and start > 0 and doc[start - 1].text in self.given_names:
                continue  # "known as Simón Trinidad": a name, not the country
            candidates.append(Span(doc, start, end, label=label))
        for ent in ents:
            if ent.label_ in CITY_ENTITY_LABELS and not _after_given_name(doc, ent):
                candidates.append(Span(doc, ent.start, ent.end, label="GPE"))
        candidates += self._arrival_cities(doc) + self._dateline_city(doc) + self._cities_before_country(doc, candidates)
        spans: list[Span] = []
        for span in filter_spans(candidates):
            span = self._trim(span)
            if span is not None:
                spans.append(span)
        mentioned = Counter(s._.place["code"] for s in spans if s.label_ in ("COUNTRY", "DEMONYM"))
        surnames = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 and not any(t.lower_ in self.organization_words for t in ent)}  # not "Interpol Manila"
        name_pairs = {(a.text, b.text) for ent in ents if ent.label_ == "PERSON" for a, b in zip(ent, ent[1:])}
        resolved: list[Span] = []
        for span in spans:
            if span.label_ == "GPE" and span.text in surnames:
                continue  # "Rubio told reporters" after "Marco Rubio": a person, not the Venezuelan town
            if span.label_ == "GPE" and span.end < len(doc) and (span[-1].text, doc[span.end].text) in name_pairs:
                continue  # "Medina Tapia arrived" after "Jorge Luis Medina Tapia": part of a person's name
            if span.label_ == "GPE" and span.start >= 2 and doc[span.start - 2].lower_ in ("county", "state", "province", "department") and doc[span.start - 1].lower_ == "of":
                continue  # "the county of Los Angeles": not the city
            if span.end < len(doc) and doc[span.end].lower_ in AIRLINE_WORDS:
                continue  # "A Qatar Airways charter carrying 28 convicted Afghan men": an airline, not the country
            if span.label_ == "GPE" and _opens_clause_as_verb(doc, span):
                continue  # "Reading a summary of the judgment": a verb, not the English town
            if span.label_ == "GPE":
                span = self._resolve_gpe(doc, span, mentioned)
            if span is not None:
                resolved.append(span)
        doc.spans["places"] = resolved
        self._warn_states_among_cities(doc, resolved)
        return doc

    def _arrival_cities(self, doc: Doc) -> list[Span]:
        """A gazetteer city right after "landed in", "arrived in", "touched down in", whatever the model tagged it
        ("The five landed in Darwin": a PERSON for the model)."""
        found = []
        for start in (i + 1 for i in positions_of(doc, [doc.vocab.strings.add("in")], LOWER)):
            if not (2 <= start < len(doc) and doc[start].is_title and doc[start - 2].lower_ in ARRIVAL_VERBS):
                continue
            for end in range(min(start + 3, len(doc)), start, -1):
                if all(t.is_title for t in doc[start:end]) and self._listed_cities(doc[start:end].text):
                    found.append(Span(doc, start, end, label="GPE"))
                    break
        return found

    def _cities_before_country(self, doc: Doc, candidates: list[Span]) -> list[Span]:
        """A gazetteer city of the country named right after it, whatever the model tagged it ("flown to Darwin,
        Australia": a PERSON for the model)."""
        found = []
        for country in (c for c in candidates if c.label_ == "COUNTRY" and c.start >= 2 and doc[c.start - 1].text == ","):
            code = self.countries.by_name.get(name_key(country.text))
            for start in range(max(country.start - 1 - DATELINE_WORDS, 0), country.start - 1):
                words = doc[start : country.start - 1]
                if all(t.is_title for t in words) and any(c.country == (code.code if code else None) for c in self._listed_cities(words.text)):
                    found.append(Span(doc, start, country.start - 1, label="GPE"))
                    break
        return found

    def _listed_cities(self, text: str) -> list[lexicons.City]:
        """The gazetteer's cities of this name with at least ``min_population`` people."""
        return [c for c in lexicons.cities().get(name_key(text), []) if c.population >= self.min_population]

    def _dateline_city(self, doc: Doc) -> list[Span]:
        """The dateline's city in capitals, which the model leaves untagged ("MEXICO CITY (AP) —", "BOGOTA, Colombia —")."""
        start = next((t.i for t in doc if not t.is_space), len(doc))
        end = start
        while end < min(start + DATELINE_WORDS, len(doc)) and doc[end].is_alpha and doc[end].is_upper:
            end += 1
        if end == start or end == len(doc) or doc[end].text not in DATELINE_MARKS:
            return []
        if not self._listed_cities(doc[start:end].text):
            return []
        return [Span(doc, start, end, label="GPE")]

    def _trim(self, span: Span) -> Span | None:
        """Strip a leading "the" and a trailing possessive; attach the gazetteer entry."""
        doc = span.doc
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in ("the", "a") and name_key(doc[start:end].text) not in lexicons.cities():
            start += 1  # "the United States", but "The Hague" is a city's name
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if start >= end:
            return None
        span = Span(doc, start, end, label=span.label_)
        key = name_key(span.text)
        ambiguous = span.label_ == "GPE" and key in self.ambiguous_countries and key not in self.regions and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS
        if span.label_ == "COUNTRY" or (span.label_ == "GPE" and key in self.countries.by_name) or ambiguous:
            country = self.countries.by_name.get(key) or (self.ambiguous_countries[key] if ambiguous else None)  # "deported to Jordan": the model's place, and a country's name
            if country is None:
                return None
            span = Span(doc, start, end, label="COUNTRY")
            span._.place = {"kind": "country", "name": country.name, "code": country.code}
        elif span.label_ == "DEMONYM":
            country = self.countries.by_demonym[key]
            span._.place = {"kind": "demonym", "name": country.name, "code": country.code}
        elif span.label_ == "REGION" or (span.label_ == "GPE" and key in self.regions):
            country_code, kind = self.regions[key]
            span = Span(doc, start, end, label="REGION")
            span._.place = {"kind": kind, "name": span.text, "country": country_code}
        return span

    def _resolve_gpe(self, doc: Doc, span: Span, mentioned: Counter[str]) -> Span | None:
        entries = self._listed_cities(span.text) or (self._listed_cities(span.text.removesuffix(" City")) if span.text.endswith(" City") else [])  # "Davao City"
        head = span.end >= len(doc) or doc[span.end].is_punct and doc[span.end].text != "-" or doc[span.end].lower_ in AFTER_A_NAMED_RANGE  # not "the Madrid court", "the Lagos-born", "the Matamoros side"
        if not entries or span.start > 0 and doc[span.start - 1].text == "the" and head:
            return None  # "a prison in the Andes to": a range or region sharing a town's name (not "The Hague", named with its article)
        nxt = doc[span.end] if span.end < len(doc) else None
        if name_key(span.text) == "washington" and nxt is not None and nxt.lower_ in METONYMY_VERBS:
            return None
        hint = self._comma_hint(doc, span)
        if hint:
            hinted = [c for c in entries if hint in (c.country, name_key(c.region or ""))]
            entries = hinted or entries
        if strip_accents(span.text) != span.text:
            entries = [c for c in entries if c.name == span.text] or entries  # "San José" is Costa Rica's, "San Jose" California's
        if name_key(span.text) in self.alias_keys and not hint:
            return self._as_city(span, entries[0])
        largest = max(c.population for c in entries)
        best = max(entries, key=lambda c: (mentioned.get(c.country, 0) >= (1 if c.population * MENTION_OUTWEIGHS >= largest else 3), c.population))
        # a city of a country the article names, unless another is far bigger and the country is named only in passing
        # ("Rome" in a story naming the U.S. once is Italy's; "Alexandria" in one about U.S. deportations is Louisiana's)
        return self._as_city(span, best)

    def _comma_hint(self, doc: Doc, span: Span) -> str | None:
        """A country code or region key written right after the city ("Houston, Texas")."""
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            following = doc[span.end + 1 : span.end + 4]
            for size in (3, 2, 1):
                key = name_key(following[:size].text)
                if key in self.countries.by_name:
                    return self.countries.by_name[key].code
                if key in self.regions:
                    return key
        return None

    @staticmethod
    def _as_city(span: Span, city: lexicons.City) -> Span:
        city_span = Span(span.doc, span.start, span.end, label="CITY")
        city_span._.place = {
            "kind": "city", "name": span.text.title() if span.text.isupper() else span.text, "country": city.country, "region": city.region,
            "lat": city.lat, "lon": city.lon,
        }
        return city_span

    @staticmethod
    def _warn_states_among_cities(doc: Doc, places: list[Span]) -> None:
        """A state inside a comma list of cities ("Houston, New York, Pennsylvania, San Antonio")."""
        for i, span in enumerate(places):
            if span.label_ != "REGION":
                continue
            neighbours = [places[j] for j in (i - 1, i + 1) if 0 <= j < len(places)]
            for other in neighbours:
                gap = doc[min(span.end, other.end) : max(span.start, other.start)]
                if other.label_ == "CITY" and len(gap) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in gap):
                    doc_warnings(doc).append(
                        f"'{span.text}' at {span.start_char}-{span.end_char} is a {span._.place['kind']}, "
                        "listed among cities; it is not reported as a city"
                    )
                    break


def _name_word(token: Token | None) -> bool:
    """A capitalized word that is not capitalized only because it starts a sentence."""
    return token is not None and token.is_title and not token.is_sent_start and token.is_alpha


def _after_given_name(doc: Doc, ent: Span) -> bool:
    """"Alejandro Toledo": a one-word place the model tagged right after a capitalized word (not a stop word
    at the start of a sentence) is a surname."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    given = _name_word(before) or before is not None and before.is_sent_start and before.is_title and before.is_alpha and not before.is_stop
    return len(ent) == 1 and given and before.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")  # type: ignore[union-attr]


def _opens_clause_as_verb(doc: Doc, span: Span) -> bool:
    """A one-word place starting a sentence with a determiner after it ("Reading a summary ...")."""
    after = doc[span.end] if span.end < len(doc) else None
    return len(span) == 1 and span[0].is_sent_start and after is not None and after.lower_ in ("a", "an", "the", "his", "her", "their", "its", "our")


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """"Charlotte" in "Charlotte Smith": a capitalized word right before or after (a comma list is fine)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return _name_word(before) or _name_word(after)


@Language.factory("place_resolver", default_config={"min_population": 15000, "listed_population": 300000})
def make_place_resolver(nlp: Language, name: str, min_population: int, listed_population: int) -> PlaceResolver:
    """Create the place resolver: cities under ``min_population`` are ignored; cities over
    ``listed_population`` are found even where the model does not tag them."""
    return PlaceResolver(nlp, name, min_population, listed_population)
