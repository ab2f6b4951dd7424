// The decision form without round trips: roster and task rows are added, removed and moved in
// place, and the administrative unit is offered as the clerk types. Without this script the same
// buttons submit the form and the server does the same.
(function () {
  'use strict';
  var form = document.querySelector('form.decision-form');
  if (!form) { return; }

  // Renumber a list's rows: names, ids, labels and the row buttons' values follow the order.
  function renumber(list, container) {
    var rows = container.querySelectorAll('.row-item');
    rows.forEach(function (row, index) {
      var nameRe = new RegExp('^' + list + '\\[\\d+\\]');
      var idRe = new RegExp('^' + list + '-\\d+');
      row.querySelectorAll('[name]').forEach(function (el) {
        if (el.name === 'action') {
          el.value = el.value.replace(/:\d+$/, ':' + index);
        } else {
          el.name = el.name.replace(nameRe, list + '[' + index + ']');
        }
      });
      row.querySelectorAll('[id]').forEach(function (el) { el.id = el.id.replace(idRe, list + '-' + index); });
      row.querySelectorAll('label[for]').forEach(function (el) {
        el.htmlFor = el.htmlFor.replace(idRe, list + '-' + index);
      });
      var number = row.querySelector('.row-number');
      if (number) { number.textContent = number.textContent.replace(/^\d+/, String(index + 1)); }
    });
  }

  function clearRow(row) {
    row.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (el.type === 'checkbox') { el.checked = false; } else if (el.name !== 'action') { el.value = ''; }
      el.classList.remove('is-invalid');
      el.removeAttribute('aria-invalid');
    });
    row.querySelectorAll('.invalid-feedback').forEach(function (el) { el.remove(); });
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="action"]');
    if (!button) { return; }
    var match = /^(add|remove|up|down):(seats|workingGroupSeats|tasks)(?::(\d+))?$/.exec(button.value);
    if (!match) { return; }
    var verb = match[1], list = match[2];
    var fieldset = button.closest(list === 'tasks' ? '.task-rows' : '.roster-rows');
    var container = fieldset && fieldset.querySelector('.rows');
    if (!container) { return; }
    var rows = container.querySelectorAll('.row-item');
    var row = match[3] === undefined ? null : rows[Number(match[3])];
    if (verb === 'add') {
      if (rows.length === 0) { return; } // nothing to copy: let the server add the row
      var copy = rows[rows.length - 1].cloneNode(true);
      clearRow(copy);
      copy.querySelectorAll('input[type=hidden]').forEach(function (el) { el.value = ''; });
      container.appendChild(copy);
      renumber(list, container);
      var first = copy.querySelector('select, input:not([type=hidden]), textarea');
      if (first) { first.focus(); }
    } else if (!row) {
      return;
    } else if (verb === 'remove') {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber(list, container);
      var focusTarget = next ? next.querySelector('select, input:not([type=hidden]), textarea') : fieldset.querySelector('button[value^="add:"]');
      if (focusTarget) { focusTarget.focus(); }
    } else if (verb === 'up' && row.previousElementSibling) {
      container.insertBefore(row, row.previousElementSibling);
      renumber(list, container);
      button.focus();
    } else if (verb === 'down' && row.nextElementSibling) {
      container.insertBefore(row.nextElementSibling, row);
      renumber(list, container);
      button.focus();
    }
    event.preventDefault();
  });

  // Administrative unit: suggestions while typing; the hidden id follows the chosen label.
  var query = form.querySelector('#unitQuery');
  var unitId = form.querySelector('input[type=hidden][name=unitId]');
  var options = document.getElementById('unit-options');
  if (query && unitId && options) {
    form.querySelectorAll('.js-hide').forEach(function (el) { el.hidden = true; });
    var known = {};
    var timer = null;
    query.addEventListener('input', function () {
      unitId.value = known[query.value] || '';
      clearTimeout(timer);
      if (query.value.trim().length < 2 || known[query.value]) { return; }
      timer = setTimeout(function () {
        // The units offered are those that existed on the date signed (today's when none is typed).
        var signed = document.getElementById('signedOn');
        var on = signed && /^\d{2}\/\d{2}\/\d{4}$/.test(signed.value.trim()) ? '&on=' + encodeURIComponent(signed.value.trim()) : '';
        fetch(query.dataset.unitsUrl + '?q=' + encodeURIComponent(query.value) + on, { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (units) {
            options.innerHTML = '';
            units.forEach(function (unit) {
              known[unit.label] = unit.id;
              var option = document.createElement('option');
              option.value = unit.label;
              options.appendChild(option);
            });
          })
          .catch(function () { /* the server resolves the typed name on submit */ });
      }, 200);
    });
  }

  // Checks as the clerk types (the server checks again on submit): Số, ký hiệu and dates.
  var messages = document.getElementById('live-messages');
  var checks = {
    // The pattern is the server's own (DecisionNumber.PATTERN), rendered into the page; a leading "Số" is allowed.
    numberSymbol: { re: messages && messages.dataset.numberPattern ? new RegExp(messages.dataset.numberPattern) : /.*/,
                    clean: function (value) { return value.replace(/^(số|so)\s*[:.]?\s*(?=\d)/i, ''); },
                    message: messages && messages.dataset.number },
    signedOn: { re: /^\d{2}\/\d{2}\/\d{4}$/, message: messages && messages.dataset.date },
    effectiveOn: { re: /^\d{2}\/\d{2}\/\d{4}$/, message: messages && messages.dataset.date }
  };
  Object.keys(checks).forEach(function (id) {
    var input = document.getElementById(id);
    if (!input || !checks[id].message) { return; }
    input.addEventListener('blur', function () {
      var value = checks[id].clean ? checks[id].clean(input.value.trim()) : input.value.trim();
      var wrong = value !== '' && !checks[id].re.test(value);
      var feedback = document.getElementById(id + '-live');
      input.classList.toggle('is-invalid', wrong);
      if (wrong) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
      if (wrong && !feedback) {
        feedback = document.createElement('div');
        feedback.id = id + '-live';
        feedback.className = 'invalid-feedback';
        feedback.setAttribute('role', 'alert');
        feedback.textContent = checks[id].message;
        input.insertAdjacentElement('afterend', feedback);
      } else if (!wrong && feedback) {
        feedback.remove();
      }
    });
  });
})();
