#!/usr/bin/env node
// Times an explorer.html in headless Chromium: load to first drawn frame, zooming, the "hide
// papers" filter, reset, the details panel of the busiest node and a search that focuses it.
// A bench, not a test: it prints numbers and asserts nothing.
//
// Usage (after `dotnet build tests/PaperGraph.Tests`, which brings Playwright's driver):
//   node tests/PaperGraph.Tests/Explorer/explorer-bench.js OUT/explorer.html [runs]
// PLAYWRIGHT_CORE overrides where playwright-core is loaded from; PAPERGRAPH_CHROMIUM the browser.
"use strict";
const path = require("path");
const corePath = process.env.PLAYWRIGHT_CORE || path.join(__dirname, "..", "bin", "Debug", "net10.0", ".playwright", "package");
const { chromium } = require(corePath);

// Each step runs in the page and waits two frames. Wall time suffers when other processes share
// the cores; the main thread's CPU time (CDP Performance.getMetrics ThreadTime) much less so.
async function once(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const cpu = async () => (await cdp.send("Performance.getMetrics")).metrics.find(m => m.name === "ThreadTime").value * 1000;
  const errors = [];
  page.on("pageerror", e => errors.push(String(e)));
  const steps = [];
  const step = async (name, body, arg) => {
    const before = await cpu();
    const wall = await page.evaluate(async ([source, value]) => {
      const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
      const t = performance.now();
      await (0, eval)(source)(window.paperGraphExplorer, value);
      await frame();
      await frame();
      return performance.now() - t;
    }, [body.toString(), arg]);
    steps.push({ name, wall, cpu: (await cpu()) - before });
  };

  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 120000 });
  steps.push({ name: "load to first frame", wall: Date.now() - started, cpu: await cpu() });
  const info = await page.evaluate(() => {
    const pg = window.paperGraphExplorer;
    const busiest = [...pg.model.nodes.values()].filter(n => n.label !== "Paper").sort((a, b) => b.degree - a.degree)[0];
    return { nodes: pg.model.nodes.size, edges: pg.model.edges.length, busiest: busiest.name, degree: busiest.degree, busiestId: busiest.id };
  });
  await step("zoom, 10 frames", async pg => {
    for (let i = 0; i < 10; i++) {
      pg.cy.zoom({ level: pg.cy.zoom() * (i % 2 ? 1 / 1.2 : 1.2), renderedPosition: { x: 400, y: 400 } });
      await new Promise(resolve => requestAnimationFrame(() => resolve()));
    }
  });
  await step("hide papers", () => { const box = document.getElementById("pg-hide-papers"); box.checked = true; box.dispatchEvent(new Event("change")); });
  await step("reset", () => document.getElementById("pg-reset").click());
  await step(`details of ${info.busiest} (${info.degree} links)`, (pg, id) => pg.show(id), info.busiestId);
  await step(`search ${info.busiest} + focus`, (pg, name) => { document.getElementById("pg-search").value = name; document.getElementById("pg-search-form").requestSubmit(); }, info.busiest);
  await step("reset after focus", () => document.getElementById("pg-reset").click());
  await page.close();
  return { info, steps, errors };
}

(async () => {
    const pg = window.paperGraphExplorer;
    const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
    const time = async action => { const t = performance.now(); action(); await frame(); await frame(); return performance.now() - t; };
    const zoomSteps = 20;
    const t = performance.now();
    for (let i = 0; i < zoomSteps; i++) { pg.cy.zoom({ level: pg.cy.zoom() * (i % 2 ? 1 / 1.1 : 1.1), renderedPosition: { x: 400, y: 400 } }); await frame(); }
    const zoomFrameMs = (performance.now() - t) / zoomSteps;
    const busiest = [...pg.model.nodes.values()].filter(n => n.label !== "Paper").sort((a, b) => b.degree - a.degree)[0];
    const hidePapersMs = await time(() => { const box = document.getElementById("pg-hide-papers"); box.checked = true; box.dispatchEvent(new Event("change")); });
    const resetMs = await time(() => document.getElementById("pg-reset").click());
    const detailsMs = await time(() => pg.show(busiest.id));
    const searchMs = await time(() => { document.getElementById("pg-search").value = busiest.name; document.getElementById("pg-search-form").requestSubmit(); });
    return {
      nodes: pg.model.nodes.size, edges: pg.model.edges.length, readyMs: Number(document.body.dataset.readyMs),
      zoomFrameMs, hidePapersMs, resetMs, detailsMs, searchMs, busiest: `${busiest.name} (${busiest.degree} links)`,
      focusShown: pg.cy.nodes().filter(n => n.pstyle("display").value !== "none").length,
    };
  });
(async () => {
  const file = process.argv[2];
  const runs = Number(process.argv[3] || 3);
  if (!file) { console.error("usage: explorer-bench.js PAGE.html [runs]"); process.exit(2); }
  const browser = await chromium.launch({
    executablePath: process.env.PAPERGRAPH_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const url = "file://" + path.resolve(file);
  for (let i = 0; i < runs; i++) {
    const r = await once(browser, url);
    console.log(`run ${i + 1}: ${r.info.nodes} nodes, ${r.info.edges} edges${r.errors.length ? "; ERRORS " + r.errors.join("; ") : ""}`);
    for (const s of r.steps) console.log(`  ${s.name.padEnd(44)} wall ${s.wall.toFixed(0).padStart(6)} ms   main-thread cpu ${s.cpu.toFixed(0).padStart(6)} ms`);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
