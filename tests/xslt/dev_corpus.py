#!/usr/bin/env python3
# Renders the publisher's development corpus with the HTML stylesheets under xsltproc: every
# document alone (no message, no error), then each volume assembled in the work folder as a site
# and as one page, split and checked (every internal link resolves, hover texts match entries).
# cabletei's own TEI is rendered by own_output.py.
import argparse
import pathlib
import shutil
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(HERE))
import check_site   # noqa: E402
import split_site   # noqa: E402

SKIP = 77


def xsltproc(xsl, source, params, out=None):
    cmd = ['xsltproc', '--nonet']
    for k, v in params.items():
        cmd += ['--stringparam', k, v]
    cmd += [str(xsl), str(source)]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if out is not None:
        out.write_text(r.stdout, encoding='utf-8')
    return r, dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', type=pathlib.Path, default=HERE.parent.parent)
    ap.add_argument('--corpus', type=pathlib.Path, required=True)
    ap.add_argument('--work', type=pathlib.Path, required=True)
    a = ap.parse_args()
    if not a.corpus.is_dir():
        print('SKIP: the development corpus %s is absent' % a.corpus)
        return SKIP
    html_xsl = a.root / 'xslt' / 'html' / 'html.xsl'
    site_xsl = a.root / 'xslt' / 'html' / 'site.xsl'
    shutil.rmtree(a.work, ignore_errors=True)
    a.work.mkdir(parents=True)
    failures, unmatched, docs, total = [], 0, 0, 0.0

    def lists(folder):
        return {n: '%s.xml' % n for n in ('persons', 'terms') if (folder / ('%s.xml' % n)).exists()}

    volumes = sorted(p for p in a.corpus.iterdir() if p.is_dir() and list(p.glob('d*.xml')))
    # 1. Every document alone, with its volume's lists.
    for vol in volumes:
        for doc in sorted(vol.glob('d*.xml')):
            r, dt = xsltproc(html_xsl, doc, lists(vol))
            docs += 1
            total += dt
            unmatched += r.stderr.count('cabletei: unmatched element')
            if r.returncode or r.stderr or '<main' not in r.stdout:
                failures.append('%s/%s: exit %d %s' % (vol.name, doc.name, r.returncode, r.stderr.strip()))
    print('%d documents rendered alone in %.2f s, %d unmatched-element messages'
          % (docs, total, unmatched))
    # 2. Each volume as a site and as one page.
    for vol in volumes:
        source = a.work / ('%s.xml' % vol.name)
        subprocess.run([sys.executable, str(HERE / 'make_volume.py'), str(vol), str(source)], check=True)
        site = a.work / ('%s.site.xml' % vol.name)
        r, dt = xsltproc(site_xsl, source, {}, site)
        if r.returncode or r.stderr:
            failures.append('%s site: exit %d %s' % (vol.name, r.returncode, r.stderr.strip()))
            continue
        folder = a.work / vol.name
        names = split_site.split(site, folder)
        print('%s: site of %d files in %.2f s (xsltproc, %d documents)'
              % (vol.name, len(names), dt, len(list(vol.glob('d*.xml')))))
        if check_site.main(folder):
            failures.append('%s: site links (see above)' % vol.name)
        if (vol / 'persons.xml').exists() and 'persons.html' not in names:
            failures.append('%s: no persons.html' % vol.name)
        one = a.work / ('%s-page' % vol.name)
        one.mkdir()
        r, dt = xsltproc(html_xsl, source, {}, one / 'volume.html')
        print('%s: one page in %.2f s' % (vol.name, dt))
        if r.returncode or r.stderr:
            failures.append('%s page: exit %d %s' % (vol.name, r.returncode, r.stderr.strip()))
        elif check_site.main(one):
            failures.append('%s: single-page links (see above)' % vol.name)
    for f in failures:
        print('FAIL', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
