"""Our spaCy components. Importing this package registers every factory and extension."""

from . import cartels, counts, dates, extensions, people, places, sentences, transfers  # noqa: F401

# The order the components run in: each reads the spans the earlier ones wrote.
COMPONENTS = [
    "news_sentencizer",
    "cartel_ruler",
    "place_resolver",
    "person_names",
    "official_finder",
    "date_finder",
    "count_finder",
    "transfer_records",
]
