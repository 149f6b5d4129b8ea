#!/usr/bin/env python3
"""check_links.py: checks that every internal link of a rendered site resolves: each href and
src of every .html file in DIR names a file of DIR and, with #id, an id of that file; and that no
page loads anything from the network. usage: check_links.py DIR"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit


class Page(HTMLParser):
    """The ids, links and resources of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.resources = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(name):
                self.ids.add(attrs[name])
        if attrs.get("href") is not None:
            self.links.append(attrs["href"])
            if tag == "link":
                self.resources.append(attrs["href"])
        if attrs.get("src") is not None:
            self.links.append(attrs["src"])
            self.resources.append(attrs["src"])


def parse(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    return page


def problems(folder, pages, name):
    page = pages[name]
    for link in page.resources:
        if urlsplit(link).scheme in ("http", "https") or link.startswith("//"):
            yield f"{name}: loads {link} from the network"
    for link in page.links:
        parts = urlsplit(link)
        if parts.scheme or link.startswith("//"):
            continue  # external: not ours to check
        target = unquote(parts.path) or name
        if "/" in target or target.startswith(".") or not os.path.isfile(os.path.join(folder, target)):
            yield f"{name}: {link}: no file {target}"
        elif parts.fragment:
            if target not in pages:
                continue  # a fragment into a non-HTML file (CSS): nothing to check
            if unquote(parts.fragment) not in pages[target].ids:
                yield f"{name}: {link}: no id {parts.fragment} in {target}"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    names = sorted(n for n in os.listdir(folder) if n.endswith(".html"))
    pages = {n: parse(os.path.join(folder, n)) for n in names}
    found = [p for n in names for p in problems(folder, pages, n)]
    links = sum(len(p.links) for p in pages.values())
    for p in found[:50]:
        print("broken:", p)
    print(f"{len(names)} pages, {links} links, {len(found)} broken")
    if not names or found:
        sys.exit(1)


if __name__ == "__main__":
    main()
