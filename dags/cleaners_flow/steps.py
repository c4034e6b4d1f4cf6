"""The steps of one `clean_corpus` run, as plain functions (each one is a task of the DAG).

Layout under the corpus directory (`settings.corpus`), the same as `cleaners run` (cleaners.runner):

    shards/<run>-00000.jsonl.zst               published records (a new shard every shard_max_records)
    quarantine/<run>.jsonl                     inputs that gave no record, with the reason
    duplicates/<run>.jsonl                     near-duplicate documents (corpus pass), with what they duplicate
    manifests/<run>.json                       the run's manifest (written last: the commit marker)
    latest.json                                pointer to the newest manifest with records
    _work/<run>/plan.json, batches/...         run-scoped intermediate files (deleted after publish)
    _work/<run>/staging/{shards,quarantine,manifests}/   the output before the gates

Exactly-once: a file is claimed in the catalog by content (sha256) for one run id; every write of a
step goes to a run-scoped path and replaces it atomically, so a retried task or a re-run of the same
run id rewrites the same files instead of appending; the run's output becomes visible by atomic
renames (shards, quarantine, then the manifest), and only then are the files marked finished in the
catalog; just before, each file's row gets its output as "pending" (cleaners.catalog RECOVERY RULE), so
a run that dies in between is finished from its output by the next claimant instead of cleaned again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from cleaners import PIPELINE_VERSION
from cleaners_flow import compat
from cleaners_flow.settings import Settings, run_key

SHARDS_DIR, QUARANTINE_DIR, MANIFESTS_DIR, DUPLICATES_DIR = "shards", "quarantine", "manifests", "duplicates"
SHARD_SUFFIX = ".jsonl.zst"
CLAIM_CHUNK_MAX = 500  # files per catalog claim transaction in plan (at most one batch)


class GateError(Exception):
    """A data-quality gate failed; the message says which one and why."""


# --------------------------------------------------------------------------------------------------
# paths


def work_dir(settings: Settings, run_id: str) -> Path:
    return Path(settings.corpus) / "_work" / run_key(run_id)


def manifest_path(settings: Settings, run_id: str) -> Path:
    return Path(settings.corpus) / MANIFESTS_DIR / f"{run_key(run_id)}.json"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _load_json(path: Path) -> Any:
    return orjson.loads(path.read_bytes())


def _is_published(settings: Settings, run_id: str) -> bool:
    path = manifest_path(settings, run_id)
    return path.is_file() and _load_json(path).get("status") == "published"


# --------------------------------------------------------------------------------------------------
# 1. plan: discover, claim, batch


def plan_run(settings: Settings, run_id: str) -> dict[str, Any]:
    """Discover the inbox, claim new content in the catalog, write the batch files.

    Returns a small dict (XCom): the batch file paths and the counts. Content (sha256) that is already
    ingested/quarantined or claimed by another live run is skipped. A run id that was already
    published plans nothing (a re-run of a published run changes nothing).
    """
    t0 = time.perf_counter()
    key = run_key(run_id)
    work = work_dir(settings, run_id)
    if _is_published(settings, run_id):
        return {"run_id": run_id, "run_key": key, "already_published": True, "batches": [],
                "files_discovered": 0, "files_claimed": 0, "skipped": {}, "seconds": 0.0}
    inbox = Path(settings.inbox)
    if not inbox.exists():
        raise FileNotFoundError(f"inbox {inbox} does not exist (set CLEANERS_INBOX or the 'inbox' param)")

    refused: list[dict[str, Any]] = []
    claimed: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    seen_sha: dict[str, str] = {}
    catalog = compat.open_catalog(settings.catalog_url)
    try:
        files = list(compat.discover([inbox], on_skip=refused.append, exclude=[settings.corpus]))
        # Claim in an order of our own (stable for this run id): concurrent producers sharing the catalog
        # then take different files instead of trailing each other through the same list.
        files.sort(key=lambda f: hashlib.sha256(f"{run_id}\0{f.source}".encode()).digest())

        def claim_chunk(entries: list[dict[str, Any]]) -> None:
            claims = catalog.claim_many([(e["path"], e["sha256"], e["size"]) for e in entries], run_id)
            for entry, claim in zip(entries, claims, strict=True):
                sha = entry["sha256"]
                entry["version"] = claim.version  # per path: 2, 3, ... for changed content
                if not claim.granted:
                    why = {"ingested": "already_ingested", "quarantined": "already_quarantined"}
                    skipped.append({**entry, "why": why.get(claim.status, "claimed_by_other_run"),
                                    "owner": claim.run_id})
                elif claim.output and (Path(settings.corpus) / claim.output).is_file():
                    # An earlier attempt committed this content's output, then died before finishing it.
                    status = compat.recovered_status(claim.output)  # the runner's rule too
                    reason = None if status == "ingested" else f"recovered from {claim.output}"
                    catalog.finish_file(sha, run_id, status, reason, claim.record_id)
                    skipped.append({**entry, "why": f"already_{status}", "recovered_from": claim.output})
                else:
                    claimed.append(entry)

        # One catalog transaction per batch of files, not per file (the same outcome as claiming them one by
        # one), claimed as they are hashed: concurrent producers keep taking turns through the inbox.
        chunk = max(1, min(settings.batch_size, CLAIM_CHUNK_MAX))
        to_claim: list[dict[str, Any]] = []
        for f in files:
            path = Path(f.path).absolute()
            try:
                sha, size = compat.hash_file(path)
            except OSError as exc:  # vanished or unreadable between discovery and hashing
                refused.append({"source": f.source, "source_sha256": None, "reason": "unreadable",
                                "detail": f"{type(exc).__name__}: {exc}", "stage": "discover",
                                "pipeline_version": PIPELINE_VERSION, "meta": {}, "path": str(path)})
                continue
            entry = {"path": str(path), "root": str(f.root), "source": str(f.source), "sha256": sha, "size": size}
            if sha in seen_sha:  # the same bytes under two names in this inbox: ingest once
                skipped.append({**entry, "why": "duplicate_in_run", "same_as": seen_sha[sha]})
                continue
            seen_sha[sha] = entry["source"]
            to_claim.append(entry)
            if len(to_claim) >= chunk:
                claim_chunk(to_claim)
                to_claim = []
        if to_claim:
            claim_chunk(to_claim)
    finally:
        catalog.close()

    claimed.sort(key=lambda e: e["source"])
    skipped.sort(key=lambda e: e["source"])
    batches_dir = work / "batches"
    batches_dir.mkdir(parents=True, exist_ok=True)
    batch_paths: list[str] = []
    for i in range(0, len(claimed), settings.batch_size):
        index = i // settings.batch_size
        path = batches_dir / f"batch-{index:05d}.json"
        compat.write_json_atomic(path, {"run_id": run_id, "index": index, "files": claimed[i:i + settings.batch_size]})
        batch_paths.append(str(path))
    plan = {
        "run_id": run_id,
        "run_key": key,
        "already_published": False,
        "created_at": _now(),
        "inbox": str(inbox),
        "batches": batch_paths,
        "files_discovered": len(claimed) + len(skipped),
        "files_claimed": len(claimed),
        "skipped": dict(Counter(s["why"] for s in skipped)),
        "paths_refused": len(refused),
        "bytes_in": sum(f["size"] for f in claimed),
        "seconds": round(time.perf_counter() - t0, 3),
    }
    compat.write_json_atomic(work / "plan.json", {**plan, "claimed": claimed, "skipped_files": skipped,
                                                  "refused_paths": refused})
    return plan


def _renew(settings: Settings, run_id: str) -> None:
    """Extend the lease of the run's claims (a long run must not lose them to another run)."""
    catalog = compat.open_catalog(settings.catalog_url)
    try:
        catalog.renew_claims(run_id)
    finally:
        catalog.close()


