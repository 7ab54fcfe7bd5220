package nl.gemeente.participatie.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the JDBC round trips the whole service (engine and service tables alike) makes: the
 * application's one {@link DataSource} is wrapped in a JDK proxy that counts every statement execution
 * ({@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeBatch}, ... on
 * Statement, PreparedStatement and CallableStatement: one network round trip each, a batch counted
 * once) and every commit and rollback (a round trip of its own). Plain JDK proxies, no extra library.
 */
public final class StatementCounter {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static final AtomicLong COMMITS = new AtomicLong();

  private StatementCounter() {}

  /** Statements plus commits/rollbacks so far. */
  static long roundTrips() {
    return STATEMENTS.get() + COMMITS.get();
  }

  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
        new Forwarding(target, (method, result) -> {
          if (result instanceof Connection connection) {
            return connection(connection);
          }
          return result;
        }));
  }

  private static Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
        new Forwarding(target, (method, result) -> {
          if (method.getName().equals("commit") || method.getName().equals("rollback")) {
            COMMITS.incrementAndGet();
          }
          if (result instanceof Statement statement && !(method.getName().equals("unwrap"))) {
            return statement(statement);
          }
          return result;
        }));
  }

  private static Statement statement(Statement target) {
    java.util.List<Class<?>> interfaces = new java.util.ArrayList<>();
    for (Class<?> type : new Class<?>[] {java.sql.CallableStatement.class, java.sql.PreparedStatement.class, Statement.class}) {
      if (type.isInstance(target)) {
        interfaces.add(type);
      }
    }
    return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
        new Forwarding(target, (method, result) -> {
          if (method.getName().startsWith("execute")) {
            STATEMENTS.incrementAndGet();
          }
          return result;
        }));
  }

  private interface After {
    Object apply(Method method, Object result);
  }

  private record Forwarding(Object target, After after) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
        return proxy;
      }
      if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
        return true;
      }
      if (method.getName().equals("equals") && args != null) {
        return proxy == args[0];
      }
      if (method.getName().equals("hashCode")) {
        return System.identityHashCode(proxy);
      }
      try {
        return after.apply(method, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /** Wraps the application's DataSource bean, before the engine, Flyway and the repositories get it. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {
    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()) ? wrap(dataSource) : bean;
        }
      };
    }
  }
}
