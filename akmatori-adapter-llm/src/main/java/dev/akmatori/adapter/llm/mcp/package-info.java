/**
 * The MCP client on the MCP Java SDK: stdio child processes with a minimal environment and
 * process-tree cleanup, legacy SSE and streamable HTTP with auth headers, all under one deadline.
 */
package dev.akmatori.adapter.llm.mcp;
