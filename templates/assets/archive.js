// Advisory Compare: an archive page's texts. Each archived version's text, and what changed from the version
// before, is rebuilt from the page's one compressed file (texts.json.gz: the first text whole, later ones as the
// lines they changed). Without this script the page lists every version's facts and links the file; with it,
// each entry gets its buttons.
(function () {
  "use strict";
  var actions = document.querySelectorAll(".archive-actions");
  var archive = document.querySelector("[data-texts]");
  if (!actions.length || !archive || typeof DecompressionStream === "undefined") { return; }
  var loaded = {};

  function load(url) {
    if (!loaded[url]) {
      loaded[url] = fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(url + ": " + r.status); }
        return r.arrayBuffer();
      }).then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b; // a server may already have decoded it
        var stream = new Blob([bytes]).stream();
        return new Response(gzipped ? stream.pipeThrough(new DecompressionStream("gzip")) : stream).json();
      }).then(rebuild);
    }
    return loaded[url];
  }

  // every version's lines, and the edits that made it from its base
  function rebuild(file) {
    var texts = {};
    file.versions.forEach(function (v) {
      var lines = v.lines ? v.lines.slice() : texts[v.base].lines.slice();
      var edits = v.edits || [];
      for (var i = edits.length - 1; i >= 0; i--) {
        var e = edits[i];
        Array.prototype.splice.apply(lines, [e[0], e[1]].concat(e[2]));
      }
      texts[v.id] = { lines: lines, base: v.base ? texts[v.base].lines : null, edits: v.edits || null };
    });
    return texts;
  }

  function changes(text) {
    if (!text.edits || !text.edits.length) { return "<p>No visible text change.</p>"; }
    return text.edits.map(function (e) {
      var removed = text.base.slice(e[0], e[0] + e[1]).join("\n");
      var added = e[2].join("\n");
      return "<div class=\"archived-change\">" + (removed ? "<del>" + removed + "</del>" : "")
        + (added ? "<ins>" + added + "</ins>" : "") + "</div>";
    }).join("\n");
  }

  // the element after an entry's buttons that shows its text, made on first use
  function output(p) {
    var out = p.nextElementSibling;
    if (!out || !out.classList.contains("archived-text")) {
      out = document.createElement("div");
      out.className = "advice archived-text";
      out.setAttribute("aria-live", "polite");
      p.parentNode.insertBefore(out, p.nextSibling);
    }
    return out;
  }

  function show(p, what) {
    var out = output(p);
    out.textContent = "Loading…";
    load(archive.getAttribute("data-texts")).then(function (texts) {
      var text = texts[p.parentNode.id.slice(2)];
      out.innerHTML = what === "changes" ? changes(text) : text.lines.join("\n");
    }).catch(function (error) {
      out.textContent = "The text could not be loaded (" + error.message + "); the file linked above holds it.";
    });
  }

  // each entry's buttons: its text, and (where it has a version before, and so an id "c-<id>") its changes
  function button(p, what, label) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", function () { show(p, what); });
    p.appendChild(b);
    p.appendChild(document.createTextNode(" "));
  }

  actions.forEach(function (p) {
    button(p, "text", "Show the full text");
    if (p.id) { button(p, "changes", "Show what changed from the version before"); }
  });
  // arriving from an archived version's address (#v-<id>) shows its text; from its diff's (#c-<id>), its changes
  var hash = decodeURIComponent(location.hash.slice(1));
  var target = hash && document.getElementById(hash);
  if (target) {
    var p = hash.charAt(0) === "c" ? target : target.querySelector(".archive-actions");
    if (p) { show(p, hash.charAt(0) === "c" ? "changes" : "text"); }
  }
})();
