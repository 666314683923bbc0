#!/usr/bin/env python3
"""Turns the statements PostgreSQL logged for each benchmark request into pgbench scripts.

Usage: capture-sql.py LOG_SEGMENT OUT_DIR

The log segment holds, for every path of the mix, a marker statement `select 'bench-request-N'` followed by the
statements the backend executed for that request (log_min_duration_statement = 0). Each statement is written with its
logged parameter values filled in, so pgbench runs exactly the SQL of one API request as one transaction.
"""
import re
import sys
from pathlib import Path

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[\d+\] (LOG|DETAIL|ERROR|STATEMENT|HINT|NOTICE|WARNING):  ")
STATEMENT = re.compile(r"^duration: [\d.]+ ms  (?:execute [^:]+|statement): (.*)$", re.S)
MARKER = re.compile(r"select 'bench-request-(\d+)'")
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def entries(text):
    """Log entries (a first line plus its continuation lines), as (kind, message)."""
    current = None
    for line in text.splitlines():
        match = ENTRY.match(line)
        if match:
            if current:
                yield current
            current = [match.group(1), line[match.end():]]
        elif current:
            current[1] += "\n" + line
    if current:
        yield current


def main(log_file, out_dir):
    requests = {}
    current = None
    pending = None
    for kind, message in entries(Path(log_file).read_text(errors="replace")):
        if kind == "LOG":
            statement = STATEMENT.match(message)
            if not statement:
                continue
            sql = statement.group(1).strip()
            marker = MARKER.search(sql)
            if marker:
                current = requests.setdefault(int(marker.group(1)), [])
                pending = None
            elif current is not None:
                pending = [sql]
                current.append(pending)
        elif kind == "DETAIL" and message.lower().startswith("parameters:") and pending is not None:
            values = dict((int(n), v) for n, v in PARAMETER.findall(message))
            pending[0] = re.sub(r"\$(\d+)\b", lambda m: values[int(m.group(1))], pending[0])
            pending = None
    out = Path(out_dir)
    for number, statements in sorted(requests.items()):
        if not statements:
            sys.exit(f"no statements logged for request {number}")
        lines = [s[0] + ";" for s in statements]
        (out / f"q{number}.sql").write_text("\n".join(lines) + "\n")
        print(f"request {number}: {len(lines)} statements")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
