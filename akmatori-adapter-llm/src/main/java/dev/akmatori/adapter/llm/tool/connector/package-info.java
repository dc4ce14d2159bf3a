/**
 * The runtime of HTTP connectors (contract §3.8 "Runtime request building"): one OkHttp request per
 * {@code call_tool} of a connector tool, built from its definition, the instance's settings and the
 * model's arguments, answered as {@code {status_code, body, headers}}.
 */
package dev.akmatori.adapter.llm.tool.connector;
