package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolType;
import java.util.Map;

/** A validated tool instance to be stored: settings still in clear, merged and checked. */
record ToolInstancePlan(ToolType type, String name, LogicalName logicalName, Map<String, Object> settings, boolean enabled) {}
