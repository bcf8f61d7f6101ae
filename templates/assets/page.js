// Advisory Compare: a printed country page shows every folded section, and a link to a topic opens it.
(function () {
  "use strict";
  var folds = document.querySelectorAll("details.fold");
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(folds, function (d) { d.setAttribute("data-was-open", d.open); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    Array.prototype.forEach.call(folds, function (d) { d.open = d.getAttribute("data-was-open") === "true"; });
  });
  function openTarget() {
    var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target) { Array.prototype.forEach.call(target.querySelectorAll("details.fold"), function (d) { d.open = true; }); }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
}());
