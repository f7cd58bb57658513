"""The Python package gives the command line's records, every column."""

from __future__ import annotations

import pytest
from conftest import ROOT, extract_doc, run_cli

import canbo


def as_cli(record: canbo.Record) -> dict:
    """The record as a line of `canbo extract --format jsonl`."""
    d = record.to_dict()
    return {name: d[name] for name in canbo.COLUMNS}


def test_columns_are_the_cli_columns(extractor, corpus):
    cli = run_cli("corpus/articles.jsonl")
    assert cli, "the corpus gives records"
    assert tuple(cli[0]) == canbo.COLUMNS
    records = extractor.extract(corpus[0]["text"], doc_id=corpus[0]["id"])
    assert tuple(records[0].to_dict()) == canbo.RECORD_KEYS
    assert canbo.RECORD_KEYS == (*canbo.COLUMNS, "start", "end")
    for name in canbo.RECORD_KEYS:
        assert getattr(records[0], name) == records[0].to_dict()[name]


def test_extract_gives_the_cli_records_on_corpus(extractor, corpus, corpus_records):
    cli = run_cli("corpus")
    assert len(cli) == corpus_records
    ours = [as_cli(r) for doc in corpus for r in extract_doc(extractor, doc)]
    assert len(ours) == len(cli)
    for mine, theirs in zip(ours, cli):
        assert mine == theirs


def test_extract_many_gives_the_cli_records_on_corpus(extractor, corpus):
    cli = run_cli("corpus")
    assert [as_cli(r) for r in extractor.extract_many(corpus)] == cli


@pytest.mark.parametrize("mode", ["rb", "r"])
def test_json_lines_give_the_cli_records(extractor, mode):
    """Lines of a file, bytes or str, parsed on the pool as the command line parses them."""
    cli = run_cli("corpus/articles.jsonl")
    with open(ROOT / "corpus" / "articles.jsonl", mode) as lines:
        assert [as_cli(r) for r in extractor.extract_many(lines)] == cli


@pytest.mark.parametrize(
    "options, args",
    [
        ({"tone_style": "new"}, ["--tone-style", "new"]),
        ({"min_confidence": 0.0}, ["--min-confidence", "0"]),
        ({"min_confidence": 0.8}, ["--min-confidence", "0.8"]),
    ],
)
def test_options_are_the_cli_options(corpus, options, args):
    cli = run_cli("corpus", *args)
    extractor = canbo.Extractor(**options)
    assert [as_cli(r) for r in extractor.extract_many(corpus, threads=2)] == cli


def test_min_confidence_is_the_models_threshold_by_default(extractor):
    assert 0 < extractor.min_confidence < 1
    assert canbo.Extractor(min_confidence=0.8).min_confidence == 0.8
    records = canbo.Extractor(min_confidence=0).extract(
        "Ông Lê Văn Hòa được bổ nhiệm giữ chức Giám đốc Sở Tài chính."
    )
    assert records and all(0 <= r.confidence <= 1 for r in records)
