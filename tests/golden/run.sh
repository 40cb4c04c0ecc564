#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden outputs of venuebid-cli: every command on every project (and decision-matrix file) it applies to, one file
# per case with the command line, stdout, stderr, for --out the file written (its bytes; an XLSX as the text of its
# parts) and the exit code. A refactor that changes no behaviour leaves every file identical.
#
#   tests/golden/run.sh CLI ROOT OUTDIR            write the cases into OUTDIR (replaced)
#   tests/golden/run.sh --check CLI ROOT OUTDIR    the same, then compare with ROOT/tests/golden/expected (ctest golden_outputs)
#   tests/golden/run.sh --record [CLI [ROOT]]      re-record ROOT/tests/golden/expected
#                                                  (defaults: ROOT = this checkout, CLI = ROOT/build/bin/venuebid-cli)
#
# Re-record only when an output is meant to change, and review the diff of tests/golden/expected before committing.
# Machine-dependent text is normalised: the repository path becomes @ROOT@, the scratch folder of the --out files
# @OUT@, and the creation time that libxlsxwriter writes into docProps/core.xml @NOW@. Every other date in the outputs
# comes from the project files. Not covered: --bench (timings); PDF and ODT (Qt's rendering, and the PDF holds its
# creation time): the HTML they are made from is covered.
set -euo pipefail

mode=run
case "${1:-}" in
--check | --record) mode=${1#--}; shift ;;
esac
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $mode == record ]]; then
    ROOT=$(cd "${2:-$here/../..}" && pwd)
    CLI=${1:-$ROOT/build/bin/venuebid-cli}
    OUTDIR=$ROOT/tests/golden/expected
