/* The part of jQuery, Bootstrap and bootstrap-table that GX Data Docs pages call,
   so that they work opened from disk with no network (report/offline_docs.py
   removes the CDN <script> tags these stood in for). Tables of results and
   suites are drawn as plain sortable-free HTML tables; show/hide toggles work. */
(function () {
  "use strict";
  function Wrapped(nodes) { this.nodes = nodes; }
  function each(w, fn) { w.nodes.forEach(fn); return w; }
  Wrapped.prototype = {
    on: function (event, handler) {
      var name = String(event).split(".")[0];
      if (name === "click-row") {  // bootstrap-table's row click: follow the row's link
        return each(this, function (n) { n.addEventListener("click", function (e) {
          var tr = e.target.closest("tr[data-href]"); if (tr) { window.location = tr.dataset.href; }
        }); });
      }
      return each(this, function (n) { n.addEventListener(name, handler); });
    },
    addClass: function (c) { return each(this, function (n) { n.classList.add(c); }); },
    removeClass: function (c) { return each(this, function (n) { n.classList.remove(c); }); },
    parent: function () { return new Wrapped(this.nodes.map(function (n) { return n.parentNode; }).filter(Boolean)); },
    fadeIn: function () { return each(this, function (n) { n.style.display = ""; }); },
    fadeOut: function () { return each(this, function (n) { n.style.display = "none"; }); },
    show: function () { return this.fadeIn(); },
    hide: function () { return this.fadeOut(); },
    modal: function () { return this; },  // the GX walkthrough pop-up: left closed
    ready: function (fn) { return $(fn); },
    bootstrapTable: function (options) {
      var opts = options || {};
      return each(this, function (table) { draw(table, opts.columns || [], opts.data || []); });
    }
  };
  function draw(table, columns, rows) {
    var head = "<thead><tr>" + columns.map(function (c) { return "<th>" + (c.title || "") + "</th>"; }).join("") + "</tr></thead>";
    var body = rows.map(function (row) {
      var link = row._table_row_link_path ? ' data-href="' + row._table_row_link_path + '" class="clickable-row"' : "";
      return "<tr" + link + ">" + columns.map(function (c) {
        var v = row[c.field]; return "<td>" + (v === undefined || v === null ? "" : v) + "</td>";
      }).join("") + "</tr>";
    }).join("");
    table.innerHTML = head + "<tbody>" + body + "</tbody>";
  }
  function $(arg) {
    if (typeof arg === "function") {
      if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", arg); } else { arg(); }
      return new Wrapped([]);
    }
    if (arg === document || arg === window || (arg && arg.nodeType)) { return new Wrapped([arg]); }
    return new Wrapped(Array.prototype.slice.call(document.querySelectorAll(arg)));
  }
  window.$ = window.jQuery = $;
  window.vegaEmbed = function () { return Promise.resolve(); };  // charts need vega: not drawn offline
})();
