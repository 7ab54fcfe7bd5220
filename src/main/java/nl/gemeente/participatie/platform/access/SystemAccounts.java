package nl.gemeente.participatie.platform.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The system accounts (ADR 0003): {@code participatie.system-accounts.<id>.key-sha256}, {@code .group}
 * and, for group {@code signalen}, {@code .signal-sources}. Checked at start-up: the service does not
 * start with an account whose key hash is missing or malformed, whose group is not a system
 * accounts' group, whose signal sources do not fit its group, whose key another account has too, or
 * whose key is a demo key (the account id itself) or empty outside the demo. With
 * {@code participatie.demo-users=true} the demo accounts of {@link DemoUsers} are added, each with
 * its id as key, unless configured otherwise.
 */
@Component
@EnableConfigurationProperties(SystemAccounts.Properties.class)
public class SystemAccounts {

  private static final Logger log = LoggerFactory.getLogger(SystemAccounts.class);

  private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

  /** One configured account as it is written in the configuration. */
  public record Entry(String keySha256, String group, Set<String> signalSources) {}

  @ConfigurationProperties("participatie")
  record Properties(Map<String, Entry> systemAccounts) {}

  private final Map<String, SystemAccount> accounts;

  SystemAccounts(Properties properties, @Value("${participatie.demo-users:false}") boolean demo) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (demo) {
      DemoUsers.SYSTEM_ACCOUNTS.forEach(account -> entries.put(account.id(), account.entry()));
    }
    if (properties.systemAccounts() != null) {
      entries.putAll(properties.systemAccounts());
    }
    this.accounts = validated(entries, demo);
    log.info("{} system accounts configured", accounts.size());
  }

  /** The system account with this id, if one is configured. */
  public Optional<SystemAccount> find(String id) {
    return Optional.ofNullable(id == null ? null : accounts.get(id));
  }

  public Collection<SystemAccount> all() {
    return accounts.values();
  }

  /** The hex SHA-256 of a key, as {@code key-sha256} wants it. */
  public static String keySha256(String key) {
    return SystemAccount.sha256Hex(key);
  }

  private static Map<String, SystemAccount> validated(Map<String, Entry> entries, boolean demo) {
    List<String> problems = new ArrayList<>();
    Map<String, SystemAccount> accounts = new LinkedHashMap<>();
    for (Map.Entry<String, Entry> configured : entries.entrySet()) {
      String id = configured.getKey();
      Entry entry = configured.getValue();
      String prefix = "participatie.system-accounts." + id + ".";
      int before = problems.size();
      if (!ID.matcher(id).matches()) {
        problems.add("system account id '" + id + "' must be lower-case letters, digits and hyphens (at most 64)");
      }
      ServiceGroup group = groupOf(entry.group());
      if (group == null) {
        problems.add(prefix + "group must be one of " + systemGroupIds());
      }
      String hash = entry.keySha256() == null ? "" : entry.keySha256().trim();
      if (!SHA256_HEX.matcher(hash).matches()) {
        problems.add(prefix + "key-sha256 is missing or not 64 hex digits (the SHA-256 of the account's key)");
      } else if (!demo && (hash.equalsIgnoreCase(keySha256(id)) || hash.equalsIgnoreCase(keySha256("")))) {
        problems.add(prefix + "key-sha256 is the hash of a demo key (the account id) or of nothing; "
            + "give the account a random key of at least 32 characters");
      }
      Set<String> sources = entry.signalSources() == null ? Set.of() : new TreeSet<>(entry.signalSources());
      if (group == ServiceGroup.SIGNALEN && sources.isEmpty()) {
        problems.add(prefix + "signal-sources is required for group signalen");
      } else if (group != null && group != ServiceGroup.SIGNALEN && !sources.isEmpty()) {
        problems.add(prefix + "signal-sources is only for group signalen");
      }
      if (problems.size() > before) {
        continue;
      }
      byte[] keyHash = HexFormat.of().parseHex(hash.toLowerCase());
      accounts.values().stream().filter(other -> other.hasKeyHash(keyHash)).findFirst().ifPresent(other ->
          problems.add(prefix + "key-sha256 is the same as that of system account " + other.id()
              + "; each account needs a key of its own"));
      accounts.put(id, new SystemAccount(id, group, sources, keyHash));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("System accounts misconfigured (ADR 0003): " + String.join("; ", problems));
    }
    return Map.copyOf(accounts);
  }

  private static ServiceGroup groupOf(String id) {
    return ServiceGroup.systemAccountGroups().stream().filter(group -> group.id().equals(id)).findFirst().orElse(null);
  }

  private static List<String> systemGroupIds() {
    return ServiceGroup.systemAccountGroups().stream().map(ServiceGroup::id).toList();
  }
}
