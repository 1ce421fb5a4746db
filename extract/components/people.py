"""``person_names`` and ``official_finder``: named people, and which of them are officials.

``person_names`` repairs the model's PERSON entities for Spanish names ("Omar García"
+ "Harfuch", "María del Rosario Navarro Sánchez") and writes ``doc.spans["persons"]``.

``official_finder`` keeps the persons acting in an official capacity: a title from the
title lexicon right before the name ("Mexican Security Minister Omar García Harfuch") or in an
apposition after it ("Marco Rubio, the secretary of state,"), with the country the text
gives or implies. Later surname-only mentions ("Harfuch said") and title-only mentions
("the Mexican Security Minister added") join the same official. Writes
``doc.spans["officials"]`` (every mention, ``span._.official`` holding name, title, country).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import lexicons
from ..normalize import name_key, same_name, strip_accents, without_nickname
from .matching import positions_of

PARTICLES = {"de", "del", "la", "las", "los", "y", "van", "von", "da", "dos", "di", "le", "bin", "al"}
NOT_NAME_WORDS = {"The", "A", "An", "In", "On", "At", "For", "And", "But", "He", "She", "They", "It", "His", "Her", "Its", "Their", "This", "That", "These", "Those", "Among", "Alongside", "Besides", "Beside", "Including", "Like", "Unlike", "Despite", "During", "Before", "Since", "While", "When", "Although", "From", "To", "Of", "With", "By", "As", "After", "Over", "Into", "Face", "Faces", "Mexico", "U.S.", "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
PERSON_CANDIDATE_LABELS = {"PERSON"}
APPOSITION_WORDS = {
    "the", "a", "an", "who", "is", "was", "now", "also", "then", "as", "acting", "interim", "deputy", "new", "top", "country", "nation",
    "chief", "special", "presidential", "senior", "government", "federal", "national",
}
SUBJECT_FOLLOWERS = {",", "was", "were", "is", "has", "had", "said", "says", "will", "would"}
ALIAS_WORDS = 4  # ", known as", ", also known as": the words between a name and its nickname
NOT_A_FIRST_NAME = {"alias", "st", "st.", "saint"}
NICKNAME_OPENERS = {"el", "la", "los", "las"}  # "El Chapo", "La Tuta": a nickname, not a given name
QUOTES = {'"', "“", "”", "'", "‘", "’"}
OPENING_QUOTES = ('"', "“")
CLOSING_QUOTES = ('"', "”")
FACILITY_WORDS = {
    "air", "airport", "airbase", "base", "prison", "penitentiary", "jail", "hospital", "stadium", "street", "avenue", "boulevard", "highway", "bridge",
    "university", "school", "plane", "planes", "flight", "flights", "jet", "jets", "aircraft", "airline", "airlines",
}
COURTESY_TITLES = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}  # not part of a name ("Lord Reed" is a peer's name)
MILITARY_RANKS = {"general", "gen.", "colonel", "col.", "admiral", "major", "captain", "lieutenant", "brigadier", "commander"}
STYLES = {"datuk", "dato", "dato'", "tun", "professor", "prof."}  # not part of a name either ("Professor Muhammad Yunus")
HONORIFICS = {"sir", "dame", "lord", "lady"} | COURTESY_TITLES | STYLES
HONORIFIC_PAIRS = {("datuk", "seri"), ("dato'", "sri"), ("dato", "sri"), ("tan", "sri")}  # Malaysian honorifics ("Tan Sri Khalid Abu Bakar"; not "Sri Mulyani")


def _title_forms(row: dict) -> list[str]:
    """A title row as written ("U.S. Attorney"), lower-case and capitalized, so each tokenizes as in articles."""
    lower = " ".join(row["tokens"]).replace(" - ", "-")
    return [row["title"], lower, " ".join(t[:1].upper() + t[1:] for t in row["tokens"]).replace(" - ", "-")]


def _kicker(span: Span) -> bool:
    """"Explainer: Why Mexico ...": a one-word label before a colon at the start of a line."""
    doc = span.doc
    return len(span) == 1 and span.end < len(doc) and doc[span.end].text == ":" and (span.start == 0 or "\n" in doc[span.start - 1].text or doc[span.start].is_sent_start)


def _names_in_capitals(doc: Doc, persons: list[Span]) -> list[Span]:
    """"NÉSTOR ISIDRO PÉREZ SALAS", "PÉREZ SALAS" (press releases): a run of capitals that spells a full name found
    elsewhere in the article, or its last words."""
    names = [name_key(p.text).split() for p in persons if len(p) > 1]
    flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH])
    capitals = numpy.flatnonzero((flags[:, 0] == 1) & (flags[:, 1] == 1) & (flags[:, 2] > 1)).tolist()
    found = []
    for run in _runs(capitals):
        words = name_key(doc[run[0] : run[-1] + 1].text).split() if len(run) >= 2 else []
        if words and (any(name[-len(words) :] == words for name in names) or _introduced_in_capitals(doc, run)):
            found.append(Span(doc, run[0], run[-1] + 1, label="PERSON"))
    return found


def _introduced_in_capitals(doc: Doc, run: list[int]) -> bool:
    """"OVIDIO GUZMÁN LÓPEZ, also known as "El Ratón," 33, of Culiacán": a press release opening a sentence with a
    defendant's name in capitals, then an alias or an age."""
    after = run[-1] + 1
    if not 2 <= len(run) <= 5 or not doc[run[0]].is_sent_start or after + 1 >= len(doc) or doc[after].text != ",":
        return False
    following = doc[after + 1]
    return following.like_num or following.lower_ in ("also", "alias", "aka", "known")


