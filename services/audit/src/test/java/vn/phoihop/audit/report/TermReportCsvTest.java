package vn.phoihop.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TermReportCsvTest {

    @Test
    void writesOneRowPerCountWithEveryKindAndTheSeedsCategories() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        new TermReportCsv().write(SeedTable.report(), csv);

        String term = "2010-10-01,2015-10-31,";
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "from,to,section,key,label_vi,label_en,count",
                term + "decidedByCadreBoard,SUCCESSION_PLANNING,Quy hoạch,Succession planning,0",
                term + "decidedByCadreBoard,NOMINATION_FOR_CANDIDACY,Giới thiệu ứng cử,Nomination for candidacy,0",
                term + "decidedByCadreBoard,APPOINTMENT,Bổ nhiệm,Appointment,88",
                term + "decidedByCadreBoard,REAPPOINTMENT,Bổ nhiệm lại,Reappointment,66",
                term + "decidedByCadreBoard,TENURE_EXTENSION,Kéo dài thời gian giữ chức vụ,Tenure extension,12",
                term + "decidedByCadreBoard,TRANSFER,Điều động,Transfer,0",
                term + "decidedByCadreBoard,TRANSFER_AND_APPOINTMENT,Điều động và bổ nhiệm,Transfer and appointment,21",
                term + "decidedByCadreBoard,RECEPTION_AND_APPOINTMENT,Tiếp nhận và bổ nhiệm,Reception and appointment,7",
                term + "decidedByCadreBoard,ROTATION,Luân chuyển,Rotation,0",
                term + "decidedByCadreBoard,DISMISSAL,Miễn nhiệm,Dismissal,0",
                term + "decidedByCadreBoard,DISCIPLINE,Kỷ luật,Discipline,0",
                term + "decidedByCadreBoard,TOTAL,Tổng số,Total,194",
                term + "submittedUpward,SUCCESSION_PLANNING,Quy hoạch,Succession planning,0",
                term + "submittedUpward,NOMINATION_FOR_CANDIDACY,Giới thiệu ứng cử,Nomination for candidacy,0",
                term + "submittedUpward,APPOINTMENT,Bổ nhiệm,Appointment,2",
                term + "submittedUpward,REAPPOINTMENT,Bổ nhiệm lại,Reappointment,4",
                term + "submittedUpward,TENURE_EXTENSION,Kéo dài thời gian giữ chức vụ,Tenure extension,0",
                term + "submittedUpward,TRANSFER,Điều động,Transfer,0",
                term + "submittedUpward,TRANSFER_AND_APPOINTMENT,Điều động và bổ nhiệm,Transfer and appointment,0",
                term + "submittedUpward,RECEPTION_AND_APPOINTMENT,Tiếp nhận và bổ nhiệm,Reception and appointment,0",
                term + "submittedUpward,ROTATION,Luân chuyển,Rotation,0",
                term + "submittedUpward,DISMISSAL,Miễn nhiệm,Dismissal,0",
                term + "submittedUpward,DISCIPLINE,Kỷ luật,Discipline,0",
                term + "submittedUpward,TOTAL,Tổng số,Total,6",
                term + "categories,appointments,Bổ nhiệm,Appointments,88",
                term + "categories,transferAndAppointments,Điều động và bổ nhiệm,Transfers and appointments,21",
                term + "categories,receptionAndAppointments,Tiếp nhận và bổ nhiệm,Receptions and appointments,7",
                term + "categories,reappointmentsAndExtensions,\"Bổ nhiệm lại, kéo dài thời gian giữ chức vụ\","
                        + "Reappointments and tenure extensions,78",
                term + "decidedOfUnknownKind,TOTAL,Tổng số,Total,0",
                ""));
    }

    @Test
    void quotesAFieldWithACommaAQuoteOrALineEndAndDoublesItsQuotes() {
        assertThat(TermReportCsv.field("plain")).isEqualTo("plain");
        assertThat(TermReportCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(TermReportCsv.field("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(TermReportCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ClosingWatch out = new ClosingWatch();

        new TermReportCsv().write(SeedTable.report(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }
}
