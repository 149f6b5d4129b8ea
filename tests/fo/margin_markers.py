#!/usr/bin/env python3
# Page markers in the outer margin of PDFs typeset by `cabletei render --to pdf`: every
# "[Page N]" of the TEI is printed once (the measuring copy is gone), in order, beside a line of
# the text block, right of it on odd folios and left of it on even folios (pdftotext -bbox); the
# PDF stays tagged. With page.marker.placement=inline the markers stay inside the text block.
# Inputs: the invented volume, and a volume of the development corpus when it is present.
import argparse
import html
import pathlib
import re
import subprocess
import sys

MM = 72 / 25.4
MARGIN = 25 * MM      # page.margin.inner and page.margin.outer (fo-params.xsl defaults)
FOLIO = re.compile(r'^(\d+|[ivxlc]+)$')
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


class Marker:
    def __init__(self, label, box, page, folio):
        self.label, self.box, self.page, self.folio = label, box, page, folio


def pages(pdf):
    """(width, height, words) per page; a word is (xMin, yMin, xMax, yMax, text)."""
    out = subprocess.run(['pdftotext', '-bbox', str(pdf), '-'], check=True, capture_output=True,
                         text=True).stdout
    for width, height, body in PAGE.findall(out):
        words = [(float(a), float(b), float(c), float(d), html.unescape(t))
                 for a, b, c, d, t in WORD.findall(body)]
        yield float(width), float(height), words


def markers_of(pdf):
    """The "[Page N]" markers of the PDF in reading order, and each page's body words."""
    found, bodies = [], {}
    for number, (width, height, words) in enumerate(pages(pdf), 1):
        folio = next((w[4] for w in words if w[1] > height - 90 and FOLIO.match(w[4])
                      and abs((w[0] + w[2]) / 2 - width / 2) < 20), '')
        body = []
        i = 0
        while i < len(words):
            w = words[i]
            if w[4].startswith('[Page') and i + 1 < len(words) and words[i + 1][4].endswith(']'):
                n = words[i + 1]
                box = (min(w[0], n[0]), min(w[1], n[1]), max(w[2], n[2]), max(w[3], n[3]))
                found.append(Marker(n[4][:-1], box, number, folio))
                i += 2
                continue
            body.append(w)
            i += 1
        bodies[number] = (width, height, body)
    return found, bodies


def folio_value(folio):
    """An arabic or roman folio's number (0 when it is neither)."""
    if folio.isdigit():
        return int(folio)
    values = {'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
    digits = [values.get(c, 0) for c in folio.lower()]
    if not digits or 0 in digits:
        return 0
    return sum(-d if i + 1 < len(digits) and digits[i + 1] > d else d for i, d in enumerate(digits))


def expected_labels(tei):
    text = tei.read_text(encoding='utf-8')
    return [m.group(1).strip() for m in re.finditer(r'<pb\b[^>]*\bn="([^"]*)"', text) if m.group(1).strip()]


def render(cabletei, tei, pdf, params=()):
    args = [cabletei, 'render', str(tei), '--to', 'pdf', '-o', str(pdf)]
    for name, value in params:
        args += ['--param', '%s=%s' % (name, value)]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0 or 'error' in run.stderr:
        sys.exit('%s: cabletei render failed (%d):\n%s' % (tei.name, run.returncode, run.stderr))
    info = subprocess.run(['pdfinfo', str(pdf)], check=True, capture_output=True, text=True).stdout
    if not re.search(r'^Tagged:\s+yes', info, re.M):
        sys.exit('%s: the PDF is not tagged' % tei.name)


def check_margin(tei, pdf):
    problems = []
    found, bodies = markers_of(pdf)
    labels = [m.label for m in found]
    want = expected_labels(tei)
    if labels != want:
        problems.append('markers %s, expected %s' % (labels, want))
    for m in found:
        width, height, body = bodies[m.page]
        where = 'page %d (folio %s), [Page %s]' % (m.page, m.folio or '?', m.label)
        folio = folio_value(m.folio)
        if not folio:
            problems.append('%s: no folio' % where)
            continue
        if folio % 2 == 1 and m.box[0] < width - MARGIN:
            problems.append('%s: odd page, but the marker starts at x=%.1f, inside the text block '
                            '(which ends at %.1f)' % (where, m.box[0], width - MARGIN))
        if folio % 2 == 0 and m.box[2] > MARGIN:
            problems.append('%s: even page, but the marker ends at x=%.1f, inside the text block '
                            '(which starts at %.1f)' % (where, m.box[2], MARGIN))
        beside = [w for w in body if w[1] - 2 <= m.box[3] and m.box[1] <= w[3] + 2
                  and w[1] < height - 90]
        if not beside:
            problems.append('%s: no line of text beside the marker (y %.1f-%.1f)'
                            % (where, m.box[1], m.box[3]))
    return problems, len(found)


def check_inline(tei, pdf):
    found, bodies = markers_of(pdf)
    want = expected_labels(tei)
    problems = [] if [m.label for m in found] == want else ['inline markers out of order']
    for m in found:
        width = bodies[m.page][0]
        if m.box[0] < MARGIN - 1 or m.box[2] > width - MARGIN + 1:
            problems.append('[Page %s] (inline) lies outside the text block' % m.label)
    return problems, len(found)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--cabletei', required=True)
    ap.add_argument('--root', type=pathlib.Path, required=True)
    ap.add_argument('--corpus', type=pathlib.Path)
    ap.add_argument('--work', type=pathlib.Path, required=True)
    ap.add_argument('--volume', default='frus1955-57v25')
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    inputs = [a.root / 'tests' / 'fo' / 'input' / 'volume-fo.xml']
    folder = a.corpus / a.volume if a.corpus else None
    if folder and folder.is_dir():
        volume = a.work / ('%s.xml' % a.volume)
        subprocess.run([sys.executable, str(a.root / 'tests' / 'xslt' / 'make_volume.py'), str(folder),
                        str(volume)], check=True)
        inputs.append(volume)
    failed = False
    for tei in inputs:
        pdf = a.work / (tei.stem + '.pdf')
        render(a.cabletei, tei, pdf)
        problems, count = check_margin(tei, pdf)
        if count == 0:
            problems.append('no page markers found')
        print('%s: %d markers in the outer margin, %d problems' % (tei.name, count, len(problems)))
        for p in problems[:20]:
            print('  ' + p)
        failed = failed or bool(problems)
    tei = inputs[0]
    pdf = a.work / (tei.stem + '-inline.pdf')
    render(a.cabletei, tei, pdf, [('page.marker.placement', 'inline')])
    problems, count = check_inline(tei, pdf)
    print('%s with page.marker.placement=inline: %d markers in the text, %d problems'
          % (tei.name, count, len(problems)))
    for p in problems[:20]:
        print('  ' + p)
    failed = failed or bool(problems)
    if not (folder and folder.is_dir()):
        print('the development corpus is absent: only the invented volume was checked')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
