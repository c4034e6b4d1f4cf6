"""cleaners: turn raw scraped pages into clean corpus records with an audit trail of every removal.

    >>> from cleaners import clean_text
    >>> record = clean_text("Title\\nA sentence of body text that is long enough.\\n")
"""

# First: importing it puts the stale-build guard in front of the import system (see _compiled).
from cleaners import _compiled  # noqa: F401
from cleaners.api import clean_document, clean_file, clean_records, clean_text
from cleaners.config import Config
from cleaners.document import Document, Line, QuarantineError, Removal
from cleaners.language import detect_language
from cleaners.pipeline import Pipeline
from cleaners.record import Record, build_record
from cleaners.version import PIPELINE_VERSION

__all__ = [
    "PIPELINE_VERSION",
    "Config",
    "Document",
    "Line",
    "Pipeline",
    "QuarantineError",
    "Record",
    "Removal",
    "build_record",
    "clean_document",
    "clean_file",
    "clean_records",
    "clean_text",
    "detect_language",
]
