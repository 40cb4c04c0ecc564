#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a random decision-matrix file (docs/engine.md) for benchmarks and fuzz seeds.

    scripts/gen-matrix.py --alternatives 10000 --criteria 24 --method topsis --seed 1 > /tmp/m.json
"""
import argparse
import json
import random
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--alternatives", type=int, default=1000)
    ap.add_argument("--criteria", type=int, default=20)
    ap.add_argument("--method", default="wsm", choices=["wsm", "wpm", "topsis", "vikor", "promethee2"])
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.alternatives < 1 or args.criteria < 1:
        ap.error("--alternatives and --criteria must be at least 1")
    rng = random.Random(args.seed)
    doc = {
        "alternatives": [f"V{i + 1}" for i in range(args.alternatives)],
        "criteria": [
            {"name": f"c{j + 1}", "type": "cost" if j % 3 == 0 else "benefit", "weight": round(rng.uniform(0.5, 2.0), 3)}
            for j in range(args.criteria)
        ],
        "matrix": [[round(rng.uniform(1.0, 100.0), 3) for _ in range(args.criteria)] for _ in range(args.alternatives)],
        "method": args.method,
    }
    json.dump(doc, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
