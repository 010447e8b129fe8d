/* gazete share button: the device's own share sheet (Web Share API) where there is one, else the
   story's address copied to the clipboard, else shown selected for the reader to copy. No
   third-party script, nothing sent anywhere by the page itself. */
(function () {
  "use strict";
  var box = document.querySelector(".share");
  if (!box) { return; }
  var button = box.querySelector(".share-button");
  var link = box.querySelector(".share-link");
  var status = box.querySelector(".share-status");
  var url = button.dataset.url;

  function showLink() {
    link.hidden = false;
    link.focus();
    link.select();
    status.textContent = button.dataset.copyYourself;
  }

  function copy() {
    if (!navigator.clipboard || !window.isSecureContext) { showLink(); return; }
    navigator.clipboard.writeText(url)
      .then(function () { status.textContent = button.dataset.copied; })
      .catch(showLink);
  }

  button.addEventListener("click", function () {
    status.textContent = "";
    if (typeof navigator.share === "function") {
      navigator.share({ title: button.dataset.title, url: url }).catch(function (error) {
        if (!error || error.name !== "AbortError") { copy(); }  // the reader closing the sheet is no failure
      });
      return;
    }
    copy();
  });
  box.hidden = false;
})();
