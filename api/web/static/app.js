// Small keyboard helpers; every page works without this script.
(function () {
  "use strict";
  function typing(e) {
    var t = e.target; var tag = t && t.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable);
  }
  document.addEventListener("DOMContentLoaded", function () {
    // Put focus on the error summary or the decision outcome so screen readers announce it.
    var focusFirst = document.getElementById("error-summary") || document.getElementById("outcome");
    if (focusFirst) { focusFirst.focus(); }
    // Queue: j / k move between cases, Enter opens (native link behaviour).
    var links = Array.prototype.slice.call(document.querySelectorAll("#queue .case-link"));
    if (!links.length) { return; }
    document.addEventListener("keydown", function (e) {
      if (typing(e) || e.altKey || e.ctrlKey || e.metaKey) { return; }
      if (e.key !== "j" && e.key !== "k") { return; }
      var i = links.indexOf(document.activeElement);
      i = e.key === "j" ? Math.min(links.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
      links[i].focus();
      links.forEach(function (a) { a.closest("tr").classList.remove("current"); });
      links[i].closest("tr").classList.add("current");
      e.preventDefault();
    });
  });
})();
