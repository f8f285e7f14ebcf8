/**
 * Romanian problem messages: importing this module (`import 'journey-elements/locales/ro.js'`) makes
 * `validateJourney(doc, { locale: 'ro' })` answer in Romanian. The elements, the importers,
 * `lintJourney` and `journeyToCSV` import it themselves; an app that only validates imports it when
 * it shows Romanian (docs/i18n.md).
 */
import { addProblemLanguage, type ProblemLanguage } from '../i18n/messages.js';

export const roProblems: ProblemLanguage = {
  messages: {
    'json-parse': 'Textul nu este JSON valid: verificați rândul {line}, coloana {column}.',
    'not-an-object':
      'O hartă a parcursului trebuie să fie un obiect JSON cu schemaVersion, title și stages, dar aici este {found}.',
    'schema-version': 'schemaVersion trebuie să fie 1, versiunea de format pe care o citește biblioteca; s-a găsit {value}.',
    'missing-field': 'Lipsește câmpul obligatoriu „{field}”.',
    'wrong-type': '„{field}” trebuie să fie {expected}, dar este {found}.',
    'not-finite': '„{field}” trebuie să fie un număr finit, dar este {value}.',
    'invalid-value': '„{field}” trebuie să fie una dintre valorile {allowed}, dar este „{value}”.',
    'empty-stages': 'Harta parcursului are nevoie de cel puțin o etapă.',
    'empty-id': 'Un identificator nu poate fi gol.',
    'reserved-id': '„{id}” nu poate fi folosit ca identificator.',
    'duplicate-id': 'Identificatorul „{id}” este folosit de mai multe ori; fiecare identificator trebuie să fie unic.',
    'unknown-step': 'Nu există niciun pas (sau etapă fără pași) cu identificatorul „{id}”.',
    'unknown-persona': 'Nu există nicio persona cu identificatorul „{id}”.',
    'unknown-metric': 'Nu există nicio metrică cu identificatorul „{id}”; adăugați-o în lista „metrics”.',
    'unknown-channel':
      'Niciun canal din lista „channels” nu are identificatorul „{id}”; se afișează identificatorul în locul numelui.',
    'unknown-lane-kind': '„{kind}” nu este un tip de strat; folosiți unul dintre {allowed}.',
    'invalid-range': 'Minimul ({min}) trebuie să fie mai mic decât maximul ({max}).',
    'emotion-out-of-scale': 'Emoția {value} este în afara scalei de la {min} la {max}; se afișează ca {shown}.',
    'severity-out-of-range': 'Gravitatea {value} este în afara intervalului de la 1 la 5; se afișează ca {shown}.',
    'label-off-scale': 'Cheia etichetei „{key}” nu este o valoare de pe scala de la {min} la {max}.',
    'invalid-date': '„{value}” nu este o dată validă (de exemplu 2026-03-01 sau 2026-03-01T10:00:00Z); valoarea este ignorată.',
    'invalid-duration': '„{value}” nu este o durată ISO 8601 (de exemplu P6M pentru șase luni, P1Y, P14D); valoarea este ignorată.',
    'history-order':
      'Măsurătoarea din {at} apare după una mai recentă ({previous}); istoricul se citește de la cea mai veche, așa că este sortat.',
    'history-duplicate': 'Există deja o măsurătoare pe {at}; repetarea este ignorată.',
    'unsafe-url': 'Adresa „{value}” nu este permisă (doar https:, http: sau un URL data: cu imagine); este ignorată.',
    'duplicate-lane': 'Stratul „{key}” apare de mai multe ori; repetarea este ignorată.',
    'stage-fields-ignored': 'Etapa „{id}” are pași, așa că propriul câmp „{field}” nu este afișat; mutați-l într-un pas.',
    'unknown-next': 'Niciun pas (sau etapă fără pași) nu are identificatorul „{id}”; această tranziție nu este desenată.',
    'did-you-mean': 'Poate ați vrut să scrieți „{id}”?',
    'share-out-of-range': 'Ponderea {value} este în afara intervalului de la 0 la 1; se afișează ca {shown}.',
    'invalid-count': 'Numărul {value} trebuie să fie un număr întreg de cel puțin 0; este ignorat.',
    'shares-above-one': 'Ponderile care pleacă din „{id}” însumează {sum}, peste 1; fluxul le desenează reduse la 1.',
    'self-loop': '„{id}” se listează pe sine în „next”; un pas nu se poate urma pe sine, așa că tranziția nu este desenată.',
    'unreachable-step': 'Niciun drum prin „next” nu duce de la primul pas la „{id}”.',
    'forbidden-key': 'Cheia „{key}” nu este permisă și a fost eliminată.',
    'unreadable': 'Această valoare nu a putut fi citită (un getter sau un proxy a eșuat).',
    'cycle': 'Această valoare se conține pe ea însăși (referință circulară).',
    'too-deep': 'Datele imbricate pe mai mult de {max} niveluri au fost eliminate.',
    'too-large': 'Această valoare este prea mare pentru a fi citită (peste {max} elemente).',
    'too-many-problems': 'Au fost găsite și alte probleme, care nu sunt afișate: {count}.',
  },
  types: {
    string: 'text',
    number: 'un număr',
    boolean: 'true sau false',
    object: 'un obiect',
    array: 'o listă',
    null: 'null',
    'string-list': 'o listă de texte',
    'string-or-number': 'text sau un număr',
    emotion: 'un număr sau un obiect cu numere pentru fiecare persona',
    'next-item': 'un identificator de pas sau un obiect cu „step”',
    other: 'o valoare neacceptată',
  },
  places: {
    'place.stage': 'etapa „{name}”',
    'place.step': 'pasul „{name}”',
    'place.persona': 'persona „{name}”',
    'place.channel': 'canalul „{name}”',
    'place.metric': 'indicatorul „{name}”',
    'place.lane': 'stratul „{name}”',
    'place.painPoint': 'punctul de durere „{name}”',
    'place.opportunity': 'oportunitatea „{name}”',
    'place.touchpoint': 'punctul de contact „{name}”',
    'place.insight': 'dovada „{name}”',
    'place.customer': 'clientul „{name}”',
    'place.lanesAttribute': 'atributul {name}',
  },
};

addProblemLanguage('ro', roProblems);
