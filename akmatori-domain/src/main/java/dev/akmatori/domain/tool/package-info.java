/** Tool types (settings schemas, operations, the built-in catalogue) and tool instance rules. */
package dev.akmatori.domain.tool;
