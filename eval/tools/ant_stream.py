#!/usr/bin/env python3
"""Writes the 30,000-article stream used for the scale figures (README, Performance).

The ANT stream's June-October 2018 part (lines 16,793 on: 13,247 articles; the February-May lines
are reserved for independent evaluation and are never read), then the same articles with dates
shifted by +150 and +300 days. A copy gets a unique id, url and a last line naming it, so that its
text (and so its content id in the desk) differs from the original's. Written as JSONL files of
--per-file articles (a file must stay under the reader's 10 MB limit), in stream order.

    python3 eval/tools/ant_stream.py /tmp/ant-30k [--limit N] [--per-file 1000]
"""
import argparse
import datetime
import gzip
import json
import os

FIRST_LINE = 16_793  # 1-based: June 2018 on
SHIFTS = (0, 150, 300)


def shifted(published, days):
    if not published or days == 0:
        return published
    try:
        t = datetime.datetime.fromisoformat(published)
    except ValueError:
        return published
    return (t + datetime.timedelta(days=days)).isoformat()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "../../../shared/data/news/ant-multisource.jsonl.gz"))
    ap.add_argument("--limit", type=int, default=30_000)
    ap.add_argument("--per-file", type=int, default=1_000)
    a = ap.parse_args()
    with gzip.open(a.source, "rt", encoding="utf-8") as f:
        base = [json.loads(line) for i, line in enumerate(f, 1) if i >= FIRST_LINE]
    os.makedirs(a.out, exist_ok=True)
    n, part, out = 0, 0, None
    for days in SHIFTS:
        for d in base:
            if n >= a.limit:
                break
            if n % a.per_file == 0:
                if out:
                    out.close()
                part += 1
                out = open(os.path.join(a.out, "ant-%03d.jsonl" % part), "w", encoding="utf-8")
            d = dict(d)
            if days:
                d["id"] = "%s-p%d" % (d["id"], days)
                d["url"] = "%s#p%d" % (d.get("url") or "", days)
                d["published"] = shifted(d.get("published"), days)
                d["text"] = "%s\n\n(copy %s)" % (d.get("text") or "", d["id"])
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    if out:
        out.close()
    print("%d articles in %d files under %s" % (n, part, a.out))


if __name__ == "__main__":
    main()
