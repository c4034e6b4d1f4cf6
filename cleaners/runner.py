"""Runner (placeholder contract): discover inputs, clean batches, write shards and quarantine.

    files = list(discover(["seeds/"]))                  # -> InputFile(path, root, source), sorted, recursive
    result = clean_batch(files, config)                 # -> BatchResult(records=[dict], quarantined=[dict])
    summary = run(["seeds/"], out_dir="corpus", config=Config(), workers=1, catalog_url=None)
"""

from __future__ import annotations
