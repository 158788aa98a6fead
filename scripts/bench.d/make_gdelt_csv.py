# Writes N GDELT 2.0 event rows: the rows of a shared sample repeated with new GLOBALEVENTIDs, so
# that every row is a new event. Used by the event import benchmarks (gdelt_import, postgres_store):
#   python3 make_gdelt_csv.py SAMPLE.export.CSV OUT.export.CSV ROWS [FIRST_ID]
import sys
sample, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
first = int(sys.argv[4]) if len(sys.argv) > 4 else 900000000
rows = [line.split(b"\t", 1)[1] for line in open(sample, "rb").read().split(b"\n") if line]
with open(out, "wb") as f:
    for i in range(n):
        f.write(b"%d\t%s\n" % (first + i, rows[i % len(rows)]))
