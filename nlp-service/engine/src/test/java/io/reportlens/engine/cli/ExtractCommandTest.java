package io.reportlens.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.SampleReport;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFolderIsExtractedInParallelToTheSameResultsAsOneAtATimeWithItsSubfoldersMirrored(@TempDir Path in, @TempDir Path out)
            throws Exception {
        for (int i = 0; i < 40; i++) {
            Path folder = Files.createDirectories(in.resolve(i % 2 == 0 ? "2023" : "2024"));
            write(folder.resolve("report-" + (i / 2) + ".txt"), variant(i));
        }
        write(in.resolve("2023/page.html"), "<html><body><p>" + SampleReport.NORMALIZED.replace("\n", "</p><p>") + "</p></body></html>");
        write(in.resolve("notes.json"), "{}");
        write(in.resolve(".cache/report-x.txt"), variant(99));

        int failures = ExtractCommand.run(out, List.of(in), 4, new PrintStream(new ByteArrayOutputStream()), false);

        assertThat(failures).isZero();
        assertThat(out.resolve("notes.json")).doesNotExist();
        assertThat(out.resolve(".cache")).doesNotExist();
        assertThat(out.resolve("2023/page.json")).exists();
        ReportExtractor oneAtATime = new ReportExtractor();
        for (int i = 0; i < 40; i++) {
            Path file = in.resolve(i % 2 == 0 ? "2023" : "2024").resolve("report-" + (i / 2) + ".txt");
            Path result = out.resolve(i % 2 == 0 ? "2023" : "2024").resolve("report-" + (i / 2) + ".json");
            JsonNode expected = JSON.valueToTree(oneAtATime.extract(
                    new SourceDocument(Files.readAllBytes(file), null, file.getFileName().toString()), SourceHints.none()));
            assertThat(JSON.readTree(result.toFile())).as(file.toString()).isEqualTo(expected);
        }
    }

    @Test
    void anUnreadableFileIsNamedAndCountedWhileTheOthersAreStillExtracted(@TempDir Path in, @TempDir Path out) throws Exception {
        write(in.resolve("good.txt"), SampleReport.NORMALIZED);
        Files.write(in.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3, 4});
        write(in.resolve("also-good.txt"), variant(3));
        ByteArrayOutputStream status = new ByteArrayOutputStream();

        int failures = ExtractCommand.run(out, List.of(in.resolve("good.txt"), in.resolve("broken.pdf"), in.resolve("also-good.txt")),
                2, new PrintStream(status, true, StandardCharsets.UTF_8), false);

        assertThat(failures).isEqualTo(1);
        assertThat(out.resolve("good.json")).exists();
        assertThat(out.resolve("also-good.json")).exists();
        assertThat(out.resolve("broken.json")).doesNotExist();
        String said = status.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("broken.pdf").contains("extracted 2 of 3 files").contains("1 failed");
    }

    @Test
    void theStatusLineCountsFilesAndMegabytes() {
        Progress progress = new Progress(4, 4_000_000, new PrintStream(new ByteArrayOutputStream()), true);
        progress.finished(1_000_000);
        progress.finished(1_000_000);
        assertThat(progress.line()).startsWith("2 / 4 files  2.0 / 4.0 MB").contains("MB/s").contains("left");
    }

    /** The sample report issued in another year, so each file is a different report. */
    private static String variant(int i) {
        return SampleReport.NORMALIZED.replace("2023", String.valueOf(2000 + i)).replace("12家", (10 + i) + "家");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
