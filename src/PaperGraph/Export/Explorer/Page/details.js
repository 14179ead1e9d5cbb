// The details panel. Every piece of text from the graph goes in through textContent or a text
// node, never as markup, so a title written as an HTML tag shows as the characters it is.
PG.LIST_LIMIT = 150;

PG.el = function (tag, text, className) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) element.textContent = String(text);
  if (className) element.className = className;
  return element;
};

// Only web links become links: a javascript: or data: URL in the input stays plain text.
PG.safeUrl = function (text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (e) {
    return null;
  }
};

// A link that opens the paper's own page, or null when it has no web address.
PG.externalLink = function (paper, text) {
  const href = paper.url && PG.safeUrl(paper.url);
  if (!href) return null;
  const a = PG.el("a", text);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  a.title = "Open the paper's page";
  return a;
};

PG.nodeLink = function (node, go) {
  const a = PG.el("a", node.label === "Paper" && node.title ? node.title : node.name, "pg-node-link");
  a.tabIndex = 0;
  a.title = node.label + ": " + (node.title || node.name);
  a.addEventListener("click", () => go(node.id));
  a.addEventListener("keydown", e => { if (e.key === "Enter") go(node.id); });
  return a;
};

PG.capped = function (list, items, render) {
  items.slice(0, PG.LIST_LIMIT).forEach(item => list.append(render(item)));
  if (items.length > PG.LIST_LIMIT) list.append(PG.el("li", `… and ${items.length - PG.LIST_LIMIT} more`, "pg-hint"));
  return list;
};

PG.showDetails = function (panel, model, id, go) {
  const node = model.nodes.get(id);
  panel.replaceChildren();
  if (!node) return;
  const badge = PG.el("span", node.label, "pg-badge");
  badge.style.background = PG.colourOf(node.label);
  panel.append(badge, PG.el("h3", node.label === "Paper" && node.title ? node.title : node.name));
  if (node.aliases.length > 0) panel.append(PG.el("p", "Also: " + node.aliases.join(" · "), "pg-hint"));
  const edges = model.adjacency.get(id) || [];
  if (node.label === "Paper") PG.paperDetails(panel, model, node, edges, go);
  else PG.entityDetails(panel, model, node, edges, go);
};

PG.paperDetails = function (panel, model, paper, edges, go) {
  const facts = [paper.year, paper.authors.join(", ")].filter(Boolean).join(" · ");
  if (facts) panel.append(PG.el("p", facts, "pg-hint"));
  const link = PG.externalLink(paper, paper.url);
  if (link) {
    panel.append(link);
  } else if (paper.url) {
    panel.append(PG.el("p", paper.url, "pg-hint"));
  }
  const found = edges.filter(e => e.source === paper.id && PG.PAPER_LINKS.has(e.type)).map(e => model.nodes.get(e.target));
  if (paper.abstract) {
    panel.append(PG.el("h2", "Abstract"));
    panel.append(PG.highlight(paper.abstract, found, go));
  }
  panel.append(PG.el("h2", `Extracted (${found.length})`));
  const links = edges.filter(e => e.source === paper.id);
  panel.append(PG.capped(PG.el("ul"), links, e => {
    const li = PG.el("li");
    li.append(PG.el("span", e.type + " ", "pg-type"), PG.nodeLink(model.nodes.get(e.target), go));
    return li;
  }));
};

PG.entityDetails = function (panel, model, node, edges, go) {
  const mentions = edges.filter(e => PG.PAPER_LINKS.has(e.type) && e.target === node.id);
  panel.append(PG.el("h2", `Papers (${mentions.length})`));
  panel.append(PG.capped(PG.el("ul"), mentions, e => PG.edgeItem(model, e, model.nodes.get(e.source), go)));
  const relations = edges.filter(e => !PG.PAPER_LINKS.has(e.type));
  panel.append(PG.el("h2", `Relations (${relations.length})`));
  panel.append(PG.capped(PG.el("ul"), relations, e => {
    const outgoing = e.source === node.id;
    const other = model.nodes.get(outgoing ? e.target : e.source);
    return PG.edgeItem(model, e, other, go, outgoing ? e.type + " →" : "← " + e.type);
  }));
};

// One edge: its type, the node at the other end, then its evidence sentences and their papers.
PG.edgeItem = function (model, edge, other, go, typeText) {
  const li = PG.el("li", null, "pg-edge");
  if (typeText) li.append(PG.el("span", typeText + " ", "pg-type"));
  li.append(PG.nodeLink(other, go));
  const away = other.label === "Paper" ? PG.externalLink(other, "↗") : null;
  if (away) li.append(" ", away);
  if (!typeText) li.append(PG.el("span", " " + edge.type, "pg-type"));
  for (const sentence of edge.evidence) li.append(PG.el("blockquote", sentence));
  const sources = edge.papers.filter(p => p !== other.id).map(p => model.nodes.get(p)).filter(Boolean);
  if (sources.length > 0) {
    const from = PG.el("div", "in ", "pg-hint");
    sources.forEach((p, i) => { if (i > 0) from.append(", "); from.append(PG.nodeLink(p, go)); });
    li.append(from);
  }
  return li;
};

// The abstract as text nodes, with each name or alias of the extracted entities in a <mark>.
// Longest terms first, whole words only, so "RLVR" does not light up inside "RLVR-based" twice.
PG.highlight = function (text, entities, go) {
  const paragraph = PG.el("p", null, "pg-abstract");
  const byTerm = new Map();
  for (const entity of entities) {
    for (const term of [entity.name, ...entity.aliases]) {
      if (term && term.length >= 2 && !byTerm.has(term.toLowerCase())) byTerm.set(term.toLowerCase(), entity);
    }
  }
  if (byTerm.size === 0) {
    paragraph.textContent = text;
    return paragraph;
  }
  const escaped = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(t => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    paragraph.append(document.createTextNode(text.slice(at, match.index)));
    const entity = byTerm.get(match[0].toLowerCase());
    const mark = PG.el("mark", match[0]);
    if (entity) {
      mark.title = entity.label + ": " + entity.name;
      mark.style.boxShadow = `inset 0 -2px 0 ${PG.colourOf(entity.label)}`;
      mark.style.cursor = "pointer";
      mark.addEventListener("click", () => go(entity.id));
    }
    paragraph.append(mark);
    at = match.index + match[0].length;
  }
  paragraph.append(document.createTextNode(text.slice(at)));
  return paragraph;
};
