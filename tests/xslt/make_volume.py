#!/usr/bin/env python3
# Assembles a test volume (a TEI whose front holds the persons and terms lists and whose body
# holds the documents) from a folder of the publisher's per-document files, in the build tree.
# Given several folders, it builds one volume of them all: the front holds every folder's lists,
# the body one <div type="chapter" xml:id="chN"> per folder, headed by the folder's name, holding
# its documents. Each folder's xml:ids get the prefix "FOLDER." (documents, notes, pages, list
# entries collide across volumes) and every "#id" pointer to them is rewritten to match; a local
# pointer to what the folder lacks (another document of that volume) becomes "FOLDER#id", so it
# still names its volume; pointers to other volumes and URLs are kept, and so are the document
# numbers (@n).
import argparse
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

DECL = re.compile(r'^\s*<\?xml[^>]*\?>\s*')
TEI = '{http://www.tei-c.org/ns/1.0}'
XML_ID = '{http://www.w3.org/XML/1998/namespace}id'
NAMESPACES = {'': 'http://www.tei-c.org/ns/1.0', 'frus': 'http://history.state.gov/frus/ns/1.0',
              'xi': 'http://www.w3.org/2001/XInclude'}
# Attributes that point to a place (TEI data.pointer): a local "#id" the folder lacks is made a
# pointer into the folder's volume. Other "#id"s (@rendition, @ana: the header's declarations,
# which an assembled volume has not) are rewritten only when the folder defines the id.
LINKS = {'target', 'corresp', 'ref', 'sameAs', 'copyOf', 'next', 'prev', 'who', 'source', 'resp', 'hand',
         'facs', 'synch', 'from', 'to'}
NCNAME = re.compile(r'^[A-Za-z_][\w.-]*$')


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


def documents_of(folder):
    docs = sorted(folder.glob('d*.xml'), key=lambda p: int(re.sub(r'\D', '', p.stem) or 0))
    if not docs:
        sys.exit('no d*.xml in %s' % folder)
    return docs


def lists_of(folder):
    return [folder / n for n in ('persons.xml', 'terms.xml') if (folder / n).exists()]


def tei(vid, title, front, body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" '
            'xml:id="%s"><teiHeader><fileDesc><titleStmt><title type="complete">Test volume %s</title>'
            '</titleStmt><publicationStmt><p>Assembled for a test.</p></publicationStmt>'
            '<sourceDesc><p>Development corpus.</p></sourceDesc></fileDesc></teiHeader>'
            '<text><front>%s</front><body>%s</body></text></TEI>\n') % (vid, title, front, body)


def one_folder(folder, vid, count):
    """The volume of one folder, its files copied as they are (--count: repeated)."""
    docs = documents_of(folder)
    parts = [body_of(p) for p in docs]
    if count > len(parts):
        base = list(parts)
        first = max(int(re.sub(r'\D', '', p.stem)) for p in docs) + 1
        k = 1
        while len(parts) < count:
            for t in base:
                if len(parts) >= count:
                    break
                parts.append(renumber(t, k, 'd%d' % (first + len(parts) - len(base))))
            k += 1
    front = ''.join(body_of(p) for p in lists_of(folder))
    return tei(vid, vid, front, '\n'.join(parts))


def parse(path):
    """The root element of a file, with its comments and processing instructions."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    return ET.parse(path, parser).getroot()


def prefix_of(name):
    """The xml:id prefix of a folder: its name (made an NCName) and a dot."""
    p = re.sub(r'[^\w.-]', '_', name)
    return (p if NCNAME.match(p) else 'v' + p) + '.'


def relink(roots, prefix, volume):
    """Prefixes every xml:id under roots and rewrites the "#id" pointers (several to an attribute,
    space-separated) to them; a link to an id the roots lack becomes "VOLUME#id"."""
    ids = {el.get(XML_ID) for root in roots for el in root.iter() if el.get(XML_ID) is not None}
    for root in roots:
        for el in root.iter():
            for name, value in list(el.attrib.items()):
                if name == XML_ID:
                    el.set(name, prefix + value)
                    continue
                if '#' not in value:
                    continue
                tokens = value.split()
                if not any(t.startswith('#') for t in tokens):
                    continue
                out = []
                for t in tokens:
                    if t.startswith('#') and t[1:] in ids:
                        t = '#' + prefix + t[1:]
                    elif t.startswith('#') and len(t) > 1 and name in LINKS:
                        t = volume + t
                    out.append(t)
                el.set(name, ' '.join(out))


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def serialize(el):
    el.tail = None
    return ET.tostring(el, encoding='unicode')


def merged(folders, vid):
    """One volume of several folders: a chapter per folder, ids prefixed, pointers rewritten."""
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    prefixes = [prefix_of(f.name) for f in folders]
    if len(set(prefixes)) != len(prefixes):
        sys.exit('two folders share a name: %s' % ' '.join(str(f) for f in folders))
    front, body = [], []
    for n, (folder, prefix) in enumerate(zip(folders, prefixes), 1):
        list_paths, doc_paths = lists_of(folder), documents_of(folder)
        lists, docs = [parse(p) for p in list_paths], [parse(p) for p in doc_paths]
        for path, root in zip(list_paths + doc_paths, lists + docs):
            if root.tag != TEI + 'div':
                sys.exit('%s: the root is %s, not a TEI div' % (path, root.tag))
        relink(lists + docs, prefix, folder.name)
        front += [serialize(r) for r in lists]
        body.append('<div type="chapter" xml:id="ch%d"><head>%s</head>\n%s</div>'
                    % (n, escape(folder.name), '\n'.join(serialize(r) for r in docs)))
    title = ', '.join(escape(f.name) for f in folders)
    return tei(vid, title, ''.join(front), '\n'.join(body))


def main():
    ap = argparse.ArgumentParser(description='Assembles a test volume from one or more corpus folders.')
    ap.add_argument('folders', type=pathlib.Path, nargs='+', metavar='folder',
                    help='a volume folder of ../shared/corpus/dev (several: one volume, a chapter each)')
    ap.add_argument('output', type=pathlib.Path)
    ap.add_argument('--id', help='volume id (TEI/@xml:id); default: the folder name (several: their parent\'s)')
    ap.add_argument('--count', type=int, default=0,
                    help='repeat the documents until there are this many (for timing; one folder only)')
    a = ap.parse_args()
    if len(a.folders) == 1:
        out = one_folder(a.folders[0], a.id or a.folders[0].name, a.count)
    else:
        if a.count:
            ap.error('--count takes one folder')
        vid = a.id or prefix_of(a.folders[0].resolve().parent.name)[:-1]
        out = merged(a.folders, vid)
    a.output.write_text(out, encoding='utf-8')


if __name__ == '__main__':
    main()
