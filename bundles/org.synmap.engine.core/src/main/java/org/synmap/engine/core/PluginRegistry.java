package org.synmap.engine.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.synmap.engine.api.PluginInfo;

/**
 * The plugins the engine knows, each with the bundle that registered it. Services come and go
 * at any time (dynamic references), so the list is copy-on-write.
 */
final class PluginRegistry {

    /** One registered plugin service. */
    record Entry(PluginInfo info, Object service) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(PluginInfo info, Object service) {
        entries.add(new Entry(info, service));
    }

    void remove(Object service) {
        entries.removeIf(e -> e.service() == service);
    }

    /** Services of one type, in registration order. */
    <T> List<Found<T>> all(Class<T> type) {
        List<Found<T>> out = new ArrayList<>();
        for (Entry e : entries) {
            if (type.isInstance(e.service())) {
                out.add(new Found<>(e.info(), type.cast(e.service())));
            }
        }
        return out;
    }

    List<PluginInfo> infos() {
        List<PluginInfo> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.info());
        }
        out.sort(Comparator.comparing(PluginInfo::kind).thenComparing(PluginInfo::name));
        return out;
    }

    /** A service together with what the registry knows of it. */
    record Found<T>(PluginInfo info, T service) {
    }
}
