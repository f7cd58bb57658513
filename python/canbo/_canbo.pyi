# Type stubs of the native module (src/python.rs).
import datetime
import os
from typing import Any, Iterable, Iterator, Literal, Mapping, Optional, Union

__version__: str
#: The columns of `canbo extract`, in its order: the attributes of a Record.
COLUMNS: tuple[str, ...]

_Date = Union[str, datetime.date, None]

class Extractor:
    """Extracts the personnel moves of officials from Vietnamese news text."""

    def __init__(
        self,
        tone_style: str = "old",
        gazetteers: Union[str, os.PathLike[str], None] = None,
        min_confidence: Optional[float] = None,
    ) -> None: ...
    @property
    def tone_style(self) -> str: ...
    @property
    def gazetteers(self) -> Optional[os.PathLike[str]]: ...
    @property
    def min_confidence(self) -> float: ...
    def extract(
        self,
        text: str,
        doc_id: Union[str, int, None] = None,
        title: Optional[str] = None,
        date: _Date = None,
    ) -> list[Record]:
        """The records of one document, in document order."""
    def extract_many(
        self,
        docs: Iterable[Union[Mapping[str, Any], str, bytes]],
        threads: Optional[int] = None,
        errors: Literal["raise", "warn", "skip"] = "raise",
    ) -> RecordIterator:
        """The records of many documents (dicts with "text", "id", "title", "date", or
        lines of JSON Lines), in input order, on a pool of `threads` threads (None: one
        per core)."""

class RecordIterator(Iterator[Record]):
    """The records of Extractor.extract_many(), in input order."""

    def __iter__(self) -> RecordIterator: ...
    def __next__(self) -> Record: ...
    @property
    def documents(self) -> int:
        """The documents read so far."""
    @property
    def skipped(self) -> int:
        """The items of the input skipped so far (errors="warn" or "skip")."""

class InputWarning(UserWarning):
    """An item of extract_many's input that is not a document, skipped (errors="warn")."""

class Record:
    """One personnel move, with the sentence it was read from."""

    # The columns of `canbo extract`, in its order (COLUMNS).
    record_id: str
    doc_id: str
    person: str
    from_post: str
    to_post: str
    date: str
    kind: str
    date_text: str
    evidence: str
    evidence_field: str
    evidence_start: int
    evidence_end: int
    from_place: str
    from_place_code: str
    to_place: str
    to_place_code: str
    to_place_code_2025: str
    rule: str
    confidence: float
    # The evidence's offsets in its field: in characters (Python's string indices), and
    # in bytes of UTF-8 (= evidence_start, evidence_end).
    start: int
    end: int
    @property
    def start_byte(self) -> int: ...
    @property
    def end_byte(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The columns of COLUMNS in order, then "start" and "end"."""
