package vn.phoihop.bench.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapUseTest {

    @Test
    void thePeakIsTheLargestHeapInUseBeforeAnyCollection(@TempDir Path directory) throws IOException {
        Path log = directory.resolve("cadre-board-1.gc.log");
        Files.writeString(log, """
                [0.012s][info][gc] Using G1
                [3.101s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->6M(512M) 4.120ms
                [9.870s][info][gc] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold) 212M->48M(512M) 9.002ms
                [9.880s][info][gc] GC(2) Concurrent Mark Cycle
                [30.400s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 180M->52M(300M) 3.500ms
                """);

        HeapUse use = HeapUse.of("cadre-board-1", log);

        assertThat(use.peakMiB()).isEqualTo(212);
        assertThat(use.largestSizeMiB()).isEqualTo(512);
        assertThat(use.collections()).isEqualTo(3);
    }

}
