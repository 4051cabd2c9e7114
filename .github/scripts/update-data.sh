#!/usr/bin/env bash
# Nightly data update, called by .github/workflows/update-data.yml and by tests/release.
#
# Fetches the catalog's publications into the raw archive, rebuilds and validates the
# package, and says whether the data changed: "changed=true|false" goes to $GITHUB_OUTPUT
# (when set) and the row-level diff (Markdown, `kzvotes diff`) to $KZVOTES_DIFF_FILE, the
# body of the pull request the workflow then opens. Opening the pull request is the
# workflow's job, not this script's, so the script runs anywhere.
#
# Environment (all optional):
#   KZVOTES            the kzvotes command                  (default: kzvotes)
#   KZVOTES_FETCH_ARGS arguments of `kzvotes fetch`        (default: --strict; tests: --offline)
#   KZVOTES_OUTPUT     folder holding kz-akim-elections/   (default: datapackages)
#   KZVOTES_ARCHIVE    the raw archive (cached between runs by the workflow)
#   KZVOTES_LEDGER     the ledger                          (default: the embedded one)
#   KZVOTES_DIFF_FILE  where the diff goes                 (default: $RUNNER_TEMP or /tmp, data-diff.md)
set -euo pipefail

kzvotes=${KZVOTES:-kzvotes}
read -r -a fetch_args <<< "${KZVOTES_FETCH_ARGS:---strict}"
output=${KZVOTES_OUTPUT:-datapackages}
package="$output/kz-akim-elections"
diff_file=${KZVOTES_DIFF_FILE:-${RUNNER_TEMP:-/tmp}/data-diff.md}

before=$(mktemp -d)
trap 'rm -rf "$before"' EXIT
if [ -f "$package/datapackage.json" ]; then
  cp -R "$package" "$before/kz-akim-elections"
fi

"$kzvotes" fetch "${fetch_args[@]}"
"$kzvotes" build --output "$output"
"$kzvotes" validate "$package"

changed=false
if [ -d "$before/kz-akim-elections" ]; then
  if ! diff -rq "$before/kz-akim-elections" "$package" > /dev/null; then
    changed=true
    "$kzvotes" diff "$before/kz-akim-elections" "$package" > "$diff_file"
  fi
else
  changed=true
  printf 'First build of %s.\n' "$package" > "$diff_file"
fi

echo "changed=$changed"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "changed=$changed" >> "$GITHUB_OUTPUT"
  echo "diff_file=$diff_file" >> "$GITHUB_OUTPUT"
fi
