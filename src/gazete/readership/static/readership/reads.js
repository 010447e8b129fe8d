/* gazete read beacon: counts one read of the article and shows the live count.
 *
 * The page may come from a full-page cache, so the count rendered into it can be old: the beacon
 * (POST to data-read-beacon) answers with the current count, which replaces the number shown.
 * A prerendered page waits until it is shown; a page opened in a background tab waits until the
 * reader first looks at it. No cookies are read here: the server sets its own HttpOnly cookie.
 */
(function () {
  "use strict";

  /* The words around the number in the plural form the new count needs (data-read-forms holds them
   * by CLDR category, as the server's ngettext renders them: "1 time", "2 times"). */
  function showWords(counter, target, count) {
    if (!window.Intl || !Intl.PluralRules) return;
    var forms;
    try {
      forms = JSON.parse(counter.getAttribute("data-read-forms") || "null");
    } catch (e) {
      return;
    }
    if (!forms) return;
    var form = forms[new Intl.PluralRules(counter.lang || undefined).select(count)] || forms.other;
    if (!form || form.length !== 2) return;
    counter.textContent = "";
    counter.appendChild(document.createTextNode(form[0]));
    counter.appendChild(target);
    counter.appendChild(document.createTextNode(form[1]));
  }

  function showCount(counter, data) {
    if (!data || typeof data.read_count !== "number") return;
    var target = counter.querySelector("[data-read-count]");
    if (!target) return;
    target.textContent = String(data.read_count);
    showWords(counter, target, data.read_count);
  }

  /* 503 means the server could not store the read anywhere just now (docs/operations.md): send it
   * again after Retry-After seconds, a few times, waiting longer each time. */
  var MAX_TRIES = 5;

  function post(counter, url, tries) {
    window.fetch(url, {
      method: "POST",
      keepalive: true,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (response.status === 503 && tries + 1 < MAX_TRIES) {
        var wait = parseInt(response.headers.get("Retry-After") || "", 10);
        wait = (isNaN(wait) ? 5 : Math.min(Math.max(wait, 1), 60)) * Math.pow(2, tries);
        counter.setAttribute("data-read-retries", String(tries + 1));
        window.setTimeout(function () { post(counter, url, tries + 1); }, wait * 1000);
        return null;
      }
      return response.ok ? response.json() : null;
    }).then(function (data) {
      showCount(counter, data);
    }).catch(function () { /* counting is best effort; the page works without it */ });
  }

  function send(counter) {
    var url = counter.getAttribute("data-read-beacon");
    if (!url || counter.getAttribute("data-read-sent")) return;
    counter.setAttribute("data-read-sent", "1");
    if (window.fetch) {
      post(counter, url, 0);
    } else if (navigator.sendBeacon) {
      navigator.sendBeacon(url);
    }
  }

  function whenSeen(callback) {
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", function () { whenSeen(callback); }, { once: true });
      return;
    }
    if (document.visibilityState === "hidden") {
      var onVisible = function () {
        if (document.visibilityState === "visible") {
          document.removeEventListener("visibilitychange", onVisible);
          callback();
        }
      };
      document.addEventListener("visibilitychange", onVisible);
      return;
    }
    callback();
  }

  function start() {
    var counters = document.querySelectorAll("[data-read-beacon]");
    if (!counters.length) return;
    whenSeen(function () {
      for (var i = 0; i < counters.length; i++) send(counters[i]);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
