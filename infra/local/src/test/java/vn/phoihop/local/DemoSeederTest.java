package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoSeederTest {

    private FakeBoard board;
    private DemoSeeder seeder;

    @BeforeEach
    void startBoard() throws IOException {
        board = FakeBoard.serve(0);
        seeder = new DemoSeeder(HttpClient.newHttpClient(), URI.create("http://localhost:" + board.port()));
    }

    @AfterEach
    void stopBoard() {
        board.stop();
    }

    @Test
    void entersThreeAppointmentsAndSubmitsTwoWhenTheBoardHasNoCases() {
        assertThat(seeder.seedIfEmpty(DemoCase.ALL)).hasSize(3);

        assertThat(board.requests()).filteredOn("POST /api/cases"::equals).hasSize(3);
        assertThat(board.requests()).filteredOn(request -> request.endsWith("/submission")).hasSize(2);
    }

    @Test
    void entersNothingWhenTheBoardAlreadyHasCases() {
        seeder.seedIfEmpty(DemoCase.ALL);

        assertThat(seeder.seedIfEmpty(DemoCase.ALL)).isEmpty();
        assertThat(board.requests()).filteredOn("POST /api/cases"::equals).hasSize(3);
    }

    @Test
    void bodiesAreAppointmentRequestsAsTheContractDescribes() {
        seeder.seedIfEmpty(DemoCase.ALL);

        JsonNode first = JsonMapper.builder().build().readTree(board.bodies().getFirst());
        assertThat(first.get("kind").asString()).isEqualTo("APPOINTMENT");
        assertThat(first.get("subject").get("cadreId").asString()).isEqualTo("CB-0001");
        assertThat(first.get("subject").get("fullName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(first.get("targetPosition").get("title").asString()).isEqualTo("Vụ trưởng");
        assertThat(first.get("targetPosition").get("tier").asString()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(first.get("proposedEffectiveDate").asString()).isEqualTo("2027-01-01");
        assertThat(first.get("termYears").asInt()).isEqualTo(5);
        assertThat(first.get("rationale").asString()).isNotBlank();
    }
}
