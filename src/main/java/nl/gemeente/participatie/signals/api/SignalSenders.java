package nl.gemeente.participatie.signals.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gemeente.participatie.platform.access.ServiceGroup;
import nl.gemeente.participatie.platform.access.SystemAccount;
import nl.gemeente.participatie.platform.access.SystemAccounts;
import nl.gemeente.participatie.signals.SignalSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which signal sources a sender may speak for (finding 10 of issue 13): a signal supplier's system
 * account its configured {@code signal-sources}, so a housing corporation cannot report a BRP death;
 * a person (a {@code klantmanager}) only {@link SignalSource#CLIENT}, the client's own report passed
 * on (art. 17). A check on the client's benefit rests on data from the one source that holds it (AVG
 * art. 5 lid 1 sub d, accuracy). Checked at start-up: the service does not start with a source name
 * it does not know.
 */
@Component
class SignalSenders {

  private static final Set<SignalSource> PERSON = Set.of(SignalSource.CLIENT);

  private final Map<String, Set<SignalSource>> bySystemAccount = new LinkedHashMap<>();

  SignalSenders(SystemAccounts accounts) {
    List<String> sourceNames = Arrays.stream(SignalSource.values()).map(Enum::name).toList();
    for (SystemAccount account : accounts.all()) {
      if (account.group() != ServiceGroup.SIGNALEN) {
        continue;
      }
      Set<SignalSource> sources = EnumSet.noneOf(SignalSource.class);
      for (String name : account.signalSources()) {
        if (!sourceNames.contains(name)) {
          throw new IllegalStateException("participatie.system-accounts." + account.id() + ".signal-sources: unknown source '"
              + name + "'; known are " + sourceNames);
        }
        sources.add(SignalSource.valueOf(name));
      }
      bySystemAccount.put(account.id(), Set.copyOf(sources));
    }
  }

  /** The sources this authenticated sender may send; empty for a system account of another group. */
  Set<SignalSource> allowedFor(Authentication sender) {
    if (sender.getPrincipal() instanceof SystemAccount account) {
      return bySystemAccount.getOrDefault(account.id(), Set.of());
    }
    return PERSON;
  }

}
