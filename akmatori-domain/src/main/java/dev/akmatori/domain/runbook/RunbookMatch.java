package dev.akmatori.domain.runbook;

/** A search hit: the runbook, its BM25 score (higher is better) and a snippet of its content. */
public record RunbookMatch(Runbook runbook, double score, String snippet) {}
