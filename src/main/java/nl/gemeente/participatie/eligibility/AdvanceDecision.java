package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.gemeente.participatie.common.Money;
import nl.gemeente.participatie.common.Texts;

/** "Voorschot beoordelen" (art. 52): an advance while the right is not yet established, or none with reasons. */
public record AdvanceDecision(String decision, BigDecimal monthlyAmount, String reasons) {

  public boolean grants() {
    return "ADVANCE".equals(decision);
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!"ADVANCE".equals(decision) && !"NO_ADVANCE".equals(decision)) {
      problems.add("Kies: voorschot verlenen of geen voorschot.");
    } else if (grants() && (monthlyAmount == null || monthlyAmount.signum() <= 0)) {
      problems.add("Vul het bedrag van het voorschot per maand in.");
    } else if (grants() && !Money.withinBounds(monthlyAmount)) {
      problems.add(Money.boundsMessage("Het bedrag van het voorschot"));
    } else if (!grants() && (reasons == null || reasons.isBlank())) {
      problems.add("Motiveer waarom geen voorschot wordt verleend.");
    }
    if (Texts.tooLong(reasons, 2000)) {
      problems.add(Texts.tooLongMessage("De motivering", 2000));
    }
    return problems;
  }
}
