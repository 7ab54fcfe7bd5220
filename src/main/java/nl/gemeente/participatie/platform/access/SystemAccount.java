package nl.gemeente.participatie.platform.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Set;

/**
 * A partner's or supplier's system that calls its own API with a key (ADR 0003): not a Camunda
 * user, so no login lockout applies to it and it never reaches the webapps or the engine REST API.
 * The service keeps only the SHA-256 of the key; the key arrives as the HTTP Basic password.
 */
public final class SystemAccount implements Principal {

  /**
   * The authority every system account carries besides its group. It contains an underscore, which
   * no Camunda group id may (the engine's resource whitelist), so no person can ever hold it.
   */
  public static final String AUTHORITY = "SYSTEM_ACCOUNT";

  private final String id;
  private final ServiceGroup group;
  private final Set<String> signalSources;
  private final byte[] keySha256;

  SystemAccount(String id, ServiceGroup group, Set<String> signalSources, byte[] keySha256) {
    this.id = id;
    this.group = group;
    this.signalSources = Set.copyOf(signalSources);
    this.keySha256 = keySha256.clone();
  }

  /** The account id: the HTTP Basic user name, and for a partner its partner id. */
  public String id() {
    return id;
  }

  @Override
  public String getName() {
    return id;
  }

  public ServiceGroup group() {
    return group;
  }

  /** For group {@code signalen}: the signal sources this account may send (names of the signals' sources). */
  public Set<String> signalSources() {
    return signalSources;
  }

  /** Whether the key's SHA-256 is this account's, compared in constant time. */
  public boolean keyMatches(String key) {
    return key != null && MessageDigest.isEqual(keySha256, sha256(key));
  }

  boolean hasKeyHash(byte[] hash) {
    return MessageDigest.isEqual(keySha256, hash);
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }

  @Override
  public String toString() {
    return "SystemAccount[" + id + ", " + group.id() + "]";
  }
}
