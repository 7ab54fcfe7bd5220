package nl.gemeente.participatie.partner.benefits;

import nl.gemeente.participatie.eligibility.BenefitsRegisterFacts;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface BenefitsRegisterMapper {

  @Mapping(target = "runningBijstandElsewhere", source = "lopendeBijstandElders", defaultValue = "false")
  @Mapping(target = "openClaims", source = "openstaandeVorderingen", defaultValue = "false")
  BenefitsRegisterFacts toFacts(BenefitsRegisterClient.Answer answer);
}
