// Advisory Compare: the search page's box. Progressive: without this script the page is an A-Z list of every
// name with its country; with it, typing narrows the list (case and accents ignored) and Enter opens the first.
(function () {
  "use strict";
  var box = document.getElementById("search-box");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-names");
  var count = document.getElementById("search-count");
  if (!box || !input || !list) { return; }
  var items = Array.prototype.slice.call(list.children);
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }
  var names = items.map(function (li) { return fold(li.textContent); });
  function shown() { return items.filter(function (li) { return !li.hidden; }); }
  function apply() {
    var query = fold(input.value);
    items.forEach(function (li, i) { li.hidden = query !== "" && names[i].indexOf(query) < 0; });
    count.textContent = query === "" ? "" : shown().length + (shown().length === 1 ? " name" : " names");
  }
  box.hidden = false;
  input.addEventListener("input", apply);
  input.addEventListener("keydown", function (event) {
    var first = shown()[0];
    if (event.key === "Enter" && first) { window.location.href = first.querySelector("a").href; }
  });
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { input.value = asked; }
  apply();
}());
