// A minimal stdio MCP server for tests. tools/list answers one tool per environment variable of
// this process (name = variable, description = value) plus "__protocol" carrying the protocol
// version the client offered, so a test can see exactly what the client passed to the child.
// FAKE_PAGES=n splits the list into n pages; FAKE_NOISE=1 first writes a line that is not JSON.
const readline = require('readline');

let offered = '';
const pages = Number(process.env.FAKE_PAGES || '1');

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

function tools() {
  const list = Object.keys(process.env).sort()
    .map((k) => ({ name: k, description: process.env[k], inputSchema: { type: 'object' } }));
  list.push({ name: '__protocol', description: offered, inputSchema: { type: 'object' },
    annotations: { readOnlyHint: true } });
  return list;
}

if (process.env.FAKE_NOISE === '1') {
  process.stdout.write('starting up, this is not JSON\n');
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const msg = JSON.parse(line);
  if (msg.id === undefined) {
    return;
  }
  if (msg.method === 'initialize') {
    offered = msg.params.protocolVersion;
    send({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-03-26',
      capabilities: { tools: {} }, serverInfo: { name: 'env-server', version: '1.0.0' } } });
  } else if (msg.method === 'tools/list') {
    const all = tools();
    const size = Math.ceil(all.length / pages);
    const page = Number((msg.params && msg.params.cursor) || '0');
    const next = page + 1 < pages ? String(page + 1) : undefined;
    send({ jsonrpc: '2.0', id: msg.id, result: { tools: all.slice(page * size, (page + 1) * size), nextCursor: next } });
  } else {
    send({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
  }
});
