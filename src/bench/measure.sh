#!/usr/bin/env bash
# The measurements of the speed issue, as a user runs the commands: whole processes timed by /usr/bin/time,
# against plain tools and the floor program, back to back in one run (docs/development.md, "Benchmark").
#
#   src/bench/measure.sh [--mib N] [--runs N] [--1g] [--jar JAR] [--work DIR]
#
#   --mib N    size of the generated corpus in MiB (default 50)
#   --runs N   alternating runs of cold `run` and the floor program on the seed (default 5; medians printed)
#   --1g       also stream the corpus repeated to 1 GiB through extract under -Xmx256m (minutes)
#   --jar J    measure this jar instead of building target/csto-figures.jar
#   --work D   where corpora, scratch projects and outputs go (default target/measure)
#
# Sections: (1) extract over the corpus (-Xmx256m) against `grep -oE '[0-9][0-9,.]*'` and a Java process doing
# the same scan, with the CSV's sha256 single- and multi-threaded; (2) a 10 MiB line of figures against the same
# text in lines; (3) `run` with the corpus as a second source under -Xmx1g, and extract over the same text;
# (4) cold `run` on the seed against the floor program; (5) optionally 1 GiB. Each line gives wall and CPU seconds
# and the peak RSS; ratios are of wall times measured in this run. A loaded machine inflates wall times: read the
# load average printed beside each section.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
MIB=50; RUNS=5; ONEG=0; JAR=""; W=$ROOT/target/measure
while [ $# -gt 0 ]; do
  case "$1" in
    --mib) MIB=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --1g) ONEG=1 ;;
    --jar) JAR=$2; shift ;;
    --work) W=$2; shift ;;
    *) echo "measure.sh: unknown option $1 (see the head of this file)" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$W"
if [ -z "$JAR" ]; then
  mvn -B -q package -DskipTests
  JAR=$ROOT/target/csto-figures.jar
fi
cp "$JAR" "$W/measured.jar"   # a copy, so that a rebuild meanwhile cannot change what is measured
# with the compiler directives the package step puts beside the jar, as the launcher finds them there
if [ -f "$(dirname "$JAR")/compiler-directives.json" ]; then cp "$(dirname "$JAR")/compiler-directives.json" "$W/"; fi
JAR=$W/measured.jar
# the launcher starts its worker from the class archive beside the jar, which belongs to that jar's path: write
# the copy's own, as the package step does (one run over a copy of the project)
rm -rf "$W/train" "$W/measured.jsa" && mkdir -p "$W/train" && cp -r raw curated releases pipeline.yaml "$W/train/"
LC_ALL=C.UTF-8 java -XX:ArchiveClassesAtExit="$W/measured.jsa" -XX:+UseParallelGC -XX:TieredStopAtLevel=1 \
  -jar "$JAR" run --config "$W/train/pipeline.yaml" > /dev/null 2>&1 || echo "(no class archive for the copy)"

# the corpus generator, the digit scan and the floor program, compiled apart from Maven's profiles
CLS=$W/classes
rm -rf "$CLS" && mkdir -p "$CLS"
# (the floor program compiles against hadoop-common, which the shipped jar leaves out: Maven's compile classpath)
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=compile
javac -nowarn -d "$CLS" -cp "$JAR:$(cat "$W/cp.txt")" src/jmh/java/org/cstofigures/extract/KoreanCorpus.java \
  src/jmh/java/org/cstofigures/extract/WriteCorpus.java src/jmh/java/org/cstofigures/extract/DigitScan.java \
  src/bench/java/org/cstofigures/bench/FloorProgram.java

load() { cut -d' ' -f1-3 /proc/loadavg; }
# timed LABEL OUT cmd...: runs cmd with stdout to OUT; prints wall, CPU, RSS; sets WALL and CPU
timed() {
  local label=$1 out=$2; shift 2
  /usr/bin/time -f "%e %U %S %M %x" -o "$W/time" "$@" > "$out" 2> "$W/stderr-$label" || true
  local e u s m x; read -r e u s m x < "$W/time"
  WALL=$e; CPU=$(echo "$u + $s" | bc)
  printf '  %-34s wall %7.2f s  cpu %7.2f s  rss %5d MiB  exit %s\n' "$label" "$e" "$CPU" $((m / 1024)) "$x"
  if [ "$x" != 0 ]; then grep -m1 '^csto-figures:' "$W/stderr-$label" | sed 's/^/    /' || true; fi
}
ratio() { printf '  %-52s %6.2f x\n' "$1" "$(echo "scale=4; $2 / $3" | bc)"; }

