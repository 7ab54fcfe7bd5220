package nl.gemeente.participatie.zaak.persistence;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.CaseStatus;
import nl.gemeente.participatie.zaak.DuplicateOpenCaseException;
import nl.gemeente.participatie.zaak.IntakeChannel;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.OutflowFigures;
import nl.gemeente.participatie.zaak.Melding;
import nl.gemeente.participatie.zaak.RequestType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The case register on plain JDBC: the same SQL on H2 (demo) and PostgreSQL (production). */
@Repository
class JdbcCaseRepository implements CaseRepository {

  private static final String SEQUENCE = "pw_case_number_seq";
  private static final String COLUMNS = "case_id, request_type, report_date, channel, status, stage, "
      + "process_instance_id, registered_at, registered_by, closed_at, outcome, application_date, awb_deadline";

  private final JdbcClient jdbc;
  private final DataFieldMaxValueIncrementer caseNumbers;

  JdbcCaseRepository(DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = JdbcClient.create(dataSource);
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    this.caseNumbers = product.toLowerCase().contains("postgres")
        ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
        : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
  }

  @Override
  public String nextCaseId(int year) {
    return "PW-%d-%06d".formatted(year, caseNumbers.nextLongValue());
  }

  @Override
  public boolean lock(String caseId) {
    return jdbc.sql("select case_id from pw_case where case_id = :caseId for update")
        .param("caseId", caseId)
        .query(String.class)
        .optional()
        .isPresent();
  }

  @Override
  public void insert(String caseId, Melding melding, String registeredBy, Instant registeredAt) {
    try {
      jdbc.sql("""
              insert into pw_case (case_id, bsn, open_bsn, request_type, report_date, channel, status, stage,
                                   registered_at, registered_by)
              values (:caseId, :bsn, :bsn, :requestType, :reportDate, :channel, :status, :stage,
                      :registeredAt, :registeredBy)""")
          .param("caseId", caseId)
          .param("bsn", melding.bsn().value())
          .param("requestType", melding.requestType().name())
          .param("reportDate", melding.reportDate())
          .param("channel", melding.channel().name())
          .param("status", CaseStatus.OPEN.name())
          .param("stage", CaseStage.MELDING.name())
          .param("registeredAt", OffsetDateTime.ofInstant(registeredAt, ZoneOffset.UTC))
          .param("registeredBy", registeredBy)
          .update();
    } catch (DuplicateKeyException e) {
      // The driver's message quotes the BSN: do not pass it on.
      throw new DuplicateOpenCaseException();
    }
  }

  @Override
  public Optional<String> findOpenCaseId(Bsn bsn) {
    return jdbc.sql("select case_id from pw_case where open_bsn = :bsn")
        .param("bsn", bsn.value())
        .query(String.class)
        .optional();
  }

  @Override
  public Optional<CaseRecord> find(String caseId) {
    return jdbc.sql("select " + COLUMNS + " from pw_case where case_id = :caseId")
        .param("caseId", caseId)
        .query(JdbcCaseRepository::toRecord)
        .optional();
  }

  @Override
  public boolean attachProcess(String caseId, String processInstanceId, CaseStage stage) {
    return jdbc.sql("""
            update pw_case set process_instance_id = :processInstanceId, stage = :stage
            where case_id = :caseId and status = :open and process_instance_id is null""")
        .param("processInstanceId", processInstanceId)
        .param("stage", stage.name())
        .param("caseId", caseId)
        .param("open", CaseStatus.OPEN.name())
        .update() == 1;
  }

  @Override
  public void updateRequestType(String caseId, RequestType requestType) {
    jdbc.sql("update pw_case set request_type = :requestType where case_id = :caseId")
        .param("requestType", requestType.name())
        .param("caseId", caseId)
        .update();
  }

  @Override
  public Optional<Bsn> bsnOf(String caseId) {
    return jdbc.sql("select bsn from pw_case where case_id = :caseId")
        .param("caseId", caseId)
        .query(String.class)
        .optional()
        .map(Bsn::of);
  }

  @Override
  public void updateStage(String caseId, CaseStage stage) {
    jdbc.sql("update pw_case set stage = :stage where case_id = :caseId and status = :open")
        .param("stage", stage.name())
        .param("caseId", caseId)
        .param("open", CaseStatus.OPEN.name())
        .update();
  }

