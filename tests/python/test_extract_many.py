"""extract_many: the records of extract(), in input order, from any iterable, lazily."""

from __future__ import annotations

import collections.abc
import datetime
import doctest
import itertools
import json
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import extract_doc

import canbo

MOVE = (
    "Ông Nguyễn Văn Thành, Phó Chủ tịch UBND huyện Bắc Mê, được điều động giữ chức "
    "Bí thư Huyện ủy Yên Minh."
)

DATED = MOVE[:-1] + " từ ngày 1/7."


def many_documents(corpus: list[dict], times: int) -> list[dict]:
    """The corpus `times` over, each copy with ids of its own."""
    return [{**doc, "id": f"{doc['id']}#{i}"} for i in range(times) for doc in corpus]


@pytest.mark.parametrize("threads", [1, 2, None])
def test_extract_many_is_extract_in_input_order(extractor, corpus, corpus_records, threads):
    # 30 copies: 1,380 documents, several chunks in flight at once.
    docs = many_documents(corpus, 30)
    expected = [r for doc in docs for r in extract_doc(extractor, doc)]
    got = list(extractor.extract_many(iter(docs), threads=threads))
    assert len(got) == corpus_records * 30
    assert got == expected


def test_extract_many_is_lazy(extractor, corpus, corpus_records):
    """An endless stream: the records come while it is read, a few chunks ahead."""
    read = 0

    def endless():
        nonlocal read
        for doc in itertools.cycle(corpus):
            read += 1
            yield doc

    records = extractor.extract_many(endless(), threads=2)
    assert iter(records) is records
    first = list(itertools.islice(records, corpus_records + 10))
    assert [r.to_dict() for r in first[:corpus_records]] == [
        r.to_dict() for doc in corpus for r in extract_doc(extractor, doc)
    ]
    assert read <= 4 * 512, "no more than the chunks in flight are read ahead"


def test_documents_as_mappings_and_pandas_rows(extractor):
    class Doc(collections.abc.Mapping):
        def __init__(self, **fields):
            self.fields = fields

        def __getitem__(self, key):
            return self.fields[key]

        def __iter__(self):
            return iter(self.fields)

        def __len__(self):
            return len(self.fields)

    nan = float("nan")
    docs = [
        {"id": "a", "text": MOVE, "url": "ignored"},
        Doc(doc_id="b", text=MOVE, title=None),
        {"id": 7, "text": MOVE, "title": nan, "date": nan},
        {"id": None, "doc_id": "d", "text": DATED, "date": datetime.date(2017, 6, 27)},
        {"id": "  ", "doc_id": "e", "text": MOVE},
        {"text": MOVE},
    ]
    records = list(extractor.extract_many(docs))
    assert [r.doc_id for r in records] == ["a", "b", "7", "d", "e", ""]
    assert all(r.person == "Nguyễn Văn Thành" for r in records)
    # A date without a year takes the document's.
    assert [r.date for r in records[2:4]] == ["", "2017-07-01"]


def test_json_lines(extractor):
    line = json.dumps({"id": "a", "text": MOVE}, ensure_ascii=False)
    lines = [
        line.encode(),
        "\n",  # blank lines are skipped, as canbo extract skips them
        b"  \r\n",
        "\ufeff" + line.replace('"a"', '"b"') + "\n",
        json.dumps({"id": 3, "title": "Tin", "text": MOVE}),  # ASCII with escapes
    ]
    records = list(extractor.extract_many(lines, threads=1))
    assert [r.doc_id for r in records] == ["a", "b", "3"]
    assert records[0] == extractor.extract(MOVE, doc_id="a")[0]
    assert all(MOVE[r.start : r.end] == MOVE for r in records)


@pytest.mark.parametrize(
    "line, message",
    [
        (b'{"id": "x", "text": 5}', "document 1: text is not a string"),
        (b'{"id": "x"}', "document 1: no text"),
        (b'{"text": "Ong A."}', "document 1: no id"),
        (b'{"id": " ", "text": "Ong A."}', "document 1: empty id"),
        (b'{"id": "x", "text": "Ong A."', "document 1: malformed JSON"),
    ],
)
def test_a_line_that_is_no_document(extractor, line, message):
    good = json.dumps({"id": "a", "text": MOVE}).encode()
    records = extractor.extract_many([good, line, good])
    assert next(records).doc_id == "a"
    with pytest.raises(ValueError, match=message):
        next(records)


