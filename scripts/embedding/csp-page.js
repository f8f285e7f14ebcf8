// The standalone elements of csp.html get their data as properties, the way an app passes them.
import { phoneSystemFutureJourney, phoneSystemJourney, phoneSystemWithIndividuals } from '../../dist/samples/index.js';

const curve = document.getElementById('curve');
curve.journey = phoneSystemWithIndividuals(300, 7);
curve.compare = phoneSystemFutureJourney;
document.getElementById('lane').journey = phoneSystemJourney;
document.getElementById('persona').persona = phoneSystemJourney.personas[0];
