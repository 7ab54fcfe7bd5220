package nl.gemeente.participatie.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One real PostgreSQL server per test JVM, started from a Maven artifact (no Docker on these
 * machines); each test context gets a database of its own on it.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // Stopped by the library's own shutdown hook when the test JVM ends.
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
    return server;
  }

  /** Creates the database if it does not exist yet; returns the JDBC URL. */
  public static synchronized String database(String name) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (!exists.next()) {
          statement.execute("create database " + name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  /** A fresh, empty database. */
  public static synchronized String freshDatabase(String name) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop test database " + name, e);
    }
    return database(name);
  }

  /** The environment the {@code postgres} profile reads, pointing at a database on this server. */
  public static Map<String, Object> environmentFor(String databaseName) {
    database(databaseName);
    return Map.of(
        "DB_HOST", "localhost",
        "DB_PORT", String.valueOf(server().getPort()),
        "DB_NAME", databaseName,
        "DB_USER", "postgres",
        "DB_PASSWORD", "postgres");
  }
}
