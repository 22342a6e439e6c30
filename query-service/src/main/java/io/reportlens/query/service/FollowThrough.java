package io.reportlens.query.service;

import io.reportlens.query.model.SeriesPoint;
import io.reportlens.query.model.TargetInfo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a commitment was kept, judged from the actual figures of the same indicator in the same
 * region. Statuses:
 * <ul>
 *   <li>{@code met} / {@code not_met}: a report other than the commitment's own states an actual
 *       value, in the target's unit, for the deadline's year or a later one; the earliest such year
 *       decides, compared with the target's comparator;</li>
 *   <li>{@code pending}: no such figure yet and the deadline has not passed;</li>
 *   <li>{@code no_evidence}: no such figure and the deadline has passed;</li>
 *   <li>{@code untracked}: nothing to judge by (no target indicator, no deadline or no region code).</li>
 * </ul>
 * A target written as "=" or "~" (达到, 降至) is read as "at least" unless the action speaks of a
 * reduction (降, 减, 控制, 压减, 低于), then as "at most".
 */
public final class FollowThrough {

    public static final String MET = "met";
    public static final String NOT_MET = "not_met";
    public static final String PENDING = "pending";
    public static final String NO_EVIDENCE = "no_evidence";
    public static final String UNTRACKED = "untracked";
    public static final List<String> STATUSES = List.of(MET, NOT_MET, PENDING, NO_EVIDENCE, UNTRACKED);

    private static final Pattern REDUCTION = Pattern.compile("降|减|控制|低于|不超过");

    private FollowThrough() {
    }

    /** The verdict and, when met or not met, the deciding figure. */
    public record Verdict(String status, SeriesPoint evidence) {
    }

    public static Verdict judge(String commitmentReportId, String action, String due, TargetInfo target,
                                List<SeriesPoint> points, LocalDate today) {
        int dueYear = LocalDate.parse(due).getYear();
        Optional<SeriesPoint> evidence = points.stream()
                .filter(p -> "actual".equals(p.kind()))
                .filter(p -> p.year() != null && p.year() >= dueYear)
                .filter(p -> !p.reportId().equals(commitmentReportId))
                .filter(p -> sameUnit(p.unit(), target.unit()))
                .min(Comparator.comparing(SeriesPoint::year).thenComparing(SeriesPoint::reportId));
        if (evidence.isPresent()) {
            boolean kept = reaches(evidence.get().value(), target, action);
            return new Verdict(kept ? MET : NOT_MET, evidence.get());
        }
        return new Verdict(LocalDate.parse(due).isBefore(today) ? NO_EVIDENCE : PENDING, null);
    }

    static boolean reaches(double actual, TargetInfo target, String action) {
        String comparator = target.comparator() == null ? "=" : target.comparator();
        return switch (comparator) {
            case ">=" -> actual >= target.value();
            case ">" -> actual > target.value();
            case "<=" -> actual <= target.value();
            case "<" -> actual < target.value();
            default -> action != null && REDUCTION.matcher(action).find()
                    ? actual <= target.value()
                    : actual >= target.value();
        };
    }

    private static boolean sameUnit(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
