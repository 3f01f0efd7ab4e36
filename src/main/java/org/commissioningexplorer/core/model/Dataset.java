package org.commissioningexplorer.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A loaded, validated dataset: bodies in file order, with the kinds and sources they refer to. */
public final class Dataset {

    private final DatasetInfo info;
    private final List<Body> bodies;
    private final Map<String, Body> byId;
    private final Map<String, KindInfo> kinds;
    private final Map<String, Source> sources;

    public Dataset(DatasetInfo info, List<Body> bodies, Map<String, KindInfo> kinds, Map<String, Source> sources) {
        this.info = info;
        this.bodies = List.copyOf(bodies);
        Map<String, Body> ids = new LinkedHashMap<>();
        for (Body b : this.bodies) {
            ids.putIfAbsent(b.id(), b);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public DatasetInfo info() {
        return info;
    }

    public List<Body> bodies() {
        return bodies;
    }

    public Optional<Body> body(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public KindInfo kind(String kindId) {
        KindInfo k = kinds.get(kindId);
        return k != null ? k : KindInfo.undescribed(kindId);
    }

    public Map<String, KindInfo> kinds() {
        return kinds;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(id == null ? null : sources.get(id));
    }

    public Map<String, Source> sources() {
        return sources;
    }
}
