package io.reportlens.engine.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All of China's divisions down to county level (divisions.tsv, see SOURCES.md), looked up by their
 * full name (清远市) or by the short name reports also use (清远, 乌兰察布, 内蒙古, 黔东南, 黔东南州, 科左中旗).
 */
public final class Gazetteer {

    private static final String RESOURCE = "divisions.tsv";
    /** Generic endings, longest first; an ethnic autonomous ending is cut at the first ethnic name. */
    private static final String[] SUFFIXES = {"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "盟", "区", "县", "旗"};
    /** China's minority nationalities, as they appear inside the names of autonomous areas. */
    private static final String[] NATIONALITIES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
            + "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
            + "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split(" ");
    private static final int MIN_SHORT_NAME = 2;

    private final List<Division> all;
    /** A banner named by its wing (科尔沁左翼中旗), which reports shorten to its first character and wing (科左中旗). */
    private static final Pattern WING_BANNER = Pattern.compile("(\\p{IsHan})\\p{IsHan}+?([左右])翼([前中后])旗");

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final int longestName;

    private Gazetteer(List<Division> divisions) {
        this.all = List.copyOf(divisions);
        int longest = 0;
        for (Division d : divisions) {
            byCode.put(d.code(), d);
            index(d.name(), d);
            for (String alias : shortForms(d.name())) {
                index(alias, d);
            }
            longest = Math.max(longest, d.name().length());
        }
        longestName = longest;
    }

    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Division> divisions = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                divisions.add(new Division(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3]));
            }
            return new Gazetteer(divisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every division, in the order of the data file. */
    public List<Division> all() {
        return all;
    }

    public Division byCode(String code) {
        return byCode.get(code);
    }

    /** Every division known by this full or short name. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public int longestName() {
        return longestName;
    }

    public Division parent(Division d) {
        return d.parentCode() == null ? null : byCode.get(d.parentCode());
    }

    public Division province(Division d) {
        Division p = d;
        while (p.parentCode() != null) {
            p = byCode.get(p.parentCode());
        }
        return p;
    }

    /** True when {@code ancestor} is {@code d} or encloses it. */
    public boolean within(Division d, Division ancestor) {
        for (Division p = d; p != null; p = parent(p)) {
            if (p.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    /** The short forms reports name a division by: 清远, 黔东南 and 黔东南州, 科左中旗 (none for most counties). */
    static List<String> shortForms(String name) {
        List<String> forms = new ArrayList<>(2);
        String shortName = shortName(name);
        if (!shortName.equals(name)) {
            forms.add(shortName);
            if (name.endsWith("自治州")) {
                forms.add(shortName + "州");
            }
        }
        Matcher wing = WING_BANNER.matcher(name);
        if (wing.matches()) {
            forms.add(wing.group(1) + wing.group(2) + wing.group(3) + "旗");
        }
        return forms;
    }

    static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_SHORT_NAME) {
                String stem = name.substring(0, name.length() - suffix.length());
                return suffix.startsWith("自治") || suffix.equals("特别行政区") ? beforeEthnicName(stem) : stem;
            }
        }
        return name;
    }

    /** 黔东南苗族侗族 → 黔东南, 广西壮族 → 广西, 新疆维吾尔 → 新疆. */
    private static String beforeEthnicName(String stem) {
        for (int i = MIN_SHORT_NAME; i < stem.length(); i++) {
            for (String nationality : NATIONALITIES) {
                if (stem.startsWith(nationality, i)) {
                    int after = i + nationality.length();
                    if (after == stem.length() || stem.charAt(after) == '族') {
                        return stem.substring(0, i);
                    }
                }
            }
        }
        return stem;
    }

    private void index(String name, Division d) {
        byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(d);
    }
}
