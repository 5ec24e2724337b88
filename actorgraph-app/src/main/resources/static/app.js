// actorgraph graph view: search an actor, draw its neighbourhood, expand nodes, read the
// evidence of an edge, filter by relation and date, export PNG and GraphML. Everything it
// loads comes from this server (Cytoscape.js from the jar's WebJar): it works offline.
(function () {
  'use strict';

  const TYPES = {
    Person: { color: '#4e79a7', shape: 'ellipse' },
    State: { color: '#e15759', shape: 'round-hexagon' },
    Firm: { color: '#f28e2b', shape: 'round-diamond' },
    Organisation: { color: '#59a14f', shape: 'round-octagon' },
    Place: { color: '#9c6ba8', shape: 'round-triangle' }
  };
  const RELATIONS = {
    MET_WITH: { color: '#4e79a7', symmetric: true },
    SIGNED: { color: '#f28e2b', symmetric: true },
    STRUCK: { color: '#d62728', symmetric: false },
    VISITED: { color: '#76b7b2', symmetric: false },
    HOLDS_OFFICE: { color: '#8c8c8c', symmetric: false },
    DENOUNCED: { color: '#b07aa1', symmetric: false },
    CALLED_FOR: { color: '#9d7660', symmetric: false },
    AGREED_WITH: { color: '#59a14f', symmetric: true },
    IN_CONTACT_WITH: { color: '#86bcb6', symmetric: true },
    SUPPORTED: { color: '#edc948', symmetric: false },
    LOCATED_IN: { color: '#bab0ac', symmetric: false }
  };

  const $ = (id) => document.getElementById(id);
  const state = { roots: [], token: sessionStorage.getItem('actorgraph.token') || null, loading: 0 };

  // ---- talking to the API -------------------------------------------------------------
  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    opts.headers = Object.assign({ Accept: 'application/json' }, opts.headers);
    if (state.token) opts.headers.Authorization = 'Bearer ' + state.token;
    const response = await fetch(path, opts);
    if (response.status === 401 && await askToken()) return api(path, options);
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try { const p = await response.json(); detail = p.detail || p.title || detail; } catch (e) { /* not JSON */ }
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return response;
  }
  const getJson = async (path) => (await api(path)).json();

  function askToken() {
    return new Promise((resolve) => {
      const dialog = $('token-dialog');
      dialog.onclose = () => {
        const value = $('token').value.trim();
        if (value) {
          state.token = value;
          sessionStorage.setItem('actorgraph.token', value);
        }
        resolve(Boolean(value));
      };
      dialog.showModal();
    });
  }

  function status(text, isError) {
    const el = $('status');
    el.textContent = text;
    el.classList.toggle('error', Boolean(isError));
  }

  // ---- the graph ----------------------------------------------------------------------
  const cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'label': 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 120, 'width': 30, 'height': 30,
        'background-color': (n) => (TYPES[n.data('type')] || {}).color || '#999',
        'shape': (n) => (TYPES[n.data('type')] || {}).shape || 'ellipse',
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.root', style: { 'width': 42, 'height': 42, 'border-width': 3, 'border-color': '#2b4c7e', 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'font-size': 9, 'color': '#444', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'curve-style': 'bezier', 'width': (e) => 1.5 + Math.min(4, (e.data('evidenceCount') || 1) - 1),
        'line-color': (e) => (RELATIONS[e.data('relation')] || {}).color || '#999',
        'target-arrow-color': (e) => (RELATIONS[e.data('relation')] || {}).color || '#999',
        'target-arrow-shape': (e) => ((RELATIONS[e.data('relation')] || {}).symmetric ? 'none' : 'triangle'),
        'arrow-scale': 0.9 } },
      { selector: 'edge.negated', style: { 'line-style': 'dashed', 'line-color': '#b00020', 'target-arrow-color': '#b00020', 'color': '#b00020' } },
      { selector: 'edge:selected', style: { 'width': 5, 'line-color': '#111', 'target-arrow-color': '#111' } },
      { selector: '.filtered', style: { 'display': 'none' } }
    ]
  });

  function addSubgraph(graph) {
    const added = [];
    for (const n of graph.nodes) {
      if (cy.getElementById(n.key).empty()) {
        added.push({ group: 'nodes', data: { id: n.key, key: n.key, name: n.name, type: n.type, aliases: n.aliases || [] } });
      }
    }
    for (const e of graph.edges) {
      if (!e.key || cy.getElementById('f:' + e.key).nonempty()) continue;
      added.push({ group: 'edges', classes: e.polarity === 'negated' ? 'negated' : '',
        data: Object.assign({}, e, { id: 'f:' + e.key, source: e.from, target: e.to,
          label: (e.polarity === 'negated' ? 'NOT ' : '') + e.relation + (e.title ? ' (' + e.title + ')' : '') }) });
    }
    cy.add(added);
    return added.length;
  }

  function layout() {
    const roots = cy.nodes('.root');
    cy.layout({ name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 130, edgeElasticity: () => 100, nodeRepulsion: () => 400000, nodeOverlap: 20,
      gravity: 0.3, numIter: 2000, padding: 40, fit: true, componentSpacing: 80 }).run();
    // a handful of nodes would be blown up to fill the window: keep them at a readable size
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center(cy.elements().not('.filtered'));
    }
  }

  async function neighbourhood(key, depth) {
    const negated = $('negated').checked;
    return getJson('/api/actors/' + encodeURIComponent(key) + '/neighbourhood?depth=' + depth + '&negated=' + negated);
  }

  /** Draws an actor's neighbourhood afresh: the actor becomes the only root. */
  async function show(name, depth) {
    busy(+1);
    try {
      const graph = await neighbourhood(name, depth);
      cy.elements().remove();
      const root = graph.actor;
      state.roots = root ? [{ key: root.key, depth: depth }] : [];
      addSubgraph(graph);
      if (root) cy.getElementById(root.key).addClass('root');
      applyFilters();
      layout();
      history.replaceState(null, '', '#actor=' + encodeURIComponent(root ? root.key : name) + '&depth=' + depth);
      summary(root ? root.name : name);
      if (root) showActor(cy.getElementById(root.key));
    } catch (e) {
      status(e.status === 404 ? 'No article names "' + name + '".' : 'Cannot load the graph: ' + e.message, true);
    } finally {
      busy(-1);
    }
  }

  /** Adds a node's own neighbourhood (depth 1) to what is drawn. */
  async function expand(node) {
    const key = node.id();
    if (state.roots.some((r) => r.key === key)) return;
    busy(+1);
    try {
      const graph = await neighbourhood(key, 1);
      state.roots.push({ key: key, depth: 1 });
      node.addClass('root');
      const before = cy.nodes().length;
      addSubgraph(graph);
      applyFilters();
      if (cy.nodes().length > before) layout();
      summary(node.data('name') + ' expanded');
    } catch (e) {
      status('Cannot expand: ' + e.message, true);
    } finally {
      busy(-1);
    }
  }

  /** Draws every root again (after the negated switch changed what the server sends). */
  async function reload() {
    const roots = state.roots.slice();
    if (!roots.length) return;
    busy(+1);
    try {
      const graphs = await Promise.all(roots.map((r) => neighbourhood(r.key, r.depth)));
      cy.elements().remove();
      graphs.forEach((g) => addSubgraph(g));
      roots.forEach((r) => cy.getElementById(r.key).addClass('root'));
      applyFilters();
      layout();
      summary(cy.getElementById(roots[0].key).data('name'));
    } catch (e) {
      status('Cannot reload: ' + e.message, true);
    } finally {
      busy(-1);
    }
  }

  function busy(delta) {
    state.loading += delta;
    document.body.classList.toggle('busy', state.loading > 0);
    if (state.loading > 0) status('Loading…');
  }

  function summary(what) {
    const nodes = cy.nodes().not('.filtered').length;
    const edges = cy.edges().not('.filtered').length;
    status(what + ': ' + nodes + (nodes === 1 ? ' actor, ' : ' actors, ') + edges + (edges === 1 ? ' fact' : ' facts')
      + (cy.elements('.filtered').length ? ' shown (some filtered out)' : ''));
    document.body.dataset.ready = 'true';
  }

  // ---- filters ------------------------------------------------------------------------
  function buildRelationFilter() {
    const box = $('relations');
    for (const name of Object.keys(RELATIONS)) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = true;
      input.value = name;
      input.addEventListener('change', () => { applyFilters(); summary('Filtered'); });
      const swatch = document.createElement('i');
      swatch.style.cssText = 'display:inline-block;width:10px;height:3px;margin:0 6px 3px 4px;background:' + RELATIONS[name].color;
      label.append(input, swatch, document.createTextNode(name));
      box.append(label);
    }
  }

  /** A partial ISO date stretched to the first or last day it can mean: "2025-05" → 2025-05-01 / 2025-05-31. */
  function bound(date, end) {
    if (!date) return null;
    if (date.length === 4) return date + (end ? '-12-31' : '-01-01');
    if (date.length === 7) return date + (end ? '-31' : '-01');
    return date;
  }

  function applyFilters() {
    const shown = new Set([...document.querySelectorAll('#relations input:checked')].map((i) => i.value));
    const from = $('date-from').value || null;
    const to = $('date-to').value || null;
    cy.batch(() => {
      cy.edges().forEach((e) => {
        let visible = shown.has(e.data('relation'));
        const first = bound(e.data('firstDate'), false);
        const last = bound(e.data('lastDate') || e.data('firstDate'), true);
        // undated facts stay visible: a date range says nothing about them
        if (visible && first && from && last < from) visible = false;
        if (visible && first && to && first > to) visible = false;
        e.toggleClass('filtered', !visible);
      });
      cy.nodes().forEach((n) => {
        const keep = n.hasClass('root') || n.connectedEdges().some((e) => !e.hasClass('filtered'));
        n.toggleClass('filtered', !keep);
      });
    });
  }

  // ---- details panel ------------------------------------------------------------------
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function showActor(node) {
    const box = $('details');
    box.replaceChildren();
    box.append(el('h2', node.data('name')));
    const aliases = node.data('aliases') || [];
    box.append(el('p', node.data('type') + (aliases.length ? ' · also ' + aliases.join(', ') : ''), 'sub'));
    const facts = node.connectedEdges().not('.filtered');
    const list = el('ul', null, 'facts');
    facts.forEach((e) => {
      const other = e.source().id() === node.id() ? e.target() : e.source();
      const li = el('li');
      const a = el('a', (e.hasClass('negated') ? 'NOT ' : '') + e.data('relation') + ' · ' + other.data('name'));
      a.href = '#';
      a.addEventListener('click', (ev) => { ev.preventDefault(); cy.elements().unselect(); e.select(); showEvidence(e); });
      li.append(a);
      list.append(li);
    });
    box.append(el('p', facts.length + (facts.length === 1 ? ' fact drawn' : ' facts drawn') + '; click one, or an edge, for its evidence.', 'hint'));
    box.append(list);
  }

  async function showEvidence(edge) {
    const box = $('details');
    box.replaceChildren();
    const head = el('h2', edge.source().data('name') + ' ' + edge.data('relation') + ' ' + edge.target().data('name'));
    box.append(head);
    if (edge.hasClass('negated')) box.append(el('span', 'negated: the article says it did not happen', 'negated-badge'));
    const meta = [];
    if (edge.data('title')) meta.push(edge.data('title') + (edge.data('ended') ? ' (former)' : ''));
    if (edge.data('firstDate')) meta.push(edge.data('firstDate') + (edge.data('lastDate') && edge.data('lastDate') !== edge.data('firstDate') ? ' – ' + edge.data('lastDate') : ''));
    if (edge.data('confidence') != null) meta.push('confidence ' + edge.data('confidence'));
    if (meta.length) box.append(el('p', meta.join(' · '), 'sub'));
    const list = el('ul', null, 'evidence');
    list.id = 'evidence';
    box.append(list);
    try {
      const evidence = await getJson('/api/evidence?fact=' + encodeURIComponent(edge.data('key')));
      for (const ev of evidence) {
        const li = el('li');
        li.append(el('blockquote', ev.sentence));
        const bits = [];
        bits.push('article ' + ev.article);
        if (ev.date) bits.push(ev.date);
        if (ev.attribution) bits.push('according to ' + ev.attribution);
        if (ev.hedges && ev.hedges.length) bits.push('hedged: ' + ev.hedges.join(', '));
        if (ev.place) bits.push('in ' + ev.place);
        const m = el('div', null, 'meta');
        const link = el('a', bits[0]);
        link.href = '/api/articles/' + encodeURIComponent(ev.article);
        link.target = '_blank';
        m.append(link, document.createTextNode(bits.length > 1 ? ' · ' + bits.slice(1).join(' · ') : ''));
        li.append(m);
        list.append(li);
      }
      status(evidence.length + (evidence.length === 1 ? ' sentence states ' : ' sentences state ') + 'this fact.');
    } catch (e) {
      status('Cannot load the evidence: ' + e.message, true);
    }
  }

  // ---- search -------------------------------------------------------------------------
  let suggestTimer = null;
  let suggestions = [];
  let active = -1;

  function renderSuggestions() {
    const ul = $('suggestions');
    ul.replaceChildren();
    suggestions.forEach((a, i) => {
      const li = el('li');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.append(el('span', a.name), el('span', a.type, 'type'));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(a); });
      ul.append(li);
    });
    ul.hidden = suggestions.length === 0;
  }

  function pick(actor) {
    $('search').value = actor.name;
    suggestions = [];
    renderSuggestions();
    show(actor.key, Number($('depth').value));
  }

  $('search').addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const q = $('search').value.trim();
    if (!q) { suggestions = []; renderSuggestions(); return; }
    suggestTimer = setTimeout(async () => {
      try {
        suggestions = await getJson('/api/actors?limit=8&q=' + encodeURIComponent(q));
        active = suggestions.length ? 0 : -1;
        renderSuggestions();
      } catch (e) { status('Search failed: ' + e.message, true); }
    }, 120);
  });
  $('search').addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!suggestions.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      renderSuggestions();
    } else if (ev.key === 'Escape') {
      suggestions = [];
      renderSuggestions();
    }
  });
  $('search').addEventListener('blur', () => setTimeout(() => { suggestions = []; renderSuggestions(); }, 150));
  $('search-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearTimeout(suggestTimer);
    const q = $('search').value.trim();
    if (!q) return;
    if (suggestions.length) { pick(suggestions[Math.max(0, active)]); return; }
    try {
      const found = await getJson('/api/actors?limit=1&q=' + encodeURIComponent(q));
      if (found.length) pick(found[0]); else show(q, Number($('depth').value));
    } catch (e) { status('Search failed: ' + e.message, true); }
  });

  // ---- events -------------------------------------------------------------------------
  cy.on('tap', 'node', (ev) => { showActor(ev.target); expand(ev.target); });
  cy.on('tap', 'edge', (ev) => { showEvidence(ev.target); });
  $('depth').addEventListener('change', () => {
    if (state.roots.length) show(state.roots[0].key, Number($('depth').value));
  });
  $('negated').addEventListener('change', reload);
  $('date-from').addEventListener('change', () => { applyFilters(); summary('Filtered'); });
  $('date-to').addEventListener('change', () => { applyFilters(); summary('Filtered'); });
  $('fit').addEventListener('click', () => cy.fit(cy.elements().not('.filtered'), 30));

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  $('export-png').addEventListener('click', () => {
    download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'actorgraph.png');
  });
  $('export-graphml').addEventListener('click', async () => {
    const visible = cy.elements().not('.filtered');
    const body = {
      nodes: visible.nodes().map((n) => ({ key: n.id(), name: n.data('name'), type: n.data('type'), aliases: n.data('aliases') })),
      edges: visible.edges().map((e) => {
        const d = e.data();
        return { key: d.key, relation: d.relation, from: d.from, to: d.to, polarity: d.polarity, confidence: d.confidence,
          firstDate: d.firstDate, lastDate: d.lastDate, title: d.title, ended: d.ended, evidenceCount: d.evidenceCount };
      })
    };
    try {
      const response = await api('/api/graphml', { method: 'POST', headers: { 'Content-Type': 'application/json',
        Accept: 'application/graphml+xml' }, body: JSON.stringify(body) });
      download(await response.blob(), 'actorgraph.graphml');
    } catch (e) { status('Cannot export GraphML: ' + e.message, true); }
  });

  function legend() {
    const box = $('legend');
    for (const [type, t] of Object.entries(TYPES)) {
      const s = el('span');
      const i = el('i');
      i.style.background = t.color;
      i.style.borderRadius = t.shape === 'ellipse' ? '50%' : '2px';
      s.append(i, document.createTextNode(type));
      box.append(s);
    }
    const n = el('span');
    n.append(el('i', null), document.createTextNode('- - negated'));
    n.firstChild.style.cssText = 'width:14px;height:0;border-top:2px dashed #b00020';
    box.append(n);
  }

  // ---- start --------------------------------------------------------------------------
  async function start() {
    buildRelationFilter();
    legend();
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const depth = Math.min(3, Math.max(1, Number(params.get('depth')) || 1));
    $('depth').value = String(depth);
    if (params.get('actor')) {
      show(params.get('actor'), depth);
      return;
    }
    try {
      const hubs = await getJson('/api/hubs?limit=1');
      if (hubs.length) show(hubs[0].name, 1);
      else status('The graph is empty: ingest articles first (actorgraph ingest, or serve --ingest).');
    } catch (e) {
      status('Cannot reach the API: ' + e.message, true);
    }
  }

  // a link or the back button that changes #actor=... draws that actor
  window.addEventListener('hashchange', () => {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (params.get('actor')) show(params.get('actor'), Math.min(3, Math.max(1, Number(params.get('depth')) || 1)));
  });

  window.actorgraph = { cy: cy, state: state, show: show };
  start();
})();
