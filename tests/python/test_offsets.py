"""Offsets in Python's string indices: field[r.start:r.end] is the evidence sentence."""

from __future__ import annotations

import unicodedata
import warnings

from conftest import extract_doc

INTRO = "Chiều 5/7, Tỉnh ủy Hà Giang tổ chức hội nghị công bố quyết định về công tác cán bộ. "
MOVE = (
    "Ông Nguyễn Văn Thành, Phó Chủ tịch UBND huyện Bắc Mê, được điều động giữ chức "
    "Bí thư Huyện ủy Yên Minh."
)
OUTRO = " Hội nghị kết thúc lúc 17 giờ."


def field_of(doc: dict, record) -> str:
    return doc["title"] if record.evidence_field == "title" else doc["text"]


def skeleton(s: str) -> str:
    """The letters and digits of `s` without their marks, case folded: what
    normalization (NFC, tone placement, invisible characters, glued words split, Ð for
    Đ) leaves as it is."""
    s = unicodedata.normalize("NFD", s.replace("Ð", "Đ"))
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c)).casefold()


def test_slice_by_characters_is_the_evidence(extractor):
    text = INTRO + MOVE + OUTRO
    [record] = extractor.extract(text, title="Hà Giang công bố quyết định về cán bộ")
    assert record.evidence_field == "text"
    assert text[record.start : record.end] == MOVE == record.evidence
    # The byte offsets count the UTF-8 bytes of the Vietnamese letters before it.
    assert record.start_byte == len(INTRO.encode()) != record.start == len(INTRO)
    assert (record.start_byte, record.end_byte) == (record.evidence_start, record.evidence_end)
    assert text.encode()[record.start_byte : record.end_byte] == MOVE.encode()


def test_offsets_of_a_move_in_the_title(extractor):
    title = "Ông Trần Văn Lâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Lào Cai"
    text = "Sáng nay, lễ trao quyết định diễn ra tại trụ sở UBND tỉnh."
    [record] = extractor.extract(text, title=title)
    assert record.evidence_field == "title"
    assert title[record.start : record.end] == title


def test_offsets_on_corpus(extractor, corpus, corpus_records):
    """Every record of corpus/, whose articles hold decomposed letters, zero-width spaces,
    byte-order marks, glued words and both tone styles: the slice by characters is the
    slice by bytes, and it is the evidence before normalization."""
    records = 0
    differ = 0
    for doc in corpus:
        for record in extract_doc(extractor, doc):
            field = field_of(doc, record)
            piece = field[record.start : record.end]
            assert piece, record
            assert piece.encode() == field.encode()[record.start_byte : record.end_byte]
            assert skeleton(piece) == skeleton(record.evidence), (piece, record.evidence)
            records += 1
            differ += record.start != record.start_byte
    assert records == corpus_records
    assert differ > records // 2, "most records have letters of more than one byte before them"


def test_lone_surrogates_keep_the_indices(extractor):
    # json.loads('"\\ud800"') gives such a string; UTF-8 cannot hold it.
    text = "Tin nhanh \ud800. " + MOVE
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [record] = extractor.extract(text)
    assert [w.category for w in caught] == [UnicodeWarning]
    assert "lone surrogate" in str(caught[0].message)
    assert text[record.start : record.end] == MOVE
