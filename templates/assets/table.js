// Advisory Compare: filters and sorting for the home table. Progressive: without this script the
// table is complete and readable; with it, the filter form appears and column headers sort.
(function () {
  "use strict";
  // how old the newest document is, on the day the page is read (the page itself states only the date)
  var fresh = document.querySelector("#freshness time");
  if (fresh) {
    var days = Math.floor((Date.now() - Date.parse(fresh.getAttribute("datetime"))) / 86400000);
    var age = document.querySelector("#freshness .age");
    if (days >= 0 && age) {
      age.textContent = days === 0 ? ", today" : ", " + days + (days === 1 ? " day" : " days") + " ago";
      age.hidden = false;
    }
  }
}());
(function () {
  "use strict";
  // the map's views: agreement (without this script too) or one government's level
  var views = document.getElementById("map-views");
  var map = document.getElementById("world-map");
  if (!views || !map) { return; }
  views.hidden = false;
  Array.prototype.forEach.call(views.querySelectorAll("button"), function (button) {
    button.addEventListener("click", function () {
      map.setAttribute("class", "world-map view-" + button.dataset.view);
      Array.prototype.forEach.call(views.querySelectorAll("button"), function (b) { b.setAttribute("aria-pressed", String(b === button)); });
    });
  });
}());
(function () {
  "use strict";
  var table = document.getElementById("countries");
  var form = document.getElementById("filters");
  if (!table || !form) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("count");
  form.hidden = false;

  function daysSince(day) {
    if (!day) { return Infinity; }
    var then = Date.parse(day + "T00:00:00Z");
    return (Date.now() - then) / 86400000;
  }

  function apply() {
    var agreement = form.agreement.value, highest = form.highest.value, level = form.level.value, region = form.region.value,
      changed = form.changed.value;
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var levels = (d.levels || "").split(" ");
      var since = (d.changes || "").split(" ").map(daysSince);
      var ok = (!agreement || d.agreement === agreement) && (!highest || d.highest === highest)
        && (!level || levels.indexOf(level) >= 0)
        && (!region || d.region === region)
        && (!changed || Math.min.apply(null, since.concat([Infinity])) <= Number(changed));
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + " of " + rows.length + " countries shown";
  }

  function sortBy(th, key) {
    // a first click sorts names A to Z and levels low to high, but agreement from the most severe disagreement down
    var ascending = th.hasAttribute("aria-sort") ? th.getAttribute("aria-sort") !== "ascending" : key.indexOf("rank-") !== 0;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x, y;
      // "level-us" sorts by data-level-us (dataset.levelUs) as a number; "changed-us" by data-changed-us as text
      var name = key.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); });
      if (key === "text") { x = a.cells[0].textContent.trim(); y = b.cells[0].textContent.trim(); }
      else if (key.indexOf("level-") === 0 || key.indexOf("rank-") === 0) { x = Number(a.dataset[name]); y = Number(b.dataset[name]); }
      else { x = a.dataset[name] || ""; y = b.dataset[name] || ""; }
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var key = th.dataset.sort;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    button.addEventListener("click", function () { sortBy(th, key); });
    th.textContent = "";
    th.appendChild(button);
  });
  form.addEventListener("change", apply);
  apply();
}());
