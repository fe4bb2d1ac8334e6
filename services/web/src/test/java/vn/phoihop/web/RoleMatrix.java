package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role → allowed or 403, and anonymous → 401. The matrix must name every endpoint the
 * service maps, so adding an endpoint without deciding who may call it fails the build.
 */
public final class RoleMatrix {

    public static final List<String> ROLES = List.of("SECRETARIAT", "ASSIGNED_MEMBER", "STANDING_COMMITTEE", "AUDITOR",
            "ADMIN");

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
        entries.add(new Entry(method, pattern, path, body, Set.of(allowedRoles)));
        return this;
    }

    public void verify() throws Exception {
        assertThat(entries.stream().map(Entry::key).toList()).as("endpoints in the role matrix")
            .containsExactlyInAnyOrderElementsOf(mappedEndpoints());
        for (Entry entry : entries) {
            int anonymous = mvc.perform(entry.request()).andReturn().getResponse().getStatus();
            assertThat(anonymous).as("%s without credentials", entry.key()).isEqualTo(401);
            for (String role : ROLES) {
                int status = mvc.perform(entry.request().with(user("someone").roles(role)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
                if (entry.allowed().contains(role)) {
                    assertThat(status).as("%s as %s", entry.key(), role).isNotIn(401, 403).isLessThan(500);
                }
                else {
                    assertThat(status).as("%s as %s", entry.key(), role).isEqualTo(403);
                }
            }
        }
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

    private record Entry(HttpMethod method, String pattern, String path, String body, Set<String> allowed) {

        String key() {
            return method + " " + pattern;
        }

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
            return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
        }

        @Override
        public String toString() {
            return key() + " allowed to " + Arrays.toString(allowed.toArray());
        }

    }

}
