package org.entente.domain.timeline;

/** How much happened in one year: meetings held, negotiation steps and agreement actions taken. */
public record YearCount(int year, int meetings, int negotiationSteps, int agreementActions) {}
