"""Personnel moves of Vietnamese officials (cán bộ), read from news text.

Who moved, from which post, to which post, and when, with the sentence it was read
from: the records of the ``canbo`` command line, from Python.

One document::

    import canbo
    extractor = canbo.Extractor()          # build once, share between threads
    for r in extractor.extract(text, doc_id="a1", title=title, date="2017-06-27"):
        print(r.person, r.from_post, r.to_post, r.date, text[r.start:r.end])

Many documents, in input order, on every core::

    for record in extractor.extract_many(json.loads(line) for line in open(path)):
        ...

``canbo.to_pandas(records)`` makes a DataFrame (``pip install canbo[pandas]``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ._canbo import COLUMNS, Extractor, InputWarning, Record, RecordIterator, __version__

if TYPE_CHECKING:
    import pandas

__all__ = [
    "COLUMNS",
    "RECORD_KEYS",
    "Extractor",
    "InputWarning",
    "Record",
    "RecordIterator",
    "to_pandas",
    "__version__",
]

#: The keys of ``Record.to_dict()``: the command line's columns, then the evidence's
#: offsets in characters.
RECORD_KEYS = (*COLUMNS, "start", "end")


def to_pandas(records: Iterable[Record]) -> "pandas.DataFrame":
    """The records as a pandas DataFrame, one row a record.

    Its columns are those of ``Record.to_dict()``: ``canbo.COLUMNS`` (the command line's
    columns, in its order), then ``start`` and ``end``, the evidence's offsets in
    characters. ``records`` may be any iterable of ``canbo.Record``, such as the result of
    ``extract()`` or ``extract_many()``.

    Needs pandas, which canbo does not require: ``pip install canbo[pandas]``.
    """
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "canbo.to_pandas needs pandas, which is not installed: "
            "pip install pandas (or canbo[pandas])"
        ) from e
    rows = []
    for record in records:
        if not isinstance(record, Record):
            raise TypeError(
                f"to_pandas takes canbo.Record objects, not {type(record).__name__}"
            )
        rows.append(record.to_dict())
    return pandas.DataFrame.from_records(rows, columns=list(RECORD_KEYS))