def _term_ended(after_title: Span) -> bool:
    """"governor of the state from 1993 to 1999,": a term that ended (the apposition up to its comma says so)."""
    words = []
    for token in after_title:
        if token.text in (",", ";", "."):
            break
        words.append(token.lower_)
    return any(words[i] in ("to", "until", "till") and words[i + 1].isdigit() and len(words[i + 1]) == 4 for i in range(len(words) - 1))


def _nicknamed_names(doc: Doc) -> list[Span]:
    """'Ismael "El Mayo" Zambada García': a name with a quoted nickname inside (the model splits it at the quote)."""
    found = []
    for i in positions_of(doc, [doc.vocab.strings.add(q) for q in OPENING_QUOTES]):
        close = next((j for j in range(i + 2, min(i + 6, len(doc))) if doc[j].text in CLOSING_QUOTES), None)
        if close is None or i == 0 or not _is_name_token(doc[i - 1]) or close + 1 >= len(doc) or not _is_name_token(doc[close + 1]):
            continue
        if any(t.is_alpha and t.is_lower for t in doc[i + 1 : close]):
            continue  # '"Comandante H" and "El Abuelo"': two nicknames, not one inside a name
        start, end = i - 1, close + 2
        while start > max(i - 3, 0) and _is_name_token(doc[start - 1]):
            start -= 1
        while end < min(close + 4, len(doc)) and _is_name_token(doc[end]):
            end += 1
        found.append(Span(doc, start, end, label="PERSON"))
    return found


def _nicknames_alone(doc: Doc, persons: list[Span]) -> list[Span]:
    """"El Chapo himself was extradited" after 'Joaquín "El Chapo" Guzmán Loera' or "Joaquín Guzmán Loera, known as El
    Chapo": the nickname alone names that person."""
    nicknames = set()
    for person in persons:
        quotes = [t.i for t in person if t.text in OPENING_QUOTES + CLOSING_QUOTES]
        if len(quotes) == 2 and quotes[1] - quotes[0] > 1:
            nicknames.add(tuple(t.text for t in doc[quotes[0] + 1 : quotes[1]]))
        given = _nickname_given_after(person)
        if given:
            nicknames.add(given)
    inside = {t.i for person in persons for t in person}
    found = []
    for words in nicknames:
        for i in positions_of(doc, [doc.vocab.strings.add(words[0])]):
            end = i + len(words)
            if i not in inside and tuple(t.text for t in doc[i:end]) == words:
                found.append(Span(doc, i, end, label="PERSON"))
    return found


def _nickname_given_after(person: Span) -> tuple[str, ...]:
    """The words of a nickname given right after the name, unquoted: "Joaquín Guzmán Loera, known as El Chapo," -> ("El", "Chapo")."""
    doc, start = person.doc, person.end
    words = [t.lower_ for t in doc[start : start + ALIAS_WORDS]]
    opening = next((n for n in (3, 4) if words[:n] in ([",", "known", "as"], [",", "also", "known", "as"], [",", "better", "known", "as"])), None)
    if opening is None:
        return ()
    name = []
    for token in doc[start + opening : min(start + opening + 3, len(doc))]:
        if not token.is_title:
            break
        name.append(token.text)
    return tuple(name)


