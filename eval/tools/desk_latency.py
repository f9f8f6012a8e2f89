#!/usr/bin/env python3
"""Latency of a running desk (README, Performance): N POSTs one after another, each timed to its
acknowledgement and to the moment the article shows in its story's dossier; then GET /api/stories and
searches, timed.

The posted articles are ANT articles of the June-October 2018 part (lines 16,793 on; never the
February-May lines), taken from the end of that part, dated +450 days (after everything in the
30,000-article stream) and given a last line naming the probe so that each is a new article.

    bin/isnad serve --data DIR --port 8080 --token T &
    python3 eval/tools/desk_latency.py --base http://127.0.0.1:8080 --token T [--posts 20] [--reads 100]
"""
import argparse
import datetime
import gzip
import json
import os
import time
import urllib.parse
import urllib.request

FIRST_LINE = 16_793
QUERIES = ["الحوثي", "ترامب", "إيران", "غزة", "الأمم المتحدة", "إدلب", "النفط", "الانتخابات", "روسيا", "مصر"]


def request(base, path, token=None, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None
    req = urllib.request.Request(base + path, data=data, headers=headers, method="POST" if body is not None else "GET")
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        payload = r.read()
        status = r.status
    return status, json.loads(payload), time.perf_counter() - t


def percentile(xs, p):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    i = max(0, int(-(-p * len(xs) // 1)) - 1)
    return xs[min(i, len(xs) - 1)]


def probes(source, n):
    with gzip.open(source, "rt", encoding="utf-8") as f:
        lines = [line for i, line in enumerate(f, 1) if i >= FIRST_LINE]
    out = []
    for k, line in enumerate(lines[-n:]):
        d = json.loads(line)
        t = datetime.datetime.fromisoformat(d["published"]) + datetime.timedelta(days=450)
        out.append({"outlet": d.get("outlet"), "title": d.get("title"), "published": t.isoformat(),
                    "url": (d.get("url") or "") + "#probe%d-%d" % (k, int(time.time())),
                    "text": "%s\n\n(desk latency probe %d %d)" % (d.get("text"), k, int(time.time()))})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--token", default=os.environ.get("ISNAD_TOKEN"))
    ap.add_argument("--posts", type=int, default=20)
    ap.add_argument("--reads", type=int, default=100)
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "../../../shared/data/news/ant-multisource.jsonl.gz"))
    a = ap.parse_args()
    for _ in range(600):  # a server still starting (loading its models) refuses connections
        try:
            _, health, _ = request(a.base, "/api/health")
            break
        except OSError:
            time.sleep(1)
    else:
        raise SystemExit("no desk at " + a.base)
    print("desk: %d articles, %d stories" % (health["articles"], health["stories"]))

    acks, visible = [], []
    # the first probe is a warm-up, not counted: it also waits out the writer's start (the replay of
    # the grouper's state from the store)
    for k, article in enumerate(probes(a.source, a.posts + 1)):
        t0 = time.perf_counter()
        status, body, ack = request(a.base, "/api/articles", a.token, article)
        assert status in (200, 201), body
        acks.append(ack)
        story = None
        while True:
            _, got, _ = request(a.base, "/api/articles/" + urllib.parse.quote(body["id"]))
            story = got.get("story")
            if story:
                _, dossier, _ = request(a.base, "/api/stories/" + urllib.parse.quote(story))
                if any(x["id"] == body["id"] for x in dossier["articles"]):
                    break
            if time.perf_counter() - t0 > (1800 if k == 0 else 120):
                raise SystemExit("article %s not visible after 120 s" % body["id"])
            time.sleep(0.02)
        if k == 0:
            print("warm-up post visible after %.1f s" % (time.perf_counter() - t0))
            acks.pop()
            continue
        visible.append(time.perf_counter() - t0)
        print("post %2d: acknowledged in %6.1f ms (%s), visible in story %s after %6.0f ms"
              % (k, ack * 1000, body["story"], story, visible[-1] * 1000))

    lists, searches = [], []
    for k in range(a.reads):
        lists.append(request(a.base, "/api/stories")[2])
        q = urllib.parse.quote(QUERIES[k % len(QUERIES)])
        searches.append(request(a.base, "/api/search?q=" + q)[2])

    def show(name, xs):
        print("%-22s n=%3d p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms" % (
            name, len(xs), percentile(xs, 0.5) * 1000, percentile(xs, 0.99) * 1000, max(xs) * 1000))
    show("POST acknowledged", acks)
    show("POST visible in story", visible)
    show("GET /api/stories", lists)
    show("GET /api/search", searches)


if __name__ == "__main__":
    main()
