package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.util.List;

/** The outputs of decision {@code eligibility}: what the rules advise. A person decides. */
public record Advice(boolean eligible, List<String> reasons, BigDecimal monthlyNorm, BigDecimal benefitAmount) {}