else
    [[ $# -eq 3 ]] || { echo "usage: $0 [--check] CLI ROOT OUTDIR | --record [CLI [ROOT]]" >&2; exit 2; }
    CLI=$1
    ROOT=$(cd "$2" && pwd)
    mkdir -p "$3"
    OUTDIR=$(cd "$3" && pwd)
fi
[[ -x $CLI ]] || { echo "$0: no venuebid-cli at $CLI" >&2; exit 2; }
case "$OUTDIR" in / | "$ROOT" | "$HOME") echo "$0: refusing to replace $OUTDIR" >&2; exit 2 ;; esac

# Same environment every run: C locale for the tool itself (the comma-locale runs are other tests), no display.
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -rf "$OUTDIR"
mkdir -p "$OUTDIR"
start=$SECONDS
cases=0

# run NAME ARGS...: runs venuebid-cli ARGS and writes OUTDIR/NAME.txt: the command, its stdout, its stderr, the file it
# wrote (the one after --out, if any) and its exit code, also kept in $rc for the caller.
run() {
    local file=$OUTDIR/$1.txt produced="" prev="" a
    shift
    for a in "$@"; do
        [[ $prev == --out ]] && produced=$a
        prev=$a
    done
    [[ -z $produced ]] || rm -f "$produced"
    [[ -d ${file%/*} ]] || mkdir -p "${file%/*}"
    rc=0
    {
        printf '$ venuebid-cli%s\n--- stdout\n' "${*:+ $*}"
        "$CLI" "$@" 2>"$scratch/stderr" </dev/null || rc=$?
        printf -- '--- stderr\n'
        [[ ! -s $scratch/stderr ]] || cat "$scratch/stderr"
        if [[ -n $produced ]]; then
            printf -- '--- file %s\n' "$produced"
            if [[ ! -f $produced ]]; then
                printf '(no file written)\n'
            elif [[ $produced == *.xlsx ]]; then
                xlsx_text "$produced"
            else
                cat "$produced"
            fi
        fi
        printf -- '--- exit %d\n' "$rc"
    } >"$file"
    cases=$((cases + 1))
}

# xlsx_text FILE: the parts of a workbook (a zip) by name, one XML tag a line.
xlsx_text() {
    rm -rf "$scratch/xlsx"
    mkdir "$scratch/xlsx"
    (cd "$scratch/xlsx" && cmake -E tar xf "$1" && find . -type f | LC_ALL=C sort | xargs tail -n +1 | sed 's/></>\n</g')
}

# variants NAME ARGS...: NAME-FORMAT-LANG with --format json|table and --lang en|zh-TW. When the first (json, en) fails,
# the command does not apply to the project: its error is recorded once, without the other three.
variants() {
    local name=$1 l f
    shift
    for l in en zh-TW; do
        for f in json table; do
            run "$name-$f-$l" "$@" --format "$f" --lang "$l"
            [[ $f-$l != json-en || $rc == 0 ]] || return 0
        done
    done
}

methods=(wsm wpm topsis vikor promethee2)

# --- the tool itself and its usage errors (exit 2) ---
S=$ROOT/sample_data/taiwan-congress-2028.venuebid.json
M=$ROOT/tests/data/mcda/topsis-phones.json
run cli/help --help
run cli/version --version
run cli/no-arguments
run cli/unknown-command frobnicate "$S"
run cli/rank-no-project rank
run cli/rank-two-projects rank "$S" "$S"
run cli/rank-unknown-option rank "$S" --bogus
run cli/rank-bad-method rank "$S" --method electre
run cli/rank-bad-format rank "$S" --format xml
run cli/rank-bad-lang rank "$S" --lang fr
run cli/rank-method-equals rank "$S" --method=topsis --format=json
run cli/rank-lang-zh_TW rank "$S" --lang zh_TW
run cli/rank-missing-file rank "$ROOT/tests/data/no-such-file.venuebid.json"
run cli/validate-missing-file validate "$ROOT/tests/data/no-such-file.venuebid.json"
run cli/validate-quiet validate --quiet "$S"
run cli/report-no-kind report "$S" --out "$scratch/report.html"
run cli/report-bad-kind report "$S" --kind memo --out "$scratch/report.html"
run cli/report-bad-extension report "$S" --kind bid --out "$scratch/report.txt"
run cli/quote-no-out quote "$S"
run cli/contract-no-on contract "$S"
run cli/contract-bad-date contract "$S" --on 2028-02-30
run cli/contract-bad-late-days contract "$S" --on 2028-06-01 --late-days -1
run cli/report-both-bid report "$S" --kind bid --lang both --out "$scratch/report.html"
run cli/quote-version-0 quote "$S" --version 0 --out "$scratch/quote.html"
run cli/quote-xlsx-without-cost-sheet quote "$S" --out "$scratch/quote.xlsx"
run cli/budget-bad-extension budget "$S" --out "$scratch/budget.txt"
run cli/budget-bad-format budget "$S" --format csv
run cli/chart-bad-kind chart "$S" --kind radar --out "$scratch/chart.svg"
run cli/chart-bad-extension chart "$S" --kind budget --out "$scratch/chart.pdf"
run cli/chart-bad-event-format chart "$S" --kind break-even --event-format hotel --out "$scratch/chart.svg"
run cli/chart-ahp-none chart "$S" --kind ahp --out "$scratch/chart.svg"
run cli/chart-tender-none chart "$ROOT/tests/data/minimal.venuebid.json" --kind tender --out "$scratch/chart.svg"
run cli/chart-destinations-none chart "$ROOT/tests/data/minimal.venuebid.json" --kind destinations --out "$scratch/chart.svg"
run cli/chart-quotes-none chart "$ROOT/tests/data/minimal.venuebid.json" --kind quotes --out "$scratch/chart.svg"
run cli/sensitivity-bad-samples sensitivity "$S" --samples abc
run cli/sensitivity-too-many-samples sensitivity "$S" --samples 99999999999
run cli/smaa-zero-samples smaa "$M" --samples 0
run cli/smaa-too-many-samples smaa "$M" --samples 99999999999
run cli/smaa-bad-top-k smaa "$M" --top-k 0
run cli/weights-no-method weights "$M"
run cli/weights-bad-method weights "$M" --method magic
run cli/ahp-evaluator-on-matrix ahp "$ROOT/tests/data/mcda/ahp-saaty3.json" --evaluator PM

# --- files that are not valid projects: the diagnostics and the exit code ---
for f in "$ROOT"/tests/data/malformed/*.json "$ROOT"/tests/data/received_quotes.json "$ROOT"/tests/data/scenario-finance.json; do
    d=${f#"$ROOT"/}
    d=${d%.json}
    run "${d%.venuebid}/validate" validate "$f"
done
for f in "$ROOT"/tests/data/malformed/*.json; do # what the other commands print (they load a project the same way)
    d=${f#"$ROOT"/}
    d=${d%.json}
    run "${d%.venuebid}/rank" rank "$f"
done

# --- every command on every project ---
projects=("$ROOT"/sample_data/*.venuebid.json "$ROOT"/tests/data/*.venuebid.json "$ROOT"/tests/data/*/*.venuebid.json)
for p in "${projects[@]}"; do
    rel=${p#"$ROOT"/}
    [[ $rel == tests/data/malformed/* ]] && continue
    # The extreme files (each a copy of the sample with one number at the edge) are covered by tst_cli_extreme, which
    # runs every command on them and checks the error names the input or every number printed is finite.
    [[ $rel == tests/data/extreme/* ]] && continue
    d=${rel%.venuebid.json}
    run "$d/validate" validate "$p"
    for m in "${methods[@]}"; do
        variants "$d/rank-$m" rank "$p" --method "$m"
    done
    run "$d/rank-csv-en" rank "$p" --format csv
    run "$d/rank-csv-zh-TW" rank "$p" --format csv --lang zh-TW
    run "$d/rank-competitors" rank "$p" --include-competitors --format json
    variants "$d/compare" compare "$p"
    run "$d/compare-competitors" compare "$p" --include-competitors
    run "$d/sensitivity" sensitivity "$p"
    for m in "${methods[@]}"; do
        run "$d/sensitivity-$m-smaa" sensitivity "$p" --method "$m" --samples 200 --seed 7
    done
    for c in options scenarios co2e inspections tender destinations quotes budget forecast format-decision; do
        variants "$d/$c" "$c" "$p"
    done
    for m in wpm topsis vikor promethee2; do
        run "$d/options-$m" options "$p" --method "$m" --format json
    done
    run "$d/ahp" ahp "$p"
    run "$d/budget-csv-en" budget "$p" --out "$scratch/budget.csv"
    if [[ $rc == 0 ]]; then
        run "$d/budget-audit-en" budget "$p" --audit
        run "$d/budget-audit-zh-TW" budget "$p" --audit --lang zh-TW
        run "$d/budget-csv-zh-TW" budget "$p" --lang zh-TW --out "$scratch/budget.csv"
        run "$d/budget-xlsx-en" budget "$p" --out "$scratch/budget.xlsx"
        run "$d/budget-xlsx-zh-TW" budget "$p" --lang zh-TW --out "$scratch/budget.xlsx"
        run "$d/chart-budget-en" chart "$p" --kind budget --out "$scratch/chart.svg"
        run "$d/chart-budget-zh-TW" chart "$p" --kind budget --lang zh-TW --out "$scratch/chart.svg"
        run "$d/chart-break-even-en" chart "$p" --kind break-even --out "$scratch/chart.svg"
        run "$d/chart-break-even-zh-TW" chart "$p" --kind break-even --lang zh-TW --out "$scratch/chart.svg"
        run "$d/chart-break-even-hybrid-en" chart "$p" --kind break-even --event-format hybrid --out "$scratch/chart.svg"
    fi
    # The scenarios page's charts (a project without risk scenarios: the error says so).
    run "$d/chart-risk-matrix-en" chart "$p" --kind risk-matrix --out "$scratch/chart.svg"
    if [[ $rc == 0 ]]; then
        run "$d/chart-risk-matrix-zh-TW" chart "$p" --kind risk-matrix --lang zh-TW --out "$scratch/chart.svg"
        run "$d/chart-scenarios-en" chart "$p" --kind scenarios --out "$scratch/chart.svg"
        run "$d/chart-scenarios-zh-TW" chart "$p" --kind scenarios --lang zh-TW --out "$scratch/chart.svg"
    fi
    # The bid and decision pages' charts, for the projects with the section (a project without it: cli/chart-*-none).
    for kind in tender:tender ahp:ahp destinations:destinations quotes:received_quotes; do
        grep -q "\"${kind#*:}\"" "$p" || continue
        run "$d/chart-${kind%%:*}-en" chart "$p" --kind "${kind%%:*}" --out "$scratch/chart.svg"
        [[ $rc != 0 ]] || run "$d/chart-${kind%%:*}-zh-TW" chart "$p" --kind "${kind%%:*}" --lang zh-TW --out "$scratch/chart.svg"
    done
    # The client quote: bilingual by default, then each language; the internal cost sheet in each language and as
    # XLSX (written only as the cost sheet). The latest version by default, then versions 1, 2, ... up to the first
    # that is missing.
    run "$d/quote" quote "$p" --out "$scratch/quote.html"
    if [[ $rc == 0 ]]; then
        run "$d/quote-en" quote "$p" --lang en --out "$scratch/quote.html"
        run "$d/quote-zh-TW" quote "$p" --lang zh-TW --out "$scratch/quote.html"
        run "$d/quote-cost-sheet-en" quote "$p" --cost-sheet --lang en --out "$scratch/quote.html"
        run "$d/quote-cost-sheet-zh-TW" quote "$p" --cost-sheet --lang zh-TW --out "$scratch/quote.html"
        run "$d/quote-xlsx-en" quote "$p" --cost-sheet --lang en --out "$scratch/quote.xlsx"
        run "$d/quote-xlsx-zh-TW" quote "$p" --cost-sheet --lang zh-TW --out "$scratch/quote.xlsx"
        for ((v = 1; ; v++)); do
            run "$d/quote-v$v" quote "$p" --version "$v" --out "$scratch/quote.html"
            [[ $rc == 0 ]] || break
        done
    fi
    for k in suitability bid bid-internal deck tender-outline; do
        run "$d/report-$k-en" report "$p" --kind "$k" --out "$scratch/report.html"
        [[ $rc != 0 ]] || run "$d/report-$k-zh-TW" report "$p" --kind "$k" --lang zh-TW --out "$scratch/report.html"
    done
    # Negotiation and contract (docs/deal.md): the amounts owed on a date 138 days before the sample's congress, with a
    # 120-day delay (past the sample's 10 % cap at 1 ‰ a day); the documents in each language and side by side.
    variants "$d/negotiation" negotiation "$p"
    variants "$d/contract" contract "$p" --on 2028-06-01 --late-days 120
    for k in contract negotiation; do
        run "$d/report-$k-en" report "$p" --kind "$k" --out "$scratch/report.html"
        if [[ $rc == 0 ]]; then
            run "$d/report-$k-zh-TW" report "$p" --kind "$k" --lang zh-TW --out "$scratch/report.html"
            run "$d/report-$k-both" report "$p" --kind "$k" --lang both --out "$scratch/report.html"
        fi
    done
    # The client brief (T1.3): each language and both, one after the other.
    run "$d/report-client-brief-en" report "$p" --kind client-brief --out "$scratch/report.html"
    if [[ $rc == 0 ]]; then
        run "$d/report-client-brief-zh-TW" report "$p" --kind client-brief --lang zh-TW --out "$scratch/report.html"
        run "$d/report-client-brief-both" report "$p" --kind client-brief --lang both --out "$scratch/report.html"
    fi
done
A=$ROOT/tests/data/ahp-judgements.venuebid.json
run tests/data/ahp-judgements/ahp-evaluator-PM ahp "$A" --evaluator PM
run tests/data/ahp-judgements/ahp-evaluator-Client ahp "$A" --evaluator Client
run tests/data/ahp-judgements/ahp-evaluator-unknown ahp "$A" --evaluator Nobody
run sample_data/taiwan-congress-2028/report-suitability-topsis report "$S" --kind suitability --method topsis --out "$scratch/report.html"
run sample_data/taiwan-congress-2028/report-bid-vikor report "$S" --kind bid --method vikor --out "$scratch/report.html"

# --- the decision-matrix commands on every file of tests/data/mcda (a file of another kind gives its error, exit 1) ---
for f in "$ROOT"/tests/data/mcda/*.json; do
    rel=${f#"$ROOT"/}
    d=${rel%.json}
    run "$d/score" score "$f"
    for w in equal roc rank_sum entropy critic std; do
        run "$d/weights-$w" weights "$f" --method "$w"
        [[ $rc == 0 ]] || break # not a decision matrix: its error once
    done
    run "$d/ahp" ahp "$f"
    run "$d/smaa" smaa "$f" --samples 2000 --seed 7
    run "$d/smaa-order-top-1" smaa "$f" --samples 500 --seed 11 --order --top-k 1
    run "$d/stability" stability "$f"
done

# Normalise what depends on the machine and the time (the scratch folder before ROOT: it may lie inside ROOT).
re() { printf '%s' "$1" | sed 's/[][\.*^$|/]/\\&/g'; }
find "$OUTDIR" -type f -name '*.txt' -print0 | xargs -0 sed -i -e "s|$(re "$scratch")|@OUT@|g" -e "s|$(re "$ROOT")|@ROOT@|g" \
    -e 's|\(<dcterms:[a-z]* xsi:type="dcterms:W3CDTF">\)[^<]*<|\1@NOW@<|'

echo "golden: $cases cases in $((SECONDS - start)) s -> $OUTDIR"

[[ $mode == check ]] || exit 0
# Compare with the recorded outputs, byte for byte: a unified diff (first 200 lines) of each file that differs.
expected=$ROOT/tests/golden/expected
failed=0
while IFS= read -r line; do
    failed=$((failed + 1))
    case "$line" in
    "Files $expected/"*" differ")
        f=${line#"Files $expected/"}
        f=${f%% and *}
        echo "DIFFERS: $f"
        diff -u --label "expected/$f" --label "now/$f" "$expected/$f" "$OUTDIR/$f" | head -n 200 || true
        ;;
    "Only in $expected"*) f=${line#"Only in $expected"}; f=${f#/}; f=${f/: //}; echo "MISSING (recorded, not produced now): ${f#/}" ;;
    "Only in $OUTDIR"*) f=${line#"Only in $OUTDIR"}; f=${f#/}; f=${f/: //}; echo "EXTRA (produced now, not recorded): ${f#/}" ;;
    *) echo "$line" ;;
    esac
done < <(diff -rq "$expected" "$OUTDIR" || true)
if [[ $failed -gt 0 ]]; then
    echo "golden: $failed difference(s) from tests/golden/expected."
    echo "If the change is intended: tests/golden/run.sh --record $CLI $ROOT, then review and commit the diff."
    exit 1
fi
echo "golden: all $cases cases identical to tests/golden/expected"
