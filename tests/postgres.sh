#!/usr/bin/env bash
# canbo's records in a real PostgreSQL server, as the README's "Load into a database" says:
#
#   1. `canbo schema postgres` creates the tables (and fills places_2025);
#   2. the CSV of `corpus/` loads as it is with `\copy records FROM … CSV HEADER`;
#   3. the counts are the CSV's, and the table gives back the CSV byte for byte;
#   4. the README's two queries (a career, the moves into one province in 2017) give
#      what they give in canbo's own SQLite database of the same articles;
#   5. loading again by the README's recipe doubles nothing.
#
# PostgreSQL is installed from Debian's packages when it is missing, and a cluster is
# started when none runs (and stopped again at the end); this needs root, as CI is.
# Usage: tests/postgres.sh [CANBO] (default target/release/canbo). Needs python3 (for
# reading the SQLite database).
set -euo pipefail
cd "$(dirname "$0")/.."
canbo=$(realpath "${1:-target/release/canbo}")

say() { echo "postgres: $*"; }
fail() { echo "postgres: FAILED: $*" >&2; exit 1; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    say "installing PostgreSQL (Debian's postgresql package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to read the SQLite database"

psql_as_postgres() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"); }

started=""
db="canbo_test_$$"
work=$(mktemp -d)
cleanup() {
    psql_as_postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
    if [ -n "$started" ]; then pg_ctlcluster $started stop || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! psql_as_postgres -c 'SELECT 1' >/dev/null 2>&1; then
    cluster=$(pg_lsclusters -h | awk 'NR == 1 { print $1, $2 }')
    if [ -z "$cluster" ]; then
        version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
        pg_createcluster "$version" main >/dev/null
        cluster="$version main"
    fi
    say "starting cluster $cluster"
    pg_ctlcluster $cluster start
    started=$cluster
    for _ in $(seq 1 30); do
        psql_as_postgres -c 'SELECT 1' >/dev/null 2>&1 && break
        sleep 1
    done
fi
psql_as_postgres -c 'SELECT 1' >/dev/null || fail "the server does not answer"
psql_as_postgres -c "CREATE DATABASE $db" >/dev/null
sql() { psql_as_postgres -d "$db" "$@"; }
# One value, or rows as tab-separated text, of a query.
query() { sql -At -F $'\t' -c "$1"; }

chmod 755 "$work"
"$canbo" extract corpus/articles.jsonl corpus/txt -o "$work/records.csv" -q
"$canbo" extract corpus/articles.jsonl corpus/txt --format jsonl -o "$work/records.jsonl" -q
"$canbo" extract corpus/articles.jsonl corpus/txt --format sqlite -o "$work/archive.db" -q
chmod 644 "$work"/*
records=$(wc -l <"$work/records.jsonl")
[ "$records" -gt 0 ] || fail "no records from corpus/"

say "schema"
"$canbo" schema postgres | sql 2>&1 | (grep -v NOTICE || true)
say "\\copy records FROM records.csv CSV HEADER"
sql -c "\\copy records FROM '$work/records.csv' CSV HEADER"
sql -c "INSERT INTO documents (doc_id) SELECT DISTINCT doc_id FROM records ON CONFLICT DO NOTHING"

check_counts() {
    local got distinct docs
    got=$(query "SELECT count(*) FROM records")
    distinct=$(query "SELECT count(DISTINCT record_id) FROM records")
    docs=$(query "SELECT count(*) FROM documents")
    [ "$got" = "$records" ] || fail "$got records in PostgreSQL, $records in the output"
    [ "$distinct" = "$records" ] || fail "$distinct distinct record ids for $records records"
    want_docs=$(python3 -c 'import csv, sys; print(len({r["doc_id"] for r in csv.DictReader(open(sys.argv[1], newline=""))}))' "$work/records.csv")
    [ "$docs" = "$want_docs" ] || fail "$docs documents, $want_docs in the output"
    # The table gives the CSV back: every column, every type, NULL for an empty field.
    sql -c "\\copy (SELECT * FROM records) TO STDOUT CSV HEADER" | sort >"$work/back.csv"
    tr -d '\r' <"$work/records.csv" | sort >"$work/sorted.csv"
    cmp -s "$work/back.csv" "$work/sorted.csv" || fail "the records table does not give back the CSV"
    say "$got records of $docs documents, as in the CSV"
}
check_counts

# The README's queries, in PostgreSQL and in canbo's SQLite database: the same rows.
person=$(query "SELECT person FROM records GROUP BY person ORDER BY count(*) DESC, person LIMIT 1")
province=$(query "SELECT p.province_code FROM records r JOIN places_2025 p ON p.code = r.to_place_code_2025 \
                  WHERE r.date LIKE '2017%' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
career="SELECT date, to_post, from_post, doc_id FROM records WHERE person = '$person' ORDER BY date NULLS LAST, to_post"
into_province="SELECT r.date, r.person, r.to_post, p.name FROM records r JOIN places_2025 p ON p.code = r.to_place_code_2025 \
WHERE p.province_code = '$province' AND r.date LIKE '2017%' ORDER BY r.date, r.person, r.to_post"
same_in_sqlite() {
    local got want
    got=$(query "$1")
    want=$(python3 - "$work/archive.db" "$1" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()
print("\n".join("\t".join("" if v is None else str(v) for v in row) for row in rows))
PY
)
    [ -n "$got" ] || fail "no rows for: $1"
    [ "$got" = "$want" ] || fail "PostgreSQL and SQLite differ on: $1"$'\n'"$got"$'\n---\n'"$want"
    echo "$got" | sed 's/^/    /'
}
say "career of $person"
same_in_sqlite "$career"
say "moves into province $province in 2017"
same_in_sqlite "$into_province"

say "loading again (README recipe)"
sql <<SQL
BEGIN;
CREATE TEMP TABLE incoming (LIKE records) ON COMMIT DROP;
\\copy incoming FROM '$work/records.csv' CSV HEADER
DELETE FROM records WHERE doc_id IN (SELECT doc_id FROM incoming);
INSERT INTO records SELECT * FROM incoming;
INSERT INTO documents (doc_id) SELECT DISTINCT doc_id FROM incoming ON CONFLICT DO NOTHING;
COMMIT;
SQL
check_counts
say "passed"
