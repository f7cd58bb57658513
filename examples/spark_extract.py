#!/usr/bin/env python3
"""Personnel moves from JSON Lines articles on a Spark cluster: canbo on every executor.

    spark-submit examples/spark_extract.py INPUT OUTPUT [--format parquet|csv]
                 [--tone-style old|new] [--min-confidence P] [--partitions N]

INPUT is JSON Lines in canbo's input format, one article a line: "id" (or "doc_id"),
"text", and optionally "title" and "date". It may be a file, a directory or a glob, on
any file system Spark reads (hdfs://, s3a://, …), gzip-compressed or not. A line without
a text or an id (or that is no JSON) is left out, as `canbo extract` skips it.

OUTPUT is a directory of Parquet (the default) or CSV files (with a header), one row a
record: the columns of `canbo extract` (canbo.COLUMNS), then "start" and "end", the
evidence's offsets in characters. The records are those `canbo extract` gives.

Each partition builds one canbo.Extractor (about 20 ms) and reads its articles with
extract_many on one thread: Spark runs one task a core. Every executor needs canbo
installed in its Python (`pip install canbo-*.whl`; README, "More than one machine").
Run locally, as CI does, with `python examples/spark_extract.py corpus/articles.jsonl out`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# The fields of the input that canbo reads; any other is ignored. Strings all: a numeric
# id is read as its JSON text, as the command line reads it.
INPUT_FIELDS = ("id", "doc_id", "title", "text", "date")

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


def extract_partition(rows, options: dict, documents, records):
    """The records of one partition's articles, as tuples in the order of RECORD_KEYS."""
    import canbo  # imported on the executor

    extractor = canbo.Extractor(**options)

    def docs():
        for row in rows:
            documents.add(1)
            yield row.asDict()

    keys = canbo.RECORD_KEYS
    for record in extractor.extract_many(docs(), threads=1):
        records.add(1)
        fields = record.to_dict()
        yield tuple(fields[key] for key in keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines articles (file, directory or glob)")
    parser.add_argument("output", help="directory to write the records to (replaced)")
    parser.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    parser.add_argument("--tone-style", choices=["old", "new"], default="old")
    parser.add_argument("--min-confidence", type=float, default=None, metavar="P")
    parser.add_argument(
        "--partitions", type=int, default=None, metavar="N",
        help="repartition the articles into N partitions first (default: as Spark reads them)",
    )
    args = parser.parse_args(argv)

    # Local runs: the executors' Python is this one, where canbo is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.appName("canbo extract").getOrCreate()
    import canbo

    started = time.perf_counter()
    schema = T.StructType([T.StructField(name, T.StringType()) for name in INPUT_FIELDS])
    # As `canbo extract`, only the lines with a text and an id (or doc_id) that is not blank.
    has_id = (F.trim(F.col("id")) != "") | (F.trim(F.col("doc_id")) != "")
    articles = (
        spark.read.schema(schema).json(args.input).where(F.col("text").isNotNull() & has_id)
    )
    if args.partitions:
        articles = articles.repartition(args.partitions)
    options = {"tone_style": args.tone_style, "min_confidence": args.min_confidence}
    documents = spark.sparkContext.accumulator(0)
    records = spark.sparkContext.accumulator(0)
    rows = articles.rdd.mapPartitions(
        lambda part: extract_partition(part, options, documents, records)
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
        f"canbo: {documents.value} documents, {records.value} records "
        f"written to {args.output} ({args.format}) in {seconds:.1f} s"
    )
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
