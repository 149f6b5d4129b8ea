#!/usr/bin/env python3
# Checks that every XSL-FO stylesheet (xslt/fo/*.xsl, examples/custom-fo.xsl) is XSLT 1.0: the root
# says version="1.0", only XSLT 1.0 instructions, no extension function but exsl:node-set, no
# namespace but XSLT, XSL-FO, EXSLT common and the vocabularies read; and that the driver and the
# example run under xsltproc on a small input without a message.
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

XSL = 'http://www.w3.org/1999/XSL/Transform'
FO = 'http://www.w3.org/1999/XSL/Format'
EXSL_COMMON = 'http://exslt.org/common'
ALLOWED = {XSL, FO, EXSL_COMMON, 'http://www.tei-c.org/ns/1.0', 'http://history.state.gov/frus/ns/1.0'}
XPATH_ATTRS = ('select', 'test', 'match', 'use', 'count', 'from', 'value')
FUNCTION_CALL = re.compile(r'\b([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)\s*\(')
AVT = re.compile(r'\{([^{}]*)\}')
XSLT10 = set('''apply-imports apply-templates attribute attribute-set call-template choose comment
copy copy-of decimal-format element fallback for-each if import include key message namespace-alias
number otherwise output param preserve-space processing-instruction sort strip-space stylesheet
template text transform value-of variable when with-param'''.split())


def check(path):
    problems = []
    text = path.read_text(encoding='utf-8')
    root = ET.parse(path).getroot()
    if root.tag not in ('{%s}stylesheet' % XSL, '{%s}transform' % XSL):
        problems.append('root is not xsl:stylesheet')
    if root.get('version') != '1.0':
        problems.append('version is %r, not "1.0"' % root.get('version'))
    for _, (prefix, uri) in ET.iterparse(path, events=['start-ns']):
        if uri not in ALLOWED:
            problems.append('namespace %s is not allowed' % uri)
    prefixes = dict(re.findall(r'xmlns:([\w.-]+)="([^"]*)"', text))
    for p in root.get('extension-element-prefixes', '').split():
        if prefixes.get(p) != EXSL_COMMON:
            problems.append('extension-element-prefixes names %s' % p)
    for el in root.iter():
        if el.tag.startswith('{%s}' % XSL):
            local = el.tag.split('}')[1]
            if local not in XSLT10:
                problems.append('xsl:%s is not XSLT 1.0' % local)
            exprs = [el.get(a) for a in XPATH_ATTRS if el.get(a)]
        else:
            exprs = [m for v in el.attrib.values() for m in AVT.findall(v)]
        for expr in exprs:
            for prefix, name in FUNCTION_CALL.findall(expr):
                if prefix != 'exsl' or prefixes.get(prefix) != EXSL_COMMON or name != 'node-set':
                    problems.append('extension function %s:%s()' % (prefix, name))
    return problems


def main(root):
    root = pathlib.Path(root)
    sheets = sorted((root / 'xslt' / 'fo').glob('*.xsl')) + [root / 'examples' / 'custom-fo.xsl']
    bad = 0
    for s in sheets:
        if not s.exists():
            print('%s: missing' % s.relative_to(root))
            bad += 1
            continue
        for p in check(s):
            print('%s: %s' % (s.relative_to(root), p))
            bad += 1
    sample = root / 'tests' / 'fo' / 'input' / 'document-fo.xml'
    for s in (root / 'xslt' / 'fo' / 'fo.xsl', root / 'examples' / 'custom-fo.xsl'):
        r = subprocess.run(['xsltproc', '--nonet', str(s), str(sample)], capture_output=True, text=True)
        if r.returncode != 0 or r.stderr or '<fo:root' not in r.stdout:
            print('%s: xsltproc exit %d: %s' % (s.relative_to(root), r.returncode, r.stderr.strip()))
            bad += 1
    print('%d stylesheets checked, %d problems' % (len(sheets), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]))
