/**
 * HTTP connectors (contract §3.8): REST APIs described as tool definitions, each connector owning
 * one tool type of kind {@code http_connector}.
 */
package dev.akmatori.domain.connector;
