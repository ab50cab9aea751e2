// The screens' few lines of script: htmx requests carry the CSRF token of the page (the forms carry it as a field),
// and a button with data-confirm asks before it submits.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var question = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
// Charts: an element with class chart and data-labels / data-values (and data-values2, data-names for a second
// series), numbers joined by |, drawn with ECharts when the page or an htmx part of it arrives.
function drawCharts(root) {
  if (!window.echarts) {
    return;
  }
  root.querySelectorAll('.chart[data-labels]').forEach(function (element) {
    if (element.dataset.drawn) {
      return;
    }
    element.dataset.drawn = 'true';
    var names = (element.dataset.names || '').split('|');
    var series = [{ name: names[0], type: 'bar', data: element.dataset.values.split('|').map(Number) }];
    if (element.dataset.values2) {
      series.push({ name: names[1], type: 'bar', data: element.dataset.values2.split('|').map(Number) });
    }
    echarts.init(element, null, { renderer: 'svg' }).setOption({
      animation: false, tooltip: {}, legend: series.length > 1 ? {} : undefined,
      grid: { left: 70, right: 16, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: element.dataset.labels.split('|') }, yAxis: { type: 'value' }, series: series
    });
  });
}
document.addEventListener('htmx:afterSettle', function (event) { drawCharts(document); });
document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
// A field with an error is marked for assistive technology (aria-invalid, aria-describedby naming its error) also
// after htmx has filled the error in out of band, and unmarked when the error is gone: a field's error is the
// element "<id>-error"; a line's errors are listed in its row's "row-errors-<i>" with data-field naming each field.
function markInvalid(field, invalid, errorId) {
  var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
    return id && id !== errorId;
  });
  if (invalid) {
    field.setAttribute('aria-invalid', 'true');
    described.push(errorId);
  } else {
    field.removeAttribute('aria-invalid');
  }
  if (described.length) {
    field.setAttribute('aria-describedby', described.join(' '));
  } else {
    field.removeAttribute('aria-describedby');
  }
}
function markInvalidFields() {
  document.querySelectorAll('.field-error[id$="-error"]').forEach(function (error) {
    var field = document.getElementById(error.id.slice(0, -'-error'.length));
    if (field && /^(INPUT|SELECT|TEXTAREA|FIELDSET)$/.test(field.tagName)) {
      markInvalid(field, error.textContent.trim() !== '', error.id);
    }
  });
  document.querySelectorAll('.field-error[id^="row-errors-"]').forEach(function (errors) {
    var row = document.getElementById(errors.id) && errors.closest('tr');
    if (!row) {
      return;
    }
    var bad = Array.prototype.map.call(errors.querySelectorAll('[data-field]'), function (e) {
      return e.dataset.field;
    });
    row.querySelectorAll('input[name], select[name]').forEach(function (field) {
      markInvalid(field, bad.indexOf(field.name.substring(field.name.lastIndexOf('.') + 1)) >= 0, errors.id);
    });
  });
}
document.addEventListener('htmx:afterSettle', markInvalidFields);
document.addEventListener('DOMContentLoaded', markInvalidFields);
