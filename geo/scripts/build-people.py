#!/usr/bin/env python3
"""Converts the Phoenix country actor dictionary (Open Event Data Alliance, MIT) into people.tsv.

Input : Phoenix.Countries.actors.txt from openeventdata/petrarch2 (petrarch2/data/dictionaries),
        generated there from CountryInfo.140130.txt; by default the copy in
        ../shared/eval/petrarch/dictionaries/phoenix/ beside the repository.
Output: geo/src/main/resources/org/attache/geo/people.tsv, one person per line:
        name, ISO alpha-3 country, other names (|-separated), whether they held a government post (1/0),
        and the last year the dictionary dates a post (empty when open-ended).

Only entries the dictionary marks as people ("# CountryInfo.txt") with exactly one real country are kept
(not IGO/NGO roots, not people coded for two countries). Alternative names that carry a title
("PRESIDENT_PUTIN_") are dropped: the title is not part of the name. Deterministic: same input, same file.

    python3 geo/scripts/build-people.py [path/to/Phoenix.Countries.actors.txt]
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = os.path.join(ROOT, '..', 'shared', 'eval', 'petrarch', 'dictionaries', 'phoenix', 'Phoenix.Countries.actors.txt')
OUT = os.path.join(ROOT, 'geo', 'src', 'main', 'resources', 'org', 'attache', 'geo', 'people.tsv')
COUNTRIES = os.path.join(ROOT, 'geo', 'src', 'main', 'resources', 'org', 'attache', 'geo', 'countries.tsv')
TITLES = {'PRESIDENT', 'MINISTER', 'PRIME', 'KING', 'QUEEN', 'PRINCE', 'GENERAL', 'SECRETARY', 'CHAIRMAN',
          'AMBASSADOR', 'SENATOR', 'GOVERNOR', 'MR', 'MRS', 'DR', 'SHEIKH', 'EMIR', 'SULTAN', 'LEADER', 'CHIEF',
          'COLONEL', 'ACTING', 'FORMER', 'SIR', 'LORD', 'BARON', 'VISCOUNT', 'PREMIER', 'CHANCELLOR', 'FOREIGN',
          'DEFENSE', 'DEFENCE', 'RUSSIAN', 'AMERICAN', 'U.S.', 'US', 'THE'}
CODE = re.compile(r'\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]')


def name_of(raw):
    """'VLADIMIR_VLADIMIROVICH_PUTIN_' -> 'Vladimir Vladimirovich Putin'; None when it is not a plain name."""
    words = [w for w in re.split(r'[_\s]+', raw.strip()) if w]
    if len(words) < 2 or any(w.strip('.').upper() in TITLES for w in words):
        return None
    if any(not re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in words):
        return None
    return ' '.join('-'.join(p[:1] + p[1:].lower() for p in w.split('-')) for w in words)


def last_year(dates):
    """'800418-871231' -> 1987; '>090301' or '' -> None (open-ended)."""
    m = re.search(r'-(\d{6,8})$', dates.strip())
    if not m:
        return None
    d = m.group(1)
    yy = int(d[:4]) if len(d) == 8 else int(d[:2])
    return yy if len(d) == 8 else (1900 + yy if yy > 30 else 2000 + yy)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    real = set()
    with open(COUNTRIES, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#') and line.strip():
                real.add(line.split('\t')[0])
    entries, cur = [], None
    with open(src, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.lstrip().startswith('['):
                if cur is not None:
                    cur['codes'] += CODE.findall(line)
                continue
            if line.startswith('+'):
                if cur is not None:
                    cur['aliases'].append(line[1:].split('#')[0].strip())
                continue
            head = line.split('#')[0]
            cur = {'raw': re.sub(r'\[.*', '', head).strip(), 'aliases': [], 'codes': CODE.findall(head),
                   'person': 'CountryInfo' in line}
            entries.append(cur)
    rows, seen = [], set()
    for e in entries:
        if not e['person']:
            continue
        roots = {c[0] for c in e['codes']}
        name = name_of(e['raw'])
        if name is None or len(roots) != 1 or not roots <= real:
            continue
        country = roots.pop()
        others = []
        for a in e['aliases']:
            n = name_of(a)
            if n and n != name and n not in others:
                others.append(n)
        gov = any('GOV' in c[1] for c in e['codes'])
        years = [last_year(c[2]) for c in e['codes']]
        last = '' if any(y is None for y in years) else str(max(years))
        key = (name, country)
        if key in seen:
            continue
        seen.add(key)
        rows.append((name, country, '|'.join(others), '1' if gov else '0', last))
    rows.sort()
    with open(OUT, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# people.tsv: derived from Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT,\n')
        out.write('# (c) 2014 Open Event Data Alliance; from CountryInfo.140130.txt) by geo/scripts/build-people.py.\n')
        out.write('# name\tcountry\tother names\tgovernment post\tlast year of a dated post\n')
        for r in rows:
            out.write('\t'.join(r) + '\n')
    print(f'{len(rows)} people written to {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    main()
