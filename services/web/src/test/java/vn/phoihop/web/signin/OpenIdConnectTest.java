package vn.phoihop.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** With a client registration (docs/security.md's Keycloak settings), the console offers and starts OIDC sign-in. */
@SpringBootTest(classes = SignInApplication.class, properties = {
        "spring.security.oauth2.client.registration.keycloak.client-id=phoihop-cadre-board",
        "spring.security.oauth2.client.registration.keycloak.client-secret=secret",
        "spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
        "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example.vn/realms/phoihop/protocol/openid-connect/auth",
        "spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example.vn/realms/phoihop/protocol/openid-connect/token",
        "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example.vn/realms/phoihop/protocol/openid-connect/certs",
        "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username" })
@AutoConfigureMockMvc
class OpenIdConnectTest {

    @Autowired
    MockMvc mvc;

    @Test
    void offersTheIdentityProviderOnTheSignInPage() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("/oauth2/authorization/keycloak")))
            .andExpect(content().string(Matchers.containsString("Đăng nhập bằng Keycloak")));
    }

    @Test
    void sendsTheBrowserToTheProviderWithTheAuthorizationCodeFlow() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/keycloak"))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

        UriComponents redirect = UriComponentsBuilder.fromUriString(location).build();
        assertThat(redirect.getHost()).isEqualTo("sso.example.vn");
        assertThat(redirect.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(redirect.getQueryParams().getFirst("client_id")).isEqualTo("phoihop-cadre-board");
        assertThat(redirect.getQueryParams().getFirst("scope")).contains("openid");
    }

}
