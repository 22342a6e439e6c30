package io.reportlens.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts every benchmark runs over: the seed reports of {@code ../shared/corpus/seeds} when that
 * directory is present (or the directory named by {@code -Dreportlens.corpus=…}), else the sample
 * reports bundled in this module, so the benchmarks run without the shared corpus.
 */
public record Corpus(String source, List<String> texts, long utf8Bytes) {

    private static final String SAMPLES = "/io/reportlens/benchmark/samples/";
    private static final List<String> SAMPLE_NAMES = List.of("county-2023-summary.txt", "city-2024-plan.txt", "district-2021-speech.txt");

    public static Corpus load() {
        Path seeds = seedDirectory();
        return seeds != null ? fromDirectory(seeds) : fromSamples();
    }

    private static Path seedDirectory() {
        String configured = System.getProperty("reportlens.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        Path shared = Path.of("..", "shared", "corpus", "seeds");
        return Files.isDirectory(shared) ? shared : null;
    }

    private static Corpus fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return of(dir.toString(), texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus fromSamples() {
        List<String> texts = new ArrayList<>();
        for (String name : SAMPLE_NAMES) {
            try (InputStream in = Corpus.class.getResourceAsStream(SAMPLES + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing sample " + name);
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of("bundled samples", texts);
    }

    private static Corpus of(String source, List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalStateException("no .txt reports in " + source);
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        return new Corpus(source, List.copyOf(texts), bytes);
    }
}
