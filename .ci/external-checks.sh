#!/usr/bin/env bash
# Proves that output/ is readable by implementations this project did not write:
#   1. Frictionless (npm "datapackage"): datapackage.json is a valid descriptor, every resource's bytes and
#      sha256 match the file, every tabular resource casts against its Table Schema (types, required, enum,
#      minimum, primary key) and its foreign keys resolve.
#   2. LibreOffice Calc (headless) converts every data sheet of xlsx/csto-figures.xlsx to CSV, and each equals
#      the matching csv/<table>.csv cell for cell.
#   3. LibreOffice prints the workbook to PDF and WorkbookRenderTest inspects the pages: landscape, few, every
#      data sheet fitted to the page width, no About text cut by its row and no row much taller than its text.
# Installs what it needs (apt: libreoffice-calc, fonts-nanum for Hangul, fonts-crosextra-carlito — Calibri's
# metric twin, so LibreOffice lays text out as Excel does; npm: datapackage into a temporary directory).
# Runs the pipeline first if output/ is incomplete. Exit status 0 only if every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="${CSTO_OUTPUT:-$ROOT/output}"   # another release directory may be checked the same way
DATAPACKAGE_VERSION=1.1.10
SHEETS=(figures mentions sources events members changes findings codebook)

log() { printf 'external-checks: %s\n' "$*" >&2; }

if [[ ! -f "$OUT/datapackage.json" || ! -f "$OUT/xlsx/csto-figures.xlsx" ]]; then
  log "output/ is incomplete; building and running the pipeline"
  mvn -q -B package -DskipTests
  java -jar target/csto-figures.jar run
fi

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
# fc-list's output is captured first: under pipefail, `fc-list | grep -q` fails with 141 (SIGPIPE) when grep
# stops reading early, even though the fonts are installed.
fonts=$(fc-list 2>/dev/null || true)
grep -qi nanum <<<"$fonts" || missing+=(fonts-nanum)
grep -qi carlito <<<"$fonts" || missing+=(fonts-crosextra-carlito)
if ((${#missing[@]})); then
  log "installing ${missing[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -y -qq install --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v node >/dev/null 2>&1 || { log "node is required (apt-get install nodejs npm)"; exit 3; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

log "installing datapackage@$DATAPACKAGE_VERSION (npm, into a temporary directory)"
(cd "$WORK" && npm install --silent --no-audit --no-fund --no-save "datapackage@$DATAPACKAGE_VERSION" >/dev/null)

# ---- 1. Frictionless ------------------------------------------------------------------------------------
log "frictionless: validating output/datapackage.json and its data"
cat > "$WORK/frictionless.js" <<'JS'
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');
const {Package} = require('datapackage');
(async () => {
  const file = process.argv[2];
  const base = path.dirname(file);
  const pkg = await Package.load(file);
  let failures = 0;
  const fail = (msg) => { failures++; console.error('  FAIL ' + msg); };
  if (!pkg.valid) pkg.errors.forEach((e) => fail('descriptor: ' + e.message));
  for (const r of pkg.resources) {
    const d = r.descriptor;
    if (!r.valid) r.errors.forEach((e) => fail(d.name + ': ' + e.message));
    const bytes = fs.readFileSync(path.join(base, d.path));
    if (bytes.length !== d.bytes) fail(`${d.path}: ${bytes.length} bytes, descriptor says ${d.bytes}`);
    const hash = 'sha256:' + crypto.createHash('sha256').update(bytes).digest('hex');
    if (hash !== d.hash) fail(`${d.path}: hash ${hash}, descriptor says ${d.hash}`);
    if (d.profile !== 'tabular-data-resource') continue;
    try {
      const rows = await r.read({relations: true});
      console.error(`  ok   ${d.path}: ${rows.length} rows cast against the schema, foreign keys resolved`);
    } catch (e) {
      const errs = e.multiple ? e.errors : [e];
      errs.forEach((x) => fail(`${d.path}: ${x.message}`));
    }
  }
  console.error(`  ${pkg.resources.length} resources checked, ${failures} failure(s)`);
  process.exit(failures === 0 ? 0 : 1);
})().catch((e) => { console.error('  FAIL ' + e.message); process.exit(1); });
JS
frictionless_ok=0
NODE_PATH="$WORK/node_modules" node "$WORK/frictionless.js" "$OUT/datapackage.json" || frictionless_ok=$?

# ---- 2. LibreOffice ------------------------------------------------------------------------------------
log "libreoffice: converting every sheet of xlsx/csto-figures.xlsx to CSV"
# 44,34,76,1: comma, double quote, UTF-8, from line 1; token 9 false = raw values, not as shown; -1 = all sheets
soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --norestore \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$WORK/lo" "$OUT/xlsx/csto-figures.xlsx" >/dev/null 2>&1 || true
cat > "$WORK/compare.js" <<'JS'
const fs = require('fs');
// RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF; a leading BOM is an error, not silently dropped.
function parse(text, name) {
  if (text.charCodeAt(0) === 0xFEFF) throw new Error(name + ': starts with a byte-order mark');
  const rows = []; let row = []; let f = ''; let q = false; let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { f += '"'; i += 2; continue; } q = false; i++; continue; }
      f += c; i++; continue;
    }
    if (c === '"') { q = true; i++; continue; }
    if (c === ',') { row.push(f); f = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { i++; continue; }
    if (c === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; continue; }
    f += c; i++;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  return rows;
}
const [ours, theirs, label] = process.argv.slice(2);
if (!fs.existsSync(theirs)) { console.error(`  FAIL ${label}: LibreOffice wrote no ${theirs}`); process.exit(1); }
const a = parse(fs.readFileSync(ours, 'utf8'), ours);
const b = parse(fs.readFileSync(theirs, 'utf8'), theirs);
let bad = 0;
if (a.length !== b.length) { console.error(`  FAIL ${label}: ${a.length} rows in CSV, ${b.length} from LibreOffice`); bad++; }
for (let r = 0; r < Math.min(a.length, b.length); r++) {
  const n = Math.max(a[r].length, b[r].length);
  for (let c = 0; c < n; c++) {
    const x = a[r][c] ?? '', y = b[r][c] ?? '';
    if (x !== y && bad++ < 10) console.error(`  FAIL ${label} row ${r + 1} column ${(a[0][c] ?? c + 1)}: CSV ${JSON.stringify(x)} LibreOffice ${JSON.stringify(y)}`);
  }
}
if (bad) process.exit(1);
console.error(`  ok   ${label}: ${a.length} rows equal cell for cell`);
JS
lo_ok=0
for s in "${SHEETS[@]}"; do
  node "$WORK/compare.js" "$OUT/csv/$s.csv" "$WORK/lo/csto-figures-$s.csv" "sheet $s vs csv/$s.csv" || lo_ok=1
done

# ---- 3. The workbook as printed ------------------------------------------------------------------------
log "libreoffice: printing the workbook to PDF and inspecting the pages (WorkbookRenderTest)"
print_ok=0
if [[ "$OUT" == "$ROOT/output" ]]; then
  CSTO_LIBREOFFICE=1 mvn -q -B test -Dtest=WorkbookRenderTest -Dsurefire.failIfNoSpecifiedTests=false || print_ok=$?
else
  log "  skipped: WorkbookRenderTest reads the project's output/"
fi

if [[ $frictionless_ok -ne 0 || $lo_ok -ne 0 || $print_ok -ne 0 ]]; then
  log "FAILED (frictionless=$frictionless_ok libreoffice=$lo_ok print=$print_ok)"
  exit 1
fi
log "all external checks passed"
