import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { validateJourney } from '../../src/model/validate.js';
import { MALFORMED, VALID_DOCUMENTS, type MalformedCase } from './fixtures.js';

// Fetched as the real JSON file the package ships, exactly as editors and other tools read it.
const schema = await (await fetch(new URL('../../src/model/schema.json', import.meta.url))).json();

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
}
interface AjvVerdict {
  valid: boolean;
  errors: AjvError[];
}

/** Ajv (CommonJS) runs in the test runner's Node process: see scripts/ajv-validate-plugin.mjs. */
async function ajv(documents: unknown[]): Promise<AjvVerdict[]> {
  const response = await executeServerCommand<{ results?: AjvVerdict[]; compileError?: string }, unknown>('ajv-validate', {
    schema,
    documents,
  });
  if (response.compileError) throw new Error(`schema.json does not compile: ${response.compileError}`);
  return response.results!;
}

/** Ajv points at the offending value, or at the object that lacks a property: our path is that or below it. */
const near = (path: string, errors: AjvError[]) =>
  errors.some((error) => path === error.instancePath || path.startsWith(`${error.instancePath}/`));

describe('model/schema.json', () => {
  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://unpkg.com/journey-elements/dist/schema.json');
    expect(schema.title).to.be.a('string');
  });

  it('describes every property it declares', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [name, property] of Object.entries(record.properties)) {
          if (!(property as Record<string, unknown>).description) undescribed.push(`${path}/properties/${name}`);
        }
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`);
    };
    visit(schema, '#');
    expect(undescribed).to.deep.equal([]);
  });

  it('compiles in Ajv strict mode', async () => {
    const [verdict] = await ajv([{}]);
    expect(verdict.valid).to.equal(false);
  });

  it('accepts every valid document, as validateJourney does', async () => {
    const documents = VALID_DOCUMENTS.map(({ build }) => build());
    const verdicts = await ajv(documents);
    VALID_DOCUMENTS.forEach(({ name }, i) => {
      expect(verdicts[i].valid, `${name}: ${JSON.stringify(verdicts[i].errors)}`).to.equal(true);
      expect(validateJourney(documents[i]).ok, name).to.equal(true);
    });
  });

  describe('agrees with validateJourney on the malformed table', () => {
    const byKind = (kind: MalformedCase['kind']) => MALFORMED.filter((entry) => entry.kind === kind);

    it('rejects every shape error, near the same path', async () => {
      const cases = byKind('shape');
      const verdicts = await ajv(cases.map((entry) => entry.build()));
      cases.forEach((entry, i) => {
        expect(verdicts[i].valid, entry.name).to.equal(false);
        expect(near(entry.path, verdicts[i].errors), `${entry.name}: ${JSON.stringify(verdicts[i].errors)}`).to.equal(true);
        expect(validateJourney(entry.build()).ok, entry.name).to.equal(false);
      });
      expect(cases.length).to.be.at.least(35);
    });

    it('accepts reference and range errors, which only validateJourney rejects', async () => {
      const cases = byKind('reference');
      expect(cases.map((entry) => entry.code)).to.have.members([
        'duplicate-id',
        'duplicate-id',
        'duplicate-id',
        'duplicate-id',
        'duplicate-id',
        'duplicate-id',
        'duplicate-id',
        'unknown-metric',
        'unknown-persona',
        'unknown-persona',
        'unknown-persona',
        'invalid-range',
        'invalid-range',
        'invalid-range',
      ]);
      const verdicts = await ajv(cases.map((entry) => entry.build()));
      cases.forEach((entry, i) => {
        expect(verdicts[i].valid, entry.name).to.equal(true);
        expect(validateJourney(entry.build()).ok, entry.name).to.equal(false);
      });
    });

    it('accepts recoverable cases, which validateJourney accepts with a warning', async () => {
      const cases = byKind('warning');
      const verdicts = await ajv(cases.map((entry) => entry.build()));
      cases.forEach((entry, i) => {
        expect(verdicts[i].valid, `${entry.name}: ${JSON.stringify(verdicts[i].errors)}`).to.equal(true);
        const result = validateJourney(entry.build());
        expect(result.ok, entry.name).to.equal(true);
        expect(result.warnings.length, entry.name).to.equal(1);
      });
    });
  });
});
