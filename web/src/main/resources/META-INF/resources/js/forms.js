// Edit forms, enhanced: each money and date field shows what Labwatch will read from it ("= $2.5B",
// "= May 2026, month") before saving, and Ctrl+Enter saves (Ctrl+Shift+Enter: save and add another). The forms work
// the same without this script; the server reads the values by the same rules (MoneyInput, DateInput) and says what is
// wrong beside the field.
(function () {
  'use strict';
  var UNITS = { '': 1, k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mm: 1e6, million: 1e6, millions: 1e6,
    b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, t: 1e12, tn: 1e12, trillion: 1e12, trillions: 1e12 };
  var MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december'];

  function money(text) {
    var s = text.trim().toLowerCase().replace(/^(us\$|\$|€|£|¥|usd|eur|gbp|jpy)\s*/, '').replace(/\s*(usd|dollars?)$/, '');
    var m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/.exec(s);
    if (!m || !(m[2] in UNITS)) { return null; }
    var n = parseFloat(m[1].replace(/,/g, ''));
    if (m[2] === '' && n > 0 && n < 1000) { return 'needs its unit: 2.5M or 2.5B'; }
    var amount = n * UNITS[m[2]];
    var scales = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
    for (var i = 0; i < scales.length; i++) {
      if (amount >= scales[i][0]) {
        return '= ' + (Math.round(amount / scales[i][0] * 10) / 10) + scales[i][1] + ' (' + amount.toLocaleString('en-US') + ')';
      }
    }
    return '= ' + amount.toLocaleString('en-US');
  }

  function date(text) {
    var s = text.trim().toLowerCase().replace(/\s+/g, ' ');
    var m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) { return '= ' + (+m[3]) + ' ' + cap(MONTHS[+m[2] - 1]) + ' ' + m[1] + ', day'; }
    if ((m = /^(\d{4})-(\d{2})$/.exec(s)) && +m[2] >= 1 && +m[2] <= 12) { return '= ' + cap(MONTHS[+m[2] - 1]) + ' ' + m[1] + ', month'; }
    if ((m = /^([a-z]+) (\d{4})$/.exec(s)) && month(m[1]) >= 0) { return '= ' + cap(MONTHS[month(m[1])]) + ' ' + m[2] + ', month'; }
    if ((m = /^(\d{4})$/.exec(s))) { return '= ' + m[1] + ', year'; }
    return null;
  }

  function month(word) {
    for (var i = 0; i < 12; i++) {
      if (MONTHS[i] === word || (word.length === 3 && MONTHS[i].indexOf(word) === 0)) { return i; }
    }
    return -1;
  }

  function cap(word) { return word ? word.charAt(0).toUpperCase() + word.slice(1) : ''; }

  function show(input, read) {
    var out = document.getElementById('parsed-' + input.name);
    if (!out) { return; }
    var update = function () { out.textContent = input.value.trim() ? (read(input.value) || '') : ''; };
    input.addEventListener('input', update);
    update();
  }

  document.querySelectorAll('input[data-money]').forEach(function (input) { show(input, money); });
  document.querySelectorAll('input[data-date]').forEach(function (input) { show(input, date); });

  document.querySelectorAll('form.edit-form').forEach(function (form) {
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        var another = event.shiftKey && form.querySelector('button[name="then"][value="another"]');
        form.requestSubmit(another || form.querySelector('button[type="submit"]'));
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.ctrlKey && !event.shiftKey && !event.altKey) {
        // Ctrl+Down and Ctrl+Up: the first field of the next or previous group
        var groups = Array.prototype.slice.call(form.querySelectorAll('fieldset.group'));
        var at = groups.findIndex(function (g) { return g.contains(document.activeElement); });
        var to = groups[at + (event.key === 'ArrowDown' ? 1 : -1)];
        var first = to && to.querySelector('input:not([type=hidden]), select, textarea');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
  });

  // A long choice of sources (or labs, people) gets a filter: type part of an outlet or headline and only the matching
  // choices stay; what is selected stays whatever is typed.
  document.querySelectorAll('form.edit-form select').forEach(function (select) {
    if (select.options.length < 15) { return; }
    var filter = document.createElement('input');
    filter.type = 'search';
    filter.id = select.id + '-filter';
    filter.className = 'choice-filter';
    filter.setAttribute('aria-label', 'Filter the choices of ' + (select.labels.length ? select.labels[0].textContent : select.name));
    filter.setAttribute('aria-controls', select.id);
    filter.placeholder = 'Type to filter';
    select.parentNode.insertBefore(filter, select);
    filter.addEventListener('input', function () {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(select.options, function (option) {
        var text = (option.textContent + ' ' + option.value).toLowerCase();
        option.hidden = !option.selected && option.value !== '' && !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });

  // A reference past the length of a list is typed, and asks the server as the analyst types: arrows move through
  // what it found, Enter or a click picks, Escape closes (the ARIA combobox pattern). Without this script the server
  // reads the typed name, short name or address itself.
  document.querySelectorAll('input[data-pick]').forEach(function (input) {
    var multiple = input.hasAttribute('data-multiple');
    var hidden = null;
    if (!multiple) {
      hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = input.name;
      hidden.value = input.value;
      input.removeAttribute('name');
      input.value = input.getAttribute('data-label') || input.value;
      input.parentNode.insertBefore(hidden, input);
      input.addEventListener('input', function () { hidden.value = input.value; });
    }
    var list = document.createElement('ul');
    list.id = input.id + '-found';
    list.className = 'picker';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Found');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    var active = -1;
    var asked = 0;
    var timer = null;
    var options = function () { return list.querySelectorAll('[role="option"]'); };
    var close = function () {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    };
    var highlight = function (index) {
      var all = options();
      if (!all.length) { return; }
      active = (index + all.length) % all.length;
      all.forEach(function (o, i) { o.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    };
    var choose = function (option) {
      if (multiple) {
        var picked = document.getElementById('picked-' + input.name);
        var already = Array.prototype.some.call(picked.querySelectorAll('input'), function (box) {
          if (box.value === option.dataset.value) { box.checked = true; return true; }
          return false;
        });
        if (!already) {
          var item = document.createElement('li');
          var label = document.createElement('label');
          var box = document.createElement('input');
          box.type = 'checkbox';
          box.name = input.name;
          box.value = option.dataset.value;
          box.checked = true;
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + option.textContent));
          item.appendChild(label);
          picked.appendChild(item);
        }
        input.value = '';
      } else {
        hidden.value = option.dataset.value;
        input.value = option.textContent;
      }
      close();
    };
    var show = function (found) {
      list.textContent = '';
      found.forEach(function (f, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.value = f.value;
        option.textContent = f.label;
        option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(option); });
        list.appendChild(option);
      });
      if (!found.length) {
        var none = document.createElement('li');
        none.className = 'none';
        none.textContent = 'Nothing found';
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    };
    var ask = function () {
      var mine = ++asked;
      fetch('/pick/' + input.getAttribute('data-pick') + '?q=' + encodeURIComponent(input.value.trim()),
        { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { if (mine === asked && document.activeElement === input) { show(found); } })
        .catch(function () { close(); });
    };
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey) { return; }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) { ask(); } else { highlight(active + (event.key === 'ArrowDown' ? 1 : -1)); }
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        choose(options()[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  });

  // A pasted article address fills what it says: the day from /2026/05/29/ or 2026-05-29 in its path (the month from
  // /2026/05/), and the outlet when its site names one the sources already have (cnbc.com is "CNBC").
  var url = document.getElementById('field-newSourceUrl');
  if (url) {
    url.addEventListener('change', function () {
      var published = document.getElementById('field-newSourcePublishedOn');
      var outlet = document.getElementById('field-newSourceOutlet');
      var parsed;
      try { parsed = new URL(url.value.trim()); } catch (e) { return; }
      var day = /\/(20\d{2})[\/-](\d{1,2})[\/-](\d{1,2})(?:\/|$|[^\d])/.exec(parsed.pathname);
      var month = /\/(20\d{2})\/(\d{1,2})\//.exec(parsed.pathname);
      if (published && !published.value) {
        if (day) {
          published.value = day[1] + '-' + ('0' + day[2]).slice(-2) + '-' + ('0' + day[3]).slice(-2);
        } else if (month) {
          published.value = month[1] + '-' + ('0' + month[2]).slice(-2);
        }
        published.dispatchEvent(new Event('input'));
      }
      if (outlet && !outlet.value) {
        var labels = parsed.hostname.toLowerCase().split('.');
        var site = labels.length > 1 ? labels[labels.length - 2] : labels[0];
        var fill = function (labels) {
          labels.some(function (label) {
            var name = label.split(':')[0].trim();
            if (name && name.toLowerCase().replace(/[^a-z0-9]/g, '') === site.replace(/[^a-z0-9]/g, '')) {
              outlet.value = name;
              return true;
            }
            return false;
          });
        };
        var sources = document.getElementById('field-citations');
        if (sources && sources.options) {
          fill(Array.prototype.map.call(sources.options, function (o) { return o.textContent; }));
        } else if (sources) {
          fetch('/pick/sources?q=' + encodeURIComponent(site), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (found) { if (!outlet.value) { fill(found.map(function (f) { return f.label; })); } });
        }
      }
    });
  }

  var summary = document.getElementById('form-problems');
  if (summary) { summary.focus(); }
})();
