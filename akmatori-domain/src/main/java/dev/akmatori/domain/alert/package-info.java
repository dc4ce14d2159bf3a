/** Alerts received through webhooks: normalised values, severities, statuses and fingerprints (contract §4). */
package dev.akmatori.domain.alert;