@pytest.mark.parametrize("errors", ["warn", "skip"])
def test_what_is_no_document_may_be_skipped(extractor, errors):
    good = json.dumps({"id": "a", "text": MOVE}).encode()
    docs = [good, b"{", {"id": "b"}, 5, "", {"id": "c", "text": MOVE}, b'{"text": "x"}', good]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        records = extractor.extract_many(docs, threads=2, errors=errors)
        assert [r.doc_id for r in records] == ["a", "c", "a"]
    assert (records.documents, records.skipped) == (3, 4)
    messages = [str(w.message) for w in caught if w.category is canbo.InputWarning]
    if errors == "skip":
        assert messages == []
    else:
        # The items read in the main thread are warned of first, then the lines parsed
        # on the pool, as their chunk comes back.
        assert sorted(messages) == [
            'document 1: malformed JSON: EOF while parsing an object at line 1 column 1',
            'document 2: no "text"',
            'document 3: a document is a dict with "text" (and "id", "title", "date") or a '
            "line of JSON Lines (str or bytes), not int",
            "document 6: no id",
        ]


def test_errors_is_raise_warn_or_skip(extractor):
    with pytest.raises(ValueError, match="errors must be 'raise', 'warn' or 'skip', not 'ignore'"):
        extractor.extract_many([], errors="ignore")


def test_an_error_of_the_input_itself_is_never_skipped(extractor):
    def failing():
        yield {"id": "a", "text": MOVE}
        raise ValueError("the input broke")

    records = extractor.extract_many(failing(), errors="skip")
    assert next(records).doc_id == "a"
    with pytest.raises(ValueError, match="the input broke"):
        next(records)


def test_invalid_utf8_in_a_line_is_decoded_with_a_warning(extractor):
    line = b'{"id": "a", "text": "Tin \xff. ' + MOVE.encode() + b'"}'
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [record] = extractor.extract_many([line])
    assert [str(w.message) for w in caught] == ["document 0: invalid UTF-8 (decoded lossily)"]
    assert caught[0].category is UnicodeWarning
    assert record.evidence == MOVE
    # The offsets are those of the text as decoded, each bad byte one U+FFFD.
    text = json.loads(line.decode("utf-8", errors="replace"))["text"]
    assert text[record.start : record.end] == MOVE


def test_no_records_from_no_documents(extractor):
    assert list(extractor.extract_many([])) == []
    assert list(extractor.extract_many([{"id": "x", "text": ""}])) == []


def test_a_bad_document_comes_after_the_records_before_it(extractor, corpus):
    docs = many_documents(corpus, 12)  # 552 documents: the bad one is in the second chunk
    docs.insert(540, {"id": "bad", "text": b"bytes"})
    expected = [r for doc in docs[:540] for r in extract_doc(extractor, doc)]
    records = extractor.extract_many(docs, threads=2)
    got = []
    with pytest.raises(TypeError, match='document 540: "text" must be a str, not bytes'):
        for record in records:
            got.append(record)
    assert got == expected
    assert list(records) == [], "the iterator is over after its error, as a generator is"


def test_an_error_of_the_input_comes_after_the_records_before_it(extractor, corpus):
    def failing():
        yield from corpus[:10]
        raise OSError("the disk went away")

    records = extractor.extract_many(failing())
    got = []
    with pytest.raises(OSError, match="the disk went away"):
        for record in records:
            got.append(record)
    assert got == [r for doc in corpus[:10] for r in extract_doc(extractor, doc)]


def test_one_extractor_shared_by_threads(extractor, corpus):
    expected = [[r.to_dict() for r in extract_doc(extractor, doc)] for doc in corpus]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda doc: [r.to_dict() for r in extract_doc(extractor, doc)], corpus * 4))
    assert got == expected * 4


def test_two_streams_at_once(extractor, corpus):
    a = extractor.extract_many(corpus, threads=1)
    b = extractor.extract_many(corpus, threads=1)
    assert [(x, y) for x, y in zip(a, b)] == [(r, r) for doc in corpus for r in extract_doc(extractor, doc)]


def test_records(extractor):
    [record] = extractor.extract(MOVE, doc_id="vd", date="2017-06-27")
    assert isinstance(record, canbo.Record)
    assert record == extractor.extract(MOVE, doc_id="vd", date="2017-06-27")[0]
    assert record != extractor.extract(MOVE, doc_id="other")[0]
    assert repr(record).startswith("canbo.Record(doc_id='vd', person='Nguyễn Văn Thành', ")
    assert record.to_dict()["to_post"] == "Bí thư Huyện ủy Yên Minh"
    assert record.kind == "điều động"
    # Written in its shortest form, as the command line writes it.
    assert isinstance(record.confidence, float)
    assert repr(record.confidence) == repr(round(record.confidence, 3))
    with pytest.raises(AttributeError):
        record.person = "x"
    assert "canbo.Extractor(tone_style='old', gazetteers=None, min_confidence=" in repr(extractor)


def test_the_example_of_help_runs():
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder().find(canbo.Extractor, "canbo.Extractor", globs={}):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 4 and result.failed == 0
