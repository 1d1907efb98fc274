import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { UserError } from '../core/diagnostics.js';
import { createApp } from './app.js';
import { Project } from './project.js';
import { newToken } from './security.js';

export interface ServeOptions {
  /** The project folder (default: the current folder). */
  dir?: string;
  /** Port to listen on; 0 picks a free one. Default 4321. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (this computer only). */
  host?: string;
  /** Use this token instead of a random one (tests). */
  token?: string;
}

export interface RunningServer {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  root: string;
  close(): Promise<void>;
}

/** Start the local web app on a project folder. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  let project: Project;
  try {
    project = new Project(options.dir ?? '.');
  } catch {
    throw new UserError(`${options.dir ?? '.'}: no such folder.`);
  }
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newToken();
  let port = options.port ?? 4321;
  const allowedHosts = new Set<string>();
  const { app, close: closeApp } = createApp({ project, token, allowedHosts, port: () => port });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new UserError(`Port ${port} is already in use. Choose another with --port, for example --port ${port + 1}.`)
          : new UserError(`The app could not start: ${e.message}`),
      ),
    );
  });
  port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  for (const h of new Set([shown, '127.0.0.1', 'localhost', host])) allowedHosts.add(`${h}:${port}`.toLowerCase());
  // Opened to the network on purpose: other machines use names this one cannot list. The token still guards every request.
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) allowedHosts.add('*');
  return {
    url: `http://${shown}:${port}/?token=${token}`,
    token,
    port,
    root: project.root,
    async close() {
      await closeApp();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
