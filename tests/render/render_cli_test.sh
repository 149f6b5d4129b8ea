#!/usr/bin/env bash
# render_cli_test.sh CLI SCRATCH: runs `cabletei render` on small inputs and hostile stylesheets
# in SCRATCH and checks exit codes, outputs (none on failure) and diagnostics.
set -u
cli=${1:?usage: render_cli_test.sh CLI SCRATCH}
scratch=${2:?usage: render_cli_test.sh CLI SCRATCH}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd) || exit 2
. "$here/../support/checks.sh" || exit 2
xsl=$here/xsl
rm -rf "$scratch" && mkdir -p "$scratch" && cd "$scratch" || exit 2
cp "$here"/data/*.xml .

# run ARGS...: runs `cabletei render ARGS` (killed after 60 s).
run() { run_limited 60 "$cli" render "$@"; }

# The installed stylesheets (xslt/html/html.xsl and site.xsl), found without --xsl.
run doc.xml --to html
[ $rc -eq 0 ] && head -n1 out | grep -q '^<!DOCTYPE html>' && grep -q 'Legation in Ruritania' out &&
  grep -q '^doc\.xml:9: warning: cabletei: unmatched element tei:foo.*\[xslt-message\] (script .*/xslt/.*\.xsl:[0-9]*)$' err
check "the installed page stylesheet renders and reports an unmatched element" $?

run doc.xml --param "volume.title=') or 1=1 or (' & <b>"
[ $rc -eq 0 ] && grep -qF "') or 1=1 or (' &amp; &lt;b&gt;</p>" out
check "a parameter of the installed stylesheet is a literal string" $?

run vol.xml -o installed-site
[ $rc -eq 0 ] && only installed-site cabletei.css d1.html d2.html index.html &&
  head -n1 installed-site/d2.html | grep -q '^<!DOCTYPE html>'
check "a volume renders with the installed site stylesheet" $?

# Small stylesheets of the test's own for the exact cases.
run doc.xml --xsl "$xsl/page.xsl" --param title=Ruritania
[ $rc -eq 0 ] && head -n1 out | grep -q '^<!DOCTYPE html>' && grep -q '<title>Ruritania</title>' out
check "a document renders to stdout with a parameter" $?
grep -q '^doc\.xml:9: warning: cabletei: unmatched element foo \[xslt-message\] (script .*page\.xsl:19)$' err
check "the unmatched-element message is a warning with the input and stylesheet lines" $?

run doc.xml --xsl "$xsl/page.xsl" --param "title=') or 1=1 or ('" -o injected.html
[ $rc -eq 0 ] && grep -qF "<h1 id=\"title\">') or 1=1 or ('</h1>" injected.html
check "a parameter is a literal string (no XPath injection)" $?

run doc.xml --xsl "$xsl/page.xsl" --diagnostics json
[ $rc -eq 0 ] && grep -q '"code":"xslt-message".*"script_line":19' err
check "--diagnostics json" $?

mkdir pages && run doc.xml --xsl "$xsl/page.xsl" -o pages
[ $rc -eq 0 ] && only pages doc.html
check "-o FOLDER writes FOLDER/<stem>.html" $?

run nosuch.xml --xsl "$xsl/page.xsl"
[ $rc -eq 1 ] && grep -q 'nosuch\.xml: error: .*\[unreadable-input\]' err
check "a missing input exits 1 and names it" $?

printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>\n<body><p>oops</body></text></TEI>\n' >bad.xml
run bad.xml --xsl "$xsl/page.xsl" -o bad.html
[ $rc -eq 1 ] && grep -q '^bad\.xml:2:[0-9]*: error: .*\[xml-error\]' err && [ ! -e bad.html ]
check "malformed XML exits 1 with FILE:LINE:COL and writes nothing" $?

run xxe.xml --xsl "$xsl/page.xsl" -o xxe.html
[ $rc -eq 1 ] && grep -q '\[doctype-rejected\]' err && [ ! -e xxe.html ] && ! grep -q 'root:' out err
check "a DOCTYPE declaring an entity is refused" $?

run doc.xml --xsl "$xsl/read-file.xsl" --param "file=$scratch/xxe.xml"
[ $rc -eq 0 ] && grep -qF '<pre>[[]]</pre>' out && ! grep -q 'root:' out
check "an external entity in a document() file (in the input's folder) is not expanded" $?

run doc.xml --xsl "$xsl/read-file.xsl" --param file=/etc/passwd -o passwd.html
[ $rc -eq 1 ] && grep -q 'read .*/etc/passwd.* refused' err && [ ! -e passwd.html ] &&
  ! grep -q 'root:' out err
check "document('/etc/passwd') is refused" $?

run doc.xml --xsl "$xsl/read-file.xsl" --param file=file:///etc/passwd
[ $rc -eq 1 ] && ! grep -q 'root:' out
check "document('file:///etc/passwd') is refused" $?

run doc.xml --xsl "$xsl/read-file.xsl" --param file=http://127.0.0.1:9/x.xml
[ $rc -eq 1 ] && grep -q 'refused\|not allowed' err
check "document() over the network is refused" $?

run doc.xml --xsl "$xsl/write-file.xsl" --param "file=$scratch/written.txt"
[ $rc -eq 1 ] && grep -q 'write .*refused' err && [ ! -e written.txt ]
check "exsl:document writing a file is refused" $?

