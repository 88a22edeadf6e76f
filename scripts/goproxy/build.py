"""Writes a GOPROXY file tree from module source directories named <module path>@<version>.

The zip layout follows the go command's module zip rules: every file under the prefix
"<module path>@<version>/", regular files only, no vendor/ or nested modules, and a fixed file time so the
zip (and so its go.sum hash) is the same on every machine.
"""
import json
import os
import sys
import zipfile

FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def escape(path: str) -> str:
    # Module paths in a proxy are case-encoded: an upper-case letter becomes "!" + lower case.
    return "".join("!" + c.lower() if c.isupper() else c for c in path)


def main(src: str, out: str) -> None:
    versions: dict[str, list[str]] = {}
    for root, dirs, _files in os.walk(src):
        for d in sorted(dirs):
            if "@" not in d:
                continue
            name, version = d.rsplit("@", 1)
            module = os.path.relpath(os.path.join(root, name), src).replace(os.sep, "/")
            moddir = os.path.join(root, d)
            vdir = os.path.join(out, escape(module), "@v")
            os.makedirs(vdir, exist_ok=True)
            with open(os.path.join(moddir, "go.mod"), "rb") as f:
                gomod = f.read()
            with open(os.path.join(vdir, f"{version}.mod"), "wb") as f:
                f.write(gomod)
            with open(os.path.join(vdir, f"{version}.info"), "w") as f:
                json.dump({"Version": version, "Time": "2026-01-01T00:00:00Z"}, f)
            prefix = f"{module}@{version}/"
            with zipfile.ZipFile(os.path.join(vdir, f"{version}.zip"), "w", zipfile.ZIP_DEFLATED) as z:
                for froot, fdirs, ffiles in os.walk(moddir):
                    fdirs.sort()
                    for fn in sorted(ffiles):
                        full = os.path.join(froot, fn)
                        rel = os.path.relpath(full, moddir).replace(os.sep, "/")
                        info = zipfile.ZipInfo(prefix + rel, FIXED_TIME)
                        info.external_attr = 0o644 << 16
                        with open(full, "rb") as f:
                            z.writestr(info, f.read(), zipfile.ZIP_DEFLATED)
            versions.setdefault(escape(module), []).append(version)
        dirs[:] = [d for d in dirs if "@" not in d]
    for module, vs in versions.items():
        with open(os.path.join(out, module, "@v", "list"), "w") as f:
            f.write("".join(v + "\n" for v in sorted(vs)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
