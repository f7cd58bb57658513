#!/usr/bin/env python3
"""Personnel moves from JSON Lines articles on a Spark cluster: canbo on every executor.

    spark-submit examples/spark_extract.py INPUT OUTPUT [--format parquet|csv]
                 [--tone-style old|new] [--min-confidence P] [--partitions N]

INPUT is JSON Lines in canbo's input format, one article a line: "id" (or "doc_id"),
"text", and optionally "title" and "date". It may be a file, a directory or a glob, on
any file system Spark reads (hdfs://, s3a://, …), gzip-compressed or not.

OUTPUT is a directory of Parquet (the default) or CSV files (with a header), one row a
record: the columns of `canbo extract` (canbo.COLUMNS), then "start" and "end", the
evidence's offsets in characters. The records are those `canbo extract` gives.

Each partition builds one canbo.Extractor (about 20 ms) and hands it its lines as they
are: canbo parses them as `canbo extract` does, on one thread (Spark runs one task a
core), and a line that is no document (not JSON, no text, no id) is skipped with a
warning in the executor's log, and counted, as the command line skips and counts it.
Every executor needs canbo installed in its Python (README, "More than one machine").
Run locally, as CI does: `python examples/spark_extract.py corpus/articles.jsonl out`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import types as T

INTEGER_COLUMNS = {"evidence_start", "evidence_end", "start", "end"}
FLOAT_COLUMNS = {"confidence"}


def record_schema(keys: tuple[str, ...]) -> T.StructType:
    """The Spark schema of the records: every column a string, but the offsets and the
    confidence."""

    def kind(key: str) -> T.DataType:
        if key in INTEGER_COLUMNS:
            return T.LongType()
        if key in FLOAT_COLUMNS:
            return T.DoubleType()
        return T.StringType()

    return T.StructType([T.StructField(key, kind(key), nullable=False) for key in keys])


def extract_partition(lines, options: dict, documents, skipped, written):
    """The records of one partition's lines, as tuples in the order of RECORD_KEYS."""
    import canbo  # imported on the executor

    extractor = canbo.Extractor(**options)
    records = extractor.extract_many(lines, threads=1, errors="warn")
    keys = canbo.RECORD_KEYS
    count = 0
    for record in records:
        fields = record.to_dict()
        yield tuple(fields[key] for key in keys)
        count += 1
    documents.add(records.documents)
    skipped.add(records.skipped)
    written.add(count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines articles (file, directory or glob)")
    parser.add_argument("output", help="directory to write the records to (replaced)")
    parser.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    parser.add_argument("--tone-style", choices=["old", "new"], default="old")
    parser.add_argument("--min-confidence", type=float, default=None, metavar="P")
    parser.add_argument(
        "--partitions",
        type=int,
        default=None,
        metavar="N",
        help="read the input in at least N partitions (default: as Spark splits it)",
    )
    args = parser.parse_args(argv)

    # Local runs: the executors' Python is this one, where canbo is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.appName("canbo extract").getOrCreate()
    import canbo

    started = time.perf_counter()
    context = spark.sparkContext
    # Lines as text: Spark hands them to Python as they are, much faster than rows of a
    # DataFrame, and canbo reads them as the command line does.
    lines = context.textFile(args.input, minPartitions=args.partitions)
    options = {"tone_style": args.tone_style, "min_confidence": args.min_confidence}
    documents = context.accumulator(0)
    skipped = context.accumulator(0)
    written = context.accumulator(0)
    rows = lines.mapPartitions(
        lambda part: extract_partition(part, options, documents, skipped, written)
    )
    frame = spark.createDataFrame(rows, record_schema(canbo.RECORD_KEYS))
    writer = frame.write.mode("overwrite")
    if args.format == "parquet":
        writer.parquet(args.output)
    else:
        # RFC 4180 quoting ("" inside quotes), as `canbo extract` writes CSV, and the
        # values as they are (Spark trims them by default).
        writer.options(
            header=True,
            escape='"',
            ignoreLeadingWhiteSpace=False,
            ignoreTrailingWhiteSpace=False,
        ).csv(args.output)
    seconds = time.perf_counter() - started
    print(
        f"canbo: {documents.value} documents read, {skipped.value} skipped, "
        f"{written.value} records written to {args.output} ({args.format}) in {seconds:.1f} s"
    )
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
