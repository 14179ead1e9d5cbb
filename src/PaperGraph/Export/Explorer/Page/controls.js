// The side panel's filters and the top bar's search, slider and reset. Each control changes the
// shared state and asks for a redraw through the callbacks it is given.
PG.initialState = () => ({
  labels: new Set(PG.LABELS), types: new Set(PG.TYPES), hidePapers: false, minDegree: 0, focus: null,
  // Nodes the focus layout has moved away from their overview positions.
  moved: new Set(),
});

PG.checkList = function (list, names, counts, colour, onToggle) {
  list.replaceChildren();
  for (const name of names) {
    const box = PG.el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.addEventListener("change", () => onToggle(name, box.checked));
    const label = PG.el("label");
    if (colour) {
      const swatch = PG.el("span", null, "pg-swatch");
      swatch.style.background = colour(name);
      label.append(box, swatch);
    } else {
      label.append(box);
    }
    label.append(document.createTextNode(name), PG.el("span", (counts.get(name) || 0).toLocaleString("en"), "pg-count"));
    const li = PG.el("li");
    li.append(label);
    list.append(li);
  }
};

PG.countBy = function (items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) || 0) + 1);
  return counts;
};

PG.initControls = function (model, state, actions) {
  const byId = id => document.getElementById(id);
  PG.checkList(byId("pg-labels"), PG.LABELS, PG.countBy(model.nodes.values(), n => n.label), PG.colourOf, (label, on) => {
    if (on) state.labels.add(label); else state.labels.delete(label);
    actions.redraw();
  });
  PG.checkList(byId("pg-types"), PG.TYPES, PG.countBy(model.edges, e => e.type), null, (type, on) => {
    if (on) state.types.add(type); else state.types.delete(type);
    actions.redraw();
  });
  byId("pg-hide-papers").addEventListener("change", e => { state.hidePapers = e.target.checked; actions.redraw(); });

  const slider = byId("pg-min-degree");
  let maxDegree = 0;
  for (const n of model.nodes.values()) maxDegree = Math.max(maxDegree, n.degree);
  slider.max = String(Math.max(1, Math.min(maxDegree, 50)));
  slider.addEventListener("input", () => {
    state.minDegree = Number(slider.value);
    byId("pg-min-degree-value").textContent = slider.value;
    actions.redraw();
  });

  const names = byId("pg-names");
  const fragment = document.createDocumentFragment();
  for (const text of PG.suggestions(model)) {
    const option = document.createElement("option");
    option.value = text;
    fragment.append(option);
  }
  names.append(fragment);
  const search = byId("pg-search");
  const find = () => {
    const node = PG.find(model, search.value);
    if (node) actions.focus(node.id);
    search.setCustomValidity(node ? "" : "No node by that name");
    search.reportValidity();
  };
  byId("pg-search-form").addEventListener("submit", e => { e.preventDefault(); find(); });
  // Picking a suggestion is a choice; typing is not, so only the former searches at once.
  search.addEventListener("input", e => {
    search.setCustomValidity("");
    if (!(e instanceof InputEvent) || e.inputType === "insertReplacementText") find();
  });

  byId("pg-reset").addEventListener("click", () => {
    search.value = "";
    byId("pg-hide-papers").checked = false;
    slider.value = "0";
    byId("pg-min-degree-value").textContent = "0";
    document.querySelectorAll("#pg-filters input[type=checkbox]").forEach(box => { box.checked = true; });
    actions.reset();
  });
};
