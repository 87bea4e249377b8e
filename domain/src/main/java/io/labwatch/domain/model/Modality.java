package io.labwatch.domain.model;

/** What a released model takes in and puts out; AGENTIC for a model released to act (tools, computer use). */
public enum Modality {
    TEXT,
    IMAGE,
    AUDIO,
    VIDEO,
    MULTIMODAL,
    AGENTIC
}
