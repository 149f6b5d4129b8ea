#!/usr/bin/env python3
# Checks examples/custom-html.xsl: it renders, and its changed parameters (the note back-link
# text, the column width) and its footer hook show in the page and not in the base driver's.
import pathlib
import subprocess
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
sample = root / 'tests' / 'xslt' / 'input' / 'document.xml'
args = ['--stringparam', 'persons', 'lists/persons.xml', '--stringparam', 'terms', 'lists/terms.xml']


def render(xsl):
    r = subprocess.run(['xsltproc', '--nonet'] + args + [str(xsl), str(sample)],
                       capture_output=True, text=True)
    if r.returncode or r.stderr:
        raise SystemExit('%s: exit %d %s' % (xsl, r.returncode, r.stderr))
    return r.stdout


custom = render(root / 'examples' / 'custom-html.xsl')
base = render(root / 'xslt' / 'html' / 'html.xsl')
checks = {
    'parameter note.backlink.text': 'role="doc-backlink" aria-label="Back to the text of note 1">back to text</a>',
    'parameter content.max.width': 'max-width:38rem',
    'template footer.hook': '<footer class="page-footer"><p class="house-footer">Published by',
}
bad = 0
for what, needle in checks.items():
    if needle not in custom:
        print('custom-html.xsl: %s has no effect (missing %r)' % (what, needle))
        bad += 1
    if needle in base:
        print('html.xsl already has %r: the check proves nothing' % needle)
        bad += 1
print('custom-html.xsl: %d of %d customisations visible' % (len(checks) - bad, len(checks)) if bad
      else 'custom-html.xsl: all %d customisations visible' % len(checks))
sys.exit(1 if bad else 0)
