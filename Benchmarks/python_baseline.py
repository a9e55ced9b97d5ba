#!/usr/bin/env python3
"""The alternative a user would write: load every day file and look for one word.

Usage: python3 Benchmarks/python_baseline.py EXPORT_DIR [WORD]
"""
import json
import os
import sys

root = sys.argv[1]
word = sys.argv[2] if len(sys.argv) > 2 else "rollback"
hits = 0
total = 0
for channel in sorted(os.listdir(root)):
    folder = os.path.join(root, channel)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            for m in json.loads(f.read()):
                total += 1
                if word in (m.get("text") or "").lower():
                    hits += 1
print(f"{total} messages, {hits} mention '{word}'")
