// A test-runner server command that validates documents against a JSON Schema with Ajv.
// Ajv is CommonJS and cannot be imported as an ES module in the browser, so browser tests call it here
// through `executeServerCommand('ajv-validate', { schema, documents })` from '@web/test-runner-commands'.
import Ajv2020 from 'ajv/dist/2020.js';

export function ajvValidatePlugin() {
  const compiled = new Map();
  return {
    name: 'ajv-validate',
    executeCommand({ command, payload }) {
      if (command !== 'ajv-validate') return undefined;
      const { schema, documents } = payload;
      const key = JSON.stringify(schema);
      if (!compiled.has(key)) {
        try {
          // strict: unknown keywords and required-but-undeclared properties are schema bugs, not warnings.
          compiled.set(key, new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema));
        } catch (error) {
          return { compileError: String(error?.message ?? error) };
        }
      }
      const validate = compiled.get(key);
      return {
        results: documents.map((document) => ({ valid: validate(document), errors: validate.errors ?? [] })),
      };
    },
  };
}
