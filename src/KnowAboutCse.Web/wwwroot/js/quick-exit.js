// Quick exit, following GOV.UK's "Exit this page" and going further.
// Loaded synchronously in <head> so a page reached with Back after an exit is
// hidden before it paints. Works only as an enhancement: without JavaScript the
// exit button is a plain link to a neutral site.
(function () {
  "use strict";

  var FLAG = "kac-exit"; // sessionStorage: this tab only, never sent to the server, gone when the tab closes
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  var root = document.documentElement;

  // Hide everything at once, then replace this page in the tab's history so Back skips it.
  function leave(url) {
    root.classList.add("is-exiting");
    try { sessionStorage.setItem(FLAG, url); } catch (e) { /* storage off: the exit still works */ }
    window.location.replace(url);
  }

  function cameBackAfterExit(persisted) {
    var url;
    try { url = sessionStorage.getItem(FLAG); } catch (e) { return false; }
    if (!url) { return false; }
    var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    if (persisted || (nav && nav.type === "back_forward")) {
      leave(url);
      return true;
    }
    // Reached by a link or a typed address: the visitor chose to come back.
    sessionStorage.removeItem(FLAG);
    return false;
  }

  if (cameBackAfterExit(false)) { return; }

  // Restored from the back/forward cache: blank it rather than show it.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { cameBackAfterExit(true); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".quick-exit__button");
    var status = document.querySelector(".quick-exit__status");
    if (!button) { return; }

    button.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
      event.preventDefault();
      leave(button.href);
    });

    // Shift pressed three times within five seconds. A Shift used with another
    // key (typing a capital) does not count, and left and right Shift count alike.
    var count = 0;
    var timer = null;
    var shiftDown = false;
    var usedWithOtherKey = false;

    function reset() {
      count = 0;
      clearTimeout(timer);
      timer = null;
      if (status) { status.textContent = ""; }
    }

    document.addEventListener("keydown", function (event) {
      if (event.key === "Shift") {
        if (!event.repeat) { shiftDown = true; usedWithOtherKey = false; }
      } else if (shiftDown) {
        usedWithOtherKey = true;
      } else {
        reset();
      }
    });

    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") { return; }
      shiftDown = false;
      if (usedWithOtherKey) { reset(); return; }
      count += 1;
      if (count >= PRESSES) {
        if (status) { status.textContent = status.getAttribute("data-leaving"); }
        leave(button.href);
        return;
      }
      if (!timer) { timer = setTimeout(reset, WINDOW_MS); }
      // The words are the page's own (data-count, from its language's strings file).
      if (status) { status.textContent = status.getAttribute("data-count").replace("{count}", String(count)); }
    });
  });
})();
