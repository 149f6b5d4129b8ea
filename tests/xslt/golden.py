#!/usr/bin/env python3
# Golden tests of the HTML stylesheets: each case of tests/xslt/input (NAME.xml, with optional
# NAME.args; or NAME.args naming another input) is rendered with xsltproc and compared with
# tests/xslt/expected/NAME.html (site cases: NAME.site.xml), its messages with NAME.stderr.
# The style sheet text is compared once, with expected/cabletei.css. --update rewrites them.
import argparse
import difflib
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
STYLE = re.compile(r'(<style>)(.*?)(</style>)', re.S)
SITE_CSS = re.compile(r'(<site:file href="cabletei\.css">)(.*?)(</site:file>)', re.S)


def read_args(path):
    args = {}
    if path.exists():
        for line in path.read_text(encoding='utf-8').splitlines():
            line = line.strip()
            if line and not line.startswith('#'):
                k, _, v = line.partition('=')
                args[k.strip()] = v.strip()
    return args


def cases(inputs):
    found = {}
    for x in sorted(inputs.glob('*.xml')):
        found[x.stem] = (x, read_args(x.with_suffix('.args')))
    for a in sorted(inputs.glob('*.args')):
        if a.stem not in found:
            args = read_args(a)
            found[a.stem] = (inputs / args.pop('input'), args)
    return found


def render(root, source, args):
    args = dict(args)
    args.pop('input', None)
    kind = args.pop('xsl', 'html')
    xsl = root / 'xslt' / 'html' / ('site.xsl' if kind == 'site' else 'html.xsl')
    if kind.endswith('.xsl'):
        xsl = root / kind
    cmd = ['xsltproc', '--nonet']
    for k, v in args.items():
        cmd += ['--stringparam', k, v]
    cmd += [str(xsl), str(source)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit('xsltproc failed (%d) on %s:\n%s' % (p.returncode, source, p.stderr))
    return kind, p.stdout, p.stderr


def split_css(kind, out):
    rx = SITE_CSS if kind == 'site' else STYLE
    m = rx.search(out)
    if not m:
        return out, None
    css = m.group(2)
    if kind == 'site':  # XML-escaped in the wrapper
        css = css.replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')
    return rx.sub(r'\1[cabletei.css]\3', out, count=1), css


def lines(text):
    """Break the long HTML lines at tag boundaries so a diff is readable."""
    return re.sub(r'>(?=<)', '>\n', text).splitlines(keepends=True)


def compare(expected_path, actual, update, label):
    if update:
        expected_path.write_text(actual, encoding='utf-8')
        return True
    expected = expected_path.read_text(encoding='utf-8') if expected_path.exists() else ''
    if expected == actual:
        return True
    sys.stdout.writelines(difflib.unified_diff(lines(expected), lines(actual),
                                               str(expected_path), label + ' (actual)'))
    print()
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', type=pathlib.Path, default=HERE.parent.parent, help='project root')
    ap.add_argument('--case', help='run only this case')
    ap.add_argument('--update', action='store_true', help='rewrite the expected files')
    a = ap.parse_args()
    inputs, expected = HERE / 'input', HERE / 'expected'
    expected.mkdir(exist_ok=True)
    todo = cases(inputs)
    if a.case:
        todo = {a.case: todo[a.case]}
    ok = True
    for name, (source, args) in todo.items():
        kind, out, err = render(a.root, source, args)
        out, css = split_css(kind, out)
        ext = '.site.xml' if kind == 'site' else '.html'
        good = compare(expected / (name + ext), out, a.update, name)
        err_path = expected / (name + '.stderr')
        if err or err_path.exists():
            good &= compare(err_path, err, a.update, name + ' messages')
        if css is not None:
            good &= compare(expected / 'cabletei.css', css, a.update, name + ' CSS')
        print('%s: %s' % (name, 'updated' if a.update else ('ok' if good else 'FAILED')))
        ok &= good
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
