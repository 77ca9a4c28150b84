"""How many reports a numbered series has in a news archive (a measurement, not a test): the depth a question naming
one edition searches (Tuning.EDITION_DEPTH, in the tuning record as editionDepth) should reach the reports of the editions around it.
Series as Editions reads them: 第N届/次/期 with the two characters after; 第N集/季 with the 《programme》 before
(within 30 characters). Usage: python3 edition_series.py ARCHIVE.jsonl  (one {"id","title","text","date"} a line)."""
import collections, json, re, statistics, sys

NUM = "[0-9零〇一二两三四五六七八九十百千]+"
ORDINAL = re.compile("第(" + NUM + ")([届次期])([\u4e00-\u9fff]{2})")
EPISODE = re.compile("第(" + NUM + ")([集季])(?![度团])")
items, editions = collections.defaultdict(set), collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d.get("title", "") + "\n" + d.get("text", "")
    for m in ORDINAL.finditer(t):
        items[m.group(2) + m.group(3)].add(d["id"]); editions[m.group(2) + m.group(3)].add(m.group(1))
    for m in EPISODE.finditer(t):
        programmes = re.findall("《([^》]+)》", t[max(0, m.start() - 30):m.start()])
        if programmes:
            items[m.group(2) + programmes[-1]].add(d["id"]); editions[m.group(2) + programmes[-1]].add(m.group(1))
counts = sorted(len(items[s]) for s in items if len(editions[s]) >= 2)
print("series named in two editions or more:", len(counts))
print("reports a series: median", statistics.median(counts), "p90", counts[int(0.9 * len(counts))], "max", counts[-1])
for depth in (5, 10, 20, 40):
    print("series with at most %d reports: %.1f %%" % (depth, 100 * sum(c <= depth for c in counts) / len(counts)))