# --------------------------------------------------------------------------------------------------
# 2. clean one batch (a mapped task)


def clean_batch_file(settings: Settings, batch_file: str, *, fail_after_write: bool = False) -> dict[str, Any]:
    """Clean the files of one batch; write its records and quarantine entries to run-scoped files.

    Idempotent: a retry rewrites the same two files (atomic replace). Returns only paths and counts.
    """
    t0 = time.perf_counter()
    batch = _load_json(Path(batch_file))
    _renew(settings, batch["run_id"])
    inputs = [compat.InputFile(f["path"], f["root"], f["source"], f["sha256"], f["size"]) for f in batch["files"]]
    config = settings.cleaners_config()
    corpus_pass = compat.corpus_pass_enabled(config)
    result = compat.map_batch(inputs, config) if corpus_pass else compat.clean_batch(inputs, config)

    base = Path(batch_file).with_suffix("")
    records_path, quarantine_path = f"{base}.records.jsonl", f"{base}.quarantine.jsonl"
    claimed = {f["sha256"] for f in batch["files"]}
    changed = 0
    validate = compat.record_validator()
    invalid: list[str] = []
    validate_seconds = 0.0
    with compat.ShardWriter(records_path) as out:
        for rec in result.records:
            if rec.get("source_sha256") not in claimed:
                raise RuntimeError(f"record {rec.get('id')} of {rec.get('source')} has unclaimed content")
            tv = time.perf_counter()
            if errors := validate(rec):  # the schema gate, done here so mapped tasks share the work
                invalid.append(f"{rec.get('source')} ({rec.get('id')}): {errors[0]}")
            validate_seconds += time.perf_counter() - tv
            out.write(rec)
        n_records = out.count
    with compat.ShardWriter(quarantine_path) as out:
        for q in result.quarantined:
            if q.get("reason") == "changed_during_run":
                changed += 1  # not this run's content: its claim is released at publish
                continue
            out.write(q)
        n_quarantined = out.count
    fingerprints_path = None
    if corpus_pass:  # the map side of the corpus pass: one .npz per batch, read by `deduplicate`
        fps = getattr(result, "fingerprints", None)
        if fps is None or sorted(fps.ids) != sorted(str(r["id"]) for r in result.records):
            fps = compat.fingerprint_batch(result.records, config)
        fingerprints_path = f"{base}.fingerprints.npz"
        compat.write_bytes_atomic(fingerprints_path, fps.to_bytes())
    summary = {
        "batch": batch["index"],
        "records": records_path,
        "quarantine": quarantine_path,
        "fingerprints": fingerprints_path,
        "files": len(inputs),
        "n_records": n_records,
        "n_quarantined": n_quarantined,
        "records_skipped": dict(result.stats.get("records_skipped", {})),  # container parts that are no documents
        "changed_during_run": changed,
        "n_invalid": len(invalid),
        "invalid": invalid[:3],
        "validate_seconds": round(validate_seconds, 3),
        "seconds": round(time.perf_counter() - t0, 3),
    }
    if fail_after_write:
        # Test hook: the outputs are committed, then the task dies; the retry must not duplicate them.
        raise RuntimeError(f"injected failure after writing batch {batch['index']} (first try)")
    return summary


