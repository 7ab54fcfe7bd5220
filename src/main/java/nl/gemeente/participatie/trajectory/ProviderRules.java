package nl.gemeente.participatie.trajectory;

import java.util.List;

/** Port: decision {@code providerSelection} (dmn/provider-selection.dmn), evaluated by the engine in {@code process}. */
public interface ProviderRules {

  /** The target group of a case, as the decision's inputs. */
  record TargetGroup(String trajectoryType, boolean under27, boolean over55, boolean languageNeed, String region) {}

  /** The contracted partners for the target group, in order of preference. */
  List<ProviderSelection.Candidate> partners(TargetGroup group);
}
