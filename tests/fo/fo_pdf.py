#!/usr/bin/env python3
# PDF test: xslt/fo/fo.xsl + Apache FOP typeset the invented inputs (tests/fo/input), a volume
# assembled from each folder of the development corpus, the whole corpus as one volume (a chapter
# per folder, ids prefixed: tests/xslt/make_volume.py) and one document alone; FOP must report no
# error or warning (SEVERE, ERROR, WARN, exceptions) and no glyph missing from the fonts; every
# font must be embedded (pdffonts); and the text of each page (pdftotext) must show each footnote
# starting on the page of its reference mark (FOP may continue a long one on the next page), the
# document heads in order, the "[Page N]" markers in order, and every character of the FO text.
# Exit 77 (skip) after the invented inputs when the corpus is absent.
import argparse
import pathlib
import re
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET

FO = '{http://www.w3.org/1999/XSL/Format}'
BAD_LOG = re.compile(r'SEVERE|\[ERROR\]|\[FATAL\]|\[WARN\]|Exception|not available in font|Glyph .* not available')
CONTEXT = 20   # characters of text before a note mark that identify its place
PAGE_MARK = re.compile(r'\[Page\s+([^\]\s]+)\]')


def norm(text):
    """Letters only: pdftotext sets superscript note marks on lines of their own, in the middle
    of the text, so digits (and spacing, hyphens, punctuation) are left out of every comparison."""
    text = unicodedata.normalize('NFKC', text).lower()
    return ''.join(c for c in text if c.isalpha())


class Stream:
    """The text of the FO flows in reading order without the footnote bodies, with the notes
    (context before the mark + label, start of the body), the document heads and page markers."""

    def __init__(self, tree):
        self.text = []       # normalised pieces
        self.length = 0
        self.notes = []      # (label, context key, body key)
        self.heads = []      # (start, end) offsets in the normalised stream
        self.raw = []        # raw text, for page markers
        self.last_mark = 0
        for flow in tree.iter(FO + 'flow'):
            self.walk(flow)
        self.joined = ''.join(self.text)
        self.heads = [self.joined[s:e + 20] for s, e in self.heads]

    def add(self, s):
        if s:
            self.raw.append(s)
            n = norm(s)
            self.text.append(n)
            self.length += len(n)

    def current(self):
        return ''.join(self.text)[-CONTEXT:]

    def walk(self, el):
        tag = el.tag
        if tag == FO + 'footnote':
            # pdftotext sets superscript marks and labels apart from their line: neither the
            # mark nor the label is part of the keys. The context is the text since the last mark.
            mark = el.find(FO + 'inline')
            label = ''.join(mark.itertext()).strip() if mark is not None else ''
            body = el.find(FO + 'footnote-body')
            body_text = ''.join(body.itertext()).strip() if body is not None else ''
            if body_text.startswith(label):
                body_text = body_text[len(label):]
            joined = ''.join(self.text)
            before = joined[self.last_mark:][-CONTEXT:]
            self.notes.append((label, before, norm(body_text)[:40]))
            self.last_mark = len(joined)
            self.add(el.tail)
            return
        if tag in (FO + 'marker', FO + 'leader', FO + 'page-number-citation'):
            self.add(el.tail)
            return
        # A document (a block with a running-head marker): its opening text, from its start
        # (a source line may come first) to the end of its head (the block with id "dN-head").
        doc_id = el.get('id', '') if tag == FO + 'block' and el.find(FO + 'marker') is not None else ''
        start = self.length
        self.add(el.text)
        for child in el:
            self.walk(child)
            if doc_id and child.get('id') == doc_id + '-head':
                self.heads.append((start, self.length))
        self.add(el.tail)


def running_heads(tree):
    """The texts of the running heads and feet: the static contents' text and the markers they
    retrieve ("Document 219"). pdftotext sets them before or after the first lines of the body,
    as it likes: their lines are left out of the pages' text."""
    texts = set()
    for sc in tree.iter(FO + 'static-content'):
        for el in sc.iter():
            texts.update(t.strip() for t in (el.text, el.tail) if t and t.strip())
    for marker in tree.iter(FO + 'marker'):
        texts.add(''.join(marker.itertext()).strip())
    texts.discard('')
    return texts


