"""cleaners: turn raw scraped pages into clean corpus records with an audit trail of every removal.

    >>> from cleaners import clean_text
    >>> record = clean_text("Title\\nA sentence of body text that is long enough.\\n")
"""

from typing import TYPE_CHECKING, Any

# First, in this order: one OpenBLAS thread unless the user set a count, before anything loads numpy
# (see _blas); the stale-build guard in front of the import system (see _compiled).
from cleaners import _blas, _compiled  # noqa: F401
from cleaners.api import clean_document, clean_file, clean_records, clean_text
from cleaners.config import Config
from cleaners.document import Document, Line, QuarantineError, Removal
from cleaners.pipeline import Pipeline
from cleaners.record import Record, build_record
from cleaners.version import PIPELINE_VERSION

if TYPE_CHECKING:
    from cleaners.language import detect_language

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


def __getattr__(name: str) -> Any:
    """`detect_language` loads on first use: the language module pulls in numpy and its script tables,
    which a runner's parent process (it only hashes, claims and writes) and Airflow's DAG parsing never
    need (about 0.15 s and 20 MB per process)."""
    if name == "detect_language":
        from cleaners.language import detect_language

        globals()[name] = detect_language
        return detect_language
    raise AttributeError(f"module 'cleaners' has no attribute {name!r}")
