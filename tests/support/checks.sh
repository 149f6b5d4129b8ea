# checks.sh: the reporting helpers of the shell tests (sourced): each check prints an
# "ok"/"not ok" line, a run keeps the command's stdout, stderr and status, and `finish` ends
# the script with a summary and the verdict.
passed=0 failed=0
rc=0

# check NAME STATUS: reports one check; on failure shows the last run's stderr.
check() {
  if [ "$2" -eq 0 ]; then
    echo "ok - $1"; passed=$((passed + 1))
  else
    echo "not ok - $1 (exit $rc)"; failed=$((failed + 1)); sed 's/^/#   /' err
  fi
}

# run_limited SECONDS COMMAND...: runs COMMAND, stdout to ./out, stderr to ./err, status in $rc;
# a run that hangs is killed after SECONDS (status 124).
run_limited() {
  local seconds=$1; shift
  if command -v timeout >/dev/null; then
    timeout "$seconds" "$@" >out 2>err
  else
    "$@" >out 2>err
  fi
  rc=$?
}

# only DIR NAME...: DIR holds exactly these names (hidden ones included).
only() { [ "$(ls -A "$1")" = "$(printf '%s\n' "${@:2}")" ]; }

# finish: prints the summary; the script's status is 0 when no check failed.
finish() {
  echo "# $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
