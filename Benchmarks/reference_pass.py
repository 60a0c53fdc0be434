#!/usr/bin/env python3
"""The reference pass the index build is compared with: decode each JSON line and run one
quote-mark regex over its text. Prints the seconds it took (wall clock) and the match count."""
import json
import re
import sys
import time

QUOTES = re.compile(r'[\u201c"\u00ab\u201e]([^\u201c\u201d"\u00ab\u00bb\u201e]{1,2000})[\u201d"\u00bb\u201c]')


def main(path):
    start = time.perf_counter()
    count = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or record.get("maintext") or record.get("body") or ""
            count += len(QUOTES.findall(text))
    print(f"{time.perf_counter() - start:.3f} {count}")


if __name__ == "__main__":
    main(sys.argv[1])
