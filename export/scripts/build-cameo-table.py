#!/usr/bin/env python3
"""Builds export/src/main/resources/org/attache/export/cameo-plover.tsv, the CAMEO code table the
CAMEO/GDELT and PLOVER exports read.

Inputs (from the shared data folder, ../shared from the project root):
  eval/plover/CAMEO2PLOVER-2021.txt      official CAMEO->PLOVER table, PLOVER draft 0.8 (openeventdata/PLOVER
                                         @5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f), CC BY-SA 4.0
  eval/cameo_codebook/cameo-codes.icews.utf8.csv   CAMEO 1.1b3 code names and Goldstein scores
                                         (andybega/icews @3746c729551f5fcb5a49f643f82638011a5fcfec, MIT)

Output columns: cameo, name, goldstein, plover_event, plover_mode, plover_context (';'-separated).
Rows: every CAMEO code the PLOVER table maps to a PLOVER type (root codes 01 and 02, dropped by PLOVER, are left
out), in the table's order. The Goldstein score is the codebook's; a code missing there takes its parent's.

Run from the project root:  python3 export/scripts/build-cameo-table.py [SHARED_DIR]
"""
import csv
import re
import sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
table = shared / "eval/plover/CAMEO2PLOVER-2021.txt"
codebook = shared / "eval/cameo_codebook/cameo-codes.icews.utf8.csv"
out = Path("export/src/main/resources/org/attache/export/cameo-plover.tsv")

goldstein, names = {}, {}
with codebook.open(encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        goldstein[row["code"]] = row["goldstein"]
        names[row["code"]] = row["name"].strip()

LINE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)(?:#\s*(.*))?$")
rows, seen = [], set()
for n, raw in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
    line = raw.strip()
    if not re.match(r"^\d{3,4}:", line):
        continue  # comments, root headings such as "03: AGREE", separators
    m = LINE.match(line)
    if not m:
        sys.exit(f"{table}:{n}: cannot read '{raw}' (expected CODE: TYPE, mode, context # description)")
    code, event, mode, context, desc = m.group(1), m.group(2), m.group(3).strip(), m.group(4).strip(), (m.group(5) or "").strip()
    contexts = ";".join(c.strip() for c in context.split(";") if c.strip())
    g = goldstein.get(code) or goldstein.get(code[:3]) or goldstein.get(code[:2])
    if g is None or g == "NA":
        sys.exit(f"{codebook}: no Goldstein score for CAMEO code {code} or its parents")
    name = desc or names.get(code, "")
    if code in seen:
        first = next(r for r in rows if r[0] == code)
        if first[3:] != (event, mode, contexts):
            sys.exit(f"{table}:{n}: code {code} appears twice with different mappings")
        continue  # the table repeats 175 with the same mapping and a reworded name: keep the first
    seen.add(code)
    rows.append((code, name, g, event, mode, contexts))

out.parent.mkdir(parents=True, exist_ok=True)
with out.open("w", encoding="utf-8", newline="\n") as f:
    f.write("# CAMEO codes with their PLOVER type, mode and context and their Goldstein score.\n")
    f.write("# Derived from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0) and the CAMEO 1.1b3 codebook\n")
    f.write("# table of andybega/icews (MIT); built by export/scripts/build-cameo-table.py. This file is CC BY-SA 4.0.\n")
    f.write("cameo\tname\tgoldstein\tplover_event\tplover_mode\tplover_context\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} codes to {out}")
