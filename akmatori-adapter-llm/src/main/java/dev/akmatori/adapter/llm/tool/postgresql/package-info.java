/**
 * The §6.4 {@code postgresql} integration over the PostgreSQL JDBC driver: one connection per call,
 * every statement inside {@code BEGIN READ ONLY} with {@code SET LOCAL statement_timeout}, agent SQL
 * checked by the domain's read-only guard before a connection is opened (ADR 17).
 */
package dev.akmatori.adapter.llm.tool.postgresql;
