package nl.gemeente.participatie.partner.zgw;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * The JWT the ZGW APIs expect (VNG "Autorisatie": HS256, issuer and client_id the client id, iat,
 * user_id and user_representation of the acting user). A fresh token per call: they are cheap and
 * never outlive the API's clock-skew window.
 */
final class ZgwJwt {

  private ZgwJwt() {}

  static String token(ZgwProperties zgw, String userId, Clock clock) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(zgw.clientId())
        .issueTime(Date.from(clock.instant()))
        .claim("client_id", zgw.clientId())
        .claim("user_id", userId)
        .claim("user_representation", userId)
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(zgw.secret().getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("ZGW secret unusable for HS256 (at least 32 bytes needed)", e);
    }
    return jwt.serialize();
  }
}
