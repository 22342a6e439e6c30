package io.reportlens.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What to extract and where each result goes: a file named on the command line gives
 * {@code OUT_DIR/<name>.json}; a folder gives every report file under it (by extension, hidden files
 * skipped), each to {@code OUT_DIR/<path inside the folder>.json}, so same-named files in different
 * subfolders do not overwrite each other.
 */
final class Inputs {

    /** The kinds of file the engine reads (it sniffs the content; the extension only selects files in a folder). */
    static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "htm", "html", "shtml", "xhtml", "docx", "pdf");

    record Job(Path file, Path output) {
    }

    private Inputs() {
    }

    static List<Job> of(Path outDir, List<Path> arguments) throws IOException {
        List<Job> jobs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> files = Files.walk(argument)) {
                    files.filter(Files::isRegularFile).filter(f -> isReport(argument.relativize(f)))
                            .sorted()
                            .forEach(f -> jobs.add(new Job(f, outDir.resolve(jsonName(argument.relativize(f))))));
                }
            } else {
                jobs.add(new Job(argument, outDir.resolve(jsonName(argument.getFileName()))));
            }
        }
        return jobs;
    }

    private static boolean isReport(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** {@code a/b/report.html} → {@code a/b/report.json}. */
    private static Path jsonName(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String json = (dot > 0 ? name.substring(0, dot) : name) + ".json";
        Path parent = relative.getParent();
        return parent == null ? Path.of(json) : parent.resolve(json);
    }
}
