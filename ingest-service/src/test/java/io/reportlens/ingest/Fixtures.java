package io.reportlens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Report texts written for these tests in the style of a municipal health commission's annual summary. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A report whose text is unique per call (the store keeps one report per text). */
    public static String report() {
        return report(UUID.randomUUID().toString());
    }

    public static String report(String tag) {
        return """
                东湖市卫生健康委员会2024年工作总结和2025年工作计划

                一、2024年工作完成情况
                （一）医疗服务能力持续提升。全年新增三级医院2家，每千人口执业（助理）医师数达到3.4人。
                （二）公共卫生体系不断完善。孕产妇死亡率控制在9.2/10万，婴儿死亡率降至3.5‰。

                二、存在的问题
                基层医疗卫生机构人才队伍仍然薄弱，服务能力有待提高。

                三、2025年工作计划
                力争到2025年底，县域内就诊率达到90%以上，完成全部乡镇卫生院标准化建设。
                编号：{tag}
                """.replace("{tag}", tag);
    }

    public static String html(String tag) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>东湖市卫生健康委员会工作总结</title></head><body>"
                + "<h1>东湖市卫生健康委员会2024年工作总结</h1><p>全年完成家庭医生签约服务人数45万人，重点人群签约率达到78%。</p>"
                + "<p>编号：" + tag + "</p></body></html>";
    }

    /** A ZIP holding the given entries (name, content), each deflated. */
    public static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX-shaped ZIP whose body inflates to {@code inflatedBytes} zeros: a compression bomb. */
    public static byte[] docxBomb(long inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
