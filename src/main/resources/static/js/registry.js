// Small enhancements; every page works without this file.
document.querySelectorAll('.js-print').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
