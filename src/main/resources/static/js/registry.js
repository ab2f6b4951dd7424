// Small enhancements; every page works without this file.
document.querySelectorAll('.js-print').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});

// Date inputs say at once when a date is not written as the server reads it. The pattern is the
// server's (data-date-pattern, e.g. dd/MM/yyyy): each run of letters stands for that many digits.
document.querySelectorAll('input[data-date-pattern]').forEach(function (input) {
  var source = input.dataset.datePattern.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&')
    .replace(/[dMy]+/g, function (run) { return '\\d{' + run.length + '}'; });
  var format = new RegExp('^' + source + '$');
  input.addEventListener('blur', function () {
    var value = input.value.trim();
    var wrong = value !== '' && !format.test(value);
    var feedback = document.getElementById(input.id + '-live');
    input.classList.toggle('is-invalid', wrong);
    if (wrong) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    if (wrong && !feedback) {
      feedback = document.createElement('div');
      feedback.id = input.id + '-live';
      feedback.className = 'invalid-feedback';
      feedback.setAttribute('role', 'alert');
      feedback.textContent = input.dataset.dateMessage;
      input.insertAdjacentElement('afterend', feedback);
    } else if (!wrong && feedback) {
      feedback.remove();
    }
  });
});
