package org.synmap.engine.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;

/**
 * An anatomical model whose bouton lattices, once loaded, are kept for the next embedding: a
 * batch loads (parses or generates) the model once instead of once per morphology. A
 * {@link Lattice} is immutable, so handing the same instance to every caller gives them exactly
 * what a fresh load would. Lattices are kept only while their sizes sum to less than the
 * {@link Budget}; beyond it they are loaded from the source each time, as without the memo.
 * Everything else is the wrapped model's.
 */
final class LatticeMemo implements AnatomicalModel {
    /** Bytes of lattice values that may be kept, shared by the models of one session. */
    static final class Budget {
        private final long limit;
        private final AtomicLong used = new AtomicLong();

        Budget(long limit) {
            this.limit = limit;
        }

        /** Reserves {@code bytes}; false when that would exceed the limit. */
        boolean reserve(long bytes) {
            long now;
            do {
                now = used.get();
                if (now + bytes > limit) {
                    return false;
                }
            } while (!used.compareAndSet(now, now + bytes));
            return true;
        }

        long used() {
            return used.get();
        }
    }

    private final AnatomicalModel model;
    private final Budget budget;
    private final Map<String, List<BoutonLattice>> lattices = new ConcurrentHashMap<>();

    LatticeMemo(AnatomicalModel model, Budget budget) {
        this.model = model;
        this.budget = budget;
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public List<String> areas() {
        return model.areas();
    }

    @Override
    public List<String> cellTypes() {
        return model.cellTypes();
    }

    @Override
    public CellClass cellClass(String type) {
        return model.cellClass(type);
    }

    @Override
    public int cellCount(String area, String type) {
        return model.cellCount(area, type);
    }

    @Override
    public List<String> postsynapticTypes() {
        return model.postsynapticTypes();
    }

    @Override
    public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
        return model.pstConstants(presynapticClass, postsynapticType);
    }

    @Override
    public Lattice normalizationPst(CellClass cellClass) {
        return model.normalizationPst(cellClass);
    }

    @Override
    public List<BoutonLattice> boutonLattices(String area, String type) {
        return lattices.computeIfAbsent(area + "\u0000" + type, k -> {
            List<BoutonLattice> kept = new ArrayList<>();
            for (BoutonLattice b : model.boutonLattices(area, type)) {
                kept.add(new Kept(b, budget));
            }
            return List.copyOf(kept);
        });
    }

    @Override
    public Map<String, String> provenance() {
        return model.provenance();
    }

    /** One lattice handle that keeps what it loaded, if the budget allows. */
    private static final class Kept implements BoutonLattice {
        private final BoutonLattice source;
        private final Budget budget;
        private volatile Lattice loaded;
        private volatile boolean overBudget;

        Kept(BoutonLattice source, Budget budget) {
            this.source = source;
            this.budget = budget;
        }

        @Override
        public String name() {
            return source.name();
        }

        @Override
        public Lattice load() throws IOException {
            Lattice l = loaded;
            if (l != null) {
                return l;
            }
            if (overBudget) {
                return source.load();
            }
            synchronized (this) {
                if (loaded == null && !overBudget) {
                    Lattice fresh = source.load();
                    if (budget.reserve(8L * fresh.size() + 256)) {
                        loaded = fresh;
                    } else {
                        overBudget = true;
                        return fresh;
                    }
                }
            }
            return loaded != null ? loaded : source.load();
        }

        @Override
        public String toString() {
            return source.toString();
        }
    }
}