# --------------------------------------------------------------------------------------------------
# 3. deduplicate across batches


def deduplicate(settings: Settings, run_id: str, batch_results: list[dict[str, Any]]) -> dict[str, Any]:
    """The reduce side of the library's corpus pass (cleaners.corpus): decide once, apply per record.

    `decide` sorts documents by record id and reads the catalog (earlier runs), so the decisions do not
    depend on batch order or size, and it is safe to call again for the same run id (a retry). Per
    record: keep (with cross-document paragraph duplicates and site boilerplate removed, as `removed`
    spans), near-duplicate (to duplicates/<run>.jsonl) or empty (quarantined).
    """
    t0 = time.perf_counter()
    work = work_dir(settings, run_id)
    config = settings.cleaners_config()
    batch_results = sorted(batch_results, key=lambda b: b["batch"])
    records: list[dict[str, Any]] = []
    quarantined: list[dict[str, Any]] = []
    for b in batch_results:
        records.extend(compat.read_jsonl(b["records"]))
        quarantined.extend(compat.read_jsonl(b["quarantine"]))
    records.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        dup = next(i for i, c in Counter(ids).items() if c > 1)
        raise RuntimeError(f"record id {dup} appears twice across batches: a batch was cleaned twice")

    decisions = None
    fingerprint_files = [b["fingerprints"] for b in batch_results if b.get("fingerprints")]
    if fingerprint_files:
        catalog = compat.open_catalog(settings.catalog_url)
        try:
            catalog.renew_claims(run_id)
            batches = [compat.BatchFingerprints.load(path) for path in fingerprint_files]
            decisions = compat.decide(catalog, [b for b in batches if len(b)], config, run_id)
        finally:
            catalog.close()

    validate = compat.record_validator()
    invalid = [msg for b in batch_results for msg in b.get("invalid", [])]
    n_invalid = sum(b.get("n_invalid", 0) for b in batch_results)
    kept: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    changed_by_pass = 0
    for rec in records:
        if decisions is None:
            kept.append(rec)
            continue
        outcome = compat.apply(rec, decisions, config)
        if outcome.kind == compat.DUPLICATE_KIND:
            duplicates.append({"id": rec["id"], "duplicate_of": outcome.duplicate_of,
                               "similarity": round(outcome.similarity, 4), "run_id": run_id,
                               "source": rec.get("source"), "record": rec})
        elif outcome.kind == compat.EMPTY_KIND:
            quarantined.append({"source": rec["source"], "source_sha256": rec.get("source_sha256"),
                                "reason": "empty", "detail": outcome.detail or "nothing left after the corpus pass",
                                "stage": "corpus", "pipeline_version": rec["pipeline_version"],
                                "meta": rec.get("meta") or {}})
        else:
            if outcome.record != rec:  # changed by the pass: validated again in its final form
                changed_by_pass += 1
                if errors := validate(outcome.record):
                    n_invalid += 1
                    invalid.append(f"{rec.get('source')} ({rec.get('id')}): {errors[0]}")
            kept.append(outcome.record)
    quarantined.sort(key=lambda q: (q.get("source") or "", q.get("stage") or ""))

    records_path, quarantine_path = work / "deduped.records.jsonl", work / "deduped.quarantine.jsonl"
    duplicates_path = work / "deduped.duplicates.jsonl"
    for path, items in ((records_path, kept), (quarantine_path, quarantined), (duplicates_path, duplicates)):
        with compat.ShardWriter(path) as out:
            for item in items:
                out.write(item)
    return {
        "records": str(records_path),
        "quarantine": str(quarantine_path),
        "duplicates": str(duplicates_path),
        "documents_in": len(records) + sum(b["n_quarantined"] for b in batch_results),
        "n_records": len(kept),
        "n_quarantined": len(quarantined),
        "n_duplicates": len(duplicates),
        "records_changed_by_corpus_pass": changed_by_pass,
        "corpus_pass": (decisions.stats if decisions is not None else None),
        "validation": {"records_validated": len(kept), "invalid": n_invalid, "examples": invalid[:3]},
        "changed_during_run": sum(b.get("changed_during_run", 0) for b in batch_results),
        "records_skipped": dict(sum((Counter(b.get("records_skipped", {})) for b in batch_results), Counter())),
        "clean_seconds_total": round(sum(b["seconds"] for b in batch_results), 3),
        "validate_seconds_total": round(sum(b.get("validate_seconds", 0.0) for b in batch_results), 3),
        "clean_seconds_max": max((b["seconds"] for b in batch_results), default=0.0),
        "batches": len(batch_results),
        "seconds": round(time.perf_counter() - t0, 3),
    }


