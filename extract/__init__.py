"""extract: transfer, extradition and deportation records from news articles."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .extractor import ExtractionFailed, Extractor
from .records import ArticleRecord, ErrorRecord

try:
    __version__ = version("extract")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = ["ArticleRecord", "ErrorRecord", "ExtractionFailed", "Extractor", "__version__"]
