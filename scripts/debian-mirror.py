#!/usr/bin/env python3
"""Prints the Debian mirror this machine's apt uses for SUITE (the first argument, e.g. bookworm), read from
/etc/apt/sources.list, /etc/apt/sources.list.d/*.list (one-line style) and *.sources (deb822), so no mirror host
is named in the repository. An entry that carries SUITE itself with the main component wins; otherwise any
Debian release entry (a suite without -security/-updates/-backports) with main. Exit 1 when there is none.
Usage: debian-mirror.py SUITE [APT_DIR]"""
import glob
import os
import sys


def one_line_entries(text):
    for line in text.splitlines():
        words = line.split('#', 1)[0].split()
        if len(words) < 3 or words[0] != 'deb':
            continue
        words = words[1:]
        if words[0].startswith('['):  # [arch=amd64 signed-by=...]
            while words and not words[0].endswith(']'):
                words = words[1:]
            words = words[1:]
        if len(words) >= 2:
            yield {'uris': [words[0]], 'suites': [words[1]], 'components': words[2:]}


def deb822_entries(text):
    for stanza in text.split('\n\n'):
        fields = {}
        key = None
        for line in stanza.splitlines():
            if line.startswith('#') or not line.strip():
                continue
            if line[0].isspace() and key:
                fields[key] += ' ' + line.strip()
                continue
            key, _, value = line.partition(':')
            key = key.strip().lower()
            fields[key] = value.strip()
        if 'deb' not in fields.get('types', '').split() or fields.get('enabled', 'yes').lower() == 'no':
            continue
        yield {
            'uris': fields.get('uris', '').split(),
            'suites': fields.get('suites', '').split(),
            'components': fields.get('components', '').split(),
        }


def entries(apt_dir):
    files = [os.path.join(apt_dir, 'sources.list')] + sorted(glob.glob(os.path.join(apt_dir, 'sources.list.d', '*.list')))
    for f in files:
        if os.path.isfile(f):
            yield from one_line_entries(open(f, encoding='utf-8', errors='replace').read())
    for f in sorted(glob.glob(os.path.join(apt_dir, 'sources.list.d', '*.sources'))):
        yield from deb822_entries(open(f, encoding='utf-8', errors='replace').read())


def mirror_for(suite, all_entries):
    release = lambda s: not any(x in s for x in ('-security', '/updates', '-updates', '-backports', '-proposed'))
    candidates = [e for e in all_entries if 'main' in e['components'] and e['uris']]
    for e in candidates:
        if suite in e['suites'] and e['uris'][0].startswith(('http://', 'https://', 'file:/')):
            return e['uris'][0].rstrip('/')
    for e in candidates:
        if any(release(s) for s in e['suites']) and e['uris'][0].startswith(('http://', 'https://', 'file:/')):
            return e['uris'][0].rstrip('/')
    return None


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    found = mirror_for(sys.argv[1], list(entries(sys.argv[2] if len(sys.argv) > 2 else '/etc/apt')))
    if not found:
        sys.stderr.write(f'no Debian mirror for {sys.argv[1]} in the apt configuration\n')
        sys.exit(1)
    print(found)