def pages_of(pdf, heads=()):
    """The raw text of each page, and its normalised text without the running-head lines."""
    r = subprocess.run(['pdftotext', '-enc', 'UTF-8', str(pdf), '-'], capture_output=True, text=True, check=True)
    raw = r.stdout.split('\f')
    if raw and not raw[-1].strip():
        raw = raw[:-1]
    return raw, [norm('\n'.join(l for l in p.splitlines() if l.strip() not in heads)) for p in raw]


def continued_note(pages, key):
    """The pages on which a footnote body that FOP continued on the next page begins: the first k
    letters of its key (k >= 12, longest first) on one page, the rest on the next."""
    for k in range(len(key) - 1, 11, -1):
        found = {i for i in range(len(pages) - 1) if key[:k] in pages[i] and key[k:] in pages[i + 1]}
        if found:
            return found
    return set()


def check_fonts(pdf):
    out = subprocess.run(['pdffonts', str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    problems = []
    if len(out) < 3:
        return ['pdffonts lists no font']
    header, dashes = out[0], out[1]
    cols = [m.span() for m in re.finditer(r'-+', dashes)]
    names = header.split()
    emb = names.index('emb') if 'emb' in names else 3
    for line in out[2:]:
        a, b = cols[emb]
        if line[a:b].strip() != 'yes':
            problems.append('font not embedded: %s' % line.strip())
        if 'DejaVu' not in line:
            problems.append('font not DejaVu: %s' % line.strip())
    return problems


def typeset(a, src, label, params=()):
    """Problems of one input, as strings."""
    problems = []
    stem = re.sub(r'\W+', '_', label)
    fo, pdf = a.work / (stem + '.fo'), a.work / (stem + '.pdf')
    cmd = ['xsltproc', '--nonet']
    for k, v in params:
        cmd += ['--stringparam', k, v]
    t0 = time.time()
    r = subprocess.run(cmd + ['-o', str(fo), str(a.root / 'xslt' / 'fo' / 'fo.xsl'), str(src)],
                       capture_output=True, text=True)
    t1 = time.time()
    if r.returncode or r.stderr.strip():
        return ['xsltproc exit %d: %s' % (r.returncode, r.stderr.strip()[:500])]
    r = subprocess.run([a.fop, '-c', str(a.config), '-fo', str(fo), '-pdf', str(pdf)],
                       capture_output=True, text=True)
    t2 = time.time()
    log = [l for l in (r.stdout + r.stderr).splitlines() if BAD_LOG.search(l)]
    if r.returncode or not pdf.exists():
        problems.append('fop exit %d' % r.returncode)
    problems += ['fop: %s' % l for l in log[:10]]
    if problems:
        return problems
    problems += check_fonts(pdf)
    tree = ET.parse(fo).getroot()
    stream = Stream(tree)
    raw, pages = pages_of(pdf, running_heads(tree))
    # Footnotes starting on the page of their mark.
    ok = unknown = continued = 0
    for lab, ctx, body in stream.notes:
        note_pages = {i for i, p in enumerate(pages) if body in p}
        if not note_pages:
            note_pages = continued_note(pages, body)
            continued += bool(note_pages)
        ref_pages = {i for i, p in enumerate(pages) if ctx in p}
        if not note_pages:
            problems.append('footnote %s (%s…) not found in the PDF text' % (lab, body[:25]))
        elif not ref_pages or len(ctx) < 12:
            unknown += 1     # its place is split across pages (or too short to tell)
        elif note_pages & ref_pages:
            ok += 1
        else:
            problems.append('footnote %s (%s…) on page(s) %s, its mark on page(s) %s'
                            % (lab, body[:25], sorted(p + 1 for p in note_pages), sorted(p + 1 for p in ref_pages)))
    if stream.notes and ok < 0.8 * len(stream.notes):
        problems.append('only %d of %d footnotes could be placed (%d unknown)' % (ok, len(stream.notes), unknown))
    # Document heads in order, on pages after the contents.
    last = 0
    for head in stream.heads:
        found = [i for i, p in enumerate(pages) if head in p and i >= last]
        if not found:
            problems.append('document head %s… not found in order after page %d' % (head[:30], last + 1))
        else:
            last = found[0]
    # Every character of the text is in the PDF (FOP drops a glyph its fonts lack silently).
    fo_chars = set(unicodedata.normalize('NFKC', ''.join(t for f in tree.iter(FO + 'flow') for t in f.itertext())))
    pdf_chars = set(unicodedata.normalize('NFKC', '\n'.join(raw)))
    missing = sorted(c for c in fo_chars - pdf_chars if not c.isspace() and unicodedata.category(c)[0] not in 'CZ')
    if missing:
        problems.append('characters missing from the PDF text (not in the fonts?): %s'
                        % ' '.join('%s U+%04X' % (c, ord(c)) for c in missing[:20]))
    # Page markers in order.
    want = PAGE_MARK.findall(''.join(stream.raw))
    got = PAGE_MARK.findall('\n'.join(raw))
    if want != got:
        k = next((i for i, (w, g) in enumerate(zip(want, got)) if w != g), min(len(want), len(got)))
        problems.append('page markers differ at #%d: expected %s, PDF has %s' % (k + 1, want[k:k + 5], got[k:k + 5]))
    print('%s: %d pages, %d notes (%d on their page, %d unknown, %d continued on the next page), %d heads, '
          '%d page markers; xsltproc %.1f s, fop %.1f s'
          % (label, len(pages), len(stream.notes), ok, unknown, continued, len(stream.heads), len(want),
             t1 - t0, t2 - t1))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--root', type=pathlib.Path, required=True)
    ap.add_argument('--corpus', type=pathlib.Path, required=True)
    ap.add_argument('--work', type=pathlib.Path, required=True)
    ap.add_argument('--config', type=pathlib.Path, required=True)
    ap.add_argument('--fop', default='fop')
    ap.add_argument('--volume', default='frus1955-57v25', help='the corpus folder whose first document is typeset alone')
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    cases = [(a.root / 'tests' / 'fo' / 'input' / 'volume-fo.xml', 'volume-fo', ()),
             (a.root / 'tests' / 'fo' / 'input' / 'volume-fo.xml', 'volume-fo-chunked-letter',
              (('chunk.size', '3'), ('paper.type', 'Letter'))),
             (a.root / 'tests' / 'fo' / 'input' / 'document-fo.xml', 'document-fo', ())]
    # Every folder of the corpus as one volume (so every document is typeset), the body in
    # page-sequences of 10 documents; all the folders as one volume, a chapter each; and one
    # document on its own.
    corpus = a.corpus / a.volume
    make_volume = [sys.executable, str(a.root / 'tests' / 'xslt' / 'make_volume.py')]
    if a.corpus.is_dir():
        folders = sorted(p for p in a.corpus.iterdir() if p.is_dir())
        for folder in folders:
            volume = a.work / ('%s.xml' % folder.name)
            subprocess.run(make_volume + [str(folder), str(volume)], check=True)
            cases.append((volume, 'volume-' + folder.name, (('chunk.size', '10'),)))
        if len(folders) > 1:
            volume = a.work / 'all-folders.xml'
            subprocess.run(make_volume + [str(f) for f in folders] + [str(volume)], check=True)
            cases.append((volume, 'volume-all-folders', (('chunk.size', '10'),)))
    if corpus.is_dir():
        cases.append((corpus / sorted(p.name for p in corpus.glob('d*.xml'))[0], a.volume + '-first-document', ()))
    bad = 0
    for src, label, params in cases:
        for p in typeset(a, src, label, params):
            print('%s: %s' % (label, p))
            bad += 1
    if bad:
        return 1
    return 0 if a.corpus.is_dir() else 77


if __name__ == '__main__':
    sys.exit(main())
