package nl.gemeente.participatie.platform.camunda;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deployment is not code execution (issue 13, finding 2). BPMN runs expressions in the job executor,
 * where no authorization applies, and a DMN expression in JUEL can call methods: whoever may deploy
 * them may run code. So:
 *
 * <ul>
 *   <li>a person who is not a Camunda administrator (policy staff, through the engine REST API or
 *       Camunda Modeler) may deploy decisions ({@code .dmn}) only, nothing else;
 *   <li>every decision, whoever deploys it (release, rules API, Modeler), uses FEEL only: an
 *       {@code expressionLanguage} other than FEEL is refused.
 * </ul>
 *
 * BPMN and forms come with a release ({@link ModelDeployer}, no person authenticated) or from an
 * administrator. Runs before the engine's own deployers, in the deployment's transaction: a refused
 * deployment leaves nothing behind. The refusal is an {@link AuthorizationException} (403 in the REST API).
 */
final class DeploymentPolicy implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    Authentication person = Context.getCommandContext().getAuthentication();
    boolean administrator = person == null || person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      boolean decision = name.endsWith(".dmn") || name.endsWith(".dmn11.xml") || name.endsWith(".dmn.xml");
      if (!administrator && !decision) {
        throw new AuthorizationException("Alleen beslistabellen (.dmn) mogen door beleidsmedewerkers worden gedeployd; "
            + "processen en formulieren komen met een release. Geweigerd: " + resource.getName());
      }
      if (decision) {
        List<String> languages = nonFeelLanguages(resource.getBytes());
        if (!languages.isEmpty()) {
          throw new AuthorizationException("Beslistabel " + resource.getName() + " gebruikt een andere expressietaal dan FEEL "
              + languages + "; alleen FEEL is toegestaan.");
        }
      }
    }
  }

  /** Every {@code expressionLanguage} attribute of the document that is not FEEL. */
  static List<String> nonFeelLanguages(byte[] xml) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      // Not readable XML: the engine's DMN parser refuses it with its own message.
      return List.of();
    }
    List<String> found = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("expressionLanguage") && !isFeel(element.getAttribute("expressionLanguage"))) {
        found.add(element.getAttribute("expressionLanguage"));
      }
    }
    return found;
  }

  private static boolean isFeel(String language) {
    String normalised = language.trim().toLowerCase(Locale.ROOT);
    return normalised.equals("feel") || normalised.equals("feel-scala")
        || normalised.matches("https?://www\\.omg\\.org/spec/(dmn/\\d+/)?feel/(\\d+/?)?");
  }
}
