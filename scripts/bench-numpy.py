#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The NumPy reference for docs/PERFORMANCE.md: the engine benchmark's cases (tests/core/tst_mcda_bench.cpp) written
the way one would in NumPy (vectorised, BLAS products, argsort/argpartition), timed the same way (median of runs).
Prints one line per case: `numpy CASE median_ms min_ms`. Run through scripts/bench-engine, which runs both in one go.

    /usr/bin/python3 scripts/bench-numpy.py [CASE...]     CASE: topsis full rank1 topsis-smaa (default: all)
Needs python3-numpy (Debian).
"""
import sys
import time

import numpy as np


def problem(n, m, seed):
    rng = np.random.default_rng(seed)
    X = rng.uniform(1.0, 100.0, size=(n, m))
    cost = np.array([j % 3 == 0 for j in range(m)])
    return X, cost


def report(name, runs, f):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        times.append((time.perf_counter() - t0) * 1000.0)
    times.sort()
    print(f"numpy {name} {times[len(times) // 2]:.4f} {times[0]:.4f}", flush=True)


def weights(rng, m, b):
    e = -np.log(rng.random((m, b)))
    return e / e.sum(axis=0)


def max_linear(X, cost):
    R = X / X.max(axis=0)
    R[:, cost] = X[:, cost].min(axis=0) / X[:, cost]
    return R


def topsis_score(X, cost, w):
    R = X / np.sqrt((X * X).sum(axis=0))
    R[:, cost] = 1.0 - R[:, cost]
    V = R * w
    dp = np.sqrt(((V.max(axis=0) - V) ** 2).sum(axis=1))
    dm = np.sqrt(((V - V.min(axis=0)) ** 2).sum(axis=1))
    c = dm / (dp + dm)
    order = np.argsort(-c, kind="stable")
    ranks = np.empty_like(order)
    ranks[order] = np.arange(1, len(c) + 1)
    return c, ranks


def smaa_full(R, samples, rng, block=1024):
    n, m = R.shape
    counts = np.zeros(n * n, dtype=np.int64)
    central = np.zeros((n, m))
    for s0 in range(0, samples, block):
        b = min(block, samples - s0)
        W = weights(rng, m, b)
        S = R @ W
        order = np.argsort(-S, axis=0)                     # n × b: alternative at each position
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(n)[:, None], axis=0)
        counts += np.bincount((np.arange(n)[:, None] * n + ranks).ravel(), minlength=n * n)
        first = order[0]
        np.add.at(central, first, W.T)
    return counts, central


def smaa_rank1(R, samples, rng, block=1024):
    n, m = R.shape
    counts = np.zeros(n, dtype=np.int64)
    central = np.zeros((n, m))
    for s0 in range(0, samples, block):
        b = min(block, samples - s0)
        W = weights(rng, m, b)
        first = np.argmax(R @ W, axis=0)
        counts += np.bincount(first, minlength=n)
        np.add.at(central, first, W.T)
    return counts, central


def smaa_topsis(X, cost, samples, k, rng, block=64):
    R = X / np.sqrt((X * X).sum(axis=0))
    R[:, cost] = 1.0 - R[:, cost]
    A = (R.max(axis=0) - R) ** 2
    B = (R - R.min(axis=0)) ** 2
    n, m = R.shape
    counts = np.zeros((n, k), dtype=np.int64)
    for s0 in range(0, samples, block):
        b = min(block, samples - s0)
        W2 = weights(rng, m, b) ** 2
        dp = np.sqrt(A @ W2)
        dm = np.sqrt(B @ W2)
        c = dm / (dp + dm)
        top = np.argpartition(-c, k, axis=0)[:k]           # k × b, unordered
        vals = np.take_along_axis(c, top, axis=0)
        order = np.argsort(-vals, axis=0)
        best = np.take_along_axis(top, order, axis=0)
        for r in range(k):
            counts[:, r] += np.bincount(best[r], minlength=n)
    return counts


def main():
    cases = sys.argv[1:] or ["topsis", "full", "rank1", "topsis-smaa"]
    rng = np.random.default_rng(7)
    if "topsis" in cases:
        X, cost = problem(10000, 24, 1)
        w = np.full(24, 1.0 / 24)
        report("topsis", 200, lambda: topsis_score(X, cost, w))
    if "full" in cases or "rank1" in cases:
        X, cost = problem(1000, 20, 3)
        R = max_linear(X, cost)
        if "full" in cases:
            report("full", 7, lambda: smaa_full(R, 10000, rng))
        if "rank1" in cases:
            report("rank1", 15, lambda: smaa_rank1(R, 10000, rng))
    if "topsis-smaa" in cases:
        X, cost = problem(10000, 24, 5)
        report("topsis-smaa", 5, lambda: smaa_topsis(X, cost, 1000, 10, rng))


if __name__ == "__main__":
    main()
