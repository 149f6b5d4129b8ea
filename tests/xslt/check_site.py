#!/usr/bin/env python3
# Checks a rendered site folder: every internal href/src resolves (the file and the #fragment),
# no page loads an outside resource, and the hover text of persons and terms links matches the
# entry they point to.
import html.parser
import pathlib
import re
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.loads, self.errors = set(), [], [], []
        self.stack = []          # open elements: (tag, attrs, text parts)
        self.texts = {}          # id -> text of the element bearing it (li entries)
        self.capture = []        # (id, tag, depth) being captured

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a:
            if a['id'] in self.ids:
                self.errors.append('duplicate id %s' % a['id'])
            self.ids.add(a['id'])
        if tag == 'a' and 'href' in a:
            self.links.append((a['href'], a.get('class', ''), a.get('title')))
        for attr in ('src', 'srcset', 'data', 'poster'):
            if attr in a:
                self.loads.append(a[attr])
        if tag == 'link' and a.get('rel') == 'stylesheet':
            self.loads.append(a.get('href', ''))
        if tag == 'script':
            self.errors.append('script element')
        if tag == 'li':
            self.capture.append([None, []])
        if self.capture and 'id' in a and self.capture[-1][0] is None:
            self.capture[-1][0] = a['id']

    def handle_endtag(self, tag):
        if tag == 'li' and self.capture:
            cid, parts = self.capture.pop()
            if cid:
                self.texts[cid] = ' '.join(''.join(parts).split())
            if self.capture:
                self.capture[-1][1].extend(parts)

    def handle_data(self, data):
        if self.capture:
            self.capture[-1][1].append(data)


def load(folder):
    pages = {}
    for f in sorted(pathlib.Path(folder).glob('*.html')):
        p = Page()
        p.feed(f.read_text(encoding='utf-8'))
        p.close()
        pages[f.name] = p
    return pages


def main(folder):
    folder = pathlib.Path(folder)
    pages = load(folder)
    files = {f.name for f in folder.iterdir()}
    problems, checked, hover = [], 0, 0
    for name, p in pages.items():
        problems += ['%s: %s' % (name, e) for e in p.errors]
        for src in p.loads:
            u = urllib.parse.urlsplit(src)
            if u.scheme or u.netloc:
                problems.append('%s: loads an outside resource %s' % (name, src))
            elif src not in files:
                problems.append('%s: loads missing %s' % (name, src))
        for href, cls, title in p.links:
            u = urllib.parse.urlsplit(href)
            if u.scheme or u.netloc:
                continue
            target = u.path or name
            checked += 1
            if target not in files:
                problems.append('%s: link to missing file %s' % (name, href))
                continue
            if u.fragment and u.fragment not in pages[target].ids:
                problems.append('%s: link to missing fragment %s' % (name, href))
                continue
            if ('persName' in cls.split() or 'gloss' in cls.split()) and u.fragment:
                entry = pages[target].texts.get(u.fragment)
                if not title:
                    problems.append('%s: no hover text on the link to %s' % (name, href))
                elif entry is not None:
                    hover += 1
                    if ' '.join(title.split()) not in entry:
                        problems.append('%s: hover text %r not in the entry %r' % (name, title, entry))
    for p in problems[:50]:
        print(p)
    print('%d pages, %d internal links checked, %d hover texts checked against their entries, '
          '%d problems' % (len(pages), checked, hover, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        raise SystemExit('usage: check_site.py FOLDER')
    sys.exit(main(sys.argv[1]))
