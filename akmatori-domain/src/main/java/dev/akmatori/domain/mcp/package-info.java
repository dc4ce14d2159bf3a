/** External Model Context Protocol servers (contract §3.9): their settings, rules and tools. */
package dev.akmatori.domain.mcp;
