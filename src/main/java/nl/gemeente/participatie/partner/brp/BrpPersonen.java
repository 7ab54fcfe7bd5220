package nl.gemeente.participatie.partner.brp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of Haal Centraal BRP Personen Bevragen v2 (openapi 2.x, RaadpleegMetBurgerservicenummer)
 * that the service reads. Unknown fields are ignored: the BRP adds fields without notice.
 */
final class BrpPersonen {

  private BrpPersonen() {}

  static final List<String> FIELDS = List.of("geboorte", "nationaliteiten", "verblijfplaats", "verblijfstitel",
      "partners", "kinderen");

  record Query(String type, List<String> burgerservicenummer, List<String> fields) {
    static Query byBsn(String bsn) {
      return new Query("RaadpleegMetBurgerservicenummer", List.of(bsn), FIELDS);
    }

    /** Only the person's current partners (for the partner's BSN). */
    static Query partnersOf(String bsn) {
      return new Query("RaadpleegMetBurgerservicenummer", List.of(bsn), List.of("partners.burgerservicenummer", "partners.geboorte"));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(String type, List<Persoon> personen) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Persoon(Geboorte geboorte, List<Nationaliteit> nationaliteiten, Verblijfplaats verblijfplaats,
      Verblijfstitel verblijfstitel, List<Partner> partners, List<Kind> kinderen,
      OpschortingBijhouding opschortingBijhouding) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Geboorte(Datum datum) {}

  /** {@code type} is Datum, DatumOnbekend, JaarDatum or JaarMaandDatum; only Datum has a full date. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Datum(String type, LocalDate datum) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Waardetabel(String code, String omschrijving) {}

  /** {@code type}: Nationaliteit, BehandeldAlsNederlander, VastgesteldNietNederlander, Staatloos. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Nationaliteit(String type, Waardetabel nationaliteit) {}

  /** {@code type}: Adres, Locatie, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Verblijfplaats(String type) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Verblijfstitel(Waardetabel aanduiding, Datum datumIngang, Datum datumEinde) {}

  /**
   * A current spouse or registered partner (the BRP leaves out dissolved ones). Its BSN is read only
   * to ask the income source for the partner's income, and kept nowhere (docs/personal-data.md).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Partner(String burgerservicenummer, Geboorte geboorte, AangaanHuwelijkPartnerschap aangaanHuwelijkPartnerschap) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AangaanHuwelijkPartnerschap(Datum datum) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Kind(Geboorte geboorte) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OpschortingBijhouding(Waardetabel reden) {}
}
