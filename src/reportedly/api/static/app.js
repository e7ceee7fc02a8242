// Link highlighted statements in the article text with their cards in the side panel.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;
  function ids(el) { return (el.getAttribute("data-s") || "").split(" ").filter(Boolean); }
  function light(list, on) {
    list.forEach(function (id) {
      document.querySelectorAll('[data-s~="' + CSS.escape(id) + '"]').forEach(function (el) {
        el.classList.toggle("hot", on);
      });
    });
  }
  var current = [];
  function hover(ev) {
    var el = ev.target.closest("[data-s]");
    var next = el ? ids(el) : [];
    if (next.join() === current.join()) return;
    light(current, false);
    current = next;
    light(current, true);
  }
  document.addEventListener("mouseover", hover);
  text.addEventListener("click", function (ev) {
    var el = ev.target.closest("mark[data-s]");
    if (!el) return;
    var card = document.getElementById("card-" + ids(el)[0]);
    if (!card) return;
    document.querySelectorAll(".card.active").forEach(function (c) { c.classList.remove("active"); });
    card.classList.add("active");
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
  });
})();
