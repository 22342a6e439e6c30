package io.reportlens.infra;

import de.bwaldvogel.mongo.backend.ValueComparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index orders strings and numbers exactly as the server's query matcher does (its fast paths included). */
class IndexValueOrderProperties {

    @Property
    void stringsSortAsTheMatcherSortsThem(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertEquals(Integer.signum(ValueComparator.asc().compare(a, b)), Integer.signum(IndexValue.compare(a, b)));
    }

    @Property
    void numbersSortAsTheMatcherSortsThem(@ForAll("numbers") double a, @ForAll("numbers") double b) {
        Object x = IndexValue.canonical(a);
        Object y = IndexValue.canonical(b);
        assertEquals(Integer.signum(ValueComparator.asc().compare(x, y)), Integer.signum(IndexValue.compare(x, y)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withChars("卫生健康委𠀀\uE000aA0").ofMaxLength(4));
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(0.0, -0.0, 1.0, 1.5, 2147483647.0, 2147483648.0, 2147483648.5, -2147483649.0, 1e18, 1e18 + 4096,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                Arbitraries.integers().map(i -> (double) i));
    }
}
