// Đảng Vụ: the little behaviour the pages need, as a file of its own: the Content-Security-Policy allows no inline
// script, so nothing is written in onclick attributes or <script> elements of the templates.
(function () {
  'use strict';

  // The tree browser: a node's button opens it (htmx loads its children) or closes it. Listening in the capture
  // phase on the document runs before htmx's listener on the button, so that closing a node does not load it again.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.tree button.toggle');
    if (!toggle) {
      return;
    }
    var opening = toggle.textContent === '\u25B8';
    toggle.textContent = opening ? '\u25BE' : '\u25B8';
    if (!opening) {
      var children = toggle.parentElement.querySelector('.children');
      if (children) {
        children.innerHTML = '';
      }
      event.stopImmediatePropagation();
    }
  }, true);

  // A printable page's button prints it.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // A secret shown once (a new API token): the button copies it.
  document.addEventListener('click', function (event) {
    var copy = event.target.closest && event.target.closest('[data-copy]');
    if (copy && navigator.clipboard) {
      var source = document.getElementById(copy.getAttribute('data-copy'));
      if (source) {
        navigator.clipboard.writeText(source.textContent.trim());
      }
    }
  });
})();
