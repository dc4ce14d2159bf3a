// A stdio MCP server for the retry tests that counts what reaches it in files under FLAKY_DIR:
// "starts" gets a line per start, "calls" a line per tools/call received. The first FAIL_STARTS
// starts write "not ready yet" to stderr and exit with code 1. With DIE_ON_CALL=1 the server exits
// with code 1 after recording a tools/call instead of answering it (a call that was sent, then lost).
// With LIST_ERROR=1 it answers tools/list with a JSON-RPC error (a definitive failure).
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const dir = process.env.FLAKY_DIR;
fs.appendFileSync(path.join(dir, 'starts'), 'start\n');
const starts = fs.readFileSync(path.join(dir, 'starts'), 'utf8').split('\n').filter(Boolean).length;
if (starts <= Number(process.env.FAIL_STARTS || '0')) {
  process.stderr.write('not ready yet\n');
  process.exit(1);
}

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const msg = JSON.parse(line);
  if (msg.id === undefined) {
    return;
  }
  if (msg.method === 'initialize') {
    send({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-03-26',
      capabilities: { tools: {} }, serverInfo: { name: 'flaky-server', version: '1.0.0' } } });
  } else if (msg.method === 'tools/list' && process.env.LIST_ERROR === '1') {
    send({ jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: 'tool registry unavailable' } });
  } else if (msg.method === 'tools/list') {
    send({ jsonrpc: '2.0', id: msg.id, result: { tools: [{ name: 'create-ticket',
      description: 'Creates a ticket (not idempotent)', inputSchema: { type: 'object' } }] } });
  } else if (msg.method === 'tools/call') {
    fs.appendFileSync(path.join(dir, 'calls'), msg.params.name + '\n');
    if (process.env.DIE_ON_CALL === '1') {
      process.stderr.write('crashed while creating the ticket\n');
      process.exit(1);
    }
    send({ jsonrpc: '2.0', id: msg.id, result: { content: [{ type: 'text', text: 'ticket created' }] } });
  } else {
    send({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
  }
});
