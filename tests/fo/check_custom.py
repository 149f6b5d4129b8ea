#!/usr/bin/env python3
# The customisation example: examples/custom-fo.xsl imports xslt/fo/fo.xsl, sets Letter paper and
# overrides two properties of the document.head attribute set. Checks that the parameter took
# effect and that the attribute set was merged property by property (the override's text-align and
# font-size, the driver's font-weight and keep-with-next), as DocBook-style layers rely on.
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

FO = '{http://www.w3.org/1999/XSL/Format}'


def main(root):
    root = pathlib.Path(root)
    sample = root / 'tests' / 'fo' / 'input' / 'document-fo.xml'
    r = subprocess.run(['xsltproc', '--nonet', str(root / 'examples' / 'custom-fo.xsl'), str(sample)],
                       capture_output=True, text=True)
    if r.returncode or r.stderr:
        print('xsltproc exit %d: %s' % (r.returncode, r.stderr.strip()))
        return 1
    tree = ET.fromstring(r.stdout.encode('utf-8'))
    problems = []
    for spm in tree.iter(FO + 'simple-page-master'):
        if (spm.get('page-width'), spm.get('page-height')) != ('8.5in', '11in'):
            problems.append('page master %s is %s x %s, not Letter'
                            % (spm.get('master-name'), spm.get('page-width'), spm.get('page-height')))
    doc = next((b for b in tree.iter(FO + 'block') if b.get('id') == 'd42'), None)
    head = doc.find(FO + 'block') if doc is not None else None
    want = {'text-align': 'center', 'font-size': '12.5pt', 'font-weight': 'bold',
            'keep-with-next.within-page': 'always'}
    if head is None:
        problems.append('no document head block')
    else:
        for k, v in want.items():
            if head.get(k) != v:
                problems.append('document head %s=%r, expected %r' % (k, head.get(k), v))
    for p in problems:
        print(p)
    print('custom-fo.xsl: %d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]))
