package nl.gemeente.participatie.rules.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Reads recorded decision evaluations straight from the engine's history tables with plain JDBC:
 * the engine's own query API ({@code HistoricDecisionInstanceQuery} with inputs and outputs) builds
 * an entity per value and fetches byte arrays one by one, far too slow for a hundred thousand
 * evaluations. The tables are those of Camunda 7.24 ({@code activiti.*.create.decision.history.sql}):
 *
 * <ul>
 *   <li>{@code ACT_HI_DECINST}: one row per evaluated decision. The decision that was asked for has
 *       {@code ROOT_DEC_INST_ID_} null; the decisions it required point to it. {@code PROC_INST_ID_}
 *       and {@code ROOT_PROC_INST_ID_} name the process instance when the decision was evaluated
 *       inside one (a business rule task, or {@code DecisionService} called from a delegate);
 *   <li>{@code ACT_HI_DEC_IN}: the value of each input column ({@code CLAUSE_ID_}) per decision row;
 *   <li>{@code ACT_HI_DEC_OUT}: the value of each output column ({@code VAR_NAME_}) per matched rule
 *       ({@code RULE_ORDER_}, 1 for the first matched rule);
 *   <li>values as in {@code rules.impact.HistoryValues}, JSON in {@code ACT_GE_BYTEARRAY}.
 * </ul>
 */
@Component
public class DecisionHistory {

  /** One evaluation of the decision asked for; {@code caseId} is the process instance's business key. */
  public record Evaluation(String id, String definitionId, Instant evaluatedAt, Double collectValue, String caseId) {}

  /** One stored value of an evaluation (the root decision's id for values of required decisions). */
  public record Value(String evaluationId, String clauseId, String name, Integer ruleOrder, String type, String text,
      String text2, Long longValue, Double doubleValue, String bytearrayId, byte[] bytes) {

    Value withBytes(byte[] content) {
      return new Value(evaluationId, clauseId, name, ruleOrder, type, text, text2, longValue, doubleValue, bytearrayId,
          content);
    }
  }

  /** Bind parameters per statement, well below every database's limit. */
  public static final int MAX_PARAMETERS = 2_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;
  private final String prefix;

  DecisionHistory(ProcessEngine engine, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    String tablePrefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    this.jdbc = jdbc;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.prefix = tablePrefix == null ? "" : tablePrefix;
  }

