package io.reportlens.engine.commitments;

import io.reportlens.engine.text.WordList;
import io.reportlens.engine.text.Lexicon;

import io.reportlens.engine.model.ReportMetadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body named as doing the work when it is not the issuer: the subject that opens a clause and is
 * followed by a modal or a duty word (市中心医院要…, 各旗县市区医院至少…, 各地务必…). A subject must
 * end like the name of a body (医院, 中心, 机构, 区, 县, 系统, 专班…) or be 各地 / 各级….
 */
final class OwnerFinder {

    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:年内|今年|同时|其中|特别是)?[,，]?"
                    + "((?:各|全市|全区|全县|全省|市|区|县|省)?[\\u4e00-\\u9fa5A-Za-z0-9()（）、和及]{0,18}?"
                    + "(?:医院|中心|卫生院|卫生室|机构|单位|部门|专班|(?:卫生健康|卫健|医疗卫生|全)系统|集团|医共体|医联体|办公室|委员会|委|局|"
                    + "旗县|县区|市区|(?<![院园小城辖景])区|县|旗|镇|街道|乡镇|各地|各级))"
                    + "(?:要|将|务必|必须|应当|应|需|至少|负责|牵头|作为)");
    private static final Lexicon DUTY = new Lexicon(List.of(WordList.group(OwnerFinder.class, "owner-duty-words.tsv", "duty")));
    private static final Pattern ISSUER_LIKE = Pattern.compile("^(?:我市|我区|我县|我省|我们|我委|我局|本委|本局|市卫健委|市卫生健康委|区卫健局|县卫健局)");
    /** A clause opening with a preposition names what is acted on, not who acts (对推进不力的单位要约谈). */
    private static final Pattern PREPOSITION = Pattern.compile("^(?:对|向|为|把|将|按|按照|根据|在|从|与|给)");

    private final ReportMetadata report;

    OwnerFinder(ReportMetadata report) {
        this.report = report;
    }

    /** The owner named in the clause of the action, else in the nearest clause before it, else null. */
    String find(String sentence, int actionAt) {
        int clauseStart = Clauses.startOf(sentence, Math.max(actionAt, 0));
        for (int start = clauseStart; start >= 0; start = start == 0 ? -1 : Clauses.startOf(sentence, start - 1)) {
            String owner = subjectOf(sentence.substring(start));
            if (owner != null) return owner;
        }
        return null;
    }

    private String subjectOf(String clause) {
        if (!DUTY.foundIn(clause.substring(0, Math.min(clause.length(), 30)))) return null;
        Matcher m = SUBJECT.matcher(clause);
        if (!m.find()) return null;
        String subject = m.group(1);
        if (ISSUER_LIKE.matcher(subject).find() || PREPOSITION.matcher(subject).find()
                || subject.equals(report.issuer()) || subject.equals(report.region())) {
            return null;
        }
        return subject;
    }
}
