"use strict";
// The graph as the page holds it: nodes and edges by id, who links to whom, and a search index
// over names and aliases. Nothing here touches the DOM.
const PG = {};

PG.LABELS = ["Paper", "Method", "Model", "Benchmark", "Reward"];
PG.TYPES = ["PROPOSES", "EVALUATES_ON", "MENTIONS", "USES_REWARD", "TRAINED_WITH", "EVALUATED_ON", "EXTENDS", "OUTPERFORMS"];
PG.PAPER_LINKS = new Set(["PROPOSES", "EVALUATES_ON", "MENTIONS"]);
// Colour-blind-safe-ish and distinct on white; papers stay quiet so entities stand out.
PG.COLOURS = { Paper: "#a3acb9", Method: "#2f6fdf", Model: "#e8590c", Benchmark: "#2b9348", Reward: "#b02ab5" };
PG.colourOf = label => PG.COLOURS[label] || "#666666";

PG.loadModel = function (graph, layout) {
  const nodes = new Map();
  const adjacency = new Map();
  graph.nodes.forEach((n, i) => {
    nodes.set(n.id, {
      id: n.id, label: n.label, name: n.name || n.id, aliases: n.aliases || [],
      title: n.title, abstract: n.abstract, url: n.url, year: n.year, authors: n.authors || [],
      x: layout[2 * i] || 0, y: layout[2 * i + 1] || 0, degree: 0,
    });
    adjacency.set(n.id, []);
  });
  const edges = [];
  graph.edges.forEach((e, i) => {
    // graph.json from the writer never has dangling edges; a hand-edited one is drawn without them.
    if (!nodes.has(e.source) || !nodes.has(e.target)) return;
    const edge = { id: "e" + i, source: e.source, target: e.target, type: e.type, papers: e.papers || [], evidence: e.evidence || [] };
    edges.push(edge);
    adjacency.get(e.source).push(edge);
    if (e.target !== e.source) adjacency.get(e.target).push(edge);
    nodes.get(e.source).degree++;
    nodes.get(e.target).degree++;
  });
  return { nodes, edges, adjacency, index: PG.buildIndex(nodes) };
};

PG.normalise = text => String(text).normalize("NFKC").toLowerCase().replace(/[\s_-]+/g, " ").trim();

// key -> nodes whose name or alias normalises to it; names rank above aliases, then busier nodes first.
PG.buildIndex = function (nodes) {
  const index = new Map();
  const add = (key, node, rank) => {
    if (!key) return;
    if (!index.has(key)) index.set(key, []);
    index.get(key).push({ node, rank });
  };
  for (const node of nodes.values()) {
    add(PG.normalise(node.name), node, 0);
    for (const alias of node.aliases) add(PG.normalise(alias), node, 1);
  }
  for (const hits of index.values()) hits.sort((a, b) => a.rank - b.rank || b.node.degree - a.node.degree);
  return index;
};

// Exact name or alias first, then the busiest node whose name starts with the text, then contains it.
PG.find = function (model, text) {
  const key = PG.normalise(text);
  if (!key) return null;
  const exact = model.index.get(key);
  if (exact) return exact[0].node;
  let best = null;
  let bestScore = -1;
  for (const [name, hits] of model.index) {
    const at = name.indexOf(key);
    if (at < 0) continue;
    const score = (at === 0 ? 1e9 : 0) + hits[0].node.degree;
    if (score > bestScore) { best = hits[0].node; bestScore = score; }
  }
  return best;
};

// Names and aliases for the search box's suggestions, each once, busiest nodes first.
PG.suggestions = function (model) {
  const seen = new Set();
  const out = [];
  const byDegree = [...model.nodes.values()].sort((a, b) => b.degree - a.degree);
  for (const node of byDegree) {
    for (const text of [node.name, ...node.aliases]) {
      const key = PG.normalise(text);
      if (key && !seen.has(key)) { seen.add(key); out.push(text); }
    }
  }
  return out;
};

PG.neighbours = function (model, id, types) {
  const out = [];
  for (const edge of model.adjacency.get(id) || []) {
    if (types && !types.has(edge.type)) continue;
    out.push(edge.source === id ? edge.target : edge.source);
  }
  return out;
};
