#!/usr/bin/env python3
"""Builds the benchmark corpora from the shared JSON Lines corpus: the corpus itself, twice and four
times over (ids made distinct), and the same articles as a folder of small .txt files with a header
block each. usage: make_corpora.py CORPUS.jsonl[.gz] OUTDIR"""
import gzip
import json
import os
import sys


def main(src, out):
    os.makedirs(out, exist_ok=True)
    opener = gzip.open if src.endswith(".gz") else open
    with opener(src, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    with open(os.path.join(out, "x1.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    for times in (2, 4):
        with open(os.path.join(out, f"x{times}.jsonl"), "w", encoding="utf-8") as f:
            for copy in range(times):
                for line in lines:
                    record = json.loads(line)
                    record["id"] = f"{record.get('id', '')}#{copy}"
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
    folder = os.path.join(out, "folder")
    os.makedirs(folder, exist_ok=True)
    for i, line in enumerate(lines):
        record = json.loads(line)
        sub = os.path.join(folder, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        header = "".join(f"{k}: {str(record[k]).strip()}\n" for k in ("title", "outlet", "date", "url")
                         if record.get(k) and "\n" not in str(record[k]))
        with open(os.path.join(sub, f"a{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(header + "\n" + (record.get("text") or ""))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
