/**
 * The retention cleanup (contract §3.10.5): the record of a cleanup run and the rules that decide
 * which workspace directories belong to an incident.
 */
package dev.akmatori.domain.retention;
