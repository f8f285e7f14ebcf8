// Registers every element of the library. Safe to load more than once: each tag is defined only if
// the page has not defined it yet. Order does not matter: lanes that upgrade before their map still
// receive its contexts (elements/shared/context-root.ts).
import './elements/journey-map/journey-map.js';
import './elements/stage-lane/stage-lane.js';
import './elements/persona-card/persona-card.js';
import './elements/emotion-curve/emotion-curve.js';
import './elements/opportunity-matrix/opportunity-matrix.js';
import './elements/journey-customers/journey-customers.js';
import './elements/journey-flow/journey-flow.js';
