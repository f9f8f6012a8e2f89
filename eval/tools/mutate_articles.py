#!/usr/bin/env python3
"""Writes N mutated articles made from the ANT stream's development part (June-October 2018) as files,
for the hostile-input run of `bin/isnad analyze` (docs in README, Reliability).

Mutations (one or more per article, seeded): byte flips, truncation (also inside a UTF-8 sequence), NUL
bytes, random HTML tags (some unclosed, some deep), long runs of tatweel, diacritics and digits, bidi
controls, lone surrogate escapes in JSONL, CR/U+2028 line breaks.

Usage: python3 eval/tools/mutate_articles.py OUT_DIR [N=2000] [SEED=7]
"""
import gzip, json, os, random, sys

STREAM = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data', 'news', 'ant-multisource.jsonl.gz')
FIRST_DEV_LINE = 16793


def articles():
    with gzip.open(STREAM, 'rt', encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if n >= FIRST_DEV_LINE:
                yield json.loads(line)


def mutate_text(t, r):
    ops = r.sample(['tatweel', 'diacritics', 'digits', 'bidi', 'tags', 'deep', 'cr', 'u2028', 'dots'], r.randint(1, 3))
    for op in ops:
        k = r.randrange(len(t) + 1)
        if op == 'tatweel':
            t = t[:k] + '\u0640' * r.randint(50, 5000) + t[k:]
        elif op == 'diacritics':
            t = t[:k] + ''.join(r.choice('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652') for _ in range(r.randint(20, 2000))) + t[k:]
        elif op == 'digits':
            t = t[:k] + ''.join(r.choice('0123456789٠١٢٣٤٥٦٧٨٩.,-/') for _ in range(r.randint(5, 3000))) + t[k:]
        elif op == 'bidi':
            t = t[:k] + r.choice('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200f') * r.randint(1, 50) + t[k:]
        elif op == 'tags':
            for _ in range(r.randint(1, 30)):
                k = r.randrange(len(t) + 1)
                t = t[:k] + r.choice(['<p>', '</p>', '<div class="x">', '<script>', '</div>', '<b>', '<br>', '<!--', '-->', '&#xD800;', '&amp;', '<a href="']) + t[k:]
        elif op == 'deep':
            d = r.randint(100, 3000)
            t = '<div>' * d + t + '</div>' * r.randint(0, d)
        elif op == 'cr':
            t = t.replace('\n', '\r', r.randint(1, 20))
        elif op == 'u2028':
            t = t[:k] + '\u2028' + t[k:]
        elif op == 'dots':
            t = t[:k] + '.' * r.randint(100, 3000) + t[k:]
    return t


def mutate_bytes(b, r):
    b = bytearray(b)
    for op in r.sample(['flip', 'truncate', 'nul', 'ff'], r.randint(1, 2)):
        if not b:
            break
        if op == 'flip':
            for _ in range(r.randint(1, 20)):
                i = r.randrange(len(b))
                b[i] ^= 1 << r.randrange(8)
        elif op == 'truncate':
            b = b[:r.randrange(len(b))]
        elif op == 'nul':
            for _ in range(r.randint(1, 5)):
                b.insert(r.randrange(len(b) + 1), 0)
        elif op == 'ff':
            b.insert(r.randrange(len(b) + 1), 0xFF)
    return bytes(b)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    os.makedirs(out, exist_ok=True)
    pool = [a for _, a in zip(range(6000), articles())]
    for i in range(n):
        a = r.choice(pool)
        kind = r.choice(['txt', 'html', 'jsonl'])
        text = mutate_text(a['title'] + '\n\n' + a['text'], r)
        if kind == 'jsonl':
            obj = {'id': a['id'], 'outlet': a['outlet'], 'published': a['published'], 'title': a['title'], 'text': text}
            data = json.dumps(obj, ensure_ascii=r.random() < 0.5)
            if r.random() < 0.2:
                data = data.replace('"title": "', '"title": "\\ud800', 1)
            raw = (data + '\n').encode('utf-8', 'surrogatepass')
        elif kind == 'html':
            raw = ('<html><head><title>' + a['title'] + '</title></head><body><article><p>'
                   + text.replace('\n\n', '</p><p>') + '</p></article></body></html>').encode('utf-8', 'surrogatepass')
        else:
            raw = text.encode('utf-8', 'surrogatepass')
        if r.random() < 0.4:
            raw = mutate_bytes(raw, r)
        with open(os.path.join(out, f'm{i:05d}.{kind}'), 'wb') as f:
            f.write(raw)


if __name__ == '__main__':
    main()
