"""Posts reports to a running stack and tallies the follow-through of their measurable commitments.

Usage: followthrough.py INGEST_URL QUERY_URL FOLDER_OR_FILE...   (called by deploy/bench/followthrough)
FOLLOWTHROUGH_DETAIL=1 also lists the settled commitments with their evidence.

For each commitment that is not settled (met / not_met), the reason is read from what the stack
holds: no region code, no target, no deadline (then untracked), no later report of its region,
or later reports that do not state its indicator.
"""
import collections
import json
import os
import sys
import time
import urllib.parse
import urllib.request

WAIT_SECONDS = 900


def request(url, data=None, content_type=None):
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if content_type else {})
    with urllib.request.urlopen(req, timeout=60) as answer:
        return json.load(answer)


def files(sources):
    for source in sources:
        if os.path.isdir(source):
            for name in sorted(os.listdir(source)):
                if name.endswith(".txt"):
                    yield os.path.join(source, name)
        elif os.path.isfile(source):
            yield source


def post_all(ingest, sources):
    ids = []
    for path in files(sources):
        with open(path, "rb") as f:
            answer = request(ingest + "/api/reports", f.read(), "text/plain; charset=UTF-8")
        ids.append(answer["id"])
    return ids


def wait_extracted(ingest, ids):
    deadline = time.time() + WAIT_SECONDS
    waiting = set(ids)
    while waiting and time.time() < deadline:
        for report_id in list(waiting):
            if request(f"{ingest}/api/reports/{report_id}/status").get("extracted"):
                waiting.discard(report_id)
        if waiting:
            time.sleep(2)
    return waiting


def all_pages(url):
    items, page = [], 1
    while True:
        sep = "&" if "?" in url else "?"
        answer = request(f"{url}{sep}size=500&page={page}")
        batch = answer["items"] if isinstance(answer, dict) else answer
        items.extend(batch)
        if len(batch) < 500:
            return items
        page += 1


def reason(c, reports_by_region, query):
    """Why a commitment is not settled, as far as the stack's data tells."""
    if not c.get("regionCode"):
        return "its report's region has no code"
    targets = [t for t in c.get("targets") or [] if t.get("indicator")]
    if not targets:
        return "no target figure (a deadline only)"
    if not c.get("due"):
        return "no deadline"
    later = [r for r in reports_by_region.get(c["regionCode"], [])
             if r["id"] != c["reportId"] and (r.get("year") or 0) >= int(c["due"][:4])]
    if not later:
        return "no report of its region for the deadline's year or later"
    params = {"regionCode": c["regionCode"], "kind": "actual", "indicator": targets[0]["indicator"]}
    stated = [m for m in all_pages(query + "/api/metrics?" + urllib.parse.urlencode(params))
              if m.get("reportId") != c["reportId"]]
    if not stated:
        return "later reports of its region do not state its indicator"
    return "later figures of its indicator are in another unit or year"


def main():
    ingest, query, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    ids = post_all(ingest, sources)
    missing = wait_extracted(ingest, ids)
    print(f"{len(ids)} reports posted, {len(ids) - len(missing)} extracted")
    reports = all_pages(query + "/api/reports")
    by_region = collections.defaultdict(list)
    for r in reports:
        if r.get("regionCode"):
            by_region[r["regionCode"]].append(r)
    commitments = all_pages(query + "/api/commitments?measurable=true")
    verdicts = collections.Counter(c.get("status") for c in commitments)
    print(f"{len(commitments)} measurable commitments")
    for status in ("met", "not_met", "pending", "no_evidence", "untracked"):
        print(f"  {status:12} {verdicts.get(status, 0)}")
    why = collections.Counter()
    for c in commitments:
        if c.get("status") not in ("met", "not_met"):
            why[(c.get("status"), reason(c, by_region, query))] += 1
    print("why the rest are not settled:")
    for (status, because), n in sorted(why.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4}  {status:12} {because}")
    if os.environ.get("FOLLOWTHROUGH_DETAIL") != "1":
        return  # the settled commitments' text only on request: a corpus may hold documents kept for blind measurement
    print("settled:")
    for c in commitments:
        if c.get("status") in ("met", "not_met"):
            print(f"  {c['status']:8} {c.get('region')} {c.get('due')}: {c['text'][:60]} "
                  f"(evidence {c.get('evidenceValue')} in {c.get('evidenceYear')})")


if __name__ == "__main__":
    main()
