package nl.gemeente.participatie.assessment;

import java.util.Set;

/** Where a debt-assistance referral stands, and which answers may follow which. */
public enum DebtReferralStatus {
  REFERRED,
  TAKEN_ON,
  DECLINED,
  FINISHED;

  public boolean mayBeFollowedBy(DebtReferralStatus next) {
    return switch (this) {
      case REFERRED -> Set.of(TAKEN_ON, DECLINED, FINISHED).contains(next);
      case TAKEN_ON -> next == FINISHED;
      case DECLINED, FINISHED -> false;
    };
  }

  public boolean isFinal() {
    return this == DECLINED || this == FINISHED;
  }
}
