// Opens Neo4j Browser from the address serve printed. With authentication on, that address
// carries Bolt's password in its fragment (#password=..., never sent to a server): it is put
// where Neo4j Browser keeps a saved connection (localStorage "neo4j.connections", the
// "$$discovery" connection) so that the Browser connects at start, and the fragment is dropped
// from the address. Neo4j Browser rewrites that entry without the password once it runs (it
// retains credentials only when the server asks it to). Without a password, the Browser opens
// its login form with user neo4j filled in.
(function () {
  'use strict';
  const page = document.body.dataset;
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const password = fragment.get('password');
  if (page.auth !== 'true') {
    window.location.replace(page.form);
    return;
  }
  if (!password) {
    window.location.replace(page.form);
    return;
  }
  const id = '$$discovery';
  let saved = {};
  try { saved = JSON.parse(window.localStorage.getItem('neo4j.connections')) || {}; } catch (e) { saved = {}; }
  saved.allConnectionIds = [id];
  saved.connectionsById = {};
  saved.connectionsById[id] = {
    id: id, name: id, type: 'bolt', host: page.bolt, username: 'neo4j', password: password,
    authenticationMethod: 'NATIVE'
  };
  saved.activeConnection = null;
  window.localStorage.setItem('neo4j.connections', JSON.stringify(saved));
  window.location.replace(page.connected);
})();
