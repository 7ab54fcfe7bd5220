package nl.gemeente.participatie.partner.brp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gemeente.participatie.eligibility.PersonFacts;
import nl.gemeente.participatie.eligibility.ResidenceStatus;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** BRP person to the facts eligibility needs. */
@Mapper
interface BrpMapper {

  /** BRP nationality code for Dutch (Landelijke tabel 32). */
  String DUTCH = "0001";
  /** Verblijfstitel "geen verblijfstitel (meer)" (Landelijke tabel 56). */
  String NO_RESIDENCE_TITLE = "98";
  /** opschortingBijhouding reason O: deceased. */
  String DECEASED = "O";

  @Mapping(target = "birthDate", source = "geboorte.datum", qualifiedByName = "fullDate")
  @Mapping(target = "residenceStatus", source = ".", qualifiedByName = "residenceStatus")
  @Mapping(target = "livesInNetherlands", source = "verblijfplaats", qualifiedByName = "livesInNetherlands")
  @Mapping(target = "hasPartner", source = "partners", qualifiedByName = "notEmpty")
  @Mapping(target = "childrenUnder18", source = "kinderen", qualifiedByName = "childrenUnder18")
  @Mapping(target = "deceased", source = "opschortingBijhouding", qualifiedByName = "deceased")
  PersonFacts toFacts(BrpPersonen.Persoon persoon, @Context LocalDate today, @Context Set<String> lawfulResidenceCodes);

  @Named("fullDate")
  default LocalDate fullDate(BrpPersonen.Datum datum) {
    return datum != null && "Datum".equals(datum.type()) ? datum.datum() : null;
  }

  /**
   * Dutch (or treated as Dutch) by nationality; otherwise lawful residence by a valid residence title
   * whose code the municipality lists as lawful in the sense of art. 11 lid 2; no title (98): none;
   * anything else: not established, for the caseworker.
   */
  @Named("residenceStatus")
  default ResidenceStatus residenceStatus(BrpPersonen.Persoon persoon, @Context LocalDate today,
      @Context Set<String> lawfulResidenceCodes) {
    if (persoon.nationaliteiten() != null && persoon.nationaliteiten().stream().anyMatch(this::isDutch)) {
      return ResidenceStatus.DUTCH;
    }
    BrpPersonen.Verblijfstitel titel = persoon.verblijfstitel();
    if (titel == null || titel.aanduiding() == null) {
      return null;
    }
    if (NO_RESIDENCE_TITLE.equals(titel.aanduiding().code())) {
      return ResidenceStatus.NONE;
    }
    LocalDate end = fullDate(titel.datumEinde());
    if (end != null && end.isBefore(today)) {
      return ResidenceStatus.NONE;
    }
    return lawfulResidenceCodes.contains(titel.aanduiding().code()) ? ResidenceStatus.LAWFUL_RESIDENT : null;
  }

  private boolean isDutch(BrpPersonen.Nationaliteit nationaliteit) {
    return "BehandeldAlsNederlander".equals(nationaliteit.type())
        || (nationaliteit.nationaliteit() != null && DUTCH.equals(nationaliteit.nationaliteit().code()));
  }

  @Named("livesInNetherlands")
  default Boolean livesInNetherlands(BrpPersonen.Verblijfplaats verblijfplaats) {
    if (verblijfplaats == null || verblijfplaats.type() == null || "VerblijfplaatsOnbekend".equals(verblijfplaats.type())) {
      return null;
    }
    return !"VerblijfplaatsBuitenland".equals(verblijfplaats.type());
  }

  @Named("notEmpty")
  default boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }

  @Named("childrenUnder18")
  default int childrenUnder18(List<BrpPersonen.Kind> kinderen, @Context LocalDate today) {
    if (kinderen == null) {
      return 0;
    }
    return (int) kinderen.stream()
        .map(kind -> kind.geboorte() == null ? null : fullDate(kind.geboorte().datum()))
        .filter(birth -> birth != null && birth.plusYears(18).isAfter(today))
        .count();
  }

  @Named("deceased")
  default boolean deceased(BrpPersonen.OpschortingBijhouding opschorting) {
    return opschorting != null && opschorting.reden() != null && DECEASED.equals(opschorting.reden().code());
  }
}
