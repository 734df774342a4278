// Preloaded with `node --import`: records every module the process resolves (ESM imports, and CommonJS
// `require` calls through Module._resolveFilename) to the file named by JIANBAO_MODULE_LOG, one URL or path a line.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.JIANBAO_MODULE_LOG;
if (log) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
        return result;
      }`)}`,
  );
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (...args) {
    const filename = resolveFilename.apply(this, args);
    appendFileSync(log, `${filename}\n`);
    return filename;
  };
}
