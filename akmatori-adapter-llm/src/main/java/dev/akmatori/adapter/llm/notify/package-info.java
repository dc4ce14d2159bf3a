/** Outbound notifications: the Slack Web API over OkHttp (contract §3.10.2). */
package dev.akmatori.adapter.llm.notify;
