package nl.gemeente.participatie.intake.api;

import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseView;
import nl.gemeente.participatie.intake.MeldingInput;
import nl.gemeente.participatie.zaak.OpenTask;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CaseApiMapper {

  MeldingInput toInput(CaseRequest request);

  CaseCreatedResponse toCreated(CaseRecord caseRecord);

  @Mapping(target = ".", source = "caseRecord")
  CaseResponse toResponse(CaseView view);

  CaseResponse.TaskResponse toTask(OpenTask task);
}
