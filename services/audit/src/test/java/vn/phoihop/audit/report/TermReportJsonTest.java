package vn.phoihop.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TermReportJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void hasTheShapeOfTheCadreBoardsReportPlusTheDecisionsOfUnknownKind() {
        ClosingWatch out = new ClosingWatch();

        new TermReportJson().write(SeedTable.report(), out);

        JsonNode report = JSON.readTree(out.toByteArray());
        assertThat(report.propertyNames()).containsExactly("from", "to", "decidedByCadreBoard", "submittedUpward",
                "totalDecidedByCadreBoard", "totalSubmittedUpward", "appointments", "transferAndAppointments",
                "receptionAndAppointments", "reappointmentsAndExtensions", "decidedOfUnknownKind");
        assertThat(report.path("from").asString()).isEqualTo("2010-10-01");
        assertThat(report.path("to").asString()).isEqualTo("2015-10-31");
        assertThat(report.path("decidedByCadreBoard").propertyNames()).containsExactly("APPOINTMENT", "REAPPOINTMENT",
                "TENURE_EXTENSION", "TRANSFER_AND_APPOINTMENT", "RECEPTION_AND_APPOINTMENT");
        assertThat(report.path("submittedUpward").path("REAPPOINTMENT").asInt()).isEqualTo(4);
        assertThat(report.path("reappointmentsAndExtensions").asInt()).isEqualTo(78);
        assertThat(out.closed).isFalse();
    }

    @Test
    void readsBackAsTheSameReport() {
        ClosingWatch out = new ClosingWatch();

        new TermReportJson().write(SeedTable.report(), out);

        assertThat(JSON.readValue(out.toByteArray(), TermReport.class)).isEqualTo(SeedTable.report());
    }

    @Test
    void eachFormatHasItsRenderer() {
        assertThat(List.of("json", "csv", "pdf")).map(format -> TermReportRenderer.forFormat(format).fileExtension())
            .containsExactly("json", "csv", "pdf");
    }
}
