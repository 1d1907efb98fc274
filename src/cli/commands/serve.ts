import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';

export function registerServeCommand(program: Command, io: CliIO, _setExit: SetExit): void {
  program
    .command('serve')
    .description(
      "Open the policies of a folder in your web browser: edit them with forms, see the checks and the parent-facing policy as you type, and record the governors' approval.",
    )
    .argument('[dir]', 'project folder holding the policies', '.')
    .option('-p, --port <n>', 'port to listen on', '4321')
    .option('--host <address>', 'address to listen on; the default 127.0.0.1 means only this computer can open the app', '127.0.0.1')
    .addHelpText(
      'after',
      `
Open the address it prints (it includes a one-off token; anyone without it is refused).
Stop the app with Ctrl+C.

Examples:
  $ policywright serve policies/
  $ policywright serve --port 8080 .`,
    )
    .action(async (dir: string, opts: { port: string; host: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UserError(`--port must be a whole number from 0 to 65535, not "${opts.port}".`);
      const { startServer } = await import('../../serve/index.js');
      const server = await startServer({ dir, port, host: opts.host });
      io.out(`policywright is serving ${server.root}\nOpen this address in your browser:\n\n  ${server.url}\n\nPress Ctrl+C to stop.`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
