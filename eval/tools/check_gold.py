#!/usr/bin/env python3
"""Checks the development gold under eval/gold: format, window completeness, anchors verbatim.

Usage: python3 eval/tools/check_gold.py [FILE...]   (default: every eval/gold/*.json)
Reads ../shared/data/news/ant-multisource.jsonl.gz from line 16,793 on only (June-October 2018).
"""
import glob, gzip, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
STREAM = os.path.join(ROOT, '..', 'shared', 'data', 'news', 'ant-multisource.jsonl.gz')
FIRST_DEV_LINE = 16793
CATS = ('middleEast', 'internationalNews')
STANCES = {'ASSERTS', 'ALLEGES', 'DENIES', 'REPORTS', 'DEMANDS', 'THREATENS'}
ETYPES = {'ARMED_CLASH', 'ATTACK', 'RAID_OR_SIEGE', 'ARREST', 'ABDUCTION', 'KILLING', 'AGREEMENT',
          'MOBILIZATION', 'STATEMENT', 'ACCUSATION', 'DENIAL', 'HANDOVER', 'NEGOTIATION', 'PROTEST', 'OTHER'}
KINDS = {'KILLED', 'INJURED', 'ARRESTED', 'ABDUCTED', 'DISPLACED', 'FIGHTERS', 'OTHER'}
CKINDS = {'COUNT', 'OUTCOME', 'INTENSITY', 'NAME', 'CAUSE', 'PLACE', 'TIME', 'ATTRIBUTION', 'OTHER'}
TYPES = {'PERSON', 'ORGANIZATION', 'LOCATION', 'GROUP', 'OTHER'}


def stream():
    with gzip.open(STREAM, 'rt', encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if n >= FIRST_DEV_LINE:
                yield json.loads(line)


def main(files):
    problems = []
    golds = {f: json.load(open(f, encoding='utf-8')) for f in files}
    articles = {}
    windows = {}
    for d in stream():
        articles[d['id']] = d
        if d['category'] in CATS:
            windows.setdefault(d['published'][:10], []).append(d['id'])

    def need_article(f, aid):
        if aid not in articles:
            problems.append(f'{f}: unknown or out-of-range article {aid}')
            return None
        return articles[aid]

    def need_anchor(f, aid, anchor, what):
        a = need_article(f, aid)
        if a is None:
            return
        if not isinstance(anchor, str) or not anchor.strip():
            problems.append(f'{f}: {what}: empty anchor in {aid}')
        elif anchor not in a['text']:
            problems.append(f'{f}: {what}: anchor not in text of {aid}: {anchor!r}')
        elif len(anchor.split()) > 12:
            problems.append(f'{f}: {what}: anchor longer than 12 words in {aid}: {anchor!r}')

    for f, g in golds.items():
        for key in ('gold', 'split', 'annotation', 'stories'):
            if key not in g:
                problems.append(f'{f}: missing {key}')
        if g.get('split') not in ('dev', 'test'):
            problems.append(f'{f}: split must be dev or test')
        if g.get('gold') == 'stories':
            lines = {l['id'] for l in g.get('storylines', [])}
            seen = {}
            for s in g['stories']:
                if s.get('storyline') not in lines:
                    problems.append(f"{f}: story {s['id']}: unknown storyline {s.get('storyline')}")
                for aid in s['articles']:
                    if aid in seen:
                        problems.append(f"{f}: {aid} in {seen[aid]} and {s['id']}")
                    seen[aid] = s['id']
                    need_article(f, aid)
            w = g['window']
            expected = [a for day, ids in windows.items() if w['from'] <= day <= w['to'] for a in ids]
            for aid in expected:
                if aid not in seen:
                    problems.append(f'{f}: window article {aid} has no story')
            for aid in seen:
                if aid not in expected:
                    problems.append(f'{f}: {aid} is not in the window')
        elif g.get('gold') == 'analysis':
            for s in g['stories']:
                sid = s['id']
                arts = set(s['articles'])
                for aid in arts:
                    need_article(f, aid)
                for e in s.get('entities', []):
                    if e.get('type') not in TYPES or not e.get('forms'):
                        problems.append(f'{f}: {sid}: bad entity {e}')
                for c in s.get('claims', []):
                    if c.get('article') not in arts:
                        problems.append(f'{f}: {sid}: claim in article outside the story: {c}')
                    if c.get('stance') not in STANCES:
                        problems.append(f'{f}: {sid}: bad stance {c}')
                    need_anchor(f, c.get('article'), c.get('content'), f'{sid} claim')
                for e in s.get('events', []):
                    if e.get('type') not in ETYPES:
                        problems.append(f'{f}: {sid}: bad event type {e.get("type")}')
                    for m in e.get('mentions', []):
                        need_anchor(f, m.get('article'), m.get('anchor'), f"{sid} event {e.get('id')}")
                        if m.get('trigger') and m.get('anchor') and m['trigger'] not in m['anchor']:
                            problems.append(f"{f}: {sid} event {e.get('id')}: trigger {m['trigger']!r} not in anchor")
                        for c in m.get('counts', []):
                            if c.get('kind') not in KINDS or not isinstance(c.get('value'), int):
                                problems.append(f'{f}: {sid}: bad count {c}')
                for c in s.get('contradictions', []):
                    if c.get('kind') not in CKINDS:
                        problems.append(f'{f}: {sid}: bad contradiction kind {c}')
                    for side in ('a', 'b'):
                        need_anchor(f, c[side]['article'], c[side]['anchor'], f'{sid} contradiction')
                for k in s.get('keyFacts', []):
                    for sup in k.get('support', []):
                        need_anchor(f, sup['article'], sup['anchor'], f'{sid} key fact')
        else:
            problems.append(f'{f}: gold must be stories or analysis')
    for p in problems:
        print(p)
    print(f'{len(files)} files, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    fs = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, 'eval', 'gold', '*.json')))
    sys.exit(main(fs))
