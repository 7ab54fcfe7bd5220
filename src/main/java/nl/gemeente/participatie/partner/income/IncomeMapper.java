package nl.gemeente.participatie.partner.income;

import nl.gemeente.participatie.eligibility.EmploymentFacts;
import nl.gemeente.participatie.eligibility.IncomeFacts;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface IncomeMapper {

  @Mapping(target = "netMonthlyIncome", source = "nettoMaandinkomen", defaultValue = "0")
  @Mapping(target = "studentFinanceEligible", source = "studiefinancieringMogelijk", defaultValue = "false")
  @Mapping(target = "known", constant = "true")
  IncomeFacts toFacts(IncomeClient.Answer answer);

  @Mapping(target = "known", constant = "true")
  @Mapping(target = "contractStart", source = "ingangsdatum")
  @Mapping(target = "hoursPerWeek", source = "urenPerWeek")
  @Mapping(target = "grossMonthlyWage", source = "brutoMaandloon")
  @Mapping(target = "netMonthlyWage", source = "nettoMaandloon")
  EmploymentFacts toFacts(IncomeClient.Employment employment);
}
