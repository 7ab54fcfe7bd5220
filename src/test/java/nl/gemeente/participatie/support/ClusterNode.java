package nl.gemeente.participatie.support;

import java.util.HashMap;
import java.util.Map;

/**
 * A service node in a JVM of its own, for the cluster test: started with {@code key=value}
 * arguments (the database environment and settings), it runs until its process is killed.
 */
public final class ClusterNode {

  private ClusterNode() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, Object> database = new HashMap<>();
    Map<String, Object> settings = new HashMap<>();
    String engineName = "node";
    for (String arg : args) {
      String key = arg.substring(0, arg.indexOf('='));
      String value = arg.substring(arg.indexOf('=') + 1);
      if (key.equals("engineName")) {
        engineName = value;
      } else if (key.startsWith("DB_")) {
        database.put(key, value);
      } else {
        settings.put(key, value);
      }
    }
    ServiceRun.startOn(database, engineName, settings);
    System.out.println("CLUSTER-NODE-STARTED " + engineName);
    Thread.currentThread().join();
  }
}
