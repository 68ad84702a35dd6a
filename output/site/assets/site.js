// csto-figures explorer: filters, search, sorting, opening rows and permalinks. Plain script, no library, no
// network. Without it the page is a complete table whose rows open by their buttons only.
(function () {
  'use strict';
  var table = document.querySelector('table.figs');
  if (!table) { return; }
  var bodies = Array.prototype.slice.call(table.tBodies);
  var q = document.getElementById('q');
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var count = document.getElementById('count');

  function open(body, yes) {
    var btn = body.querySelector('button.open');
    var det = body.querySelector('tr.det');
    btn.setAttribute('aria-expanded', yes ? 'true' : 'false');
    det.hidden = !yes;
  }

  function apply() {
    var term = q.value.trim().toLowerCase();
    var shown = 0;
    bodies.forEach(function (b) {
      var ok = !term || b.getAttribute('data-search').indexOf(term) >= 0;
      selects.forEach(function (s) {
        if (!ok || !s.value) { return; }
        var key = s.getAttribute('data-filter');
        var v = b.getAttribute('data-' + key) || '';
        ok = key === 'flags' ? v.split(' ').indexOf(s.value) >= 0 : v === s.value;
      });
      b.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + ' of ' + bodies.length + ' figures';
  }

  function compare(key, type) {
    return function (a, b) {
      var x = a.getAttribute('data-' + key) || '';
      var y = b.getAttribute('data-' + key) || '';
      if (type === 'num') {
        var nx = x === '' ? -Infinity : parseFloat(x);
        var ny = y === '' ? -Infinity : parseFloat(y);
        return nx - ny;
      }
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }

  table.querySelectorAll('thead button[data-sort]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var th = btn.parentNode;
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('thead th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir);
      var key = btn.getAttribute('data-sort');
      var sorted = bodies.slice().sort(compare(key, btn.getAttribute('data-type')));
      if (dir === 'descending') { sorted.reverse(); }
      sorted.forEach(function (b) { table.appendChild(b); });
    });
  });

  bodies.forEach(function (b) {
    b.querySelector('button.open').addEventListener('click', function (e) {
      open(b, e.currentTarget.getAttribute('aria-expanded') !== 'true');
    });
  });

  q.addEventListener('input', apply);
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  document.getElementById('reset').addEventListener('click', function () {
    window.setTimeout(apply, 0);
  });
  document.querySelector('form.filters').addEventListener('submit', function (e) { e.preventDefault(); });

  function fromHash() {
    var h = decodeURIComponent(window.location.hash.slice(1));
    if (!h) { return; }
    var eq = h.indexOf('=');
    if (eq > 0) {
      var s = document.getElementById('filter-' + h.slice(0, eq));
      if (s) { s.value = h.slice(eq + 1); apply(); }
      return;
    }
    var body = document.getElementById(h);
    if (!body || !body.classList.contains('fig')) { return; }
    if (body.hidden) { q.value = ''; selects.forEach(function (s) { s.value = ''; }); apply(); }
    bodies.forEach(function (b) { b.classList.remove('focus'); });
    body.classList.add('focus');
    open(body, true);
    body.scrollIntoView();
    body.querySelector('button.open').focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', fromHash);
  apply();
  fromHash();
}());