  @Override
  public void registerApplication(String caseId, LocalDate applicationDate, LocalDate awbDeadline) {
    jdbc.sql("update pw_case set application_date = :applicationDate, awb_deadline = :awbDeadline where case_id = :caseId")
        .param("applicationDate", applicationDate)
        .param("awbDeadline", awbDeadline)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void updateAwbDeadline(String caseId, LocalDate awbDeadline) {
    jdbc.sql("update pw_case set awb_deadline = :awbDeadline where case_id = :caseId")
        .param("awbDeadline", awbDeadline)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public boolean close(String caseId, CaseOutcome outcome, Instant closedAt) {
    return jdbc.sql("""
            update pw_case set status = :closed, stage = :closedStage, open_bsn = null,
                               closed_at = :closedAt, outcome = :outcome
            where case_id = :caseId and status = :open""")
        .param("closed", CaseStatus.CLOSED.name())
        .param("closedStage", CaseStage.CLOSED.name())
        .param("closedAt", OffsetDateTime.ofInstant(closedAt, ZoneOffset.UTC))
        .param("outcome", outcome.name())
        .param("caseId", caseId)
        .param("open", CaseStatus.OPEN.name())
        .update() == 1;
  }

  @Override
  public void recordEnd(String caseId, String zgwResultaattype, LocalDate keepUntil) {
    jdbc.sql("update pw_case set zgw_resultaattype = :type, keep_until = :keepUntil where case_id = :caseId")
        .param("type", zgwResultaattype)
        .param("keepUntil", keepUntil)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordOutflowFigures(String caseId, OutflowFigures figures) {
    jdbc.sql("""
            update pw_case set work_start_date = :start, days_to_work = :days, outflow_route = :route,
                               outflow_partner = :partner, job_lasted_6_months = :lasted
            where case_id = :caseId""")
        .param("start", figures.workStartDate())
        .param("days", figures.daysToWork())
        .param("route", figures.route())
        .param("partner", figures.partner())
        .param("lasted", figures.jobLasted6Months())
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void linkPreviousCase(String caseId, String previousCaseId) {
    jdbc.sql("update pw_case set previous_case_id = :previous where case_id = :caseId")
        .param("previous", previousCaseId)
        .param("caseId", caseId)
        .update();
  }

  private static CaseRecord toRecord(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new CaseRecord(
        rs.getString("case_id"),
        RequestType.valueOf(rs.getString("request_type")),
        rs.getObject("report_date", LocalDate.class),
        IntakeChannel.valueOf(rs.getString("channel")),
        CaseStatus.valueOf(rs.getString("status")),
        CaseStage.valueOf(rs.getString("stage")),
        rs.getString("process_instance_id"),
        toInstant(rs.getObject("registered_at", OffsetDateTime.class)),
        rs.getString("registered_by"),
        toInstant(rs.getObject("closed_at", OffsetDateTime.class)),
        outcome == null ? null : CaseOutcome.valueOf(outcome),
        rs.getObject("application_date", LocalDate.class),
        rs.getObject("awb_deadline", LocalDate.class));
  }

  @Override
  public java.util.Map<String, LocalDate> reportDates(java.util.Collection<String> caseIds) {
    java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();
    for (var batch : nl.gemeente.participatie.common.Batches.of(caseIds)) {
      jdbc.sql("select case_id, report_date from pw_case where case_id in (:ids)").param("ids", batch)
          .query(rs -> {
            dates.put(rs.getString(1), rs.getObject(2, LocalDate.class));
          });
    }
    return dates;
  }

  @Override
  public java.util.List<ClosedCase> closedBetween(Instant start, Instant end) {
    return jdbc.sql("""
            select outcome, job_lasted_6_months from pw_case
            where status = 'CLOSED' and closed_at >= :start and closed_at < :end""")
        .param("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
        .param("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC))
        .query((rs, n) -> new ClosedCase(rs.getString(1) == null ? null : CaseOutcome.valueOf(rs.getString(1)),
            rs.getBoolean(2)))
        .list();
  }

  private static Instant toInstant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
