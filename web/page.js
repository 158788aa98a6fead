// The script of the HTML export's page (web/page.js): reads the JSON the exporter wrote into the
// page, lays the graph out once (ForceAtlas2, so that entities stay put while the day changes), and
// shows the facts in force on the slider's day. Data reaches the page only through textContent and
// JSON.parse, never as markup, so hostile names stay text. window.__stancegraph lets the tests and
// the benchmark drive the page and read what it shows.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const read = (id) => JSON.parse($(id).textContent);
  const meta = read("sg-meta");
  const counts = read("sg-counts");
  const api = { ready: false, tooLarge: counts.too_large, meta, counts };
  window.__stancegraph = api;

  if (counts.too_large) {
    const p = $("too-large");
    p.hidden = false;
    p.textContent =
      `This export has ${counts.entities} entities and ${counts.facts} facts: more than this page can show ` +
      `(${meta.limits.entities} entities, ${meta.limits.facts} facts). Export a part of it: around one entity ` +
      `with --entity ID --depth 1, or some relation families with --families recognition,diplomacy, ` +
      `or one day with --as-of.`;
    $("graph").hidden = true;
    api.ready = true;
    document.body.dataset.ready = "true";
    return;
  }

  const timings = {};
  api.timings = timings;
  let clock = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - clock);
    clock = now;
  };
  const entities = read("sg-entities");
  const facts = read("sg-facts");
  const documents = read("sg-documents");
  lap("parse");
  const relations = new Map(meta.relations.map((r) => [r.name, r]));
  const entityById = new Map(entities.map(([id, name, kind, names]) => [id, { id, name, kind, names }]));
  const nameOf = (id) => (entityById.get(id) || { name: id }).name;

  // Days as numbers (days since 1970-01-01, UTC) for the slider; "YYYY-MM-DD" for people.
  const dayNumber = (text) => Math.floor(Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / 86400000);
  const dayText = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
  for (const f of facts) {
    f.startDay = f.start ? dayNumber(f.start) : -Infinity;
    f.endDay = f.shown_until ? dayNumber(f.shown_until) : Infinity;
    f.family = relations.get(f.r).family;
  }

  // The slider runs from the earliest to the latest date in the data; the play button stops on
  // every day a fact starts or stops being shown.
  const days = new Set();
  for (const f of facts) {
    if (f.start) days.add(f.startDay);
    if (f.until) days.add(dayNumber(f.until));
    if (f.shown_until) days.add(f.endDay);
  }
  if (meta.as_of) days.add(dayNumber(meta.as_of));
  if (days.size === 0) days.add(dayNumber(new Date().toISOString().slice(0, 10)));
  const changeDays = [...days].sort((a, b) => a - b);
  const firstDay = changeDays[0];
  const lastDay = changeDays[changeDays.length - 1];

  const state = {
    day: meta.as_of ? dayNumber(meta.as_of) : lastDay,
    families: new Set(meta.families),
    minConfidence: 0,
    shown: new Set(),      // fact indexes shown on the day
    touched: new Set(),    // entities with a shown fact
    focus: null,           // the entity found or clicked
  };

  // ---- the graph and its layout
  const { Graph, Sigma, forceAtlas2 } = window.StancegraphLib;
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  const golden = Math.PI * (3 - Math.sqrt(5));
  entities.forEach(([id, name, kind], i) => {
    // A deterministic spiral start, so that the same export always gets the same picture.
    const r = Math.sqrt(i + 1) * 10;
    graph.addNode(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden), label: name, size: 3, color: meta.kinds[kind] || "#ffffff" });
  });
  facts.forEach((f, i) => {
    if (!graph.hasNode(f.s) || !graph.hasNode(f.t)) return;
    const r = relations.get(f.r);
    graph.addEdgeWithKey(String(i), f.s, f.t, { color: r.color, size: r.style === "solid" ? 1.6 : 1, type: r.symmetric ? "line" : "arrow" });
  });
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", 3 + 2 * Math.log2(1 + graph.degree(id))));
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    settings.barnesHutOptimize = graph.order > 300;
    // Laid out once over every fact of the export, so that entities stay put while the day changes.
    forceAtlas2.assign(graph, { iterations: graph.order > 1500 ? 60 : 200, settings });
  }
  lap("layout");

  const renderer = new Sigma(graph, $("graph"), {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    labelColor: { color: "#f2f2f2" },
    // Every name on a small map; on a large one sigma shows the names of the larger entities.
    labelRenderedSizeThreshold: graph.order > 500 ? 7 : 0,
    labelDensity: graph.order > 500 ? 0.07 : 1,
    labelGridCellSize: graph.order > 500 ? 60 : 10,
    defaultEdgeType: "arrow",
    zIndex: true,
    nodeReducer: (id, data) => {
      if (id === state.focus) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
      if (!state.touched.has(id)) return { ...data, hidden: true };
      return data;
    },
    edgeReducer: (key, data) => (state.shown.has(+key) ? data : { ...data, hidden: true }),
  });

  // ---- what is shown on the day
  const inForce = (f, day) => f.startDay <= day && day < f.endDay;
  function update() {
    state.shown = new Set();
    state.touched = new Set();
    facts.forEach((f, i) => {
      if (!inForce(f, state.day) || !state.families.has(f.family) || f.c < state.minConfidence) return;
      state.shown.add(i);
      state.touched.add(f.s);
      state.touched.add(f.t);
    });
    $("day").textContent = dayText(state.day);
    $("shown-count").textContent = `${state.shown.size} stances, ${state.touched.size} entities`;
    document.body.dataset.day = dayText(state.day);
    document.body.dataset.shown = String(state.shown.size);
    renderer.refresh();
    if (state.focus && panelEntity === state.focus) showEntity(state.focus);
  }

  // ---- controls
  const slider = $("slider");
  slider.min = String(firstDay);
  slider.max = String(lastDay);
  slider.value = String(state.day);
  slider.addEventListener("input", () => {
    state.day = +slider.value;
    update();
  });

  let playing = null;
  function stopPlaying() {
    clearInterval(playing);
    playing = null;
    $("play").textContent = "▶ play";
  }
  $("play").addEventListener("click", () => {
    if (playing) return stopPlaying();
    if (state.day >= lastDay) state.day = firstDay - 1;
    $("play").textContent = "⏸ pause";
    playing = setInterval(() => {
      const next = changeDays.find((d) => d > state.day);
      if (next === undefined) return stopPlaying();
      state.day = next;
      slider.value = String(next);
      update();
    }, 800);
  });

  const familiesPresent = meta.families.filter((name) => facts.some((f) => f.family === name));
  for (const name of familiesPresent) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.family = name;
    box.addEventListener("change", () => {
      if (box.checked) state.families.add(name);
      else state.families.delete(name);
      update();
    });
    label.append(box);
    for (const r of meta.relations.filter((r) => r.family === name)) {
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = r.color;
      swatch.title = r.label;
      label.append(swatch);
    }
    label.append(" " + name);
    $("families").append(label);
  }
  $("confidence").addEventListener("input", () => {
    state.minConfidence = +$("confidence").value;
    $("confidence-value").textContent = state.minConfidence.toFixed(2);
    update();
  });

  // ---- search: any name of an entity, compared case-folded and normalized
  const fold = (text) => text.normalize("NFKC").toLocaleLowerCase();
  const index = [];
  for (const e of entityById.values()) for (const n of e.names) index.push([fold(n), e.id]);
  const datalist = $("names");
  for (const e of entityById.values()) {
    const option = document.createElement("option");
    option.value = e.name;
    datalist.append(option);
  }
  function find(query) {
    const q = fold(query.trim());
    if (!q) return null;
    const exact = index.find(([n]) => n === q);
    if (exact) return exact[1];
    const prefix = index.find(([n]) => n.startsWith(q));
    if (prefix) return prefix[1];
    const part = index.find(([n]) => n.includes(q));
    return part ? part[1] : null;
  }
  function centre(id) {
    state.focus = id;
    const pos = renderer.getNodeDisplayData(id);
    if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.25 }, { duration: 300 });
    renderer.refresh();
  }
  function search() {
    const id = find($("search").value);
    $("search-result").textContent = id ? `${nameOf(id)} (${id})` : "no entity of that name";
    api.found = id;
    if (id) {
      centre(id);
      showEntity(id);
    }
  }
  $("search").addEventListener("change", search);
  $("search").addEventListener("keydown", (event) => event.key === "Enter" && search());

  // ---- the details panel, built from text nodes only
  const panel = $("panel");
  let panelEntity = null;
  function el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }
  const span = (f) => `${f.from || "undated"}${f.undated && f.start ? ` (known from ${f.start})` : ""} – ${f.until || "…"}`;

  function showEntity(id) {
    panelEntity = id;
    const e = entityById.get(id);
    panel.replaceChildren(el("h2", e ? e.name : id, { dir: "auto" }), el("p", `${id} · ${e ? e.kind : ""} · stances on ${dayText(state.day)}`, { class: "muted" }));
    const list = el("ul", null, { id: "entity-stances" });
    for (const i of state.shown) {
      const f = facts[i];
      if (f.s !== id && f.t !== id) continue;
      const item = el("li");
      const button = el("button", null, { class: "fact", type: "button", "data-fact": String(i) });
      button.append(el("bdi", nameOf(f.s)), ` ${relations.get(f.r).label} `, el("bdi", nameOf(f.t)));
      button.addEventListener("click", () => showFact(i));
      item.append(button, el("span", ` ${span(f)}`, { class: "muted" }));
      list.append(item);
    }
    if (!list.childElementCount) list.append(el("li", "none on this day", { class: "muted" }));
    panel.append(list);
  }

  function outletOf(url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      return "";
    }
  }
  function showFact(i) {
    panelEntity = null;
    api.selectedFact = i;
    const f = facts[i];
    const r = relations.get(f.r);
    const heading = el("h2", null, { dir: "auto" });
    heading.append(el("bdi", nameOf(f.s)), " ", el("span", r.label, { style: `color:${r.color}` }), " ", el("bdi", nameOf(f.t)));
    const dl = el("p", null, { class: "muted" });
    dl.textContent = `${r.name} (${r.family}) · from ${f.from || "undated"} · valid to ${f.to || "—"} · holds until ${f.until || "still holds"}` +
      (f.undated ? ` · undated, known from ${f.start || "?"}` : "") + ` · confidence ${f.c.toFixed(2)}` +
      (f.statements > 1 ? ` · stated ${f.statements} times` : "");
    panel.replaceChildren(heading, dl);
    const box = el("div", null, { id: "evidence" });
    for (const e of f.ev) {
      const item = el("div", null, { class: "evidence" });
      item.append(el("blockquote", e.text || "(no sentence)", { dir: "auto", class: "sentence" }));
      const doc = documents[e.document] || {};
      const url = e.url || doc.url || "";
      const source = el("div", null, { class: "muted" });
      if (doc.title) source.append(el("bdi", doc.title), " · ");
      if (outletOf(url)) source.append(outletOf(url), " · ");
      if (e.published || doc.published) source.append(e.published || doc.published, " · ");
      source.append(`document ${e.document || "?"}`);
      item.append(source);
      if (/^https?:\/\//i.test(url)) item.append(el("a", url, { href: url, rel: "noreferrer noopener", target: "_blank", dir: "ltr" }));
      else if (url) item.append(el("div", url, { dir: "ltr" }));
      item.append(el("div", `rule ${e.rule || "?"} · confidence ${Number(e.confidence).toFixed(2)}`, { class: "muted" }));
      box.append(item);
    }
    if (!f.ev.length) box.append(el("p", "no evidence recorded", { class: "muted" }));
    panel.append(box);
  }

  renderer.on("clickNode", ({ node }) => {
    state.focus = node;
    renderer.refresh();
    showEntity(node);
  });
  renderer.on("clickEdge", ({ edge }) => showFact(+edge));

  // ---- for the tests and the benchmark
  Object.assign(api, {
    firstDay: dayText(firstDay),
    lastDay: dayText(lastDay),
    changeDays: changeDays.map(dayText),
    setDay(text) {
      slider.value = String(dayNumber(text));
      slider.dispatchEvent(new Event("input"));
    },
    shownFacts: () => [...state.shown].map((i) => ({ index: i, id: facts[i].id, s: facts[i].s, t: facts[i].t, r: facts[i].r })),
    factIndex: (s, r, t) => facts.findIndex((f) => f.s === s && f.r === r && f.t === t),
    // A point of a fact's arrow on the screen (page CSS pixels) that lies farthest from every other
    // arrow shown, so that a test clicking there hits this arrow and no other.
    edgeClickPoint(i, inPage = true) {
      const at = (id) => renderer.graphToViewport(graph.getNodeAttributes(id));
      const distance = (p, a, b) => {
        const dx = b.x - a.x, dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      const a = at(facts[i].s), b = at(facts[i].t);
      const others = [...state.shown].filter((j) => j !== i && !(facts[j].s === facts[i].s && facts[j].t === facts[i].t))
        .map((j) => [at(facts[j].s), at(facts[j].t)]);
      const nodes = [...state.touched].map((id) => [at(id), renderer.getNodeDisplayData(id).size]);
      let best = null;
      for (let k = 1; k < 40; k++) {
        const p = { x: a.x + ((b.x - a.x) * k) / 40, y: a.y + ((b.y - a.y) * k) / 40 };
        const margin = Math.min(...others.map(([c, d]) => distance(p, c, d)),
          ...nodes.map(([c, size]) => Math.hypot(p.x - c.x, p.y - c.y) - size - 2));
        if (!best || margin > best.margin) best = { ...p, margin };
      }
      const box = inPage ? $("graph").getBoundingClientRect() : { left: 0, top: 0 };
      return { x: box.left + best.x, y: box.top + best.y, margin: best.margin };
    },
    // Resolves once the camera has stopped moving and the map has been drawn where it stopped, so
    // that a click lands on what was computed.
    async settled() {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      while (renderer.getCamera().isAnimated()) await frame();
      await frame();
      await frame();
    },
    // Zooms in on that point, so that the arrow stands apart from its neighbours.
    zoomOnFact(i) {
      const p = renderer.viewportToFramedGraph(api.edgeClickPoint(i, false));
      renderer.getCamera().setState({ x: p.x, y: p.y, ratio: 0.2 });
      renderer.refresh();
    },
    centre,
  });
  lap("controls");
  update();
  lap("first drawing");
  api.readyAt = performance.now();
  api.ready = true;
  document.body.dataset.ready = "true";
})();