def _surnames_opening_sentences(doc: Doc, persons: list[Span], blocked: set[int]) -> list[Span]:
    """"Lynch, 57, was flown ...", "Portillo, who governed ..." after "Mike Lynch", "Alfonso Portillo": a known person's
    surname opening a sentence as its subject, or before "himself", which the model left untagged; so does the first name
    of a two-word name ("Andargachew, a leading figure in ..." after "Andargachew Tsege": Ethiopians go by the first)."""
    surnames = [p[-1].orth for p in persons if len(p) > 1 and p[-1].is_alpha and p[-1].is_title] + [p[0].orth for p in persons if len(p) == 2 and p[0].is_alpha and p[0].is_title]
    taken = {t.i for p in persons for t in p}
    return [
        doc[i : i + 1] for i in positions_of(doc, surnames)
        if i not in taken and i not in blocked and i + 1 < len(doc)
        and (
            doc[i].is_sent_start and doc[i + 1].lower_ in SUBJECT_FOLLOWERS
            or doc[i + 1].lower_ in ("himself", "herself")  # "from a cell: Montesinos himself"
            or _age_after(doc, i + 1)  # "Palij, 95, is deported", "Demjanjuk, now 89, lands"
        )
    ]


def _age_after(doc: Doc, comma: int) -> bool:
    """", 95," or ", now 89,": an age set off after a name."""
    words = [t.text for t in doc[comma : comma + 3] if t.lower_ != "now"]
    return len(words) >= 2 and words[0] == "," and words[1].isdigit()


def _compound_surnames(doc: Doc, persons: list[Span], blocked: set[int]) -> list[Span]:
    """"Bankman-Fried was extradited" after "Sam Bankman-Fried": a known person's surname of several tokens, standing
    alone where the model tagged it as something else."""
    surnames = {tuple(t.text for t in p[k:]) for p in persons for k in range(1, len(p) - 1) if p[k].is_title and p[k].is_alpha}
    taken = {t.i for p in persons for t in p}
    found = []
    for i in positions_of(doc, [doc.vocab.strings[words[0]] for words in surnames]):
        for words in surnames:
            end = i + len(words)
            if tuple(t.text for t in doc[i:end]) == words and not any(k in taken or k in blocked for k in range(i, end)):
                found.append(doc[i:end])
    return found


def _runs(positions: list[int]) -> list[list[int]]:
    """Consecutive positions grouped: [3, 4, 5, 9] -> [[3, 4, 5], [9]]."""
    runs: list[list[int]] = []
    for i in positions:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _honorific_length(doc: Doc, index: int) -> int:
    """The number of tokens of an honorific starting at ``index`` ("Sir", "Datuk Seri", "Tan Sri"), else 0."""
    if index + 1 < len(doc) and (doc[index].lower_, doc[index + 1].lower_) in HONORIFIC_PAIRS:
        return 2
    return 1 if doc[index].lower_ in HONORIFICS else 0


