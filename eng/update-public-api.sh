#!/usr/bin/env bash
# Records the public API of the src projects: adds symbols the PublicAPI analyzer reports as undeclared
# (RS0016) to PublicAPI.Unshipped.txt and removes lines for symbols that no longer exist (RS0017).
# Review the diff of PublicAPI.*.txt before committing: every line is a public promise.
#   eng/update-public-api.sh [project-dir ...]   (default: every src/* project)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -eq 0 ] && projects=(src/*/)
for dir in "${projects[@]}"; do
  dir=${dir%/}
  csproj=$(ls "$dir"/*.csproj 2>/dev/null) || continue  # src/Shared holds linked source files, not a project
  for pass in 1 2 3; do
    # --no-incremental: an up-to-date build reports no analyzer warnings, so a new symbol would go unrecorded.
    log=$(dotnet build "$csproj" -nologo -v:q --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
    added=$(grep -E "RS0016|RS0037" <<<"$log" | grep -F "$dir/" | sed -nE "s/.*Symbol '(.*)' is not part of the declared (public )?API.*/\1/p" | sort -u || true)
    removed=$(grep -E "RS0017" <<<"$log" | grep -F "$dir/" | sed -nE "s/.*Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/p" | sort -u || true)
    [ -z "$added" ] && [ -z "$removed" ] && break
    file="$dir/PublicAPI.Unshipped.txt"
    { head -1 "$file"; { tail -n +2 "$file"; [ -n "$added" ] && printf '%s\n' "$added"; } | grep -v -x -F -f <(printf '%s\n' "${removed:-__none__}") | sort -u; } > "$file.tmp"
    mv "$file.tmp" "$file"
    echo "$dir: +$(grep -c . <<<"$added" || true) -$(grep -c . <<<"$removed" || true) (pass $pass)"
  done
done
