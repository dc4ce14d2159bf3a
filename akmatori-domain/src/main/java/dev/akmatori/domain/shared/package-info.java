/** The shared kernel: exceptions, typed ids, secrets and paging. */
package dev.akmatori.domain.shared;