run doc.xml --xsl "$xsl/recurse.xsl" -o loop.html
[ $rc -eq 1 ] && grep -q 'infinite template recursion' err && [ ! -e loop.html ] &&
  [ "$(wc -l <err)" -lt 5 ]
check "infinite recursion is stopped, briefly reported" $?

run doc.xml --xsl "$xsl/terminate.xsl"
[ $rc -eq 1 ] && grep -q 'terminate\.xsl:6: error: cabletei: cannot go on \[xslt-terminated\]' err
check "xsl:message terminate=yes is an error" $?

run doc.xml --xsl "$xsl/broken.xsl"
[ $rc -eq 1 ] && grep -q 'broken\.xsl:4: error: .*\[xslt-compile\]' err
check "a stylesheet that does not compile exits 1 with its line" $?

mkdir importer && cat >importer/outside.xsl <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="$xsl/page.xsl"/>
</xsl:stylesheet>
XSL
run doc.xml --xsl importer/outside.xsl
[ $rc -eq 1 ] && grep -q 'not allowed' err && grep -q '\[xslt-compile\]' err
check "a stylesheet cannot import a file outside its folder and the xslt folder" $?

echo 'keep me' >existing.html && cp existing.html existing.copy
run doc.xml --xsl "$xsl/terminate.xsl" -o existing.html
[ $rc -eq 1 ] && cmp -s existing.html existing.copy && ! ls -A | grep -q '^\.existing\.html\.'
check "a failed render leaves the existing output and no temporary file" $?

run vol.xml --xsl "$xsl/site.xsl" -o site
[ $rc -eq 0 ] && only site d1.html d2.html index.html site.css &&
  head -n1 site/d1.html | grep -q '^<!DOCTYPE html>' && grep -q '<br>' site/d1.html
check "a volume renders into a new folder as HTML5 files" $?

run vol.xml --xsl "$xsl/site.xsl"
[ $rc -eq 2 ] && grep -q '\[volume-needs-folder\]' err
check "a volume without -o exits 2" $?

run vol.xml --xsl "$xsl/site.xsl" --param bad=../escape.txt -o badsite
[ $rc -eq 1 ] && grep -q "refused site href '\.\./escape\.txt'" err && [ ! -e badsite ] &&
  [ ! -e escape.txt ]
check "a site href outside the folder is refused and nothing is written" $?

run vol.xml --xsl "$xsl/site.xsl" --param bad=.hidden -o badsite
[ $rc -eq 1 ] && grep -q "refused site href '\.hidden'" err
check "a site href starting with a dot is refused" $?

# XSL-FO and PDF (FOP, which the Makefile installs, runs as a separate process).
run doc.xml --to fo --xsl "$xsl/fo.xsl" -o doc.fo
[ $rc -eq 0 ] && grep -q '<fo:root' doc.fo && grep -q 'Legation in Ruritania' doc.fo
check "--to fo writes the XSL-FO" $?

run vol.xml --to fo --xsl "$xsl/fo.xsl" -o vol.fo
[ $rc -eq 0 ] && [ -f vol.fo ] && grep -q '<fo:root' vol.fo
check "a volume in fo is one file, not a site" $?

mkdir -p pdfs
run doc.xml --to pdf --xsl "$xsl/fo.xsl" -o pdfs/doc.pdf
[ $rc -eq 0 ] && head -c 5 pdfs/doc.pdf | grep -q '%PDF-' && only pdfs doc.pdf &&
  { ! command -v pdftotext >/dev/null || pdftotext pdfs/doc.pdf - | grep -q 'Legation in Ruritania'; }
check "--to pdf typesets with FOP, leaving only the PDF" $?

run doc.xml --to pdf --xsl "$xsl/fo.xsl" -o pdfs
[ $rc -eq 0 ] && only pdfs doc.pdf
check "--to pdf into a folder writes <input>.pdf" $?

run doc.xml --to pdf --xsl "$xsl/fo.xsl"
[ $rc -eq 0 ] && head -c 5 out | grep -q '%PDF-'
check "--to pdf without -o writes the PDF to stdout" $?

run doc.xml --to pdf --xsl "$xsl/fo.xsl" --fop /nonexistent/fop -o pdfs/missing.pdf
[ $rc -eq 1 ] && grep -q "cannot run FOP ('/nonexistent/fop')" err && grep -q 'fop-missing' err &&
  only pdfs doc.pdf
check "a missing FOP is a clear error and leaves nothing" $?

run doc.xml --to pdf --xsl "$xsl/fo.xsl" --param broken=1 -o pdfs/broken.pdf
[ $rc -eq 1 ] && grep -q 'fop-error' err && only pdfs doc.pdf
check "FOP rejecting the FO is an error and leaves nothing" $?

run doc.xml --to pdf -o pdfs/installed.pdf
[ $rc -eq 0 ] && head -c 5 pdfs/installed.pdf | grep -q '%PDF-' &&
  { ! command -v pdffonts >/dev/null || pdffonts pdfs/installed.pdf | grep -q 'DejaVu'; }
check "the installed fo.xsl typesets, with the DejaVu fonts of the build's FOP configuration" $?

run doc.xml --to docx
[ $rc -eq 2 ] && grep -q 'unknown output format' err
check "an unknown format exits 2" $?

run doc.xml --param noequals
[ $rc -eq 2 ]; check "--param without = exits 2" $?

run doc.xml --frobnicate
[ $rc -eq 2 ]; check "an unknown option exits 2" $?

finish
