package dev.akmatori.application.investigation.agent;

/**
 * A function result ready to use: the text the model gets (possibly a spilled preview), the event's
 * output cut to the event limit, and the error message of a failed call (null on success).
 */
record ShapedResult(String modelText, String eventOutput, boolean eventOutputTruncated, String error) {
  boolean success() {
    return error == null;
  }
}
