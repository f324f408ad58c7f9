// Small enhancements; every page works without them.
(function () {
  "use strict";
  // Print buttons stay hidden without JavaScript (the browser's own Print still works).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // Copy buttons for newsletter text: the text itself is always selectable, so without JavaScript nothing is lost.
  if (navigator.clipboard) {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var status = document.getElementById(button.getAttribute("data-copy") + "-status");
      if (!source || !status) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        status.textContent = "";
        navigator.clipboard.writeText(source.innerText.trim()).then(function () {
          status.textContent = "Copied";
        }, function () {
          status.textContent = "Could not copy. Select the text and copy it instead.";
        });
      });
    });
  }
  // After answers are sent, take keyboard and screen-reader users straight to the result.
  var result = document.getElementById("result-heading");
  if (result) { result.focus(); }
})();
