# cli_test.sh CLI SCRATCH: runs the cabletei command line on small cables written into SCRATCH
# and checks exit codes, output files and diagnostics; prints "ok"/"not ok" lines and a summary.
set -u
cli=${1:?usage: cli_test.sh CLI SCRATCH}
scratch=${2:?usage: cli_test.sh CLI SCRATCH}
examples=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../examples" && pwd) || exit 2
. "$(dirname "${BASH_SOURCE[0]}")/../support/checks.sh" || exit 2
rm -rf "$scratch" && mkdir -p "$scratch" && cd "$scratch" || exit 2

# run ARGS...: runs the CLI (a run that hangs, a deadlock, is killed after 30 s).
run() { run_limited 30 "$cli" "$@"; }

arrow=$'\xe2\x86\xa9'
# cable NUMBER: a small valid cable; note 1 on the head, note 2 in the text.
cable() {
  echo "$1. Telegram From the Legation in Ruritania to the Department of State1"
  echo "Strelsau, March 8, 1950."
  echo "Foreign Minister called today re trade talks.2 No early progress expected."
  echo "[Page 7]Will report further soonest."
  echo "- Source: Department of State, Central Files. Secret.$arrow"
  echo "- Not printed.$arrow"
}
cable 12 >one.txt
{ cable 14; echo "- A note whose marker is nowhere.$arrow"; } >warn.txt
printf '12. Telegram From the Legation\nTalk\xffs went well.\n' >bad.txt
mkdir batch && for i in 1 2 3 4 5; do cable "2$i" >"batch/c$i.txt"; done

run encode one.txt
[ $rc -eq 0 ] && head -n1 out | grep -q '^<?xml' && grep -q '<div type="document" xml:id="d12"' out
check "encode one.txt writes TEI to stdout" $?

run encode one.txt -o one.xml
[ $rc -eq 0 ] && [ ! -s out ] && grep -q 'xml:id="d12fn2"' one.xml
check "-o FILE writes the file" $?

run encode batch/c1.txt batch/c2.txt batch/c3.txt batch/c4.txt batch/c5.txt -o tei -j 3
ok=$rc; for i in 1 2 3 4 5; do grep -q "xml:id=\"d2$i\"" "tei/c$i.xml" || ok=1; done
[ $ok -eq 0 ] && only tei c1.xml c2.xml c3.xml c4.xml c5.xml
check "5 inputs with -o DIR -j 3 write DIR/<stem>.xml each" $?

run encode one.txt batch/c1.txt
[ $rc -eq 2 ]; check "several inputs without -o exit 2" $?

run encode --frobnicate one.txt
[ $rc -eq 2 ]; check "unknown option exits 2" $?

: >x.lua
run encode one.txt --no-style --style x.lua
[ $rc -eq 2 ]; check "--no-style with --style exits 2" $?

run encode nosuch.txt
[ $rc -eq 1 ] && grep -q 'nosuch\.txt' err
check "missing input exits 1 and names it" $?

run encode one.txt --persons nosuch-persons.tsv
[ $rc -eq 1 ] && grep -q 'nosuch-persons\.tsv' err
check "missing --persons file exits 1 and names it" $?

mkdir badout
run encode bad.txt -o badout/bad.xml
[ $rc -eq 1 ] && grep -q '^bad\.txt:2:5: error: .*\[invalid-utf8\]' err
check "invalid UTF-8 exits 1 with FILE:LINE:COL: error:" $?
only badout
check "invalid UTF-8 leaves no output or temp file" $?

echo 'keep me' >existing.xml && cp existing.xml existing.copy
run encode bad.txt -o existing.xml
[ $rc -eq 1 ] && cmp -s existing.xml existing.copy && ! ls -A | grep -q '^\.existing\.xml\.'
check "bad input leaves an existing -o file untouched" $?

run encode bad.txt warn.txt -o jsonout --diagnostics json
lines=$(wc -l <err); ok=0
[ "$lines" -ge 2 ] && [ "$(grep -c '^{.*}$' err)" -eq "$lines" ] || ok=1
for key in file line column severity code message; do
  [ "$(grep -c "\"$key\":" err)" -eq "$lines" ] || ok=1
done
grep '"code":"invalid-utf8"' err | grep '"file":"bad.txt"' | grep '"line":2' | grep -q '"column":5' || ok=1
grep -q '"severity":"warning"' err || ok=1
check "--diagnostics json gives one object per line with all keys" $ok

run encode - <one.txt
[ $rc -eq 0 ] && grep -q 'xml:id="d12fn1"' out
check "'-' reads standard input" $?

run encode - <bad.txt
[ $rc -eq 1 ] && grep -q '^<stdin>:2:5: error:' err
check "diagnostics on standard input name <stdin>" $?

run encode one.txt bad.txt -o mixed
[ $rc -eq 1 ] && grep -q 'xml:id="d12"' mixed/one.xml && only mixed one.xml
check "batch with one bad input exits 1, writes the good one only" $?

run encode warn.txt
[ $rc -eq 0 ] && grep -q '^warn\.txt:[0-9]*:[0-9]*: warning: .*\[marker-not-found\]' err &&
  grep -q 'A note whose marker is nowhere\.' out
