#!/usr/bin/env python3
# FO lint: runs xslt/fo/fo.xsl under xsltproc on the invented inputs (tests/fo/input, and the
# HTML tests' inputs), on every document of the publisher's development corpus, on one volume
# assembled per corpus folder and on the whole corpus as one volume (a chapter per folder, ids
# prefixed: tests/xslt/make_volume.py), and checks the FO for what FOP rejects or silently mangles:
# no xsltproc message (no unmatched element), no empty fo:list-block, every fo:basic-link with a
# destination and every internal destination (links, bookmarks, page-number citations) an id of
# the FO, unique ids, as many fo:table-columns as the widest row needs, no inline directly in a
# flow, no empty bookmark tree. Exit 77 (skip) after the invented inputs when the corpus is absent.
import argparse
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

FO = '{http://www.w3.org/1999/XSL/Format}'
BLOCK_LEVEL = {FO + n for n in ('block', 'block-container', 'table', 'table-and-caption',
                                'list-block', 'float', 'wrapper', 'marker')}


def transform(root, src, params=()):
    cmd = ['xsltproc', '--nonet']
    for k, v in params:
        cmd += ['--stringparam', k, v]
    cmd += [str(root / 'xslt' / 'fo' / 'fo.xsl'), str(src)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def lint(fo_text):
    """The problems of one FO document, as strings."""
    problems = []
    try:
        tree = ET.fromstring(fo_text.encode('utf-8'))
    except ET.ParseError as e:
        return ['FO is not well-formed: %s' % e]
    if tree.tag != FO + 'root':
        problems.append('root is %s, not fo:root' % tree.tag)
    ids = {}
    for el in tree.iter():
        i = el.get('id')
        if i is not None:
            ids[i] = ids.get(i, 0) + 1
    problems += ['duplicate id %s (%d times)' % (i, n) for i, n in ids.items() if n > 1]
    for lb in tree.iter(FO + 'list-block'):
        if lb.find(FO + 'list-item') is None:
            problems.append('empty fo:list-block')
    for link in tree.iter(FO + 'basic-link'):
        internal, external = link.get('internal-destination'), link.get('external-destination')
        if not internal and not external:
            problems.append('fo:basic-link without a destination')
        elif internal and internal not in ids:
            problems.append('fo:basic-link to missing id %s' % internal)
    for bm in tree.iter(FO + 'bookmark'):
        if bm.get('internal-destination') not in ids:
            problems.append('fo:bookmark to missing id %s' % bm.get('internal-destination'))
    for bt in tree.iter(FO + 'bookmark-tree'):
        if bt.find(FO + 'bookmark') is None:
            problems.append('empty fo:bookmark-tree')
    for cit in tree.iter(FO + 'page-number-citation'):
        if cit.get('ref-id') not in ids:
            problems.append('fo:page-number-citation of missing id %s' % cit.get('ref-id'))
    for table in tree.iter(FO + 'table'):
        columns = len(table.findall(FO + 'table-column'))
        widest = 0
        for row in table.iter(FO + 'table-row'):
            cells = row.findall(FO + 'table-cell')
            if not cells:
                problems.append('fo:table-row without cells')
            widest = max(widest, sum(int(c.get('number-columns-spanned', '1')) for c in cells))
        if columns != widest:
            problems.append('fo:table with %d columns, widest row needs %d' % (columns, widest))
    for body in tree.iter(FO + 'table-body'):
        if body.find(FO + 'table-row') is None:
            problems.append('empty fo:table-body')
    for flow in tree.iter(FO + 'flow'):
        for child in flow:
            if child.tag not in BLOCK_LEVEL:
                problems.append('%s directly in fo:flow' % child.tag.replace(FO, 'fo:'))
        if len(flow) == 0:
            problems.append('empty fo:flow')
    for fn in tree.iter(FO + 'footnote'):
        if fn.find('.//' + FO + 'footnote') is not None:
            problems.append('fo:footnote inside fo:footnote')
    return problems


def check(root, src, label, params=(), expect_messages=False):
    rc, out, err = transform(root, src, params)
    problems = []
    if rc != 0:
        problems.append('xsltproc exit %d' % rc)
    if err.strip() and not expect_messages:
        problems += ['message: %s' % line for line in err.strip().splitlines()]
    if expect_messages and 'cabletei: unmatched element' not in err:
        problems.append('expected an unmatched-element message')
    if out:
        problems += lint(out)
    if expect_messages and not ('color="red"' in out and '[tei:foo: ' in out):
        problems.append('the unmatched element is not shown in red')
    for p in problems[:20]:
        print('%s: %s' % (label, p))
    return len(problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--root', type=pathlib.Path, required=True)
    ap.add_argument('--corpus', type=pathlib.Path, required=True)
    ap.add_argument('--work', type=pathlib.Path, required=True)
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    bad = checked = 0
    invented = sorted((a.root / 'tests' / 'fo' / 'input').glob('*.xml'))
    invented += sorted((a.root / 'tests' / 'xslt' / 'input').glob('*.xml'))
    for src in invented:
        unmatched = src.name == 'unmatched.xml'
        bad += check(a.root, src, src.relative_to(a.root), expect_messages=unmatched)
        checked += 1
    # The chunked body (a page-sequence per N documents) and the Letter paper.
    bad += check(a.root, a.root / 'tests' / 'fo' / 'input' / 'volume-fo.xml', 'volume-fo.xml chunk.size=2',
                 params=[('chunk.size', '2'), ('paper.type', 'Letter')])
    checked += 1
    if not a.corpus.is_dir():
        print('%d inputs checked, %d problems; corpus %s absent: skipped' % (checked, bad, a.corpus))
        return 1 if bad else 77
    make_volume = [sys.executable, str(a.root / 'tests' / 'xslt' / 'make_volume.py')]
    folders = sorted(p for p in a.corpus.iterdir() if p.is_dir())
    for folder in folders:
        for src in sorted(folder.glob('*.xml')):
            bad += check(a.root, src, '%s/%s' % (folder.name, src.name))
            checked += 1
        volume = a.work / ('%s.xml' % folder.name)
        subprocess.run(make_volume + [str(folder), str(volume)], check=True)
        bad += check(a.root, volume, 'volume %s' % folder.name)
        bad += check(a.root, volume, 'volume %s chunk.size=7' % folder.name, params=[('chunk.size', '7')])
        checked += 2
    if len(folders) > 1:
        volume = a.work / 'all-folders.xml'
        subprocess.run(make_volume + [str(f) for f in folders] + [str(volume)], check=True)
        bad += check(a.root, volume, 'volume of all folders')
        bad += check(a.root, volume, 'volume of all folders chunk.size=7', params=[('chunk.size', '7')])
        checked += 2
    print('%d inputs checked, %d problems' % (checked, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
