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
