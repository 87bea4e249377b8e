// The import page sends a dataset file as an import job (a form cannot send a file as JSON, and the session's CSRF
// token travels in a header for any body but a URL-encoded form), then opens the job's page; a job's page reloads itself until
// the job has ended.
(function () {
  'use strict';
  if (document.querySelector('[data-import-job-running]')) {
    setTimeout(function () { window.location.reload(); }, 2000);
  }
  var form = document.getElementById('dataset-form');
  if (!form) { return; }
  var problem = document.getElementById('dataset-problem');
  function say(text) {
    problem.textContent = text;
    problem.hidden = false;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = form.elements.file.files[0];
    if (!file) { say('Choose the dataset file to import.'); return; }
    var query = '?onConflict=' + encodeURIComponent(form.elements.onConflict.value)
      + (form.elements.dryRun.checked ? '&dryRun=true' : '');
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    problem.hidden = true;
    file.text().then(function (text) {
      return fetch('/import/jobs' + query, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': form.getAttribute('data-csrf'), 'Accept': 'application/json' },
        body: text
      });
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 202 && body.id) {
          window.location.href = '/import/jobs/' + body.id;
          return;
        }
        var detail = body.detail || ('the server answered ' + response.status);
        say('The file was not imported: ' + detail);
        button.disabled = false;
      });
    }).catch(function () {
      say('The file could not be read or sent: check it and the connection, and try again.');
      button.disabled = false;
    });
  });
}());
