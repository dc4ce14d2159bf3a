/**
 * Outbound notifications (contract §3.10.2): alert incidents announced in Slack and their results
 * posted in the announcement's thread, never failing anything.
 */
package dev.akmatori.application.notification;
