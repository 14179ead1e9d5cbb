#!/usr/bin/env python3
"""Build heldout-standin.txt and heldout-standin.gold.jsonl from the annotation source (spec*.txt)."""
import json, re, sys, glob, unicodedata

REL = {"UR": "USES_REWARD", "TW": "TRAINED_WITH", "EV": "EVALUATED_ON", "EX": "EXTENDS", "OP": "OUTPERFORMS"}
LABELS = {"Method", "Model", "Benchmark", "Reward"}

def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\s_\-]+", " ", s)
    return s

def slug(name):
    s = name.lower().replace("+", "-plus-").replace("*", "-star").replace("π", "pi")
    s = re.sub(r"[\s_/]+", "-", s)
    s = re.sub(r"[^a-z0-9.\-]", "", s)
    return re.sub(r"-+", "-", s).strip("-")

def parse(paths):
    papers, cur = [], None
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            tag, _, rest = line.partition(" ")
            where = f"{path}:{n}"
            if tag == "T":
                cur = {"title": rest.strip(), "abstract": None, "entities": [], "relations": [], "where": where}
                papers.append(cur)
            elif tag == "A":
                cur["abstract"] = rest.strip()
            elif tag == "E":
                parts = [p.strip() for p in rest.split("|")] + ["", "", "", ""]
                typ, name, aliases, flags, eid = parts[:5]
                if typ not in LABELS:
                    sys.exit(f"{where}: bad label {typ}")
                cur["entities"].append({"id": eid or slug(name), "type": typ, "name": name,
                    "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
                    "proposed": "P" in flags, "core": "n" not in flags, "_where": where})
            elif tag == "R":
                m = re.match(r"(\S+)\s+(\S+)\s+(\S+)$", rest.strip())
                if not m:
                    sys.exit(f"{where}: bad relation line")
                heads, typ, tails = m.groups()
                typ = REL.get(typ, typ)
                for h in heads.split(","):
                    for t in tails.split(","):
                        cur["relations"].append({"head": h, "type": typ, "tail": t, "_where": where})
            else:
                sys.exit(f"{where}: unknown tag {tag}")
    return papers

def check(papers):
    errors, warnings = [], []
    seen_titles = set()
    global_ids = {}
    for p in papers:
        if not p["abstract"]:
            errors.append(f"{p['where']}: no abstract")
            continue
        if len(p["abstract"]) < 200: errors.append(f"{p['where']}: abstract too short")
        if p["title"] in seen_titles: errors.append(f"{p['where']}: duplicate title")
        seen_titles.add(p["title"])
        ents = {}
        text = norm(p["title"] + " " + p["abstract"])
        for e in p["entities"]:
            if e["id"] in ents: errors.append(f"{e['_where']}: duplicate id {e['id']} in paper")
            ents[e["id"]] = e
            if not any(norm(f) in text or norm(f) + "s" in text or norm(f)[:-1] in text for f in [e["name"]] + e["aliases"]):
                warnings.append(f"{e['_where']}: no surface form of {e['name']} in text")
            key = e["id"]
            prev = global_ids.get(key)
            if prev and prev != (e["type"], e["name"]):
                warnings.append(f"{e['_where']}: id {key} used as {prev} elsewhere, here {e['type']} {e['name']}")
            global_ids[key] = (e["type"], e["name"])
        seen = set()
        for r in p["relations"]:
            h, t = ents.get(r["head"]), ents.get(r["tail"])
            if not h or not t:
                errors.append(f"{r['_where']}: unknown endpoint {r['head']} / {r['tail']}")
                continue
            k = (r["head"], r["type"], r["tail"])
            if k in seen: errors.append(f"{r['_where']}: duplicate relation {k}")
            seen.add(k)
            ht, tt, ty = h["type"], t["type"], r["type"]
            ok = {"USES_REWARD": ht in ("Method", "Model") and tt == "Reward",
                  "TRAINED_WITH": ht == "Model" and tt == "Method",
                  "EVALUATED_ON": ht in ("Method", "Model") and tt == "Benchmark",
                  "EXTENDS": ht == tt and ht in ("Method", "Model"),
                  "OUTPERFORMS": ht in ("Method", "Model") and tt in ("Method", "Model")}.get(ty)
            if not ok: errors.append(f"{r['_where']}: {ty} not allowed {ht} -> {tt}")
    return errors, warnings

def main():
    src, out_txt, out_gold = sys.argv[1], sys.argv[2], sys.argv[3]
    papers = parse(sorted(glob.glob(src)))
    errors, warnings = check(papers)
    for w in warnings: print("warning:", w)
    for e in errors: print("error:", e)
    if errors: sys.exit(1)
    with open(out_txt, "w", encoding="utf-8") as fh:
        fh.write("Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe")
        for p in papers:
            fh.write(p["title"] + "\n" + p["abstract"] + "\n")
    with open(out_gold, "w", encoding="utf-8") as fh:
        for p in papers:
            ents = [{k: v for k, v in e.items() if not k.startswith("_")} for e in p["entities"]]
            rels = [{k: v for k, v in r.items() if not k.startswith("_")} for r in p["relations"]]
            fh.write(json.dumps({"title": p["title"], "entities": ents, "relations": rels}, ensure_ascii=False) + "\n")
    ne = sum(len(p["entities"]) for p in papers); nr = sum(len(p["relations"]) for p in papers)
    print(f"{len(papers)} papers, {ne} entities, {nr} relations")

main()
