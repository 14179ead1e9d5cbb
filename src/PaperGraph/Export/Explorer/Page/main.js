// Reads the graph embedded in the page, draws it and wires the controls. window.paperGraphExplorer
// gives the browser console (and the tests) the same handles the controls use.
(function () {
  const byId = id => document.getElementById(id);
  const graph = JSON.parse(byId("pg-graph").textContent);
  const layout = JSON.parse(byId("pg-layout").textContent);
  const model = PG.loadModel(graph, layout);
  const cy = PG.createView(byId("pg-graph-view"), model);
  const details = byId("pg-details");
  const state = PG.initialState();

  const redraw = () => {
    PG.applyVisibility(cy, model, state);
    // The view always fits what is shown: hiding 5,000 papers leaves the entities in a corner otherwise.
    if (state.focus) PG.layoutFocus(cy, model, state); else PG.fitNodes(cy, PG.shownNodes(cy), 30);
  };
  const show = id => {
    cy.nodes(":selected").unselect();
    cy.getElementById(id).select();
    PG.showDetails(details, model, id, go);
  };
  const focus = id => {
    state.focus = { root: id, pinned: new Set([id]) };
    redraw();
    show(id);
  };
  const expand = id => {
    if (!state.focus) return focus(id);
    state.focus.pinned.add(id);
    redraw();
    show(id);
  };
  // Following a link in the panel: stay in the neighbourhood when the node is in it, else move there.
  const go = id => {
    if (PG.isShown(cy.getElementById(id))) show(id); else focus(id);
  };
  const reset = () => {
    const moved = state.moved;
    Object.assign(state, PG.initialState());
    PG.applyVisibility(cy, model, state);
    PG.restoreOverview(cy, model, moved);
    cy.nodes(":selected").unselect();
    details.replaceChildren(PG.el("p", "Click a node, or search for a name, to see its papers and evidence.", "pg-hint"));
  };

  cy.on("tap", "node", e => show(e.target.id()));
  cy.on("dbltap", "node", e => expand(e.target.id()));
  PG.initControls(model, state, { redraw, focus, reset });
  window.paperGraphExplorer = { cy, model, focus, expand, show, reset, state };

  PG.fitNodes(cy, cy.nodes(), 30);
  // The status is the page's "drawn" signal for people and for tests: set after the first frame.
  cy.one("render", () => requestAnimationFrame(() => {
    byId("pg-status").textContent = `${model.nodes.size} nodes · ${model.edges.length} edges`;
    // Milliseconds from navigation start to the first drawn frame, for the bench script.
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = "true";
  }));
  cy.forceRender();
})();
