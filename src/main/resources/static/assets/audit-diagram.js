// The trail page's diagrams (templates/audit/trail.html): each element with class bpmn-diagram and data-diagram
// (the URL of /audit/instances/{id}/diagram) is drawn read-only with bpmn-js's navigated viewer (pan and zoom, no
// editing), the activities the instance passed marked "passed" and those it is in now "active". When done the element
// carries data-rendered="true" (or data-failed with the reason) and data-marked with the number of marks set.
(function () {
  function draw(element) {
    fetch(element.dataset.diagram, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (diagram) {
        var viewer = new BpmnJS({ container: element });
        return viewer.importXML(diagram.bpmnXml).then(function () {
          var canvas = viewer.get('canvas');
          var registry = viewer.get('elementRegistry');
          var marked = 0;
          function mark(ids, marker) {
            ids.forEach(function (id) {
              if (registry.get(id)) {
                canvas.addMarker(id, marker);
                marked++;
              }
            });
          }
          mark(diagram.passed, 'passed');
          mark(diagram.active, 'active');
          canvas.zoom('fit-viewport');
          element.dataset.marked = String(marked);
          element.dataset.rendered = 'true';
        });
      })
      .catch(function (error) {
        element.dataset.failed = String(error && error.message || error);
      });
  }

  function drawAll() {
    if (!window.BpmnJS) {
      return;
    }
    document.querySelectorAll('.bpmn-diagram[data-diagram]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
