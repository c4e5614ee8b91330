package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarrelFieldTest {

    @Test
    void columnsFormAGridOfRoughly300To450Micrometres() {
        for (Column c : BarrelField.columns()) {
            double nearest = Double.POSITIVE_INFINITY;
            for (Column o : BarrelField.columns()) {
                if (o != c) {
                    nearest = Math.min(nearest, Math.hypot(c.x() - o.x(), c.y() - o.y()));
                }
            }
            assertTrue(nearest >= 270 && nearest <= 450, c.name() + " nearest neighbour at " + nearest);
        }
    }

    @Test
    void rowsRunAlongXAndArcsStepAlongX() {
        // Row A lies at the largest y, row E at the smallest; within a row arcs increase in x.
        assertTrue(BarrelField.column("A2").y() > BarrelField.column("B2").y());
        assertTrue(BarrelField.column("D2").y() > BarrelField.column("E2").y());
        assertTrue(BarrelField.column("C1").x() < BarrelField.column("C2").x());
        assertTrue(BarrelField.column("C3").x() < BarrelField.column("C4").x());
        // Straddlers lie caudal of arc 1, between their rows.
        Column beta = BarrelField.column("Beta");
        assertTrue(beta.x() < BarrelField.column("B1").x() && beta.x() < BarrelField.column("C1").x());
        assertTrue(beta.y() < BarrelField.column("B1").y() && beta.y() > BarrelField.column("C1").y());
    }

    @Test
    void c2IsCentredNextTo86C2CentersSoma() {
        // 86_C2_center.hoc: soma centre near (-115.4, 386.9) (isf-spec §2.1 excerpt; mean of its soma points).
        Column c2 = BarrelField.column("C2");
        assertEquals(-115.4, c2.x(), 40);
        assertEquals(386.9, c2.y(), 40);
    }
}
