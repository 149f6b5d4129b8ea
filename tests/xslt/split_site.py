#!/usr/bin/env python3
# Splits the output of xslt/html/site.xsl (site:site with site:page and site:file) into a folder,
# each page written with an HTML5 doctype and serialized as HTML, as the C++ renderer does.
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

SITE = '{urn:cabletei:site}'
NAME = re.compile(r'^[A-Za-z0-9._-]+$')


def split(site_xml, folder):
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    root = ET.parse(site_xml).getroot()
    if root.tag != SITE + 'site':
        raise SystemExit('not a site:site document: %s' % root.tag)
    names = []
    for child in root:
        href = child.get('href', '')
        if not NAME.match(href):
            raise SystemExit('bad href %r' % href)
        if href in names:
            raise SystemExit('two parts named %s' % href)
        names.append(href)
        if child.tag == SITE + 'page':
            pages = list(child)
            if len(pages) != 1 or pages[0].tag != 'html':
                raise SystemExit('%s: a page must hold one html element in no namespace' % href)
            html = ET.tostring(pages[0], encoding='unicode', method='html')
            (folder / href).write_text('<!DOCTYPE html>\n' + html + '\n', encoding='utf-8')
        elif child.tag == SITE + 'file':
            (folder / href).write_text(child.text or '', encoding='utf-8')
        else:
            raise SystemExit('unexpected element %s' % child.tag)
    return names


if __name__ == '__main__':
    if len(sys.argv) != 3:
        raise SystemExit('usage: split_site.py SITE.xml FOLDER')
    for n in split(sys.argv[1], sys.argv[2]):
        print(n)
