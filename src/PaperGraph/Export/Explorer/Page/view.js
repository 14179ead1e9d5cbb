// The drawing: one cytoscape instance over the whole graph at the positions computed at build
// time. Filters and focus only switch classes, so nothing is re-laid out except a focused
// neighbourhood, which is small.
PG.BIG_GRAPH = 1500;
PG.LABELLED_FOCUS = 300;

PG.shortName = function (node) {
  const text = node.label === "Paper" && node.title ? node.title : node.name;
  return text.length > 48 ? text.slice(0, 46) + "…" : text;
};

PG.style = function (maxDegree) {
  const top = Math.max(maxDegree, 2);
  const rules = [
    { selector: "node", style: {
      "background-color": "#888", "width": `mapData(degree, 0, ${top}, 9, 46)`, "height": `mapData(degree, 0, ${top}, 9, 46)`,
      "label": "data(name)", "font-size": `mapData(degree, 0, ${top}, 12, 30)`, "min-zoomed-font-size": 5,
      "color": "#2b2f36", "text-valign": "bottom", "text-margin-y": 3,
      "text-outline-color": "#fcfcfb", "text-outline-width": 2, "border-width": 0,
    } },
    // Paper titles are long: they show only when zoomed in, or in a focused neighbourhood.
    // Paper titles are long and many: measuring thousands of them slows the first draw by
    // seconds, so they show only in a focused neighbourhood or on the selected paper.
    { selector: "node[label = 'Paper']", style: {
      "shape": "round-rectangle", "label": "", "font-size": 9, "text-wrap": "wrap", "text-max-width": 130,
    } },
  ];
  for (const label of PG.LABELS) {
    rules.push({ selector: `node[label = '${label}']`, style: { "background-color": PG.colourOf(label) } });
  }
  // Later rules win in cytoscape, so focus and selection come after the colours.
  return rules.concat([
    { selector: "edge", style: {
      "curve-style": "haystack", "haystack-radius": 0, "width": 0.7, "line-color": "#b9c1cc", "opacity": 0.55,
    } },
    { selector: "edge[type != 'PROPOSES'][type != 'EVALUATES_ON'][type != 'MENTIONS']", style: {
      "curve-style": "straight", "width": 1.6, "line-color": "#59616d", "opacity": 0.85,
      "target-arrow-shape": "triangle", "target-arrow-color": "#59616d", "arrow-scale": 0.8,
    } },
    { selector: ".pg-hidden, .pg-outside", style: { "display": "none" } },
    { selector: "node.pg-labelled", style: { "min-zoomed-font-size": 0 } },
    { selector: "node[label = 'Paper'].pg-labelled, node[label = 'Paper']:selected", style: { "label": "data(name)" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
    { selector: "node.pg-root", style: { "border-width": 4, "border-color": "#f2b01e", "min-zoomed-font-size": 0 } },
  ]);
};

PG.createView = function (container, model) {
  const elements = [];
  let maxDegree = 0;
  for (const n of model.nodes.values()) {
    maxDegree = Math.max(maxDegree, n.degree);
    elements.push({ group: "nodes", data: { id: n.id, label: n.label, name: PG.shortName(n), degree: n.degree }, position: { x: n.x, y: n.y } });
  }
  for (const e of model.edges) {
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type } });
  }
  const big = model.nodes.size > PG.BIG_GRAPH;
  return cytoscape({
    container, elements, layout: { name: "preset" }, style: PG.style(maxDegree),
    minZoom: 0.02, maxZoom: 5, boxSelectionEnabled: false, selectionType: "single",
    // At thousands of nodes, panning a cached bitmap keeps the page responsive.
    textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : "auto",
  });
};

