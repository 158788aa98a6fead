#!/usr/bin/env python3
"""Scores extracted facts on the dev set batch by batch, with the team's scorer.

A dev article's batch is its number's hundred: ar-001 … ar-099 and ar-seed are batch 1, ar-101 …
ar-199 batch 2, and so on (../shared/eval/README.md). Each batch is scored on its own, since a
change that lifts the batch it was built on and not the others fits articles, not the language.
Usage: by_batch.py SCORER DEV_DIR FACTS.jsonl [--families] [scorer options...]
"""
import os, re, subprocess, sys, tempfile, collections


def batch_of(name):
    number = re.search(r"-(\d+)\.json$", name)
    return int(number.group(1)) // 100 + 1 if number else 1


def main():
    scorer, dev, facts, *rest = sys.argv[1:]
    families = "--families" in rest
    rest = [a for a in rest if a != "--families"]
    batches = collections.defaultdict(list)
    for name in sorted(os.listdir(dev)):
        if name.endswith(".json"):
            batches[batch_of(name)].append(os.path.join(dev, name))
    for batch, files in sorted(batches.items()):
        with tempfile.TemporaryDirectory() as folder:
            for f in files:
                os.symlink(os.path.abspath(f), os.path.join(folder, os.path.basename(f)))
            out = subprocess.run([sys.executable, scorer, "--gold", folder, "--system", facts, *rest],
                                 capture_output=True, text=True, check=True).stdout.splitlines()
        print(f"== batch {batch} ({len(files)} articles)")
        for line in out:
            if line.startswith("fami") and not families:
                continue
            print(line)


if __name__ == "__main__":
    main()
