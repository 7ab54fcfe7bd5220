package nl.gemeente.participatie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import nl.gemeente.participatie.platform.security.DeclaredFormFields.Kind;
import org.junit.jupiter.api.Test;

/** What the real forms of bpmn/ let Tasklist submit. */
class DeclaredFormFieldsTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void theStartFormSubmitsItsFourTextFields() throws IOException {
    DeclaredFormFields fields = DeclaredFormFields.of(json.readTree(Path.of("bpmn/melding-start.form").toFile()));

    assertThat(fields.variables()).containsOnlyKeys("bsn", "reportDate", "requestType", "channel")
        .containsValue(Kind.TEXT).doesNotContainValue(Kind.JSON);
  }

  @Test
  void aFormWithAGroupPathSubmitsOneJsonVariable() throws IOException {
    DeclaredFormFields fields = DeclaredFormFields.of(json.readTree(Path.of("bpmn/intake-conversation.form").toFile()));

    assertThat(fields.variables()).containsExactly(java.util.Map.entry("intake", Kind.JSON));
    assertThat(Kind.JSON.accepts("json")).isTrue();
    assertThat(Kind.JSON.accepts("object")).isFalse();
    assertThat(Kind.JSON.accepts("xml")).isFalse();
  }

  @Test
  void aConfirmationFormSubmitsNothing() throws IOException {
    assertThat(DeclaredFormFields.of(json.readTree(Path.of("bpmn/await-information.form").toFile())).variables()).isEmpty();
  }

  @Test
  void plainFieldsKeepTheirKind() throws IOException {
    DeclaredFormFields fields = DeclaredFormFields.of(json.readTree("""
        {"components": [
          {"type": "number", "key": "amount"}, {"type": "checkbox", "key": "agreed"},
          {"type": "text", "text": "only shown"}, {"type": "group", "components": [{"type": "textfield", "key": "name"}]},
          {"type": "textfield", "key": "address.street"}]}"""));

    assertThat(fields.variables()).containsOnlyKeys("amount", "agreed", "name", "address");
    assertThat(fields.variables().get("amount").accepts("double")).isTrue();
    assertThat(fields.variables().get("amount").accepts("string")).isFalse();
    assertThat(fields.variables().get("agreed").accepts("boolean")).isTrue();
    assertThat(fields.variables().get("address")).isEqualTo(Kind.JSON);
    assertThat(fields.variables().get("name").accepts("null")).isTrue();
  }
}
