package io.reportlens.engine.numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NumberReaderTest {

    /** Reads the number at the first character that can start one, as a scan would. */
    private static Reading first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NumberReader.startsNumber(text, i)) return NumberReader.read(text, i);
        }
        return null;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // Arabic, separators, decimals
            "全县签约居民3568人                  | 3568",
            "新增设备投入1,250.5万元             | 12505000",
            "床位密度达4.87张                    | 4.87",
            "全县共有病床2,680张                 | 2680",
            "全年卫生健康支出15,672,513,000 元   | 15672513000",
            "人均预期寿命76.7 岁                 | 76.7",
            // 万, 亿, 万亿 with either digits
            "筹集医保资金28.6亿元                | 2860000000",
            "全年完成项目投资四亿五千万元        | 450000000",
            "全年报销医疗费用4亿5000万元         | 450000000",
            "全国卫生总费用达到9.1万亿元         | 9100000000000",
            "预计总投入七点五万亿元              | 7500000000000",
            "市级财政拨付2千零30万元             | 20300000",
            "累计服务3万4000人次                 | 34000",
            "辖区户籍人口二十五万六千人          | 256000",
            "全省常住人口四万万人                | 400000000",
            "累计投入一万五千亿元                | 1500000000000",
            // Chinese numerals, 零, 两, colloquial forms
            "开设两家夜间门诊                    | 2",
            "覆盖十三个乡镇                      | 13",
            "全县共有床位一千零十张              | 1010",
            "累计接种一万零十二剂次              | 10012",
            "新建村卫生室一百零十所              | 110",
            "一千零五例病例全部治愈              | 1005",
            "年度培训两千四百五人次              | 2450",
            "全年义诊三万五人次                  | 35000",
            "全县签约一千三户                    | 1300",
            "急诊人次达三十点八万                | 308000",
            "年均增长四十三点六个                | 43.6",
            "专项资金两千万点五元                | 20000000.5",
            "全年門診四十三點六萬人次            | 436000",
            "撥款一百三十億元                    | 13000000000",
            // a full stop typed as a decimal point
            "门诊量同比增长12。5%                | 12.5",
            "全年接诊6。3万人次                  | 63000",
            "该项指标提高1。25个百分点           | 1.25",
    })
    void readsTheValueAsWritten(String text, double expected) {
        Reading n = first(text.strip());
        assertThat(n).isNotNull();
        assertThat(n.value()).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        assertThat(n.impliedUnit()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "门诊量同比增长百分之三点五          | 3.5     | %",
            "全市百分之八十五的家庭已签约        | 85      | %",
            "规范管理率达到百分之92.5            | 92.5    | %",
            "知晓率达百分之百                    | 100     | %",
            "婴儿死亡率控制在千分之三点二以内    | 3.2     | ‰",
            "孕产妇死亡率为十万分之十二点三      | 12.3    | /10万",
            "发生率低于万分之三                  | 3       | /万",
            "约三分之一的机构完成改造            | 33.3333 | %",
            "约16分之5的村卫生室达标             | 31.25   | %",
            "覆盖2/3以上的行政村                 | 66.6667 | %",
            "签约居民中六成是老年人              | 60      | %",
            "约9成的患者在县域内就诊             | 90      | %",
            "基层诊疗量占八点五成                | 85      | %",
            "四成三的患者选择基层首诊            | 43      | %",
            "高龄长者中有6成7有高血压            | 67      | %",
            "约6成的患者在基层就诊               | 60      | %",
            "合格率已达九成以上                  | 90      | %",
    })
    void readsProportionsWithTheirUnit(String text, double expected, String unit) {
        Reading n = first(text.strip());
        assertThat(n).isNotNull();
        assertThat(n.value()).isCloseTo(expected, within(1e-4));
        assertThat(n.impliedUnit()).isEqualTo(unit);
    }

    @Test
    void readsTheSignOfANumber() {
        Reading hyphen = first("住院量同比增长-5.1%");
        assertThat(hyphen.value()).isEqualTo(-5.1);
        assertThat(hyphen.negative()).isTrue();
        assertThat(hyphen.start()).isEqualTo(7);
        assertThat(first("药品收入增长率−3.2%").value()).isEqualTo(-3.2);
        assertThat(first("结余负三十二万元").value()).isEqualTo(-320000);
        Reading percent = first("增幅为负百分之二点五");
        assertThat(percent.value()).isEqualTo(-2.5);
        assertThat(percent.impliedUnit()).isEqualTo("%");
        assertThat(first("增长5.1%").negative()).isFalse();
    }

    @Test
    void aHyphenAfterAFiguresUnitJoinsARange() {
        String ages = "为辖区3岁-6岁儿童免费体检";
        int dash = ages.indexOf('-');
        assertThat(NumberReader.read(ages, dash)).isNull();
        assertThat(NumberReader.read(ages, dash + 1).value()).isEqualTo(6.0);
        assertThat(NumberReader.read("门诊收入增幅-2.5%", 6).value()).isEqualTo(-2.5);
    }

    @Test
    void aHyphenBetweenDigitsIsADashNotAMinus() {
        String years = "2021-2025年规划";
        assertThat(NumberReader.startsNumber(years, 4)).isFalse();
        assertThat(NumberReader.read(years, 4)).isNull();
        assertThat(NumberReader.read("编号GB-2019", 2)).isNull();
        assertThat(first("--8").value()).isEqualTo(8);
    }

    @Test
    void aFullStopEndsASentenceWhenNothingButADecimalPointWouldConfirmIt() {
        Reading sentenceEnd = first("床位数增加到1200。5个项目已开工");
        assertThat(sentenceEnd.value()).isEqualTo(1200);
        assertThat(sentenceEnd.end()).isEqualTo("床位数增加到1200".length());
        assertThat(first("项目总数达到12。5个项目提前完工").value()).isEqualTo(12);
        assertThat(first("始建于2019。5万名志愿者参与").value()).isEqualTo(2019);
        assertThat(first("排名第12。5%的家庭未签约").value()).isEqualTo(12);
        assertThat(first("共有12。123万人").value()).isEqualTo(12);
    }

    @Test
    void aSpaceBeforeTheUnitIsLeftToTheUnit() {
        String age = "人均预期寿命76.7 岁";
        assertThat(first(age).end()).isEqualTo(age.indexOf(' '));
        String money = "全年支出15,672,513,000 元";
        assertThat(first(money).end()).isEqualTo(money.indexOf(' '));
    }

    @Test
    void readsRanges() {
        Reading arabic = first("建成2-3个示范点");
        assertThat(arabic.value()).isEqualTo(2);
        assertThat(arabic.high()).isEqualTo(3.0);
        assertThat(first("每村2～3名").high()).isEqualTo(3.0);
        Reading chinese = first("培训三至七周");
        assertThat(chinese.value()).isEqualTo(3);
        assertThat(chinese.high()).isEqualTo(7.0);
        Reading tenThousands = first("每所补助3-5万元");
        assertThat(tenThousands.value()).isEqualTo(30000);
        assertThat(tenThousands.high()).isEqualTo(50000.0);
        assertThat(first("2021-2025年").value()).isEqualTo(2021);
    }

    @Test
    void marksApproximationsWithYuAndDuo() {
        Reading yu = first("培训3万余人次");
        assertThat(yu.value()).isEqualTo(30000);
        assertThat(yu.more()).isTrue();
        assertThat(first("服务600多人").more()).isTrue();
        assertThat(first("筹资500余万元").value()).isEqualTo(5000000);
        assertThat(first("惠及十多万人").value()).isEqualTo(100000);
        Reading hundred = first("组织百余人参加");
        assertThat(hundred.value()).isEqualTo(100);
        assertThat(hundred.more()).isTrue();
    }

    @Test
    void numeralRunsThatAreNotOneNumberAreNotRead() {
        assertThat(NumberReader.read("十四五规划", 0)).isNull();
        assertThat(NumberReader.read("二〇二三年", 0)).isNull();
        assertThat(NumberReader.read("三五成群", 0)).isNull();
    }

    @Test
    void numeralsInsideWordsAreNotNumbers() {
        assertThat(NumberReader.read("一切为了群众", 0)).isNull();
        assertThat(NumberReader.read("统一规划", 1)).isNull();
        assertThat(NumberReader.read("十分重要", 0)).isNull();
        assertThat(NumberReader.read("四川省", 0)).isNull();
        assertThat(NumberReader.read("十分之一", 0).impliedUnit()).isEqualTo("%");
        assertThat(NumberReader.read("百分比", 0)).isNull();
        assertThat(NumberReader.read("提高二十百分点", 2).value()).isEqualTo(20);
    }

    @Test
    void aDecimalPointAfterArabicDigitsOrBefore两IsNotOne() {
        assertThat(first("下午3点五十分").value()).isEqualTo(3);
        assertThat(first("两百点两").value()).isEqualTo(200);
        Reading kilo = first("人均5千克");
        assertThat(kilo.value()).isEqualTo(5);
        assertThat(kilo.end()).isEqualTo(3);
    }

    @Test
    void readsWholeNumbersAndDigitsForDates() {
        assertThat(NumberReader.whole("十二")).isEqualTo(12);
        assertThat(NumberReader.whole("两")).isEqualTo(2);
        assertThat(NumberReader.whole("2024")).isEqualTo(2024);
        assertThat(NumberReader.whole("二〇二三")).isEqualTo(-1);
        assertThat(NumberReader.whole("五二")).isEqualTo(-1);
        assertThat(NumberReader.whole("十余")).isEqualTo(-1);
        assertThat(NumberReader.digits("二〇二三")).isEqualTo(2023);
        assertThat(NumberReader.digits("二零二四")).isEqualTo(2024);
        assertThat(NumberReader.digits("二十")).isEqualTo(-1);
    }
}
