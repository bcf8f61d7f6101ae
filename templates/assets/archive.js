// Advisory Compare: an archive page's texts. Each archived version's text, and what changed from the version
// before, is rebuilt from the page's one compressed file (texts.json.gz: the first text whole, later ones as the
// lines they changed). Without this script the page lists every version's facts and links the file.
(function () {
  "use strict";
  var actions = document.querySelectorAll(".archive-actions");
  if (!actions.length || typeof DecompressionStream === "undefined") { return; }
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

  function show(p, what) {
    var out = p.nextElementSibling;
    out.textContent = "Loading…";
    load(p.getAttribute("data-texts")).then(function (texts) {
      var text = texts[p.getAttribute("data-version")];
      out.innerHTML = what === "changes" ? changes(text) : text.lines.join("\n");
    }).catch(function (error) {
      out.textContent = "The text could not be loaded (" + error.message + "); the file linked above holds it.";
    });
  }

  actions.forEach(function (p) {
    p.querySelectorAll("button").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { show(p, b.getAttribute("data-show")); });
    });
  });
  // arriving from an archived version's address (#v-<id>) shows its text; from its diff's (#c-<id>), its changes
  var hash = decodeURIComponent(location.hash.slice(1));
  var target = hash && document.getElementById(hash);
  if (target) {
    var p = hash.charAt(0) === "c" ? target : target.querySelector(".archive-actions");
    if (p) { show(p, hash.charAt(0) === "c" ? "changes" : "text"); }
  }
})();
