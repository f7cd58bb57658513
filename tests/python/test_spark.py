"""examples/spark_extract.py, in Spark's local mode, gives the command line's records.

Needs pyspark and Java; skipped without them, unless CANBO_REQUIRE_SPARK=1 (as in CI),
where their absence is a failure.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, run_cli

import canbo


def require_spark() -> None:
    missing = [
        what
        for what, there in [
            ("pyspark", importlib.util.find_spec("pyspark") is not None),
            ("java", shutil.which("java") is not None or "JAVA_HOME" in os.environ),
        ]
        if not there
    ]
    if missing:
        if os.environ.get("CANBO_REQUIRE_SPARK") == "1":
            pytest.fail(f"CANBO_REQUIRE_SPARK=1, but there is no {' or '.join(missing)}")
        pytest.skip(f"no {' or '.join(missing)}")


def typed(row: dict) -> dict:
    """A CSV row with the types of a record's fields."""
    return {
        key: int(value) if key in ("evidence_start", "evidence_end", "start", "end")
        else float(value) if key == "confidence"
        else value
        for key, value in row.items()
    }


def test_spark_example_gives_the_cli_records(tmp_path):
    require_spark()
    # The articles of corpus/, and two lines that are no document, which are skipped.
    articles = (ROOT / "corpus" / "articles.jsonl").read_bytes()
    (tmp_path / "articles.jsonl").write_bytes(b"not JSON\n" + articles + b'{"id": "x"}\n')
    out = tmp_path / "records"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "spark_extract.py"),
            str(tmp_path / "articles.jsonl"),
            str(out),
            "--format",
            "csv",
            "--partitions",
            "3",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYSPARK_SUBMIT_ARGS": "--master local[2] pyspark-shell"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    rows = []
    for part in sorted(out.glob("part-*.csv")):
        with open(part, encoding="utf-8", newline="") as f:
            rows.extend(typed(row) for row in csv.DictReader(f))
    cli = run_cli("corpus/articles.jsonl")
    assert len(rows) == len(cli) > 0
    summary = f"canbo: 42 documents read, 2 skipped, {len(cli)} records written"
    assert summary in done.stdout, done.stdout
    # Partitions are written by tasks in any order: compare the records in any order.
    key = lambda record: json.dumps(record, ensure_ascii=False, sort_keys=True)  # noqa: E731
    assert sorted(({k: r[k] for k in canbo.COLUMNS} for r in rows), key=key) == sorted(cli, key=key)
    assert all(set(r) == set(canbo.RECORD_KEYS) for r in rows)
