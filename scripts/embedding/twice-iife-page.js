// Runs after both copies of the classic-script build (twice-iife.html): records which copy owns the
// tags and adds a map created after both loaded, for check-embedding.mjs.
(function () {
  const first = window.firstJourneyElements;
  const tags = { 'journey-map': 'JourneyMap', 'stage-lane': 'StageLane', 'persona-card': 'PersonaCard', 'emotion-curve': 'EmotionCurve' };
  window.firstCopyWins = Boolean(first) && Object.entries(tags).every(([tag, name]) => customElements.get(tag) === first[name]);
  // The second copy found the first and returned its API instead of evaluating the library again.
  window.sameApi = Boolean(first) && first === window.JourneyElements;
  window.instanceAcrossCopies = document.createElement('journey-map') instanceof window.JourneyElements.JourneyMap;
  const late = document.createElement('journey-map');
  late.id = 'late';
  late.journey = {
    schemaVersion: 1,
    title: 'Created after both copies',
    stages: [
      { id: 'apply', title: 'Apply', actions: ['Fills in the form'] },
      { id: 'pay', title: 'Pay', actions: ['Pays online'] },
    ],
  };
  document.body.append(late);
})();