C=$W/corpus-$MIB.txt
[ -f "$C" ] || java -cp "$CLS" org.cstofigures.extract.WriteCorpus "$C" 42 "$MIB"
echo "corpus: $C, $(stat -c %s "$C") bytes, $(wc -l < "$C") lines; $(nproc) cores; $(java -version 2>&1 | head -1)"

echo "== (1) extract over the corpus, -Xmx256m; load $(load)"
timed grep "$W/out-grep" grep -oE '[0-9][0-9,.]*' "$C"; G1=$WALL
timed "java digit scan" "$W/out-scan" java -Xmx256m -cp "$CLS" org.cstofigures.extract.DigitScan "$C"; S1=$WALL
timed extract "$W/out-extract" java -Xmx256m -jar "$JAR" extract "$C"; X=$WALL; XC=$CPU
timed "extract --threads 1" "$W/out-extract1" java -Xmx256m -jar "$JAR" extract --threads 1 "$C"
timed "extract --format json" "$W/out-json" java -Xmx256m -jar "$JAR" extract --format json "$C"
timed grep "$W/out-grep" grep -oE '[0-9][0-9,.]*' "$C"; G2=$WALL
timed "java digit scan" "$W/out-scan" java -Xmx256m -cp "$CLS" org.cstofigures.extract.DigitScan "$C"; S2=$WALL
GREP=$(echo "($G1 + $G2) / 2" | bc -l); SCAN=$(echo "($S1 + $S2) / 2" | bc -l)
ratio "extract / grep (mean of the two grep runs)" "$X" "$GREP"
ratio "extract / Java digit scan" "$X" "$SCAN"
cmp -s "$W/out-extract" "$W/out-extract1" && echo "  --threads 1 gives the same bytes: $(sha256sum < "$W/out-extract" | cut -c1-16)…" \
  || echo "  --threads 1 DIFFERS"
echo "  extract: $(($(stat -c %s "$C") / 1048576)) MiB at $(echo "scale=1; $(stat -c %s "$C") / 1048576 / $X" | bc) MiB/s wall, cpu ${XC} s"
rm -f "$W"/out-*

echo "== (2) a 10 MiB line of figures against the same text in lines; load $(load)"
N=$((10 * 1024 * 1024 / 23))   # "헤로인 12톤 압수 " is 23 bytes of UTF-8
awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++) printf "헤로인 12톤 압수 "; print "" }' > "$W/long.txt"
awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++) print "헤로인 12톤 압수" }' > "$W/split.txt"
timed "one line" "$W/out-long" java -Xmx256m -jar "$JAR" extract "$W/long.txt"; L=$WALL; LC=$CPU
timed "the same in lines" "$W/out-split" java -Xmx256m -jar "$JAR" extract "$W/split.txt"; P=$WALL; PC=$CPU
ratio "one line / in lines (wall)" "$L" "$P"
ratio "one line / in lines (cpu)" "$LC" "$PC"
rm -f "$W"/out-* "$W/long.txt" "$W/split.txt"

echo "== (3) run with the corpus as a second source, -Xmx1g; load $(load)"
PRJ=$W/project
rm -rf "$PRJ" && mkdir -p "$PRJ"
cp -r raw curated releases pipeline.yaml "$PRJ/"
# amounts no real text states fail validation, as they should: make the generated ones plausible
perl -pe 's/(?<![0-9,])[0-9]+([0-9]{2})조/$1조/g; s/(?<![0-9,])([0-9]{1,3})(?:,[0-9]{3})+억/$1억/g;
  s/(?<![0-9,])([0-9]+)만억/$1억/g; s/([0-9]+)\.[0-9]그램/$1그램/g' "$C" > "$PRJ/raw/generated.txt"
cat >> "$PRJ/raw/sources.yaml" <<YAML
  - id: generated-ko-corpus
    path: generated.txt
    sha256: $(sha256sum "$PRJ/raw/generated.txt" | cut -d' ' -f1)
    bytes: $(stat -c %s "$PRJ/raw/generated.txt")
    title: "generated Korean news-style corpus (benchmark generator, seed 42)"
    language: ko
    translated_from: null
    published: 2025-12-31
    publisher: "csto-figures benchmark generator"
    retrieved: 2026-11-30
    url: null
    rights: >-
      Generated text, no rights reserved.
    notes: >-
      KoreanCorpus.generate(42, $MIB MiB) from src/jmh.
