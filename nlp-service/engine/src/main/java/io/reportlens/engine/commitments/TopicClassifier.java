package io.reportlens.engine.commitments;

import io.reportlens.engine.text.Lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Files a sentence under one topic of the fixed taxonomy in {@code topics.json} (see TOPICS.md there). */
final class TopicClassifier {

    static final String OTHER = "其他";

    private record Topic(String name, double weight, List<String> keywords) {
    }

    private static final List<Topic> TOPICS = load();
    private static final Map<String, Integer> TOPIC_OF_KEYWORD = topicOfKeyword();
    private static final Lexicon KEYWORDS = new Lexicon(TOPIC_OF_KEYWORD.keySet());

    /** The topic of the first text with any keyword hit, trying them in order; else 其他. */
    String classify(String... texts) {
        for (String text : texts) {
            if (text == null) continue;
            double[] scores = new double[TOPICS.size()];
            for (Lexicon.Hit hit : KEYWORDS.all(text)) {
                int topic = TOPIC_OF_KEYWORD.get(hit.word());
                scores[topic] += hit.word().length() * TOPICS.get(topic).weight();
            }
            int best = -1;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > 0 && (best < 0 || scores[t] > scores[best])) best = t;
            }
            if (best >= 0) return TOPICS.get(best).name();
        }
        return OTHER;
    }

    /** Each keyword files under the first topic that lists it. */
    private static Map<String, Integer> topicOfKeyword() {
        Map<String, Integer> topicOf = new HashMap<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            for (String keyword : TOPICS.get(t).keywords()) {
                topicOf.putIfAbsent(keyword, t);
            }
        }
        return Map.copyOf(topicOf);
    }

    private static List<Topic> load() {
        try (InputStream in = TopicClassifier.class.getResourceAsStream("topics.json")) {
            if (in == null) throw new IllegalStateException("topics.json missing");
            List<Topic> topics = new ArrayList<>();
            for (JsonNode t : new ObjectMapper().readTree(in).get("topics")) {
                List<String> keywords = new ArrayList<>();
                t.get("keywords").forEach(k -> keywords.add(k.asText()));
                double weight = t.has("weight") ? t.get("weight").asDouble() : 1.0;
                topics.add(new Topic(t.get("topic").asText(), weight, List.copyOf(keywords)));
            }
            return List.copyOf(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
