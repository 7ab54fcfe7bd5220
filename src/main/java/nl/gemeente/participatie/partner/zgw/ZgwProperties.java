package nl.gemeente.participatie.partner.zgw;

import java.net.URI;
import java.util.Map;
import nl.gemeente.participatie.partner.PartnerEndpoint;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code participatie.partners.zgw.*}: the municipality's ZGW APIs (Open Zaak).
 *
 * @param clientId and {@code secret}: the ZGW JWT credentials of this service (secret at least 32 bytes)
 * @param rsin the municipality's RSIN, verantwoordelijke organisatie of every besluit
 * @param besluittypen the besluittype URL (Catalogi API) per decision: GRANT, REFUSE, NOT_PROCESSED, END_BENEFIT, CHANGE_BENEFIT
 */
@ConfigurationProperties("participatie.partners.zgw")
public record ZgwProperties(PartnerEndpoint endpoint, String clientId, String secret, String rsin,
    Map<String, URI> besluittypen) {}
