"""``cartel_ruler``: criminal organizations from the gazetteer plus patterns for unlisted ones.

Writes ``doc.spans["cartels"]``; ``span._.cartel`` holds the canonical English name
(gazetteer name when known, else the name as written). Coordinated plurals
("the Sinaloa and Gulf cartels") yield one span per organization.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lexicons
from ..normalize import name_key, strip_accents
from .matching import AnchoredMatcher, PhraseTable, positions_of

CARTEL_WORDS = {"cartel", "cártel", "cartels", "cárteles"}
NOT_A_NAME = {"the", "a", "an", "and", "or", "of", "mexican", "colombian", "drug", "rival", "both", "two", "three", "other", "major", "powerful", "largest", "main", "several", "various", "u.s.", "us", "foreign", "biggest", "notorious", "violent", "criminal", "many", "these", "those", "some", "all", "such", "big", "top", "designated", "terrorist"}


def _variants(alias: str) -> set[str]:
    """Written variants of a gazetteer alias: as listed, without accents, lower-case "cartel"."""
    forms = {alias, strip_accents(alias)}
    forms |= {f.replace("Cartel", "cartel").replace("Organization", "organization") for f in forms}
    return forms


class CartelRuler:
    """Find criminal organizations; see the module docstring."""

    def __init__(self, nlp: Language, name: str, patterns_path: str | None) -> None:
        self.name = name
        self.gazetteer = lexicons.cartels()
        self.phrases = PhraseTable()
        self.phrases.add("CARTEL", [v for alias in lexicons.cartel_aliases() for v in _variants(alias)])
        self.patterns = AnchoredMatcher(nlp.vocab)
        path = Path(patterns_path) if patterns_path else lexicons.RESOURCES / "cartel_patterns.jsonl"
        for row in lexicons.read_jsonl(path):
            self.patterns.add(row.get("id", row["label"]), row["pattern"])
        self.cities = lexicons.cities()
        self.other_places = set(lexicons.regions()) | set(lexicons.countries().by_name)

    def __call__(self, doc: Doc) -> Doc:
        candidates = [Span(doc, s, e, label="CARTEL") for _, s, e in self.phrases(doc)]
        known = [(c.start, c.end) for c in candidates]
        candidates += [
            Span(doc, s, e, label="CARTEL") for _, s, e in self.patterns(doc)
            if not any(s <= ks and ke <= e and (s, e) != (ks, ke) for ks, ke in known)
        ]  # a known name inside a longer pattern match ("Clan del Golfo Commander Extradited", "Former Sinaloa Cartel Leader") stays the known name
        candidates = [c for c in candidates if not self._is_place(c)]
        spans = []
        for span in filter_spans(candidates):
            span._.cartel = self.canonical(span.text)
            spans.append(span)
        spans += self._coordinated(doc, spans)
        doc.spans["cartels"] = sorted(spans, key=lambda s: s.start)
        return doc

    def canonical(self, text: str) -> str:
        """The gazetteer name for a written cartel name, else the name as written without "the"."""
        key = name_key(text)
        for candidate in (key, key.removeprefix("the "), _drop_cartel_word(key), "los " + key):
            if candidate in self.gazetteer:
                return self.gazetteer[candidate].name
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if words and words[-1].lower() in CARTEL_WORDS:
            words[-1] = "Cartel"
        return " ".join(words)

    def _is_place(self, span: Span) -> bool:
        """"Los Angeles" and "Los Mochis" are places, not gangs."""
        key = name_key(span.text)
        return span.text.startswith(("Los ", "Las ")) and (key in self.cities or key in self.other_places)

    def _coordinated(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Spans for "the Sinaloa, Gulf and Juárez cartels": each name plus the head noun."""
        taken = {t.i for span in found for t in span}
        extra: list[Span] = []
        for head in positions_of(doc, [doc.vocab.strings.add(w) for w in ("cartels", "cárteles")], LOWER):
            if head in taken:
                continue
            names: list[Span] = []
            end = head
            i = head - 1
            while i >= 0:
                start = i
                while start >= 0 and doc[start].is_title and doc[start].lower_ not in NOT_A_NAME:
                    start -= 1
                if start == i:
                    break
                names.append(doc[start + 1 : end])
                if start >= 0 and doc[start].lower_ in ("and", "or", ","):
                    i = start - 1
                    if i >= 0 and doc[i].text == "," and doc[start].lower_ in ("and", "or"):
                        i -= 1
                    end = i + 1
                else:
                    break
            if len(names) < 2:
                continue
            for span in names:
                canonical = self.canonical(span.text + " Cartel")
                if name_key(canonical) in self.gazetteer or span.text.istitle():
                    named = Span(doc, span.start, span.end, label="CARTEL")
                    named._.cartel = canonical
                    extra.append(named)
        return extra


def _drop_cartel_word(key: str) -> str:
    words = key.split()
    if words and strip_accents(words[-1]) in ("cartel", "cartels"):
        words = words[:-1]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@Language.factory("cartel_ruler", default_config={"patterns_path": None})
def make_cartel_ruler(nlp: Language, name: str, patterns_path: str | None) -> CartelRuler:
    """Create the cartel ruler; ``patterns_path`` replaces the bundled token patterns (JSONL)."""
    return CartelRuler(nlp, name, patterns_path)
