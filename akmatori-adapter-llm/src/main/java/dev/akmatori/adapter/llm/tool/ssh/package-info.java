/**
 * The {@code ssh} tool (contract §6.1) over JSch: commands on configured hosts in parallel, jump
 * hosts, host-key policies against {@code <data-dir>/ssh/known_hosts}, and the read-only rules for
 * hosts that do not allow writes. Never proxied; credentials are never logged.
 */
package dev.akmatori.adapter.llm.tool.ssh;
