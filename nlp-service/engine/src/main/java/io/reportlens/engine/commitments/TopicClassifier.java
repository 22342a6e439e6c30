package io.reportlens.engine.commitments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Files a sentence under one topic of the fixed taxonomy in {@code topics.json} (see TOPICS.md there). */
final class TopicClassifier {

    static final String OTHER = "其他";

    private record Topic(String name, List<String> keywords) {
    }

    private static final List<Topic> TOPICS = load();

    /** The topic of the first text with any keyword hit, trying them in order; else 其他. */
    String classify(String... texts) {
        for (String text : texts) {
            if (text == null) continue;
            String best = null;
            int bestScore = 0;
            for (Topic topic : TOPICS) {
                int score = score(text, topic);
                if (score > bestScore) {
                    best = topic.name();
                    bestScore = score;
                }
            }
            if (best != null) return best;
        }
        return OTHER;
    }

    private static int score(String text, Topic topic) {
        int score = 0;
        for (String keyword : topic.keywords()) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
                score += keyword.length();
            }
        }
        return score;
    }

    private static List<Topic> load() {
        try (InputStream in = TopicClassifier.class.getResourceAsStream("topics.json")) {
            if (in == null) throw new IllegalStateException("topics.json missing");
            List<Topic> topics = new ArrayList<>();
            for (JsonNode t : new ObjectMapper().readTree(in).get("topics")) {
                List<String> keywords = new ArrayList<>();
                t.get("keywords").forEach(k -> keywords.add(k.asText()));
                topics.add(new Topic(t.get("topic").asText(), List.copyOf(keywords)));
            }
            return List.copyOf(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
