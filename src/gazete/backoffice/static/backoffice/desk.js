/* The desk: "tick all" ticks every comment of the queue's form; a click on a photo sets its focal
   point in the focal point form (no inline handler or style: CSP; without script the form's number
   fields do the same). */
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains("tick-all") || !box.form) return;
    var boxes = box.form.querySelectorAll("input[name=ids]");
    for (var i = 0; i < boxes.length; i++) boxes[i].checked = box.checked;
  });

  function focalFields(image) {
    var form = document.getElementById(image.getAttribute("data-focal-form"));
    if (!form) return null;
    return { x: form.querySelector("input[name=focal_x]"), y: form.querySelector("input[name=focal_y]") };
  }

  function showMark(image, x, y) {
    var mark = image.parentNode.querySelector(".focal-mark");
    if (!mark || isNaN(x) || isNaN(y)) return;
    mark.style.left = (x * 100) + "%";
    mark.style.top = (y * 100) + "%";
    mark.hidden = false;
  }

  function clamp(value) { return Math.min(1, Math.max(0, Math.round(value * 100) / 100)); }

  document.addEventListener("click", function (event) {
    var image = event.target;
    if (!image.classList || !image.classList.contains("focal-image")) return;
    var fields = focalFields(image);
    if (!fields || !fields.x || !fields.y) return;
    var box = image.getBoundingClientRect();
    var x = clamp((event.clientX - box.left) / box.width), y = clamp((event.clientY - box.top) / box.height);
    fields.x.value = x.toFixed(2);
    fields.y.value = y.toFixed(2);
    showMark(image, x, y);
  });

  document.addEventListener("input", function (event) {
    var form = event.target.form;
    if (!form || !form.id) return;
    var image = document.querySelector(".focal-image[data-focal-form='" + form.id + "']");
    var fields = image && focalFields(image);
    if (fields) showMark(image, parseFloat(fields.x.value), parseFloat(fields.y.value));
  });

  function init() {
    var images = document.querySelectorAll(".focal-image");
    for (var i = 0; i < images.length; i++) {
      var fields = focalFields(images[i]);
      if (fields && fields.x && fields.y) showMark(images[i], parseFloat(fields.x.value), parseFloat(fields.y.value));
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