# --------------------------------------------------------------------------------------------------
# 4. write shards + manifest (staging)


def write_corpus(settings: Settings, run_id: str, plan: dict[str, Any], dedup: dict[str, Any]) -> dict[str, Any]:
    """Write the run's shards, quarantine file and manifest into the run's staging directory."""
    t0 = time.perf_counter()
    key = run_key(run_id)
    work = work_dir(settings, run_id)
    staging = work / "staging"
    if staging.exists():
        shutil.rmtree(staging)  # left by an earlier try: rebuilt from the same inputs
    shard_max = settings.cleaners_config().shard_max_records

    shards: list[dict[str, Any]] = []
    languages: Counter[str] = Counter()
    removals: Counter[str] = Counter()
    by_source: dict[str, tuple[str, list[str]]] = {}  # source -> (shard, record ids)
    writer = None
    for rec in compat.read_jsonl(dedup["records"]):
        if writer is None:
            name = f"{SHARDS_DIR}/{key}-{len(shards):05d}{SHARD_SUFFIX}"
            writer = compat.ShardWriter(staging / name)
            shards.append({"name": name})
        writer.write(rec)
        languages[rec.get("language") or "und"] += 1
        removals.update(r.get("rule") or "?" for r in rec.get("removed") or ())
        by_source.setdefault(rec["source"], (shards[-1]["name"], []))[1].append(rec["id"])
        if writer.count >= shard_max:
            writer.close()
            shards[-1].update(records=writer.count, sha256=writer.sha256, bytes=writer.bytes)
            writer = None
    if writer is not None:
        writer.close()
        shards[-1].update(records=writer.count, sha256=writer.sha256, bytes=writer.bytes)

    quarantine_name = f"{QUARANTINE_DIR}/{key}.jsonl"
    quarantine = list(compat.read_jsonl(dedup["quarantine"]))
    full_plan = _load_json(work / "plan.json")
    with compat.ShardWriter(staging / quarantine_name) as out:
        for q in quarantine:
            out.write(q)
        for q in full_plan["refused_paths"]:  # paths discovery refused: listed, like `cleaners run` does
            out.write(q)

    duplicates_name = f"{DUPLICATES_DIR}/{key}.jsonl"
    duplicates_by_source: dict[str, list[str]] = {}
    with compat.ShardWriter(staging / duplicates_name) as out:
        for d in compat.read_jsonl(dedup["duplicates"]):
            out.write(d)
            duplicates_by_source.setdefault(d["source"], []).append(d["id"])
    quarantined_by_source = {q["source"]: q.get("reason", "?") for q in quarantine}
    files = []
    for f in full_plan["claimed"]:
        if f["source"] in by_source:
            shard, ids = by_source[f["source"]]
            status = {"status": "ingested", "record_ids": ids, "output": shard}
        elif f["source"] in duplicates_by_source:  # a near-duplicate of a kept document: ingested, not published
            status = {"status": "ingested", "record_ids": duplicates_by_source[f["source"]],
                      "output": duplicates_name, "near_duplicate": True}
        elif f["source"] in quarantined_by_source:
            status = {"status": "quarantined", "reason": quarantined_by_source[f["source"]], "output": quarantine_name}
        else:
            status = {"status": "changed_during_run"}
        files.append({"source": f["source"], "path": f["path"], "sha256": f["sha256"], "size": f["size"],
                      "version": f.get("version"), **status})

    figures = {
        "files_discovered": plan["files_discovered"],
        "files_claimed": plan["files_claimed"],
        "files_skipped": plan["skipped"],
        "paths_refused": plan.get("paths_refused", 0),
        "bytes_in": plan.get("bytes_in", 0),
        "documents_in": dedup["documents_in"],
        "documents_out": sum(s["records"] for s in shards),
        "quarantined": len(quarantine),
        "quarantined_by_reason": dict(Counter(q.get("reason", "?") for q in quarantine)),
        # Parts of WARC/JSONL files that are no documents (requests, non-HTML, HTTP errors), by reason.
        "records_skipped": dedup.get("records_skipped", {}),
        "removals_by_rule": dict(sorted(removals.items())),
        "near_duplicates": dedup["n_duplicates"],
        "records_changed_by_corpus_pass": dedup["records_changed_by_corpus_pass"],
        "corpus_pass": dedup["corpus_pass"],
        "schema_validation": dedup["validation"],
        "changed_during_run": dedup["changed_during_run"],
        "languages": dict(languages.most_common()),
        "batches": dedup["batches"],
        "durations_s": {
            "plan": plan["seconds"],
            "clean_total": dedup["clean_seconds_total"],
            "schema_validation_in_clean": dedup.get("validate_seconds_total", 0.0),
            "clean_max_batch": dedup["clean_seconds_max"],
            "deduplicate": dedup["seconds"],
            "write": round(time.perf_counter() - t0, 3),
        },
    }
    manifest = {
        "run_id": run_id,
        "run_key": key,
        "producer": "airflow:clean_corpus",
        "status": "staged",
        "created_at": _now(),
        "pipeline_version": PIPELINE_VERSION,
        "inputs": [plan.get("inbox", settings.inbox)],
        "catalog": compat.safe_url(settings.catalog_url),
        "settings": {**settings.as_dict(), "catalog_url": compat.safe_url(settings.catalog_url)},
        "shards": shards,
        "quarantine": quarantine_name,
        "duplicates": duplicates_name,
        "figures": figures,
        "files": files,
    }
    compat.write_json_atomic(staging / MANIFESTS_DIR / f"{key}.json", manifest)
    return {"staging": str(staging), "manifest": str(staging / MANIFESTS_DIR / f"{key}.json"),
            "documents_out": figures["documents_out"], "quarantined": len(quarantine),
            "seconds": figures["durations_s"]["write"]}


