package nl.gemeente.participatie.assessment;

import java.time.LocalDate;

/** What the rules propose after the broad assessment: route, instruments, debt referral, obligations. */
public record RouteProposal(
    Route route,
    boolean assessWageValue,
    boolean askUwvShelteredWorkAdvice,
    boolean jobCoaching,
    boolean debtReferral,
    String explanation,
    String obligations,
    LocalDate exemptUntil,
    String obligationsArticle,
    String languageRequirement) {}
