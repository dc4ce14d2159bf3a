/**
 * The §6.5 {@code clickhouse} integration over ClickHouse's HTTP interface: every request with
 * {@code readonly=1}, a row cap ({@code max_result_rows}, {@code result_overflow_mode=break}) and
 * {@code max_execution_time}; agent SQL checked by the domain's read-only guard first (ADR 17). A
 * deliberately small client of its own, direct (this type never uses the proxy, §3.10.4).
 */
package dev.akmatori.adapter.llm.tool.clickhouse;
