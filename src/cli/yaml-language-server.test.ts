import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnCli } from './spawn-cli.ts';

interface Message {
  id?: number;
  method?: string;
  params?: {
    uri?: string;
    diagnostics?: { message: string; range: { start: { line: number } } }[];
  };
}

/** A minimal LSP client over stdio: Content-Length framed JSON-RPC, as the spec defines it. */
function startServer() {
  const entry = createRequire(import.meta.url).resolve(
    'yaml-language-server/bin/yaml-language-server',
  );
  const server = spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const listeners: ((m: Message) => void)[] = [];
  let buffer = Buffer.alloc(0);
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString(),
      ) as Message;
      buffer = buffer.subarray(headerEnd + 4 + length);
      for (const listener of listeners) listener(message);
    }
  });
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  // The server asks the client for settings and capabilities: answer every request.
  listeners.push((m) => {
    if (m.id !== undefined && m.method)
      send({
        id: m.id,
        result: m.method === 'workspace/configuration' ? [{ validate: true }] : null,
      });
  });
  const next = (match: (m: Message) => boolean) =>
    new Promise<Message>((resolve) => listeners.push((m) => match(m) && resolve(m)));
  return { server, send, next };
}

describe('the values schema in the real yaml-language-server', () => {
  it(
    'reports a wrong type and a typo’d key in a values file that names the schema',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'yaml-ls-'));
      const schema = await spawnCli(['schema']);
      writeFileSync(join(dir, 'values.schema.json'), schema.stdout);
      const text = [
        '# yaml-language-server: $schema=./values.schema.json',
        'name: demo',
        'trasnport: rabbitmq',
        'scaling:',
        '  minReplicas: two',
        '',
      ].join('\n');
      const file = join(dir, 'values.yaml');
      writeFileSync(file, text);
      const uri = pathToFileURL(file).href;

      const { server, send, next } = startServer();
      try {
        const initialized = next((m) => m.id === 1);
        send({
          id: 1,
          method: 'initialize',
          params: { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} },
        });
        await initialized;
        send({ method: 'initialized', params: {} });
        send({
          method: 'workspace/didChangeConfiguration',
          params: { settings: { yaml: { validate: true } } },
        });
        const published = next(
          (m) =>
            m.method === 'textDocument/publishDiagnostics' &&
            m.params?.uri === uri &&
            (m.params.diagnostics?.length ?? 0) > 0,
        );
        send({
          method: 'textDocument/didOpen',
          params: { textDocument: { uri, languageId: 'yaml', version: 1, text } },
        });
        const diagnostics = (await published).params?.diagnostics ?? [];
        const found = diagnostics.map((d) => [d.range.start.line, d.message]);
        expect(found).toContainEqual([2, 'Property trasnport is not allowed.']);
        expect(found).toContainEqual([
          4,
          expect.stringMatching(/^Incorrect type\. Expected "integer/),
        ]);
      } finally {
        server.kill();
      }
    },
  );
});
