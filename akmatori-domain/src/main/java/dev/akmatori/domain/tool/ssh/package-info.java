/**
 * The read-only rules of the {@code ssh} tool (contract §6.1): a shell-word tokenizer and the
 * checks a command must pass on a host that does not allow writes. A best-effort guard against
 * accidental changes, not a security boundary.
 */
package dev.akmatori.domain.tool.ssh;
