package vn.phoihop.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Local users sign in to the console with a form and to the API with HTTP Basic; with an issuer's key configured
 * the API also takes bearer JWTs, whose roles come from the configured claim path (Keycloak's realm roles here).
 */
@SpringBootTest(classes = { SignInApplication.class, LocalUsersAndJwtTest.Issuer.class }, properties = {
        "phoihop.security.roles-claim=realm_access.roles", "phoihop.security.users[0].name=auditor",
        "phoihop.security.users[0].password={noop}auditor-demo", "phoihop.security.users[0].roles[0]=AUDITOR" })
@AutoConfigureMockMvc
class LocalUsersAndJwtTest {

    static final RSAKey ISSUER_KEY = newKey();

    @Autowired
    MockMvc mvc;

    @Test
    void takesABearerTokenWithItsUserNameAndOnlyThePlatformsRoles() throws Exception {
        String token = token(ISSUER_KEY, Map.of("roles", List.of("ASSIGNED_MEMBER", "offline_access")));

        mvc.perform(get("/api/whoami").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(content().string("uv03 [ROLE_ASSIGNED_MEMBER]"));
    }

    @Test
    void refusesATokenSignedByAnotherKeyAsProblemDetails() throws Exception {
        String forged = token(newKey(), Map.of("roles", List.of("AUDITOR")));

        mvc.perform(get("/api/whoami").header("Authorization", "Bearer " + forged))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void forbidsATokenWithoutAPlatformRole() throws Exception {
        String token = token(ISSUER_KEY, Map.of("roles", List.of("offline_access")));

        mvc.perform(get("/api/whoami").header("Authorization", "Bearer " + token))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void stillTakesLocalUsersOnTheApi() throws Exception {
        mvc.perform(get("/api/whoami").with(httpBasic("auditor", "auditor-demo")))
            .andExpect(status().isOk())
            .andExpect(content().string("auditor [ROLE_AUDITOR]"));
    }

    @Test
    void sendsTheBrowserToSignInAndGivesItAFreshSessionIdWhenItDoes() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult signedIn = mvc.perform(formLogin("/login").user("auditor").password("auditor-demo")).andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void refusesAWrongPasswordBackOnTheSignInPage() throws Exception {
        mvc.perform(formLogin("/login").user("auditor").password("wrong"))
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void servesPagesInVietnameseOrEnglishUnderAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Referrer-Policy", "same-origin"))
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(content().string(containsString("Mật khẩu")));
        mvc.perform(get("/login").param("lang", "en"))
            .andExpect(content().string(containsString("Password")));
    }

    private static String token(RSAKey key, Map<String, Object> realmAccess) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("5b0f3c0e-0000-4000-8000-000000000003")
            .claim("preferred_username", "uv03")
            .claim("realm_access", realmAccess)
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands for the issuer's published key, as Boot builds the decoder from the issuer's JWK set in production. */
    @TestConfiguration
    static class Issuer {

        @Bean
        JwtDecoder jwtDecoder() throws JOSEException {
            return NimbusJwtDecoder.withPublicKey(ISSUER_KEY.toRSAPublicKey()).build();
        }

    }

}
