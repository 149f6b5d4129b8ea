#!/usr/bin/env python3
# Renders the invented test volume as a site, splits it and checks that every internal link
# resolves and the hover texts match their entries (runs without the development corpus).
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(HERE))
import check_site   # noqa: E402
import split_site   # noqa: E402

root, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
r = subprocess.run(['xsltproc', '--nonet', str(root / 'xslt' / 'html' / 'site.xsl'),
                    str(HERE / 'input' / 'volume.xml')], capture_output=True, text=True)
if r.returncode or r.stderr:
    sys.exit('site.xsl: exit %d %s' % (r.returncode, r.stderr))
(work / 'site.xml').write_text(r.stdout, encoding='utf-8')
names = split_site.split(work / 'site.xml', work / 'site')
expected = {'index.html', 'd1.html', 'd2.html', 'd3.html', 'persons.html', 'terms.html', 'cabletei.css'}
if set(names) != expected:
    sys.exit('site files %s, expected %s' % (sorted(names), sorted(expected)))
sys.exit(check_site.main(work / 'site'))
