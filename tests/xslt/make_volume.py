#!/usr/bin/env python3
# Assembles a test volume (a TEI whose front holds the persons and terms lists and whose body
# holds the documents) from a folder of the publisher's per-document files, in the build tree.
import argparse
import pathlib
import re
import sys

DECL = re.compile(r'^\s*<\?xml[^>]*\?>\s*')


def body_of(path):
    return DECL.sub('', path.read_text(encoding='utf-8'))


def renumber(text, k, new_id):
    """Copy k (k >= 1) of a document: fresh document, note and page ids."""
    old = re.search(r'xml:id="(d\d+)"', text).group(1)
    text = re.sub(r'xml:id="%s"' % old, 'xml:id="%s"' % new_id, text, count=1)
    text = re.sub(r'n="\d+"', 'n="%s"' % new_id[1:], text, count=1)
    text = text.replace('xml:id="%sfn' % old, 'xml:id="%sfn' % new_id)
    text = text.replace('target="#%sfn' % old, 'target="#%sfn' % new_id)
    text = re.sub(r'xml:id="pg_([^"]*)"', r'xml:id="pg_\1.%d"' % k, text)
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('folder', type=pathlib.Path, help='a volume folder of ../shared/corpus/dev')
    ap.add_argument('output', type=pathlib.Path)
    ap.add_argument('--id', help='volume id (TEI/@xml:id); default: the folder name')
    ap.add_argument('--count', type=int, default=0,
                    help='repeat the documents until there are this many (for timing)')
    a = ap.parse_args()
    vid = a.id or a.folder.name
    docs = sorted(a.folder.glob('d*.xml'), key=lambda p: int(re.sub(r'\D', '', p.stem) or 0))
    if not docs:
        sys.exit('no d*.xml in %s' % a.folder)
    parts = [body_of(p) for p in docs]
    if a.count > len(parts):
        base = list(parts)
        first = max(int(re.sub(r'\D', '', p.stem)) for p in docs) + 1
        k = 1
        while len(parts) < a.count:
            for t in base:
                if len(parts) >= a.count:
                    break
                parts.append(renumber(t, k, 'd%d' % (first + len(parts) - len(base))))
            k += 1
    front = ''.join(body_of(a.folder / n) for n in ('persons.xml', 'terms.xml')
                    if (a.folder / n).exists())
    out = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" '
           'xml:id="%s"><teiHeader><fileDesc><titleStmt><title type="complete">Test volume %s</title>'
           '</titleStmt><publicationStmt><p>Assembled for a test.</p></publicationStmt>'
           '<sourceDesc><p>Development corpus.</p></sourceDesc></fileDesc></teiHeader>'
           '<text><front>%s</front><body>%s</body></text></TEI>\n') % (vid, vid, front, '\n'.join(parts))
    a.output.write_text(out, encoding='utf-8')


if __name__ == '__main__':
    main()
