"""Run settings of `clean_corpus`: DAG params > Airflow Variables > environment > defaults."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]

# name -> (environment variable, Airflow Variable, type)
FIELDS: dict[str, tuple[str, str, type]] = {
    "inbox": ("CLEANERS_INBOX", "cleaners_inbox", str),
    "corpus": ("CLEANERS_CORPUS", "cleaners_corpus", str),
    "catalog_url": ("CLEANERS_CATALOG_URL", "cleaners_catalog_url", str),
    "batch_size": ("CLEANERS_BATCH_SIZE", "cleaners_batch_size", int),
    "max_quarantined_share": ("CLEANERS_MAX_QUARANTINED_SHARE", "cleaners_max_quarantined_share", float),
    "max_empty_share": ("CLEANERS_MAX_EMPTY_SHARE", "cleaners_max_empty_share", float),
    "max_und_share": ("CLEANERS_MAX_UND_SHARE", "cleaners_max_und_share", float),
}

DEFAULTS: dict[str, Any] = {
    "inbox": str(REPO_ROOT / "seeds"),
    "corpus": str(REPO_ROOT / "corpus"),
    "catalog_url": None,  # sqlite:///<corpus>/catalog.sqlite
    "batch_size": 500,
    "max_quarantined_share": 0.5,
    "max_empty_share": 0.5,
    "max_und_share": 0.5,
}


@dataclass(frozen=True)
class Settings:
    inbox: str
    corpus: str
    catalog_url: str
    batch_size: int = 500
    max_quarantined_share: float = 0.5
    max_empty_share: float = 0.5
    max_und_share: float = 0.5
    # Overrides of cleaners.Config fields (e.g. {"language_backend": "fasttext"}).
    config: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def cleaners_config(self) -> Any:
        from cleaners import Config

        known = set(Config.__dataclass_fields__)
        unknown = set(self.config) - known
        if unknown:
            raise ValueError(f"unknown cleaners.Config fields in params['config']: {sorted(unknown)}")
        # The DAG deduplicates across batches and runs: the library's corpus pass is on unless turned off.
        defaults = {"corpus_pass": True} if "corpus_pass" in known else {}
        return Config(**{**defaults, **self.config})


def resolve(
    params: Mapping[str, Any] | None = None,
    get_variable: Callable[[str], Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve each setting: a non-empty DAG param wins, then an Airflow Variable, then CLEANERS_* env."""
    params = params or {}
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for name, (env_key, var_key, typ) in FIELDS.items():
        value = params.get(name)
        if value in (None, "") and get_variable is not None:
            value = get_variable(var_key)
        if value in (None, ""):
            value = environ.get(env_key)
        if value in (None, ""):
            value = DEFAULTS[name]
        values[name] = typ(value) if value is not None else None
    values["inbox"] = str(Path(values["inbox"]).expanduser().resolve())
    values["corpus"] = str(Path(values["corpus"]).expanduser().resolve())
    if not values["catalog_url"]:
        values["catalog_url"] = f"sqlite:///{values['corpus']}/catalog.sqlite"
    if values["batch_size"] < 1:
        raise ValueError("batch_size must be >= 1")
    config = params.get("config") or {}
    if not isinstance(config, Mapping):
        raise ValueError("params['config'] must be an object of cleaners.Config overrides")
    return Settings(**values, config=dict(config))


def run_key(run_id: str) -> str:
    """A file-name-safe, stable name for a DAG run id (run ids hold ':' and '+'), valid for cleaners.runner."""
    key = re.sub(r"[^A-Za-z0-9._-]+", "_", run_id).lstrip("._-")[:100].rstrip("._-")
    return key or "run"


# The Asset that `clean_corpus` updates and `corpus_report` is scheduled on (name and URI are fixed;
# where the corpus lives is in each event's `extra`).
CORPUS_ASSET_NAME = "cleaners_corpus"
CORPUS_ASSET_URI = "x-cleaners://corpus"


def env_int(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    value = (os.environ if environ is None else environ).get(name, "")
    return int(value) if value.strip() else default


def schedule_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """CLEANERS_SCHEDULE: a cron expression or preset (default @hourly); 'none' or 'manual' for no schedule."""
    value = (os.environ if environ is None else environ).get("CLEANERS_SCHEDULE", "").strip()
    if value.lower() in {"none", "manual", "null"}:
        return None
    return value or "@hourly"
