package vn.phoihop.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaUsersTest {

    @TempDir
    Path directory;

    @Test
    void keptUsersGetTheirPasswordsBackAndNewOnesAreAdded() {
        KafkaUsers first = KafkaUsers.keptIn(directory, List.of("cadre-board"));

        KafkaUsers second = KafkaUsers.keptIn(directory, List.of("cadre-board", "audit"));

        assertThat(second.admin()).isEqualTo(first.admin());
        assertThat(second.of("cadre-board")).isEqualTo(first.of("cadre-board"));
        assertThat(second.services()).extracting(KafkaCredentials::username)
                .containsExactlyInAnyOrder("cadre-board", "audit");
    }

    @Test
    void eachUsersFileIsKafkaClientSettingsOnlyItsOwnerMayRead() throws Exception {
        KafkaUsers users = KafkaUsers.keptIn(directory, List.of("audit"));

        Path file = directory.resolve("audit.properties");
        assertThat(Files.readString(file)).contains("security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=SCRAM-SHA-512", users.of("audit").password());
        assertThat(Files.getPosixFilePermissions(file))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void generatedPasswordsDifferAndNeverShowInText() {
        KafkaUsers users = KafkaUsers.generated(List.of("cadre-board", "executive-board"));

        assertThat(users.of("cadre-board").password()).isNotEqualTo(users.of("executive-board").password())
                .hasSizeGreaterThanOrEqualTo(24);
        assertThat(users.of("cadre-board").toString()).contains("cadre-board")
                .doesNotContain(users.of("cadre-board").password());
    }

    @Test
    void theSuperUserIsNoServicesPrincipal() {
        KafkaUsers users = KafkaUsers.generated(List.of("audit"));

        assertThatThrownBy(() -> users.of(KafkaUsers.ADMIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.of("cadre-board")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCredentialsThatCouldBreakOutOfTheirJaasLine() {
        assertThatThrownBy(() -> new KafkaCredentials("audit", "x\" username=\"admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
