"""The output contract (schema version 1): pydantic models, the single definition of the JSON."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Granularity = Literal["day", "month", "year"]
TransferKind = Literal["transfer", "extradition", "expulsion", "deportation"]


class Record(BaseModel):
    """Base for every output model: unknown keys are rejected."""

    model_config = ConfigDict(extra="forbid")


class Offsets(Record):
    """A mention: ``text`` as written, at character offsets into the file's decoded text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(Offsets):
    """A sentence that reports the transfer."""


class DateMention(Offsets):
    """A date expression and its normalized value (None when it cannot be resolved)."""

    value: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY, by granularity")
    granularity: Granularity


class CountMention(Offsets):
    """An exact number of people."""

    value: int
    counted: str = Field(description='what is counted, as written: "cartel members"')
    running_total: bool = Field(default=False, description='a stated tally over several events: "bringing the total to 55"')


class Official(Offsets):
    """A named person acting in an official capacity (first mention's offsets)."""

    name: str
    title: str | None
    country: str | None = Field(description="ISO 3166 alpha-2 code")
    title_in_text: bool = Field(default=True, description="false when the title comes from the bundled list of sitting officials, not the article")


class Cartel(Offsets):
    """A criminal organization."""

    name: str = Field(description="canonical English name")


class City(Offsets):
    """A city resolved against the gazetteer."""

    name: str
    region: str | None
    country: str = Field(description="ISO 3166 alpha-2 code")
    lat: float
    lon: float


class Person(Offsets):
    """A named person moved in a transfer."""

    name: str


class Country(Record):
    """A country."""

    name: str
    code: str = Field(description="ISO 3166 alpha-2 code")


class Transfer(Record):
    """One transfer event: people moved from one country to another."""

    kind: TransferKind
    date: DateMention | None = Field(description="when people were moved")
    origin: Country | None
    destination: Country | None
    count: int | None = Field(description="people moved in this transfer")
    cumulative_total: int | None = Field(description="running total the article gives for the series")
    cities: list[City]
    people: list[Person]
    cartels: list[Cartel]
    announced_by: list[Official]
    evidence: list[Evidence]


class Entities(Record):
    """Everything found in the article: dates and counts per mention; officials, cartels, cities once each."""

    dates: list[DateMention]
    counts: list[CountMention]
    officials: list[Official]
    cartels: list[Cartel]
    cities: list[City]


class Source(Record):
    """Where the article came from."""

    path: str
    sha256: str
    published: str | None = Field(description="YYYY-MM-DD")


class ArticleRecord(Record):
    """The extraction result for one article."""

    schema_version: Literal[1] = SCHEMA_VERSION
    source: Source
    transfers: list[Transfer]
    entities: Entities
    warnings: list[str]


class ErrorInfo(Record):
    """Why an input could not be processed."""

    type: str
    message: str


class ErrorSource(Record):
    """What is known of an input that failed."""

    path: str
    sha256: str | None = None


class ErrorRecord(Record):
    """The output line for an input that could not be processed."""

    schema_version: Literal[1] = SCHEMA_VERSION
    source: ErrorSource
    error: ErrorInfo


def json_schema() -> dict:
    """The JSON Schema of one output document (an article record or an error record)."""
    from pydantic.json_schema import models_json_schema

    _, schema = models_json_schema([(ArticleRecord, "serialization"), (ErrorRecord, "serialization")])
    schema["title"] = "extract output, schema version 1"
    schema["oneOf"] = [{"$ref": "#/$defs/ArticleRecord"}, {"$ref": "#/$defs/ErrorRecord"}]
    return schema
