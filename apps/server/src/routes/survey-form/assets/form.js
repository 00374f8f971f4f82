// Small improvements of the citizens' form; every page works without this script.
(() => {
  // The code from the letter's link leaves the address bar and the history.
  if (location.search.indexOf('code=') >= 0 && history.replaceState)
    history.replaceState(null, '', location.pathname);
  // GOV.UK pattern: the error summary takes the focus, so screen readers announce it at once.
  var summary = document.querySelector('.fehlerliste');
  if (summary) summary.focus();
  // "Keine davon" and the like exclude the other answers of a checkbox list (and the other way round).
  document.addEventListener('change', (event) => {
    var box = event.target;
    if (!box || box.type !== 'checkbox' || !box.checked) return;
    var list = box.closest('fieldset');
    if (!list) return;
    list.querySelectorAll('input[type=checkbox]').forEach((other) => {
      if (other !== box && (box.hasAttribute('data-exclusive') || other.hasAttribute('data-exclusive')))
        other.checked = false;
    });
  });
  window.addEventListener('pageshow', () => {
    document.querySelectorAll('form[data-sent]').forEach((f) => {
      f.removeAttribute('data-sent');
    });
  });
  // A second click while the page is being sent would post twice.
  document.addEventListener('submit', (event) => {
    var form = event.target;
    if (form.getAttribute('data-sent')) event.preventDefault();
    else form.setAttribute('data-sent', '1');
  });
})();
