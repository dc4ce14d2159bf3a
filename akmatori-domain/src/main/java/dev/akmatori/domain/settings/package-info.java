/**
 * Server settings (contract §3.10): general, Slack, LLM providers, proxy and retention. Each is a
 * value record with its defaults and a validated {@code …Changes} record for partial updates.
 */
package dev.akmatori.domain.settings;
