#!/usr/bin/env python3
"""List every entity and relation error of a graph against a gold file, paper by paper.

Usage: list_errors.py GOLD.jsonl GRAPH.json [SCORE_PY]
Matching follows score.py (imported from SCORE_PY, default ../shared/tools/score.py relative to the
worktree root) so that the errors listed add up to the counts score.py prints. Lines:
  FN-ENT  type name          a core gold entity no prediction matched
  FP-ENT  type name          a prediction that matched no gold entity
  (TYPE?) gold has the same name with another label: the error is the label, not the name
  FN-REL / FP-REL head TYPE tail (names; '?' = endpoint not matched to gold)
"""
import importlib.util, json, os, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
score_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "../../../../shared/tools/score.py")
spec = importlib.util.spec_from_file_location("score", score_path)
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm, forms, norm_title = score.norm, score.forms, score.norm_title

gold, graph = score.load(sys.argv[1], sys.argv[2])
nodes = {n["id"]: n for n in graph["nodes"]}
paper_of = {norm_title(n.get("title") or n["name"]): n["id"] for n in nodes.values() if n["label"] == "Paper"}
ents, edges = defaultdict(dict), defaultdict(set)
for e in graph["edges"]:
    s, t = nodes.get(e["source"]), nodes.get(e["target"])
    if not s or not t: continue
    if s["label"] == "Paper":
        if ents[s["id"]].get(t["id"]) != "PROPOSES": ents[s["id"]][t["id"]] = e["type"]
    else:
        for p in e.get("papers") or []: edges[p].add((s["id"], e["type"], t["id"]))

for g in gold:
    pid = paper_of.get(norm_title(g["title"]))
    print(f"## {g['title']}")
    gents = g["entities"]; gf = [forms(x["name"], x.get("aliases")) for x in gents]
    preds = sorted(ents.get(pid, {}).items())
    used, p2g = set(), {}
    for exact in (True, False):
        for nid, _ in preds:
            if nid in p2g: continue
            n = nodes[nid]; pf = forms(n["name"], n.get("aliases")); pn = norm(n["name"])
            for i, ge in enumerate(gents):
                if i in used or ge["type"] != n["label"]: continue
                if (pn in gf[i]) if exact else bool(pf & gf[i]):
                    used.add(i); p2g[nid] = i; break
    for nid, etype in preds:
        if nid in p2g:
            ge = gents[p2g[nid]]
            if bool(ge.get("proposed")) != (etype == "PROPOSES"):
                print(f"  PROPOSES-{'FN' if ge.get('proposed') else 'FP'} {ge['type']} {ge['name']}")
            continue
        n = nodes[nid]; pf = forms(n["name"], n.get("aliases"))
        other = [ge for ge, f in zip(gents, gf) if pf & f]
        hint = f"  (TYPE? gold {other[0]['type']})" if other else ""
        print(f"  FP-ENT {n['label']:9} {n['name']}  [aliases: {', '.join(n.get('aliases') or [])}]{hint}")
    for i, ge in enumerate(gents):
        if i not in used and ge.get("core", True):
            print(f"  FN-ENT {ge['type']:9} {ge['name']}")
    gname = {ge["id"]: ge["name"] for ge in gents}
    gid = {nid: gents[i]["id"] for nid, i in p2g.items()}
    gold_rel = {(r["head"], r["type"], r["tail"]) for r in g["relations"]}
    pred_rel = set()
    for s, t, d in sorted(edges.get(pid, set())):
        if s in gid and d in gid: pred_rel.add((gid[s], t, gid[d]))
        else:
            print(f"  FP-REL {nodes[s]['name'] if s not in gid else gname[gid[s]]}{'' if s in gid else '?'} {t} "
                  f"{nodes[d]['name'] if d not in gid else gname[gid[d]]}{'' if d in gid else '?'}")
    for h, t, d in sorted(pred_rel - gold_rel): print(f"  FP-REL {gname[h]} {t} {gname[d]}")
    for h, t, d in sorted(gold_rel - pred_rel): print(f"  FN-REL {gname[h]} {t} {gname[d]}")
