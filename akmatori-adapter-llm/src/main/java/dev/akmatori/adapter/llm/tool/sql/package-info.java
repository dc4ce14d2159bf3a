/**
 * What the SQL integrations ({@code postgresql}, {@code clickhouse}) share: reading arguments and
 * settings with the agent's error texts, and the one result shape of every operation.
 */
package dev.akmatori.adapter.llm.tool.sql;
