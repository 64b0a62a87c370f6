// cytokg web UI: YASGUI on /sparql, saved queries as example tabs (config comes from the page).
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("cytokg-config").textContent);
  // Read the deep link before YASGUI starts: it rewrites the URL with its own tab state.
  var runMatch = /^#run=([a-z0-9_-]+)$/.exec(window.location.hash);
  document.getElementById("endpoint").textContent = config.endpoint;
  Yasgui.Yasr.defaults.prefixes = config.prefixes;
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    yasqe: { value: config.starter },
    yasr: { prefixes: config.prefixes }
  });
  window.cytokgYasgui = yasgui;

  function openExample(example) {
    var tab = yasgui.addTab(true, {
      name: example.name,
      yasqe: { value: example.query },
      requestConfig: { endpoint: config.endpoint, method: "POST" }
    });
    tab.show();
    tab.setQuery(example.query);
    return tab.query();
  }
  window.cytokgOpenExample = function (name) {
    var found = config.examples.filter(function (e) { return e.name === name; })[0];
    return found ? openExample(found) : Promise.reject(new Error("no saved query " + name));
  };

  var list = document.querySelector("#examples ul");
  config.examples.forEach(function (example) {
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "example";
    button.dataset.query = example.name;
    button.textContent = example.name;
    button.title = example.summary;
    button.addEventListener("click", function () { openExample(example); });
    var api = document.createElement("a");
    api.href = example.api;
    api.textContent = "API";
    api.className = "api-link";
    item.appendChild(button);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(api);
    list.appendChild(item);
  });

  // A link such as /#run=drug-doses opens that saved query in a tab and runs it.
  if (runMatch) {
    window.cytokgOpenExample(runMatch[1]).catch(function (err) { console.error(String(err)); });
  }
})();