YAML
cd "$PRJ"
timed "run" "$W/out-run" java -Xmx1g -jar "$JAR" run; R=$WALL
timed "extract over the same sources" "$W/out-x" java -Xmx1g -jar "$JAR" extract raw/*.txt; RX=$WALL
cd "$ROOT"
ratio "run / extract over the same text" "$R" "$RX"
du -sh "$PRJ/output" 2>/dev/null | sed 's/^/  output: /' || true
rm -f "$W"/out-*

echo "== (4) cold run on the seed against the floor program, $RUNS alternating runs; load $(load)"
SEEDP=$W/seed
rm -rf "$SEEDP" && mkdir -p "$SEEDP" && cp -r raw curated releases pipeline.yaml "$SEEDP/"
(cd "$SEEDP" && java -jar "$JAR" run > /dev/null 2>&1)   # the tables the floor reads
# the floor again with the options the launcher gives its worker and an archive of its own, for a fair second view
FLOOR_OPTS=(-XX:+UseParallelGC -XX:TieredStopAtLevel=1)
# (an archive takes jars only, so the floor's classes go into one)
rm -rf "$W/floor-out" "$W/floor.jsa" "$W/floor.jar"
jar cf "$W/floor.jar" -C "$CLS" .
FLOOR_CP="$JAR:$W/floor.jar"
java -XX:ArchiveClassesAtExit="$W/floor.jsa" "${FLOOR_OPTS[@]}" -cp "$FLOOR_CP" org.cstofigures.bench.FloorProgram \
  "$SEEDP/output" "$W/floor-out" > /dev/null 2>&1 || echo "  (the floor's archive could not be written)"
RW=(); FW=(); RC=(); FC=(); TW=(); TC=()
for i in $(seq "$RUNS"); do
  (cd "$SEEDP" && /usr/bin/time -f "%e %U %S" -o "$W/t-run" java -jar "$JAR" run > /dev/null 2>&1)
  rm -rf "$W/floor-out"
  /usr/bin/time -f "%e %U %S" -o "$W/t-floor" java -cp "$JAR:$CLS" org.cstofigures.bench.FloorProgram \
    "$SEEDP/output" "$W/floor-out" > /dev/null 2>&1
  rm -rf "$W/floor-out"
  /usr/bin/time -f "%e %U %S" -o "$W/t-tuned" java -XX:SharedArchiveFile="$W/floor.jsa" "${FLOOR_OPTS[@]}" \
    -cp "$FLOOR_CP" org.cstofigures.bench.FloorProgram "$SEEDP/output" "$W/floor-out" > /dev/null 2>&1 || true
  read -r e u s < "$W/t-tuned"; TW+=("$e"); TC+=("$(echo "$u + $s" | bc)")
  read -r e u s < "$W/t-run"; RW+=("$e"); RC+=("$(echo "$u + $s" | bc)")
  read -r e u s < "$W/t-floor"; FW+=("$e"); FC+=("$(echo "$u + $s" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '  %-34s wall %7.2f s  cpu %7.2f s (medians)\n' "run" "$(median "${RW[@]}")" "$(median "${RC[@]}")"
printf '  %-34s wall %7.2f s  cpu %7.2f s (medians)\n' "floor program" "$(median "${FW[@]}")" "$(median "${FC[@]}")"
ratio "cold run / floor (wall, medians)" "$(median "${RW[@]}")" "$(median "${FW[@]}")"
ratio "cold run / floor (cpu, medians)" "$(median "${RC[@]}")" "$(median "${FC[@]}")"
printf '  %-34s wall %7.2f s  cpu %7.2f s (medians)\n' "floor, worker's options + archive" "$(median "${TW[@]}")" "$(median "${TC[@]}")"
ratio "cold run / floor with the same options (wall)" "$(median "${RW[@]}")" "$(median "${TW[@]}")"
ratio "cold run / floor with the same options (cpu)" "$(median "${RC[@]}")" "$(median "${TC[@]}")"

if [ "$ONEG" = 1 ]; then
  echo "== (5) 1 GiB through extract, -Xmx256m; load $(load)"
  G=$W/corpus-1g.txt
  : > "$G"
  while [ "$(stat -c %s "$G")" -lt 1073741824 ]; do cat "$C" >> "$G"; done
  timed "extract 1 GiB (output counted)" "$W/out-1g" sh -c "java -Xmx256m -jar '$JAR' extract '$G' | wc -c"
  rm -f "$G" "$W"/out-*
fi
echo "load at the end: $(load)"
