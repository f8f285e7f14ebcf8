// A classic script that runs after journey-elements.iife.js, the way a portal's own code uses the
// global: validates a document with JourneyElements.validateJourney and shows it in a second map.
/* global JourneyElements */
(function () {
  const doc = {
    schemaVersion: 1,
    title: 'Renewing a parking permit',
    stages: [
      { id: 'apply', title: 'Apply', actions: ['Fills in the form'], emotion: -1 },
      { id: 'pay', title: 'Pay', actions: ['Pays online'], emotion: 1 },
    ],
  };
  const result = JourneyElements.validateJourney(doc);
  const broken = JourneyElements.validateJourney({ schemaVersion: 1 });
  window.iifeApi = {
    valid: result.ok === true,
    invalidReported: broken.ok === false && broken.errors.length > 0,
    ownsTag: customElements.get('journey-map') === JourneyElements.JourneyMap,
  };
  const map = document.createElement('journey-map');
  map.id = 'scripted';
  map.journey = doc;
  document.body.append(map);
})();
