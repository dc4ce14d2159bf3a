/** Alert source types (the five built-in webhook formats) and the alert sources users configure. */
package dev.akmatori.domain.alertsource;
