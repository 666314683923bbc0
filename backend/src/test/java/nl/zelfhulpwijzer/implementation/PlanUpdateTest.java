package nl.zelfhulpwijzer.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.error.FieldError;

class PlanUpdateTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Test
    void consistentDatesPass() {
        assertTrue(new PlanUpdate(PlanStatus.DONE, OwnerRole.PROJECTGROEP, MAY, JUNE, JUNE, null).problems().isEmpty());
        assertTrue(new PlanUpdate(PlanStatus.NOT_STARTED, null, null, null, null, null).problems().isEmpty());
    }

    @Test
    void dueBeforeStartIsRefused() {
        assertEquals("dueDate", new PlanUpdate(PlanStatus.IN_PROGRESS, null, JUNE, MAY, null, null).problems().get(0).field());
    }

    @Test
    void aCompletedDateNeedsStatusDoneAndComesAfterTheStart() {
        assertEquals("completedDate", new PlanUpdate(PlanStatus.IN_PROGRESS, null, null, null, MAY, null).problems().get(0).field());
        assertTrue(new PlanUpdate(PlanStatus.DONE, null, JUNE, null, MAY, null).problems().stream()
                .map(FieldError::field).anyMatch("completedDate"::equals));
    }
}
