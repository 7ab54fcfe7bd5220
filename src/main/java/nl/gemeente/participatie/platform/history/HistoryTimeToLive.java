package nl.gemeente.participatie.platform.history;

import nl.gemeente.participatie.platform.camunda.ModelDeployer;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the municipality's history time to live ({@link HistorySettings}) to every version of the
 * configured processes and decisions after the models are deployed, so the archive rules hold without
 * editing the models. Instances that ended before keep the removal time they got; cleanup runs in the
 * nightly window.
 */
@Component
@EnableConfigurationProperties(HistorySettings.class)
class HistoryTimeToLive {

  private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLive.class);

  private final RepositoryService repositoryService;
  private final HistorySettings settings;

  HistoryTimeToLive(RepositoryService repositoryService, HistorySettings settings, ModelDeployer deployedFirst) {
    this.repositoryService = repositoryService;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void apply() {
    settings.processTimeToLive().forEach((key, days) -> {
      var definitions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list();
      definitions.stream().filter(definition -> !days.equals(definition.getHistoryTimeToLive()))
          .forEach(definition -> repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
      log.info("History time to live of process {}: {} days ({} versions)", key, days, definitions.size());
    });
    settings.decisionTimeToLive().forEach((key, days) -> {
      var definitions = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).list();
      definitions.stream().filter(definition -> !days.equals(definition.getHistoryTimeToLive()))
          .forEach(definition -> repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
      log.info("History time to live of decision {}: {} days ({} versions)", key, days, definitions.size());
    });
  }
}
