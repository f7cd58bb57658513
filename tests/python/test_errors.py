"""Wrong input raises TypeError or ValueError with a clear message; gazetteers."""

from __future__ import annotations

import os

import pytest

import canbo

SENTENCE = "Ông Nguyễn Văn Thành được điều phối giữ chức Bí thư Huyện ủy Yên Minh."


@pytest.mark.parametrize("text", [None, 5, b"bytes", ["a list"]])
def test_extract_takes_a_str(extractor, text):
    with pytest.raises(TypeError, match=f"text must be a str, not {type(text).__name__}"):
        extractor.extract(text)


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"doc_id": 1.5}, TypeError, "doc_id must be a str or an int, not float"),
        ({"title": 3}, TypeError, "title must be a str, not int"),
        ({"date": 20170627}, TypeError, "date must be an ISO 8601 str or a datetime.date, not int"),
    ],
)
def test_extract_checks_its_arguments(extractor, kwargs, error, message):
    with pytest.raises(error, match=message):
        extractor.extract("Văn bản.", **kwargs)


@pytest.mark.parametrize(
    "docs, error, message",
    [
        (None, TypeError, "an iterable of documents \\(dicts\\), not NoneType"),
        ("Ông A được bổ nhiệm.", TypeError, "not one str; for one document use extract"),
        ({"text": "x"}, TypeError, "not one dict; for one document use extract"),
        ([5], TypeError, 'document 0: a document is a dict with "text".* not int'),
        (["Ông A"], ValueError, "document 0: malformed JSON"),
        ([{"text": "x"}, {"id": "b"}], ValueError, 'document 1: no "text"'),
        ([{"text": "x", "id": ["b"]}], TypeError, 'document 0: "id" must be a str or an int, not list'),
        ([{"text": "x", "date": 2017}], TypeError, 'document 0: "date" must be an ISO 8601 str'),
    ],
)
def test_extract_many_checks_its_documents(extractor, docs, error, message):
    with pytest.raises(error, match=message):
        list(extractor.extract_many(docs))


@pytest.mark.parametrize("threads", [0, -1])
def test_threads_are_at_least_one(extractor, threads):
    with pytest.raises(ValueError, match=f"threads must be at least 1 .*not {threads}"):
        extractor.extract_many([], threads=threads)


def test_extractor_options_are_checked(tmp_path):
    with pytest.raises(ValueError, match="tone_style must be 'old' or 'new', not 'modern'"):
        canbo.Extractor(tone_style="modern")
    with pytest.raises(ValueError, match="min_confidence must be between 0 and 1, not 1.5"):
        canbo.Extractor(min_confidence=1.5)
    with pytest.raises(FileNotFoundError, match="no directory"):
        canbo.Extractor(gazetteers=tmp_path / "missing")
    (tmp_path / "moves.tsv").write_text("", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        canbo.Extractor(gazetteers=tmp_path / "moves.tsv")


def test_bad_gazetteer_rows_are_named(tmp_path):
    (tmp_path / "cues.tsv").write_text("phrase\tclass\nsau đó\tto\n", encoding="utf-8")
    with pytest.raises(ValueError, match='cues.tsv:1: the header is "phrase class"'):
        canbo.Extractor(gazetteers=str(tmp_path))
    os.remove(tmp_path / "cues.tsv")
    (tmp_path / "moves.txt.tsv").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="not a gazetteer file"):
        canbo.Extractor(gazetteers=tmp_path)


def test_gazetteers_extend_the_word_lists(tmp_path, extractor):
    assert extractor.extract(SENTENCE) == []
    (tmp_path / "moves.tsv").write_text(
        "phrase\tkind\tclass\tnote\nđược điều phối\tđiều phối\tappoint\twritten for a test\n",
        encoding="utf-8",
    )
    extended = canbo.Extractor(gazetteers=tmp_path)
    assert os.fspath(extended.gazetteers) == os.fspath(tmp_path)
    [record] = extended.extract(SENTENCE)
    assert (record.person, record.kind) == ("Nguyễn Văn Thành", "điều phối")


def test_to_pandas_without_pandas_says_what_to_install(monkeypatch, extractor):
    monkeypatch.setitem(__import__("sys").modules, "pandas", None)
    with pytest.raises(ImportError, match="canbo.to_pandas needs pandas"):
        canbo.to_pandas(extractor.extract(SENTENCE))


def test_to_pandas(extractor, corpus):
    pandas = pytest.importorskip("pandas")
    records = list(extractor.extract_many(corpus))
    frame = canbo.to_pandas(records)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(canbo.RECORD_KEYS)
    assert frame.to_dict("records") == [r.to_dict() for r in records]
    assert list(canbo.to_pandas([]).columns) == list(canbo.RECORD_KEYS)
    with pytest.raises(TypeError, match="to_pandas takes canbo.Record objects, not dict"):
        canbo.to_pandas([records[0].to_dict()])
