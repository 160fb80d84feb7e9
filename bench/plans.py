#!/usr/bin/env python3
"""Print EXPLAIN QUERY PLAN of every statement of a lookup's SQL file, as
the sqlite3 shell sees it: bench/plans.py DB FILE.sql..."""
import subprocess
import sys

db = sys.argv[1]
for path in sys.argv[2:]:
    print(f"== {path}")
    text = open(path).read()
    for q in text.split(";\n"):
        body = "\n".join(l for l in q.split("\n") if not l.strip().startswith("--")).strip()
        if not body:
            continue
        first = " ".join(body.split())[:100]
        plan = subprocess.run(["sqlite3", "-readonly", db, "EXPLAIN QUERY PLAN " + body + ";"],
                              capture_output=True, text=True)
        print(f"-- {first}")
        print((plan.stdout + plan.stderr).rstrip())
        print()
