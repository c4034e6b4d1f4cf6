"""Atomic JSONL writers (placeholder contract).

    with ShardWriter(path) as w:      # .jsonl, .jsonl.gz, .jsonl.zst by extension
        w.write(record_dict)          # orjson line
    # on clean exit: fsync + os.replace(tmp, path); on exception: tmp removed, path untouched
"""

from __future__ import annotations
