"""Catalog: state that outlives a run (files ingested, paragraph fingerprints).

CONTRACT (implemented by the runner/catalog work; the DAGs code against it):

    cat = Catalog.open("sqlite:///corpus/catalog.sqlite")      # or postgresql+psycopg2://...
    cat.migrate()                                                 # versioned, idempotent
    claimed: bool = cat.claim_file(path, sha256, size, run_id)    # atomic: True only for the first claimant
                                                                  #   of this content (unique on sha256);
                                                                  #   a claim by the same run_id is re-granted
                                                                  #   (retries are idempotent)
    cat.finish_file(sha256, run_id, status, reason=None, record_id=None)   # status: ingested | quarantined
    cat.release_run(run_id)         # forget unfinished claims of a failed run so a re-run can take them
    cat.file_status(sha256) -> dict | None
    cat.add_fingerprints(pairs: Iterable[tuple[int, str]]) -> set[int]     # (hash, record_id); returns the
                                                                  #   hashes that were already present
    cat.close()
"""

from __future__ import annotations
