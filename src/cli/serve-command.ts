import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, type CliIo } from './cli-io.ts';
import { parseCommandArgs, type ParsedCliOptions } from './parse-cli-options.ts';

export const serveUsage = `Usage: actor-studio serve [--port <port>] [--host <host>]

Serves the built studio from this package, offline (it makes no request to any other origin).

Options:
  --port <port>         port to listen on (default 4173; 0 picks a free one)
  --host <host>         address to listen on (default 127.0.0.1: this machine only)

Stops with Ctrl-C. Exit codes: 1 the studio is not built or the port is taken, 2 usage error.
`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built studio (`dist/`) at the package root: two folders up from this module, both in the
 * sources (src/cli/) and in the bundle (dist-cli/chunks/).
 */
function studioRoot(): string | undefined {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, '..', '..', 'dist'), join(here, '..', 'dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/** A request path to a file inside `root`, or undefined (outside it, or missing). */
function fileFor(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** `actor-studio serve`: the built studio on a local port, until the process is stopped. */
export function runServeCommand(args: string[], io: CliIo): Promise<number> {
  const portOf = (p: ParsedCliOptions) => Number(p.options.port ?? 4173);
  const parsed = parseCommandArgs(
    args,
    { name: 'serve', options: { port: {}, host: {} }, usage: serveUsage },
    io,
    (p) =>
      p.positionals.length > 0 || !Number.isInteger(portOf(p))
        ? 'expected a whole-number --port and no files'
        : undefined,
  );
  if (typeof parsed === 'number') return Promise.resolve(parsed);
  const port = portOf(parsed);
  const root = studioRoot();
  if (!root) {
    io.stderr('actor-studio serve: the studio is not built: run "npm run build"\n');
    return Promise.resolve(ExitCode.failed);
  }
  const host = parsed.options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolve) => {
    server.once('error', (error) => {
      io.stderr(`actor-studio serve: cannot listen on ${host}:${port}: ${error.message}\n`);
      resolve(ExitCode.failed);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      io.stdout(`Actor Studio: http://${host}:${actual}/ (Ctrl-C stops it)\n`);
      resolve(ExitCode.ok);
    });
  });
}
