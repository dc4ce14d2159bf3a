/**
 * Read-only guards for the SQL integrations (§6.4 {@code postgresql}, §6.5 {@code clickhouse}): a
 * lexer that sees comments, literals and quoted identifiers the way each server does, and rules that
 * refuse anything but one reading statement. A best-effort first layer; the adapters' READ ONLY
 * transaction ({@code readonly=1} for ClickHouse) and timeouts are the real boundary (ADR 17).
 */
package dev.akmatori.domain.tool.sql;
