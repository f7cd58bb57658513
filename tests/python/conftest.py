"""Shared fixtures of the Python tests: the installed package, the release command line,
and the documents of the project's own corpus/ read as the command line reads them.

Run from the repository root, in a virtual environment where `pip install .` put canbo:

    python -m pytest tests/python

The command line is target/release/canbo (`cargo build --release`), or $CANBO_CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import canbo

ROOT = Path(__file__).resolve().parents[2]


def cli_path() -> Path:
    path = Path(os.environ.get("CANBO_CLI", ROOT / "target" / "release" / "canbo"))
    if not path.is_file():
        pytest.fail(f"no canbo command line at {path}: run cargo build --release (or set CANBO_CLI)")
    return path


def run_cli(*args: str) -> list[dict]:
    """The records of `canbo extract ARGS --format jsonl`, run from the repository root
    (so that .txt documents are named by their path from there)."""
    done = subprocess.run(
        [str(cli_path()), "extract", *args, "--format", "jsonl", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    # 1: some input was skipped (corpus/ holds README.md and gold.jsonl, which are no
    # documents); anything else is a failure.
    assert done.returncode in (0, 1), done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def read_documents(path: str) -> list[dict]:
    """The documents under `path` (relative to the root) as `canbo extract PATH` reads
    them: files in sorted order, JSON Lines with a text, .txt files whole, others not."""
    docs = []
    full = ROOT / path
    if full.is_dir():
        for name in sorted(os.listdir(full)):
            docs.extend(read_documents(f"{path}/{name}"))
    elif full.suffix == ".jsonl":
        with open(full, encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                if isinstance(doc.get("text"), str):
                    docs.append(doc)
    elif full.suffix == ".txt":
        # newline="": the text as it is in the file, which the offsets count in.
        with open(full, encoding="utf-8", newline="") as f:
            docs.append({"id": path, "text": f.read()})
    return docs


@pytest.fixture(scope="session")
def extractor() -> canbo.Extractor:
    return canbo.Extractor()


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    docs = read_documents("corpus")
    assert len(docs) == 46, "corpus/ holds 42 JSON Lines articles and 4 .txt ones"
    return docs


@pytest.fixture(scope="session")
def corpus_records() -> int:
    """How many records the command line gives on corpus/ (the tests compare to it, so
    that a better extractor needs no edit here)."""
    records = len(run_cli("corpus"))
    assert records > 80, "corpus/ tells about 90 moves"
    return records


def extract_doc(extractor: canbo.Extractor, doc: dict) -> list[canbo.Record]:
    """extract() with the fields of a document dict."""
    return extractor.extract(
        doc["text"], doc_id=doc.get("id"), title=doc.get("title"), date=doc.get("date")
    )
