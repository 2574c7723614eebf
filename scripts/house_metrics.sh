#!/usr/bin/env bash
# The figures issue 12 asks to compare before and after a restructuring, from the working tree:
# files over 400 lines outside tests, public methods on `Store` itself and on the other storage
# types (area handles among them),
# import cycles between modules, and repeated blocks of six or more lines (`duplicates`, where
# installed). Prints one "name: value" line each.
set -euo pipefail
cd "$(dirname "$0")/.."

big=$(find crates -path '*/src/*' -name '*.rs' ! -name '*_tests.rs' ! -name 'tests.rs' -print0 |
  xargs -0 wc -l | awk '$2 != "total" && $1 > 400' | sort -rn)
echo "files over 400 lines outside tests: $(printf '%s' "$big" | grep -c . || true)"
printf '%s\n' "$big" | sed '/^$/d; s/^/  /'

python3 - <<'PY'
import glob, re
direct, handles = 0, {}
for f in glob.glob("crates/convene-storage/src/**/*.rs", recursive=True):
    text = open(f, encoding="utf-8").read()
    for m in re.finditer(r"^impl(?:<[^>]*>)? (\w+)(?:<[^>]*>)? \{(.*?)^\}", text, re.S | re.M):
        n = len(re.findall(r"^    pub (?:async )?fn", m.group(2), re.M))
        if m.group(1) == "Store":
            direct += n
        elif n:
            handles[m.group(1)] = handles.get(m.group(1), 0) + n
print(f"public methods on Store: {direct}")
for name, n in sorted(handles.items()):
    print(f"  {name}: {n}")
PY

python3 scripts/module_cycles.py --max 9999 | tail -n 1 | sed "s/ import cycles.*//; s/^/import cycles: /"
if command -v duplicates >/dev/null; then
  report=$(duplicates --seconds 60)
  printf '%s\n' "$report" | sed -n '1s/^/repeated blocks: /p'
fi
