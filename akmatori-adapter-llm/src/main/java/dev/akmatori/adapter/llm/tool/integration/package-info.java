/**
 * The shared base of the built-in HTTP integrations (contract §6): one place that turns an
 * instance's settings into a call-scoped OkHttp client and turns replies into results or tool
 * errors. A new integration (PagerDuty, NetBox, Catchpoint, …) is written in four steps:
 *
 * <ol>
 *   <li>Read the settings with {@link dev.akmatori.adapter.llm.tool.integration.InstanceSettings}
 *       (schema defaults applied) and describe the endpoint with {@link
 *       dev.akmatori.adapter.llm.tool.integration.HttpTarget#fromSettings}: base URL, {@code
 *       <prefix>_timeout}, {@code <prefix>_verify_ssl} and the proxy toggle of the service.
 *   <li>Ask {@link dev.akmatori.adapter.llm.tool.integration.IntegrationHttp#client} for a client
 *       with the service's {@link dev.akmatori.adapter.llm.tool.integration.Auth}; the proxy
 *       settings are read at that moment, so a PUT applies to the next call.
 *   <li>Build {@code okhttp3.Request}s from {@link
 *       dev.akmatori.adapter.llm.tool.integration.IntegrationClient#url} and the typed {@link
 *       dev.akmatori.adapter.llm.tool.integration.Arguments}; send them with {@code json}, {@code
 *       jsonOrText} or {@code send}.
 *   <li>Shape the result as JSON-like data. Non-2xx replies already became {@link
 *       dev.akmatori.application.investigation.tool.ToolCallException}s reading {@code <status>
 *       <the API's message>}; bodies over 10 MiB fail with {@code response exceeds 10 MiB}; a
 *       cancelled run aborts the HTTP call.
 * </ol>
 *
 * <p>Nothing here logs a request, a header or a body: credentials never reach a log line.
 */
package dev.akmatori.adapter.llm.tool.integration;