# --------------------------------------------------------------------------------------------------
# 5. data-quality gates


def quality_gates(settings: Settings, run_id: str, staged: dict[str, Any]) -> dict[str, Any]:
    """Check the staged output; raise GateError with a readable message when a gate fails."""
    t0 = time.perf_counter()
    staging = Path(staged["staging"])
    manifest = _load_json(Path(staged["manifest"]))
    fig = manifest["figures"]
    failures: list[str] = []

    # Schema: every record was validated in its final form (clean_batch, or deduplicate if it changed it).
    schema = fig["schema_validation"]
    seen_ids: set[str] = set()
    duplicate_ids: list[str] = []
    records = und = 0
    for shard in manifest["shards"]:
        for rec in compat.read_jsonl(staging / shard["name"]):
            records += 1
            if rec["id"] in seen_ids:
                duplicate_ids.append(rec["id"])
            seen_ids.add(rec["id"])
            und += (rec.get("language") or "und") == "und"
    if schema["invalid"]:
        failures.append(f"{schema['invalid']} of {records} records fail the record schema, e.g. "
                        + "; ".join(schema["examples"]))
    if schema["records_validated"] != records:
        failures.append(f"{schema['records_validated']} records were validated but the shards hold {records}")
    if duplicate_ids:
        failures.append(f"{len(duplicate_ids)} record ids appear twice, e.g. {duplicate_ids[:3]}")
    check_entry = compat.quarantine_validator()
    bad_entries = [f"{q.get('source')}: {errs[0]}" for q in compat.read_jsonl(staging / manifest["quarantine"])
                   if (errs := check_entry(q))]
    if bad_entries:
        failures.append(f"{len(bad_entries)} quarantine entries fail the quarantine schema, e.g. "
                        + "; ".join(bad_entries[:3]))

    cleaned = fig["documents_in"]
    by_reason = fig["quarantined_by_reason"]
    bad = sum(n for reason, n in by_reason.items() if reason != "duplicate")
    shares = {
        "quarantined": bad / cleaned if cleaned else 0.0,
        "empty": by_reason.get("empty", 0) / cleaned if cleaned else 0.0,
        "und": und / records if records else 0.0,
    }
    limits = {"quarantined": settings.max_quarantined_share, "empty": settings.max_empty_share,
              "und": settings.max_und_share}
    detail = {
        "quarantined": f"{bad} of {cleaned} documents quarantined ({by_reason})",
        "empty": f"{by_reason.get('empty', 0)} of {cleaned} documents empty after cleaning",
        "und": f"{und} of {records} records of undetermined language ('und')",
    }
    for name, share in shares.items():
        if share > limits[name]:
            failures.append(f"share of {name} {share:.2%} > limit {limits[name]:.2%}: {detail[name]}")

    # Reconciliation: every discovered file is either a record, quarantined or skipped.
    skipped = sum(fig["files_skipped"].values())
    files = manifest["files"]
    ingested = sum(f["status"] == "ingested" for f in files)
    quarantined_files = sum(f["status"] == "quarantined" for f in files)
    missing = [f["source"] for f in files if f["status"] == "changed_during_run"]
    changed = fig.get("changed_during_run", 0)
    lhs = fig["files_discovered"]
    rhs = ingested + quarantined_files + skipped + changed
    if lhs != rhs or len(missing) != changed:
        failures.append(
            f"counts do not reconcile: files in {lhs} != ingested {ingested} + quarantined {quarantined_files} "
            f"+ skipped {skipped} + changed during run {changed}; unaccounted: {missing[:5]}"
        )
    if records != fig["documents_out"]:
        failures.append(f"counts do not reconcile: manifest says {fig['documents_out']} records, shards hold {records}")

    result = {"passed": not failures, "failures": failures, "shares": {k: round(v, 4) for k, v in shares.items()},
              "limits": limits, "records": records, "records_schema_valid": schema["records_validated"] - schema["invalid"],
              "seconds": round(time.perf_counter() - t0, 3)}
    if failures:
        raise GateError(f"data-quality gates failed for run {run_id}:\n  - " + "\n  - ".join(failures))
    return result


