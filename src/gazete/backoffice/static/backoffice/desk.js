/* The desk: "tick all" ticks every comment of the queue's form (no inline handler: CSP). */
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains("tick-all") || !box.form) return;
    var boxes = box.form.querySelectorAll("input[name=ids]");
    for (var i = 0; i < boxes.length; i++) boxes[i].checked = box.checked;
  });
})();
