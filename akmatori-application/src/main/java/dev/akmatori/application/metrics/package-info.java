/**
 * The core's observation points for operational metrics (contract §3.11): small observer ports that
 * the use cases, the workers, the tool gateway and the model decorator call at the single place each
 * fact is known. Every port has no-op defaults, so a core without metrics needs no wiring. The
 * package depends on the JDK and the domain only; an adapter implements the ports (Micrometer).
 */
package dev.akmatori.application.metrics;
