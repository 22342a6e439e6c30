package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Map;

/**
 * Creates, at start-up, an index for every filter and sort path of the endpoints, and the multikey
 * indexes of the search terms; {@code createIndex} is the same call on a real MongoDB and on the
 * embedded store.
 */
@ApplicationScoped
public class IndexSetup {

    /**
     * Collection → the index keys it needs. Equality fields first, then the range or sort field, as a
     * real MongoDB uses a compound index; {@code _id} (report id, {@code reportId|childId}) needs none.
     */
    static final Map<String, List<Bson>> INDEXES = Map.of(
            QueryCollections.REPORTS, List.of(
                    // /reports?regionCode[&year]: equality or a code's range, then the year; superseded last, so a
                    // page's count ({superseded: {$ne: true}}) is read from the index entries alone
                    Indexes.ascending("regionCode", "periodYear", "superseded"),
                    Indexes.ascending("region"),
                    Indexes.ascending("province"),
                    Indexes.ascending("docType"),
                    Indexes.ascending("periodYear"),
                    Indexes.ascending("issuer"),
                    Indexes.ascending("publishedDate"),
                    Indexes.ascending("title"),
                    Indexes.ascending("extractedAt")),
            QueryCollections.METRICS, List.of(
                    // /metrics?indicatorId&regionCode (a code's range): one indicator in a region, by year
                    Indexes.ascending("indicatorId", "regionCode", "year"),
                    // a province's ranking, /metrics?indicatorId&year[&regionCode]: one indicator and year
                    Indexes.ascending("indicatorId", "year", "regionCode"),
                    // the nationwide ranking, /metrics?indicatorId&year&sort=-value: read in the sort's order
                    // (value descending, then _id) up to the page's end; its count from the entries alone
                    Indexes.compoundIndex(Indexes.ascending("indicatorId", "year"), Indexes.descending("value"),
                            Indexes.ascending("_id", "superseded")),
                    // a series (one indicator in one region): /indicators/{id}/series and follow-through
                    Indexes.ascending("seriesKey"),
                    // /metrics?regionCode: a county's code, or the range of a prefecture's or province's
                    Indexes.ascending("regionCode", "year"),
                    // /metrics?regionCode&year: the year's equality first, then the region code's range (its count
                    // from the entries alone)
                    Indexes.ascending("year", "regionCode", "superseded"),
                    Indexes.ascending("reportId"),
                    Indexes.ascending("region"),
                    Indexes.ascending("indicator"),
                    Indexes.ascending("kind"),
                    Indexes.ascending("unit"),
                    Indexes.ascending("value"),
                    // search: the bigrams of the indicator (multikey)
                    Indexes.ascending(ChildStore.TERMS)),
            QueryCollections.COMMITMENTS, List.of(
                    // /commitments?regionCode[&year]
                    Indexes.ascending("regionCode", "year"),
                    // the commitments whose follow-through watches a series
                    Indexes.ascending("track.seriesKey"),
                    Indexes.ascending("reportId"),
                    Indexes.ascending("region"),
                    Indexes.ascending("year"),
                    Indexes.ascending("topic"),
                    Indexes.ascending("strength"),
                    Indexes.ascending("status"),
                    Indexes.ascending("due"),
                    Indexes.ascending("measurable"),
                    // search and ?q=: the bigrams of the text (multikey)
                    Indexes.ascending(ChildStore.TERMS)),
            QueryCollections.TEXTS, List.of(
                    // search and /reports?q=: the bigrams of the title and text (multikey)
                    Indexes.ascending(ChildStore.TERMS)));

    private final QueryCollections collections;

    public IndexSetup(QueryCollections collections) {
        this.collections = collections;
    }

    void onStart(@Observes StartupEvent event) {
        createAll();
    }

    /** Creates every index that does not exist yet (an existing one is left as it is). */
    public void createAll() {
        INDEXES.forEach((name, keys) -> {
            MongoCollection<Document> collection = collections.get(name);
            keys.forEach(key -> collection.createIndex(key, new IndexOptions().background(true)));
        });
    }
}
