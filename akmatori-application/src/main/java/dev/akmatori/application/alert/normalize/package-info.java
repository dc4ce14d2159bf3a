/**
 * The five webhook payload adapters (contract §4.3–4.6): plain code over the parsed JSON-like maps,
 * each with its built-in extraction, the instance's field mappings on top and its own rules.
 */
package dev.akmatori.application.alert.normalize;
