/**
 * The §6.8 {@code pagerduty} integration: the REST API v2 ({@code Authorization: Token
 * token=<t>}, {@code Accept: application/vnd.pagerduty+json;version=2}, {@code From} on incident
 * writes, classic {@code limit}/{@code offset}/{@code more} paging) for incidents, notes, alerts,
 * services, on-calls, escalation policies and change events, and the Events API v2 for {@code
 * send_event}. Built on the shared HTTP base ({@code tool.integration}); choices in ADR 16.
 */
package dev.akmatori.adapter.llm.tool.pagerduty;