// Which nodes and edges show: label and type filters, "hide papers", minimum degree, and the
// focused neighbourhood when there is one (its explicit members always show). Only elements whose
// classes change are touched: restyling all 25,000 elements of a big graph takes seconds.
PG.applyVisibility = function (cy, model, state) {
  const inFocus = state.focus ? PG.focusSet(model, state) : null;
  // Every label of a small neighbourhood shows; in a hub's thousands they would be unreadable and slow.
  const labelled = inFocus !== null && inFocus.size <= PG.LABELLED_FOCUS;
  const changes = new Map();
  const want = (el, cls, on) => {
    if (el.hasClass(cls) === on) return;
    const key = (on ? "+" : "-") + cls;
    if (!changes.has(key)) changes.set(key, []);
    changes.get(key).push(el);
  };
  cy.nodes().forEach(el => {
    const n = model.nodes.get(el.id());
    const passes = state.labels.has(n.label) && !(state.hidePapers && n.label === "Paper") && n.degree >= state.minDegree;
    const pinned = state.focus !== null && state.focus.pinned.has(n.id);
    want(el, "pg-hidden", !passes && !pinned);
    want(el, "pg-outside", inFocus !== null && !inFocus.has(n.id));
    want(el, "pg-labelled", labelled && inFocus.has(n.id));
    want(el, "pg-root", state.focus !== null && state.focus.root === n.id);
  });
  cy.edges().forEach(el => want(el, "pg-hidden", !state.types.has(el.data("type"))));
  cy.batch(() => {
    for (const [key, elements] of changes) {
      const collection = cy.collection(elements);
      if (key[0] === "+") collection.addClass(key.slice(1)); else collection.removeClass(key.slice(1));
    }
  });
};

// The root, every expanded node, and their neighbours over the relationship types shown.
PG.focusSet = function (model, state) {
  const set = new Set(state.focus.pinned);
  for (const id of state.focus.pinned) {
    for (const other of PG.neighbours(model, id, state.types)) set.add(other);
  }
  return set;
};

// The nodes shown, read from our own classes. Cytoscape's ":visible" caches each element's style
// until the next frame is drawn, so right after a class change it can still answer for the old view.
PG.isShown = node => !node.hasClass("pg-hidden") && !node.hasClass("pg-outside");
PG.shownNodes = cy => cy.nodes().filter(PG.isShown);

// Rings around the root by hop distance, so a neighbourhood reads at a glance.
PG.layoutFocus = function (cy, model, state) {
  const visible = PG.shownNodes(cy);
  const hops = new Map([[state.focus.root, 0]]);
  const queue = [state.focus.root];
  while (queue.length > 0) {
    const id = queue.shift();
    for (const other of PG.neighbours(model, id, state.types)) {
      if (!hops.has(other) && visible.getElementById(other).nonempty()) { hops.set(other, hops.get(id) + 1); queue.push(other); }
    }
  }
  visible.forEach(el => state.moved.add(el.id()));
  visible.layout({
    name: "concentric", animate: false, fit: false, minNodeSpacing: 36, avoidOverlap: true,
    concentric: node => 100 - (hops.has(node.id()) ? hops.get(node.id()) : 99), levelWidth: () => 1,
  }).run();
  PG.fitNodes(cy, visible, 40);
};

// Like cy.fit, but on the nodes alone: long labels hang below their nodes, and counting them
// would push the drawing off centre.
PG.fitNodes = function (cy, nodes, padding) {
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const width = cy.width();
  const height = cy.height();
  const fitted = Math.min((width - 2 * padding) / Math.max(box.w, 1), (height - 2 * padding) / Math.max(box.h, 1));
  // Never zoom past 1.3 to fit: a handful of nodes would otherwise fill the screen with huge labels.
  const zoom = Math.min(Math.max(fitted, cy.minZoom()), 1.3);
  cy.viewport({ zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } });
};

PG.restoreOverview = function (cy, model, moved) {
  cy.batch(() => moved.forEach(id => {
    const n = model.nodes.get(id);
    cy.getElementById(id).position({ x: n.x, y: n.y });
  }));
  PG.fitNodes(cy, PG.shownNodes(cy), 30);
};
