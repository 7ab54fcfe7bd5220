package nl.gemeente.participatie.platform.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Spring beans that expressions in models may reach: exactly the beans the released BPMN models
 * name in an expression ({@code ${takeDecision}}, {@code ${signalTimers.termOver(signalId)}},
 * {@code ${reminded ? reportGracePeriod : progressReportInterval}}); a name there that is no bean is a
 * process variable. Everything else in the application context (the identity service,
 * data sources, repositories) is out of reach of an expression, so a model cannot run arbitrary code
 * through a bean. The beans are looked up when an expression needs them, not when the engine starts,
 * because the delegates themselves depend on the engine.
 */
@Component
class ModelBeans {

  /** An expression, {@code ${...}} or {@code #{...}}. */
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  /** A string literal inside an expression. */
  private static final Pattern LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  /** A name that starts a value (not a property or method after a dot). */
  private static final Pattern ROOT_NAME = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");

  private final ApplicationContext applicationContext;
  private final Set<String> names;

  ModelBeans(ApplicationContext applicationContext, @Value("${participatie.models.location:classpath:}") String location) {
    this.applicationContext = applicationContext;
    String base = ModelDeployer.base(location);
    Set<String> named = new TreeSet<>(namedIn(base + "bpmn/**/*.bpmn"));
    named.removeIf(name -> !applicationContext.containsBean(name));
    this.names = Collections.unmodifiableSet(named);
  }

  /** The bean names the models use, for tests and the start-up log. */
  Set<String> names() {
    return names;
  }

  /** A read-only map from those names to their beans, resolved on first use. */
  Map<Object, Object> asMap() {
    return new AbstractMap<>() {
      @Override
      public boolean containsKey(Object key) {
        return names.contains(key);
      }

      @Override
      public Object get(Object key) {
        return names.contains(key) ? applicationContext.getBean((String) key) : null;
      }

      @Override
      public Set<Entry<Object, Object>> entrySet() {
        return names.stream()
            .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, applicationContext.getBean(name)))
            .collect(Collectors.toUnmodifiableSet());
      }
    };
  }

  private static Set<String> namedIn(String pattern) {
    Set<String> found = new TreeSet<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        if (!resource.isReadable()) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          Matcher expression = EXPRESSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (expression.find()) {
            Matcher name = ROOT_NAME.matcher(LITERAL.matcher(expression.group(1)).replaceAll(""));
            while (name.find()) {
              found.add(name.group(1));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models under " + pattern, e);
    }
    return found;
  }
}
