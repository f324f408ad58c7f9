// Small enhancements; every page works without them.
(function () {
  "use strict";
  // Print buttons stay hidden without JavaScript (the browser's own Print still works).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // After answers are sent, take keyboard and screen-reader users straight to the result.
  var result = document.getElementById("result-heading");
  if (result) { result.focus(); }
})();