check "footnote without marker warns, exits 0, keeps the note" $?

{ echo "Telegram From the Legation in Ruritania to the Department of State"; echo "Talks went well."; } \
  >frus1950v01.d235.txt
run encode frus1950v01.d235.txt
[ $rc -eq 0 ] && grep -q 'xml:id="d235"' out
check "unnumbered head takes the number from the file name" $?

run --version
[ $rc -eq 0 ] && [ -s out ]
check "--version exits 0" $?

# ---- the house-style stage ----------------------------------------------------------------

run encode one.txt
[ $rc -eq 0 ] && grep -q '<gloss type="from">Legation in Ruritania</gloss>' out
check "the default style marks the head's sender" $?

run encode one.txt --no-style
[ $rc -eq 0 ] && grep -q 'xml:id="d12"' out && ! grep -q '<gloss' out
check "--no-style output has no gloss" $?

run encode one.txt --style x.lua --no-style
[ $rc -eq 2 ] && [ ! -s out ]; check "--style before --no-style exits 2 too" $?

run encode one.txt --param frus.head-parties
[ $rc -eq 2 ] && grep -q 'frus\.head-parties' err && [ ! -s out ]
check "--param without '=' exits 2" $?

run encode one.txt --param =on
[ $rc -eq 2 ]; check "--param without a name exits 2" $?

run encode "$examples/telegram-bonn.txt" --persons "$examples/persons.xml" \
  --terms "$examples/terms.xml"
[ $rc -eq 0 ] && grep -q '<gloss type="from">Embassy in Germany</gloss>' out &&
  grep -q '<gloss type="to">Department of State</gloss>' out &&
  grep -q '<gloss target="#t_Deptel1">Deptel</gloss>' out &&
  grep -q '<persName corresp="#p_BDKE1">' out && grep -q '<ref target="#d398">' out
check "the default style applies the FRUS rules with the examples' lists" $?

run encode one.txt --param frus.head-parties=off
[ $rc -eq 0 ] && grep -q 'xml:id="d12"' out && ! grep -q '<gloss type="from"' out
check "--param reaches the default style (frus.head-parties=off)" $?

run encode one.txt --terms nosuch-terms.xml
[ $rc -eq 1 ] && grep -q 'nosuch-terms\.xml' err && [ ! -s out ]
check "missing --terms file exits 1 and names it" $?

run encode one.txt --persons "$examples/persons.xml" --terms "$examples/persons.xml"
[ $rc -eq 1 ] && grep -q 'persons\.xml' err && [ ! -s out ]
check "a list of the wrong kind exits 1 and names it" $?

cable 31 >s1.txt; cable 32 | sed 's/No early/BOOM early/' >s2.txt; cable 33 >s3.txt
printf 'return {\n  p = function(el,\n}\n' >syntax.lua
run encode s1.txt s2.txt s3.txt -o syntaxout --style syntax.lua
[ $rc -eq 1 ] && head -n1 err | grep -q '^syntax\.lua:3:' && ! grep -q 's[123]\.txt' err &&
  [ -z "$(ls -A syntaxout 2>/dev/null)" ]
check "a script with a syntax error exits 1 with FILE:LINE: before any document" $?

run encode one.txt --style syntax.lua
[ $rc -eq 1 ] && grep -q '^syntax\.lua:3:' err && [ ! -s out ]
check "a script with a syntax error writes nothing to stdout" $?

printf 'return {\n  p = function(el)\n    if el.text:find("BOOM") then error("boom") end\n  end,\n}\n' \
  >boom.lua
run encode s1.txt s2.txt s3.txt -o boomout --style boom.lua -j 2
[ $rc -eq 1 ] && grep '^s2\.txt:3: error: boom' err | grep -q '(script boom\.lua:3)' &&
  grep -q 'xml:id="d31"' boomout/s1.xml && grep -q 'xml:id="d33"' boomout/s3.xml &&
  only boomout s1.xml s3.xml
check "a runtime error in a handler fails that document only" $?

printf 'return {\n  p = function(el)\n    if el.text:find("BOOM") then while true do end end\n  end,\n}\n' \
  >loop.lua
start=$SECONDS
run encode s1.txt s2.txt s3.txt -o loopout --style loop.lua
[ $rc -eq 1 ] && grep -Eq 'instruction limit exceeded|time limit exceeded' err &&
  [ $((SECONDS - start)) -le 10 ] && only loopout s1.xml s3.xml
check "an endless loop in a handler stops at a limit; the other documents are written" $?

printf 'return {\n  p = function(el, cx)\n    cx:warn(el, "checked %%s", "p")\n  end,\n}\n' >warn.lua
run encode one.txt --style warn.lua --diagnostics json
[ $rc -eq 0 ] && grep '"code":"style-warning"' err | grep '"script":"warn.lua"' |
  grep '"file":"one.txt"' | grep -q '"script_line":3' && grep -q 'xml:id="d12"' out
check "--diagnostics json carries script and script_line for cx:warn" $?

run encode one.txt --style warn.lua
[ $rc -eq 0 ] && grep -q '^one\.txt:3: warning: checked p \[style-warning\] (script warn\.lua:3)' err
check "text diagnostics of a script name the input line and the script line" $?

finish