  /**
   * Every evaluation of the decision with this key that was asked for itself (not as a requirement
   * of another), evaluated in {@code [from, until)}, oldest first. Streamed in a read-only
   * transaction, so the driver fetches in batches.
   */
  public List<Evaluation> evaluations(String decisionKey, Instant from, Instant until) {
    String sql = "select d.ID_, d.DEC_DEF_ID_, d.EVAL_TIME_, d.COLLECT_VALUE_,"
        + " coalesce(p.BUSINESS_KEY_, r.BUSINESS_KEY_) as CASE_ID"
        + " from " + prefix + "ACT_HI_DECINST d"
        + " left join " + prefix + "ACT_HI_PROCINST p on p.ID_ = d.PROC_INST_ID_"
        + " left join " + prefix + "ACT_HI_PROCINST r on r.ID_ = d.ROOT_PROC_INST_ID_"
        + " where d.DEC_DEF_KEY_ = ? and d.ROOT_DEC_INST_ID_ is null and d.EVAL_TIME_ >= ? and d.EVAL_TIME_ < ?"
        + " order by d.EVAL_TIME_, d.ID_";
    List<Evaluation> evaluations = new ArrayList<>();
    readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
      var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(5_000);
      statement.setString(1, decisionKey);
      statement.setTimestamp(2, Timestamp.from(from));
      statement.setTimestamp(3, Timestamp.from(until));
      return statement;
    }, (RowCallbackHandler) rs -> evaluations.add(new Evaluation(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
        rs.getObject(4, Double.class), rs.getString(5)))));
    return evaluations;
  }

  /** The values of these input columns of the evaluations' own (root) decision rows. */
  public List<Value> inputs(List<String> evaluationIds, Collection<String> clauseIds) {
    if (evaluationIds.isEmpty() || clauseIds.isEmpty()) {
      return List.of();
    }
    String sql = "select i.DEC_INST_ID_, i.CLAUSE_ID_, i.VAR_TYPE_, i.TEXT_, i.TEXT2_, i.LONG_, i.DOUBLE_, i.BYTEARRAY_ID_"
        + " from " + prefix + "ACT_HI_DEC_IN i"
        + " where i.DEC_INST_ID_ in (" + marks(evaluationIds.size()) + ")"
        + " and i.CLAUSE_ID_ in (" + marks(clauseIds.size()) + ")";
    return withBytes(jdbc.query(sql, (rs, n) -> input(rs), concat(evaluationIds, clauseIds)));
  }

  /** The values of these input columns of the decisions the evaluations required. */
  public List<Value> requiredDecisionInputs(List<String> evaluationIds, Collection<String> clauseIds) {
    if (evaluationIds.isEmpty() || clauseIds.isEmpty()) {
      return List.of();
    }
    String sql = "select d.ROOT_DEC_INST_ID_, i.CLAUSE_ID_, i.VAR_TYPE_, i.TEXT_, i.TEXT2_, i.LONG_, i.DOUBLE_,"
        + " i.BYTEARRAY_ID_"
        + " from " + prefix + "ACT_HI_DECINST d"
        + " join " + prefix + "ACT_HI_DEC_IN i on i.DEC_INST_ID_ = d.ID_"
        + " where d.ROOT_DEC_INST_ID_ in (" + marks(evaluationIds.size()) + ")"
        + " and i.CLAUSE_ID_ in (" + marks(clauseIds.size()) + ")";
    return withBytes(jdbc.query(sql, (rs, n) -> input(rs), concat(evaluationIds, clauseIds)));
  }

  /** Every output value of the evaluations' own (root) decision rows. */
  public List<Value> outputs(List<String> evaluationIds) {
    if (evaluationIds.isEmpty()) {
      return List.of();
    }
    String sql = "select o.DEC_INST_ID_, o.VAR_NAME_, o.RULE_ORDER_, o.VAR_TYPE_, o.TEXT_, o.TEXT2_, o.LONG_, o.DOUBLE_,"
        + " o.BYTEARRAY_ID_"
        + " from " + prefix + "ACT_HI_DEC_OUT o"
        + " where o.DEC_INST_ID_ in (" + marks(evaluationIds.size()) + ")";
    return withBytes(jdbc.query(sql, (rs, n) -> new Value(rs.getString(1), null, rs.getString(2),
        rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
        rs.getObject(8, Double.class), rs.getString(9), null), evaluationIds.toArray()));
  }

  private static Value input(ResultSet rs) throws SQLException {
    return new Value(rs.getString(1), rs.getString(2), null, null, rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getObject(6, Long.class), rs.getObject(7, Double.class), rs.getString(8), null);
  }

  /**
   * The values with their byte arrays, fetched by primary key in a second query: joined in the
   * first, PostgreSQL tends to hash-join the whole byte array table for a few JSON values.
   */
  private List<Value> withBytes(List<Value> values) {
    List<String> ids = values.stream().map(Value::bytearrayId).filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return values;
    }
    Map<String, byte[]> bytes = new HashMap<>();
    for (int start = 0; start < ids.size(); start += MAX_PARAMETERS) {
      List<String> part = ids.subList(start, Math.min(ids.size(), start + MAX_PARAMETERS));
      jdbc.query("select ID_, BYTES_ from " + prefix + "ACT_GE_BYTEARRAY where ID_ in (" + marks(part.size()) + ")",
          (RowCallbackHandler) rs -> bytes.put(rs.getString(1), rs.getBytes(2)), part.toArray());
    }
    return values.stream().map(v -> v.bytearrayId() == null ? v : v.withBytes(bytes.get(v.bytearrayId()))).toList();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String marks(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }

  private static Object[] concat(List<String> first, Collection<String> second) {
    List<Object> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all.toArray();
  }
}
