package vn.phoihop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("../docs/events.md");

    @Test
    void docsEventsMdIsTheCatalogueGeneratedFromTheSchemas() throws IOException {
        String generated = EventCatalogue.render();
        if (Boolean.getBoolean("phoihop.regenerate-docs")) {
            Files.writeString(CATALOGUE, generated);
        }
        String written = Files.exists(CATALOGUE) ? Files.readString(CATALOGUE) : "";

        assertThat(written).as("docs/events.md is out of date; regenerate it with: " + EventCatalogue.REGENERATE)
                .isEqualTo(generated);
    }
}
