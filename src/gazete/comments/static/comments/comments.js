/* gazete comments: typing-time pre-check, immediate verdicts, replies and reports.
   Reader text is only ever inserted with textContent: nothing a reader writes becomes markup. */
(function () {
  "use strict";
  var section = document.getElementById("comments");
  if (!section) { return; }
  var storyId = section.dataset.story;
  var lang = section.dataset.lang || "tr";
  var api = section.dataset.api || "/api";
  var form = section.querySelector(".comment-form");
  var DEBOUNCE_MS = 500;

  /* The story page is cached and carries no CSRF token: fetch this reader's token (which also sets
     the csrftoken cookie) once, and fill the forms' hidden inputs so a plain submit carries it too. */
  var tokenPromise = null;

  function csrfToken() {
    if (!tokenPromise) {
      tokenPromise = fetch("/yorum/token/", { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { token: "" }; })
        .then(function (data) {
          var token = (data && data.token) || "";
          document.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach(function (input) {
            if (!input.value) { input.value = token; }
          });
          return token;
        })
        .catch(function () { tokenPromise = null; return ""; });
    }
    return tokenPromise;
  }

  function postJSON(url, body) {
    return csrfToken().then(function (token) {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token },
        body: JSON.stringify(body)
      });
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    });
  }

  /* Ask for the token when the reader starts on a form, not on every page view. */
  section.addEventListener("focusin", function () { csrfToken(); }, { once: true });

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /* Text with the reasons' spans marked; offsets are Unicode code points, as the engine counts. */
  function markedText(target, text, reasons) {
    clear(target);
    var chars = Array.from(text);
    var marks = [];
    reasons.forEach(function (reason) {
      (reason.spans || []).forEach(function (span) {
        if (span.start >= 0 && span.end <= chars.length && span.start < span.end) {
          marks.push({ start: span.start, end: span.end, code: reason.code });
        }
      });
    });
    marks.sort(function (a, b) { return a.start - b.start; });
    var position = 0;
    marks.forEach(function (mark) {
      if (mark.start < position) { return; }
      target.appendChild(document.createTextNode(chars.slice(position, mark.start).join("")));
      var element = document.createElement("mark");
      element.dataset.code = mark.code;
      element.textContent = chars.slice(mark.start, mark.end).join("");
      target.appendChild(element);
      position = mark.end;
    });
    target.appendChild(document.createTextNode(chars.slice(position).join("")));
  }

  function textWithBreaks(target, text) {
    text.split("\n").forEach(function (line, index) {
      if (index) { target.appendChild(document.createElement("br")); }
      target.appendChild(document.createTextNode(line));
    });
  }

  if (form) {
    var textarea = form.querySelector("textarea[name=text]");
    var panel = form.querySelector(".precheck");
    var title = panel.querySelector(".precheck-title");
    var list = panel.querySelector(".precheck-reasons");
    var preview = panel.querySelector(".precheck-preview");
    var suggestionBox = panel.querySelector(".suggestion");
    var suggestionText = panel.querySelector(".suggestion-text");
    var status = form.querySelector(".form-status");
    var chars = form.querySelector(".chars");
    var parentInput = form.querySelector("input[name=parent]");
    var replying = form.querySelector(".replying");
    var timer = null;
    var sequence = 0;
    var suggestion = null;

    function showVerdict(text, data) {
      var reasons = data.reasons || [];
      panel.hidden = false;
      clear(list);
      reasons.forEach(function (reason) {
        var item = document.createElement("li");
        item.dataset.code = reason.code;
        item.className = "severity-" + (reason.severity || "reject");
        item.textContent = reason.message;
        list.appendChild(item);
      });
      title.textContent = reasons.length ? panel.dataset.title : panel.dataset.fine;
      if (reasons.some(function (r) { return (r.spans || []).length; })) {
        markedText(preview, text, reasons);
        preview.hidden = false;
      } else {
        clear(preview);
        preview.hidden = true;
      }
      suggestion = data.suggestion && data.suggestion !== text ? data.suggestion : null;
      suggestionBox.hidden = !suggestion;
      suggestionText.textContent = suggestion || "";
    }

    function precheck() {
      var text = textarea.value;
      if (!text.trim()) { panel.hidden = true; return; }
      var mine = ++sequence;
      postJSON(api + "/moderate", { text: text, story_id: Number(storyId), lang: lang }, form)
        .then(function (answer) {
          if (mine !== sequence || answer.status !== 200 || textarea.value !== text) { return; }
          showVerdict(text, answer.data);
        })
        .catch(function () { /* the check is a help, not a gate: the server decides on submit */ });
    }

    function countChars() { chars.textContent = String(Array.from(textarea.value).length); }

    textarea.addEventListener("input", function () {
      countChars();
      clearTimeout(timer);
      timer = setTimeout(precheck, DEBOUNCE_MS);
    });
    countChars();

    panel.querySelector(".accept-suggestion").addEventListener("click", function () {
      if (!suggestion) { return; }
      textarea.value = suggestion;
      countChars();
      textarea.focus();
      precheck();
    });

    function startReply(id, name) {
      parentInput.value = id;
      replying.hidden = false;
      replying.querySelector(".replying-name").textContent = name;
      textarea.focus();
    }

    function stopReply() {
      parentInput.value = "";
      replying.hidden = true;
    }
    form.querySelector(".cancel-reply").addEventListener("click", stopReply);

    section.addEventListener("click", function (event) {
      var button = event.target.closest(".reply-button");
      if (button) { startReply(button.dataset.id, button.dataset.name); }
    });

    /* The count in the heading, one more for a comment that is now shown. */
    function countOneMore() {
      var counter = section.querySelector(".comment-count");
      if (!counter) { return; }
      var count = (Number(counter.dataset.count) || 0) + 1;
      counter.dataset.count = String(count);
      counter.textContent = "(" + count + ")";
    }

    /* The Report button as the server renders it, from the block's <template>, aimed at comment ``id``. */
    function reportBlock(id) {
      var template = section.querySelector("template.report-template");
      if (!template) { return null; }
      var block = template.content.firstElementChild.cloneNode(true);
      var reportForm = block.querySelector(".report-form");
      reportForm.setAttribute("action", reportForm.getAttribute("action").replace(/\/0\/$/, "/" + id + "/"));
      return block;
    }

    /* A just-approved comment, built as the server renders one: name, time, text, Reply and Report. */
    function appendComment(data, name, text, parentId) {
      var id = data.id;
      var item = document.createElement("li");
      item.className = "comment" + (parentId ? " reply" : "") + " just-posted";
      item.id = "comment-" + id;
      item.dataset.id = id;
      var article = document.createElement("article");
      article.className = "comment-body";
      var header = document.createElement("header");
      var strong = document.createElement("strong");
      strong.className = "comment-name";
      strong.textContent = name;
      header.appendChild(strong);
      if (data.created_at) {
        var time = document.createElement("time");
        time.setAttribute("datetime", data.created_at);
        time.textContent = data.created_label || data.created_at;
        header.appendChild(document.createTextNode(" "));
        header.appendChild(time);
      }
      var body = document.createElement("div");
      body.className = "comment-text";
      var paragraph = document.createElement("p");
      textWithBreaks(paragraph, text);
      body.appendChild(paragraph);
      var actions = document.createElement("footer");
      actions.className = "comment-actions";
      if (!parentId) {
        var reply = document.createElement("button");
        reply.type = "button";
        reply.className = "reply-button";
        reply.dataset.id = id;
        reply.dataset.name = name;
        reply.textContent = panel.dataset.reply;
        actions.appendChild(reply);
      }
      var report = reportBlock(id);
      if (report) { actions.appendChild(report); }
      article.appendChild(header);
      article.appendChild(body);
      article.appendChild(actions);
      item.appendChild(article);
      if (!parentId) {
        var replies = document.createElement("ol");
        replies.className = "replies";
        item.appendChild(replies);
      }
      var empty = section.querySelector(".no-comments");
      if (empty) { empty.remove(); }
      var parent = parentId ? section.querySelector("#comment-" + CSS.escape(String(parentId)) + " > .replies") : null;
      (parent || section.querySelector(".comment-list")).appendChild(item);
      countOneMore();
      return item;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var payload = {
        name: form.elements.name.value,
        email: form.elements.email.value,
        text: textarea.value,
        website: form.elements.website.value,
        parent: parentInput.value ? Number(parentInput.value) : null,
        lang: lang
      };
      var button = form.querySelector(".send");
      button.disabled = true;
      status.className = "form-status";
      status.textContent = panel.dataset.sending;
      postJSON(api + "/stories/" + storyId + "/comments", payload, form)
        .then(function (answer) {
          var data = answer.data;
          status.textContent = data.message || "";
          status.className = "form-status result-" + data.status;
          if (data.status === "approved") {
            var item = appendComment(data, payload.name, payload.text, payload.parent);
            item.scrollIntoView({ block: "nearest" });
            textarea.value = "";
            panel.hidden = true;
            stopReply();
          } else if (data.status === "held") {
            textarea.value = "";
            panel.hidden = true;
            stopReply();
          } else if (data.status === "rejected") {
            showVerdict(payload.text, data);
          }
          countChars();
        })
        .catch(function () { status.textContent = panel.dataset.networkError; })
        .then(function () { button.disabled = false; });
    });
  }

  section.addEventListener("submit", function (event) {
    var reportForm = event.target.closest(".report-form");
    if (!reportForm) { return; }
    event.preventDefault();
    var id = reportForm.closest(".comment").dataset.id;
    var out = reportForm.querySelector(".report-status");
    postJSON(api + "/comments/" + id + "/report",
      { reason: reportForm.elements.reason.value, note: reportForm.elements.note.value, lang: lang }, reportForm)
      .then(function (answer) { out.textContent = answer.data.message || ""; })
      .catch(function () { out.textContent = form ? form.querySelector(".precheck").dataset.networkError : ""; });
  });
})();
