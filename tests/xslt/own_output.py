#!/usr/bin/env python3
# Renders cabletei's own TEI (the golden outputs of tests/golden, encoded from examples/*.txt)
# with html.xsl and the examples' lists: no message, no error, hover text on the names.
import pathlib
import subprocess
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
examples = root / 'examples'
bad = n = 0
for tei in sorted((root / 'tests' / 'golden').glob('*.xml')):
    r = subprocess.run(['xsltproc', '--nonet', '--stringparam', 'persons', str(examples / 'persons.xml'),
                        '--stringparam', 'terms', str(examples / 'terms.xml'),
                        str(root / 'xslt' / 'html' / 'html.xsl'), str(tei)], capture_output=True, text=True)
    n += 1
    if r.returncode or r.stderr or '<main id="main">' not in r.stdout:
        print('%s: exit %d %s' % (tei.name, r.returncode, r.stderr.strip()))
        bad += 1
    elif 'corresp="#p_' in tei.read_text(encoding='utf-8') and 'class="persName" title="' not in r.stdout:
        print('%s: no hover text on persons' % tei.name)
        bad += 1
print('%d cabletei outputs rendered, %d problems' % (n, bad))
sys.exit(1 if bad else 0)
