package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint and page × every role → allowed or 403. Without credentials the API answers 401 and a page sends
 * the browser to sign in; a page's form posted without its CSRF token is refused even to a role that may post it.
 * The matrix must name every endpoint the service maps, so adding one without deciding who may call it fails the
 * build.
 */
public final class RoleMatrix {

    public static final List<String> ROLES = Roles.ALL;

    private final MockMvc mvc;

    private final RequestMappingHandlerMapping mappings;

    private final List<Entry> entries = new ArrayList<>();

    private RoleMatrix(MockMvc mvc, RequestMappingHandlerMapping mappings) {
        this.mvc = mvc;
        this.mappings = mappings;
    }

    public static RoleMatrix of(MockMvc mvc, RequestMappingHandlerMapping mappings) {
        return new RoleMatrix(mvc, mappings);
    }

    /** {@code pattern} as mapped (e.g. /api/cases/{caseId}); {@code path} a concrete request path for it. */
    public RoleMatrix endpoint(HttpMethod method, String pattern, String path, String body, String... allowedRoles) {
        entries.add(new Entry(Kind.API, method, pattern, path, body, Map.of(), Set.of(allowedRoles)));
        return this;
    }

    /** A console page or form; {@code form} the fields a POST sends. */
    public RoleMatrix page(HttpMethod method, String pattern, String path, Map<String, String> form,
            String... allowedRoles) {
        entries.add(new Entry(Kind.PAGE, method, pattern, path, null, form, Set.of(allowedRoles)));
        return this;
    }

    /** A page everyone may open, such as the sign-in page. */
    public RoleMatrix publicPage(HttpMethod method, String pattern, String path) {
        entries.add(new Entry(Kind.PUBLIC, method, pattern, path, null, Map.of(), Set.copyOf(ROLES)));
        return this;
    }

    public void verify() throws Exception {
        assertThat(entries.stream().map(Entry::key).toList()).as("endpoints in the role matrix")
            .containsExactlyInAnyOrderElementsOf(mappedEndpoints());
        for (Entry entry : entries) {
            verifyAnonymous(entry);
            for (String role : ROLES) {
                int status = perform(entry.request().with(user("someone").roles(role))).getStatus();
                if (entry.allowed().contains(role)) {
                    assertThat(status).as("%s as %s", entry.key(), role).isNotIn(401, 403).isLessThan(500);
                }
                else {
                    assertThat(status).as("%s as %s", entry.key(), role).isEqualTo(403);
                }
            }
            if (entry.kind() == Kind.PAGE && entry.method() != HttpMethod.GET) {
                String role = entry.allowed().iterator().next();
                assertThat(perform(entry.withoutCsrf().with(user("someone").roles(role))).getStatus())
                    .as("%s as %s without its CSRF token", entry.key(), role)
                    .isEqualTo(403);
            }
        }
    }

    private void verifyAnonymous(Entry entry) throws Exception {
        MockHttpServletResponse anonymous = perform(entry.request());
        switch (entry.kind()) {
            case API -> assertThat(anonymous.getStatus()).as("%s without credentials", entry.key()).isEqualTo(401);
            case PAGE -> {
                assertThat(anonymous.getStatus()).as("%s without signing in", entry.key()).isEqualTo(302);
                assertThat(anonymous.getRedirectedUrl()).as("%s without signing in", entry.key()).endsWith("/login");
            }
            case PUBLIC -> assertThat(anonymous.getStatus()).as("%s for anyone", entry.key()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + pattern));
            }
        }
        return endpoints;
    }

    private enum Kind {
        API, PAGE, PUBLIC
    }

    private record Entry(Kind kind, HttpMethod method, String pattern, String path, String body,
            Map<String, String> form, Set<String> allowed) {

        String key() {
            return method + " " + pattern;
        }

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = withoutCsrf();
            return kind == Kind.API ? request : request.with(csrf());
        }

        MockHttpServletRequestBuilder withoutCsrf() {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
            form.forEach((name, value) -> request.param(name, value));
            return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
        }

        @Override
        public String toString() {
            return key() + " allowed to " + Arrays.toString(allowed.toArray());
        }

    }

}
