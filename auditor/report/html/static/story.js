// auditor story page: filters, finding details on hover/focus/click, keyboard navigation.
// Reads only what the page already holds; never builds markup from strings.
(function () {
  "use strict";
  var doc = document;
  var text = doc.getElementById("story-text");
  var pop = doc.getElementById("pop");
  var pos = doc.getElementById("pos");
  if (!text || !pop) { return; }
  var pieces = Array.prototype.slice.call(text.querySelectorAll("mark.hl"));
  var heads = pieces.filter(function (m) { return m.classList.contains("head"); });
  heads.sort(function (a, b) { return a.dataset.finding - b.dataset.finding; });
  var items = Array.prototype.slice.call(doc.querySelectorAll("#findings > li"));
  var off = { cat: {}, sev: {} };
  var selected = -1;
  var pinned = false;
  var anchor = null;

  function shown(el) { return !off.cat[el.dataset.cat] && !off.sev[el.dataset.sev]; }
  function head(i) { return doc.getElementById("h-" + i); }
  function visibleHeads() { return heads.filter(shown); }

  function counter() {
    var visible = visibleHeads();
    var at = visible.indexOf(head(selected));
    if (at >= 0) {
      pos.textContent = (at + 1) + " of " + visible.length;
    } else {
      pos.textContent = visible.length + (visible.length === 1 ? " finding" : " findings") +
        (visible.length < heads.length ? " shown" : "");
    }
  }

  function applyFilters() {
    pieces.forEach(function (m) {
      var hide = !shown(m);
      m.classList.toggle("off", hide);
      if (m.classList.contains("head")) { m.tabIndex = hide ? -1 : 0; }
    });
    items.forEach(function (li) { li.hidden = !shown(li); });
    if (selected >= 0 && !shown(head(selected))) { close(); }
    counter();
  }

  // Findings covering an element, innermost first.
  function covering(el) {
    var out = [];
    for (var n = el; n && n !== text; n = n.parentElement) {
      if (n.classList && n.classList.contains("hl") && !n.classList.contains("off")) {
        out.push(Number(n.dataset.finding));
      }
    }
    return out;
  }

  function fill(indices) {
    pop.replaceChildren();
    var shut = doc.createElement("button");
    shut.type = "button";
    shut.className = "shut";
    shut.setAttribute("aria-label", "Close the details");
    shut.textContent = "×";
    shut.addEventListener("click", function () { close(); });
    pop.appendChild(shut);
    indices.forEach(function (i) {
      var li = doc.getElementById("f-" + i);
      if (!li) { return; }
      var card = li.querySelector(".fd").cloneNode(true);
      card.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
      card.classList.add("c-" + li.dataset.cat);
      pop.appendChild(card);
    });
  }

  function place() {
    if (pop.hidden || !anchor) { return; }
    var narrow = window.innerWidth < 640;
    pop.classList.toggle("sheet", narrow);
    if (narrow) { return; }
    var rects = anchor.getClientRects();
    var r = rects.length ? rects[0] : anchor.getBoundingClientRect();
    var w = pop.offsetWidth;
    var h = pop.offsetHeight;
    var left = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
    var top = r.bottom + 8;
    if (top + h > window.innerHeight - 8 && r.top - h - 8 > 0) { top = r.top - h - 8; }
    pop.style.left = (left + window.scrollX) + "px";
    pop.style.top = (top + window.scrollY) + "px";
  }

  function show(el, indices, pin) {
    if (!indices.length) { return; }
    fill(indices);
    anchor = el;
    pinned = pin;
    pop.hidden = false;
    pop.classList.toggle("pinned", pin);
    place();
  }

  function clearSelection() {
    doc.querySelectorAll(".sel").forEach(function (e) { e.classList.remove("sel"); });
  }

  function close() {
    pop.hidden = true;
    pinned = false;
    anchor = null;
    selected = -1;
    clearSelection();
    counter();
  }

  function select(i, opts) {
    var h = head(i);
    if (!h || !shown(h)) { return; }
    clearSelection();
    selected = i;
    text.querySelectorAll('mark.hl[data-finding="' + i + '"]').forEach(function (m) {
      m.classList.add("sel");
    });
    var li = doc.getElementById("f-" + i);
    if (li) { li.classList.add("sel"); }
    if (opts.scroll) { h.scrollIntoView({ block: "center" }); }
    if (opts.focus && doc.activeElement !== h) { h.focus({ preventScroll: true }); }
    var all = covering(h).filter(function (j) { return j !== i; });
    show(h, [i].concat(all), true);
    counter();
  }

  function move(step) {
    var visible = visibleHeads();
    if (!visible.length) { return; }
    var at = visible.indexOf(head(selected));
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1)
      : (at + step + visible.length) % visible.length;
    select(Number(visible[next].dataset.finding), { scroll: true, focus: true });
  }

  doc.querySelectorAll("input[data-filter]").forEach(function (input) {
    input.addEventListener("change", function () {
      off[input.dataset.filter][input.value] = !input.checked;
      applyFilters();
    });
  });

  text.addEventListener("mouseover", function (e) {
    if (pinned) { return; }
    var m = e.target.closest ? e.target.closest("mark.hl") : null;
    if (!m || m.classList.contains("off")) { return; }
    show(m, covering(m), false);
  });
  text.addEventListener("mouseout", function (e) {
    if (pinned) { return; }
    var to = e.relatedTarget;
    if (to && to.closest && to.closest("mark.hl")) { return; }
    pop.hidden = true;
    anchor = null;
  });
  text.addEventListener("focusin", function (e) {
    var m = e.target.closest ? e.target.closest("mark.head") : null;
    if (m && Number(m.dataset.finding) !== selected) { select(Number(m.dataset.finding), {}); }
  });
  text.addEventListener("click", function (e) {
    var m = e.target.closest ? e.target.closest("mark.hl") : null;
    if (!m || m.classList.contains("off")) { return; }
    var idx = covering(m);
    if (idx.length) { select(idx[0], { focus: true }); }
  });
  doc.addEventListener("click", function (e) {
    var t = e.target;
    var go = t.closest ? t.closest("[data-goto]") : null;
    if (go) {
      e.preventDefault();
      select(Number(go.dataset.goto), { scroll: true, focus: true });
      return;
    }
    var sentence = t.closest ? t.closest("[data-sentence]") : null;
    if (sentence) {
      var row = doc.getElementById("s-" + sentence.dataset.sentence);
      if (row) {
        e.preventDefault();
        row.scrollIntoView({ block: "center" });
        row.classList.remove("flash");
        void row.offsetWidth;
        row.classList.add("flash");
      }
      return;
    }
    var bt = t.closest ? t.closest("[data-bt]") : null;
    if (bt) {
      var box = doc.getElementById("bt-" + bt.dataset.bt);
      if (box) { box.hidden = !box.hidden; }
      return;
    }
    if (!pop.contains(t) && !(t.closest && t.closest("mark.hl"))) {
      if (!pop.hidden) { close(); }
    }
  });
  doc.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && t.matches && t.matches("input[type=text], textarea, select")) { return; }
    if (e.key === "n" || e.key === "j") { e.preventDefault(); move(1); }
    else if (e.key === "p" || e.key === "k") { e.preventDefault(); move(-1); }
    else if (e.key === "Escape") { close(); }
    else if ((e.key === "Enter" || e.key === " ") && t && t.matches && t.matches("mark.head")) {
      e.preventDefault();
      select(Number(t.dataset.finding), {});
    }
  });
  doc.getElementById("next").addEventListener("click", function () { move(1); });
  doc.getElementById("prev").addEventListener("click", function () { move(-1); });
  window.addEventListener("resize", place);
  applyFilters();
}());
