// Tables sort by any column, both ways: each column header becomes a button (aria-sort says the order). Money
// ("$2.5B", "≈ €500M"), percentages, dates as pages write them ("29 May 2026", "May 2026", "2026-Q2") and numbers
// sort by value; other cells by text. Without this script the tables keep the server's order.
(function () {
  'use strict';
  var MONTHS = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
  var UNITS = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

  function value(cell) {
    var text = (cell.getAttribute('data-sort') || cell.textContent || '').trim();
    var s = text.replace(/^[≈~]\s*/, '').replace(/\u2212/g, '-');
    var m = /^([+-]?)(?:[$€£¥]|[A-Z]{3}\s)?\s*(\d[\d,]*(?:\.\d+)?)\s*([KMBT])?\b/.exec(s);
    if (m && (m[3] || /^[+-]?[$€£¥]/.test(s) || /^[+-]?\d[\d,]*(\.\d+)?%?$/.test(s.split(/\s/)[0]))) {
      return { n: (m[1] === '-' ? -1 : 1) * parseFloat(m[2].replace(/,/g, '')) * (m[3] ? UNITS[m[3]] : 1) };
    }
    if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s))) { return { n: Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) }; }
    if ((m = /^(\d{4})-Q([1-4])/.exec(s))) { return { n: Date.UTC(+m[1], (+m[2] - 1) * 3, 1) }; }
    if ((m = /^(?:(\d{1,2}) )?([A-Za-z]{3})[a-z]* (\d{4})/.exec(s)) && m[2].toLowerCase() in MONTHS) {
      return { n: Date.UTC(+m[3], MONTHS[m[2].toLowerCase()], m[1] ? +m[1] : 1) };
    }
    if ((m = /^(\d{4})$/.exec(s))) { return { n: Date.UTC(+m[1], 0, 1) }; }
    return { t: text.toLowerCase() };
  }

  function compare(a, b) {
    if (a.n !== undefined && b.n !== undefined) { return a.n - b.n; }
    if (a.n !== undefined) { return -1; }
    if (b.n !== undefined) { return 1; }
    return a.t.localeCompare(b.t);
  }

  function sortable(table) {
    var head = table.tHead;
    var body = table.tBodies[0];
    // a table the server sorts (its headers link the sorts) or pages is left to the server; a record's fields stay in order
    if (!head || !body || head.rows.length !== 1 || body.rows.length < 2 || table.classList.contains('no-sort')
        || head.querySelector('a, button, input, select')) { return; }
    Array.prototype.forEach.call(head.rows[0].cells, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(head.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
          return { row: row, key: row.cells[column] ? value(row.cells[column]) : { t: '' }, i: i };
        });
        rows.sort(function (a, b) { return (ascending ? 1 : -1) * compare(a.key, b.key) || a.i - b.i; });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  }

  document.querySelectorAll('table.data').forEach(sortable);
})();
