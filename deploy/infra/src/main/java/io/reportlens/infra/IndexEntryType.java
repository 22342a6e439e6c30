package io.reportlens.infra;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The MVMap key type of a secondary index: an entry is its key values followed by the document's
 * position, so documents with equal keys are distinct entries, side by side. Entries compare
 * component by component ({@link IndexValue#ORDER}); a shorter key that is a prefix of a longer one
 * sorts first, which is what makes a prefix a seek key. Components are written with H2's own
 * object serialization, the one the documents themselves are stored with.
 */
final class IndexEntryType extends BasicDataType<Object[]> {

    static final IndexEntryType INSTANCE = new IndexEntryType();

    private final ObjectDataType values = new ObjectDataType();

    private IndexEntryType() {
    }

    @Override
    public int compare(Object[] a, Object[] b) {
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            int c = IndexValue.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** An estimate for H2's page cache; exact sizes would cost a serialization per call. */
    @Override
    public int getMemory(Object[] entry) {
        int memory = 24 + 8 * entry.length;
        for (Object value : entry) {
            memory += value instanceof String s ? 40 + 2 * s.length() : 32;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buff, Object[] entry) {
        buff.putVarInt(entry.length);
        for (Object value : entry) {
            values.write(buff, value);
        }
    }

    @Override
    public Object[] read(ByteBuffer buff) {
        Object[] entry = new Object[DataUtils.readVarInt(buff)];
        for (int i = 0; i < entry.length; i++) {
            entry[i] = values.read(buff);
        }
        return entry;
    }

    @Override
    public Object[][] createStorage(int size) {
        return new Object[size][];
    }
}