def _is_initial(token: Token) -> bool:
    """"S." in "S. Jaishankar"."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _names_joined_to_a_person(doc: Doc, persons: list[Span]) -> list[Span]:
    """"named by Baku as Huseyn Akhundov and Agshin Babirov": a two- or three-word name the model took for an
    organization, joined by "and" to a person's name, is a person's too."""
    before_a_person = {p.start - 1 for p in persons}  # where an "and" would join a name to the person after it
    after_a_person = {p.end for p in persons}
    return [
        Span(doc, ent.start, ent.end, label="PERSON") for ent in doc.ents
        if ent.label_ == "ORG" and 2 <= len(ent) <= 3
        and (ent.end in before_a_person and doc[ent.end].lower_ == "and" or ent.start - 1 in after_a_person and doc[ent.start - 1].lower_ == "and")
        and all(_is_name_token(t) for t in ent)
    ]


def _is_name_token(token: Token) -> bool:
    """A capitalized word of letters, possibly with an inner apostrophe ("Matiang'i", "O'Brien")."""
    text = token.text
    inner_apostrophe = any(q in text[1:-1] for q in ("'", "’")) and text[0].isupper() and text.replace("'", "").replace("’", "").isalpha()
    return (token.is_title and token.is_alpha or inner_apostrophe) and text not in NOT_NAME_WORDS


class PersonNames:
    """Collect person names: the model's PERSON entities, extended and completed by rule."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        roles = lexicons.word_groups("person_roles.jsonl", "role")
        titles = list(lexicons.read_jsonl(lexicons.RESOURCES / "titles.jsonl"))
        self.title_words = lexicons.title_words()
        self.demonyms = set(lexicons.countries().by_demonym) | set(lexicons.countries().by_name)
        triggers = lexicons.grouped_words("triggers.jsonl", "strength")
        self.organization_words = roles["organization_word"]
        self.people_nouns = {noun.split()[0] for noun in lexicons.grouped_words("people_nouns.jsonl", "group")} | {"activist", "activists"}  # "asylum seekers": "asylum"
        countries = lexicons.countries()
        self.peoples = set(countries.by_plural) | set(countries.by_demonym)
        self.descriptors = roles["name_descriptor"]  # a word the model may put before a name: "Gangster Abu Salem"
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cue_matcher.add("ROLE", [nlp.make_doc(w) for role, words in roles.items() if role not in ("organization_word", "name_descriptor") for w in words])
        self.cue_matcher.add("TITLE", [nlp.make_doc(text) for t in titles for text in _title_forms(t)])
        self.trigger_words = {w for w, strength in triggers.items() if strength == "strong"}
        self.cue_matcher.add("TRIGGER", [nlp.make_doc(w) for w in self.trigger_words])
        self.given_names = [nlp.vocab.strings.add(name) for name in sorted(lexicons.given_names())]
        self.who = nlp.vocab.strings.add("who")
        known = [row["name"] for row in lexicons.officials()]
        self.cue_matcher.add("KNOWN", [nlp.make_doc(text) for text in {*known, *map(strip_accents, known)}])

    def __call__(self, doc: Doc) -> Doc:
        blocked = {t.i for group in ("cartels", "places") for span in doc.spans.get(group, []) for t in span}
        candidates = [self._trim_left(self._extend(ent)) for ent in doc.ents if ent.label_ in PERSON_CANDIDATE_LABELS]
        candidates = [self._extend_left(span) for span in candidates]
        for match_id, start, end in self.cue_matcher(doc):
            if self.cue_matcher.vocab.strings[match_id] == "KNOWN":
                candidates.append(Span(doc, start, end, label="PERSON"))  # the model may miss a known official's name
                continue
            span = self._name_after(doc, end)
            if span is not None:
                candidates.append(span)
            if self.cue_matcher.vocab.strings[match_id] in ("ROLE", "TITLE"):
                for span in (self._name_before_apposition(doc, start), self._name_after_comma(doc, end)):
                    if span is not None:
                        candidates.append(span)
        for i in positions_of(doc, self.given_names):
            span = self._name_after(doc, i)  # "One of them is María del Rosario Navarro Sánchez": the model missed it
            if span is not None:
                candidates.append(span)
        for i in positions_of(doc, [self.who]):
            span = self._name_before_who(doc, i)  # "Mahjoub Mahjoubi, who preached at a mosque in ...": the model missed it
            if span is not None:
                candidates.append(span)
        candidates += _nicknamed_names(doc)
        candidates += _names_joined_to_a_person(doc, candidates)
        candidates = [s[:-1] if len(s) > 1 and s[-1].text in ("'s", "’s") else s for s in candidates]  # "Zambada's"
        persons = [
            s for s in filter_spans(candidates)
            if not any(t.i in blocked or t.is_space for t in s) and "\n" not in s.text and not _kicker(s) and self._plausible(s) and not self._alias(s)
            and not any(t.lower_ in self.organization_words or t.lower_ in self.trigger_words for t in s)  # "Deportations rose", "Commander Extradited"
            and s[0].lower_ not in NOT_A_FIRST_NAME  # "Alias Pitufo", "a St Catherine man"
            and not (s.start > 0 and doc[s.start - 1].lower_ in ("in", "at", "into", "inside"))  # "locked up in La Roca"
            and not (len(s) == 1 and s.start > 0 and doc[s.start - 1].lower_ == "the")  # "hosting ministers on the Zugspitze"
            and not (len(s) == 1 and s.end < len(doc) and doc[s.end].lower_ in self.people_nouns)  # "109 Uighur men": a people's name, used as an adjective
            and not (len(s) == 1 and s.start > 0 and doc[s.start - 1].lower_ in self.organization_words)  # "the Salvadoran rights group Cristosal"
            and not any(t.lower_ in ("v", "vs", "vs.", "v.") for t in s)  # "Murray v Djokovic": a match, not a name
            and name_key(s.text) not in self.peoples  # "sent North Koreans back": a people, not a person
            and not any(t.is_lower and t.is_stop and t.lower_ not in PARTICLES for t in s)  # "sale of his company Autonomy to Hewlett-Packard"
            and not (s.start > 0 and doc[s.start - 1].lower_ in ("from", "via", "departed", "of") and name_key(s.text) in lexicons.cities())  # "flights from Mae Sot", "the Penitentiary of Pedro Juan Caballero"
        ]
        persons = filter_spans(
            persons + self._full_names_of_surnames(doc, persons, blocked) + _names_in_capitals(doc, persons) + _nicknames_alone(doc, persons)
        )
        persons = filter_spans(persons + _surnames_opening_sentences(doc, persons, blocked) + _compound_surnames(doc, persons, blocked))
        given = [s for s in persons if self._alias(s)]
        of_a_name = {name_key(" ".join(_nickname_given_after(p))) for p in persons}
        aliases = {name_key(s.text) for s in given} - of_a_name  # later mentions of a nickname are not people either, unless it is a named person's ("Joaquín Guzmán Loera, known as El Chapo")
        doc.spans["persons"] = [s for s in persons if s not in given and name_key(s.text) not in aliases and not self._facility(s)]
        return doc

    def _extend(self, ent: Span) -> Span:
        """Extend a PERSON entity over the rest of the name ("Omar García" + "Harfuch"), not over a title."""
        doc, end = ent.doc, ent.end
        while end < len(doc):
            token = doc[end]
            if _is_name_token(token) and token.lower_ not in self.title_words:
                end += 1
            elif token.lower_ in PARTICLES and end + 1 < len(doc) and _is_name_token(doc[end + 1]):
                end += 2
            else:
                break
        start = ent.start
        while start < end and not (_is_name_token(doc[start]) or _is_initial(doc[start]) and start + 1 < end):
            start += 1  # "S. Jaishankar" keeps its initial
        return Span(doc, start, end, label="PERSON") if start < end else ent

    def _trim_left(self, span: Span) -> Span:
        """Drop titles, honorifics, nationalities and descriptions the model put inside a name ("Honduran President Juan
        Orlando Hernández", "Gangster Abu Salem")."""
        doc, start = span.doc, span.start
        while start < span.end - 1:
            if start < span.end - 2 and _honorific_length(doc, start) == 2:
                start += 2  # "Datuk Seri Anifah Aman"
            elif doc[start].lower_ in self.title_words or doc[start].lower_ in self.demonyms or doc[start].lower_ in self.descriptors or doc[start].lower_ in ("former", "ex", "alleged", "suspected", "accused", "reputed", *HONORIFICS):
                start += 1
            else:
                break
        return Span(span.doc, start, span.end, label="PERSON") if start != span.start else span

    def _extend_left(self, span: Span) -> Span:
        """Take in given names the model left out ("Dairo" + "Antonio Úsuga"), never a title or a description."""
        doc, start = span.doc, span.start
        while start > 0 and _is_name_token(doc[start - 1]) and doc[start - 1].lower_ not in self.title_words | COURTESY_TITLES | STYLES and not doc[start - 1].is_stop and doc[start - 1].lower_ not in self.demonyms | self.descriptors:
            if start > 1 and _honorific_length(doc, start - 2) == 2:
                break  # "Tan Sri" before "Khalid Abu Bakar"
            start -= 1
        if start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and _is_name_token(doc[start - 2]):
            start -= 2  # "Jean-Philippe Lacasse"
        return Span(doc, start, span.end, label="PERSON") if start != span.start else span

    def _name_after(self, doc: Doc, index: int) -> Span | None:
        """A capitalized name of two or more words starting at ``index``, after any titles, nationalities and descriptions."""
        while index < len(doc) and doc[index].is_title and (doc[index].lower_ in self.title_words | self.demonyms | self.descriptors or _honorific_length(doc, index)):
            index += max(1, _honorific_length(doc, index))  # "his partner, Dr Nandipha Magudumana", "hand over Wing Commander Abhinandan Varthaman", "Datuk Seri Anifah Aman"
        end = index
        while end < len(doc):
            token = doc[end]
            if _is_name_token(token) and token.lower_ not in self.title_words:
                end += 1
            elif token.lower_ in PARTICLES and end > index and end + 1 < len(doc) and _is_name_token(doc[end + 1]):
                end += 2
            else:
                break
        organization_end = max([index] + [t.i + 1 for t in doc[index:end] if t.lower_ in self.organization_words])
        if organization_end > index:  # "the outlawed National Resistance Movement Miguna Miguna ... Miguna had landed": the name after it, if used alone elsewhere
            surname = doc[end - 1].orth
            index = organization_end if any(t.orth == surname for t in doc if not index <= t.i < end) else end
        if end - index < 2:
            return None
        return Span(doc, index, end, label="PERSON")

    def _name_before_apposition(self, doc: Doc, role_start: int) -> Span | None:
        """The name in "Ovidio Guzmán López, a son of ...": two or more capitalized words before ", a/the <role>"."""
        index = role_start
        while index > 0 and role_start - index < 5 and (
            (doc[index - 1].is_lower and doc[index - 1].is_alpha)
            or doc[index - 1].text in ("'s", "’s")
            or doc[index - 1].lower_ in self.demonyms
        ):
            index -= 1  # "the former leader", "a son", "Mexico's security minister", "the U.S. attorney"
        if index < 2 or doc[index - 1].text != ",":
            return None
        end = index - 1
        start = end
        while start > 0 and doc[start - 1].lower_ not in self.title_words and (
            _is_name_token(doc[start - 1]) or (doc[start - 1].lower_ in PARTICLES and start - 1 > 0 and _is_name_token(doc[start - 2]))
        ):
            start -= 1
        return Span(doc, start, end, label="PERSON") if end - start >= 2 and end - start <= 6 else None

    def _name_before_who(self, doc: Doc, who: int) -> Span | None:
        """The name in "Mahjoub Mahjoubi, who preached at ...": two to four capitalized words before ", who"."""
        end = who - 1
        if end < 2 or doc[end].text != ",":
            return None
        start = end
        while start > 0 and end - start < 4 and _is_name_token(doc[start - 1]) and not doc[start - 1].is_stop and doc[start - 1].lower_ not in self.title_words | self.demonyms | STYLES:
            start -= 1  # not "Chief Adviser Professor"
        return Span(doc, start, end, label="PERSON") if end - start >= 2 and doc[start].lower_ not in NICKNAME_OPENERS else None  # not "El Chapo, who"

    def _name_after_comma(self, doc: Doc, end: int) -> Span | None:
        """The name in "the suspect, Ramón Antonio Guerrero Batista, 47,"."""
        if end < len(doc) and doc[end].text == ",":
            return self._name_after(doc, end + 1)
        return None

    def _full_names_of_surnames(self, doc: Doc, persons: list[Span], blocked: set[int]) -> list[Span]:
        """Capitalized names ending in a known person's surname ("Juan Orlando Hernández" when "Hernández" is a person)."""
        surnames = [p[-1].orth for p in persons if p[-1].is_alpha]
        taken = {t.i for p in persons for t in p}
        found = []
        for i in positions_of(doc, surnames):
            if i in taken:
                continue
            token = doc[i]
            start = token.i
            while start > 0 and _is_name_token(doc[start - 1]) and doc[start - 1].lower_ not in self.title_words and doc[start - 1].lower_ not in self.demonyms and token.i - start < 4:
                start -= 1
            if token.i - start >= 1 and not any(i in blocked for i in range(start, token.i + 1)):
                found.append(Span(doc, start, token.i + 1, label="PERSON"))
        return found

    @staticmethod
    def _alias(span: Span) -> bool:
        """A nickname ("known as Otoniel", "better known as “El Nini”", "alias El Mencho") is not a second person."""
        window = span.doc[max(span.start - 3, 0) : span.start]
        before = " ".join(t.lower_ for t in window if t.text not in QUOTES)
        quoted = len(window) > 0 and window[-1].text in QUOTES  # "called “El Nini”", not "called Caro Quintero's arrival"
        return before.endswith(("known as", "alias", "nicknamed", "aka", "a.k.a.")) or quoted and before.endswith(("dubbed", "called"))

    @staticmethod
    def _facility(span: Span) -> bool:
        """"the Hernán Acosta Mejía air base", "two Conviasa planes": a name given to a place or a company, not a person."""
        return any(t.lower_ in FACILITY_WORDS for t in span.doc[span.end : span.end + 2])

    @staticmethod
    def _plausible(span: Span) -> bool:
        key = name_key(span.text)
        known = lexicons.countries()
        big_city = any(c.population >= 100_000 for c in lexicons.cities().get(key, []))
        return key not in known.by_name and key not in known.by_agency and key not in lexicons.cartels() and not big_city


