#!/usr/bin/env python3
"""The SQL one request of a page sends, read from PostgreSQL's log, as a pgbench script.

bench/run turns on statement logging (log_min_duration_statement = 0) for the length of one request per page, notes
where the log ended before it, and calls this with that offset: every statement the application ran against the
benchmark database after it ("execute <name>: ..." with its "parameters: $1 = '...'" detail) is written out with its
parameters in place, in the order it ran, so that `pgbench -f` replays exactly the page's own SQL.

Usage: page-sql.py LOG OFFSET DATABASE OUT.sql  (prints the number of statements)
"""
import re
import sys

log, offset, database, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
# a log line: "2026-12-06 23:20:01.123 UTC [1234] postgres@labwatch_bench LOG:  duration: 0.123 ms  execute S_3: select ..."
ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[\d+\] (\S*)@(\S*) (\w+):  (.*)$")
STATEMENT = re.compile(r"duration: [\d.]+ ms  (?:execute [^:]+|statement): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")

with open(log, encoding="utf-8", errors="replace") as f:
    f.seek(offset)
    text = f.read()

entries = []  # (database, level, message with its continuation lines)
for line in text.split("\n"):
    match = ENTRY.match(line)
    if match:
        entries.append([match.group(2), match.group(3), match.group(4)])
    elif entries and line.startswith("\t"):
        entries[-1][2] += "\n" + line[1:]

statements = []
for i, (db, level, message) in enumerate(entries):
    if db != database or level != "LOG":
        continue
    found = STATEMENT.match(message)
    if not found:
        continue
    sql = found.group(1).strip()
    detail = entries[i + 1] if i + 1 < len(entries) and entries[i + 1][1] == "DETAIL" else None
    if detail and detail[2].startswith("parameters:"):
        values = {int(n): v for n, v in PARAMETER.findall(detail[2])}
        # highest first, so that $1 does not replace the start of $10
        for n in sorted(values, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % n, lambda _: values[n], sql)
    statements.append(sql.rstrip(";") + ";")

if not statements:
    sys.exit("no statement of %s was logged after offset %d of %s" % (database, offset, log))
with open(out, "w", encoding="utf-8") as f:
    # pgbench reads one statement per line unless it ends with a semicolon; newlines inside are fine
    f.write("\n".join(statements) + "\n")
print(len(statements))
