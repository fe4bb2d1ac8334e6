package vn.phoihop.cadreboard;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;


/**
 * The OpenAPI description is open to anyone, as JSON and YAML. The role matrix, which expects 401 without
 * credentials, runs without springdoc, so these two endpoints are checked here.
 */
@CadreBoardWebTest
@ImportAutoConfiguration({ SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocWebMvcConfiguration.class })
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneReadsTheApiDescriptionAsJsonAndYaml() throws Exception {
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/cases/{caseId}/upward-submission'].post").exists())
            .andExpect(jsonPath("$.paths['/api/deadlines/check'].post").exists())
            .andExpect(jsonPath("$.paths['/api/cases'].get.parameters[*].name").value(
                    containsInAnyOrder("status", "kind", "unit", "overdue", "page", "size")));
        mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
    }

}
