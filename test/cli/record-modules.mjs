// Preload for test/cli/startup.test.ts: writes the path of every module the process loads (ES modules
// through a resolve hook, CommonJS through the resolver) to the file named by PW_RECORD_MODULES.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const out = process.env.PW_RECORD_MODULES;
if (out) {
  register(new URL('./record-modules-hooks.mjs', import.meta.url), { data: { out } });
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (...args) {
    const found = resolve.apply(this, args);
    appendFileSync(out, `${found}\n`);
    return found;
  };
}
