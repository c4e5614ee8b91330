package org.synmap.engine.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.synmap.engine.api.PluginInfo;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * The plugins the engine knows, each with its service properties. Services come and go at any
 * time, so the list is copy-on-write. Selection is by LDAP filter on the properties
 * ({@code synmap.plugin.kind}, {@code .name}, {@code .extensions}); among the matches the
 * highest {@code service.ranking} wins, then the lowest {@code service.id}, as the OSGi service
 * registry orders references.
 */
final class PluginRegistry {

    /** One registered plugin service with its properties. */
    record Entry(PluginInfo info, Map<String, Object> properties, Object service) {
    }

    /** A service together with what the registry knows of it. */
    record Found<T>(PluginInfo info, T service) {
    }

    /** The OSGi service order: ranking descending, then service id ascending. */
    private static final Comparator<Entry> SERVICE_ORDER = Comparator
            .comparingInt((Entry e) -> -e.info().ranking()).thenComparingLong(e -> e.info().serviceId());

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(PluginInfo info, Map<String, Object> properties, Object service) {
        entries.add(new Entry(info, Map.copyOf(properties), service));
    }

    void remove(Object service) {
        entries.removeIf(e -> e.service() == service);
    }

    /** Plugins of {@code type} and {@code kind} that match {@code filter} (null: all), best first. */
    <T> List<Found<T>> select(Class<T> type, String kind, String filter) {
        Filter f = filter(kind, filter);
        List<Entry> matching = new ArrayList<>();
        for (Entry e : entries) {
            if (type.isInstance(e.service()) && f.matches(e.properties())) {
                matching.add(e);
            }
        }
        matching.sort(SERVICE_ORDER);
        List<Found<T>> out = new ArrayList<>();
        for (Entry e : matching) {
            out.add(new Found<>(e.info(), type.cast(e.service())));
        }
        return out;
    }

    /** Every plugin of {@code type} and {@code kind}, best first. */
    <T> List<Found<T>> all(Class<T> type, String kind) {
        return select(type, kind, null);
    }

    List<PluginInfo> infos() {
        List<PluginInfo> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.info());
        }
        out.sort(Comparator.comparing(PluginInfo::kind).thenComparing(PluginInfo::name)
                .thenComparingLong(PluginInfo::serviceId));
        return out;
    }

    /**
     * Names and extensions claimed by more than one plugin of a kind, with the one chosen.
     * Writers and readers of one format may share a name across kinds; only a kind matters.
     */
    List<String> conflicts() {
        Map<String, List<Entry>> claims = new TreeMap<>();
        for (Entry e : entries) {
            PluginInfo i = e.info();
            claims.computeIfAbsent(i.kind() + " named '" + i.name() + "'", k -> new ArrayList<>()).add(e);
            for (String ext : i.extensions()) {
                claims.computeIfAbsent(i.kind() + " for ." + ext, k -> new ArrayList<>()).add(e);
            }
        }
        List<String> out = new ArrayList<>();
        claims.forEach((claim, claimants) -> {
            if (claimants.size() > 1) {
                claimants.sort(SERVICE_ORDER);
                StringBuilder line = new StringBuilder(claim).append(": ");
                for (int i = 0; i < claimants.size(); i++) {
                    PluginInfo p = claimants.get(i).info();
                    line.append(i == 0 ? "" : i == 1 ? " over " : ", ").append(p.name()).append(" from ")
                            .append(p.bundle()).append(" (ranking ").append(p.ranking())
                            .append(i == 0 ? ", chosen)" : ")");
                }
                out.add(line.toString());
            }
        });
        return out;
    }

    /** {@code (&(synmap.plugin.kind=<kind>)<filter>)}. */
    private static Filter filter(String kind, String filter) {
        String text = "(&(" + SynmapPlugin.KIND + "=" + escape(kind) + ")" + (filter == null ? "" : filter) + ")";
        try {
            return FrameworkUtil.createFilter(text);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad plugin filter " + text + ": " + e.getMessage(), e);
        }
    }

    /** {@code (<property>=<value>)} with the value escaped for an LDAP filter. */
    static String equal(String property, String value) {
        return "(" + property + "=" + escape(value) + ")";
    }

    /** Escapes the characters RFC 1960 reserves in filter values. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Properties of a plugin class's {@link SynmapPlugin} annotation, for use outside a framework. */
    static Map<String, Object> propertiesOf(Class<?> pluginClass) {
        SynmapPlugin a = pluginClass.getAnnotation(SynmapPlugin.class);
        if (a == null) {
            throw new IllegalArgumentException(pluginClass.getName() + " has no @SynmapPlugin");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(SynmapPlugin.KIND, a.kind());
        p.put(SynmapPlugin.NAME, a.name());
        p.put(SynmapPlugin.EXTENSIONS, a.extensions());
        p.put(SynmapPlugin.DESCRIPTION, a.description());
        return p;
    }
}