# --------------------------------------------------------------------------------------------------
# 6. publish (commit)


def publish(settings: Settings, run_id: str, staged: dict[str, Any] | None, gates: dict[str, Any] | None) -> dict[str, Any]:
    """Commit: pending marks, move shards + quarantine + manifest into place, then finished marks.

    Idempotent: each move is an atomic rename of a staged file; a retry moves what is left, and a
    published run (its manifest in manifests/) is left as it is.
    """
    t0 = time.perf_counter()
    corpus = Path(settings.corpus)
    final_manifest = manifest_path(settings, run_id)
    if not _is_published(settings, run_id):
        if staged is None:
            raise RuntimeError(f"run {run_id} has no staged output to publish")
        staging = Path(staged["staging"])
        staged_manifest = Path(staged["manifest"])
        manifest = _load_json(staged_manifest)
        if manifest["status"] != "published":
            manifest.update(status="published", published_at=_now(), gates=gates)
            manifest["figures"]["durations_s"]["gates"] = (gates or {}).get("seconds", 0.0)
            compat.write_json_atomic(staged_manifest, manifest)
        catalog = compat.open_catalog(settings.catalog_url)
        try:  # from here on, release_run() keeps these claims and the next claimant finds the output
            for output in sorted({f["output"] for f in manifest["files"] if f.get("output")}):
                catalog.mark_pending(
                    [(f["sha256"], (f.get("record_ids") or [None])[0]) for f in manifest["files"]
                     if f.get("output") == output], run_id, output)
        finally:
            catalog.close()
        moves = [s["name"] for s in manifest["shards"]] + [manifest["quarantine"], manifest["duplicates"]]
        for rel in moves + [f"{MANIFESTS_DIR}/{final_manifest.name}"]:  # the manifest last: the commit
            src, dst = staging / rel, corpus / rel
            if src.is_file():
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
                compat.fsync_dir(dst.parent)
            elif not dst.is_file():
                raise RuntimeError(f"staged file {src} is missing and {dst} was never published")
    manifest = _load_json(final_manifest)

    catalog = compat.open_catalog(settings.catalog_url)
    try:
        catalog.finish_files(
            [(f["sha256"], f["status"], f.get("reason"), (f.get("record_ids") or [None])[0])
             for f in manifest["files"] if f["status"] in ("ingested", "quarantined")], run_id)
        catalog.release_run(run_id)  # claims of files that changed during the run go back to the pool
    finally:
        catalog.close()

    if manifest["figures"]["documents_out"]:
        compat.write_json_atomic(corpus / "latest.json", {"run_id": run_id, "manifest": str(final_manifest),
                                                          "documents_out": manifest["figures"]["documents_out"]})
    shutil.rmtree(work_dir(settings, run_id), ignore_errors=True)
    figures = dict(manifest["figures"])
    figures["durations_s"] = {**figures["durations_s"], "publish": round(time.perf_counter() - t0, 3)}
    return {"run_id": run_id, "manifest": str(final_manifest),
            "shards": [str(corpus / s["name"]) for s in manifest["shards"]], "figures": figures}


def release(settings: Settings, run_id: str) -> int:
    """After a failed run: give up its unfinished claims so a later run can take the files."""
    if _is_published(settings, run_id):
        return 0
    catalog = compat.open_catalog(settings.catalog_url)
    try:
        return int(catalog.release_run(run_id) or 0)
    finally:
        catalog.close()


# --------------------------------------------------------------------------------------------------


def run_all(settings: Settings, run_id: str) -> dict[str, Any]:
    """All steps in one process, in DAG order (used by the concurrency test and the benchmark)."""
    plan = plan_run(settings, run_id)
    if plan["already_published"]:
        return publish(settings, run_id, None, None)
    try:
        results = [clean_batch_file(settings, b) for b in plan["batches"]]
        dedup = deduplicate(settings, run_id, results)
        staged = write_corpus(settings, run_id, plan, dedup)
        gates = quality_gates(settings, run_id, staged)
        return publish(settings, run_id, staged, gates)
    except BaseException:
        release(settings, run_id)
        raise
