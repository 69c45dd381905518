#!/usr/bin/env python3
"""Saves the body of every public endpoint of a running service, one file per request, to compare
two versions byte for byte (a data move must leave every answer as it was, or list each difference).

    scripts/api-snapshot.py http://localhost:8080 target/snapshot-before
    ... change, restart ...
    scripts/api-snapshot.py http://localhost:8080 target/snapshot-after
    diff -r target/snapshot-before target/snapshot-after

With --etag, each file also holds the response's ETag (its second line), to compare two replicas of one
version (scripts/replicas.sh); without it, two versions whose bytes are equal compare equal.

The URLs come from the service itself: every slug and id its lists name, every filter value its
OpenAPI description allows, each page of each paginated list, JSON and CSV where both are served,
and a few error answers. Standard library only.
"""
import hashlib
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

arguments = [argument for argument in sys.argv[1:] if argument != "--etag"]
with_etag = "--etag" in sys.argv[1:]
base, out = arguments[0].rstrip("/"), arguments[1]
os.makedirs(out, exist_ok=True)
index = []


def get(path, accept="application/json"):
    request = urllib.request.Request(base + path, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read(), response.headers.get("ETag")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("ETag")


def save(path, accept="application/json"):
    status, body, etag = get(path, accept)
    name = urllib.parse.quote(path + (" csv" if accept == "text/csv" else ""), safe="")
    if len(name) > 200:
        name = name[:160] + hashlib.sha1(name.encode()).hexdigest()
    with open(os.path.join(out, name), "wb") as file:
        file.write(b"%d\n" % status + (f"ETag: {etag}\n".encode() if with_etag else b"") + body)
    index.append(path)
    return json.loads(body) if accept == "application/json" and status == 200 and body[:1] in b"{[" else None


def pages(path, size=100):
    page = 0
    while True:
        sep = "&" if "?" in path else "?"
        body = save(f"{path}{sep}page={page}&size={size}")
        if body is None or not body.get("links", {}).get("next"):
            return
        page += 1


dimensions = [d["slug"] for d in save("/api/dimensions?size=100")["dimensions"]]
save("/api/dimensions")
sources = [s["slug"] for s in save("/api/sources")["sources"]]
use_cases = [u["useCase"]["slug"] for u in save("/api/use-cases")["useCases"]]
adopters = [a["organisation"]["slug"] for a in save("/api/adopters")["adopters"]]
for basis in ("STATED", "IMPLIED"):
    save(f"/api/dimensions?basis={basis}&size=100")
for slug in dimensions:
    save(f"/api/dimensions/{slug}")
    for favors in ("RUST", "GO", "NEITHER"):
        save(f"/api/dimensions/{slug}?favors={favors}")
    for basis in ("STATED", "IMPLIED"):
        save(f"/api/dimensions/{slug}?basis={basis}")
    for source in sources:
        save(f"/api/dimensions/{slug}?source={source}")
for slug in sources:
    save(f"/api/sources/{slug}")
    save(f"/api/sources/{slug}/text", "text/plain")
for slug in use_cases:
    save(f"/api/use-cases/{slug}")
for language in ("RUST", "GO", "BOTH"):
    save(f"/api/use-cases?language={language}")
    save(f"/api/adopters?language={language}")
for slug in adopters:
    save(f"/api/adopters/{slug}")

claim_ids = []
page = 0
while True:
    body = save(f"/api/claims?page={page}&size=100")
    claim_ids += [c["id"] for c in body["claims"]]
    if not body.get("links", {}).get("next"):
        break
    page += 1
save("/api/claims")
save("/api/claims?size=100", "text/csv")
for claim_id in claim_ids:
    save(f"/api/claims/{claim_id}")
    save(f"/api/claims/{claim_id}", "text/csv")
for sort in ("id", "-id", "favors", "-favors", "kind", "-kind"):
    save(f"/api/claims?sort={sort}&size=100")
for favors in ("RUST", "GO", "NEITHER"):
    pages(f"/api/claims?favors={favors}")
for kind in ("FIGURE", "ADOPTION", "ARGUMENT"):
    pages(f"/api/claims?kind={kind}")
for slug in dimensions:
    pages(f"/api/claims?dimension={slug}")
for slug in sources:
    pages(f"/api/claims?source={slug}")
    save(f"/api/claims?source={slug}&size=100", "text/csv")
for q in ("garbage", "goroutine", "borrow", "Discord", "compile", "WebAssembly", "%25", "zzzz"):
    pages(f"/api/claims?q={q}")

pages("/api/verdicts")
save("/api/verdicts")
save("/api/verdicts?size=100", "text/csv")
for winner in ("RUST", "GO", "TIE", "DEPENDS"):
    pages(f"/api/verdicts?winner={winner}")
for basis in ("STATED", "IMPLIED"):
    pages(f"/api/verdicts?basis={basis}")
for slug in dimensions:
    pages(f"/api/verdicts?dimension={slug}")
for slug in sources:
    pages(f"/api/verdicts?source={slug}")

figures = []
page = 0
while True:
    body = save(f"/api/figures?page={page}&size=100")
    figures += body["figures"]
    if not body.get("links", {}).get("next"):
        break
    page += 1
save("/api/figures")
for metric in sorted({f["metric"] for f in figures}):
    pages(f"/api/figures?metric={metric}")
for subject in ("RUST", "GO", "BOTH"):
    pages(f"/api/figures?subject={subject}")
for slug in sources:
    pages(f"/api/figures?source={slug}")

save("/api/matrix")
save("/api/matrix", "text/csv")
for basis in ("STATED", "IMPLIED"):
    save(f"/api/matrix?basis={basis}")
for slug in sources:
    save(f"/api/matrix?source={slug}")
for slug in dimensions:
    save(f"/api/matrix?dimension={slug}")

pages("/api/contradictions")
save("/api/contradictions")
for kind in ("VERDICT", "FIGURE", "CLAIM"):
    pages(f"/api/contradictions?kind={kind}")
for slug in dimensions:
    pages(f"/api/contradictions?dimension={slug}")
for slug in sources:
    pages(f"/api/contradictions?source={slug}")

save("/api/recommendation")
for slug in dimensions:
    save(f"/api/recommendation?priorities={slug}:10")
save("/api/recommendation?priorities=" + ",".join(f"{s}:{i % 11}" for i, s in enumerate(dimensions)))
for slug in use_cases:
    save(f"/api/recommendation?useCase={slug}")
    save(f"/api/recommendation?priorities=performance:7,learning-curve:3&useCase={slug}")

for query in ("GC pauses", "wasm", "borrow checker", '"borrow checker"', "Discord", "salary", "compiling", "k8s"):
    pages("/api/search?q=" + urllib.parse.quote(query))
for kind in ("VERDICT", "CONDITION", "RECOMMENDATION", "CLAIM", "FIGURE", "ADOPTION", "CONTRADICTION"):
    save(f"/api/search?q=rust&type={kind}&size=100")
for slug in sources:
    save(f"/api/search?q=performance&source={slug}&size=100")

for path in ("/api/claims/999999", "/api/dimensions/no-such-dimension", "/api/sources/no-such-source",
             "/api/claims?favors=MAYBE", "/api/recommendation?priorities=performance:11", "/api/search",
             "/api/search?q=%22borrow"):
    save(path)
save("/v3/api-docs")

with open(os.path.join(out, "_index.txt"), "w") as file:
    file.write("\n".join(index) + "\n")
print(f"{len(index)} responses saved to {out}")