class OfficialFinder:
    """Pick out officials among the persons; see the module docstring."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_country: dict[str, str | None] = {}
        for row in lexicons.read_jsonl(lexicons.RESOURCES / "titles.jsonl"):
            phrase = " ".join(row["tokens"])
            self.titles.add(phrase, [nlp.make_doc(text) for text in _title_forms(row)])
            self.title_country[phrase] = row.get("country")
        self.known_country = {name_key(row["name"]): row["country"] for row in lexicons.officials()}
        self.known_title = {name_key(row["name"]): row["title"] for row in lexicons.officials() if row.get("title")}
        self.not_official = lexicons.word_groups("person_roles.jsonl", "role")["not_official"]
        self.countries = lexicons.countries()

    def __call__(self, doc: Doc) -> Doc:
        titles = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.titles(doc)])
        title_ending_at = {t.end: t for t in titles}
        officials: dict[str, dict] = {}
        mentions: list[Span] = []
        for person in doc.spans.get("persons", []):
            info = self._describe(doc, person, title_ending_at, titles)
            if info is None:
                continue
            key = self._same_official(officials, person)
            if key is None:
                key = name_key(person.text)
                officials[key] = info
            else:
                merged = officials[key]
                merged["title"] = merged["title"] or info["title"]
                merged["country"] = merged["country"] or info["country"]
            mention = Span(doc, person.start, person.end, label="OFFICIAL")
            mention._.official = officials[key]
            mentions.append(mention)
        mentions += self._surname_mentions(doc, officials, mentions)
        mentions += self._title_only_mentions(doc, titles, officials, mentions)
        doc.spans["officials"] = sorted(mentions, key=lambda s: s.start)
        return doc

    def _describe(self, doc: Doc, person: Span, title_ending_at: dict[int, Span], titles: list[Span]) -> dict | None:
        """Name, title and country when the person acts in an official capacity, else None."""
        title = title_ending_at.get(person.start)
        for size in (1, 2):
            if title is None and person.start >= size and _honorific_length(doc, person.start - size) == size:
                title = title_ending_at.get(person.start - size)  # "External Affairs Minister Dr. S. Jaishankar", "Foreign Minister Datuk Seri Anifah Aman"
        country_after = None
        if title is None and person.start > 0 and doc[person.start - 1].text == ",":
            title = title_ending_at.get(person.start - 1)  # "Ecuador's president, Daniel Noboa"
            if title is None:
                title, country_after = self._title_of_country(doc, person.start - 1, title_ending_at)  # "the Attorney General of the United States, Pamela Bondi"
        if title is not None:
            if self._former(doc, title.start) or any(c.end == title.start or c.end == title.start - 1 and doc[c.end].is_lower for c in doc.spans.get("cartels", [])):
                return None  # "former president X"; "ULFA general secretary Anup Chetia": a post in an armed group, not the state's
            country = self._country_before(doc, title.start) or country_after or self.title_country.get(title.label_)
            return {"name": without_nickname(person.text), "title": title.text, "country": country or self._known_country(person)}
        appositive = self._appositive_title(doc, person, titles)
        if appositive is not None:
            title, country = appositive
            return {"name": without_nickname(person.text), "title": title.text, "country": country or self.title_country.get(title.label_) or self._known_country(person)}
        known_title = self.known_title.get(name_key(person.text))
        if known_title is not None and not self._former(doc, person.start):
            # a sitting official named without a title ("the prison Nayib Bukele built")
            return {"name": without_nickname(person.text), "title": known_title, "country": self._known_country(person), "title_in_text": False}
        return None

    @staticmethod
    def _title_of_country(doc: Doc, comma: int, title_ending_at: dict[int, Span]) -> tuple[Span | None, str | None]:
        """The title and country of "the Attorney General of the United States," before a name; "Australia's ambassador to
        the United States," gives the title only (the country is where the ambassador serves)."""
        country = next((p for p in doc.spans.get("places", []) if p.end == comma and p.label_ == "COUNTRY"), None)
        if country is None:
            return None, None
        of = country.start - 1 if doc[country.start - 1].lower_ != "the" else country.start - 2
        if of < 1 or doc[of].lower_ not in ("of", "to"):
            return None, None
        title = title_ending_at.get(of)
        if title is None:
            return None, None
        return title, country._.place["code"] if doc[of].lower_ == "of" else None

    def _known_country(self, person: Span) -> str | None:
        return self.known_country.get(name_key(person.text))

    @staticmethod
    def _former(doc: Doc, index: int) -> bool:
        window = doc[max(index - 3, 0) : index]
        retired = doc[index].lower_ in MILITARY_RANKS and any(t.lower_ == "retired" for t in window)  # "retired Croatian general Ante Gotovina" (not "the retired judge Sir Scott Baker", who led a review)
        return retired or any(t.lower_ in ("former", "ex", "ex-", "onetime", "one-time", "dismissed", "ousted", "deposed") for t in window)  # "Dismissed Bamban mayor Alice Guo"; not "the late president": he acted as one

    def _country_before(self, doc: Doc, index: int) -> str | None:
        """The country in "Mexican Security Minister" / "Mexico's Security Minister" / "U.S. Attorney General"."""
        for size in (3, 2, 1):
            if index - size < 0:
                continue
            words = doc[index - size : index]
            text = words.text
            for suffix in ("'s", "’s"):
                if text.endswith(suffix):
                    country = self.countries.by_name.get(name_key(text[: -len(suffix)]))
                    if country:
                        return country.code
            key = name_key(text)
            country = self.countries.by_demonym.get(key) or self.countries.by_agency.get(key) or self.countries.by_name.get(key)
            if country:
                return country.code
        return None

    def _appositive_title(self, doc: Doc, person: Span, titles: list[Span]) -> tuple[Span, str | None] | None:
        """A title in ", [the] [Mexico's] security minister," right after the name, without a disqualifying role."""
        if person.end >= len(doc) or doc[person.end].text != ",":
            return None
        window_end = min(person.end + 8, len(doc))
        for title in titles:
            if person.end < title.start < window_end:
                between = doc[person.end + 1 : title.start]
                if any(t.lower_ in self.not_official or t.text in (",", ";", ".") for t in between):
                    return None
                if not all(t.lower_ in APPOSITION_WORDS or t.is_title or t.text in ("'s", "’s") for t in between):
                    return None  # "Laura Montes, who represents Arreola Medina, asked the judge": not an apposition
                if self._former(doc, title.start) or _term_ended(doc[title.end : min(title.end + 10, len(doc))]):
                    return None
                country = self._country_before(doc, title.start) or self._country_after(doc, title.end)
                return title, country
        return None

    def _country_after(self, doc: Doc, index: int) -> str | None:
        """The country in "the president of Colombia"."""
        if index + 1 < len(doc) and doc[index].lower_ == "of":
            for size in (3, 2, 1):
                country = self.countries.by_name.get(name_key(doc[index + 1 : index + 1 + size].text))
                if country:
                    return country.code
        return None

    @staticmethod
    def _same_official(officials: dict[str, dict], person: Span) -> str | None:
        """The official whose full name ends with (or equals) this mention ("Harfuch", "García Harfuch")."""
        key = name_key(person.text)
        for full_key in officials:
            if full_key == key or full_key.endswith(" " + key) or full_key.startswith(key + " ") or key.startswith(full_key + " "):
                return full_key
        return None

    @staticmethod
    def _surname_mentions(doc: Doc, officials: dict[str, dict], named: list[Span]) -> list[Span]:
        """Surname-only mentions the model did not tag ("Harfuch also shared video")."""
        taken = {t.i for span in named for t in span}
        by_surname = {}
        for info in officials.values():
            surname = info["name"].split()[-1]
            by_surname[surname] = None if surname in by_surname else info  # ambiguous surnames are skipped
        other_person = {i: key for p in doc.spans.get("persons", []) if len(p) > 1 for key in [name_key(p.text)] for i in range(p.start, p.end)}
        out = []
        for i in positions_of(doc, [doc.vocab.strings.add(surname) for surname in by_surname]):
            token = doc[i]
            info = by_surname.get(token.text)
            if info is not None and token.i in other_person and not same_name(other_person[token.i], name_key(info["name"])):
                continue  # "Rodrigo Duterte" is not Vice President Sara Duterte ("García Harfuch" is Omar García Harfuch)
            if info is not None and token.i not in taken:
                mention = Span(doc, token.i, token.i + 1, label="OFFICIAL")
                mention._.official = info
                out.append(mention)
        return out

    def _title_only_mentions(self, doc: Doc, titles: list[Span], officials: dict[str, dict], named: list[Span]) -> list[Span]:
        """"The Mexican Security Minister added": a title with no name, referring to one known official."""
        named_titles = {t.start for t in titles for m in named if t.end == m.start}
        out = []
        for title in titles:
            if title.start in named_titles or (title.end < len(doc) and doc[title.end].is_title):
                continue
            matches = [o for o in officials.values() if o["title"] and name_key(o["title"]) == name_key(title.text)]
            if len(matches) == 1:
                mention = Span(doc, title.start, title.end, label="OFFICIAL_TITLE")
                mention._.official = matches[0]
                out.append(mention)
        return out


@Language.factory("person_names")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    """Create the person-name collector."""
    return PersonNames(nlp, name)


@Language.factory("official_finder")
def make_official_finder(nlp: Language, name: str) -> OfficialFinder:
    """Create the official finder."""
    return OfficialFinder(nlp, name)
