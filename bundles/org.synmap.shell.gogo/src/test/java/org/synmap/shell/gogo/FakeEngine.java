package org.synmap.shell.gogo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.plugin.api.Parameter;

/**
 * A {@link SynmapEngine} for the shell's tests: a barrel-cortex-like model with a sampler
 * parameter, a model without one, a hoc reader with rules and a density source; other calls are
 * answered by the handlers a test sets, or fail.
 */
final class FakeEngine {
    static final List<PluginInfo> PLUGINS = List.of(
            plugin("connectome-model", "barrel-cortex", List.of(), 0, 1, List.of(Parameter.choice("sampler", "fast",
                    "how realizations are drawn", "fast", "isf-replay"))),
            plugin("connectome-model", "rules", List.of(), 0, 2, List.of()),
            plugin("density-source", "synthetic-barrel-cortex", List.of(), 0, 3,
                    List.of(Parameter.integer("seed", 1L, "seed of the individual axons"))),
            plugin("morphology-reader", "hoc", List.of("hoc"), 0, 4, List.of(Parameter.choice("rules", "auto",
                    "which hoc rules to apply", "isf", "neuron", "auto"))),
            plugin("morphology-reader", "hoc-better", List.of("hoc"), 10, 5, List.of()),
            plugin("morphology-reader", "swc", List.of("swc"), 0, 6, List.of()));

    private final Map<String, Function<Object[], Object>> answers = new HashMap<>();

    static PluginInfo plugin(String kind, String name, List<String> extensions, int ranking, long id,
            List<Parameter> parameters) {
        return new PluginInfo(kind, name, extensions, name + " plugin", ranking, id, "org.example." + name + " 1.0.0",
                "built-in", parameters);
    }

    FakeEngine() {
        answers.put("plugins", a -> PLUGINS);
        answers.put("conflicts", a -> List.of());
        answers.put("isRealizationFile", a -> false);
    }

    /** Answers calls of the engine method {@code name} (any overload). */
    FakeEngine on(String name, Function<Object[], Object> answer) {
        answers.put(name, answer);
        return this;
    }

    SynmapEngine engine() {
        return (SynmapEngine) Proxy.newProxyInstance(SynmapEngine.class.getClassLoader(),
                new Class<?>[] {SynmapEngine.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    Function<Object[], Object> answer = answers.get(method.getName());
                    if (answer == null) {
                        throw new UnsupportedOperationException("engine." + method.getName() + " not expected");
                    }
                    return answer.apply(args);
                });
    }

    /** Exit code, stdout and stderr of one command line. */
    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SynmapCli.execute(engine(), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
