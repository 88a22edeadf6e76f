"""Writes a Go vulnerability database (v1 layout, go.dev/security/vuln/database) from our own advisories.

    OUT/index/db.json        {"modified": ...}
    OUT/index/modules.json   [{"path", "vulns": [{"id", "modified", "fixed"}]}]
    OUT/index/vulns.json     [{"id", "modified", "aliases"}]
    OUT/ID/<GO id>.json      the OSV entry, affected[].ecosystem_specific.imports[].symbols

Every advisory with a `go` block becomes one entry whose alias is the advisory id, so govulncheck's GO-… ids
meet trivy's ids (the same facts, from the same files). Times are fixed so the output is the same everywhere.
Usage: build.py ADVISORY_DIR OUT_DIR
"""
import glob
import json
import os
import re
import sys

MODIFIED = "2026-01-01T00:00:00Z"
GO_ID = re.compile(r"^GO-\d{4}-\d{4,}$")
LESS_THAN = re.compile(r"^<\s*v?(\d+\.\d+\.\d+)$")
RANGE = re.compile(r"^>=\s*v?(\d+\.\d+\.\d+)\s*,\s*<\s*v?(\d+\.\d+\.\d+)$")


def fail(file: str, what: str) -> None:
    sys.exit(f"govulndb: {file}: {what}")


def events(file: str, constraints: list) -> list:
    """`< 1.2.1` and `>= 1.0.0, < 1.2.1` as OSV SEMVER events."""
    out = []
    for c in constraints:
        m = LESS_THAN.match(c.strip())
        r = RANGE.match(c.strip())
        if m:
            out += [{"introduced": "0"}, {"fixed": m.group(1)}]
        elif r:
            out += [{"introduced": r.group(1)}, {"fixed": r.group(2)}]
        else:
            fail(file, f"vulnerableVersions entry '{c}' is not '< X.Y.Z' or '>= X.Y.Z, < X.Y.Z'")
    return out


def entry(file: str, a: dict) -> dict:
    go = a["go"]
    if not isinstance(go, dict) or not GO_ID.match(str(go.get("id", ""))):
        fail(file, "go.id must be a GO-YYYY-NNNN id")
    imports = go.get("imports", [])
    for imp in imports:
        if not isinstance(imp.get("path"), str) or not all(isinstance(s, str) for s in imp.get("symbols", [])):
            fail(file, "go.imports[] needs a path and a list of symbols")
    return {
        "schema_version": "1.3.1",
        "id": go["id"],
        "modified": MODIFIED,
        "published": MODIFIED,
        "aliases": [a["id"]],
        "summary": a.get("title", ""),
        "details": a.get("description", ""),
        "affected": [
            {
                "package": {"name": a["package"], "ecosystem": "Go"},
                "ranges": [{"type": "SEMVER", "events": events(file, a["vulnerableVersions"])}],
                "ecosystem_specific": {"imports": imports},
            }
        ],
        "database_specific": {"url": f"https://pkg.go.dev/vuln/{go['id']}", "severity": a.get("severity", "UNKNOWN")},
    }


def last_fixed(e: dict) -> str | None:
    fixed = [ev["fixed"] for ev in e["affected"][0]["ranges"][0]["events"] if "fixed" in ev]
    return max(fixed, key=lambda v: tuple(int(x) for x in v.split("."))) if fixed else None


def main(src: str, out: str) -> None:
    entries = []
    for file in sorted(glob.glob(os.path.join(src, "*.json"))):
        with open(file) as f:
            a = json.load(f)
        if a.get("ecosystem") == "go" and "go" in a:
            entries.append(entry(file, a))
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        sys.exit("govulndb: two advisories share a go.id")
    os.makedirs(os.path.join(out, "index"))
    os.makedirs(os.path.join(out, "ID"))
    modules: dict = {}
    for e in entries:
        with open(os.path.join(out, "ID", f"{e['id']}.json"), "w") as f:
            json.dump(e, f, indent=2)
        v = {"id": e["id"], "modified": MODIFIED}
        fixed = last_fixed(e)
        if fixed:
            v["fixed"] = fixed
        modules.setdefault(e["affected"][0]["package"]["name"], []).append(v)
    write = lambda name, data: json.dump(data, open(os.path.join(out, "index", name), "w"), indent=2)
    write("db.json", {"modified": MODIFIED})
    write("modules.json", [{"path": p, "vulns": vs} for p, vs in sorted(modules.items())])
    write("vulns.json", [{"id": e["id"], "modified": MODIFIED, "aliases": e["aliases"]} for e in entries])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build.py ADVISORY_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
