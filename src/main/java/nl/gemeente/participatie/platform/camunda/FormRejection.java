package nl.gemeente.participatie.platform.camunda;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses what a caseworker submitted in a Tasklist form. The engine's form validation exception
 * is the one the engine REST API answers with 400 and whose message Tasklist shows in the form;
 * any other exception becomes a 500. The submission is rolled back: nothing changes.
 *
 * <p>The class sits in an engine {@code impl} package, so it is used here only.
 */
public final class FormRejection {

  private FormRejection() {}

  /** @param dutchMessage shown to the caseworker; must not contain personal data */
  public static RuntimeException of(String dutchMessage) {
    return new FormFieldValidationException(null, dutchMessage);
  }
}
