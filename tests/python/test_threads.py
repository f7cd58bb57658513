"""Two threads are faster than one: extract_many runs on its pool without the GIL."""

from __future__ import annotations

import hashlib
import os
import threading
import time

import pytest

# The speed-up asked of two threads over one. It is about 1.9 on a quiet machine with
# two cores; the bar leaves room for a noisy one (CANBO_MIN_SPEEDUP overrides it).
MIN_SPEEDUP = float(os.environ.get("CANBO_MIN_SPEEDUP", "1.3"))


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def machine_speedup() -> float:
    """What two threads gain over one on this machine now, with work that surely runs in
    parallel (hashlib releases the GIL on large buffers): below 2 when other programs
    hold the cores."""
    data = bytes(32 << 20)

    def work() -> None:
        hashlib.sha256(data).digest()

    def both() -> None:
        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    one = min(timed(lambda: (work(), work())) for _ in range(3))
    two = min(timed(both) for _ in range(3))
    return one / two


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two cores")
def test_two_threads_are_faster_than_one(extractor, corpus, corpus_records):
    # corpus/ is dense in moves: every article goes through the whole pipeline.
    docs = [{**doc, "id": f"{doc['id']}#{i}"} for i in range(60) for doc in corpus]

    def extract(threads: int) -> None:
        assert sum(1 for _ in extractor.extract_many(docs, threads=threads)) == corpus_records * 60

    extract(2)  # warm up
    # The fastest of several runs of each, taken in turn, is the one least slowed by
    # whatever else the machine runs. Noise only slows a run down: without parallelism
    # no number of rounds would reach the bar.
    one = two = float("inf")
    for _ in range(10):
        one = min(one, timed(lambda: extract(1)))
        two = min(two, timed(lambda: extract(2)))
        if one / two >= MIN_SPEEDUP:
            break
    report = f"1 thread {one:.3f} s, 2 threads {two:.3f} s: {one / two:.2f}x"
    print(report)
    if one / two < MIN_SPEEDUP:
        machine = machine_speedup()
        if machine < 1.5:
            pytest.skip(f"{report}, but the machine is busy: two threads of hashlib gain {machine:.2f}x")
        pytest.fail(f"{report}, where two threads of hashlib gain {machine:.2f}x")
