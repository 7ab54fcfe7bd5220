package nl.gemeente.participatie.platform.camunda;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine settings that keep its generic power inside the service's trust boundaries (issue 13,
 * docs/adr/0001-trust-boundaries.md). Everything here is configuration of the engine's own extension
 * points (a plugin, the expression manager, a deployer, the history event handler); the rules they
 * apply live in {@link ModelBeans}, {@link DeploymentPolicy} and {@link HistoryWithoutPersonalData}.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;
  private final ModelBeans modelBeans;
  private final Set<String> neverInHistory;

  EngineHardening(ApplicationContext applicationContext, ModelBeans modelBeans,
      List<VariablesNeverInHistory> neverInHistory) {
    this.applicationContext = applicationContext;
    this.modelBeans = modelBeans;
    this.neverInHistory = neverInHistory.stream().flatMap(v -> v.names().stream()).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Expressions in models (BPMN ${...}, JUEL in DMN) see only the beans the released models name,
    // not the whole application context (identityService, data sources, ...). The factory bean has
    // already made an expression manager over the whole context: replace it.
    configuration.setBeans(modelBeans.asMap());
    configuration.setExpressionManager(new SpringExpressionManager(applicationContext, configuration.getBeans()));

    // Who may deploy what: a person who is not a Camunda administrator deploys FEEL decisions only.
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new DeploymentPolicy());
    configuration.setCustomPreDeployers(preDeployers);

    // The start form's BSN is read once by the registration and removed; it never reaches history.
    HistoryEventHandler database = new DbHistoryEventHandler();
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new HistoryWithoutPersonalData(database, neverInHistory));
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
